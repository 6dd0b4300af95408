"""A programme guide's blurbs: a closing "Also: …" line of a listing is furniture; a
quotation's speaker named after a role's noun in lower case ('"…," says host X') is X, not
the quotation's own subject; a role's noun before a new name ("Anchor X Y") is no part of
it, and makes it a person's. And what the rules must leave alone: "Also on Monday, …" is a
sentence; a live blog's timed entry ("09:12 The minister said …") is a statement; an
"Updated 09:00 IST" line stays furniture; "said officials in X" stays unnamed; a body named
with a person's noun first ("Pilot Training Institute") stays a body. Every text is my own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from defcoop_cli.curation.drafting.files import draft_file
from defcoop_cli.curation.drafting.pages import is_furniture
from defcoop_cli.factbase.loader import default_factbase_path, load

_TEXT = """Ministers meet in Delhi

Rajnath Singh met Gen Nakatani in New Delhi on Monday to discuss defence ties.

Anchor Rina Basu asks what the visiting minister took back to Tokyo.

The cadets trained at the Pilot Training Institute in Chennai last year.

"Each side heard what it came for, and the ports will be busy," says host Meera Pillai.

"The ports will be busy next year," said officials in Chennai.

Also: the weather and the late scores.

Also on Monday, the two ministers agreed to meet again in Tokyo.
"""


def _draft(tmp_path: Path) -> dict[str, Any]:
    article = tmp_path / "guide.txt"
    article.write_text(_TEXT, encoding="utf-8")
    doc = load(default_factbase_path()).doc
    return json.loads("".join(draft_file(article, "a", {}, doc, "1.0").text))


def test_a_listings_closing_also_line_is_furniture() -> None:
    assert is_furniture("Also: the weather and the late scores.")
    assert is_furniture("Updated 09:00 IST")
    assert not is_furniture("Also on Monday, the two ministers agreed to meet again in Tokyo.")
    assert not is_furniture("09:12 The minister said the port would reopen to cargo ships.")


def test_blurbs_speakers_and_new_names(tmp_path: Path) -> None:
    document = _draft(tmp_path)
    by_quote = {f["quote"].rstrip("."): f for f in document["facts"]}
    assert not any(q.startswith("Also: the weather") for q in by_quote)
    assert any(q.startswith("Also on Monday") for q in by_quote)
    host = next(f for q, f in by_quote.items() if q.startswith('"Each side heard'))
    assert host["attribution"] == "Meera Pillai"
    officials = next(f for q, f in by_quote.items() if q.endswith("said officials in Chennai"))
    assert officials["attribution"] != "Chennai"
    kinds = {e["name"]: e["type"] for e in document["entities"]}
    assert kinds.get("Rina Basu") == "person" and "Anchor Rina Basu" not in kinds
    assert kinds.get("Pilot Training Institute") == "organisation"
