"""The defcoop command line: options in, a core call, a result out through `output.emit`.

Each command parses its options, asks the core (`views`, `briefing`, `factbase`) for a
result object and hands it to the one output function; errors become one stderr line and
an exit code in `run`, and nowhere else.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from defcoop_cli import __version__
from defcoop_cli.errors import DefcoopError, ExitCode, UnknownId, UsageError
from defcoop_cli.factbase import FactBase, default_factbase_path, load_layers, read_fact_file
from defcoop_cli.limits import MAX_NAME_CHARS, MAX_PATH_CHARS, MAX_QUERY_CHARS
from defcoop_cli.output import PipeClosed, Style, emit, finish, say, write_stdout
from defcoop_cli.vocab import ENTITY_TYPES, KINDS

if TYPE_CHECKING:
    from defcoop_cli.search import Index


class NarrowContext(typer.Context):
    """Help wrapped to the terminal however narrow (click's own floor is 50 columns, which
    overflows a 40-column pane), down to HELP_MIN_WIDTH."""

    def make_formatter(self) -> Any:
        import shutil

        width = self.terminal_width
        if width is None:
            columns = shutil.get_terminal_size().columns
            width = max(min(columns, self.max_content_width or 80) - 2, HELP_MIN_WIDTH)
        return self.formatter_class(width=width, max_width=self.max_content_width)


HELP_MIN_WIDTH = 30


class Command(TyperCommand):
    """A Typer command whose usage line reads like the README (`QUERY...`, `FACT_ID`),
    without the braces Typer puts around required arguments, and whose help fits a narrow
    terminal."""

    context_class = NarrowContext

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = super().collect_usage_pieces(ctx)
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p for p in pieces]


class Group(TyperGroup):
    """The command list, its help wrapped like the commands'."""

    context_class = NarrowContext


app = typer.Typer(
    name="defcoop",
    cls=Group,
    help="Look up facts on India–Japan defence cooperation, each traced to its source.",
    invoke_without_command=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def examples(*lines: str) -> str:
    """A command's help epilog: its examples, kept as written (\\b stops rewrapping)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


def layer_paths(given: Sequence[Path], no_default: bool) -> list[Path]:
    """The fact files in use, bottom layer first: the shipped fact base (unless
    --no-default-facts), then each --facts (or each path of DEFCOOP_FACTS, separated by
    os.pathsep), once each."""
    if not given:
        given = [Path(p) for p in os.environ.get("DEFCOOP_FACTS", "").split(os.pathsep) if p]
    given = [*shipped_layer(no_default), *given]
    layers: dict[str, Path] = {}
    for path in given:
        _path(path, "--facts")
        layers.setdefault(_real(path), path)
    if not layers:
        raise UsageError("no fact base: --no-default-facts, and no --facts to use instead")
    return list(layers.values())


def shipped_layer(no_default: bool) -> list[Path]:
    """The shipped fact base as a layer list: empty when --no-default-facts (or
    DEFCOOP_NO_DEFAULT_FACTS) leaves it out."""
    if no_default or os.environ.get("DEFCOOP_NO_DEFAULT_FACTS"):
        return []
    return [default_factbase_path()]


def layers_below(path: Path, layers: Sequence[Path], no_default: bool) -> list[Path]:
    """What a fact file is checked on: the layers under it when it is one of those in use,
    else the shipped fact base (so that a personal fact base may use its entities)."""
    real = [_real(p) for p in layers]
    own = _real(path)
    if own in real:
        return list(layers[: real.index(own)])
    return [p for p in shipped_layer(no_default) if _real(p) != own]


def _real(path: Path) -> str:
    """The path with symlinks resolved; as given when it cannot be (a NUL byte in it)."""
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return os.fspath(path)


class Session:
    """One run's fact base: opened on first use, from the index cache when it can be."""

    def __init__(self, given: Sequence[Path], no_default: bool) -> None:
        self.given, self.no_default = list(given), no_default
        self._index: Index | None = None

    @property
    def layers(self) -> list[Path]:
        return layer_paths(self.given, self.no_default)

    def index(self) -> Index:
        if self._index is None:
            from defcoop_cli.cache import open_index

            self._index = open_index(self.layers, progress=_build_progress)
        return self._index

    def factbase(self) -> FactBase:
        return self.index().factbase()


def _build_progress(total: int) -> AbstractContextManager[Callable[[int, int], None] | None]:
    """A progress bar on stderr once building the index takes over a second, on a TTY."""
    if sys.stderr is None or not sys.stderr.isatty():
        return nullcontext()
    from defcoop_cli.terminal import progress_after_a_delay

    return progress_after_a_delay("Building the search index", total)


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


def slug(name: str) -> str:
    """'military exercise' as 'military-exercise': one shell word that --type accepts."""
    return name.replace(" ", "-")


def complete_types(incomplete: str) -> list[str]:
    return [slug(t) for t in ENTITY_TYPES if slug(t).startswith(incomplete)]


BRIEF_FORMATS = ("rich", "markdown", "json")
FORMAT_NAMES = {"md": "markdown"}


def complete_formats(incomplete: str) -> list[str]:
    return [f for f in BRIEF_FORMATS if f.startswith(incomplete)]


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


def output_format(json_out: bool, jsonl: bool = False, fmt: str | None = None) -> str:
    """The one format the options ask for; options that disagree are a usage error."""
    asked = {"json"} if json_out else set()
    asked |= {"jsonl"} if jsonl else set()
    asked |= {fmt} if fmt else set()
    if len(asked) > 1:
        named = sorted(
            f"--{a}" if a in ("json", "jsonl") and a != fmt else f"--format {a}" for a in asked
        )
        raise UsageError(f"{' and '.join(named)} cannot be used together")
    return asked.pop() if asked else "rich"


def _style(color: Color, pager: bool) -> Style:
    return Style(color=color.value, pager=pager)


def _clean(arg: str, what: str, limit: int = MAX_NAME_CHARS) -> str:
    """An argument as text, checked before any work: bytes that were not UTF-8, and lone
    surrogates, become U+FFFD; one longer than the limit is a usage error."""
    if len(arg) > limit:
        raise UsageError(f"{what} is {len(arg)} characters long; the limit is {limit}")
    try:
        data = arg.encode("utf-8", "surrogateescape")  # undecodable argv bytes, restored
    except UnicodeEncodeError:
        data = arg.encode("utf-8", "surrogatepass")  # other lone surrogates
    return data.decode("utf-8", "replace")


def _cleaned(values: list[str] | None, what: str, limit: int = MAX_NAME_CHARS) -> tuple[str, ...]:
    return tuple(_clean(v, what, limit) for v in values or [])


def _path(path: Path | None, what: str) -> Path | None:
    if path is not None:
        _clean(str(path), what, MAX_PATH_CHARS)
    return path


def _between(value: int | None, option: str, low: int, high: int | None = None) -> None:
    if value is not None and (value < low or (high is not None and value > high)):
        bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise UsageError(f"{option} is {value}; it must be {bounds}")


def _version(value: bool) -> None:
    if value:
        write_stdout(f"defcoop {__version__}\n")
        raise typer.Exit()


@app.callback(epilog=examples("defcoop search malabr", "defcoop brief", "defcoop COMMAND --help"))
def main_options(
    ctx: typer.Context,
    facts: Annotated[
        list[str] | None,  # str, not Path: Typer stats a Path, and a NUL byte crashes it
        typer.Option(
            "--facts",
            metavar="PATH",
            help="A fact file layered on the shipped one (repeatable; DEFCOOP_FACTS holds "
            f"several, separated by {os.pathsep!r}). Its sources resolve beside it.",
            show_default=False,
        ),
    ] = None,
    no_default_facts: Annotated[
        bool,
        typer.Option(
            "--no-default-facts",
            help="Leave out the shipped fact base: use only --facts (DEFCOOP_NO_DEFAULT_FACTS=1).",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Look up facts on India–Japan defence cooperation, each traced to its source."""
    ctx.obj = Session([Path(f) for f in facts or []], no_default_facts)
    if ctx.invoked_subcommand is None:
        say_help(ctx.get_help())
        raise typer.Exit(ExitCode.USAGE)


def say_help(text: str) -> None:
    """Help asked for by a usage error goes to stderr, whole."""
    if sys.stderr is not None:
        print(text, file=sys.stderr)


@app.command(
    cls=Command,
    short_help="Fuzzy, ranked search of the facts.",
    epilog=examples(
        "defcoop search malabr",
        'defcoop search "who condemned the attack"',
        "defcoop search cyber --kind commitment --json | jq -r '.results[].id'",
    ),
)
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str], typer.Argument(metavar="QUERY...", help="Words to look for; typos are fine.")
    ],
    topic: TopicsOpt = None,
    entity: EntitiesOpt = None,
    kind: KindsOpt = None,
    source: SourcesOpt = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", metavar="N", help="At most this many results.")
    ] = 10,
    include_editorial: EditorialOpt = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show why each result matched.")
    ] = False,
    json_out: JsonOpt = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Print one JSON object per result per line.")
    ] = False,
    color: ColorOpt = Color.auto,
    pager: PagerOpt = True,
) -> int:
    """Search facts by fuzzy, ranked match on words, names, aliases, topics and quotes."""
    from defcoop_cli import views

    fmt = output_format(json_out, jsonl)
    _between(limit, "--limit", 1)
    request = views.SearchRequest(
        words=_cleaned(query, "the query", MAX_QUERY_CHARS),
        topics=_cleaned(topic, "--topic"),
        entities=_cleaned(entity, "--entity"),
        kinds=tuple(k.value for k in kind or []),
        limit=limit,
        include_editorial=include_editorial,
        explain=explain,
        sources=_cleaned(source, "--source"),
    )
    return emit(views.search(session(ctx).index, request), fmt, _style(color, pager))


@app.command(
    cls=Command,
    short_help="List facts, narrowed by the search filters.",
    epilog=examples(
        "defcoop facts --kind commitment",
        "defcoop facts --topic scs --jsonl",
        "defcoop facts --jsonl | jq -r '[.id, .statement] | @tsv' | fzf",
    ),
)
def facts(
    ctx: typer.Context,
    topic: TopicsOpt = None,
    entity: EntitiesOpt = None,
    kind: KindsOpt = None,
    source: SourcesOpt = None,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", metavar="N", help="At most this many facts.")
    ] = None,
    include_editorial: EditorialOpt = False,
    json_out: JsonOpt = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Print one JSON object per fact per line.")
    ] = False,
    color: ColorOpt = Color.auto,
    pager: PagerOpt = True,
) -> int:
    """List facts without a query, in fact-base order, narrowed by the same filters as search."""
    from defcoop_cli import views

    fmt = output_format(json_out, jsonl)
    _between(limit, "--limit", 1)
    request = views.SearchRequest(
        words=(),
        topics=_cleaned(topic, "--topic"),
        entities=_cleaned(entity, "--entity"),
        kinds=tuple(k.value for k in kind or []),
        limit=limit,
        include_editorial=include_editorial,
        sources=_cleaned(source, "--source"),
    )
    return emit(views.fact_list(session(ctx).index, request), fmt, _style(color, pager))


@app.command(
    cls=Command,
    short_help="List the topics, or one topic's facts.",
    epilog=examples(
        "defcoop topics", 'defcoop topics "south china sea"', "defcoop topics scs --json"
    ),
)
def topics(
    ctx: typer.Context,
    topic: Annotated[
        str | None,
        typer.Argument(
            metavar="[TOPIC]",
            help="A topic's id, title or alias: list its facts.",
            autocompletion=complete_topics,
        ),
    ] = None,
    source: SourcesOpt = None,
    json_out: JsonOpt = False,
    color: ColorOpt = Color.auto,
    pager: PagerOpt = True,
) -> int:
    """List the topics with their fact counts, or one topic's facts."""
    from defcoop_cli import views

    fmt = output_format(json_out)
    wanted = _clean(topic, "the topic") if topic is not None else None
    sources = _cleaned(source, "--source")
    index = session(ctx).index()
    if wanted is None:
        result: Any = views.topic_list(index, sources)
    else:
        result = views.topic_view(index, wanted, sources)
    return emit(result, fmt, _style(color, pager))


@app.command(
    cls=Command,
    short_help="List the entities, or show one.",
    epilog=examples(
        "defcoop entities --type exercise",
        "defcoop entities UNCLOS",
        "defcoop entities --type person --json",
    ),
)
def entities(
    ctx: typer.Context,
    entity: Annotated[
        str | None,
        typer.Argument(
            metavar="[ENTITY]",
            help="An entity's id, name or alias: show it and its facts.",
            autocompletion=complete_entities,
        ),
    ] = None,
    type_: Annotated[
        str | None,
        typer.Option(
            "--type",
            metavar="TYPE",
            help=f"Only entities of this type (or a close spelling): {', '.join(ENTITY_TYPES)}.",
            autocompletion=complete_types,
        ),
    ] = None,
    source: SourcesOpt = None,
    json_out: JsonOpt = False,
    color: ColorOpt = Color.auto,
    pager: PagerOpt = True,
) -> int:
    """List the entities with type, aliases and fact counts, or show one entity."""
    from defcoop_cli import views

    fmt = output_format(json_out)
    wanted = _clean(entity, "the entity") if entity is not None else None
    entity_type = _clean(type_, "--type") if type_ is not None else None
    sources = _cleaned(source, "--source")
    index = session(ctx).index()
    if wanted is None:
        result: Any = views.entity_list(index, entity_type, sources)
    else:
        result = views.entity_view(index, wanted, sources)
    return emit(result, fmt, _style(color, pager))


@app.command(
    cls=Command,
    short_help="List the sources: title, publisher, date, facts.",
    epilog=examples("defcoop sources", "defcoop sources --json | jq -r '.sources[].url'"),
)
def sources(
    ctx: typer.Context,
    json_out: JsonOpt = False,
    color: ColorOpt = Color.auto,
    pager: PagerOpt = True,
) -> int:
    """List the sources (bottom layer first) with kind, publisher, date, URL and fact counts."""
    from defcoop_cli import views

    fmt = output_format(json_out)
    return emit(views.source_list(session(ctx).index()), fmt, _style(color, pager))


@app.command(
    cls=Command,
    short_help="Show one fact, its quote in context, and its notes.",
    epilog=examples(
        "defcoop show exercise-malabar-participants",
        "defcoop show nakatani-office-in-heading --context 0",
        "defcoop show meeting-date",
    ),
)
def show(
    ctx: typer.Context,
    fact_id: Annotated[
        str,
        typer.Argument(
            metavar="FACT_ID",
            help="The fact's id (or a curator note's, as the brief cites them).",
            autocompletion=complete_facts,
        ),
    ],
    context: Annotated[
        int,
        typer.Option(
            "--context", "-C", metavar="N", help="Sentences of source around the quote (0-50)."
        ),
    ] = 1,
    json_out: JsonOpt = False,
    color: ColorOpt = Color.auto,
    pager: PagerOpt = True,
) -> int:
    """Show one fact whole: statement, claim type, quote in its source context, notes."""
    from defcoop_cli import views

    fmt = output_format(json_out)
    _between(context, "--context", 0, 50)
    wanted = _clean(fact_id, "the fact id")
    result = views.fact_view(session(ctx).index(), wanted, context)
    return emit(result, fmt, _style(color, pager))


def _brief(
    ctx: typer.Context,
    topic: str | None,
    fmt: str | None,
    json_out: bool,
    full: bool,
    style: Style,
    source: list[str] | None = None,
) -> int:
    from defcoop_cli import views
    from defcoop_cli.briefing import build_briefing

    if fmt:
        named = _clean(fmt, "--format")
        fmt = views.choose(FORMAT_NAMES.get(named, named), BRIEF_FORMATS, "--format")
    chosen = output_format(json_out, fmt=fmt)
    wanted = _clean(topic, "--topic") if topic is not None else None
    sources = _cleaned(source, "--source")
    index = session(ctx).index()
    fb = views.from_sources(index.factbase(), views.source_ids(index, sources))
    only = views.briefing_topic(fb, wanted)
    return emit(build_briefing(fb, only, full), chosen, style)


BriefTopic = Annotated[
    str | None,
    typer.Option(
        "--topic",
        "-t",
        metavar="TOPIC",
        help="Only this topic's points.",
        autocompletion=complete_topics,
    ),
]
BriefFormat = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="rich (the default), markdown (or md), or json.",
        autocompletion=complete_formats,
        show_default=False,
    ),
]
BriefFull = Annotated[
    bool, typer.Option("--full", help="Every point, list item and reference, not one screen.")
]
BRIEF_EXAMPLES = examples(
    "defcoop brief",
    "defcoop brief --full --format md > brief.md",
    "defcoop brief --topic south-china-sea --json",
)


@app.command(cls=Command, short_help="A one-screen briefing for a meeting.", epilog=BRIEF_EXAMPLES)
def brief(
    ctx: typer.Context,
    topic: BriefTopic = None,
    source: SourcesOpt = None,
    format_: BriefFormat = None,
    full: BriefFull = False,
    json_out: JsonOpt = False,
    color: ColorOpt = Color.auto,
    pager: PagerOpt = True,
) -> int:
    """A one-screen briefing for a meeting (--full: everything), every line citing its ids."""
    return _brief(ctx, topic, format_, json_out, full, _style(color, pager), source)


@app.command(
    "summary",
    cls=Command,
    short_help="Alias of 'brief'.",
    epilog=examples("defcoop summary", "defcoop summary --format md"),
)
def summary(
    ctx: typer.Context,
    topic: BriefTopic = None,
    source: SourcesOpt = None,
    format_: BriefFormat = None,
    full: BriefFull = False,
    json_out: JsonOpt = False,
    color: ColorOpt = Color.auto,
    pager: PagerOpt = True,
) -> int:
    """Alias of 'brief'."""
    return _brief(ctx, topic, format_, json_out, full, _style(color, pager), source)


@app.command(
    cls=Command,
    short_help="Check a fact base and list every problem.",
    epilog=examples(
        "defcoop validate",
        "defcoop validate tests/fixtures/mini/facts.json --json",
        "defcoop --facts mine/facts.json validate --merged",
    ),
)
def validate(
    ctx: typer.Context,
    path: Annotated[
        str | None,  # see --facts
        typer.Argument(
            metavar="[PATH]",
            help="The fact file to check (default: the top layer in use), on the layers under it.",
        ),
    ] = None,
    merged: Annotated[
        bool, typer.Option("--merged", help="Check every layer in use as one merged view.")
    ] = False,
    json_out: JsonOpt = False,
    color: ColorOpt = Color.auto,
    pager: PagerOpt = True,
) -> int:
    """Check a fact base: schema, ids, references, quotes and spans, sources, coverage."""
    from defcoop_cli import factbase

    fmt = output_format(json_out)
    checked_path = _path(Path(path), "the path") if path is not None else None
    run = session(ctx)
    layers = run.layers
    if merged:
        if checked_path is not None:
            raise UsageError("--merged checks the layers in use: give them with --facts")
        checked = factbase.validate_merged(layers)
    else:
        target = checked_path or layers[-1]
        checked = factbase.validate(target, context=layers_below(target, layers, run.no_default))
    return emit(checked, fmt, _style(color, pager))


# ---- the curator's commands


@app.command(
    cls=Command,
    short_help="Create an empty fact base of your own.",
    epilog=examples("defcoop init mine", "defcoop --facts mine/facts.json sources"),
)
def init(
    ctx: typer.Context,
    folder: Annotated[str, typer.Argument(metavar="DIR", help="The folder to create it in.")],
    json_out: JsonOpt = False,
    color: ColorOpt = Color.auto,
) -> int:
    """Create DIR/facts.json (no facts yet) and DIR/sources/; never over anything."""
    from defcoop_cli import curate

    fmt = output_format(json_out)
    where = _path(Path(_clean(folder, "DIR", MAX_PATH_CHARS)), "DIR")
    assert where is not None
    return emit(curate.init(where), fmt, _style(color, False))


@app.command(
    cls=Command,
    short_help="Draft candidate facts from an article, for review.",
    epilog=examples(
        "defcoop draft article.txt --source-id ani-2025-05-05 -o draft.json",
        "defcoop draft article.txt --source-id x --publisher ANI --published 2025-05-05",
    ),
)
def draft(
    ctx: typer.Context,
    article: Annotated[
        str, typer.Argument(metavar="ARTICLE", help="The article, as a UTF-8 text file.")
    ],
    source_id: Annotated[
        str, typer.Option("--source-id", metavar="ID", help="The id the source will have.")
    ],
    title: Annotated[str | None, typer.Option(metavar="TEXT", help="Its headline.")] = None,
    publisher: Annotated[str | None, typer.Option(metavar="TEXT", help="Who published it.")] = None,
    url: Annotated[str | None, typer.Option(metavar="URL", help="Where it was published.")] = None,
    published: Annotated[
        str | None, typer.Option(metavar="DATE", help="Its date, YYYY-MM-DD.")
    ] = None,
    via: Annotated[
        str | None, typer.Option(metavar="AGENCY", help="The wire agency it reprints.")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(metavar="KIND", help="news article (default), wire report, press release…"),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write here (never over a file)."),
    ] = None,
    json_out: Annotated[
        bool, typer.Option("--json", help="The draft is one JSON document with or without it.")
    ] = False,
) -> int:
    """Draft a fact-base fragment from ARTICLE: its source entry and candidate facts, each
    with an exact quote, a proposed kind, stance and attribution, and review: draft."""
    from defcoop_cli import drafting

    meta = {
        "title": _clean(title, "--title", MAX_PATH_CHARS) if title else None,
        "publisher": _clean(publisher, "--publisher") if publisher else None,
        "url": _clean(url, "--url", MAX_PATH_CHARS) if url else None,
        "published": _clean(published, "--published") if published else None,
        "via": _clean(via, "--via") if via else None,
        "kind": _clean(kind, "--kind") if kind else None,
    }
    where = Path(_clean(article, "ARTICLE", MAX_PATH_CHARS))
    sid = _clean(source_id, "--source-id")
    drafting.check_request(sid, meta)
    del json_out  # a draft is JSON whatever the option says: it is taken for uniformity
    fb = session(ctx).factbase()
    body = drafting.dumps(drafting.draft_file(where, sid, meta, fb.doc, __version__))
    if output:
        drafting.write_new(Path(_clean(output, "--output", MAX_PATH_CHARS)), body)
    else:
        write_stdout(body, "utf-8")
    return int(ExitCode.FOUND)


@app.command(
    cls=Command,
    short_help="Add a reviewed draft to your own fact base.",
    epilog=examples(
        "defcoop add draft.json --facts mine/facts.json",
        "defcoop --facts mine/facts.json add draft.json --json",
    ),
)
def add(
    ctx: typer.Context,
    draft_file: Annotated[str, typer.Argument(metavar="DRAFT", help="A reviewed draft.")],
    target: Annotated[
        str | None,
        typer.Option(
            "--facts",
            metavar="TARGET",
            help="The fact file to add to (default: the top layer in use, if it is yours).",
        ),
    ] = None,
    json_out: JsonOpt = False,
    color: ColorOpt = Color.auto,
) -> int:
    """Merge a draft's accepted facts, its source and the entities they use into TARGET;
    refuse, with every problem listed and nothing changed, if anything is wrong."""
    from defcoop_cli import curate

    fmt = output_format(json_out)
    run = session(ctx)
    layers = run.layers
    if target:
        chosen = Path(_clean(target, "--facts", MAX_PATH_CHARS))
    elif _real(layers[-1]) != _real(default_factbase_path()):
        chosen = layers[-1]
    else:
        raise UsageError(
            "no fact base of your own to add to: make one with 'defcoop init DIR', then "
            "give it with --facts DIR/facts.json"
        )
    below = layers_below(chosen, layers, run.no_default)
    draft_path = Path(_clean(draft_file, "DRAFT", MAX_PATH_CHARS))
    return emit(curate.add(draft_path, chosen, below), fmt, _style(color, False))


@app.command(
    cls=Command,
    short_help="What changed between two versions of a fact base.",
    epilog=examples(
        "defcoop diff mine/facts.json.bak mine/facts.json",
        "defcoop diff old.json new.json --json | jq '.facts.added'",
    ),
)
def diff(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="OLD", help="The older fact file.")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The newer fact file.")],
    json_out: JsonOpt = False,
    color: ColorOpt = Color.auto,
    pager: PagerOpt = True,
) -> int:
    """List the facts added, removed and changed (and the sources, topics, entities and
    notes); exit 0 when the two are the same, 1 when they differ."""
    from defcoop_cli.diffing import diff as compare

    fmt = output_format(json_out)
    a = Path(_clean(old, "OLD", MAX_PATH_CHARS))
    b = Path(_clean(new, "NEW", MAX_PATH_CHARS))
    return emit(compare(a, b), fmt, _style(color, pager))


@app.command(
    cls=Command,
    short_help="Find a source's quotes again in an edited copy of its text.",
    epilog=examples(
        "defcoop reanchor rajnath-nakatani-meeting new.txt",
        "defcoop reanchor mini new.txt --facts mine/facts.json --write fixed",
    ),
)
def reanchor(
    ctx: typer.Context,
    source_id: Annotated[str, typer.Argument(metavar="SOURCE_ID", help="The source's id.")],
    new_text: Annotated[
        str, typer.Argument(metavar="NEW_TEXT", help="The edited text, a UTF-8 file.")
    ],
    fact_file: Annotated[
        str | None,
        typer.Option(
            "--facts",
            metavar="PATH",
            help="The fact file holding the source (default: the layer in use that has it).",
        ),
    ] = None,
    write: Annotated[
        str | None,
        typer.Option(
            "--write",
            metavar="OUT",
            help="Write a corrected copy of the fact base into the new folder OUT.",
        ),
    ] = None,
    json_out: JsonOpt = False,
    color: ColorOpt = Color.auto,
    pager: PagerOpt = True,
) -> int:
    """Report each quote of SOURCE_ID as exact, moved, fuzzy, ambiguous or orphaned in
    NEW_TEXT; exit 0 when all are exact or moved, 1 otherwise."""
    from defcoop_cli import anchoring, curate
    from defcoop_cli.factbase import build
    from defcoop_cli.files import decode_utf8, read_regular_file
    from defcoop_cli.limits import MAX_SOURCE_BYTES

    fmt = output_format(json_out)
    sid = _clean(source_id, "SOURCE_ID")
    text_path = Path(_clean(new_text, "NEW_TEXT", MAX_PATH_CHARS))
    out = Path(_clean(write, "--write", MAX_PATH_CHARS)) if write else None
    if out is not None and os.path.lexists(out):
        raise UsageError(f"{out} already exists; reanchor --write never writes over anything")
    candidates = [Path(_clean(fact_file, "--facts", MAX_PATH_CHARS))] if fact_file else None
    layer = None
    for path in candidates or list(reversed(session(ctx).layers)):
        fb = build(read_fact_file(path), path)
        if sid in fb.sources:
            layer = fb
            break
    if layer is None:
        where = candidates[0] if candidates else "the fact bases in use"
        raise UnknownId(f"no source {sid!r} in {where}; see 'defcoop sources'")
    old = layer.source_text(sid)
    new = decode_utf8(read_regular_file(text_path, MAX_SOURCE_BYTES, "text"), text_path)
    result = anchoring.reanchor(layer.sources[sid], layer.doc.facts, old, new)
    if out is not None:
        written = curate.write_reanchored(layer.path, sid, new, result.anchors, out)
        result = result._replace(written=str(written))
    return emit(result, fmt, _style(color, pager))


# ---- the one place errors become messages and exit codes


@contextmanager
def _quiet_streams() -> Iterator[None]:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    yield


def _usage_message(e: typer.TyperException) -> str:
    ctx = getattr(e, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return f"{e.format_message().strip()}{hint}"


# What writing Typer's own output (--help, --show-completion) can fail with: as for ours, exit 74.
WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG, errno.EBADF})


def _internal_error(e: Exception) -> int:
    """A bug: one line and exit 70, or the traceback with DEFCOOP_DEBUG=1."""
    if os.environ.get("DEFCOOP_DEBUG"):
        raise e
    say(f"internal error: {type(e).__name__}: {e}; rerun with DEFCOOP_DEBUG=1 for the traceback")
    return ExitCode.INTERNAL


def run(argv: list[str] | None = None) -> int:
    """Run defcoop on argv and return its exit code; never raises, never prints a traceback."""
    with _quiet_streams():
        try:
            result: Any = app(args=argv, prog_name="defcoop", standalone_mode=False)
        except DefcoopError as e:
            say(str(e))
            return int(e.exit_code)
        except typer.TyperException as e:
            say(_usage_message(e))
            return int(getattr(e, "exit_code", ExitCode.USAGE))
        except (KeyboardInterrupt, typer.Abort):
            say("interrupted")
            return ExitCode.INTERRUPTED
        except (BrokenPipeError, PipeClosed):  # the reader has gone (`| head`): quietly
            return finish(ExitCode.FOUND)
        except OSError as e:
            if e.errno not in WRITE_ERRORS:
                return _internal_error(e)
            say(f"cannot write output: {e.strerror or e}")
            return ExitCode.IO_ERROR
        except Exception as e:
            return _internal_error(e)
    code = int(result) if isinstance(result, int) else ExitCode.FOUND
    if code == ExitCode.INTERRUPTED:  # Typer turns Ctrl-C into a silent Exit(130)
        say("interrupted")
    return code
