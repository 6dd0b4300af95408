"""The defcoop command line: parse options, call the core, pick a renderer, map errors."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from defcoop_cli import __version__
from defcoop_cli.errors import DefcoopError, ExitCode, UnknownId, UsageError
from defcoop_cli.factbase import (
    ENTITY_TYPES,
    KINDS,
    Entity,
    FactBase,
    Topic,
    default_factbase_path,
    load_factbase,
)
from defcoop_cli.terminal import printable

if TYPE_CHECKING:
    from rich.console import Console

    from defcoop_cli.search import Index

app = typer.Typer(
    name="defcoop",
    help="Look up facts on India–Japan defence cooperation, each traced to its source.",
    invoke_without_command=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class State:
    facts_path: Path | None = None
    _index: Index | None = None

    def index(self) -> Index:
        """The fact base's search index: cached on disk, or built (with a spinner if slow)."""
        if self._index is None:
            from defcoop_cli.index import open_index

            path = self.facts_path or default_factbase_path()
            self._index = open_index(path, progress=_build_progress)
        return self._index

    def factbase(self) -> FactBase:
        return self.index().factbase()


def _build_progress() -> AbstractContextManager[object]:
    """A spinner on stderr once building the index takes over a second, if stderr is a TTY."""
    if not sys.stderr.isatty():
        return nullcontext()
    from defcoop_cli.terminal import after_a_second

    return after_a_second("Building the search index…")


STATE = State()


# ---- output: one write to stdout, quiet when the reader has gone


def _silence_stdout() -> None:
    """The reader closed the pipe (| head): drop the rest quietly, as a filter should."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def emit(document: str) -> None:
    """Write a whole document to stdout as UTF-8 in one go."""
    try:
        sys.stdout.buffer.write(document.encode("utf-8", "backslashreplace"))
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def emit_rich(draw: Callable[[Console], None]) -> None:
    from defcoop_cli.render_rich import render

    drawn = render(draw)
    try:
        sys.stdout.write(drawn)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def say(message: str) -> None:
    """One line on stderr, data in it made harmless."""
    print(f"defcoop: {printable(message)}", file=sys.stderr)


# ---- completion


def _complete(values: Callable[[FactBase], list[str]]) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        path = os.environ.get("DEFCOOP_FACTS")
        try:
            fb = load_factbase(Path(path) if path else default_factbase_path())
        except DefcoopError:
            return []
        return [v for v in values(fb) if v.startswith(incomplete)]

    return complete


complete_facts = _complete(lambda fb: [f.id for f in fb.doc.facts])
complete_topics = _complete(lambda fb: [t.id for t in fb.doc.topics])
complete_entities = _complete(lambda fb: [e.id for e in fb.doc.entities])


def complete_kinds(incomplete: str) -> list[str]:
    return [k for k in KINDS if k.startswith(incomplete)]


def complete_types(incomplete: str) -> list[str]:
    return [t for t in ENTITY_TYPES if t.startswith(incomplete)]


# ---- shared options and look-ups

JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON document.")]


def _choose(value: str, choices: tuple[str, ...], option: str) -> str:
    if value not in choices:
        raise UsageError(f"{option} {value!r} is not one of: {', '.join(choices)}")
    return value


def find_topic(topics: list[Topic], wanted: str, error: type[DefcoopError] = UnknownId) -> Topic:
    from defcoop_cli.search import closest_ids, resolve_topic

    topic = resolve_topic(topics, wanted)
    if topic is None:
        near = closest_ids(wanted, [t.id for t in topics])
        hint = f"; did you mean {', '.join(near)}?" if near else "; see 'defcoop topics'"
        raise error(f"no topic {wanted!r}{hint}")
    return topic


def find_entity(
    entities: list[Entity], wanted: str, error: type[DefcoopError] = UnknownId
) -> Entity:
    from defcoop_cli.search import closest_ids, resolve_entity

    entity = resolve_entity(entities, wanted)
    if entity is None:
        near = closest_ids(wanted, [e.id for e in entities])
        hint = f"; did you mean {', '.join(near)}?" if near else "; see 'defcoop entities'"
        raise error(f"no entity {wanted!r}{hint}")
    return entity


def _clean(arg: str) -> str:
    """An argument as text: bytes that were not UTF-8, and lone surrogates, become U+FFFD."""
    try:
        data = arg.encode("utf-8", "surrogateescape")  # undecodable argv bytes, restored
    except UnicodeEncodeError:
        data = arg.encode("utf-8", "surrogatepass")  # other lone surrogates
    return data.decode("utf-8", "replace")


def _version(value: bool) -> None:
    if value:
        emit(f"defcoop {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    facts: Annotated[
        Path | None,
        typer.Option(
            "--facts",
            envvar="DEFCOOP_FACTS",
            help="Fact file to use instead of the shipped one; its sources resolve beside it.",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Look up facts on India–Japan defence cooperation, each traced to its source."""
    STATE.facts_path = facts
    STATE._index = None
    if ctx.invoked_subcommand is None:
        print(ctx.get_help(), file=sys.stderr)
        raise typer.Exit(ExitCode.USAGE)


@app.command()
def search(
    query: Annotated[list[str], typer.Argument(help="Words to look for; typos are fine.")],
    topic: Annotated[
        list[str] | None,
        typer.Option(
            "--topic",
            "-t",
            help="Only facts in this topic (repeatable).",
            autocompletion=complete_topics,
        ),
    ] = None,
    entity: Annotated[
        list[str] | None,
        typer.Option(
            "--entity",
            "-e",
            help="Only facts naming this entity (repeatable).",
            autocompletion=complete_entities,
        ),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            "-k",
            help=f"Only facts of this kind (repeatable): {', '.join(KINDS)}.",
            autocompletion=complete_kinds,
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="At most this many results.")
    ] = 10,
    include_editorial: Annotated[
        bool, typer.Option("--include-editorial", help="Include editorial (promotional) content.")
    ] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show why each result matched.")
    ] = False,
    json_out: JsonOpt = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Print one JSON object per result per line.")
    ] = False,
) -> int:
    """Search facts by fuzzy, ranked match on words, names, aliases, topics and quotes."""
    from defcoop_cli.search import Filters, parse_query, rank_facts, suggest

    if json_out and jsonl:
        raise UsageError("--json and --jsonl cannot be used together")
    q = parse_query([_clean(w) for w in query])
    index = STATE.index()
    filters = Filters(
        topics=frozenset(find_topic(index.topics, _clean(t), UsageError).id for t in topic or []),
        entities=frozenset(
            find_entity(index.entities, _clean(e), UsageError).id for e in entity or []
        ),
        kinds=frozenset(_choose(k, KINDS, "--kind") for k in kind or []),
        include_editorial=include_editorial,
    )
    matches = rank_facts(index, q, filters, limit)
    if json_out or jsonl:
        from defcoop_cli import render_json

        emit(
            render_json.search_lines(matches, explain)
            if jsonl
            else render_json.dumps(render_json.search_doc(q, matches, explain))
        )
    elif matches:
        from defcoop_cli import render_rich

        emit_rich(lambda c: render_rich.search(c, matches, explain))
    if not matches:
        near = suggest(index, q)
        say(
            f"nothing found for {q.text!r}" + (f"; did you mean {', '.join(near)}?" if near else "")
        )
        return ExitCode.NOT_FOUND
    return ExitCode.FOUND


@app.command()
def topics(
    topic: Annotated[
        str | None,
        typer.Argument(help="A topic id or name: list its facts.", autocompletion=complete_topics),
    ] = None,
    json_out: JsonOpt = False,
) -> int:
    """List the topics with their fact counts, or one topic's facts."""
    from defcoop_cli import render_json

    fb = STATE.factbase()
    if topic is None:
        if json_out:
            emit(render_json.dumps(render_json.topics_doc(fb)))
        else:
            from defcoop_cli import render_rich

            emit_rich(lambda c: render_rich.topics(c, fb))
        return ExitCode.FOUND
    t = find_topic(fb.doc.topics, _clean(topic))
    facts = [f for f in fb.doc.facts if t.id in f.topics]
    if json_out:
        emit(render_json.dumps(render_json.topic_doc(fb, t, facts)))
    else:
        from defcoop_cli import render_rich

        emit_rich(lambda c: render_rich.topic(c, fb, t, facts))
    return ExitCode.FOUND


@app.command()
def entities(
    entity: Annotated[
        str | None,
        typer.Argument(
            help="An entity id, name or alias: show it and its facts.",
            autocompletion=complete_entities,
        ),
    ] = None,
    type_: Annotated[
        str | None,
        typer.Option(
            "--type",
            help=f"Only entities of this type: {', '.join(ENTITY_TYPES)}.",
            autocompletion=complete_types,
        ),
    ] = None,
    json_out: JsonOpt = False,
) -> int:
    """List the entities with type, aliases and fact counts, or show one entity."""
    from defcoop_cli import render_json

    fb = STATE.factbase()
    if entity is None:
        wanted = _choose(type_, ENTITY_TYPES, "--type") if type_ else None
        listed = [e for e in fb.doc.entities if wanted is None or e.type == wanted]
        if json_out:
            emit(render_json.dumps(render_json.entities_doc(fb, listed)))
        else:
            from defcoop_cli import render_rich

            emit_rich(lambda c: render_rich.entities(c, fb, listed))
        return ExitCode.FOUND if listed else ExitCode.NOT_FOUND
    e = find_entity(fb.doc.entities, _clean(entity))
    facts = [f for f in fb.doc.facts if e.id in f.entities]
    if json_out:
        emit(render_json.dumps(render_json.entity_doc(fb, e, facts)))
    else:
        from defcoop_cli import render_rich

        emit_rich(lambda c: render_rich.entity(c, fb, e, facts))
    return ExitCode.FOUND


@app.command()
def show(
    fact_id: Annotated[str, typer.Argument(help="The fact's id.", autocompletion=complete_facts)],
    context: Annotated[
        int,
        typer.Option(
            "--context", "-C", min=0, max=50, help="Sentences of source around the quote."
        ),
    ] = 1,
    json_out: JsonOpt = False,
) -> int:
    """Show one fact whole: statement, claim type, quote in its source context, notes."""
    from defcoop_cli.sentences import context_span

    fb = STATE.factbase()
    fact = fb.facts.get(_clean(fact_id))
    if fact is None:
        from defcoop_cli.search import closest_ids

        near = closest_ids(_clean(fact_id), fb.facts)
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        raise UnknownId(f"no fact {_clean(fact_id)!r}{hint}")
    text = fb.source_text(fact.source)
    span = context_span(text, fact.span, context)
    notes = fb.notes_for(fact)
    if json_out:
        from defcoop_cli import render_json

        emit(render_json.dumps(render_json.show_doc(fact, span, text, notes)))
    else:
        from defcoop_cli import render_rich

        emit_rich(lambda c: render_rich.show(c, fact, span, text, notes))
    return ExitCode.FOUND


FORMATS = ("rich", "markdown", "json")


def _brief(topic: str | None, format_: str, json_out: bool) -> int:
    from defcoop_cli.briefing import build_briefing

    fmt = "json" if json_out else _choose(format_, FORMATS, "--format")
    fb = STATE.factbase()
    only = find_topic(fb.doc.topics, _clean(topic), UsageError) if topic else None
    if only is not None and only.group == "editorial":
        raise UsageError(
            "editorial content is never part of a brief; see 'defcoop topics editorial'"
        )
    briefing = build_briefing(fb, only)
    if fmt == "json":
        from defcoop_cli import render_json

        emit(render_json.dumps(render_json.brief_doc(briefing)))
    elif fmt == "markdown":
        from defcoop_cli import render_markdown

        emit(render_markdown.brief(briefing))
    else:
        from defcoop_cli import render_rich

        emit_rich(lambda c: render_rich.brief(c, briefing))
    return ExitCode.FOUND


BriefTopic = Annotated[
    str | None,
    typer.Option("--topic", "-t", help="Only this topic's points.", autocompletion=complete_topics),
]
BriefFormat = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        help="rich, markdown or json.",
        autocompletion=lambda incomplete: [f for f in FORMATS if f.startswith(incomplete)],
    ),
]


@app.command()
def brief(
    topic: BriefTopic = None, format_: BriefFormat = "rich", json_out: JsonOpt = False
) -> int:
    """A one-screen briefing for a meeting, every line citing its fact ids."""
    return _brief(topic, format_, json_out)


@app.command("summary")
def summary(
    topic: BriefTopic = None, format_: BriefFormat = "rich", json_out: JsonOpt = False
) -> int:
    """Alias of 'brief'."""
    return _brief(topic, format_, json_out)


@app.command()
def validate(
    path: Annotated[
        Path | None, typer.Argument(help="The fact file to check (default: the one in use).")
    ] = None,
    json_out: JsonOpt = False,
) -> int:
    """Check a fact base: schema, ids, references, quotes and spans, sources, coverage."""
    from defcoop_cli.checks import check_factbase

    report = check_factbase(path or STATE.facts_path or default_factbase_path())
    if json_out:
        from defcoop_cli import render_json

        emit(render_json.dumps(render_json.validate_doc(report)))
    else:
        from defcoop_cli import render_rich

        emit_rich(lambda c: render_rich.validate(c, report))
    return ExitCode.FOUND if report.ok else ExitCode.NOT_FOUND


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
        except BrokenPipeError:
            _silence_stdout()
            return ExitCode.FOUND
        except Exception as e:
            if os.environ.get("DEFCOOP_DEBUG"):
                raise
            hint = "rerun with DEFCOOP_DEBUG=1 for the traceback"
            say(f"internal error: {type(e).__name__}: {e}; {hint}")
            return ExitCode.INTERNAL
    code = int(result) if isinstance(result, int) else ExitCode.FOUND
    if code == ExitCode.INTERRUPTED:  # Typer turns Ctrl-C into a silent Exit(130)
        say("interrupted")
    return code
