"""Japanese, as a Japanese official, journalist or student types a question: in script
("中谷元 インド 会談", or run together with no spaces, "中谷元インド会談") or in Hepburn romaji
around English words ("minami shinakai - india japan concern", "Rikuji and Indian Army
exercise"), read as the English words it names before the query is parsed (in_english), so
each Japanese word counts as the query's own word for its English.

japanese.json holds the names (each with what it means): the base's people, countries,
ministries and services, its seas and exercises, and the meeting's words (kaidan: talks,
bōeishō: the ministry of defence). A run of Japanese script, which has no spaces between
its words, is cut into the table's longest forms from its start (中谷元 before 中谷, 防衛相会談
before 防衛相); its particles (の, は, と …) and polite endings are no term; what the table
does not hold is kept as typed, a word the fact base holds nowhere, so Japanese naming
nothing the base holds is refused as any query about something else is.

Romaji is read only where one of the table's romaji forms stands that is no English word
(jieitai, kaidan, minami shinakai): "to", "no", "kai", "sea" are no Japanese in an English
query, since the table holds no particle in romaji and no word alone that English has but
those marked "english" (dare, nan), which are read in a romaji query and never make one.
Macrons and circumflexes are folded, and a long vowel typed twice or as "ou" is one
(Bōeishō, Boueishou, Boeisho).
"""

import os
import unicodedata
from functools import cache

from defcoop_cli.lookup.search.reading.typed.rewriting import (
    WORD,
    forms_read,
    spliced,
    table_entries,
)
from defcoop_cli.patterns import Lazy

TABLE = os.path.join(os.path.dirname(__file__), "japanese.json")

# Particles, copulas, polite endings and the verbs of holding a meeting: no term ("") or
# the English they say.
_DROPPED = """の な は が を に で へ か とは には では での から まで ですか です でした ました
しました した する された されました ましたか について における に関する による ついて
行われた 開催 開かれた"""
GRAMMAR = {
    **dict.fromkeys(_DROPPED.split(), ""),
    **dict.fromkeys(["と", "や", "及び", "および"], "and"),
    **dict.fromkeys(["も"], "also"),
}
# The particles as romaji writes them, read only between two of the table's forms.
ROMAJI_PARTICLES = {
    **dict.fromkeys(["no", "na", "wa", "ga", "wo", "o", "ni", "de", "e"], ""),
    "to": "and",
}
_SCRIPT = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f々"
_IN_SCRIPT = Lazy(f"[{_SCRIPT}]")
_RUN = Lazy(f"[{_SCRIPT}]+(?:[・･][{_SCRIPT}]+)*")  # a run, a name's middle dot within it
_BETWEEN = Lazy(r"[\s\-‐‑]+")  # what may stand between the words of one romaji form
# A word Hepburn romaji can spell (folded): its syllables (no si, ti, tu, di, hu, l, v),
# a syllabic n, a doubled consonant, m before b or p. An English query none of whose
# words of three letters or more it spells ("malabar", "exercise", "india") loads no table.
_HEPBURN = Lazy(
    r"(?:[kgnhbpmr]?[aiueo]|[sz][aueo]|[tdw][aeo]|j[aiuo]|y[auo]|(?:sh|ch|[kgnhbpmr]y)[auo]|"
    r"sh?i|chi|tsu|fu|n|k(?=k)|s(?=s)|t(?=t|ch)|p(?=p)|m(?=[bp]))+"
)


def folded(word: str) -> str:
    """A romaji word as its spellings share it: lower case, no macron nor circumflex, a
    long vowel typed twice or as "ou" one (bōeishō, boueishou: boeisho)."""
    word = word.lower()
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if c.isascii())
    for long, short in (("ou", "o"), ("oo", "o"), ("uu", "u")):
        word = word.replace(long, short)
    return word


class _Table:
    """japanese.json's forms, each as the English it reads: its script forms (a name's
    middle dot dropped) and the grammar's, its romaji forms (folded words), those romaji
    forms English has too; and the longest of each, where a cut starts trying."""

    def __init__(
        self,
        script: dict[str, str],
        romaji: dict[tuple[str, ...], str],
        shared: frozenset[tuple[str, ...]],
    ) -> None:
        self.script, self.romaji, self.shared = script, romaji, shared
        self.script_longest = max(map(len, script))  # characters
        self.romaji_longest = max(map(len, romaji))  # words


@cache
def _table() -> _Table:
    """japanese.json's table, read once."""
    entries = table_entries(TABLE)
    script, _ = forms_read(entries, "script", lambda form: form.replace("・", ""))
    romaji, shared = forms_read(entries, "romaji", _romaji_words)
    return _Table({**script, **GRAMMAR}, romaji, shared)


def _romaji_words(form: str) -> tuple[str, ...]:
    """A romaji form of the table as its words, folded ("minami-shinakai": minami, shinakai)."""
    return tuple(folded(w) for w in form.replace("-", " ").split())


def _cut(run: str) -> list[tuple[str | None, str]]:
    """A run of Japanese script cut into the table's forms, longest first from its start:
    each form's English (None for what the table does not hold) and the form as typed."""
    table = _table()
    script, longest = table.script, table.script_longest
    run = run.replace("・", "").replace("･", "")
    out: list[tuple[str | None, str]] = []
    i = 0
    while i < len(run):
        sizes = range(min(longest, len(run) - i), 0, -1)
        size = next((n for n in sizes if run[i : i + n] in script), 0)
        if size:
            out.append((script[run[i : i + size]], run[i : i + size]))
        elif out and out[-1][0] is None:  # unheld, with the unheld before it
            out[-1] = (None, out[-1][1] + run[i])
        else:
            out.append((None, run[i]))
        i += size or 1
    return out


def _in_script(text: str) -> str | None:
    """The text with each run of Japanese script read (_cut), what the table does not hold
    kept as typed; None when no run holds a word of the table (Japanese naming nothing)."""
    out, end, held = [], 0, False
    for match in _RUN.compiled.finditer(text):
        pieces = _cut(match.group())
        held = held or any(read and typed not in GRAMMAR for read, typed in pieces)
        read = " ".join(typed if read is None else read for read, typed in pieces)
        out.extend([text[end : match.start()], f" {read} "])
        end = match.end()
    return spliced(out, text, end) if held else None


def _folded_words(text: str) -> list[str]:
    """The words of a text, each folded as romaji."""
    return list(map(folded, WORD.compiled.findall(text)))


def _romaji_forms(text: str, said: list[str]) -> list[tuple[int, int, str, bool]]:
    """Where the table's romaji forms stand in the text (its words folded, as said),
    longest first from each word: (start, end, English, whether English has it too)."""
    table = _table()
    romaji, shared, longest = table.romaji, table.shared, table.romaji_longest
    typed = list(WORD.compiled.finditer(text))
    found, i = [], 0
    while i < len(typed):
        for n in range(min(longest, len(typed) - i), 0, -1):
            gaps = (text[typed[k].end() : typed[k + 1].start()] for k in range(i, i + n - 1))
            words = tuple(said[i : i + n])
            if words in romaji and all(_BETWEEN.compiled.fullmatch(g) for g in gaps):
                found.append(
                    (typed[i].start(), typed[i + n - 1].end(), romaji[words], words in shared)
                )
                i += n
                break
        else:
            i += 1
    return found


def in_english(text: str) -> str | None:
    """The text of a query in Japanese (script, or romaji with one form no English word)
    as the English words it names, each where it stands, the rest as typed; None for any
    other query."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if _IN_SCRIPT.compiled.search(text):
            if (read := _in_script(text)) is None:
                return None
            text = read
            forms = _romaji_forms(text, _folded_words(text))
            return _replaced(text, forms) if forms else text
    words = WORD.compiled.findall(text)
    said = list(map(folded, words))  # once, for the gate and the forms
    spelt = (w for typed, w in zip(words, said, strict=True) if len(typed) > 2)
    if not any(_HEPBURN.compiled.fullmatch(w) for w in spelt):
        return None
    forms = _romaji_forms(text, said)
    if not any(not english for *_, english in forms):
        return None
    return _replaced(text, forms)


def readings(text: str) -> list[tuple[str, str]]:
    """What a query in Japanese read (in_english): each word of the table's English and
    the Japanese it was read from (its particles aside), once, in the order typed; none
    for any other query."""
    if in_english(text) is None:
        return []
    text = unicodedata.normalize("NFC", text)
    pairs = [
        (read, typed)
        for run in _RUN.compiled.findall(text)
        for read, typed in _cut(run)
        if read and typed not in GRAMMAR
    ]
    forms = _romaji_forms(text, _folded_words(text))
    pairs += [(read, text[start:stop]) for start, stop, read, _ in forms]
    return list(dict.fromkeys(pairs))


def _replaced(text: str, forms: list[tuple[int, int, str, bool]]) -> str:
    """The text with each romaji form read, and a particle between two forms ("kaidan no
    basho", "kaiji to rikuji") read as its English; elsewhere a particle is English's
    ("sea lanes to jieitai ports": to)."""
    out, end = [], 0
    for start, stop, read, _ in forms:
        gap = text[end:start]
        out.extend(
            [
                f" {ROMAJI_PARTICLES[gap.strip().lower()]} "
                if end and gap.strip().lower() in ROMAJI_PARTICLES
                else gap,
                read,
            ]
        )
        end = stop
    return spliced(out, text, end)
