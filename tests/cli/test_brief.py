"""brief: sections from the data, every line cited, a bottom line first, and the same
points in every format."""

from __future__ import annotations

import itertools
import json
import os
import re
from pathlib import Path

import pytest
from conftest import REAL, ROOT, call, call_json

from defcoop_cli.output import emit
from defcoop_cli.output.terminal import screen_rows


class TestBrief:
    def test_json_sections_come_from_the_data(self, capsys: pytest.CaptureFixture[str]) -> None:
        brief = call_json(capsys, "brief")["brief"]
        assert brief["meeting"] == [
            {"text": "Alpha met Beta in Gamma City.", "facts": ["talks-held"]}
        ]
        assert [p["name"] for p in brief["people"]] == ["Alpha", "Beta"]
        assert brief["places"][0]["text"] == "Gamma City"
        assert brief["exercises"][0]["participants"][0]["text"] == "Epsilon"
        assert brief["regional"][0]["topic"] == "worries"
        assert brief["watch_outs"][0]["basis"] == "the article"
        assert brief["sources"][0]["covers"] == ["The talks", "Drills and exercises", "Worries"]

    def test_markdown_marks_every_line_and_leaves_out_editorial(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, _ = call(capsys, "brief", "--format", "markdown")
        assert code == 0 and "\x1b" not in out
        body = out.split("## Watch-outs")[0]
        bullets = [line for line in body.splitlines() if line.lstrip().startswith("- ")]
        unmarked = [b for b in bullets if not re.search(r" \[\d+\]$", b)]
        assert len(bullets) >= 4
        # Only the "When" line cites nothing: it says when the source is from.
        assert unmarked == ["- **When:** article undated"]
        # the footer maps each mark to the facts; the marks read as they are in a plain-text
        # e-mail ("[1]", not "\[1\]": a label no reference defines is text in Markdown), and
        # brackets in the data are escaped all the same
        assert "**Facts:** [1] talks-held; [2] drill-expanded" in out and "\\[1" not in out
        assert out.count("A small test article") == 0  # the event is the heading
        assert "book" not in out.lower()
        assert r"\[bold\]markup\[/\]" in out

    def test_summary_is_an_alias(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert (
            call(capsys, "summary", "--format", "markdown")[1]
            == call(capsys, "brief", "--format", "markdown")[1]
        )


# Reports of the New Delhi meeting (and one of another meeting, `mod`), each drafted,
# accepted whole and added over the shipped base as in the README's "Adding an article".
LAYERS = ROOT / "tests" / "fixtures" / "layers"


def layered(monkeypatch: pytest.MonkeyPatch, *names: str, columns: int = 80) -> None:
    paths = [REAL, *(LAYERS / name / "facts.json" for name in names)]
    monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join(map(str, paths)))
    monkeypatch.setenv("COLUMNS", str(columns))


def assert_one_screen(out: str, columns: int, rows: int = 24) -> None:
    """Within the rows (the prompt's one left free), the event first, the newest office
    before the disputed, and every part that never gives way."""
    assert screen_rows(out, columns) <= rows - 1, out
    lines = out.splitlines()
    assert lines[0].startswith("Briefing: Rajnath Singh met Gen Nakatani in New Delhi")
    flat = " ".join(out.split())
    office = re.search(r"• Gen Nakatani: (.*?) disputed \(watch-out 1\): Japan’s Special", flat)
    assert office is not None and office.group(1).startswith("Defence Minister ("), flat
    assert "• When: 5 May 2025 (outside reports, watch-out 2);" in flat
    for label in ("Agreed", "Discussed", "Condemned", "Raised concern"):
        assert f"• {label}: " in flat, label
    assert "Watch-outs • 1. ANI, PTI, Jiji: Nakatani is Japan's Defence Minister." in flat
    assert "Gen Nakatani's office: the sources disagree: " in flat
    assert "• 2. Outside reports date the meeting 5 May 2025" in flat
    assert re.search(r"Facts: .* · \d+ sources(, \d+ independent)? · --full", flat)


class TestOneScreenWithReportsLayered:
    @pytest.mark.parametrize("columns", [80, 100])
    def test_three_reports_fit_with_the_newest_office_first(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, columns: int
    ) -> None:
        layered(monkeypatch, "page", "wire", "ministry", columns=columns)
        code, out, _ = call(capsys, "brief")
        assert code == 0
        assert_one_screen(out, columns)
        # the newest dated title first: the three reports are of 5 May
        assert "Gen Nakatani: Defence Minister (5 May 2025);" in " ".join(out.split())
        # given way: the footer's ids at least (at 80 columns lists fold too)
        assert "[1]" not in out and " cited · " in out
        assert ("+1 more" in out) == (columns == 80)

    def test_a_lines_watch_out_marks_in_their_order(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """'1 3 4 2' reads as a miscount: a line's marks in the watch-outs' order."""
        layered(monkeypatch, "page", "wire", "paper", "ministry", "mod", columns=80)
        full = call(capsys, "brief", "--full", "--format", "md")[1]
        groups = re.findall(r"\*\*\(!\) watch-out \d+\*\*(?: \*\*\(!\) watch-out \d+\*\*)+", full)
        assert groups, full  # a line with several marks, or the check is of nothing
        for flags in groups:
            numbers = [int(n) for n in re.findall(r"\d+", flags)]
            assert numbers == sorted(numbers), flags

    @pytest.mark.parametrize(("columns", "rows"), [(80, 24), (60, 20), (48, 14)])
    def test_it_fits_the_screen_with_its_hint_and_the_heading_on_it(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        columns: int,
        rows: int,
    ) -> None:
        layered(monkeypatch, "page", "wire", "ministry", columns=columns)
        monkeypatch.setattr(emit, "ONE_SCREEN", rows)
        code, out, err = call(capsys, "--verbose", "brief")
        assert code == 0 and err.startswith("defcoop: brief of new-delhi-meeting")
        # the brief, the hint under it and the prompt: the screen, the heading at its top
        assert screen_rows(out, columns) + screen_rows(err, columns) <= rows - 1, out
        assert out.startswith("Briefing: Rajnath Singh met Gen Nakatani")
        assert " ".join(out.split()).endswith("--full shows all")
        assert ("left out" in out) == (rows < 24)

    def test_full_markdown_and_json_give_nothing_way(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        layered(monkeypatch, "page", "wire", "ministry")
        _, full, _ = call(capsys, "brief", "--full")
        _, md, _ = call(capsys, "brief", "--format", "md")
        assert screen_rows(full, 80) > 40
        assert "autonomous weapon systems; space-based technologies" in " ".join(full.split())
        assert "+1 more" not in md and "autonomous weapon systems, space-based" in md
        assert re.search(r"\*\*Facts:\*\* \[1\] [a-z]", md)  # every mark mapped

    def test_a_taller_screen_gives_less_way(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        layered(monkeypatch, "page", "wire", "ministry")  # 44 rows whole
        monkeypatch.setattr(emit, "ONE_SCREEN", 40)
        _, tall, _ = call(capsys, "brief")
        assert 23 < screen_rows(tall, 80) <= 39 and "Reaffirmed: " in tall


@pytest.mark.long
@pytest.mark.parametrize(
    "names",
    [
        c
        for n in range(1, 6)
        for c in itertools.combinations(("page", "wire", "paper", "ministry", "mod"), n)
    ],
    ids="+".join,
)
def test_every_combination_of_reports_fits_one_screen(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, names: tuple[str, ...]
) -> None:
    for columns in (80, 100, 132):
        layered(monkeypatch, *names, columns=columns)
        code, out, _ = call(capsys, "brief")
        assert code == 0
        assert_one_screen(out, columns)
    for rows in (18, 40):
        monkeypatch.setattr(emit, "ONE_SCREEN", rows)
        out = call(capsys, "brief")[1]
        assert screen_rows(out, 132) <= rows - 1, out
    full = call(capsys, "brief", "--full", "--format", "md")[1]
    for flags in re.findall(r"\*\*\(!\) watch-out \d+\*\*(?: \*\*\(!\) watch-out \d+\*\*)+", full):
        numbers = [int(n) for n in re.findall(r"\d+", flags)]
        assert numbers == sorted(numbers), flags  # "1 3 4 2" reads as a miscount


class TestTheBrief:
    def test_it_opens_with_the_event_and_the_office_the_reports_give(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("COLUMNS", "80")
        monkeypatch.setenv("DEFCOOP_FACTS", str(REAL))
        _, out, _ = call(capsys, "brief")
        lines = out.splitlines()
        assert lines[0] == "Briefing: Rajnath Singh met Gen Nakatani in New Delhi [1]"
        flat = " ".join(out.split())
        assert "• Gen Nakatani: Japanese Defence Minister; disputed (watch-out 1): Japan’s" in flat
        assert "When: 5 May 2025 (outside reports, watch-out 2); article undated" in flat

    def test_agreed_items_are_named_and_discussed_is_apart(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        _, out, _ = call(capsys, "brief", "--format", "md")
        agreed = next(line for line in out.splitlines() if line.startswith("- **Agreed:**"))
        for item in ("cybersecurity", "Artificial Intelligence", "space-based technologies"):
            assert item in agreed
        discussed = next(line for line in out.splitlines() if line.startswith("- **Discussed:"))
        for named in ("joint exercises (Dharma Guardian", "the South China Sea (United Nations"):
            assert named in discussed
        assert "- **Condemned:** The Japanese delegation" in out
        assert "- **Raised concern:**" in out
        # one watch-out on his office: the correction, the article's two offices, his name
        office = next(line for line in out.splitlines() if line.startswith("- **1.**"))
        assert "Defence Minister" in office and "two different offices" in office
        assert "given name" in office and "- **4.**" not in out

    def test_markdown_has_no_command_hints(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        _, rich_out, _ = call(capsys, "brief")
        _, md, _ = call(capsys, "brief", "--format", "md")
        assert "--full" in rich_out
        assert "--full" not in md and "(+" not in md and "defcoop " not in md
        assert md.startswith("# Briefing: ")

    def test_full_cites_every_id_the_short_one_marks(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        _, short, _ = call(capsys, "brief", "--format", "md")
        _, full, _ = call(capsys, "brief", "--format", "md", "--full")
        assert len(full.splitlines()) > len(short.splitlines())
        assert "tech-space" in full and "tech-space" not in short  # the items' ids: --full
        footer = next(line for line in short.splitlines() if line.startswith("**Facts:**"))
        first_ids = re.findall(r"\[\d+\] ([a-z0-9-]+)", footer)
        assert len(first_ids) >= 6 and all(f"`{i}`" in full for i in first_ids)

    def test_markdown_and_json_carry_what_the_terminal_shows(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        _, rich_out, _ = call(capsys, "brief")
        _, md, _ = call(capsys, "brief", "--format", "markdown")
        brief = call_json(capsys, "brief")["brief"]
        rich_footer = " ".join(rich_out.split("Facts: ")[1].split())
        md_footer = md.split("**Facts:** ")[1].replace("\\", "")
        assert rich_footer.split(" · ")[0] == md_footer.split(" · ")[0]
        json_facts = {
            f
            for s in (*brief["key_points"], *brief["regional"])
            for p in s["points"]
            for f in p["facts"]
        }
        assert set(re.findall(r"\] ([a-z0-9-]+)", rich_footer)) - {"meeting-held"} <= json_facts | {
            r["facts"][0] for p in brief["people"] for r in p["roles"]
        }
        assert "disputed" in json.dumps(brief["people"])


def test_a_brief_of_a_fact_base_without_sources(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert call(capsys, "init", str(tmp_path / "empty"))[0] == 0
    monkeypatch.setenv("DEFCOOP_FACTS", str(tmp_path / "empty" / "facts.json"))
    code, out, err = call(capsys, "brief")
    assert code == 1 and out == "" and "nothing to brief from" in err


def _cited(brief: dict[str, object]) -> set[str]:
    """Every fact id a brief's JSON cites, anywhere in it."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key == "facts" and isinstance(inner, list):
                    found.update(f for f in inner if isinstance(f, str))
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(brief)
    return found


class TestEvents:
    """A brief is of one event; another event's facts never enter it, but as background."""

    @pytest.mark.usefixtures("real_factbase")
    def test_the_shipped_default_is_the_meeting(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = call(capsys, "brief", "--format", "json")
        brief = json.loads(out)["brief"]
        assert code == 0 and err == ""  # the hint is a terminal's (or --verbose's)
        assert brief["event"]["id"] == "new-delhi-meeting"
        assert brief["chosen"] == "most recent meeting or talks" and brief["events"] == 2
        assert [d["note"] for d in brief["dates"]] == ["meeting-date"]
        # the attack's date note is the attack's brief's, not the meeting's
        assert "pahalgam-attack-date" not in {n["id"] for n in brief["watch_outs"]}

    @pytest.mark.usefixtures("real_factbase")
    def test_verbose_says_which_event_and_how_to_choose(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, _, err = call(capsys, "--verbose", "brief")
        assert code == 0
        assert err == (
            "defcoop: brief of new-delhi-meeting, latest meeting; --event ID, defcoop events\n"
        )
        assert all(len(line) <= 80 for line in err.splitlines())  # one row at 80 columns

    @pytest.mark.usefixtures("real_factbase")
    def test_event_briefs_the_attack(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = call(capsys, "--verbose", "brief", "--event", "pahalgam-attack")
        assert code == 0 and err == ""  # chosen: nothing to say
        lines = out.splitlines()
        assert lines[0] == "Briefing: Terrorist attack in Pahalgam, Jammu & Kashmir"
        assert "When: 22 April 2025 (outside reports, watch-out 1); article undated" in out
        assert "nothing agreed, discussed or condemned in its facts" in out
        assert "Pahalgam attack: 22 April 2025, 26 killed (two reports together)" in out
        assert "Facts: none" in out

    @pytest.mark.usefixtures("real_factbase")
    @pytest.mark.parametrize("wanted", ["no-such-event", ""])
    def test_an_unknown_event(self, capsys: pytest.CaptureFixture[str], wanted: str) -> None:
        code, out, err = call(capsys, "brief", "--event", wanted)
        assert out == "" and err.count("\n") == 1
        if wanted:
            assert code == 1 and err.startswith("defcoop: no event 'no-such-event'")
            assert "see 'defcoop events'" in err
        else:
            assert code == 2

    @pytest.mark.usefixtures("real_factbase")
    def test_a_misspelt_event_suggests_the_closest(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, _, err = call(capsys, "brief", "--event", "delhi-meetings")
        assert code == 1
        assert err == "defcoop: no event 'delhi-meetings'; did you mean new-delhi-meeting?\n"

    @pytest.mark.usefixtures("tokyo_layer")
    def test_the_tokyo_agreement_stays_out_of_the_new_delhi_brief(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        brief = call_json(capsys, "brief", "--event", "new-delhi-meeting", "--full")["brief"]
        cited = _cited(brief)
        assert "tokyo-exercise-agreed" not in cited
        assert "emerging-tech-cooperation" in cited
        code, out, _ = call(capsys, "brief", "--event", "new-delhi-meeting", "--color", "never")
        assert code == 0 and "search-and-rescue" not in out and "coast guard" not in out.lower()
        assert "Agreed: cyber and technology" in out

    @pytest.mark.usefixtures("tokyo_layer")
    def test_event_briefs_the_tokyo_talks_with_new_delhi_as_background(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = call(capsys, "--verbose", "brief", "--color", "never")
        assert code == 0 and "brief of tokyo-coast-guard-talks, latest talks" in err
        assert out.startswith("Briefing: Coast guard talks in Tokyo")
        assert "When: 10 June 2025 (the article, watch-out 1); article 11 June 2025" in out
        assert "Agreed: coast guards: The Indian and Japanese coast guards agreed" in out
        assert "Background (linked by the curator): Rajnath Singh and Gen Nakatani meet" in out
        assert "Condemned" not in out and "Nakatani:" not in out  # New Delhi's, not shown
        brief = call_json(capsys, "brief", "--event", "tokyo-coast-guard-talks")["brief"]
        (background,) = brief["background"]
        assert background["event"]["id"] == "new-delhi-meeting"
        assert {"tokyo-exercise-agreed"} <= _cited({"points": brief["key_points"]})
        assert not {f for c in background["points"] for f in c["facts"]} & _cited(
            {"points": brief["key_points"]}
        )

    @pytest.mark.usefixtures("tokyo_layer")
    def test_markdown_and_full_mark_the_background(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, md, _ = call(capsys, "brief", "--format", "md")
        assert code == 0 and "**Background (linked by the curator):** Rajnath Singh" in md
        code, full, _ = call(capsys, "brief", "--full", "--color", "never")
        assert code == 0
        assert "Background (linked by the curator): Rajnath Singh and Gen Nakatani meet" in full
        assert "India and Japan agreed to enhance cooperation" in full.split("Background")[1]
        assert "Event: Coast guard talks in Tokyo (talks, 10 June 2025, Tokyo)" in full

    def test_a_fact_base_without_events_is_briefed_whole(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        brief = call_json(capsys, "brief")["brief"]
        assert brief["event"] is None and brief["background"] == [] and brief["events"] == 0
        code, _, err = call(capsys, "brief", "--event", "talks")
        assert code == 1 and err.startswith("defcoop: no event 'talks'")

    def test_facts_of_no_event_are_left_out_and_said(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from conftest import MINI

        monkeypatch.delenv("DEFCOOP_NO_DEFAULT_FACTS")
        monkeypatch.setenv("DEFCOOP_FACTS", str(MINI))  # over the shipped base: no event
        code, out, err = call(capsys, "--verbose", "brief", "--format", "json")
        brief = json.loads(out)["brief"]
        assert code == 0 and brief["unplaced"] == 5
        assert "talks-held" not in _cited(brief)
        assert "5 facts of no event left out: set 'event' on their sources" in err
        # each hint one row at 80 columns, however many facts: it counts against the screen
        assert all(len(line) <= 80 - 3 for line in err.splitlines() if "no event" in line)


HELD_OUT = [f"heldout{n}" if n > 1 else "heldout" for n in range(1, 16)]  # not the blind set


@pytest.mark.long
def test_a_layer_grown_from_every_held_out_report_briefs_on_one_screen(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """As a curator grows a layer: each held-out report drafted over what is added so far,
    accepted whole and added. Its brief, with its two hints, fits 80×24 (the prompt's row
    left free); who met are the event's parties, each with a whole title first; no point
    is a view of a person who is no party."""
    import shutil

    from writing_helpers import accepted_draft

    from defcoop_cli.factbase.loader import load_layers
    from defcoop_cli.factbase.vocab import well_formed_title

    assert call(capsys, "init", str(tmp_path / "mine"))[0] == 0
    layer = tmp_path / "mine" / "facts.json"
    monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join(map(str, [REAL, layer])))
    monkeypatch.setenv("COLUMNS", "80")
    reports = [
        p
        for d in HELD_OUT
        for p in sorted((ROOT / "tests" / "fixtures" / "reports" / d).iterdir())
        if p.suffix == ".html" or (p.suffix == ".txt" and not p.with_suffix(".html").exists())
    ]
    for i, report in enumerate(reports, 1):
        copy = shutil.copyfile(report, tmp_path / f"r{i}-{report.name}")
        draft = accepted_draft(capsys, copy, f"r{i}", tmp_path / f"d{i}.json")
        assert call(capsys, "add", str(draft))[0] == 0
    monkeypatch.setattr(emit, "ONE_SCREEN", 24)
    code, out, err = call(capsys, "--verbose", "brief")
    assert code == 0 and len(err.splitlines()) == 2
    assert screen_rows(out, 80) + screen_rows(err, 80) <= 23, out + err
    brief = call_json(capsys, "brief")["brief"]
    assert [p["name"] for p in brief["people"]] == ["Rajnath Singh", "Gen Nakatani"]
    fb = load_layers([REAL, layer])
    people = {e.name: e.id for e in fb.doc.entities if e.type == "person"}
    parties = {"rajnath-singh", "nakatani"}
    for section in (*brief["key_points"], *brief["regional"]):
        for point in section["points"]:
            said = {fb.facts[f].attribution for f in point["facts"]}
            assert not {s for s in said if s in people and people[s] not in parties}, point
    (nakatani,) = [line for line in out.splitlines() if line.startswith("• Gen Nakatani: ")]
    first = nakatani.removeprefix("• Gen Nakatani: ").split(" (")[0].split(";")[0]
    assert well_formed_title(first), nakatani
