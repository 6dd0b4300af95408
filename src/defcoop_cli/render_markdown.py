"""The briefing as Markdown that pastes cleanly into an email or a document."""

from __future__ import annotations

import re
from functools import singledispatch

from defcoop_cli import wording
from defcoop_cli.briefing import Briefing, Cited, Exercise, Point, TopicPoints, citation_runs
from defcoop_cli.errors import UsageError
from defcoop_cli.terminal import printable

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def md(value: str) -> str:
    """Data text with Markdown's special characters escaped and controls made visible."""
    return _SPECIAL.sub(r"\\\1", printable(value))


def cite(fact_ids: tuple[str, ...]) -> str:
    return " (" + ", ".join(f"`{printable(i)}`" for i in fact_ids) + ")"


def cited(c: Cited) -> str:
    return md(c.text) + cite(c.facts)


def point(p: Point) -> list[str]:
    lines = [f"- {md(p.text)}{cite(p.facts)}"]
    lines += [f"  - {cited(i)}" for i in p.items]
    return lines


def roles(items: tuple[Cited, ...]) -> str:
    """Roles in order, each run of roles from one fact cited once."""
    return "; ".join(md("; ".join(texts)) + cite(facts) for texts, facts in citation_runs(items))


def exercise(ex: Exercise) -> str:
    """Types, then participants, each run from one fact cited once; once in all when every
    part rests on the same facts (as the terminal brief does)."""
    shared = ex.shared_facts()

    def runs(items: tuple[Cited, ...], sep: str) -> str:
        parts = citation_runs(items)
        return sep.join(md(sep.join(t)) + ("" if shared else cite(f)) for t, f in parts)

    line = runs(ex.types, "; ")
    if ex.participants:
        line += "; includes " + runs(ex.participants, ", ")
    return line + cite(shared) if shared else line


def sections(title: str, parts: tuple[TopicPoints, ...]) -> list[str]:
    lines = [f"## {title}", ""] if parts else []
    for part in parts:
        lines += [f"### {md(part.title)}", ""]
        for p in part.points:
            lines += point(p)
        lines.append("")
    return lines


@singledispatch
def document(result: object) -> str:
    """A command's result as Markdown."""
    raise UsageError("--format markdown is for 'brief' only")


@document.register
def brief(b: Briefing) -> str:
    heading = f"# Briefing: {md(b.title)}" + (f" (topic: {md(b.topic)})" if b.topic else "")
    numbers = {n.id: i for i, n in enumerate(b.watch_outs, 1)}
    lines = [heading, "", "## Who met whom", ""]
    lines += [f"- {cited(c)}" for c in b.meeting]
    for person in b.people:
        line = (
            f"- **{md(person.name)}**: {roles(person.roles)}"
            if person.roles
            else f"- **{md(person.name)}**{cite(person.facts)}"
        )
        flags = "".join(f" **{wording.watch_out_flag(numbers[f])}**" for f in person.flags)
        lines.append(line + flags)
    if b.places:
        lines.append("- **Where**: " + "; ".join(cited(p) for p in b.places))
    for d in b.dates:
        label = f"{d.label} ({wording.basis_short(d.basis)})"
        lines.append(f"- **{label}**: {wording.long_date(d.date)} (watch-out {numbers[d.note]})")
    lines.append("")
    lines += sections("Key points", b.key_points)
    if b.exercises:
        lines += ["## Exercises", ""]
    lines += [f"- **{md(ex.name)}**: {exercise(ex)}" for ex in b.exercises]
    lines += [""] if b.exercises else []
    lines += sections("Regional issues", b.regional)
    lines += ["## Watch-outs", ""]
    for number, n in enumerate(b.watch_outs, 1):
        label = md(wording.note_label(n.type, n.basis))
        lines.append(f"{number}. *{label}:* {md(n.text)}{cite(n.facts or n.entities)}")
        for r in n.references:
            ref = md(wording.reference(r.publisher, r.title, r.published, r.via))
            lines.append(f"   - {ref}, <{printable(r.url)}>")
    lines += ["", "## Source", ""]
    for s in b.sources:
        date = s.published or "undated"
        dates = "".join(
            f"; {d.label.lower()} ({wording.basis_short(d.basis)}): {wording.long_date(d.date)}"
            for d in b.dates
        )
        kind = f"{md(s.kind)}, {date}{dates}; title by the {s.title_assigned_by}"
        lines.append(f"- {md(s.title)} ({kind})")
        lines.append(f"  - {md(s.date_note)}")
        lines.append("  - Covers: " + "; ".join(md(c) for c in s.covers))
        if s.editorial_facts_left_out:
            lines.append(f"  - Left out: {s.editorial_facts_left_out} editorial facts")
    return "\n".join(lines) + "\n"
