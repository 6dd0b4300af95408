"""A draft file under review: saved atomically only when it changed, under the writers'
lock, never over a change another program made meanwhile; the article's text for context."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from defcoop_cli.curation.adding import read_draft
from defcoop_cli.curation.reviewing import DraftFile
from defcoop_cli.curation.writing import dumps
from defcoop_cli.errors import BadFactBase, Incomplete, TryAgain, WriteError
from defcoop_cli.factbase.locking import lock_file


def write(path: Path, article: str = "a.txt") -> Path:
    doc = {"draft": {"article": article}, "facts": [{"id": "f1", "review": "draft"}]}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_change_is_saved_in_the_drafts_layout(tmp_path: Path) -> None:
    file = DraftFile(write(tmp_path / "d.json"))
    file.draft["facts"][0]["review"] = "accepted"
    assert file.save() is True
    assert (tmp_path / "d.json").read_text(encoding="utf-8") == dumps(file.draft)
    assert not lock_file(tmp_path / "d.json").exists()  # let go, and removed


def test_nothing_changed_nothing_written(tmp_path: Path) -> None:
    path = write(tmp_path / "d.json")
    before = path.read_bytes()
    assert DraftFile(path).save() is False
    assert path.read_bytes() == before


def test_a_draft_changed_by_another_program_is_not_overwritten(tmp_path: Path) -> None:
    path = write(tmp_path / "d.json")
    file = DraftFile(path)
    other = DraftFile(path)
    other.draft["facts"][0]["review"] = "rejected"
    other.save()
    file.draft["facts"][0]["review"] = "accepted"
    with pytest.raises(TryAgain, match="another program changed the draft"):
        file.save()
    assert json.loads(path.read_text(encoding="utf-8"))["facts"][0]["review"] == "rejected"


def test_each_save_is_checked_against_the_last_one(tmp_path: Path) -> None:
    file = DraftFile(write(tmp_path / "d.json"))
    for verdict in ("accepted", "rejected", "draft"):
        file.draft["facts"][0]["review"] = verdict
        assert file.save()


def test_a_symlinked_draft_is_written_where_it_points(tmp_path: Path) -> None:
    real = write(tmp_path / "real.json")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    file = DraftFile(link)
    file.draft["facts"][0]["review"] = "accepted"
    file.save()
    assert link.is_symlink() and '"accepted"' in real.read_text(encoding="utf-8")


def test_the_article_is_read_beside_the_draft_or_not_at_all(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The text.\n", encoding="utf-8")
    assert DraftFile(write(tmp_path / "d.json")).article() == "The text.\n"
    os.remove(tmp_path / "a.txt")
    assert DraftFile(write(tmp_path / "d.json")).article() is None
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe")
    assert DraftFile(write(tmp_path / "d.json", "b.txt")).article() is None


def test_the_drafts_mode_is_kept(tmp_path: Path) -> None:
    path = write(tmp_path / "d.json")
    path.chmod(0o600)
    file = DraftFile(path)
    file.draft["facts"][0]["review"] = "accepted"
    file.save()
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.skipif(os.geteuid() != 0, reason="only root gives a file to another user")
def test_the_drafts_owner_and_group_are_kept(tmp_path: Path) -> None:
    path = write(tmp_path / "d.json")
    os.chown(path, 4321, 4322)
    file = DraftFile(path)
    file.draft["facts"][0]["review"] = "accepted"
    assert file.save()
    assert (path.stat().st_uid, path.stat().st_gid) == (4321, 4322)


def test_a_read_only_draft_is_not_replaced(tmp_path: Path) -> None:
    real = write(tmp_path / "real.json")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    before = real.read_bytes()
    real.chmod(0o444)
    file = DraftFile(link)
    file.draft["facts"][0]["review"] = "accepted"
    with pytest.raises(WriteError, match=rf"\A{re.escape(str(link))}: is read-only;"):
        file.save()  # named as given, not where the link leads
    assert real.read_bytes() == before and real.stat().st_mode & 0o777 == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_a_folder_not_ours_to_write_is_an_io_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Denied (or a read-only file system) is exit 74, as every writer gives it, not a
    usage error: the user's path is right, the machine refuses it."""
    import errno

    from defcoop_cli.factbase import files

    path = write(tmp_path / "d.json")
    before = path.read_bytes()

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files, "staged", denied)
    file = DraftFile(path)
    file.draft["facts"][0]["review"] = "accepted"
    with pytest.raises(WriteError, match="cannot save the review: Permission denied"):
        file.save()
    assert path.read_bytes() == before


def test_what_a_review_killed_outright_left_the_next_save_removes(tmp_path: Path) -> None:
    child = subprocess.Popen(["true"])
    child.wait()  # its process id is now no one's
    path = write(tmp_path / "d.json")
    (tmp_path / f".d.json.defcoop-{child.pid}-abcd1234.tmp").write_bytes(b"{")
    (tmp_path / ".other.json.defcoop.lock").write_bytes(b"")
    file = DraftFile(path)
    file.draft["facts"][0]["review"] = "accepted"
    file.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json"]


def test_an_outside_save_while_the_review_writes_is_kept(tmp_path: Path) -> None:
    path = write(tmp_path / "d.json")
    edited = '{"draft": {"article": "a.txt"}, "facts": [{"id": "f1", "review": "rejected"}]}'

    def editor_saves(step: str) -> None:  # the new version written, not yet renamed
        path.write_text(edited, encoding="utf-8")

    file = DraftFile(path, fail_at=editor_saves)
    file.draft["facts"][0]["review"] = "accepted"
    with pytest.raises(TryAgain, match="another program changed the draft"):
        file.save()
    assert path.read_text(encoding="utf-8") == edited
    assert [p.name for p in tmp_path.iterdir()] == ["d.json"]  # no temporary file, no lock


def test_a_draft_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "d.json")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    file = DraftFile(path)
    file.draft["facts"][0]["review"] = "accepted"
    assert file.save()
    assert DraftFile(path).draft["facts"][0]["review"] == "accepted"


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b" \n\t\n"])
def test_an_empty_draft_is_one_plain_line_in_review_and_add(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "d.json"
    path.write_bytes(content)  # no bytes, a byte order mark alone, white space
    for read in (DraftFile, read_draft):
        with pytest.raises(
            BadFactBase, match=rf"\A{re.escape(str(path))}: is empty, not a draft\Z"
        ):
            read(path)


def test_a_folder_flush_that_fails_after_the_rename_is_saved_but(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new version is in place: exit 3, "saved, but", as add's "added, but"."""
    import errno

    from defcoop_cli.factbase import files

    def flush_fails(folder: Path) -> None:
        raise OSError(errno.EIO, "Input/output error")

    path = write(tmp_path / "d.json")
    monkeypatch.setattr(files, "fsync_folder", flush_fails)
    file = DraftFile(path)
    file.draft["facts"][0]["review"] = "accepted"
    with pytest.raises(Incomplete, match=rf"\A{re.escape(str(path))}: saved, but its folder"):
        file.save()
    assert path.read_text(encoding="utf-8") == dumps(file.draft)
    assert file.save() is False  # what is in place is what the review holds
