"""Shared fixtures and helpers: every test runs against the small fixture fact base unless it
asks for another.

Three folders: unit/ (one file per core module, called directly), cli/ (one file per command,
run in-process with `call`), process/ (real processes, only where the process is what is
tested). The tests of the real fact base, the judged queries, the properties, the golden
outputs, the README's examples and the package's shape are at the top.

Two profiles:
- the default run, fast: in-process tests, and subprocesses only where a real process
  matters (pipes, terminals, signals, exit codes, the wheel);
- `DEFCOOP_TEST_PROFILE=long`, deep: 20,000 hypothesis examples a property and the tests
  marked `long` (hundreds of real processes, big generated fact bases, the golden outputs
  kept as hashes).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest


def _hypothesis_from_its_bytecode() -> None:
    """pytest rewrites the asserts of every module of a package that registers a pytest
    plugin, as hypothesis does, when it is first imported: each run parsed, rewrote and
    compiled hypothesis's hundred modules (some 0.6 s of CPU) for asserts of its own that
    no test reads. Unmarked before its first import, here, hypothesis is read from the
    bytecode installed beside it; the tests' own asserts are rewritten as before."""
    for finder in sys.meta_path:
        marked = getattr(finder, "_must_rewrite", None)  # pytest's AssertionRewritingHook
        if isinstance(marked, set):
            marked -= {name for name in marked if name.split(".")[0] == "hypothesis"}
            finder._marked_for_rewrite_cache.clear()  # type: ignore[attr-defined]


_hypothesis_from_its_bytecode()

from hypothesis import HealthCheck, settings  # noqa: E402

if TYPE_CHECKING:
    from defcoop_cli.index.engine import DiskIndex
    from defcoop_cli.lookup.protocol import Index
    from defcoop_cli.lookup.search.memory import SearchIndex
    from defcoop_cli.lookup.search.ranking import Filters

LONG = os.environ.get("DEFCOOP_TEST_PROFILE") == "long"
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=_SLOW_OK)
settings.register_profile(
    "long", max_examples=20_000, deadline=None, suppress_health_check=_SLOW_OK
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "long" if LONG else "ci"))
# A property whose every example is a whole draft or a search of the shipped base runs fewer
# random examples in the default run, beside explicit ones (@example) for each class of input
# its strategy draws; any other profile runs its own count (20,000 in the long one).
COSTLY_EXAMPLES = 50 if settings.default.max_examples == 150 else settings.default.max_examples

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini" / "facts.json"
# The layer over mini: a wire report of the same meeting and a paper's copy of it.
SECOND = ROOT / "tests" / "fixtures" / "second" / "facts.json"
REAL = ROOT / "data" / "facts.json"
# A layer over the shipped base: talks in Tokyo, an event of their own (tests/fixtures/tokyo)
TOKYO = ROOT / "tests" / "fixtures" / "tokyo" / "facts.json"
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
REPORTS = ROOT / "tests" / "fixtures" / "reports"


def report_sets() -> list[str]:
    """The judged report sets of reports/sets.txt a developer may see, by folder name ("."
    the four tuned on): a set still marked blind is left out."""
    lines = (REPORTS / "sets.txt").read_text(encoding="utf-8").splitlines()
    rows = [line.split() for line in lines if line.strip() and not line.startswith("#")]
    return [row[0] for row in rows if row[1:] != ["blind"]]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "long: only in the long profile (DEFCOOP_TEST_PROFILE=long)")
    _collector_as_main_sets_it()


def _collector_as_main_sets_it() -> None:
    """The commands this process runs (`call`, `run`) meet the cyclic collector as a real
    run does: main() collects the young generation every YOUNG allocations, not Python's
    700. At 700 the in-process tests spent some 2.5 s of CPU in the collector, most of it
    in full passes over everything the session keeps (indexes, drafts, caches); 0.9 s now."""
    import gc

    from defcoop_cli.cli.entry import YOUNG

    gc.set_threshold(YOUNG)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if LONG:
        return
    skip = pytest.mark.skip(reason="long profile only: DEFCOOP_TEST_PROFILE=long")
    for item in items:
        if "long" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def cache_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the test session: tests never touch the user's ~/.cache."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session", autouse=True)
def app_built_once() -> Iterator[None]:
    """Typer builds the app's click group on every call of the app: each command's
    parameters from its signature, every command imported so far. A real process makes one
    call; the tests make hundreds in this one, so the group is built once a session and kept
    (a command imported later is still built when first asked for, by `cli.base.Group`)."""
    import typer.main

    build = typer.main.get_command
    built: dict[Any, Any] = {}

    def get_command(typer_instance: Any) -> Any:
        from defcoop_cli.cli.base import app

        if typer_instance is not app:
            return build(typer_instance)
        if app not in built:
            built[app] = build(app)
        return built[app]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(typer.main, "get_command", get_command)
        yield


@pytest.fixture(scope="session", autouse=True)
def bytecode_for_children(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """With PYTHONDONTWRITEBYTECODE set, every program a test starts would compile each module
    it imports from its source again; instead the session's programs share their bytecode in
    a folder of the session's (PYTHONPYCACHEPREFIX), never beside the sources. An installed
    defcoop has its bytecode already: pip compiles the wheel."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        yield
        return
    folder = tmp_path_factory.mktemp("bytecode")
    _link_installed_bytecode(folder)
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("PYTHONDONTWRITEBYTECODE")
        patch.setenv("PYTHONPYCACHEPREFIX", str(folder))
        yield


def _link_installed_bytecode(folder: Path) -> None:
    """In a bytecode folder a program reads no bytecode beside the sources: each program's
    first import of a module of the standard library or of a library compiled it again
    (some 0.4 s for the first `defcoop brief`). Each module this process has imported whose
    bytecode is there is linked where the folder would hold it; Python still checks it
    against its source, and writes a new one in place of the link, never through it."""
    import importlib.util

    saved = sys.pycache_prefix
    sys.pycache_prefix = str(folder)
    try:
        for module in list(sys.modules.values()):
            source, cached = getattr(module, "__file__", None), getattr(module, "__cached__", None)
            if not source or not cached or not source.endswith(".py") or not os.path.isfile(cached):
                continue
            link = Path(importlib.util.cache_from_source(source))
            link.parent.mkdir(parents=True, exist_ok=True)
            if not link.is_symlink() and not link.exists():
                link.symlink_to(cached)
    finally:
        sys.pycache_prefix = saved


@pytest.fixture(autouse=True)
def mini_factbase(monkeypatch: pytest.MonkeyPatch, cache_home: Path) -> Path:
    """Select the fixture fact base through DEFCOOP_FACTS, whatever the user's environment."""
    for name in (
        "DEFCOOP_FACTS",
        "DEFCOOP_DEBUG",
        "DEFCOOP_NO_CACHE",
        "NO_COLOR",
        "FORCE_COLOR",
        "COLUMNS",
        "LINES",
        "PAGER",
        "DEFCOOP_PAGER",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DEFCOOP_FACTS", str(MINI))
    # The shipped fact base is the bottom layer of every run; a test sees only the fact base
    # it names. The layering tests remove this.
    monkeypatch.setenv("DEFCOOP_NO_DEFAULT_FACTS", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    return MINI


@pytest.fixture
def real_factbase(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DEFCOOP_FACTS", str(REAL))
    return REAL


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    """The shipped fact base's in-memory search index, built once a module."""
    from defcoop_cli.factbase.loader import load
    from defcoop_cli.lookup.search.memory import SearchIndex

    return SearchIndex(load(REAL))


def shown(index: SearchIndex, text: str) -> list[str]:
    """The ids search shows for a query typed as one argument."""
    from defcoop_cli.lookup.search.text import parse_query
    from defcoop_cli.lookup.service import SearchRequest, search

    return list(search(index, parse_query([text]), SearchRequest((text,))).shown_ids)


@pytest.fixture
def tokyo_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped base with the Tokyo layer over it: three events."""
    monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join([str(REAL), str(TOKYO)]))


@pytest.fixture
def two_layers(monkeypatch: pytest.MonkeyPatch) -> None:
    """mini with second over it: the curator's commands read both."""
    monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join([str(MINI), str(SECOND)]))


def one_file(tmp_path: Path) -> Path:
    """mini and second as one fact file holding three sources."""
    folder = tmp_path / "one"
    (folder / "sources").mkdir(parents=True)
    doc: dict[str, Any] = {}
    for layer in (MINI, SECOND):
        data = json.loads(layer.read_text(encoding="utf-8"))
        for key, value in data.items():
            doc[key] = doc.get(key, []) + value if isinstance(value, list) else value
        for source in data["sources"]:
            shutil.copyfile(layer.parent / source["path"], folder / source["path"])
    (folder / "facts.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder / "facts.json"


# ---- in process


def command_results() -> list[type[Any]]:
    """Every type a command returns: the result types that say whether they found something
    (lookup.results, curation.results), and validate's report."""
    import inspect

    from defcoop_cli.curation import results as curation_results
    from defcoop_cli.factbase.checking.results import Report
    from defcoop_cli.lookup import results as lookup_results

    found = [
        kind
        for module in (lookup_results, curation_results)
        for _, kind in inspect.getmembers(module, inspect.isclass)
        if kind.__module__ == module.__name__ and hasattr(kind, "found")
    ]
    return [*found, Report]


def call(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run defcoop in this process: its exit code, stdout and stderr."""
    from defcoop_cli.cli.app import run

    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def call_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = call(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def drafted(capsys: pytest.CaptureFixture[str], article: str, *extra: str) -> dict[str, Any]:
    code, out, err = call(
        capsys, "draft", str(ARTICLES / f"{article}.txt"), "--source-id", article, *extra
    )
    assert code == 0, err
    return json.loads(out)


def by_quote(draft: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["quote"]: f for f in draft["facts"]}


# ---- the index on disk


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of the test's own. In process, files count as settled at once
    (copying a file sets its ctime to now); the two-second rule has tests of its own."""
    from defcoop_cli.index import pointers

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(pointers, "SETTLE_NS", 0)
    return tmp_path / "xdg" / "defcoop"


def copy_of(source: Path, folder: Path) -> Path:
    """A copy of a fact base (its ctime is now: in process, the cache fixture trusts it)."""
    shutil.copytree(source.parent, folder)
    return folder / source.name


@pytest.fixture
def real_copy(tmp_path: Path, cache: Path) -> Path:
    return copy_of(REAL, tmp_path / "real")


@pytest.fixture(scope="module")
def built_real(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped base's index, built once for the module in a cache of its own (the
    cache's and the pointers' tests)."""
    from defcoop_cli.index.cache import open_index

    folder = tmp_path_factory.mktemp("built")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder))
        open_index([REAL]).close()
    (index,) = (folder / "defcoop").glob("index-*")
    return index


@pytest.fixture
def index_in_cache(cache: Path, built_real: Path) -> None:
    """The shipped base's index in the test's cache: a copy of the module's build, as a
    build here would make it (an index is named by its content, never by the files'
    paths), for the tests whose subject is what happens to an index once built. Opened
    first, it is found by its content and a pointer is written, as after a build."""
    cache.mkdir(mode=0o700, parents=True)
    shutil.copytree(built_real, cache / built_real.name)


def results(index: Index, query: str, filters: Filters | None = None, limit: int = 10) -> Any:
    from defcoop_cli.lookup.search.ranking import Filters, rank_facts
    from defcoop_cli.lookup.search.text import parse_query

    matches = rank_facts(index, parse_query(query.split()), filters or Filters(), limit).matches
    return [(m.fact, m.score, m.details) for m in matches]


def warm(*paths: Path) -> DiskIndex:
    """The index on disk, built first if need be."""
    from defcoop_cli.index.cache import Resilient, open_index
    from defcoop_cli.index.engine import DiskIndex

    open_index(list(paths))
    found = open_index(list(paths))
    assert isinstance(found, Resilient), "the second open should come from the cache"
    disk = found._index
    assert isinstance(disk, DiskIndex)
    return disk


def index_folder(cache: Path) -> Path:
    (folder,) = cache.glob("index-*")
    return folder


# ---- real processes


def defcoop_exe() -> str:
    """The installed console script, next to the running interpreter."""
    exe = Path(sys.executable).with_name("defcoop")
    found = str(exe) if exe.exists() else shutil.which("defcoop")
    if found is None:
        pytest.fail("the defcoop console script is not installed; run the README's test command")
    return found


def run_defcoop(
    *args: str | bytes,
    env: dict[str, str] | None = None,
    input: bytes | None = None,
    cwd: Path | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed entry point in a subprocess, with os.environ plus env."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [defcoop_exe(), *args],
        env=full_env,
        input=input,
        capture_output=True,
        cwd=cwd,
        timeout=timeout,
        check=False,
    )


def assert_one_error_line(proc: subprocess.CompletedProcess[bytes], code: int) -> str:
    """The run exited with code, printed nothing on stdout and one defcoop: line on stderr."""
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == code, err
    assert proc.stdout == b""
    assert err.startswith("defcoop: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


# ---- work in proportion: a counter, not a clock


class _CountingPattern:
    """A compiled pattern that adds to a tally the characters each call reads: the whole
    region for a scan (search, finditer, findall, sub, split), the match and one for an
    anchored match. Slices a caller makes before calling are not counted."""

    def __init__(self, pattern: Any, tally: list[int]) -> None:
        self._pattern, self._tally = pattern, tally

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)
        if not callable(method):
            return method

        def counted(string: Any = "", *args: Any, **kwargs: Any) -> Any:
            result = method(string, *args, **kwargs)
            if name in ("sub", "subn"):  # (repl, string, count): the string is read
                string, args = (args[0] if args else kwargs.get("string", "")), ()
            if name in ("match", "fullmatch"):
                self._tally[0] += 1 + (result.end() - result.start() if result else 0)
            elif isinstance(string, str):
                pos = args[0] if args else kwargs.get("pos", 0)
                end = args[1] if len(args) > 1 else kwargs.get("endpos", len(string))
                self._tally[0] += max(0, min(end, len(string)) - pos)
            return result

        return counted


class _CountingRe:
    """The re module as the code under test sees it, with patterns that count."""

    def __init__(self, tally: list[int]) -> None:
        import re

        self._re, self._tally = re, tally

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._re, name)
        if name == "compile":
            return lambda *a, **k: _CountingPattern(value(*a, **k), self._tally)
        if name in ("search", "match", "fullmatch", "finditer", "findall", "split"):
            # re.split(pattern, string, maxsplit, flags) has one more argument before flags
            def counted(pattern: Any, string: str, *rest: Any) -> Any:
                flags = rest[-1] if len(rest) == (2 if name == "split" else 1) else 0
                compiled = _CountingPattern(self._re.compile(pattern, flags), self._tally)
                return getattr(compiled, name)(string, *rest[: 1 if name == "split" else 0])

            return counted
        return value


def work_of(call: Any, modules: list[Any]) -> int:
    """How much work call() does in these modules: the lines of their Python code that run,
    plus the characters their regular expressions read. A count, the same on every machine,
    unlike a clock: two sizes of one input compare their work."""
    import re

    tally = [0]
    files = {m.__file__ for m in modules}

    def step(frame: Any, event: str, arg: Any) -> Any:
        tally[0] += 1
        return step

    def calls(frame: Any, event: str, arg: Any) -> Any:
        return step(frame, event, arg) if frame.f_code.co_filename in files else None

    with pytest.MonkeyPatch.context() as patch:
        for module in modules:
            patch.setattr(module, "re", _CountingRe(tally), raising=False)
            for name, value in list(vars(module).items()):
                if isinstance(value, re.Pattern):
                    patch.setattr(module, name, _CountingPattern(value, tally))
        sys.settrace(calls)
        try:
            call()
        finally:
            sys.settrace(None)
    return tally[0]


def one_line_factbase(folder: Path, size: int) -> Path:
    """A fact base of one source whose text is a single line of about size characters,
    every other sentence of it quoted by a fact; its facts.json."""
    import hashlib

    (folder / "sources").mkdir(parents=True)
    parts, facts, at = [], [], 0
    while at < size:
        n = len(parts)
        sentence = f"Alpha told Beta that the patrols near Gamma went well in round {n}. "
        quote = sentence.rstrip(". ")
        if n % 2 == 0:
            facts.append(
                {
                    "id": f"round-{n}",
                    **dict(statement=quote + ".", kind="event", attribution="the article"),
                    **dict(stance="reported", topics=["talks"], entities=["alpha"], keywords=[]),
                    **dict(source="long", quote=quote, span=[at, at + len(quote)]),
                }
            )
        parts.append(sentence)
        at += len(sentence)
    text = "".join(parts)
    (folder / "sources" / "long.txt").write_text(text, encoding="utf-8")
    doc = {
        "schema_version": 1,
        "sources": [
            {
                **dict(id="long", title="One long line", title_assigned_by="curator"),
                **dict(kind="news article", path="sources/long.txt", published=None),
                "date_note": "A test text, undated.",
                "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            }
        ],
        "topics": [dict(id="talks", title="Talks", description="Talks.", group="meeting")],
        "entities": [dict(id="alpha", name="Alpha", type="country")],
        "facts": facts,
        "curator_notes": [],
    }
    (folder / "facts.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder / "facts.json"
