"""The writers in real processes, where only a real process shows the fault: two adds at
once, an editor saving during a write, signals and kill -9 at a range of moments. The
default run tries a few moments; DEFCOOP_TEST_PROFILE=long sweeps them on a bigger base."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import (
    ARTICLES,
    LONG,
    MINI,
    assert_one_error_line,
    call,
    copy_of,
    defcoop_exe,
    run_defcoop,
)
from writing_helpers import own_factbase, reviewed_draft, snapshot, source_ids

from defcoop_cli.cli.entry import WORDS
from defcoop_cli.factbase import locking
from process.children import SECONDS, finished, line_from, started

# Facts of padding in the target: enough that writing it takes a moment (lost updates
# showed at 2,000 and were certain at 20,000).
PADDING = 20_000 if LONG else 500
QUICK_STAGGERS = [0.05]
SWEEP_STAGGERS = [0.0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6, 0.8]


def start(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [defcoop_exe(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ
    )


def finish(proc: subprocess.Popen[bytes]) -> tuple[int, str]:
    _, err = finished(proc, "the writer to end", seconds=300)
    return proc.returncode, err.decode("utf-8", "replace")


Drafts = dict[tuple[str, ...], Path]


@pytest.fixture(scope="module")
def padded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The padded fact base, made once for the module; each test writes to a copy (`big`)."""
    with pytest.MonkeyPatch.context() as patch:
        return own_factbase(tmp_path_factory.mktemp("padded"), patch, padding=PADDING)


@pytest.fixture
def big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, padded: Path) -> Path:
    """A copy of the padded fact base of the test's own, layered on mini (DEFCOOP_FACTS)."""
    target = copy_of(padded, tmp_path / padded.parent.name)
    monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join([str(MINI), str(target)]))
    return target


@pytest.fixture(scope="module")
def made_drafts(tmp_path_factory: pytest.TempPathFactory) -> Drafts:
    """The reviewed drafts made so far in the module, by source id and the sources the
    target held when it was drafted (a draft links to the facts of its fact base)."""
    return {(): tmp_path_factory.mktemp("drafts")}


def draft_for(
    capsys: pytest.CaptureFixture[str],
    made: Drafts,
    target: Path,
    source_id: str,
) -> Path:
    """The reviewed draft of art-N against target as it is now: made by the first test that
    asks, read by the rest (add copies its text and never changes it)."""
    key = (source_id, *sorted(source_ids(target)))
    if key not in made:
        folder = made[()] / str(len(made))
        folder.mkdir()
        made[key] = reviewed_draft(capsys, folder, source_id)
    return made[key]


def two_adds_at_once(
    capsys: pytest.CaptureFixture[str], made: Drafts, target: Path, stagger: float
) -> None:
    first, second = (draft_for(capsys, made, target, f"art-{n}") for n in (1, 2))
    a = start("add", str(first))
    time.sleep(stagger)
    b = start("add", str(second))
    results = [finish(a), finish(b)]
    # a writer waiting over a second names the holder that /proc still shows (" (process
    # 123)", locking.holder), as on a loaded machine, or none that has just let go
    waited = re.compile(
        rf"defcoop: waiting for another writer of {re.escape(str(target))}( \(process \d+\))?…\n"
    )
    assert all(code == 0 and (err == "" or waited.fullmatch(err)) for code, err in results), results
    assert source_ids(target) == {"art-1", "art-2", "mini"}  # no lost update
    backup = json.loads(target.with_name("facts.json.bak").read_text(encoding="utf-8"))
    assert len({f["source"] for f in backup["facts"]} - {"mini"}) == 1  # the version before


@pytest.mark.parametrize("stagger", QUICK_STAGGERS)
def test_two_adds_at_once_both_land(
    capsys: pytest.CaptureFixture[str], made_drafts: Drafts, big: Path, stagger: float
) -> None:
    two_adds_at_once(capsys, made_drafts, big, stagger)


@pytest.mark.long
@pytest.mark.parametrize("stagger", SWEEP_STAGGERS)
def test_two_adds_at_once_both_land_at_every_stagger(
    capsys: pytest.CaptureFixture[str], made_drafts: Drafts, big: Path, stagger: float
) -> None:
    two_adds_at_once(capsys, made_drafts, big, stagger)


def an_editor_saves_during_the_add(
    capsys: pytest.CaptureFixture[str], made: Drafts, target: Path, delay: float
) -> None:
    """An editor rewrites the fact file in place (no lock) while add runs: its edit is
    never lost. Either add read the edited file (and adds to it), or it refuses, or it
    was done before the editor saved (and the editor's save replaced its work)."""
    draft = draft_for(capsys, made, target, "art-1")
    edited = target.read_bytes().replace(b'"statement": "Alpha met', b'"statement": "ALPHA met', 1)
    proc = start("add", str(draft))
    time.sleep(delay)
    with open(target, "r+b") as f:
        f.write(edited)
        f.truncate()
    code, err = finish(proc)
    assert b'"statement": "ALPHA met' in target.read_bytes(), (code, err)
    if code == 0:
        assert source_ids(target) == {"art-1", "mini"} or target.read_bytes() == edited
    else:
        assert code in (2, 75) and err.count("\n") == 1, err
        assert not (target.parent / "sources" / "art-1.txt").exists()


# add, made to pause at its worst moment for an editor: it has read the fact file and
# staged the new one, and is about to check that the file is still what it read, then
# replace it (the step "facts" of curation.writing). It says so on stderr, then waits for
# its stdin to close.
PAUSED_ADD = (
    "import sys\n"
    "import defcoop_cli.curation.adding as adding\n"
    "real = adding.add\n"
    "def pause(step):\n"
    "    if step == 'facts':\n"
    "        print('read', file=sys.stderr, flush=True)\n"
    "        sys.stdin.read()\n"
    "def add(*args, **kwargs):\n"
    "    return real(*args, fail_at=pause, **kwargs)\n"
    "adding.add = add\n"
    "from defcoop_cli.cli import entry\n"
    "entry.main()\n"
)


def test_an_editor_saving_during_an_add_is_never_overwritten(
    capsys: pytest.CaptureFixture[str], made_drafts: Drafts, big: Path
) -> None:
    """The editor saves between add's read and its rename, every time (not by timing, which
    at this size lands before or after that moment): add refuses, with one line and exit
    75, and leaves the edit and everything else as it was."""
    draft = draft_for(capsys, made_drafts, big, "art-1")
    edited = big.read_bytes().replace(b'"statement": "Alpha met', b'"statement": "ALPHA met', 1)
    before = snapshot(big.parent)
    argv = [sys.executable, "-c", PAUSED_ADD, "add", str(draft)]
    pipes = dict(stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    with started(argv, **pipes) as proc:
        assert line_from(proc, proc.stderr, "add to read the fact file") == b"read\n"
        with open(big, "r+b") as f:  # in place, as an editor saves
            f.write(edited)
            f.truncate()
        out, err = finished(proc, "add to end")  # closes add's stdin: it goes on
    said = err.decode("utf-8", "replace")
    assert proc.returncode == 75 and out == b"", said
    assert said.startswith("defcoop: ") and said.count("\n") == 1, said
    assert "changed while add ran" in said
    assert snapshot(big.parent) == {**before, "facts.json": edited}


@pytest.mark.long
@pytest.mark.parametrize("delay", [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9, 1.2, 1.6, 2.0])
def test_an_editor_saving_at_any_moment_of_an_add_is_never_overwritten(
    capsys: pytest.CaptureFixture[str], made_drafts: Drafts, big: Path, delay: float
) -> None:
    an_editor_saves_during_the_add(capsys, made_drafts, big, delay)


def added_once(capsys: pytest.CaptureFixture[str], made: Drafts, target: Path) -> None:
    """One add first, so that the backup is a version of its own."""
    code, _, err = call(capsys, "add", str(draft_for(capsys, made, target, "art-1")))
    assert code == 0, err


def temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.name.endswith((".tmp", ".lock"))]


# When a signal comes: seconds after the writer starts, or after it makes its first
# temporary file (its write phase, a fraction of its run, found whatever the machine's speed).
QUICK_MOMENTS = [("write", 0.0)]
SWEEP_MOMENTS = [("start", 0.1 * k) for k in range(1, 21)] + [
    ("write", 0.002 * k) for k in range(26)
]


def wait_for(proc: subprocess.Popen[bytes], folder: Path, moment: tuple[str, float]) -> None:
    phase, seconds = moment
    if phase == "write":
        deadline = time.monotonic() + SECONDS
        while proc.poll() is None and not any(p.suffix == ".tmp" for p in folder.rglob(".*")):
            if time.monotonic() > deadline:
                proc.kill()
                finish(proc)
                pytest.fail(f"no temporary file in {folder} after {SECONDS:g} s (killed)")
            time.sleep(0.001)
    time.sleep(seconds)


def moment_id(moment: tuple[str, float]) -> str:
    return f"{moment[0]}+{moment[1]:.3f}s"


def a_signal_during_an_add(
    capsys: pytest.CaptureFixture[str],
    made: Drafts,
    target: Path,
    signum: signal.Signals,
    moment: tuple[str, float],
) -> None:
    """A signal at any moment: the add is whole, or nothing it made is left and the rest
    is as it was (the backup too)."""
    added_once(capsys, made, target)
    draft = draft_for(capsys, made, target, "art-2")
    before = snapshot(target.parent)
    proc = start("add", str(draft))
    wait_for(proc, target.parent, moment)
    proc.send_signal(signum)
    code, err = finish(proc)
    after = snapshot(target.parent)
    assert not temporaries(target.parent), after.keys()
    whole = source_ids(target) == {"art-1", "art-2", "mini"}
    if whole:
        assert after["facts.json.bak"] == before["facts.json"]
        assert after["sources/art-2.txt"] is not None
    if code != 0:
        word = WORDS[signum].decode()
        assert (code, err) == (128 + signum, f"defcoop: {word}\n")
        assert whole or after == before


SIGNALS = [signal.SIGINT, signal.SIGTERM]
# A closed terminal's SIGHUP and Ctrl-\'s SIGQUIT clean up as the other two do.
ALL_SIGNALS = [*SIGNALS, signal.SIGHUP, signal.SIGQUIT]


@pytest.mark.parametrize("signum", SIGNALS, ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("moment", QUICK_MOMENTS, ids=moment_id)
def test_a_signal_during_an_add_leaves_it_whole_or_undone(
    capsys: pytest.CaptureFixture[str],
    made_drafts: Drafts,
    big: Path,
    signum: signal.Signals,
    moment: tuple[str, float],
) -> None:
    a_signal_during_an_add(capsys, made_drafts, big, signum, moment)


@pytest.mark.long
@pytest.mark.parametrize("signum", ALL_SIGNALS, ids=["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"])
@pytest.mark.parametrize("moment", SWEEP_MOMENTS, ids=moment_id)
def test_a_signal_at_any_moment_of_an_add_leaves_it_whole_or_undone(
    capsys: pytest.CaptureFixture[str],
    made_drafts: Drafts,
    big: Path,
    signum: signal.Signals,
    moment: tuple[str, float],
) -> None:
    a_signal_during_an_add(capsys, made_drafts, big, signum, moment)


def killed_outright_then_another_add(
    capsys: pytest.CaptureFixture[str], made: Drafts, target: Path, moment: tuple[str, float]
) -> None:
    """kill -9 leaves temporary files (and the lock file); the next add removes them."""
    proc = start("add", str(draft_for(capsys, made, target, "art-1")))
    wait_for(proc, target.parent, moment)
    proc.kill()
    finish(proc)
    code, _, err = call(capsys, "add", str(draft_for(capsys, made, target, "art-2")))
    assert code == 0, err
    assert not temporaries(target.parent)
    assert json.loads(target.read_bytes())  # old or new, never a mix


@pytest.mark.parametrize("moment", QUICK_MOMENTS, ids=moment_id)
def test_what_kill_9_leaves_the_next_add_removes(
    capsys: pytest.CaptureFixture[str], made_drafts: Drafts, big: Path, moment: tuple[str, float]
) -> None:
    killed_outright_then_another_add(capsys, made_drafts, big, moment)


@pytest.mark.long
@pytest.mark.parametrize("moment", SWEEP_MOMENTS, ids=moment_id)
def test_what_kill_9_leaves_at_any_moment_the_next_add_removes(
    capsys: pytest.CaptureFixture[str], made_drafts: Drafts, big: Path, moment: tuple[str, float]
) -> None:
    killed_outright_then_another_add(capsys, made_drafts, big, moment)


def reanchor_args(tmp_path: Path, out: Path) -> list[str]:
    text = (MINI.parent / "sources" / "mini.txt").read_text(encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text("An update.\n" + text, encoding="utf-8")
    return ["reanchor", "mini", str(new), "--facts", str(MINI), "--write", str(out)]


def reanchor_write(tmp_path: Path, out: Path) -> subprocess.Popen[bytes]:
    return start(*reanchor_args(tmp_path, out))


# SIGINT and SIGTERM: in the add's and the draft's; here the two others, whose handler is theirs
@pytest.mark.parametrize("signum", ALL_SIGNALS[2:], ids=["SIGHUP", "SIGQUIT"])
@pytest.mark.parametrize("moment", QUICK_MOMENTS, ids=moment_id)
def test_a_signal_during_reanchor_write_leaves_no_staging_folder(
    tmp_path: Path, signum: signal.Signals, moment: tuple[str, float]
) -> None:
    out = tmp_path / "copies" / "fixed"
    out.parent.mkdir()
    proc = reanchor_write(tmp_path, out)
    wait_for(proc, out.parent, moment)
    proc.send_signal(signum)
    code, err = finish(proc)
    assert code == 0 or (code, err) == (128 + signum, f"defcoop: {WORDS[signum].decode()}\n")
    assert os.listdir(out.parent) in ([], ["fixed"])
    if code == 0 or out.exists():
        assert sorted(os.listdir(out)) == ["facts.json", "sources"]


@pytest.mark.parametrize("moment", QUICK_MOMENTS, ids=moment_id)
def test_what_kill_9_leaves_of_reanchor_write_the_next_one_removes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, moment: tuple[str, float]
) -> None:
    out = tmp_path / "copies" / "fixed"
    out.parent.mkdir()
    proc = reanchor_write(tmp_path, out)
    wait_for(proc, out.parent, moment)
    proc.kill()
    finish(proc)
    code, _, err = call(capsys, *reanchor_args(tmp_path, out.with_name("again")))  # in process
    assert code == 0, err
    assert sorted(os.listdir(out.parent)) in (["again"], ["again", "fixed"])


# A writer stopped, not by timing, where a kill -9 leaves its lock file: its lock just taken
# ("locked": the file made, nothing else yet), or its work done and the lock not yet let go
# ("written"), at each point its first argument names ("locked,written": both). It says
# which on stderr and stops itself (SIGSTOP); the test kills it, or lets it go on (SIGCONT).
STOPPED_WRITER = (
    "import os, signal, sys\n"
    "from contextlib import contextmanager\n"
    "from defcoop_cli.cli import entry\n"
    "from defcoop_cli.factbase import locking\n"
    "real, points = locking.exclusive, sys.argv.pop(1).split(',')\n"
    "def stop(here):\n"
    "    if here in points:\n"
    "        print(here, file=sys.stderr, flush=True)\n"
    "        os.kill(os.getpid(), signal.SIGSTOP)\n"
    "@contextmanager\n"
    "def exclusive(*args, **kwargs):\n"
    "    with real(*args, **kwargs):\n"
    "        stop('locked')\n"
    "        yield\n"
    "        stop('written')\n"
    "locking.exclusive = exclusive\n"
    "entry.main()\n"
)
POINTS = ["locked", "written"]


def stopped_at(point: str, *args: str) -> subprocess.Popen[bytes]:
    """The writer, started and stopped at point (the first of them: it has said so)."""
    argv = [sys.executable, "-c", STOPPED_WRITER, point, *args]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return stopped_again(proc, point.split(",")[0])


def stopped_again(proc: subprocess.Popen[bytes], point: str) -> subprocess.Popen[bytes]:
    """The writer, once it has said it stops at point (killed, and the test failed, if it
    says anything else)."""
    said = line_from(proc, proc.stderr, f"the writer to stop at {point}")
    if said != f"{point}\n".encode():
        proc.kill()
        pytest.fail(f"the writer said {said!r} and more: {finish(proc)[1][-500:]!r} (killed)")
    # said, but perhaps not stopped yet: a SIGCONT sent before its SIGSTOP would be lost,
    # and the writer stopped for good (seen on a loaded machine)
    deadline = time.monotonic() + SECONDS
    while _state(proc.pid) not in ("T", "t", "") and time.monotonic() < deadline:
        time.sleep(0.005)
    return proc


def _state(pid: int) -> str:
    """The process's state from /proc ("T": stopped); "" where there is no /proc to read."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return ""


def killed_at(point: str, *args: str) -> None:
    """The writer, run to point and killed there (kill -9)."""
    proc = stopped_at(point, *args)
    proc.kill()
    finish(proc)


@pytest.mark.parametrize("exists", [False, True], ids=["new folder", "existing folder"])
@pytest.mark.parametrize("point", POINTS)
def test_an_init_killed_part_way_leaves_nothing_a_second_init_minds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, exists: bool, point: str
) -> None:
    """Killed with its lock taken, or once the fact base is whole but its lock not yet let
    go, init leaves its lock file (beside a new folder; in one that exists) and the fact
    base whole or not at all; a second init leaves nothing of it, and nothing of its own."""
    folder = tmp_path / "parent" / "mine"
    folder.parent.mkdir()
    if exists:
        folder.mkdir()
    killed_at(point, "init", str(folder))
    lock = locking.lock_file(folder / "facts.json" if exists else folder)
    assert temporaries(folder.parent) == [lock.name]
    done = point == "written"
    assert (folder / "facts.json").exists() == done
    code, _, err = call(capsys, "init", str(folder))
    if done:
        assert code == 2 and "already exists" in err
    else:
        assert code == 0, err
    assert sorted(os.listdir(folder.parent)) == ["mine"]
    assert sorted(os.listdir(folder)) == ["facts.json", "sources"]
    assert call(capsys, "validate", str(folder / "facts.json"))[0] == 0


@pytest.mark.long
@pytest.mark.parametrize("writer", ["add", "reanchor", "review"])
@pytest.mark.parametrize("point", POINTS)
def test_a_writer_killed_holding_its_lock_leaves_only_it_and_the_next_removes_it(
    capsys: pytest.CaptureFixture[str],
    made_drafts: Drafts,
    big: Path,
    tmp_path: Path,
    writer: str,
    point: str,
) -> None:
    """add, reanchor --write and a review's save, killed with their lock taken or once
    their work is done: each leaves its lock file and nothing else of its own; the next
    writer in that folder removes it and leaves nothing behind (init: above). The default
    run has add's (below) and the next writers' part (tests/cli, tests/unit)."""
    done = point == "written"
    if writer == "add":
        folder, lock = big.parent, locking.lock_file(big)
        killed_at(point, "add", str(draft_for(capsys, made_drafts, big, "art-1")))
        assert ("art-1" in source_ids(big)) == done
        again = ["add", str(draft_for(capsys, made_drafts, big, "art-2"))]
    elif writer == "reanchor":
        out = tmp_path / "copies" / "fixed"
        folder, lock = out.parent, locking.lock_file(out)
        folder.mkdir()
        killed_at(point, *reanchor_args(tmp_path, out))
        assert out.exists() == done
        again = reanchor_args(tmp_path, out)  # OUT is there (exit 2), or not yet
    else:
        folder = tmp_path / "drafts"
        folder.mkdir()
        draft = json.loads(draft_for(capsys, made_drafts, big, "art-1").read_bytes())
        for item in (*draft["facts"], *draft["entities"]):
            item["review"] = "draft"  # to decide again: --accept-all saves
        body = json.dumps(draft)
        for name in ("draft.json", "again.json"):
            (folder / name).write_text(body, encoding="utf-8")
        lock = locking.lock_file(folder / "draft.json")
        killed_at(point, "review", str(folder / "draft.json"), "--accept-all")
        assert ((folder / "draft.json").read_text(encoding="utf-8") != body) == done
        again = ["review", str(folder / "again.json"), "--accept-all"]
    assert temporaries(folder) == [lock.name]
    code, _, err = call(capsys, *again)
    assert code == (2 if writer == "reanchor" and done else 0), err
    assert not temporaries(folder)


def test_a_live_writers_lock_is_never_taken_nor_removed_a_killed_ones_is(
    capsys: pytest.CaptureFixture[str],
    made_drafts: Drafts,
    big: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While an add is stopped holding its lock (alive, doing nothing), another add gives
    up (exit 75) and tidying the folder leaves the lock file. Let go, it adds, and is
    killed before it lets go of the lock: that is all it leaves, and the next add removes
    it and leaves nothing behind."""
    lock = locking.lock_file(big)
    art_1 = draft_for(capsys, made_drafts, big, "art-1")
    art_2 = draft_for(capsys, made_drafts, big, "art-2")  # drafted before art-1 is added
    proc = stopped_at("locked,written", "add", str(art_1))
    try:
        held = os.stat(lock).st_ino
        with monkeypatch.context() as patch:
            patch.setenv("DEFCOOP_LOCK_TIMEOUT", "0")
            code, _, err = call(capsys, "add", str(art_2))
        # named, and said to be stopped: Ctrl-Z'd in another terminal, it holds on
        assert code == 75, err
        if os.path.exists("/proc/locks"):  # Linux tells who holds a lock; elsewhere, no name
            assert f"another writer (process {proc.pid}, stopped: " in err, err
        locking.tidy(big.parent)
        assert os.stat(lock).st_ino == held
        proc.send_signal(signal.SIGCONT)
        stopped_again(proc, "written")
    finally:
        proc.kill()
        finish(proc)
    assert source_ids(big) == {"art-1", "mini"}
    assert temporaries(big.parent) == [lock.name]
    code, _, err = call(capsys, "add", str(draft_for(capsys, made_drafts, big, "art-2")))
    assert code == 0, err
    assert not temporaries(big.parent)
    assert source_ids(big) == {"art-1", "art-2", "mini"}


def test_init_of_a_folder_whose_name_is_not_utf8_makes_nothing(tmp_path: Path) -> None:
    proc = run_defcoop(b"init", b"n\xffu", cwd=tmp_path)
    err = assert_one_error_line(proc, 2)
    assert "DIR is not valid UTF-8 (n\ufffdu)" in err
    assert os.listdir(tmp_path) == []


# `draft -o` run by the console script's function, each fact's element made a moment late
# (files._element): the draft is still writing when the signal comes, however fast the
# machine, on an article of a few facts. (A 60-fold article did it by its length, 0.9 s of
# CPU a run, and a run that ended before the signal passed too.)
SLOW_DRAFT = (
    "import time\n"
    "import defcoop_cli.curation.drafting.files as files\n"
    "from defcoop_cli.cli import entry\n"
    "element = files._element\n"
    "def slow(n, fact):\n"
    "    time.sleep(0.2)\n"
    "    return element(n, fact)\n"
    "files._element = slow\n"
    "entry.main()\n"
)


@pytest.mark.parametrize("signum", SIGNALS, ids=["SIGINT", "SIGTERM"])
def test_a_signal_while_draft_writes_leaves_no_file(tmp_path: Path, signum: signal.Signals) -> None:
    """`draft -o` writes the draft as it makes each fact: a signal then leaves neither
    FILE nor a temporary file (the facts' own temporary file has no name)."""
    article = tmp_path / "article.txt"
    article.write_text((ARTICLES / "pier-statement.txt").read_text("utf-8"), encoding="utf-8")
    out = tmp_path / "draft.json"
    argv = ["draft", str(article), "--source-id", "a", "-o", str(out)]
    # SIGINT at its default, as a shell leaves it for a foreground job (a pytest started as
    # a background job hands down an ignored one, which defcoop keeps ignored)
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_DRAFT, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    wait_for(proc, tmp_path, ("write", 0.05))
    proc.send_signal(signum)
    code, err = finish(proc)
    word = "interrupted" if signum == signal.SIGINT else "terminated"
    assert (code, err) == (128 + signum, f"defcoop: {word}\n")
    assert sorted(os.listdir(tmp_path)) == ["article.txt"]
