"""The curator's commands: validate, init, draft, add, review, diff, reanchor."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from defcoop_cli import __version__
from defcoop_cli.cli.base import Command, app, examples
from defcoop_cli.cli.options import (
    Color,
    ColorOpt,
    JsonOpt,
    PagerOpt,
    checked_path,
    clean,
    given_path,
    keys_terminal,
    output_format,
    output_style,
    session,
    utf8_path,
)
from defcoop_cli.errors import Cancelled, ExitCode, Incomplete, OutputError, UsageError
from defcoop_cli.factbase.layers import add_target, layers_above, layers_below
from defcoop_cli.factbase.limits import MAX_PATH_CHARS
from defcoop_cli.output.emit import Style, emit, say

if TYPE_CHECKING:
    from collections.abc import Callable

    from defcoop_cli.curation.reviewing import DraftFile


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
    fmt = output_format(json_out)
    given = checked_path(path, "the path")
    run = session(ctx)
    if merged:
        if given is not None:
            raise UsageError("--merged checks the layers in use: give them with --facts")
        from defcoop_cli.factbase.checking import validation
        from defcoop_cli.index.checked.validated import build

        checked = validation.validate_merged(run.layers, build)
    else:
        layers = run.stacked if given is not None else run.layers  # PATH needs no other
        target = given or layers[-1]
        below = layers_below(target, layers, run.no_default)
        from defcoop_cli.index.checked import verdicts

        checked = verdicts.validate(target, below)
    return emit(checked, fmt, output_style(color, pager))


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
    from defcoop_cli.curation import creating

    fmt = output_format(json_out)
    where = utf8_path(folder, "DIR")
    created = creating.init(where, waiting_for(where))
    return emit_done(created, fmt, output_style(color, False), f"{created.path}: created")


@app.command(
    cls=Command,
    short_help="Draft candidate facts from an article, for review.",
    epilog=examples(
        "defcoop draft article.txt --source-id ani-2025-05-05 -o draft.json",
        "defcoop draft article.txt --source-id x --publisher ANI --published 2025-05-05",
        "defcoop draft page.html --source-id ledger-2025-05-05 -o draft.json",
    ),
)
def draft(
    ctx: typer.Context,
    article: Annotated[
        str,
        typer.Argument(
            metavar="ARTICLE", help="The article: a UTF-8 text file or a saved web page."
        ),
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
    from defcoop_cli.curation.drafting.files import check_request, draft_file

    meta = {
        "title": clean(title, "--title", MAX_PATH_CHARS) if title else None,
        "publisher": clean(publisher, "--publisher") if publisher else None,
        "url": clean(url, "--url", MAX_PATH_CHARS) if url else None,
        "published": clean(published, "--published") if published else None,
        "via": clean(via, "--via") if via else None,
        "kind": clean(kind, "--kind") if kind else None,
    }
    where = Path(given_path(article, "ARTICLE"))
    sid = clean(source_id, "--source-id")
    out = utf8_path(output, "--output") if output is not None else None
    check_request(sid, meta, where, out)
    del json_out  # a draft is JSON whatever the option says: it is taken for uniformity
    from defcoop_cli.curation.drafting.base.facts import base_of

    index = session(ctx).index()  # its facts read by position (base.facts)
    content = getattr(index, "content", None)  # claims.whole
    drafted = draft_file(where, sid, meta, base_of(index), __version__, out, content)
    return emit(drafted, "json", Style(pager=False))


@app.command(
    cls=Command,
    short_help="Add a reviewed draft to your own fact base.",
    epilog=examples(
        "defcoop add draft.json --into mine/facts.json",
        "defcoop --facts mine/facts.json add draft.json --json",
    ),
)
def add(
    ctx: typer.Context,
    draft_file: Annotated[str, typer.Argument(metavar="DRAFT", help="A reviewed draft.")],
    target: Annotated[
        str | None,
        typer.Option(
            "--into",
            metavar="TARGET",
            help="The fact file to add to (default: the top layer in use, if it is yours).",
        ),
    ] = None,
    json_out: JsonOpt = False,
    color: ColorOpt = Color.auto,
) -> int:
    """Merge a draft's accepted facts, its source and the entities they use into TARGET,
    joining the claims and noting the conflicts they propose; refuse, with every problem
    listed and nothing changed, if anything is wrong."""
    from defcoop_cli.curation import adding

    fmt = output_format(json_out)
    run = session(ctx)
    layers = run.layers
    given = utf8_path(target, "--into") if target is not None else None
    chosen = add_target(given, layers)
    below = layers_below(chosen, layers, run.no_default)
    above = layers_above(chosen, layers)
    draft_path = utf8_path(draft_file, "DRAFT")
    added = adding.add(draft_path, chosen, below, above=above, waiting=waiting_for(chosen))
    return emit_done(added, fmt, output_style(color, False), f"{chosen}: added")


@app.command(
    cls=Command,
    short_help="Decide a draft's candidates one by one (or --accept-all).",
    epilog=examples(
        "defcoop review draft.json",
        "defcoop review draft.json --accept-all",
        "defcoop review draft.json --accept-all --reject-editorial --json",
    ),
)
def review(
    ctx: typer.Context,
    draft_file: Annotated[str, typer.Argument(metavar="DRAFT", help="A draft to review.")],
    accept_all: Annotated[
        bool, typer.Option("--accept-all", help="Accept every undecided fact and new entity.")
    ] = False,
    reject_editorial: Annotated[
        bool,
        typer.Option("--reject-editorial", help="With --accept-all: reject editorial facts."),
    ] = False,
    json_out: JsonOpt = False,
    color: ColorOpt = Color.auto,
) -> int:
    """Decide DRAFT's candidates and save it in place, atomically, after each decision. On a
    terminal, a guided review shows them one by one, its keys listed below them; q quits, and
    the next review resumes at the first undecided one. For scripts, --accept-all accepts
    every fact and new entity still under review (decisions already made are kept);
    --reject-editorial rejects the facts drafted as editorial instead."""
    from defcoop_cli.curation import reviewing

    path = utf8_path(draft_file, "DRAFT")
    if accept_all:
        decided = reviewing.accept_all(path, reject_editorial)
        style = output_style(color, False)
        return emit_done(decided, output_format(json_out), style, f"{path}: saved")
    if reject_editorial:
        raise UsageError("--reject-editorial goes with --accept-all")
    file = reviewing.DraftFile(path)  # a draft that cannot be read says so first
    return _guided(ctx, file, _review_screen())


def _review_screen() -> TextIO:
    """Where the guided review draws; keys come from stdin (options.keys_terminal)."""
    return keys_terminal(
        "review asks for each decision on a terminal",
        "review needs a terminal to draw on",
        "defcoop review DRAFT --accept-all",
    )


def _guided(ctx: typer.Context, file: DraftFile, screen: TextIO) -> int:
    """The guided review of the draft file, over the fact base in use; what it left on
    stderr, in one line."""
    from defcoop_cli.cli import reviewer
    from defcoop_cli.curation.guiding import Review

    doc = session(ctx).factbase().doc
    state = Review(
        file.draft,
        (t.id for t in doc.topics),
        (e.id for e in doc.entities),
        (f.attribution for f in doc.facts),
        {f.id: f.claim for f in doc.facts if f.claim and f.claim != f.id},
    )
    if not state.candidates:
        say(f"{file.path}: the draft has no candidate to review")
        return ExitCode.FOUND
    quit_ = reviewer.run(reviewer.Reviewer(state, file.article(), file.save), screen)
    accepted, rejected, undecided = state.counts()
    then = f"resume with defcoop review {file.path}" if undecided else f"defcoop add {file.path}"
    counts = f"{accepted} accepted, {rejected} rejected, {undecided} to decide"
    say(f"saved {file.path}: {counts}; {then}")
    if not quit_:
        raise Cancelled()
    return ExitCode.FOUND


def emit_done(result: Any, fmt: str, style: Style, done: str) -> int:
    """emit() the result of a writer: its change made (`found`, or `saved` for a review),
    output that cannot be written is exit 3, "X: added, but cannot write output: …", not
    74 ("nothing was changed")."""
    try:
        return emit(result, fmt, style)
    except OutputError as e:
        if not getattr(result, "saved", result.found):
            raise
        raise Incomplete(f"{done}, but {e}") from None


def waiting_for(target: Path) -> Callable[[str], None]:
    """What a writer says when another (who: " (process 123)") holds the lock of target
    for more than a second."""
    return lambda who: say(f"waiting for another writer of {target}{who}…")


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
    from defcoop_cli.curation.diffing import diff as compare

    fmt = output_format(json_out)
    a = Path(given_path(old, "OLD"))
    b = Path(given_path(new, "NEW"))
    return emit(compare(a, b), fmt, output_style(color, pager))


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
    from defcoop_cli.curation.reanchoring import reanchor_source

    fmt = output_format(json_out)
    sid = clean(source_id, "SOURCE_ID")
    text_path = utf8_path(new_text, "NEW_TEXT")
    out = utf8_path(write, "--write") if write is not None else None
    named = utf8_path(fact_file, "--facts") if fact_file is not None else None
    layers = [] if named else session(ctx).layers
    waiting = waiting_for(out) if out is not None else None
    result = reanchor_source(sid, text_path, named, layers, out, waiting)
    return emit(result, fmt, output_style(color, pager))
