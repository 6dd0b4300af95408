"""Japanese in script and in romaji (lookup/search/reading/typed/japanese.py) read as the
English words it names, on the shipped fact base. The queries are the test's own, not any
report's or judged set's."""

from __future__ import annotations

import json

import pytest
from conftest import shown

from defcoop_cli.errors import UsageError
from defcoop_cli.factbase.vocab import shipped_text
from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.typed import japanese
from defcoop_cli.lookup.search.reading.typed.japanese import folded, in_english, readings
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search
from defcoop_cli.output.wording import read_in_japanese


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # script: the table's longest forms from a run's start, particles no term
        ("防衛相会談の場所", "defence ministers meeting location"),
        ("南シナ海についての懸念", "South China Sea concern"),
        ("日印共同訓練", "Japan India joint exercise"),
        (
            "ラージナート・シン国防相と中谷防衛相",
            "Rajnath Singh defence minister and Nakatani defence minister",
        ),
        ("海自 と インド海軍", "Japan Maritime Self-Defense Force and Indian Navy"),
        # script among English words
        ("空自 exercises with india", "Japan Air Self-Defense Force exercises with india"),
        # romaji, with and without macrons, its particles between two forms
        ("Bōeishō statement on pahalgam", "ministry of defence statement on pahalgam"),
        (
            "kaijo jieitai to indo kaigun no kunren",
            "Japan Maritime Self-Defense Force and Indian Navy exercise",
        ),
        ("higashi shina kai concerns", "East China Sea concerns"),
        ("kaidan no basho", "talks location"),
        ("一方的な行動", "unilateral actions"),
        ("ippoteki na kodo at sea", "unilateral actions at sea"),
    ],
)
def test_japanese_reads_as_the_english_it_names(typed: str, read: str) -> None:
    assert in_english(typed) == read


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a run of script with no spaces is cut into the words spaces would part
        ("中谷防衛相 パハルガム テロ 非難", "中谷防衛相パハルガムテロ非難"),
        ("ダルマ・ガーディアン 陸自", "ダルマガーディアン陸自"),
        # romaji's spellings: macrons, a long vowel doubled or as "ou", a form run together
        ("Rikujō Jieitai", "rikujou jieitai"),
        ("boueishou daijin", "Bōei daijin"),
        ("minami shina kai", "minamishinakai"),
    ],
)
def test_spellings_of_japanese_read_alike(one: str, other: str) -> None:
    assert in_english(one) == in_english(other) is not None


def test_the_spellings_fold() -> None:
    assert folded("Bōeishō") == folded("boueishou") == folded("boeisho") == "boeisho"
    assert folded("kūji") == folded("kuuji") == "kuji"


@pytest.mark.parametrize(
    "typed",
    [
        # English words romaji spells too, or Japanese English writes: no Japanese
        "to the sea",
        "is there no joint exercise with japan",
        "kai tak airport",
        "gen z views of india japan ties",
        "dare to ask nakatani",
        "nan madol ruins",
        "sumo basho in osaka",
        "nakatani dono met rajnath singh",
        "malabar",
        # Japanese script naming nothing the table holds is kept as typed
        "明日の天気予報",
        "ゴルフとテニス",
    ],
)
def test_english_and_unheld_japanese_are_kept(typed: str) -> None:
    assert in_english(typed) is None


def test_an_english_query_loads_no_table() -> None:
    japanese._table.cache_clear()
    assert in_english("which countries joined malabar exercise") is None
    assert japanese._table.cache_info().currsize == 0  # no word romaji spells
    assert in_english("japan india defence talks") is None  # loaded, and no Japanese
    assert japanese._table.cache_info().currsize == 1


@pytest.mark.parametrize(
    ("typed", "english_query"),
    [
        ("中谷防衛相 パハルガム テロ 非難", "Nakatani defence minister Pahalgam terror condemned"),
        ("南シナ海 懸念", "South China Sea concern"),
        ("jieitai to indo rikugun no kunren", "Self-Defense Forces and Indian Army exercise"),
    ],
)
def test_a_japanese_query_finds_what_the_english_one_does(
    index: SearchIndex, typed: str, english_query: str
) -> None:
    assert shown(index, typed) == shown(index, english_query) != []


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("陸自とインド陸軍の共同訓練", "exercise-dharma-guardian-participants"),
        ("防衛相会談 場所", "meeting-location"),
        ("kaidan no basho", "meeting-location"),
        ("minamishinakai kenen", "unilateral-actions-concern"),
        ("中谷元防衛相", "nakatani-office-in-heading"),
    ],
)
def test_a_japanese_query_finds_its_answer(index: SearchIndex, typed: str, answer: str) -> None:
    assert answer in shown(index, typed)[:3]


@pytest.mark.parametrize(
    "typed",
    [
        # asked in Japanese of what the base does not hold: nothing, as in English
        "中谷元 ゴルフ",
        "インドの人口",
        "マラバール 料理",
        "東京の天気",
        "中国 経済 成長",
    ],
)
def test_a_japanese_query_of_what_the_base_lacks_finds_nothing(
    index: SearchIndex, typed: str
) -> None:
    try:
        query = parse_query([typed])
    except UsageError:
        return
    assert not search(index, query, SearchRequest((typed,))).shown_ids


def test_an_english_query_keeps_its_answer(index: SearchIndex) -> None:
    assert (
        shown(index, "sea lanes to the south china sea")[:3]
        == shown(index, "sea lanes south china sea")[:3]
    )
    assert (
        parse_query(["joint exercise to no end"]).terms
        == parse_query(["joint exercise to no end"]).terms
    )


def test_explain_says_what_each_japanese_word_read() -> None:
    assert readings("中谷元インド会談") == [
        ("Gen Nakatani", "中谷元"),
        ("India", "インド"),
        ("talks", "会談"),
    ]
    assert read_in_japanese("Rikuji exercises") == (
        "read in Japanese: Japan Ground Self-Defense Force \u2190 Rikuji"
    )
    assert read_in_japanese("malabar exercises") == ""
    assert parse_query(["中谷元インド会談"]).given == "中谷元インド会談"  # shown as typed


def test_every_entry_has_a_reading_and_a_meaning() -> None:
    entries = json.loads(shipped_text(japanese.TABLE))["entries"]
    assert all(e["reads"] and e["means"] and (e["script"] or e["romaji"]) for e in entries)
    script = [f.replace("・", "") for e in entries for f in e["script"]]
    romaji = [tuple(map(folded, f.replace("-", " ").split())) for e in entries for f in e["romaji"]]
    assert len(script) == len(set(script)) and len(romaji) == len(set(romaji))  # one reading
    # every romaji word spelt in Hepburn, so the filter that spares English loads misses none
    assert all(japanese._HEPBURN.compiled.fullmatch(w) for f in romaji for w in f)
    # no form alone is a particle: those are read only between two forms
    assert not {f for f in romaji if len(f) == 1} & {(p,) for p in japanese.ROMAJI_PARTICLES}
