"""How well `defcoop draft` does on the shipped article, against the curated fact base,
and on the test reports of tests/fixtures/reports/ (the sets its sets.txt lists: the four
tuned on, heldout/, heldout2/, dev-s5/, heldout3/ onwards, and the blind sets, marked there),
against their judgments.

    python benchmarks/draft_quality.py            # all: the shipped article, the report sets
    python benchmarks/draft_quality.py --reports  # the report sets only
    python benchmarks/draft_quality.py --reports --misses  # and each miss, one a line
    python benchmarks/draft_quality.py --reports --dev     # only the sets tuned on or seen
                                                           # in development (no blind set)

The shipped article:

- body sentences drafted: the share of the article's body sentences (furniture and the
  curated furniture left out) that drafted sentences or clauses cover (90% of their
  characters: a sentence's final full stop, a clause's "and", are left out);
- curated quotes inside a candidate: the share of curated facts whose quote lies inside
  one drafted candidate's span;
- stance agreement: for the curated facts with a party's stance (not "reported"), the share
  whose drafted sentence proposes the same stance; and the same for every curated fact;
- furniture: the curated furniture lines that the draft also calls furniture;
- entity links: precision and recall of the drafted candidates' links to existing
  entities, against the curated facts that quote inside them;
- topics and claims, leave one out: each curated fact's topics, and its claim, proposed
  from the others (claim_leave_one_out says how).

On the report sets (draft_reports), claim recall counts each judged claim once per report:
a source makes a claim once (`add` refuses it twice), so a judged sentence is found when a
candidate within it (the sentence, a clause or an item) links one of its claims, and a
report needs the most of its judged sentences that could each link a different claim. The
old rule (each judged sentence, on its scored candidate alone) is reported beside it.
"""

from __future__ import annotations

from defcoop_cli.curation.drafting.about.topics import proposed_topics, topic_votes
from defcoop_cli.curation.drafting.assembly import draft as draft_article
from defcoop_cli.factbase.loader import default_factbase_path, load
from defcoop_cli.factbase.records import Doc
from defcoop_cli.factbase.sentences import sentence_spans


def inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """inner within outer, but for one closing character (drafts leave out a sentence's
    final full stop; some curated quotes keep it)."""
    return outer[0] <= inner[0] and inner[1] <= outer[1] + 1


def _covered(span: tuple[int, int], candidates: list[tuple[int, int]]) -> float:
    """The share of span's characters that drafted sentences or clauses cover."""
    start, end = span
    hit = set()
    for a, b in candidates:
        hit.update(range(max(a, start), min(b, end)))
    return len(hit) / max(1, end - start)


def main() -> None:
    fb = load(default_factbase_path())
    source = fb.doc.sources[0]
    text = fb.source_text(source.id)
    # Draft against the fact base without this article's own facts: names and topics come
    # from what the curator had before (the entities stay: they are the shipped names).
    doc = fb.doc._replace(facts=[])
    draft = draft_article(text, "x", doc, {}, "article.txt", "bench")
    candidates = [(tuple(f["span"]), f) for f in draft["facts"]]
    sentences = [(f["span"][0], f["span"][1]) for f in draft["facts"] if "part_of" not in f]
    curated_furniture = [ex.span for ex in source.furniture]
    drafted_furniture = [tuple(x["span"]) for x in draft["sources"][0]["furniture"]]
    body = [
        s
        for s in sentence_spans(text)
        if not any(inside(s, f) or inside(f, s) for f in curated_furniture)
        and not any(inside(s, e.span) for e in source.editorial)
    ]
    covered = sum(_covered(s, sentences) >= 0.9 for s in body)
    facts = fb.doc.facts
    within = 0
    stance_party = stance_all = party_total = 0
    tp = fp = fn = 0
    for f in facts:
        holders = [c for span, c in candidates if inside(f.span, span)]
        if holders:
            within += 1
        sentence = next(
            (c for span, c in candidates if inside(f.span, span) and "part_of" not in c), None
        )
        if sentence is None:
            continue
        stance_all += sentence["stance"] == f.stance
        if f.stance != "reported":
            party_total += 1
            stance_party += sentence["stance"] == f.stance
    for span, c in candidates:
        linked = {e for e in c["entities"] if e in fb.entities}
        curated = {e for f in facts if inside(f.span, span) for e in f.entities}
        tp += len(linked & curated)
        fp += len(linked - curated)
        fn += len(curated - linked)
    caught = sum(
        any(inside(f, d) or inside(d, f) for d in drafted_furniture) for f in curated_furniture
    )
    rows = [
        ("body sentences drafted", covered, len(body)),
        ("curated quotes inside a drafted candidate", within, len(facts)),
        ("stance agreement, curated facts with a party's stance", stance_party, party_total),
        ("stance agreement, all curated facts", stance_all, len(facts)),
        ("curated furniture caught", caught, len(curated_furniture)),
    ]
    print("| measure | result |\n|---|---:|")
    for name, n, total in rows:
        print(f"| {name} | {n}/{total} ({n / max(1, total):.0%}) |")
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"| entity links: precision / recall | {precision:.2f} / {recall:.2f} |")
    print(f"| candidates drafted | {len(candidates)} ({len(sentences)} sentences or clauses) |")
    print(topic_proposals(fb.doc))
    print(claim_leave_one_out(fb.doc))
    editorial = [ex.span for ex in source.editorial]
    in_editorial = [c for span, c in candidates if any(inside(span, e) for e in editorial)]
    right = sum(c["kind"] == "editorial" for c in in_editorial)
    wrong = sum(
        c["kind"] == "editorial"
        for span, c in candidates
        if not any(inside(span, e) for e in editorial)
    )
    print(
        f"| curated editorial, candidates proposed as editorial / news proposed as editorial | "
        f"{right}/{len(in_editorial)} / {wrong} |"
    )


def claim_leave_one_out(doc: Doc) -> str:
    """The claims proposed for the shipped base's own facts (a person's office aside: no
    claim). Paraphrase: each fact's statement (the curator's own words for its quote),
    matched against the base in which that fact has only its quote's words, finds the fact
    (or its list or item) or another fact. Precision: each fact's quote, matched against the
    base without it, finds another fact (a wrong claim, or a near duplicate)."""
    from defcoop_cli.curation.drafting.claims import ClaimFinder
    from defcoop_cli.curation.drafting.entities import EntityMatcher

    find = EntityMatcher(doc.entities).find
    offices = {r.fact for e in doc.entities for r in e.roles}
    facts = [f for f in doc.facts if f.kind != "editorial" and f.id not in offices]
    itself = other = elsewhere = 0
    for i, f in enumerate(facts):
        family = {f.id, f.part_of} | {g.id for g in facts if g.part_of == f.id}
        base = doc._replace(facts=[*facts[:i], f._replace(statement=f.quote), *facts[i + 1 :]])
        got = ClaimFinder(base, find).claim(f.statement, f.entities, f.attribution, kind=f.kind)
        itself += got is not None and got["fact"] in family
        other += got is not None and got["fact"] not in family
        rest = doc._replace(facts=[*facts[:i], *facts[i + 1 :]])
        got = ClaimFinder(rest, find).claim(f.quote, f.entities, f.attribution, kind=f.kind)
        elsewhere += got is not None and got["fact"] not in family
    n = len(facts)
    return (
        f"| claims, leave one out: statement finds its fact / another / "
        f"quote without its fact finds another | {itself}/{n} / {other}/{n} / {elsewhere}/{n} |"
    )


def topic_proposals(doc: Doc) -> str:
    """Leave one out: each curated fact's topics proposed from all the other facts (as a
    draft proposes them for a new article's sentence), against the topics it was given."""
    right = proposed = either = 0
    for i, fact in enumerate(doc.facts):
        others = doc._replace(facts=doc.facts[:i] + doc.facts[i + 1 :])
        votes = topic_votes(others)
        found = proposed_topics(list(fact.entities), fact.quote, votes)
        if found:
            proposed += 1
            right += found[0] in fact.topics
            either += any(t in fact.topics for t in found)
    n = len(doc.facts)
    return (
        f"| topics proposed, leave one out: a proposal / first right / one of them right | "
        f"{proposed}/{n} / {right}/{proposed} ({right / max(1, proposed):.0%}) / "
        f"{either}/{proposed} ({either / max(1, proposed):.0%}) |"
    )


if __name__ == "__main__":
    import sys

    from draft_reports import BLIND_SETS, DEV_SETS, report_table

    if "--reports" not in sys.argv:
        main()
        print()
    misses = "--misses" in sys.argv
    shown = [*DEV_SETS, *([] if "--dev" in sys.argv else BLIND_SETS)]  # --dev: no blind set
    print("\n\n".join(report_table(folder, misses) for folder in shown))
