"""The writers (init, add, reanchor --write), in process: the lock, and failures injected
at each step of the write phase, before and after the fact file is renamed into place."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI, call
from writing_helpers import (
    ARTICLES,
    own_factbase,
    reviewed_draft,
    snapshot,
    source_ids,
)

from defcoop_cli import TEMPORARY
from defcoop_cli.curation import adding
from defcoop_cli.errors import TryAgain, WriteError
from defcoop_cli.factbase import files, locking


@pytest.fixture
def mine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return own_factbase(tmp_path, monkeypatch)


@pytest.fixture
def art_1(capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path) -> Path:
    """A reviewed draft of short-report as source art-1, against mine as made: ready to add
    (drafted once a session, writing_helpers.accepted_draft)."""
    return reviewed_draft(capsys, tmp_path, "art-1")


class TestOneWriterAtATime:
    def test_a_writer_gives_up_after_the_timeout_with_exit_75_and_nothing_changed(
        self,
        capsys: pytest.CaptureFixture[str],
        mine: Path,
        art_1: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        before = snapshot(mine.parent)
        monkeypatch.setenv("DEFCOOP_LOCK_TIMEOUT", "0.2")
        with locking.exclusive(mine):
            code, out, err = call(capsys, "add", str(art_1))
        assert code == 75 and out == ""
        assert err == (
            f"defcoop: {mine}: another writer held it longer than 0.2 s "
            "(DEFCOOP_LOCK_TIMEOUT); nothing was changed: try again\n"
        )
        assert snapshot(mine.parent) == before

    def test_a_writer_waits_says_so_after_a_second_then_adds(
        self,
        capsys: pytest.CaptureFixture[str],
        mine: Path,
        art_1: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        held, release = threading.Event(), threading.Event()

        def other_writer() -> None:
            with locking.exclusive(mine):
                held.set()
                release.wait(10)

        thread = threading.Thread(target=other_writer)
        thread.start()
        held.wait(10)
        threading.Timer(2.5, release.set).start()
        code, _out, err = call(capsys, "add", str(art_1))
        thread.join()
        assert code == 0
        assert err == f"defcoop: waiting for another writer of {mine}…\n"
        assert source_ids(mine) == {"art-1"}
        assert not locking.lock_file(mine).exists()

    def test_a_lock_file_left_by_a_writer_killed_outright_locks_nothing(
        self, capsys: pytest.CaptureFixture[str], mine: Path, art_1: Path
    ) -> None:
        locking.lock_file(mine).write_bytes(b"")
        code, _out, err = call(capsys, "add", str(art_1))
        assert code == 0 and err == ""
        assert not locking.lock_file(mine).exists()

    def test_a_waiter_on_a_lock_file_its_holder_removed_takes_the_new_one(
        self, tmp_path: Path
    ) -> None:
        target = tmp_path / "facts.json"
        order: list[str] = []
        first_in = threading.Event()

        def writer(name: str) -> None:
            with locking.exclusive(target):
                order.append(f"{name} in")
                first_in.set()
                time.sleep(0.2)
                order.append(f"{name} out")

        threads = [threading.Thread(target=writer, args=(n,)) for n in ("a", "b", "c")]
        threads[0].start()
        first_in.wait(10)
        for t in threads[1:]:
            t.start()
        for t in threads:
            t.join()
        assert [o.split()[1] for o in order] == ["in", "out"] * 3  # never two at once
        assert not locking.lock_file(target).exists()

    def test_the_same_file_by_a_symlink_takes_the_same_lock(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        mine: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        link = tmp_path / "link.json"
        link.symlink_to(mine)
        monkeypatch.setenv("DEFCOOP_LOCK_TIMEOUT", "0.1")
        with locking.exclusive(mine):
            code, _, err = call(
                capsys, "add", str(reviewed_draft(capsys, tmp_path, "art-1")), "--into", str(link)
            )
        assert code == 75 and "another writer" in err

    def test_a_symlinked_fact_file_is_written_whole_where_it_points(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        mine: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        (tmp_path / "elsewhere").mkdir()
        link = tmp_path / "elsewhere" / "link.json"
        link.symlink_to(mine)
        monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join([str(MINI), str(link)]))
        draft = reviewed_draft(capsys, tmp_path, "art-1")
        before = mine.read_bytes()
        assert call(capsys, "add", str(draft), "--into", str(link))[0] == 0
        assert os.listdir(link.parent) == ["link.json"]  # no sources/, no backup beside it
        assert (mine.parent / "facts.json.bak").read_bytes() == before
        assert (mine.parent / "sources" / "art-1.txt").is_file()
        assert call(capsys, "validate", str(link))[0] == 0  # its texts found through it

    @pytest.mark.parametrize("value", ["soon", "-1", "inf", "nan"])
    def test_a_timeout_that_is_not_a_number_of_seconds_is_a_usage_error(
        self,
        capsys: pytest.CaptureFixture[str],
        mine: Path,
        art_1: Path,
        monkeypatch: pytest.MonkeyPatch,
        value: str,
    ) -> None:
        monkeypatch.setenv("DEFCOOP_LOCK_TIMEOUT", value)
        code, _, err = call(capsys, "add", str(art_1))
        assert code == 2 and "DEFCOOP_LOCK_TIMEOUT" in err and err.count("\n") == 1

    def test_a_folder_where_no_lock_can_be_made_is_exit_74(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path, art_1: Path
    ) -> None:
        locking.lock_file(mine).symlink_to(tmp_path / "elsewhere")
        code, _, err = call(capsys, "add", str(art_1))
        assert code == 74 and "cannot make its lock" in err and err.count("\n") == 1

    def test_a_missing_target_is_named_before_any_lock(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path, art_1: Path
    ) -> None:
        missing = tmp_path / "nowhere" / "facts.json"
        code, _, err = call(capsys, "add", str(art_1), "--into", str(missing))
        assert (code, err) == (2, f"defcoop: {missing}: no such fact file\n")


class TestAnEditorThatTakesNoLock:
    """An edit by a program that takes no lock, made while add writes, is refused: add
    compares the file with what it read just before its rename."""

    @pytest.mark.parametrize("same_size", [False, True])
    def test_an_edit_in_place_during_the_write_is_never_overwritten(
        self, capsys: pytest.CaptureFixture[str], mine: Path, art_1: Path, same_size: bool
    ) -> None:
        old = mine.read_bytes()
        edited = old.replace(b'"facts": []', b'"facts" :[]' if same_size else b'"facts": [ ]')
        assert (len(edited) == len(old)) is same_size

        def editor_saves(step: str) -> None:
            if step == "facts":
                info = os.stat(mine)
                with open(mine, "r+b") as f:  # in place: same inode, as many editors do
                    f.write(edited)
                    f.truncate()
                os.utime(mine, ns=(info.st_atime_ns, info.st_mtime_ns))  # mtime put back

        with pytest.raises(TryAgain, match="changed while add ran"):
            adding.add(art_1, mine, [MINI], fail_at=editor_saves)
        assert mine.read_bytes() == edited
        assert not (mine.parent / "sources" / "art-1.txt").exists()

    def test_an_edit_while_add_checks_is_exit_75(
        self,
        capsys: pytest.CaptureFixture[str],
        mine: Path,
        art_1: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        check = adding._check

        def editor_saves_then_check(*args: Any) -> Any:
            mine.write_text(mine.read_text(encoding="utf-8") + " ", encoding="utf-8")
            return check(*args)

        monkeypatch.setattr(adding, "_check", editor_saves_then_check)
        code, out, err = call(capsys, "add", str(art_1))
        assert code == 75 and out == "" and "changed while add ran" in err
        assert mine.read_text(encoding="utf-8").endswith("\n ")
        assert not (mine.parent / "sources" / "art-1.txt").exists()


@pytest.fixture
def added_once(capsys: pytest.CaptureFixture[str], mine: Path, art_1: Path) -> Path:
    """mine after one add: its backup is the empty version, distinct from the fact file."""
    code, _, err = call(capsys, "add", str(art_1))
    assert code == 0, err
    return mine


class TestTheBackupIsThePreviousVersion:
    def test_after_an_add_it_holds_the_version_before(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, added_once: Path
    ) -> None:
        before = added_once.read_bytes()
        assert call(capsys, "add", str(reviewed_draft(capsys, tmp_path, "art-2")))[0] == 0
        assert added_once.with_name("facts.json.bak").read_bytes() == before

    @pytest.mark.parametrize("step", ["source", "backup", "facts"])
    def test_a_failed_add_leaves_the_previous_backup(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, added_once: Path, step: str
    ) -> None:
        draft = reviewed_draft(capsys, tmp_path, "art-2")
        before = snapshot(added_once.parent)

        def disk_full(at: str) -> None:
            if at == step:
                raise OSError(errno.ENOSPC, "No space left on device")

        with pytest.raises(WriteError, match="No space left on device; it was left as it was"):
            adding.add(draft, added_once, [MINI], fail_at=disk_full)
        assert snapshot(added_once.parent) == before

    def test_a_refused_concurrent_edit_leaves_the_previous_backup(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, added_once: Path
    ) -> None:
        draft = reviewed_draft(capsys, tmp_path, "art-2")
        backup = added_once.with_name("facts.json.bak").read_bytes()

        def editor_saves(at: str) -> None:
            if at == "facts":
                added_once.write_bytes(added_once.read_bytes() + b" ")

        with pytest.raises(TryAgain):
            adding.add(draft, added_once, [MINI], fail_at=editor_saves)
        assert added_once.with_name("facts.json.bak").read_bytes() == backup

    def test_a_rename_that_fails_leaves_the_previous_backup(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        added_once: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        draft = reviewed_draft(capsys, tmp_path, "art-2")
        before = snapshot(added_once.parent)
        real_replace = os.replace

        def failing(src: str, dst: str) -> None:
            if str(dst) == str(added_once):
                raise OSError(errno.EIO, "Input/output error")
            real_replace(src, dst)

        monkeypatch.setattr(os, "replace", failing)
        code, out, err = call(capsys, "add", str(draft))
        assert code == 74 and out == "" and "Input/output error" in err
        assert snapshot(added_once.parent) == before


# What the write phase calls, and the error injected at one call of it: every call, in
# turn, before and after the fact file is renamed into place.
FAULTS = {
    "os.open": (os, "open", errno.EIO),
    "os.fsync": (os, "fsync", errno.EIO),
    "os.link": (os, "link", errno.EIO),
    "os.replace": (os, "replace", errno.EIO),
    "os.chmod": (os, "chmod", errno.EPERM),
    "Path.write_bytes": (Path, "write_bytes", errno.ENOSPC),
}


def _fail_at_call(monkeypatch: pytest.MonkeyPatch, fault: str, at: int) -> list[int]:
    """Make the at-th call of the fault's function raise its OSError; count every call."""
    owner, name, code = FAULTS[fault]
    real = getattr(owner, name)
    calls = [0]

    def failing(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == at:
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, failing)
    return calls


class TestAFailureAtEachStep:
    """Whatever call of the write phase fails, the result is one of three: added (exit 0);
    nothing changed, backup included (exit 1, 2 or 74); or added, but (exit 3), with the new
    fact file and the text it quotes in place. Never a temporary file left."""

    @pytest.mark.parametrize("fault", list(FAULTS))
    def test_every_call_in_turn(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        added_once: Path,
        monkeypatch: pytest.MonkeyPatch,
        fault: str,
    ) -> None:
        draft = reviewed_draft(capsys, tmp_path, "art-2")
        pristine = tmp_path / "pristine"
        shutil.copytree(added_once.parent, pristine, symlinks=True)
        before = snapshot(pristine)
        outcomes = set()
        at = 1
        while True:
            shutil.rmtree(added_once.parent)
            shutil.copytree(pristine, added_once.parent, symlinks=True)
            with monkeypatch.context() as patch:
                calls = _fail_at_call(patch, fault, at)
                code, out, err = call(capsys, "add", str(draft))
            outcomes.add(code)
            self.check(added_once, before, code, out, err)
            if calls[0] < at:  # the fault was never reached: the add ran whole
                break
            at += 1
        assert 0 in outcomes and outcomes - {0}
        if fault in ("os.open", "os.fsync", "os.replace"):  # these are called after the rename
            assert 3 in outcomes

    @staticmethod
    def check(target: Path, before: dict[str, bytes | None], code: int, out: str, err: str) -> None:
        assert not TEMPORARY  # nothing left for a later signal to remove
        after = snapshot(target.parent)
        assert not [name for name in after if name.endswith((".tmp", ".lock"))], after
        text = (ARTICLES / "short-report.txt").read_bytes()
        if code in (0, 3):
            assert source_ids(target) == {"art-1", "art-2"}
            assert after["sources/art-2.txt"] == text
        if code == 0:
            assert "added to" in out and err == ""
            assert after["facts.json.bak"] == before["facts.json"]
        elif code == 3:
            assert out == "" and err.startswith(f"defcoop: {target}: added, but ")
            assert err.count("\n") == 1
        else:
            assert code in (1, 2, 74), err
            assert after == before


class TestTheTruthAfterALateFailure:
    def test_the_folder_not_flushed_after_the_rename_is_added_but_exit_3(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        added_once: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        draft = reviewed_draft(capsys, tmp_path, "art-2")
        backup = added_once.with_name("facts.json.bak")
        older = backup.read_bytes()
        real_replace, renamed = os.replace, []

        def note_renames(src: str, dst: str) -> None:
            real_replace(src, dst)
            renamed.append(str(dst))

        def fsync_fails_once_renamed(fd: int) -> None:
            if renamed:
                raise OSError(errno.EIO, "Input/output error")

        monkeypatch.setattr(os, "replace", note_renames)
        monkeypatch.setattr(os, "fsync", fsync_fails_once_renamed)
        code, out, err = call(capsys, "add", str(draft))
        monkeypatch.undo()
        assert (code, out) == (3, "")
        assert err == (
            f"defcoop: {added_once}: added, but its folder could not be flushed to disk "
            f"(Input/output error): a crash could still undo the add, and {backup} was left "
            "as it was\n"
        )
        assert backup.read_bytes() == older
        assert (added_once.parent / "sources" / "art-2.txt").exists()
        assert call(capsys, "validate")[0] == 0  # every command can still use it


def _dead_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


class TestWhatAWriterKilledOutrightLeaves:
    def test_is_removed_by_the_next_add_once_its_writer_is_gone(
        self, capsys: pytest.CaptureFixture[str], mine: Path, art_1: Path
    ) -> None:
        dead, alive = _dead_pid(), os.getppid()
        sources = mine.parent / "sources"
        left = [
            mine.parent / f".facts.json.defcoop-{dead}-abcd1234.tmp",
            mine.parent / f".facts.json.bak.defcoop-{dead}-x_y_z123.tmp",
            sources / f".art-1.txt.defcoop-{dead}-q9q9q9q9.tmp",
        ]
        kept = [
            mine.parent / f".facts.json.defcoop-{alive}-abcd1234.tmp",  # its writer may be at work
            mine.parent / f".facts.json.defcoop-{dead}-ABCD1234.tmp",  # not a name defcoop makes
            mine.parent / "notes.tmp",
        ]
        for path in (*left, *kept):
            path.write_bytes(b"x" * 1000)
        old = mine.parent / f".facts.json.defcoop-{alive}-old00000.tmp"
        old.write_bytes(b"")
        os.utime(old, (time.time() - 2 * 86_400,) * 2)  # a day old: abandoned all the same
        code, _, err = call(capsys, "add", str(art_1))
        assert code == 0, err
        assert [p.exists() for p in (*left, old)] == [False] * 4
        assert all(p.exists() for p in kept)

    def test_a_folder_left_by_a_writer_is_removed_whole(self, tmp_path: Path) -> None:
        staging = tmp_path / f".out.defcoop-{_dead_pid()}-abcdefgh.tmp"
        (staging / "sources").mkdir(parents=True)
        (staging / "sources" / "a.txt").write_text("a", encoding="utf-8")
        files.remove_leftovers(tmp_path)
        assert list(tmp_path.iterdir()) == []

    def test_a_lock_file_is_removed_only_when_no_one_holds_it(self, tmp_path: Path) -> None:
        stale, held = tmp_path / "a", tmp_path / "b"
        locking.lock_file(stale).write_bytes(b"")
        with locking.exclusive(held):
            locking.tidy(tmp_path)
            assert os.listdir(tmp_path) == [locking.lock_file(held).name]
        assert os.listdir(tmp_path) == []


@pytest.fixture
def foreign(tmp_path: Path) -> Path:
    """A copy of mini from someone else: its one source, and room for others."""
    shutil.copytree(MINI.parent, tmp_path / "foreign")
    (tmp_path / "new.txt").write_bytes((MINI.parent / "sources" / "mini.txt").read_bytes())
    return tmp_path / "foreign" / "facts.json"


def _with_source(fact_file: Path, path: str, text: bytes) -> None:
    """Give the fact base another source, at path, whose recorded sha256 is text's."""
    doc = json.loads(fact_file.read_text(encoding="utf-8"))
    other = dict(doc["sources"][0], id="other", path=path, furniture=[], editorial=[])
    other["sha256"] = hashlib.sha256(text).hexdigest()
    doc["sources"].append(other)
    fact_file.write_text(json.dumps(doc, indent=2), encoding="utf-8")


def _reanchor_write(
    capsys: pytest.CaptureFixture[str], fact_file: Path, out: Path
) -> tuple[int, str, str]:
    new = fact_file.parents[1] / "new.txt"
    return call(
        capsys, "reanchor", "mini", str(new), "--facts", str(fact_file), "--write", str(out)
    )


class TestReanchorWritesStayInsideTheirFolders:
    @pytest.fixture
    def secret(self, tmp_path: Path) -> Path:
        (tmp_path / "secret").mkdir()
        secret = tmp_path / "secret" / "secret.txt"
        secret.write_bytes(b"the secret\n")
        return secret

    def test_a_source_path_with_dot_dot_is_neither_read_nor_written(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, foreign: Path, secret: Path
    ) -> None:
        _with_source(foreign, "../secret/secret.txt", secret.read_bytes())
        out = tmp_path / "deep" / "out"
        code, _, err = _reanchor_write(capsys, foreign, out)
        assert code == 2 and "leaves the fact base's folder" in err and err.count("\n") == 1
        assert not out.parent.exists()  # refused before anything was made
        assert sorted(os.listdir(secret.parent)) == ["secret.txt"]

    def test_an_existing_file_beside_out_is_never_overwritten(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, foreign: Path
    ) -> None:
        victim = tmp_path / "victim.txt"
        victim.write_bytes(b"precious\n")
        (foreign.parent / "sources" / "victim.txt").write_bytes(b"overwritten\n")
        _with_source(foreign, "../victim.txt", b"overwritten\n")
        code, _, err = _reanchor_write(capsys, foreign, tmp_path / "out")
        assert code == 2 and "leaves the fact base's folder" in err
        assert victim.read_bytes() == b"precious\n"

    def test_a_symlink_out_of_the_folder_is_not_followed(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, foreign: Path, secret: Path
    ) -> None:
        (foreign.parent / "sources" / "notes.txt").symlink_to(secret)
        _with_source(foreign, "sources/notes.txt", secret.read_bytes())
        out = tmp_path / "out"
        code, _, err = _reanchor_write(capsys, foreign, out)
        assert code == 2 and "resolves outside the fact base's folder" in err
        assert not out.exists()

    def test_a_source_whose_text_is_not_the_recorded_one_is_refused(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, foreign: Path
    ) -> None:
        (foreign.parent / "sources" / "other.txt").write_bytes(b"one text\n")
        _with_source(foreign, "sources/other.txt", b"another text\n")
        code, _, err = _reanchor_write(capsys, foreign, tmp_path / "out")
        assert code == 2 and "sha256 does not match" in err
        assert not (tmp_path / "out").exists()

    def test_a_good_copy_holds_every_source_and_nothing_else(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, foreign: Path
    ) -> None:
        (foreign.parent / "sources" / "2025").mkdir()
        (foreign.parent / "sources" / "2025" / "other.txt").write_bytes(b"another text\n")
        _with_source(foreign, "sources/2025/other.txt", b"another text\n")
        out = tmp_path / "out"
        code, _, err = _reanchor_write(capsys, foreign, out)
        assert code == 0, err
        copied = snapshot(out)
        assert sorted(copied) == [
            "facts.json",
            "sources",
            "sources/2025",
            "sources/2025/other.txt",
            "sources/mini.txt",
        ]
        assert copied["sources/2025/other.txt"] == b"another text\n"
        assert copied["sources/mini.txt"] == (tmp_path / "new.txt").read_bytes()
        assert sorted(os.listdir(tmp_path)) == ["foreign", "new.txt", "out"]

    def test_out_is_never_merged_into(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, foreign: Path
    ) -> None:
        (tmp_path / "out").mkdir()
        code, _, err = _reanchor_write(capsys, foreign, tmp_path / "out")
        assert code == 2 and "already exists" in err
        assert list((tmp_path / "out").iterdir()) == []


class TestLayersAboveAreChecked:
    def test_a_source_id_a_layer_above_uses_is_refused_in_a_lower_layer(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        lower = own_factbase(tmp_path, monkeypatch, name="lower")
        upper = own_factbase(tmp_path, monkeypatch, name="upper")
        monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join(map(str, [MINI, lower, upper])))
        draft = reviewed_draft(capsys, tmp_path, "art-1")  # drafted before art-1 was in use
        assert call(capsys, "add", str(draft))[0] == 0
        assert source_ids(upper) == {"art-1"}
        before = snapshot(lower.parent)
        code, out, err = call(
            capsys,
            "add",
            str(draft),
            "--into",
            str(lower),
            "--json",
        )
        problems = json.loads(out)["problems"]
        assert code == 1, err
        assert f"source id 'art-1' is already used in {upper}" in [p["message"] for p in problems]
        assert snapshot(lower.parent) == before
        assert call(capsys, "validate", "--merged")[0] == 0  # the stack is still usable

    def test_a_lower_layer_takes_what_no_layer_uses(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        lower = own_factbase(tmp_path, monkeypatch, name="lower")
        upper = own_factbase(tmp_path, monkeypatch, name="upper")
        monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join(map(str, [MINI, lower, upper])))
        assert call(capsys, "add", str(reviewed_draft(capsys, tmp_path, "art-1")))[0] == 0
        draft = reviewed_draft(capsys, tmp_path, "art-2")
        assert call(capsys, "add", str(draft), "--into", str(lower))[0] == 0
        assert source_ids(lower) == {"art-2"}
        assert call(capsys, "validate", "--merged")[0] == 0


INIT_FAULTS = {
    "os.mkdir": (os, "mkdir", errno.ENOSPC),
    "os.open": (os, "open", errno.EIO),
    "os.fsync": (os, "fsync", errno.EIO),
    "os.link": (os, "link", errno.EIO),
    "os.rename": (os, "rename", errno.EIO),
    "os.replace": (os, "replace", errno.EIO),
    "Path.write_text": (Path, "write_text", errno.ENOSPC),
}


class TestInitIsAtomic:
    """init makes a whole fact base or nothing, whatever call fails: exit 0 (made), 2 or
    74 (nothing made), or 3 (made, but not flushed to disk: 'created, but')."""

    @pytest.mark.parametrize(
        ("exists", "fault"),
        [(False, f) for f in INIT_FAULTS if f != "os.link"]
        + [(True, f) for f in INIT_FAULTS if f not in ("os.rename", "os.replace")],
        ids=lambda v: {False: "new folder", True: "existing folder"}.get(v, v),
    )
    def test_every_call_in_turn(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        fault: str,
        exists: bool,
    ) -> None:
        monkeypatch.setitem(FAULTS, fault, INIT_FAULTS[fault])
        folder = tmp_path / "parent" / "mine"
        outcomes = set()
        at = 1
        while True:
            shutil.rmtree(tmp_path / "parent", ignore_errors=True)
            if exists:
                folder.mkdir(parents=True)
            with monkeypatch.context() as patch:
                calls = _fail_at_call(patch, fault, at)
                code, out, err = call(capsys, "init", str(folder))
            outcomes.add(code)
            assert not TEMPORARY
            made = snapshot(tmp_path / "parent")
            if code in (0, 3):
                assert sorted(made) == ["mine", "mine/facts.json", "mine/sources"], made
            if code == 3:
                assert err.startswith(f"defcoop: {folder}/facts.json: created, but ")
            elif code != 0:
                assert (code, out, err.count("\n")) == (74, "", 1), err
                assert "nothing was made" in err or "cannot make its lock" in err
                assert made == ({"mine": None} if exists else {})
            if calls[0] < at:
                break
            at += 1
        assert {0, 74} <= outcomes
        if fault == "os.fsync":  # the last flush comes after the fact base is in place
            assert 3 in outcomes

    def test_a_full_disk_is_exit_74(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setitem(FAULTS, "Path.write_text", INIT_FAULTS["Path.write_text"])
        _fail_at_call(monkeypatch, "Path.write_text", 1)
        code, out, err = call(capsys, "init", str(tmp_path / "mine"))
        assert (code, out) == (74, "")
        assert err == (
            f"defcoop: {tmp_path / 'mine'}: cannot create a fact base: No space left on "
            "device; nothing was made\n"
        )
        assert os.listdir(tmp_path) == []

    def test_the_empty_sources_folder_of_an_init_killed_part_way_is_taken(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        (tmp_path / "mine" / "sources").mkdir(parents=True)
        assert call(capsys, "init", str(tmp_path / "mine"))[0] == 0
        (tmp_path / "other" / "sources").mkdir(parents=True)
        (tmp_path / "other" / "sources" / "kept.txt").write_text("mine", encoding="utf-8")
        code, _, err = call(capsys, "init", str(tmp_path / "other"))
        assert code == 2 and "sources already exists" in err

    def test_a_file_where_the_folder_should_be_is_refused(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        (tmp_path / "mine").write_text("precious", encoding="utf-8")
        code, _, err = call(capsys, "init", str(tmp_path / "mine"))
        assert code == 2 and "is not a folder" in err
        assert (tmp_path / "mine").read_text(encoding="utf-8") == "precious"

    @pytest.mark.parametrize("exists", [False, True], ids=["new folder", "existing folder"])
    def test_init_takes_the_writers_lock(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        exists: bool,
    ) -> None:
        folder = tmp_path / "mine"
        if exists:
            folder.mkdir()
        monkeypatch.setenv("DEFCOOP_LOCK_TIMEOUT", "0.1")
        with locking.exclusive(folder / "facts.json" if exists else folder):
            code, _, err = call(capsys, "init", str(folder))
        assert code == 75 and "another writer" in err
        assert os.listdir(tmp_path) == (["mine"] if exists else [])


class TestPathsAndDepth:
    NOT_UTF8 = b"n\xffu".decode("utf-8", "surrogateescape")  # as Python decodes such argv

    @pytest.mark.parametrize(
        ("argv", "what"),
        [
            (["init", "{bad}"], "DIR"),
            (["add", "{bad}.json"], "DRAFT"),
            (["add", "{draft}", "--into", "{bad}/facts.json"], "--into"),
            (["reanchor", "mini", "{text}", "--write", "{bad}"], "--write"),
            (["reanchor", "mini", "{bad}.txt"], "NEW_TEXT"),
            (["draft", "{text}", "--source-id", "x", "-o", "{bad}.json"], "--output"),
        ],
    )
    def test_a_path_that_is_not_utf8_is_refused_in_one_line_and_nothing_made(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        mine: Path,
        art_1: Path,
        argv: list[str],
        what: str,
    ) -> None:
        names = {"bad": str(tmp_path / self.NOT_UTF8), "draft": str(art_1)}
        names["text"] = str(tmp_path / "art-1.txt")
        before = snapshot(tmp_path)
        code, out, err = call(capsys, *(a.format(**names) for a in argv))
        assert (code, out) == (2, "")
        assert err.startswith(f"defcoop: {what} is not valid UTF-8 (") and err.count("\n") == 1
        assert "n\ufffdu" in err
        assert snapshot(tmp_path) == before

    @pytest.mark.parametrize("which", ["draft", "target"])
    def test_json_nested_100000_deep_is_exit_2_in_one_line(
        self, capsys: pytest.CaptureFixture[str], mine: Path, art_1: Path, which: str
    ) -> None:
        deep = b"[" * 100_000 + b"]" * 100_000
        (art_1 if which == "draft" else mine).write_bytes(deep)
        code, out, err = call(capsys, "add", str(art_1))
        assert (code, out) == (2, "")
        assert err.endswith("invalid JSON: nested too deeply\n") and err.count("\n") == 1


@pytest.fixture
def umask_027() -> Any:
    before = os.umask(0o027)
    yield
    os.umask(before)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


class TestPermissions:
    """A file a writer makes anew gets 0666 less the umask, as any program's; a file it
    replaces keeps its mode, and (root) its owner and group."""

    def test_new_files_get_the_umasks_mode(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        umask_027: None,
    ) -> None:
        mine = own_factbase(tmp_path, monkeypatch)  # init
        assert (_mode(mine), _mode(mine.parent / "sources")) == (0o640, 0o750)
        text = tmp_path / "art-1.txt"
        shutil.copyfile(ARTICLES / "short-report.txt", text)
        out = tmp_path / "art-1.json"
        assert call(capsys, "draft", str(text), "--source-id", "art-1", "-o", str(out))[0] == 0
        assert _mode(out) == 0o640
        mine.chmod(0o604)  # a mode of the curator's own: kept by the add
        doc = json.loads(out.read_text(encoding="utf-8"))
        for item in (*doc["facts"], *doc["entities"]):
            item["review"] = "accepted"
        out.write_text(json.dumps(doc), encoding="utf-8")
        assert call(capsys, "add", str(out), "--into", str(mine))[0] == 0
        assert (_mode(mine), _mode(mine.parent / "sources" / "art-1.txt")) == (0o604, 0o640)
        fixed = tmp_path / "fixed"
        assert (
            call(
                capsys, "reanchor", "art-1", str(text), "--facts", str(mine), "--write", str(fixed)
            )[0]
            == 0
        )
        assert (_mode(fixed), _mode(fixed / "facts.json")) == (0o750, 0o640)

    def test_a_lock_file_gets_the_umasks_mode(self, tmp_path: Path) -> None:
        """The lock file is made anew too: 0666 less the umask, not a fixed 0644."""
        before = os.umask(0o002)  # a group that shares the folder may take the lock
        try:
            with locking.exclusive(tmp_path / "facts.json"):
                assert _mode(locking.lock_file(tmp_path / "facts.json")) == 0o664
        finally:
            os.umask(before)

    @pytest.mark.skipif(os.geteuid() != 0, reason="only root gives a file to another user")
    def test_a_replaced_file_keeps_its_owner_and_group(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, added_once: Path
    ) -> None:
        os.chown(added_once, 4321, 4322)
        assert call(capsys, "add", str(reviewed_draft(capsys, tmp_path, "art-2")))[0] == 0
        backup = added_once.with_name("facts.json.bak")
        for path in (added_once, backup):
            assert (path.stat().st_uid, path.stat().st_gid) == (4321, 4322)


class TestMessagesNameWhatFailed:
    def test_a_sources_folder_that_cannot_be_written_is_named(
        self,
        capsys: pytest.CaptureFixture[str],
        mine: Path,
        art_1: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        before = snapshot(mine.parent)
        real_link = os.link

        def read_only(src: Any, dst: Any, **kwargs: Any) -> None:
            if Path(dst).parent.name == "sources":  # as a read-only sources/ (root ignores modes)
                raise PermissionError(errno.EACCES, "Permission denied")
            real_link(src, dst, **kwargs)

        monkeypatch.setattr(os, "link", read_only)
        code, _, err = call(capsys, "add", str(art_1), "--into", str(mine))
        assert (code, err) == (
            74,
            f"defcoop: {mine.parent / 'sources'}: cannot copy the article's text into it: "
            "Permission denied; nothing was added\n",
        )
        assert snapshot(mine.parent) == before

    def test_a_lock_is_named_as_the_file_was_given_and_a_symlink_in_its_place_said(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        mine: Path,
        art_1: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        monkeypatch.chdir(tmp_path)
        locking.lock_file(mine).symlink_to(tmp_path / "elsewhere")
        code, _, err = call(capsys, "add", str(art_1), "--into", "mine/facts.json")
        assert (code, err) == (
            74,
            "defcoop: mine/facts.json: cannot make its lock mine/.facts.json.defcoop.lock: "
            "a symlink is in its place (remove it)\n",
        )


class TestTheArticleBesideTheDraft:
    """A draft whose article is gone takes the same-named file beside it only when that
    file is the text drafted (its sha256); else the article named is the one missing."""

    def plan_of(self, tmp_path: Path, beside: bytes) -> Path | None:
        drafted = b"The text that was drafted.\n"
        (tmp_path / "a.txt").write_bytes(beside)
        draft = {
            "draft": {"article": str(tmp_path / "gone" / "a.txt")},
            "sources": [{"id": "s", "sha256": hashlib.sha256(drafted).hexdigest()}],
        }
        return adding.plan(draft, tmp_path / "d.json").article

    def test_the_text_drafted_is_taken(self, tmp_path: Path) -> None:
        assert self.plan_of(tmp_path, b"The text that was drafted.\n") == tmp_path / "a.txt"

    def test_another_text_is_not(self, tmp_path: Path) -> None:
        assert self.plan_of(tmp_path, b"Another text.\n") == tmp_path / "gone" / "a.txt"
