"""A company's filing to its stock exchanges or its regulator (turns/letters.py,
verbs/voices/sayers.py, names/several.py; issue 24, dev-s36, heldout52): its particulars and its
formulas are furniture, its own acts the source's (reported), a party's acts the party's;
a statute's title is one law, a company's name keeps its legal suffix, a provision, an
officer's title and "a Memorandum of …" are no names. Ordinary news sentences of the same
words stay statements. Texts of my own."""

from __future__ import annotations

from typing import Any

from drafting_world import MENON_WORLD

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.factbase.records import Doc, Topic

DOC = Doc(
    sources=[],
    topics=[Topic("industry", "Industry", "", "cooperation")],
    entities=list(MENON_WORLD),
    facts=[],
    curator_notes=[],
)

FILING = (
    "KESTREL OPTRONICS LIMITED\n"
    "Corporate Identity Number: L32100KA2003PLC031877\n"
    "Registered Office: 4 Lake Road, Port Vale 560 001\n"
    "\n"
    "KOL/SEC/2031/12\n"
    "3 June 2031\n"
    "\n"
    "The Listing Manager\n"
    "Port Vale Stock Exchange Limited\n"
    "Scrip Code: 517300\n"
    "\n"
    "Dear Sir/Madam,\n"
    "\n"
    "Sub.: Intimation under Regulation 30 of the Alpha Securities (Listing and "
    "Disclosure) Regulations, 2029\n"
    "\n"
    "Pursuant to Regulation 30 of the Alpha Securities (Listing and Disclosure) "
    "Regulations, 2029, we wish to inform you that the Company signed a licence agreement "
    "with Harbour Optics Co., Ltd. on 2 June 2031.\n"
    "\n"
    "The Company's Managing Director attended the signing in the capital of Alpha. Ravi "
    "Menon invited companies of Beta to invest in Alpha at the talks held the same day. "
    "The licence agreement was signed after a Memorandum of Understanding lapsed.\n"
    "\n"
    "The details as required under circular no. ALP/CIR/2030/17 dated 9 March 2030 are "
    "furnished below:\n"
    "\n"
    "a) Name of the counterparty: Harbour Optics Co., Ltd., Beta\n"
    "b) Purpose of the agreement: licensed assembly of thermal sights\n"
    "c) Whether the counterparty is a related party: No\n"
    "\n"
    "Kindly take the same on record.\n"
    "\n"
    "Yours faithfully,\n"
    "For Kestrel Optronics Limited\n"
    "\n"
)

NOTICE = (
    "June 4, 2031\n"
    "Company name: Harbour Optics Co., Ltd.\n"
    "(Securities code: 6620; Prime Market)\n"
    "\n"
    "Notice Concerning a Licence Agreement\n"
    "\n"
    'Harbour Optics Co., Ltd. (the "Company") hereby announces that it signed a licence '
    "agreement with Kestrel Optronics Limited on June 2, 2031.\n"
    "\n"
    "(1) Counterparty: Kestrel Optronics Limited\n"
    "(2) Purpose: licensed assembly of thermal sights\n"
    "\n"
    "Should any matter requiring disclosure arise, the Company will announce it promptly.\n"
    "\n"
    "Note: This document is an English translation of the original. In the event of any "
    "discrepancy, the original shall prevail.\n"
    "\n"
)

# Ordinary news of the same words, no filing: a wire's numbered outcomes with labels, a
# court report's "on record", a company's signing told by a paper, a named memorandum.
NEWS = (
    "PORT VALE, June 2 (Harbour Wire) - Alpha and Beta agreed on three steps at their "
    "talks on Monday.\n"
    "\n"
    "1. Exercises: The two navies will hold a larger drill next year.\n"
    "2. Industry: Companies of Beta will build thermal sights in Alpha.\n"
    "3. Training: Officers of Alpha will train at the staff college of Beta.\n"
    "\n"
    "Kindly take the above on record, the judge told the lawyers on Tuesday.\n"
    "\n"
    "The company signed a licence agreement with Harbour Optics Co., Ltd. last year, a "
    "spokesman said.\n"
    "\n"
    "The Memorandum on Defence Cooperation and Exchanges was signed by the two countries "
    "in 2019.\n"
    "\n"
    "The deal falls under the Companies Act, officials said.\n"
    "\n"
)


def _made(text: str) -> tuple[list[str], dict[str, dict[str, Any]], list[str]]:
    made = draft(text, "f", DOC, {}, "/articles/f.txt", "9.9")
    furniture = [" ".join(f["text"].split()) for f in made["sources"][0]["furniture"]]
    names = [e["name"] for e in made.get("entities", [])]
    return furniture, {f["quote"]: f for f in made["facts"]}, names


def _fact(found: dict[str, dict[str, Any]], start: str) -> dict[str, Any]:
    return next(f for q, f in found.items() if q.startswith(start))


def test_a_filings_particulars_and_formulas_are_furniture() -> None:
    furniture, found, _ = _made(FILING)
    for line in (
        "a) Name of the counterparty: Harbour Optics Co., Ltd., Beta",
        "b) Purpose of the agreement: licensed assembly of thermal sights",
        "Kindly take the same on record.",
    ):
        assert any(line in f for f in furniture), line
    assert any(f.startswith("Sub.: Intimation under Regulation 30") for f in furniture)
    for words in ("licensed assembly", "Kindly", "Intimation", "furnished below"):
        assert not any(words in q for q in found), words
    # the circular's line is furniture whole, no dated label: the letter's own date dates it
    made = draft(FILING, "f", DOC, {}, "/articles/f.txt", "9.9")
    assert made["sources"][0]["published"] == "2031-06-03"


def test_a_notices_particulars_and_formulas_are_furniture() -> None:
    furniture, found, _ = _made(NOTICE)
    assert any("(2) Purpose: licensed assembly" in f for f in furniture)
    for words in ("requiring disclosure", "English translation", "shall prevail", "assembly"):
        assert not any(words in q for q in found), words
    assert any(q.startswith("Harbour Optics Co., Ltd. (the") for q in found)


def test_a_filings_own_acts_are_the_sources_and_a_partys_the_partys() -> None:
    _, found, _ = _made(FILING)
    signed = _fact(found, "Pursuant to Regulation 30")
    assert (signed["attribution"], signed["stance"]) == ("the article", "reported")
    assert signed["kind"] != "editorial"  # "we wish to inform you": the addressee's "you"
    assert _fact(found, "Ravi Menon invited")["attribution"] == "Ravi Menon"
    _, notice, _ = _made(NOTICE)
    announced = _fact(notice, "Harbour Optics Co., Ltd. (the")
    assert announced["attribution"] == "the article"


def test_a_filings_names_a_statute_whole_and_a_company_with_its_suffix() -> None:
    _, _, names = _made(FILING)
    assert "Alpha Securities (Listing and Disclosure) Regulations, 2029" in names
    assert "Harbour Optics Co., Ltd." in names
    for piece in ("Regulation", "Regulations", "Listing", "Disclosure", "Harbour Optics Co"):
        assert piece not in names, piece
    assert "Managing Director" not in names
    assert "Memorandum of Understanding" not in names  # "a Memorandum of …": a kind


def test_a_business_story_giving_a_stock_code_is_no_filing() -> None:
    """One mark alone ("stock code: 6620") is a paper's: the company's words stay its own,
    and a story's labelled lines stay statements."""
    story = (
        "Harbour Optics (stock code: 6620) signed a licence agreement with Kestrel Optronics"
        " Limited on Monday, the company said.\n\n"
        "1. Output: The plant will build 400 sights a year.\n"
        "2. Jobs: The deal will bring 120 jobs to the town.\n"
    )
    _, found, _ = _made(story)
    assert _fact(found, "Harbour Optics (stock code")["attribution"] != "the article"
    assert any(q.startswith("The plant will build") for q in found)
    assert any(f.startswith("a) Name of the counterparty: Harbour") for f in _made(FILING)[0])


def test_news_of_the_same_words_stays_statements() -> None:
    """No filing's marks: a wire's labelled outcomes, a judge's "on record", a company's
    signing, a named memorandum and an act's name read as before."""
    furniture, found, names = _made(NEWS)
    for start in ("The two navies will hold", "Companies of Beta will build", "Officers of"):
        assert any(q.startswith(start) for q in found), start
    assert any(q.startswith("Kindly take the above on record") for q in found)
    signed = _fact(found, "The company signed")
    assert signed["stance"] == "agreed" and signed["attribution"] != "the article"
    assert "Memorandum on Defence Cooperation and Exchanges" in names
    assert not any("Kindly" in f for f in furniture)
    # the same words in a filing are its furniture (the rules are there, and spare these)
    assert "Kindly take the same on record." in _made(FILING)[0]


# Press releases carrying a filing's marks (a stock code, '(the "Company")', an identity
# number) but no letter's or notice's form: no addressee, salutation, subject line, notice
# fields or disclosure rule (review15a's should-fix 4; texts of my own).
RELEASES = [
    "PRESS RELEASE\n\n"
    'Kestrel Optronics Limited (the "Company") (Scrip Code: 517300; Symbol: KESTREL)\n\n'
    "Port Vale, 3 June 2031\n\n"
    "Kestrel Optronics Limited today announced that it has signed a licence agreement with "
    "Harbour Optics Co., Ltd. of Beta.\n\n"
    "Highlights:\n"
    "1. Investment: 90 million over four years\n"
    "2. Jobs: about 300 technicians in Port Vale\n",
    "FOR IMMEDIATE RELEASE\n\n"
    'Harbour Optics Co., Ltd. (the "Company"; stock code: 6620)\n\n'
    "Harbour Optics Co., Ltd. today announced that it has signed a supply agreement with "
    "the navy of Alpha.\n\n"
    "Key points:\n"
    "1. Value: 40 million over two years\n"
    "2. Deliveries: the first sights in March\n",
    "MEDIA RELEASE\n"
    "Corporate Identity Number: L32100KA2003PLC031877\n"
    'Kestrel Optronics Limited (the "Company")\n\n'
    "Kestrel Optronics Limited today announced that it has opened a test range near Port "
    "Vale.\n\n"
    "The range in brief:\n"
    "1. Site: The range covers 40 hectares beside the river.\n"
    "2. Staff: About 60 engineers will work there from next year.\n",
]


def test_a_press_release_with_a_filings_marks_is_no_filing() -> None:
    for text in RELEASES:
        furniture, found, _ = _made(text)
        announced = next(f for q, f in found.items() if "today announced" in q)
        assert (announced["stance"], announced["attribution"]) != ("reported", "the article")
        for line in text.splitlines():
            if line.startswith(("1. ", "2. ")):
                assert not any(line in f for f in furniture), line
                assert any(q in line for q in found), line
