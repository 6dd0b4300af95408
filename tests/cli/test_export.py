"""`export`: one JSON-LD document on stdout, whatever else is asked; the format named (or a
usage error that suggests the closest); --source confines it; editorial facts on request."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI, SECOND, call
from unit.test_jsonld import check_annotation_collection, check_claim_graph


def exported(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = call(capsys, "export", *argv)
    assert code == 0 and err == "", err
    return json.loads(out)


@pytest.fixture
def layered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join([str(MINI), str(SECOND)]))


def test_annotation_is_a_web_annotation_collection(capsys: pytest.CaptureFixture[str]) -> None:
    doc = exported(capsys, "--format", "annotation")
    check_annotation_collection(doc)
    statements = {a["body"]["value"] for a in doc["first"]["items"]}
    assert "Alpha met Beta in Gamma City." in statements


def test_claims_are_schema_org_claims(capsys: pytest.CaptureFixture[str], layered: None) -> None:
    doc = exported(capsys, "-f", "claims")
    check_claim_graph(doc)
    held = next(c for c in doc["@graph"] if c["identifier"] == "talks-held")
    assert [w["identifier"] for w in held["appearance"]] == [
        "mini",
        "harbour-wire",
        "daily-lantern",
    ]


def test_source_confines_the_export(capsys: pytest.CaptureFixture[str], layered: None) -> None:
    doc = exported(capsys, "--format", "claims", "--source", "harbour-wire")
    works = {w["identifier"] for c in doc["@graph"] for w in c["appearance"]}
    assert doc["@graph"] and works == {"harbour-wire"}


def test_editorial_facts_only_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    default = exported(capsys, "--format", "annotation")["total"]
    every = exported(capsys, "--format", "annotation", "--include-editorial")["total"]
    assert every > default


def test_left_out_editorial_facts_are_a_hint(capsys: pytest.CaptureFixture[str]) -> None:
    """Quiet in a pipe; said with --verbose (or on a terminal)."""
    code, out, err = call(capsys, "--verbose", "export", "--format", "annotation")
    assert code == 0 and json.loads(out)
    assert err.startswith("defcoop: ") and err.endswith(" left out; add --include-editorial\n")


def test_json_is_taken_and_changes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    plain = call(capsys, "export", "--format", "claims")
    assert call(capsys, "export", "--format", "claims", "--json") == plain


def test_a_close_spelling_is_suggested(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = call(capsys, "export", "--format", "anotation")
    assert (code, out) == (2, "")
    assert err == (
        "defcoop: --format 'anotation' is not one of: annotation, claims; "
        "did you mean 'annotation'?\n"
    )


def test_the_format_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = call(capsys, "export")
    assert (code, out) == (2, "") and "Missing option '--format'" in err


def test_an_empty_fact_base_exports_an_empty_document_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert call(capsys, "init", str(tmp_path / "mine"))[0] == 0
    empty = str(tmp_path / "mine" / "facts.json")
    code, out, err = call(capsys, "--facts", empty, "export", "--format", "annotation")
    assert code == 1 and json.loads(out)["total"] == 0
    assert err == "defcoop: no facts to export\n"
