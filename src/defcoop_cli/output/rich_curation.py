"""The curator's results drawn with rich: validate's report, init, add, diff, reanchor.
One line per problem or quote, never wrapped: curators grep and count them."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.text import Text

from defcoop_cli.curation.results import Added, Created, Diff, Reanchoring, Reviewed
from defcoop_cli.factbase.checking.results import Problem, Report
from defcoop_cli.output import wording
from defcoop_cli.output.rich_text import fact_id, text


def report(result: Report, console: Console) -> None:
    """validate's problems, then its summary line."""
    _problem_lines(result.problems, console)
    summary = text(wording.summary(result), "bold green" if result.ok else "bold red")
    console.print(summary, soft_wrap=True)


def _problem_lines(problems: Iterable[Problem], console: Console) -> None:
    # One line per problem, never wrapped: curators grep and count them.
    for p in problems:
        where = text(p.where, "cyan")
        line = Text.assemble(where, text(f": {p.code}: ", "bold red"), text(p.message))
        console.print(line, soft_wrap=True)


def created(result: Created, console: Console) -> None:
    console.print(text(f"created {result.path}", "bold green"), soft_wrap=True)
    console.print(text("add an article: defcoop draft ARTICLE.txt --source-id ID -o draft.json"))


def added(result: Added, console: Console) -> None:
    if result.problems:
        _problem_lines(result.problems, console)
        return
    rejected = (
        f"; {wording.plural(result.rejected, 'rejected fact')} left out" if result.rejected else ""
    )
    console.print(
        text(
            f"added to {result.target}: source {result.source}, "
            f"{wording.plural(len(result.facts), 'fact')}, "
            f"{wording.plural(len(result.entities), 'entity', 'entities')}, "
            f"{wording.plural(len(result.topics), 'topic')}{rejected}",
            "bold green",
        ),
        soft_wrap=True,
    )
    if result.event:
        console.print(
            text(f"  source {result.source} reports event {result.event}"), soft_wrap=True
        )
    for fact, other in result.claims:
        console.print(text(f"  {fact} joins the claim of {other}"), soft_wrap=True)
    for note in result.conflicts:
        console.print(text(f"  conflict noted: {note}"), soft_wrap=True)
    for entity, role in result.roles:
        console.print(text(f"  role of {entity}: {role}"), soft_wrap=True)
    for entity, proposed, kept in result.known:
        console.print(
            text(f"  entity {entity} already known ({kept}): the draft's ({proposed}) left"),
            soft_wrap=True,
        )


def reviewed(result: Reviewed, console: Console) -> None:
    if not result.saved:  # nothing left undecided: the file is as it was
        console.print(
            text(
                f"{result.path}: nothing left to decide "
                f"({wording.plural(result.decided_before, 'fact')} decided before); not written"
            ),
            soft_wrap=True,
        )
        console.print(text(f"add it: defcoop add {result.path}"))
        return
    rejected = f", {result.rejected} rejected as editorial" if result.rejected else ""
    console.print(
        text(
            f"saved {result.path}: {wording.plural(result.accepted, 'fact')} accepted{rejected}, "
            f"{wording.plural(result.entities, 'new entity', 'new entities')} accepted",
            "bold green",
        ),
        soft_wrap=True,
    )
    console.print(text(f"add it: defcoop add {result.path}"))


DIFF_MARKS = (("+", "added", "green"), ("-", "removed", "red"), ("~", "changed", "yellow"))


def diff(result: Diff, console: Console) -> None:
    for d in result.lists:
        if d.empty:
            continue
        counts = ", ".join(
            f"{len(getattr(d, name))} {name}" for _, name, _ in DIFF_MARKS if getattr(d, name)
        )
        console.print(text(f"{d.name.replace('_', ' ')}: {counts}", "bold"), soft_wrap=True)
        for mark, name, style in DIFF_MARKS:
            for entry in getattr(d, name):
                eid = entry.id if name == "changed" else entry
                label = result.statements.get(f"{d.name}:{eid}", "")
                fields = f" ({', '.join(entry.fields)})" if name == "changed" else ""
                line = Text.assemble(
                    text(f"{mark} ", style), fact_id(eid, style), text(fields, "dim")
                )
                if label:
                    line.append_text(text(f"  {label}"))
                console.print(line, soft_wrap=True)


ANCHOR_STYLES = {
    "exact": "dim",
    "moved": "green",
    "fuzzy": "yellow",
    "ambiguous": "bold red",
    "orphaned": "bold red",
}


def reanchoring(result: Reanchoring, console: Console) -> None:
    counts = ", ".join(f"{result.tally(s)} {s}" for s in ANCHOR_STYLES if result.tally(s))
    console.print(text(f"{result.source}: {counts}", "bold"), soft_wrap=True)
    for a in result.anchors:
        if a.status in ("exact", "moved"):
            continue  # the same text, found for sure: --json gives the new spans
        old = f"[{a.quote.span[0]}, {a.quote.span[1]})"
        new = f" -> [{a.span[0]}, {a.span[1]})" if a.span else ""
        line = Text.assemble(
            text(f"{a.status:<9} ", ANCHOR_STYLES[a.status]),
            fact_id(a.quote.label, "cyan"),
            text(f"  {old}{new}", "dim"),
        )
        if a.status in ("fuzzy", "orphaned"):
            line.append_text(text(f"  score {a.score:.1f}", "dim"))
        console.print(line, soft_wrap=True)
        if a.status == "fuzzy" and a.text is not None:
            console.print(Text.assemble(text("    was: ", "dim"), text(a.quote.text)))
            console.print(Text.assemble(text("    now: ", "dim"), text(a.text)))
        elif a.status == "ambiguous":
            spans = ", ".join(f"[{s}, {e})" for s, e in a.candidates)
            console.print(text(f"    candidates at {spans}: told apart by nothing", "dim"))
        elif a.status == "orphaned":
            console.print(Text.assemble(text("    quote: ", "dim"), text(a.quote.text)))
    if result.written:
        console.print(text(f"wrote {result.written}", "bold green"), soft_wrap=True)
