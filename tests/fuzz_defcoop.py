"""Fuzz targets for the fact-base loader and the query normaliser.

Each target takes bytes and may only ever end in one of two ways: normally, or with a
DefcoopError (the one-line errors users see). Anything else is a bug. The tests run these
targets under hypothesis in CI (tests/test_properties.py); for a long, coverage-guided run
under atheris, see the README's "Fuzzing" section:

    python tests/fuzz_defcoop.py loader CORPUS_DIR -max_total_time=600
    python tests/fuzz_defcoop.py query CORPUS_DIR -max_total_time=600
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from defcoop_cli.errors import DefcoopError, UsageError
from defcoop_cli.factbase import checks
from defcoop_cli.factbase.loader import build, ensure_usable, load
from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.ranking import Filters, rank_facts
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.search.words import normalise

HERE = Path(__file__).resolve().parent
# Fuzzed fact files are read as if they lay beside the fixture's sources (read only).
FACT_PATH = HERE / "fixtures" / "mini" / "facts.json"
REAL = HERE.parent / "data" / "facts.json"


def fuzz_loader(data: bytes) -> None:
    """Any bytes as a fact file: parsed, checked for use, validated, or one DefcoopError."""
    try:
        fb = build(data, FACT_PATH)
    except DefcoopError:
        return
    texts, unreadable = fb.source_texts()
    problems, _ = checks.all_problems(fb.doc, texts)  # validate lists problems; it never raises
    try:
        ensure_usable(fb)
    except DefcoopError:
        assert unreadable or problems, "usable-check refused a fact base that validate passes"


@cache
def _index() -> SearchIndex:
    return SearchIndex(load(REAL))


def fuzz_query(data: bytes) -> None:
    """Any bytes as query words: ranked results within the documented bounds, or a UsageError."""
    text = data.decode("utf-8", "surrogateescape")
    normalise(text)
    try:
        query = parse_query(text.split("\x00"))
    except UsageError:
        return
    limit = 1 + (data[0] % 20 if data else 0)
    matches = rank_facts(_index(), query, Filters(), limit).matches
    assert len(matches) <= limit
    scores = [m.score for m in matches]
    assert all(0 <= s <= 100 for s in scores)
    assert scores == sorted(scores, reverse=True)


TARGETS = {"loader": fuzz_loader, "query": fuzz_query}


def main(argv: list[str]) -> None:
    import atheris  # type: ignore[import-not-found]  # the `fuzz` extra

    if len(argv) < 2 or argv[1] not in TARGETS:
        sys.exit(f"usage: {argv[0]} {{{','.join(TARGETS)}}} [libFuzzer options] [CORPUS_DIR]")
    target = TARGETS[argv[1]]
    atheris.instrument_all()
    atheris.Setup([argv[0], *argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
