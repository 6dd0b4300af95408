"""benchmarks/curator_loop.py's own logic (the loop itself is a benchmark, never run here):
which files of a set it adds, and the claims a judged sentence names."""

from __future__ import annotations

from curator_loop import REPORTS, _claims, reports_of, source_id

from defcoop_cli.factbase.records import Fact


def test_a_set_s_reports_are_the_files_its_judgments_judge() -> None:
    # the tuned-on folder also holds sets.txt and a saved page's extracted text
    names = [p.name for p in reports_of(REPORTS)]
    assert names == ["ministry-readout.txt", "paper-copy.txt", "saved-page.html", "wire.txt"]
    assert [source_id(p) for p in reports_of(REPORTS)][2] == "saved-page"


def test_a_judged_claim_is_taken_to_its_end() -> None:
    def fact(fid: str, claim: str | None) -> Fact:
        return Fact(
            fid, "", "event", "the article", "reported", (), (), (), "", "s", (0, 0), None, claim
        )

    shipped = {"a": fact("a", None), "b": fact("b", "a"), "c": fact("c", None)}
    assert _claims({"claim_of": "b", "also_claims": ["c"]}, shipped) == {"a", "c"}
    assert _claims({"claim_of": None}, shipped) == set()
