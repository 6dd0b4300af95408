"""The briefing as Markdown that pastes cleanly into an email or a document."""

from __future__ import annotations

import re

from defcoop_cli.briefing import Briefing, Cited, Exercise, Point, TopicPoints, citation_runs
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
    shared = ex.shared_facts()
    line = "; ".join(md(c.text) if shared else cited(c) for c in ex.types)
    if ex.participants:
        members = (md(c.text) if shared else cited(c) for c in ex.participants)
        line += " — includes " + ", ".join(members)
    return line + cite(shared) if shared else line


def sections(title: str, parts: tuple[TopicPoints, ...]) -> list[str]:
    lines = [f"## {title}", ""] if parts else []
    for part in parts:
        lines += [f"### {md(part.title)}", ""]
        for p in part.points:
            lines += point(p)
        lines.append("")
    return lines


def brief(b: Briefing) -> str:
    heading = f"# Briefing: {md(b.title)}" + (f" (topic: {md(b.topic)})" if b.topic else "")
    lines = [heading, "", "## Who met whom", ""]
    lines += [f"- {cited(c)}" for c in b.meeting]
    for person in b.people:
        lines.append(
            f"- **{md(person.name)}**: {roles(person.roles)}"
            if person.roles
            else f"- **{md(person.name)}**{cite(person.facts)}"
        )
    if b.places:
        lines.append("- **Where**: " + "; ".join(cited(p) for p in b.places))
    lines.append("")
    lines += sections("Key points", b.key_points)
    if b.exercises:
        lines += ["## Exercises", ""]
    lines += [f"- **{md(ex.name)}**: {exercise(ex)}" for ex in b.exercises]
    lines += [""] if b.exercises else []
    lines += sections("Regional issues", b.regional)
    lines += ["## Watch-outs", ""]
    for n in b.watch_outs:
        lines.append(f"- *Curator note ({md(n.basis)}):* {md(n.text)}{cite(n.facts or n.entities)}")
    lines += ["", "## Source", ""]
    for s in b.sources:
        date = s.published or "undated"
        lines.append(f"- {md(s.title)} ({md(s.kind)}, {date}; title by the {s.title_assigned_by})")
        lines.append(f"  - {md(s.date_note)}")
        lines.append("  - Covers: " + "; ".join(md(c) for c in s.covers))
        if s.editorial_facts_left_out:
            lines.append(f"  - Left out: {s.editorial_facts_left_out} editorial facts")
    return "\n".join(lines) + "\n"
