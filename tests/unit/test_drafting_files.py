"""The draft command's edges: the request checked, the article read, the draft written."""

from __future__ import annotations

import errno
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLES

from defcoop_cli.curation.drafting.assembly import Draft, draft
from defcoop_cli.curation.drafting.files import (
    check_request,
    draft_file,
    draft_text,
    write_new,
)
from defcoop_cli.curation.results import Drafted
from defcoop_cli.curation.writing import dumps
from defcoop_cli.errors import BadFactBase, UsageError, WriteError
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

    @pytest.mark.parametrize("text", [" \n\n", "\ufeff\n \n"], ids=["blank", "a BOM alone"])
    def test_an_empty_article_is_refused(self, tmp_path: Path, text: str) -> None:
        article = tmp_path / "a.txt"
        article.write_text(text, encoding="utf-8")
        with pytest.raises(BadFactBase, match="the article is empty"):
            draft_file(article, "a", {}, DOC, "1.0")

    def test_a_byte_order_mark_is_no_part_of_the_title(self, tmp_path: Path) -> None:
        """Notepad's UTF-8 opens with one: the headline is the words after it."""
        article = tmp_path / "a.txt"
        article.write_text("\ufeffHeadline\nAlpha sent ships.\n", encoding="utf-8")
        document = json.loads("".join(draft_file(article, "a", {}, DOC, "1.0").text))
        assert document["sources"][0]["title"] == "Headline"

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

    def test_what_a_draft_killed_outright_left_goes_first(self, tmp_path: Path) -> None:
        child = subprocess.Popen(["true"])
        child.wait()  # its process id is now no one's
        left = tmp_path / f".big.json.defcoop-{child.pid}-abcd1234.tmp"
        left.write_bytes(b"{")
        write_new(tmp_path / "draft.json", ["{}\n"])
        assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.json"]


FIXTURES = ARTICLES.parent
TEST_ARTICLES = [
    *sorted(ARTICLES.glob("*.txt")),
    *sorted(p for p in (FIXTURES / "reports").glob("*.txt") if p.name != "sets.txt"),
]  # sets.txt lists the report sets: not an article


@pytest.fixture(scope="module")
def doc() -> Doc:
    """The mini fixture's fact base, whose names the test articles use."""
    from conftest import MINI

    from defcoop_cli.factbase.loader import load

    return load(MINI).doc


class TestWrittenInPieces:
    """The draft is written fact by fact through a temporary file, never held whole, and
    its text is what dumps writes of the whole draft, byte for byte."""

    @pytest.mark.parametrize("article", TEST_ARTICLES, ids=lambda p: p.name)
    def test_every_test_article_as_dumps_writes_the_whole_draft(
        self, article: Path, doc: Doc
    ) -> None:
        text = article.read_text(encoding="utf-8")
        whole = draft(text, "t", doc, {"title": "T"}, "/a.txt", "1.0")
        pieces = list(draft_text(Draft(text, "t", doc, {"title": "T"}, "/a.txt", "1.0")))
        assert "".join(pieces) == dumps(whole)

    def test_an_article_without_a_fact(self) -> None:
        text = "A headline only\nAlso Read: more\n"
        made = draft_text(Draft(text, "t", DOC, {}, "/a.txt", "1.0"))
        assert "".join(made) == dumps(draft(text, "t", DOC, {}, "/a.txt", "1.0"))
        assert '  "facts": [],\n' in dumps(draft(text, "t", DOC, {}, "/a.txt", "1.0"))

    def test_a_page_to_a_file_and_to_stdout(self, tmp_path: Path, doc: Doc) -> None:
        page = tmp_path / "page.html"
        page.write_bytes((FIXTURES / "pages" / "quay-page.html").read_bytes())
        on_stdout = "".join(draft_file(page, "p", {}, doc, "1.0").text)
        out = tmp_path / "draft.json"
        draft_file(page, "p", {}, doc, "1.0", out)
        written = out.read_text(encoding="utf-8")
        assert written == on_stdout == dumps(json.loads(written))
        assert json.loads(written)["draft"]["page"]["file"] == str(page)

    def test_a_persons_own_site_gives_him_its_first_person(self, tmp_path: Path, doc: Doc) -> None:
        """A diary entry on a person's own site names him only by the site's name, after
        its title's bar (turns/forms.site_owner): its "I" is his, as a byline's would be."""
        person = next(e for e in doc.entities if e.type == "person")
        body = "".join(
            f"<p>I {verb} my visitor on the talks we held in the capital this week, and I"
            f" said that our two navies will train together again next year.</p>"
            for verb in ("briefed", "thanked", "told")
        )
        page = tmp_path / "entry.html"
        for title, speaker in ((f"Talks this week | {person.name}", person.name), ("Talks", None)):
            page.write_text(
                f"<html><head><title>{title}</title></head><body><article><h1>Talks this"
                f" week</h1>{body}</article><footer>Office of {person.name}</footer></body></html>",
                encoding="utf-8",
            )
            (tmp_path / "entry.txt").unlink(missing_ok=True)
            made = json.loads("".join(draft_file(page, "p", {}, doc, "1.0").text))
            said = {f["attribution"] for f in made["facts"] if f["quote"].startswith("I ")}
            assert said == {speaker or "the article"}
            assert made["draft"]["page"]["author"] is None  # the metadata names no author

    def test_without_a_temporary_folder_the_facts_are_held(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        import tempfile

        text = "Headline\nAlpha sent ships. Alpha met Beta.\n"
        monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "gone"))
        made = "".join(draft_text(Draft(text, "t", DOC, {}, "/a.txt", "1.0")))
        assert made == dumps(draft(text, "t", DOC, {}, "/a.txt", "1.0"))

    def test_a_failure_while_drafting_leaves_no_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        article = tmp_path / "a.txt"
        article.write_text("Headline\nAlpha sent ships. Alpha met Beta.\n", encoding="utf-8")
        third = _failing_after(monkeypatch, 1, OSError(errno.ENOSPC, "No space left on device"))
        out = tmp_path / "draft.json"
        with pytest.raises(WriteError, match="cannot write the draft: No space left"):
            draft_file(article, "a", {}, DOC, "1.0", out)
        assert third() == 2 and sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]

    def test_a_folder_not_ours_to_write_is_an_io_error(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Denied is exit 74 (WriteError), as `init`, `add` and `review` give it."""
        article = tmp_path / "a.txt"
        article.write_text("Headline\nAlpha sent ships. Alpha met Beta.\n", encoding="utf-8")
        _failing_after(monkeypatch, 1, PermissionError(errno.EACCES, "Permission denied"))
        with pytest.raises(WriteError, match="cannot write the draft: Permission denied"):
            draft_file(article, "a", {}, DOC, "1.0", tmp_path / "draft.json")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]

    def test_an_interrupted_draft_leaves_no_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        article = tmp_path / "a.txt"
        article.write_text("Headline\nAlpha sent ships. Alpha met Beta.\n", encoding="utf-8")
        _failing_after(monkeypatch, 1, KeyboardInterrupt())
        with pytest.raises(KeyboardInterrupt):
            draft_file(article, "a", {}, DOC, "1.0", tmp_path / "draft.json")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]

    def test_for_stdout_a_temporary_file_that_fails_is_an_io_error(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        article = tmp_path / "a.txt"
        article.write_text("Headline\nAlpha sent ships. Alpha met Beta.\n", encoding="utf-8")
        _failing_after(monkeypatch, 0, OSError(errno.EIO, "Input/output error"))
        pieces = draft_file(article, "a", {}, DOC, "1.0").text
        with pytest.raises(WriteError, match="to a temporary file: Input/output error"):
            next(iter(pieces))  # nothing is given before the facts are all written


def _failing_after(
    monkeypatch: pytest.MonkeyPatch, made: int, error: BaseException
) -> Callable[[], int]:
    """Drafting raises error when asked for the fact after the first `made`; how many
    were asked for."""
    from defcoop_cli.curation.drafting import candidate_facts

    fact = candidate_facts.Drafting.fact
    asked = 0

    def failing(self: Any, n: int, c: Any) -> dict[str, Any]:
        nonlocal asked
        asked += 1
        if asked > made:
            raise error
        return fact(self, n, c)

    monkeypatch.setattr(candidate_facts.Drafting, "fact", failing)
    return lambda: asked


@pytest.mark.long
@pytest.mark.parametrize("joint", [" ", "\n"], ids=["one line", "many lines"])
def test_a_draft_takes_at_most_ten_times_the_article_in_memory(
    tmp_path: Path, doc: Doc, joint: str
) -> None:
    """Issue 22: the peak of what Python allocates to read, draft and write an article is
    at most 10 times its size (it was some 110 times when the draft was held whole and
    encoded in one piece). The test articles repeated to 150 KB, on one line or many; the
    word tables every draft loads once, whatever its size, are loaded before it is measured."""
    import tracemalloc

    body = joint.join(
        line
        for path in TEST_ARTICLES
        for line in path.read_text(encoding="utf-8").splitlines()[1:]
        if line.strip()
    )
    article = tmp_path / "long.txt"
    article.write_text("A headline\n" + (body + joint) * (150_000 // len(body) + 1), "utf-8")
    size = article.stat().st_size
    # The word tables a draft loads once (WordNet's, MBs) and the readings it keeps of each
    # word it meets grow with the words of the language, not with the article's size: one
    # draft of the body repeated below fills them before the measure.
    small = tmp_path / "small.txt"
    small.write_text("A headline\n" + body + "\n", "utf-8")
    draft_file(small, "small", {}, doc, "1.0", tmp_path / "small.json")
    tracemalloc.start()
    try:
        draft_file(article, "long", {}, doc, "1.0", tmp_path / "draft.json")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10 * size, peak / size
