"""The draft command's edges: the request checked, the article read, the draft written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ARTICLES

from defcoop_cli.curation.drafting.files import check_request, draft_file, dumps, write_new
from defcoop_cli.curation.results import Drafted
from defcoop_cli.errors import BadFactBase, UsageError
from defcoop_cli.factbase.limits import MAX_ARTICLE_BYTES
from defcoop_cli.factbase.records import Doc, Entity

DOC = Doc([], [], [Entity("alpha", "Alpha", "country")], [], [])
ARTICLE = ARTICLES / "short-report.txt"


class TestTheRequest:
    @pytest.mark.parametrize(
        "meta", [{}, {"published": "2025-05-05", "kind": "wire report", "title": "T"}]
    )
    def test_a_good_request_passes(self, meta: dict[str, str]) -> None:
        check_request("ani-2025-05-05", meta, ARTICLE)

    @pytest.mark.parametrize("source_id", ["Not An Id", "x-", "-x", "x_y", "x" * 121])
    def test_a_source_id_of_the_schemas_form(self, source_id: str) -> None:
        with pytest.raises(UsageError, match="is not an id"):
            check_request(source_id, {}, ARTICLE)

    @pytest.mark.parametrize("date", ["5 May", "20250505", "2025-5-5", "2025-02-30"])
    def test_a_plain_date_that_exists(self, date: str) -> None:
        with pytest.raises(UsageError, match="is not a date"):
            check_request("x", {"published": date}, ARTICLE)

    def test_a_known_kind(self) -> None:
        with pytest.raises(UsageError, match="is not one of: news article"):
            check_request("x", {"kind": "tweet"}, ARTICLE)

    def test_an_article_over_the_limit_is_refused_before_any_work(self, tmp_path: Path) -> None:
        article = tmp_path / "big.txt"
        with article.open("wb") as f:
            f.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: nothing is written, and nothing read
        with pytest.raises(UsageError, match=r"is 2,097,153 bytes; draft takes at most 2,097,152"):
            check_request("x", {}, article)
        article.write_bytes(b"x")
        check_request("x", {}, article)

    def test_an_article_that_cannot_be_looked_at_is_left_to_the_reading(
        self, tmp_path: Path
    ) -> None:
        check_request("x", {}, tmp_path / "missing.txt")


class TestTheArticle:
    def test_drafted_for_stdout(self, tmp_path: Path) -> None:
        article = tmp_path / "a.txt"
        article.write_text("Headline\nAlpha sent ships.\n", encoding="utf-8")
        result = draft_file(article, "a", {}, DOC, "1.0")
        assert isinstance(result, Drafted) and result.written is None and result.found
        document = json.loads("".join(result.text))
        assert document["draft"] == {"article": str(article), "defcoop": "1.0"}
        assert [f["entities"] for f in document["facts"]] == [["alpha"]]

    def test_an_empty_article_is_refused(self, tmp_path: Path) -> None:
        article = tmp_path / "a.txt"
        article.write_text(" \n\n", encoding="utf-8")
        with pytest.raises(BadFactBase, match="the article is empty"):
            draft_file(article, "a", {}, DOC, "1.0")

    def test_written_to_a_new_file_as_dumps_writes_it(self, tmp_path: Path) -> None:
        article = tmp_path / "a.txt"
        article.write_text("Headline\nAlpha sent ships.\n", encoding="utf-8")
        out = tmp_path / "draft.json"
        result = draft_file(article, "a", {}, DOC, "1.0", out)
        assert result.written == out and list(result.text) == []
        written = out.read_text(encoding="utf-8")
        assert written == dumps(json.loads(written))
        assert written == "".join(draft_file(article, "a", {}, DOC, "1.0").text)


class TestTheDraftFile:
    def test_sorted_indented_and_its_text_as_it_is(self) -> None:
        body = dumps({"b": ["é", "\u202e"], "a": 1})
        assert body == '{\n  "a": 1,\n  "b": [\n    "é",\n    "\u202e"\n  ]\n}\n'
        assert json.loads(body) == {"a": 1, "b": ["é", "\u202e"]}

    def test_never_over_a_file(self, tmp_path: Path) -> None:
        out = tmp_path / "draft.json"
        out.write_text("mine", encoding="utf-8")
        with pytest.raises(UsageError, match="already exists"):
            write_new(out, ["{}\n"])
        assert out.read_text(encoding="utf-8") == "mine"

    def test_nor_into_a_folder_that_is_not_there(self, tmp_path: Path) -> None:
        with pytest.raises(UsageError, match="its folder does not exist"):
            write_new(tmp_path / "no" / "draft.json", ["{}\n"])
