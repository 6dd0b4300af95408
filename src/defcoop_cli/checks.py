"""Every check a curator needs before a fact base ships; `defcoop validate` runs them all."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from defcoop_cli.errors import BadFactBase, DefcoopError
from defcoop_cli.factbase import FactBase, doc_record, read_factbase_json
from defcoop_cli.sentences import sentence_spans

MIN_SENTENCE_COVERAGE = 0.6


@dataclass(frozen=True)
class Problem:
    code: str
    path: str
    message: str


@dataclass(frozen=True)
class SentenceCoverage:
    span: tuple[int, int]
    covered: float


@dataclass(frozen=True)
class Coverage:
    """How much of a source's body text (furniture left out) the facts' spans cover."""

    source: str
    body: float
    sentences: tuple[SentenceCoverage, ...]

    @property
    def lowest(self) -> float:
        return min((s.covered for s in self.sentences), default=1.0)


@dataclass(frozen=True)
class Report:
    path: Path
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    coverage: list[Coverage] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_factbase(path: Path) -> Report:
    """Load the fact file at path and run every check, collecting all problems."""
    try:
        raw = read_factbase_json(path)
    except DefcoopError as e:
        return Report(path, [Problem("unreadable", "$", str(e))])
    from defcoop_cli import schema

    try:
        data = schema.validated(raw)
    except schema.ValidationError as e:
        problems = schema.schema_problems(e)
        return Report(path, [Problem("schema", where, msg) for where, msg in problems])
    return check_loaded(FactBase(path=path, doc=doc_record(data)))


def ensure_usable(fb: FactBase) -> FactBase:
    """fb itself if the commands can rely on it; else one BadFactBase naming the first problem.

    Usable means: its ids are unique, its references resolve, its sources are readable
    inside its folder with the recorded hashes, and every span lies inside its source.
    Curation problems (unused entries, quote mismatches, coverage) are left to
    `defcoop validate`.
    """
    texts, problems = read_sources(fb)
    problems = [*duplicate_ids(fb), *dangling_references(fb), *problems]
    problems += [p for p in quote_mismatches(fb, texts) if p.code == "span"]
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise BadFactBase(
            f"{fb.path}: unusable fact base: {first.path}: {first.message}{more}; "
            "run 'defcoop validate' for details"
        )
    return fb


def read_sources(fb: FactBase) -> tuple[dict[str, str], list[Problem]]:
    """Each readable source's text by id, and a problem for each one that is not."""
    texts: dict[str, str] = {}
    problems = []
    for i, source in enumerate(fb.doc.sources):
        try:
            texts[source.id] = fb.source_text(source.id)
        except DefcoopError as e:
            problems.append(Problem("source", f"$.sources[{i}]", str(e)))
    return texts, problems


def check_loaded(fb: FactBase) -> Report:
    texts, source_problems = read_sources(fb)
    problems = [
        *duplicate_ids(fb),
        *dangling_references(fb),
        *unused_topics_and_entities(fb),
        *list_item_links(fb),
        *source_problems,
    ]
    problems += quote_mismatches(fb, texts)
    problems += editorial_leaks(fb, texts)
    coverage = [source_coverage(fb, sid, text) for sid, text in texts.items()]
    problems += coverage_gaps(coverage, texts)
    counts = {
        "facts": len(fb.doc.facts),
        "topics": len(fb.doc.topics),
        "entities": len(fb.doc.entities),
        "sources": len(fb.doc.sources),
        "curator_notes": len(fb.doc.curator_notes),
    }
    return Report(fb.path, problems, counts, coverage)


def duplicate_ids(fb: FactBase) -> Iterator[Problem]:
    for name in ("sources", "topics", "entities", "facts", "curator_notes"):
        items = getattr(fb.doc, name)
        seen = Counter(item.id for item in items)
        for i, item in enumerate(items):
            if seen[item.id] > 1:
                yield Problem("duplicate-id", f"$.{name}[{i}].id", f"duplicate id {item.id!r}")


def _missing(
    ids: Iterable[str], known: Collection[str], where: str, what: str
) -> Iterator[Problem]:
    for j, ref in enumerate(ids):
        if ref not in known:
            yield Problem("dangling-reference", f"{where}[{j}]", f"no {what} {ref!r}")


def dangling_references(fb: FactBase) -> Iterator[Problem]:
    for i, f in enumerate(fb.doc.facts):
        yield from _missing(f.topics, fb.topics, f"$.facts[{i}].topics", "topic")
        yield from _missing(f.entities, fb.entities, f"$.facts[{i}].entities", "entity")
        if f.source not in fb.sources:
            yield Problem("dangling-reference", f"$.facts[{i}].source", f"no source {f.source!r}")
        if f.part_of is not None and f.part_of not in fb.facts:
            yield Problem("dangling-reference", f"$.facts[{i}].part_of", f"no fact {f.part_of!r}")
    for i, e in enumerate(fb.doc.entities):
        where = f"$.entities[{i}]"
        yield from _missing([r.fact for r in e.roles], fb.facts, f"{where}.roles", "fact")
        yield from _missing(
            [p.fact for p in e.participants], fb.facts, f"{where}.participants", "fact"
        )
        yield from _missing(
            [p.entity for p in e.participants], fb.entities, f"{where}.participants", "entity"
        )
    for i, n in enumerate(fb.doc.curator_notes):
        yield from _missing(n.facts, fb.facts, f"$.curator_notes[{i}].facts", "fact")
        yield from _missing(n.entities, fb.entities, f"$.curator_notes[{i}].entities", "entity")


def unused_topics_and_entities(fb: FactBase) -> Iterator[Problem]:
    used_topics = {t for f in fb.doc.facts for t in f.topics}
    used_entities = {e for f in fb.doc.facts for e in f.entities}
    for i, t in enumerate(fb.doc.topics):
        if t.id not in used_topics:
            yield Problem("unused", f"$.topics[{i}]", f"topic {t.id!r} has no facts")
    for i, e in enumerate(fb.doc.entities):
        if e.id not in used_entities:
            yield Problem("unused", f"$.entities[{i}]", f"entity {e.id!r} has no facts")


def list_item_links(fb: FactBase) -> Iterator[Problem]:
    """A list item points at a top-level fact; a role or participant cites a fact naming it."""
    for i, f in enumerate(fb.doc.facts):
        parent = fb.facts.get(f.part_of or "")
        if parent is not None and (parent.part_of is not None or parent.id == f.id):
            yield Problem(
                "bad-reference", f"$.facts[{i}].part_of", "part_of must name a top-level fact"
            )
    for i, e in enumerate(fb.doc.entities):
        cited = [(f"roles[{j}]", r.fact, e.id) for j, r in enumerate(e.roles)]
        cited += [(f"participants[{j}]", p.fact, p.entity) for j, p in enumerate(e.participants)]
        for where, fact_id, entity_id in cited:
            fact = fb.facts.get(fact_id)
            if fact is not None and entity_id not in fact.entities:
                yield Problem(
                    "bad-reference",
                    f"$.entities[{i}].{where}",
                    f"fact {fact_id!r} does not name entity {entity_id!r}",
                )


def _span_problem(text: str, quote: str, span: tuple[int, int], where: str) -> Problem | None:
    start, end = span
    if not start <= end <= len(text):
        return Problem("span", where, f"span [{start}, {end}] is outside the text (0..{len(text)})")
    if text[start:end] == quote:
        return None
    found = text.find(quote)
    hint = f"; the quote is at [{found}, {found + len(quote)}]" if found >= 0 else ""
    if found < 0:
        hint = "; the quote is nowhere in the source"
    return Problem("quote-mismatch", where, f"quote does not equal source[{start}:{end}]{hint}")


def quote_mismatches(fb: FactBase, texts: dict[str, str]) -> Iterator[Problem]:
    for i, f in enumerate(fb.doc.facts):
        if f.source in texts:
            problem = _span_problem(texts[f.source], f.quote, f.span, f"$.facts[{i}].span")
            if problem:
                yield problem
    for i, s in enumerate(fb.doc.sources):
        if s.id not in texts:
            continue
        for name in ("furniture", "editorial"):
            for j, ex in enumerate(getattr(s, name)):
                where = f"$.sources[{i}].{name}[{j}].span"
                problem = _span_problem(texts[s.id], ex.text, ex.span, where)
                if problem:
                    yield problem


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def editorial_leaks(fb: FactBase, texts: dict[str, str]) -> Iterator[Problem]:
    """Editorial passages are quoted only by editorial facts, and those quote nothing else."""
    for i, f in enumerate(fb.doc.facts):
        source = fb.sources.get(f.source)
        if source is None or source.id not in texts:
            continue
        passages = [ex.span for ex in source.editorial]
        if f.kind != "editorial" and any(_overlaps(f.span, p) for p in passages):
            yield Problem(
                "editorial", f"$.facts[{i}].kind", "quotes editorial content but is not 'editorial'"
            )
        if f.kind == "editorial" and not any(_inside(f.span, p) for p in passages):
            yield Problem(
                "editorial",
                f"$.facts[{i}].kind",
                "is 'editorial' but quotes outside editorial content",
            )


def _mask(length: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    mask = bytearray(length)
    for start, end in spans:
        mask[max(start, 0) : min(end, length)] = b"\x01" * max(0, min(end, length) - max(start, 0))
    return mask


def source_coverage(fb: FactBase, source_id: str, text: str) -> Coverage:
    source = fb.sources[source_id]
    covered = _mask(len(text), [f.span for f in fb.doc.facts if f.source == source_id])
    furniture = _mask(len(text), [ex.span for ex in source.furniture])
    body_chars = [i for i, ch in enumerate(text) if not ch.isspace() and not furniture[i]]
    sentences = []
    for start, end in sentence_spans(text):
        chars = [i for i in range(start, end) if not text[i].isspace() and not furniture[i]]
        if chars:
            share = sum(covered[i] for i in chars) / len(chars)
            sentences.append(SentenceCoverage((start, end), share))
    body = sum(covered[i] for i in body_chars) / len(body_chars) if body_chars else 1.0
    return Coverage(source_id, body, tuple(sentences))


def coverage_gaps(coverage: list[Coverage], texts: dict[str, str]) -> Iterator[Problem]:
    for cov in coverage:
        for s in cov.sentences:
            if s.covered < MIN_SENTENCE_COVERAGE:
                start, end = s.span
                opening = texts[cov.source][start:end][:60]
                yield Problem(
                    "coverage",
                    f"source {cov.source} [{start}, {end}]",
                    f"facts cover {s.covered:.0%} of the sentence {opening!r}…; at least "
                    f"{MIN_SENTENCE_COVERAGE:.0%} must be",
                )
