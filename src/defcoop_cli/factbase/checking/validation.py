"""`defcoop validate`'s job: every problem of a fact file, read through the loader's
pipeline up to the schema (factbase.loader), then every check (factbase.checks), not only
those that make a fact base unusable. A layer is checked on the layers under it (its
references may resolve in them; only its own entries' problems are reported), or every
layer as one merged view."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from defcoop_cli.errors import DefcoopError, FactBaseNotFound
from defcoop_cli.factbase import loader
from defcoop_cli.factbase.checking.results import Problem, Report
from defcoop_cli.factbase.loader import (
    LISTS,
    FactBase,
    Layer,
    build,
    merge,
    no_cycle_collection,
)

TYPE_CHECKING = False  # typing is imported by mypy alone
if TYPE_CHECKING:
    from pathlib import Path

    from defcoop_cli.factbase.sentences import Coverage, Measure

# How validate turns a fact file's bytes into a fact base: build, or a cached equivalent.
Builder = Callable[[bytes, "Path"], FactBase]  # Path named for mypy: pathlib is not imported


def validate(
    path: Path,
    context: Sequence[Path] = (),
    build: Builder = build,
    measure: Measure | None = None,
    below: Callable[[Path], FactBase] | None = None,
    data: bytes | None = None,
) -> Report:
    """Every problem of the fact file at path, for `defcoop validate`: the pipeline's steps
    up to the schema, then every check (not only those that make it unusable).

    context: the other layers path sits on (its references may resolve in them; only its
    own entries' problems are reported). build, measure: how a file's bytes become a fact
    base and a source's coverage is measured (index.checked.validated's keep what they found);
    below: how a layer of the context's becomes one (default: build of its bytes); data:
    path's bytes if the caller has just read them (not read again)."""
    with no_cycle_collection():
        return _validate(path, context, build, measure, below, data)


def _validate(
    path: Path,
    context: Sequence[Path],
    build: Builder,
    measure: Measure | None,
    load: Callable[[Path], FactBase] | None,
    data: bytes | None,
) -> Report:
    from defcoop_cli.factbase import checks

    try:
        own = build(loader.read_fact_file(path) if data is None else data, path)
        read = load or (lambda p: build(loader.read_fact_file(p), p))
        below = [read(p) for p in others(context, path)]
        fb = merge([*below, own])
    except FactBaseNotFound:
        raise  # no file to check: an error, as for every command
    except DefcoopError as e:
        return _unreadable(e, path)
    local, covered = top_layer_problems(fb, own, measure)
    return Report(path, local, checks.counts(own.doc), checks.covered(covered))


def top_layer_problems(
    fb: FactBase, own: FactBase, measure: Measure | None = None
) -> tuple[list[Problem], list[Coverage]]:
    """Every problem of the top layer's own entries (own: that layer alone), with paths
    into its own file and its entries' ids, and its sources' coverage; fb is the merged
    view, whose other layers its references may use.

    Only the sources the layer's own entries can have problems in are read: its own and
    those its facts quote (not every source of the layers under it)."""
    from defcoop_cli.factbase import checks

    own_sources = {s.id for s in own.doc.sources}
    texts, unreadable = fb.source_texts(own_sources | {f.source for f in own.doc.facts})
    top = fb.layers[-1]
    window = {name: range(top.starts[name], top.starts[name] + top.sizes[name]) for name in LISTS}
    problems, coverage = checks.all_problems(fb.doc, texts, window, measure, fb.facts)
    mine = [p for p in [*unreadable, *problems] if _in_layer(fb, p, top)]
    local = [checks.named(own.doc, Problem(p.code, fb.locate(p.path)[1], p.message)) for p in mine]
    return local, [c for c in coverage if c.source in own_sources]


def validate_merged(paths: Sequence[Path], build: Builder = build) -> Report:
    """Every problem of the merged view of several layers, each naming its file."""
    with no_cycle_collection():
        return _validate_merged(paths, build)


def _validate_merged(paths: Sequence[Path], build: Builder) -> Report:
    from defcoop_cli.factbase import checks

    try:
        fb = merge([build(loader.read_fact_file(p), p) for p in paths])
    except FactBaseNotFound:
        raise
    except DefcoopError as e:
        return _unreadable(e, paths[-1])
    texts, unreadable = fb.source_texts()
    problems, coverage = checks.all_problems(fb.doc, texts, facts=fb.facts)
    located = [
        Problem(p.code, fb.where(p.path), p.message, checks.entry_id(fb.doc, p.path))
        for p in [*unreadable, *problems]
    ]
    counts = checks.counts(fb.doc)
    return Report(paths[-1], located, counts, checks.covered(coverage), tuple(paths))


def _unreadable(e: DefcoopError, path: Path) -> Report:
    """The report of a fact file that is not a fact base: the schema's problems, or one."""
    problems = [Problem(*p) for p in getattr(e, "problems", ())]
    return Report(path, problems or [Problem("unreadable", "$", str(e))])


def others(context: Sequence[Path], path: Path) -> list[Path]:
    own = os.path.realpath(path)
    return [p for p in context if os.path.realpath(p) != own]


def _in_layer(fb: FactBase, problem: Problem, layer: Layer) -> bool:
    """Whether a problem lies in the layer's entries (a coverage gap: in its sources)."""
    if problem.path.startswith("source "):
        source = problem.path.split()[1]
        return fb.homes.get(source) == layer.path
    return fb.locate(problem.path)[0] is layer
