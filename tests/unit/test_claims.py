"""Claims: reports of one claim counted by independent source."""

from __future__ import annotations

from defcoop_cli.factbase.records import Source
from defcoop_cli.lookup.claims import corroboration, independence_key
from defcoop_cli.output.wording import reports


class TestClaims:
    def test_a_wire_and_its_copies_count_once(self) -> None:
        def source(sid: str, publisher: str | None, via: str | None = None) -> Source:
            return Source(
                sid, "t", "source", "news article", "x", "0", None, "n", publisher, None, None, via
            )

        wire, copy1, copy2 = (
            source("w", "Harbour Wire"),
            source("a", "A", "harbour wire"),
            source("b", "B", "Harbour Wire"),
        )
        paper = source("p", None)
        assert independence_key(wire) == independence_key(copy1) == independence_key(copy2)
        sources = {s.id: s for s in (wire, copy1, copy2, paper)}
        from defcoop_cli.factbase.records import Fact

        def fact(fid: str, sid: str) -> Fact:
            return Fact(fid, "s", "event", "a", "reported", (), (), (), "q", sid, (0, 1), None, "c")

        assert reports(corroboration("c", [fact("1", "w"), fact("2", "a")], sources)) == (
            "2 reports, 1 independent"
        )
        assert reports(corroboration("c", [fact("1", "w"), fact("2", "p")], sources)) == "2 sources"
        assert reports(corroboration("c", [fact("1", "a"), fact("2", "b")], sources)) == (
            "2 reports, 1 independent"
        )
        assert reports(corroboration("c", [fact("1", "w")], sources)) == ""
