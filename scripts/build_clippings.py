"""Build the table of clipped words: python scripts/build_clippings.py [--dict DIR] [--iso PATH]

Run at build time, never by defcoop itself. Writes
src/defcoop_cli/lookup/search/reading/clippings.tsv, one clipped word a line:
`word<TAB>full words<TAB>kind`, where kind is
- `clip`: an English clipping of news headlines and notes on government, defence and
  diplomacy (govt, intl, natl, coop, mil, tech, mgmt, def, min, mtg), listed below with
  the word it stands for, and a defence attaché's cable abbreviations (atk, prodn, regl,
  goi, mea: CABLE; those the thesaurus relates, SCS, FON, MoD, are its own), and a military
  staff officer's signals shorthand (dtg, nav, interop, coord, estbs: SIGNALS); written
  for this project from common English usage;
- `code`: an ISO 3166-1 alpha-3 country code (IND, JPN, USA), read from Debian's
  iso-codes package (`/usr/share/iso-codes/json/iso_3166-1.json`, iso-codes 4.15.0,
  LGPL-2.1-or-later; the codes are the open standard's), the country by its common name;
- `caps`: a code that is also an English word in WordNet 3.1 (ARM, CAN, FIN, LIE), not
  one of the country's own names: read so only when written in capitals;
- `cable`: a cable's abbreviation that is an English word (IO, PM, CDS, EX) or names
  another thing elsewhere (LOC, India's Line of Control): read so when
  written in capitals, or in a text all in capitals beside another clipped word;
- `word`: an English word of WordNet 3.1 that two clippings spell run together
  or codes spell run together ("infract": infra, ct), read as itself, not by its parts.
A code is left out when a clipping, a function word or a WordNet word spelt the same
names something else everywhere (AND, ARE, PER: function words).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from build_related import fetch  # noqa: E402

from defcoop_cli.lookup.search.text import STOPWORDS, tokens  # noqa: E402

OUT = ROOT / "src" / "defcoop_cli" / "lookup" / "search" / "reading" / "clippings.tsv"
ISO = Path("/usr/share/iso-codes/json/iso_3166-1.json")
POS = ("noun", "verb", "adj", "adv")
# Clipped words of news headlines and notes in government, defence and diplomacy, and the
# word each stands for. Only clippings that are no English word of their own in this
# domain ("gen", a rank or a given name, and "sec", second or secretary, are left out).
CLIPPINGS = {
    "govt": "government", "govts": "governments", "intl": "international",
    "natl": "national", "coop": "cooperation", "collab": "collaboration",
    "mil": "military", "tech": "technology", "techs": "technologies",
    "mgmt": "management", "def": "defence", "min": "minister", "mins": "ministers",
    "mtg": "meeting", "mtgs": "meetings", "mfg": "manufacturing", "mfr": "manufacturer",
    "dept": "department", "depts": "departments", "secy": "secretary",
    "asst": "assistant", "amb": "ambassador", "pres": "president", "jt": "joint",
    "ops": "operations", "intel": "intelligence", "infra": "infrastructure",
    "admin": "administration", "devt": "development", "dev": "development",
    "econ": "economic", "envt": "environment", "hq": "headquarters", "pac": "pacific",
    "natsec": "national security",
    "dipl": "diplomatic", "adm": "admiral", "assn": "association",
    "agri": "agriculture", "comms": "communication", "exer": "exercise",
    "ct": "counterterrorism",
    # a text message's shorthand for common words (typed on a phone: "wat did jp say abt
    # the attack"), and Japan's two-letter code, which no English word spells
    "abt": "about", "wat": "what", "wht": "what", "btwn": "between",
    # and its clipped question words ("whr did they meet"; "hw" read as "how" only where a
    # question word stands: lookup/search/reading/clippings.py)
    "whr": "where", "whn": "when",
    "ppl": "people", "pls": "please", "plz": "please", "jp": "japan", "msg": "message",
    # and its clipped spans of time ("recent yrs", "past 2 yrs", "in 3 mths"); "yr" a text
    # message's "your" ("what does yr fact base say"), not a year
    "yr": "your", "yrs": "years", "mth": "month", "mths": "months", "wk": "week",
    "wks": "weeks",
}  # fmt: skip
# A defence attaché's cable, written in telegraphic capitals: its abbreviations and the
# words each stands for (written for this project from the usage of diplomatic and
# military reporting; GOI and GOJ, the Governments of India and Japan, are read as the
# fact base names a government, by its country: reading/written/formal.py). Those that spell an
# English word of their own ("io", a moon; "pm", the afternoon; "cds", discs) are read so
# only where a query writes them in capitals, as the country codes that are words, and in a
# text all in capitals only beside another clipped word, which says it is a cable (`cable`).
CABLE = {
    "atk": "attack", "atks": "attacks", "prodn": "production", "regl": "regional",
    "marsec": "maritime security", "bilat": "bilateral", "del": "delegation",
    "dels": "delegations", "goi": "india", "goj": "japan",
    "mea": "ministry of external affairs", "wpn": "weapon", "wpns": "weapons",
    "coys": "companies", "emb": "embassy",
}  # fmt: skip
# A military staff officer's signals shorthand (a signal's or a staff note's clipped words,
# written for this project from the usage of military staff writing): "RM MTG LOC AND DTG",
# "MALABAR NAV EX ADDL NATIONS", "interop and coord gains", "comms betw def estbs". "Ex"
# (an exercise) is an English word too, read so as the cable's are (CABLE_WORDS); "fm"
# (from, but also a foreign or finance minister, and the radio band) and "para" (a
# paragraph, or a paratrooper) are left out. A service paper's navies and domains
# ("MALABAR: USN, RAN", "defence indl cooperation", "AWS and AI") are its too. Those that
# spell an English word ("ran", "hr", an hour) or name another thing ("aws", a cloud;
# "indl", an index's "industrial") are read only beside another clipped word, an
# abbreviation in capitals or a defence word, as a paper writes them (PAPER_WORDS, `paper`:
# in capitals too; PAPER_CLIPS, `paper-clip`): "AWS Lambda", "HR policy", "RAN out of
# fuel" and "indl production index" are no paper's.
SIGNALS = {
    "dtg": "date", "nav": "naval", "exs": "exercises",
    "addl": "additional", "re": "regarding", "interop": "interoperability",
    "coord": "coordination", "betw": "between", "estb": "establishment",
    "estbs": "establishments", "appt": "appointment", "spl": "special",
    "advsr": "advisor", "terr": "terrorist", "usn": "us navy",
}  # fmt: skip
PAPER_CLIPS = {"indl": "industrial"}
CABLE_WORDS = {
    "io": "indian ocean", "pm": "prime minister", "cds": "chief of defence staff",
    "ex": "exercise",
    "loc": "location",  # a signal's; "LoC" is India's Line of Control in any other text
}  # fmt: skip
PAPER_WORDS = {"ran": "australian navy", "aws": "autonomous weapon systems", "hr": "human resource"}


def english_words(folder: Path) -> dict[str, set[str]]:
    """Each WordNet lemma, lower-case, and the lemmas of all its senses (its synonyms)."""
    words: dict[str, set[str]] = {}
    for pos in POS:
        lemmas = {}
        for line in (folder / f"data.{pos}").read_text(encoding="utf-8").splitlines():
            if not line.startswith(" "):
                fields = line.split()
                count = int(fields[3], 16)
                lemmas[fields[0]] = {fields[4 + 2 * i].lower() for i in range(count)}
        for line in (folder / f"index.{pos}").read_text(encoding="utf-8").splitlines():
            if not line.startswith(" "):
                fields = line.split()
                senses = fields[-int(fields[2]) :]
                words.setdefault(fields[0], set()).update(*(lemmas[s] for s in senses))
    return words


def country_name(entry: dict[str, str]) -> str:
    """The common name, as search reads text (Côte d'Ivoire: cote divoire), no aside."""
    name = entry.get("common_name") or entry["name"].split(",")[0]
    return " ".join(tokens(re.sub(r"\(.*?\)", "", name)))


def split_words(english: dict[str, set[str]], clipped: set[str]) -> list[tuple[str, ...]]:
    """The English words that would read as two clippings or codes run together
    ("infract" as infra + ct, "indexer" as IND + exer: reading/clippings.run_together),
    kept as themselves (`word`)."""
    return [
        (w, w, "word")
        for w in english
        if w.isalpha() and w not in clipped
        and any(w[:i] in clipped and w[i:] in clipped for i in range(2, len(w) - 1))
    ]  # fmt: skip


def rows(iso: list[dict[str, str]], english: dict[str, set[str]]) -> list[tuple[str, ...]]:
    out = [(w, full, "clip") for w, full in {**CLIPPINGS, **CABLE, **SIGNALS}.items()]
    out += [(w, full, "cable") for w, full in CABLE_WORDS.items()]
    out += [(w, full, "paper") for w, full in PAPER_WORDS.items()]
    out += [(w, full, "paper-clip") for w, full in PAPER_CLIPS.items()]
    for entry in iso:
        code, name = entry["alpha_3"].lower(), country_name(entry)
        if code in CLIPPINGS or code in CABLE or code in SIGNALS or code in STOPWORDS:
            continue
        own = {n.lower().replace(" ", "_") for n in (name, entry["name"])}
        word = code in english and not (english[code] & own)
        out.append((code, name, "caps" if word else "code"))
    out += split_words(english, {w for w, _, kind in out if kind not in ("caps", "cable", "paper")})
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dict", type=Path, help="WordNet's dict folder (else npm pack)")
    parser.add_argument("--iso", type=Path, default=ISO, help="iso-codes' iso_3166-1.json")
    args = parser.parse_args()
    iso = json.loads(args.iso.read_text(encoding="utf-8"))["3166-1"]
    with tempfile.TemporaryDirectory() as tmp:
        english = english_words(args.dict or fetch(Path(tmp)))
    lines = ["\t".join(r) for r in rows(iso, english)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines)} words")


if __name__ == "__main__":
    main()
