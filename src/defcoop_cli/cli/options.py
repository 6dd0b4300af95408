"""What the commands share: the options, their completion, and the checks every argument
passes before any work (those a search needs, and the Session, are running.py's: a plain
search runs without Typer)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from defcoop_cli.cli.running import Session as Session
from defcoop_cli.cli.running import between as between
from defcoop_cli.cli.running import clean as clean
from defcoop_cli.cli.running import cleaned as cleaned
from defcoop_cli.cli.running import names as names
from defcoop_cli.cli.running import output_format as output_format
from defcoop_cli.errors import DefcoopError, UsageError
from defcoop_cli.factbase.layers import home, layer_paths
from defcoop_cli.factbase.limits import MAX_PATH_CHARS
from defcoop_cli.factbase.loader import FactBase, load_layers
from defcoop_cli.factbase.vocab import ENTITY_TYPES, KINDS
from defcoop_cli.output.emit import Style


def session(ctx: typer.Context) -> Session:
    found = ctx.find_object(Session)
    assert found is not None, "the callback sets the session"
    return found


# ---- completion: it offers only values the option then accepts, and none with spaces


def _complete(values: Callable[[FactBase], list[str]]) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        try:
            fb = load_layers(layer_paths([], no_default=False))
        except DefcoopError:
            return []
        return [v for v in values(fb) if v.startswith(incomplete)]

    return complete


complete_facts = _complete(
    lambda fb: [f.id for f in fb.doc.facts] + [n.id for n in fb.doc.curator_notes]
)
complete_topics = _complete(lambda fb: [t.id for t in fb.doc.topics])
complete_entities = _complete(lambda fb: [e.id for e in fb.doc.entities])
complete_sources = _complete(lambda fb: [s.id for s in fb.doc.sources])
complete_events = _complete(lambda fb: [e.id for e in fb.doc.events])


def slug(name: str) -> str:
    """'military exercise' as 'military-exercise': one shell word that --type accepts."""
    return name.replace(" ", "-")


def complete_types(incomplete: str) -> list[str]:
    return [slug(t) for t in ENTITY_TYPES if slug(t).startswith(incomplete)]


BRIEF_FORMATS = ("rich", "markdown", "json")
FORMAT_NAMES = {"md": "markdown"}


def complete_formats(incomplete: str) -> list[str]:
    return [f for f in BRIEF_FORMATS if f.startswith(incomplete)]


def complete_export_formats(incomplete: str) -> list[str]:
    from defcoop_cli.lookup.exporting import EXPORT_FORMATS  # not for every command

    return [f for f in EXPORT_FORMATS if f.startswith(incomplete)]


# ---- options shared by the commands

# Fixed choices: Typer checks them and completes them.
Kind = Enum("Kind", {k: k for k in KINDS}, type=str)  # type: ignore[misc]


class Color(str, Enum):  # output.COLORS, as Typer wants them
    auto = "auto"
    always = "always"
    never = "never"


JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON document.")]
ColorOpt = Annotated[
    Color,
    typer.Option(
        "--color",
        metavar="WHEN",
        help="Colour: auto (a terminal, unless NO_COLOR or TERM=dumb), always, never.",
    ),
]
PagerOpt = Annotated[
    bool,
    typer.Option(
        "--pager/--no-pager",
        help="On a terminal, page output taller than the screen ($DEFCOOP_PAGER, $PAGER, less).",
    ),
]
TopicsOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--topic",
        "-t",
        metavar="TOPIC",
        help="Only facts in this topic: id, title or alias (repeatable).",
        autocompletion=complete_topics,
    ),
]
EntitiesOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--entity",
        "-e",
        metavar="ENTITY",
        help="Only facts naming this entity: id, name or alias (repeatable).",
        autocompletion=complete_entities,
    ),
]
KindsOpt = Annotated[
    list[Kind] | None,
    typer.Option("--kind", "-k", metavar="KIND", help="Only facts of this kind (repeatable)."),
]
SourcesOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--source",
        "-s",
        metavar="SOURCE",
        help="Only facts from this source: id, publisher or title (repeatable).",
        autocompletion=complete_sources,
    ),
]
EditorialOpt = Annotated[
    bool, typer.Option("--include-editorial", help="Include editorial (promotional) content.")
]


def output_style(color: Color, pager: bool) -> Style:
    return Style(color=color.value, pager=pager)


def name(arg: str, what: str) -> str:
    """A name or id to look up, as clean() makes it; an empty one can name nothing: a usage
    error, before any work."""
    text = clean(arg, what)
    if not text.strip():
        raise UsageError(f"{what} is empty")
    return text


def utf8_path(arg: str, what: str) -> Path:
    """A path a curator's command writes, '~' expanded: refused, before any work, when it is
    not valid UTF-8 (made text, it would name another file) or longer than the limit."""
    text = given_path(arg, what)
    if text != home(arg):
        raise UsageError(f"{what} is not valid UTF-8 ({text}): give a path in UTF-8")
    return Path(text)


def checked_path(path: str | None, what: str) -> Path | None:
    """A path a command only reads (validate's FILE): checked as given_path checks it, then
    opened as given, '~' expanded: a name that is not valid UTF-8 still names its file."""
    if path is None:
        return None
    given_path(path, what)
    return Path(home(path))


def given_path(arg: str, what: str) -> str:
    """A path argument as clean() makes it, '~' expanded; an empty one names no file
    (Path("") is the current folder) and one longer than the limit, '~' expanded, names
    none either: usage errors, before any work."""
    if not arg:
        raise UsageError(f"{what} is empty")
    return clean(home(arg), what, MAX_PATH_CHARS)


def keys_terminal(reads: str, needs: str, instead: str) -> TextIO:
    """Where an interactive command (pick, review) draws: stdout when it is a terminal, else
    the controlling terminal, so that stdout can be captured. Keys come from stdin: without
    a terminal there, or none to draw on, a usage error naming what to do in a script
    ("{reads}, and stdin is not one; in a script, use '{instead}'")."""
    if sys.stdin is None or not sys.stdin.isatty():
        raise UsageError(f"{reads}, and stdin is not one; in a script, use '{instead}'")
    if sys.stdout is not None and sys.stdout.isatty():
        return sys.stdout
    try:
        return open("/dev/tty", "w", encoding="utf-8")
    except OSError:
        raise UsageError(f"{needs}, and there is none; in a script, use '{instead}'") from None
