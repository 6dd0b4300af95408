"""The briefing as Markdown that pastes cleanly into an email or a document."""

from __future__ import annotations

import re
from functools import singledispatch

from defcoop_cli.errors import UsageError
from defcoop_cli.lookup.results import Briefing
from defcoop_cli.output.brief.layout import layout
from defcoop_cli.output.brief.lines import Segment
from defcoop_cli.output.terminal import printable

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def md(value: str) -> str:
    """Data text with Markdown's special characters escaped and controls made visible."""
    return _SPECIAL.sub(r"\\\1", printable(value))


def cite(fact_ids: tuple[str, ...]) -> str:
    return " (" + ", ".join(f"`{printable(i)}`" for i in fact_ids) + ")"


MARKS = {"label": "**", "flag": "**", "items": "*", "title": ""}
# The brief's own marks, "[1]" and the footer's "[1] fact-id +2" (ids are [a-z0-9+-]): left
# unescaped, so that they read as they are in a plain-text e-mail. A bracketed label that
# no reference defines is text in Markdown, and none can be defined: the data's brackets
# are escaped.
OWN_MARKS = frozenset({"mark", "marks"})
# What would end an autolink early (CommonMark: anything but a space, a control, < or >),
# percent-encoded: the same address, and a URL from the data cannot close its link and go
# on as HTML of its own ("https://x/><img/src=x/onerror=…>").
_UNLINKED = {"<": "%3C", ">": "%3E", " ": "%20"}


def link(url: str) -> str:
    return "<" + "".join(_UNLINKED.get(c, c) for c in printable(url.strip())) + ">"


def segment(seg: Segment) -> str:
    """A segment in Markdown: bold labels and flags, italic items, a URL in <>, then its
    citations. Line breaks inside a segment stay inside its list item."""
    if seg.kind == "url":
        body = f" {link(seg.text)}"
    elif seg.kind in OWN_MARKS:
        body = printable(seg.text)
    else:
        parts = [md(piece) for piece in seg.text.split("\n")]
        mark = MARKS.get(seg.kind, "")
        body = "  \n  ".join(
            f"{mark}{p.strip() if mark else p}{mark}" if p.strip() else p for p in parts
        )
        if mark and seg.text.endswith(" "):
            body += " "
        if mark and seg.text.startswith(" "):
            body = " " + body
    if seg.kind == "mark":  # it stands for its facts, which the footer names
        return body
    return body + (cite(seg.facts) if seg.facts else "")


@singledispatch
def document(result: object) -> str:
    """A command's result as Markdown."""
    raise UsageError("--format markdown is for 'brief' only")


@document.register
def brief(b: Briefing) -> str:
    lines: list[str] = []
    for section in layout(b):
        if section.title:
            lines += [f"## {md(section.title)}", ""]
        for line in section.lines:
            # a command hint is the terminal's: a pasted brief has no command to run
            drawn = "".join(segment(s) for s in line if s.kind != "hint").rstrip()
            if line and line[0].kind == "title":
                drawn = f"# {drawn}"
            lines.append(f"- {drawn}" if section.bullets else drawn)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
