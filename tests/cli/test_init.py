"""init: an empty fact base of one's own, never over an existing one."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import call

from defcoop_cli.factbase import locking


class TestInit:
    def test_creates_an_empty_fact_base(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        code, out, _ = call(capsys, "init", str(tmp_path / "mine"))
        assert code == 0 and "created" in out
        doc = json.loads((tmp_path / "mine" / "facts.json").read_text(encoding="utf-8"))
        assert doc["facts"] == [] and (tmp_path / "mine" / "sources").is_dir()
        code, out, _ = call(capsys, "validate", str(tmp_path / "mine" / "facts.json"))
        assert code == 0, out

    def test_refuses_to_overwrite(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        (tmp_path / "mine").mkdir()
        (tmp_path / "mine" / "facts.json").write_text("precious", encoding="utf-8")
        code, out, err = call(capsys, "init", str(tmp_path / "mine"))
        assert code == 2 and out == "" and "already exists" in err
        assert (tmp_path / "mine" / "facts.json").read_text(encoding="utf-8") == "precious"

    def test_a_lock_left_beside_the_folder_goes_with_the_next_init_one_in_use_stays(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """An init of a new folder killed once it was in place leaves its lock file beside
        it (tests/process/test_writers.py): the next init of it, refused, removes it, and
        never one a writer holds."""
        mine = tmp_path / "mine"
        assert call(capsys, "init", str(mine))[0] == 0
        locking.lock_file(mine).write_bytes(b"")  # no one holds it
        code, _, err = call(capsys, "init", str(mine))
        assert code == 2 and "already exists" in err
        assert os.listdir(tmp_path) == ["mine"]
        with locking.exclusive(mine):  # an init of it as a new folder, still at work
            assert call(capsys, "init", str(mine))[0] == 2
            assert locking.lock_file(mine).exists()
        assert os.listdir(tmp_path) == ["mine"]

    def test_a_lock_that_cannot_be_made_names_the_folder_as_given(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(tmp_path)
        (tmp_path / ".mine.defcoop.lock").mkdir()  # where the lock file should be
        code, out, err = call(capsys, "init", "mine")
        assert code == 74 and out == "" and err.startswith("defcoop: mine: cannot make its lock")
        assert err.count("\n") == 1 and not (tmp_path / "mine").exists()


def test_a_path_given_with_a_tilde_is_in_the_home_folder_never_a_folder_named_tilde(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'~' quoted, or after '=' (`--facts=~/…`), reaches defcoop unexpanded: taken as it
    is, `init '~/mine'` made a folder named '~' here, which `rm -rf ~` then "cleans up"."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    assert call(capsys, "init", "~/mine")[0] == 0
    assert (tmp_path / "home" / "mine" / "facts.json").is_file()
    assert not (tmp_path / "here" / "~").exists()
    code, out, err = call(capsys, "--facts=~/mine/facts.json", "validate")
    assert code == 0 and "/home/mine/facts.json: 0 facts" in out, out + err
    assert call(capsys, "validate", "~/mine/facts.json")[0] == 0
    monkeypatch.setenv("DEFCOOP_FACTS", "~/mine/facts.json")
    assert "/home/mine/facts.json: 0 facts" in call(capsys, "validate")[1]


def test_a_tilde_of_no_such_user_is_a_usage_error_not_a_folder_so_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shell leaves '~nosuch/x' as it is: taken so, init made './~nosuch/x'."""
    monkeypatch.chdir(tmp_path)
    code, out, err = call(capsys, "init", "~defcoop-no-such-user/mine")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "no user 'defcoop-no-such-user'" in err and "./~defcoop-no-such-user/mine" in err
    assert list(tmp_path.iterdir()) == []


def test_validate_opens_a_file_whose_name_is_not_utf8(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """validate only reads: a name in another encoding still names its file (made text for
    the checks, it named none: 'no such fact file')."""
    monkeypatch.chdir(tmp_path)
    assert call(capsys, "init", "mine")[0] == 0
    latin = os.fsdecode(b"caf\xe9.json")
    (tmp_path / "mine" / "facts.json").rename(tmp_path / latin)
    code, _, err = call(capsys, "validate", latin)
    assert code == 0, err


def test_a_path_too_long_once_its_tilde_is_expanded_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", "/" + "h" * 4090)
    code, out, err = call(capsys, "validate", "~/x.json")
    assert code == 2 and out == "" and "characters long; the limit is" in err, err
