"""Find each quote of a source again in an edited copy of its text (`defcoop reanchor`).

A quote is anchored two ways, as in the W3C Web Annotation model: by position (its span)
and by text (the quote, with the `prefix` and `suffix` around it; when a fact has none,
the old text around its span stands in). Each quote gets one status:

- `exact`: the new text holds the quote at the same span;
- `moved`: the quote, word for word, at a new span: the only occurrence, or the one whose
  context (prefix and suffix) is clearly the best;
- `fuzzy`: no exact occurrence, but an approximate one whose similarity to the quote is at
  least FUZZY_THRESHOLD (rapidfuzz's partial-ratio alignment) and clearly the best;
- `ambiguous`: two candidates score within AMBIGUITY_MARGIN of each other: reported, never
  guessed;
- `orphaned`: nothing similar enough.

Candidates are scored as Hypothesis (hypothes.is) scores them: the quote's similarity,
then the prefix's and the suffix's, each out of 100 (QUOTE_WEIGHT, CONTEXT_WEIGHT), and
closeness to the old position only to break a tie. A lookalike sentence inserted
elsewhere (hypothesis/client#7571) cannot take a quote away from its own text: the exact
text wins before any approximate one is considered, and context separates two exact
ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from defcoop_cli.curation.results import (
    AMBIGUOUS,
    EXACT,
    FUZZY,
    MOVED,
    ORPHANED,
    Anchor,
    Quote,
    Reanchoring,
)
from defcoop_cli.factbase.records import Excerpt, Fact, Source

CONTEXT_CHARS = 32
FUZZY_THRESHOLD = 80.0  # the least similarity (0-100) of an approximate match
AMBIGUITY_MARGIN = 5.0  # two candidates closer than this are ambiguous
QUOTE_WEIGHT = 0.6
CONTEXT_WEIGHT = 0.2  # each of prefix and suffix


def context(text: str, span: tuple[int, int]) -> tuple[str, str]:
    start, end = span
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def _similar(a: str, b: str) -> float:
    return 100.0 if a == b else float(fuzz.ratio(a, b))


def _context_score(new: str, span: tuple[int, int], quote: Quote) -> float:
    before, after = context(new, span)
    return CONTEXT_WEIGHT * (_similar(quote.prefix, before) + _similar(quote.suffix, after))


def _occurrences(haystack: str, needle: str) -> list[tuple[int, int]]:
    found, at = [], haystack.find(needle)
    while at >= 0:
        found.append((at, at + len(needle)))
        at = haystack.find(needle, at + 1)
    return found


def _decide(
    quote: Quote, new: str, scored: list[tuple[float, tuple[int, int]]], status: str
) -> Anchor:
    """The best candidate, unless another is within the margin."""
    old_start = quote.span[0]
    ranked = sorted(scored, key=lambda c: (-c[0], abs(c[1][0] - old_start), c[1]))
    best_score, best = ranked[0]
    close = [span for score, span in ranked if best_score - score < AMBIGUITY_MARGIN]
    if len(close) > 1:
        return Anchor(quote, AMBIGUOUS, None, None, round(best_score, 1), tuple(sorted(close)))
    return Anchor(quote, status, best, new[best[0] : best[1]], round(best_score, 1))


def anchor(quote: Quote, new: str) -> Anchor:
    """Find one quote in the new text."""
    start, end = quote.span
    if new[start:end] == quote.text:
        return Anchor(quote, EXACT, quote.span, quote.text, 100.0)
    exact = _occurrences(new, quote.text)
    if exact:
        scored = [(QUOTE_WEIGHT * 100 + _context_score(new, s, quote), s) for s in exact]
        return _decide(quote, new, scored, MOVED)
    candidates = _approximate(quote.text, new)
    scored = [
        (QUOTE_WEIGHT * similarity + _context_score(new, span, quote), span)
        for similarity, span in candidates
        if similarity >= FUZZY_THRESHOLD
    ]
    if not scored:
        return Anchor(
            quote, ORPHANED, None, None, round(max((c[0] for c in candidates), default=0.0), 1)
        )
    return _decide(quote, new, scored, FUZZY)


def _approximate(quote: str, new: str, most: int = 3) -> list[tuple[float, tuple[int, int]]]:
    """Up to `most` approximate places of the quote in the new text, best first: the best
    alignment, then the best with that stretch blanked out, and so on."""
    found: list[tuple[float, tuple[int, int]]] = []
    text = new
    for _ in range(most):
        hit = fuzz.partial_ratio_alignment(quote, text, score_cutoff=FUZZY_THRESHOLD * 0.9)
        if hit is None or hit.score <= 0:
            break
        span = _widen(new, hit.dest_start, hit.dest_end, quote)
        found.append((float(hit.score), span))
        text = text[: hit.dest_start] + " " * (hit.dest_end - hit.dest_start) + text[hit.dest_end :]
    return found


def _widen(text: str, start: int, end: int, quote: str) -> tuple[int, int]:
    """An alignment's span, its ends moved to the word boundaries nearby that make it most
    like the quote (an alignment has the quote's length, not the edited text's)."""
    reach = max(8, len(quote) // 5)
    starts = {start, *_boundaries(text, start - reach, start + reach, True)}
    ends = {end, *_boundaries(text, end - reach, end + reach, False)}
    best = (fuzz.ratio(quote, text[start:end]), start, end)
    for a in starts:
        for b in ends:
            if b > a:
                score = fuzz.ratio(quote, text[a:b])
                if score > best[0]:
                    best = (score, a, b)
    _, start, end = best
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _boundaries(text: str, low: int, high: int, starts: bool) -> list[int]:
    """Word starts (or ends) between low and high."""
    out = []
    for i in range(max(0, low), min(len(text), high) + 1):
        before = text[i - 1] if i > 0 else " "
        after = text[i] if i < len(text) else " "
        word_start = before.isspace() and not after.isspace()
        word_end = not before.isspace() and (after.isspace() or not after.isalnum())
        if word_start if starts else word_end:
            out.append(i)
    return out


def quotes_of(old: str, facts: Sequence[Fact], source: Source) -> list[Quote]:
    """The quotes of a source: its facts', then its furniture and editorial excerpts. A
    quote without a stored prefix or suffix takes the old text's."""
    out = []
    for f in facts:
        before, after = context(old, f.span)
        prefix = f.prefix if f.prefix is not None else before
        suffix = f.suffix if f.suffix is not None else after
        out.append(Quote("fact", f.id, f.quote, f.span, prefix, suffix))
    for name in ("furniture", "editorial"):
        excerpts: tuple[Excerpt, ...] = getattr(source, name)
        for i, ex in enumerate(excerpts):
            before, after = context(old, ex.span)
            prefix = ex.prefix if ex.prefix is not None else before
            suffix = ex.suffix if ex.suffix is not None else after
            out.append(Quote(name, f"{name} {i}", ex.text, ex.span, prefix, suffix))
    return out


def reanchor(source: Source, facts: Sequence[Fact], old: str, new: str) -> Reanchoring:
    quotes = quotes_of(old, [f for f in facts if f.source == source.id], source)
    return Reanchoring(source.id, tuple(anchor(q, new) for q in quotes))
