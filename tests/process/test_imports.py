"""What a fresh interpreter imports: only what every command needs, and never the costly
libraries (rich, pydantic, tantivy) before a command asks for them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import MINI

from defcoop_cli.index.checked import validated
from process.children import SECONDS


class TestWarmRuns:
    def test_importing_the_cli_pulls_in_only_what_every_command_needs(self) -> None:
        code = (
            "import sys\n"
            "before = set(sys.modules)\n"
            "import defcoop_cli.cli.app\n"
            "new = set(sys.modules) - before\n"
            "print(' '.join(sorted(m for m in new if m.startswith('defcoop_cli'))))\n"
            "heavy = ('rich', 'pydantic', 'rapidfuzz', 'tantivy', 'hashlib')\n"
            "print(' '.join(sorted(m for m in new if m.split('.')[0] in heavy)))\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, check=True, timeout=SECONDS
        )
        ours, heavy = out.stdout.decode().split("\n")[:2]
        assert ours.split() == [
            "defcoop_cli",
            "defcoop_cli.cli",
            "defcoop_cli.cli.app",
            "defcoop_cli.cli.base",
            "defcoop_cli.cli.running",
            "defcoop_cli.errors",
            "defcoop_cli.factbase",
            "defcoop_cli.factbase.layers",
            "defcoop_cli.factbase.limits",
            "defcoop_cli.output",
            "defcoop_cli.output.emit",
            "defcoop_cli.output.terminal",
            "defcoop_cli.patterns",
            "defcoop_cli.tuples",
        ]
        assert heavy == ""


RUN = (
    "import sys\n"
    "from defcoop_cli.cli.app import run\n"
    "code = run(sys.argv[1:])\n"
    "heavy = ('rich', 'pydantic', 'rapidfuzz')\n"
    "cli = sorted(m for m in sys.modules if m.startswith('defcoop_cli.cli.'))\n"
    "loaded = sorted({m for m in sys.modules if m.split('.')[0] in heavy or m in heavy})\n"
    "print(code, ' '.join(cli), ' '.join(loaded), sep='\\n', file=sys.stderr)\n"
)


def run_imports(*argv: str) -> tuple[str, list[str], list[str]]:
    """A run's exit code, the cli modules it imported, and the costly libraries it loaded
    (stdout is a pipe, as in `defcoop ... | less`)."""
    out = subprocess.run(
        [sys.executable, "-c", RUN, *argv], capture_output=True, check=True, timeout=SECONDS
    )
    code, cli, heavy = out.stderr.decode().splitlines()[-3:]
    return code, cli.split(), heavy.split()


class TestARunBuildsOnlyItsCommand:
    def test_a_search_into_a_pipe_loads_its_module_and_no_costly_library(self) -> None:
        """The fixture base's index is warm after the first run; 'alpha' is a word of it,
        so neither the typo search (rapidfuzz) nor the schema (pydantic) is needed."""
        run_imports("search", "alpha", "--json")
        code, cli, heavy = run_imports("search", "alpha", "--json")
        assert code == "0"
        assert cli == [
            "defcoop_cli.cli.app",
            "defcoop_cli.cli.base",
            "defcoop_cli.cli.options",
            "defcoop_cli.cli.reading",
            "defcoop_cli.cli.running",
        ]
        assert heavy == []

    def test_a_typo_search_loads_no_rapidfuzz(self) -> None:
        """'alpah' is no word of the fixture base: its near words are measured in Python
        (words.osa_distance), the index's and the curator notes' alike."""
        run_imports("search", "alpah", "--json")
        code, _, heavy = run_imports("search", "alpah", "--json")
        assert code == "0"
        assert heavy == []

    def test_a_plain_search_from_the_console_script_loads_no_typer(self) -> None:
        """`defcoop search WORD...` (and --json) is parsed without Typer (cli/running.py);
        an option Typer parses (--limit) loads it. A plain search stems its words with the
        English stemmer alone (PyStemmer's, where installed), found without importing
        importlib (stemming.english_stemmer), and loads neither typing (its names are imported
        under TYPE_CHECKING, and render_json chooses a result's document without
        functools.singledispatch, which imports it) nor pathlib (the layers, the index cache
        and the data files named by os.path)."""
        code = (
            "import os, sys\n"
            "from defcoop_cli.cli import entry\n"
            "end = os._exit\n"
            "def _exit(code):\n"
            "    cli = sorted(m for m in sys.modules if m.startswith('defcoop_cli.cli.'))\n"
            "    english = 'defcoop_cli._snowball.english_stemmer'\n"
            "    asked = ('Stemmer' if 'Stemmer' in sys.modules else english, 'importlib.util')\n"
            "    light = [m in sys.modules for m in ('typing', 'pathlib')]\n"
            "    asked = [m in sys.modules for m in (*asked, 'snowballstemmer')]\n"
            "    print(code, 'typer' in sys.modules, *asked, *light, *cli, file=sys.stderr)\n"
            "    end(code)\n"
            "os._exit = _exit\n"
            "entry.main()\n"
        )
        facts = ["--no-default-facts", "--facts", str(MINI)]  # a layer's Path, as Typer's
        for argv, typer in [
            (["search", "alpha"], False),
            (["search", "alpha", "--json"], False),
            (["search", "-n", "2", "alpha"], True),
            ([*facts, "search", "alpha"], False),
            ([*facts, "--verbose", "search", "alpha"], True),
        ]:
            run = [sys.executable, "-c", code, *argv]
            said = subprocess.run(run, capture_output=True, timeout=SECONDS).stderr.decode().split()
            assert said[:2] == ["0", str(typer)], argv
            assert ("defcoop_cli.cli.reading" in said) is typer, argv
            if argv == ["search", "alpha", "--json"]:  # the index warm (the first run may build it)
                assert said[2:5] == ["True", "False", "False"], argv
            if not typer:  # a plain search imports no typing (only mypy does) nor pathlib
                assert said[5:7] == ["False", str(argv[0] != "search")], argv

    def test_a_search_loads_no_curators_results_nor_a_writers_modules(self) -> None:
        """render_json registers the curator's results (validate's report among them) and
        export's when it first draws one (curation.results, factbase.checks and its
        checking.results, lookup.exporting), render_plain validate's report type only after
        the listings', the loader imports the checks only to check, service the
        sentences only for `show`, and files.staged imports tempfile (and with it random)
        when it writes: a search needs none of them."""
        unneeded = (
            "defcoop_cli.curation.results",
            "defcoop_cli.factbase.checks",
            "defcoop_cli.factbase.checking.results",
            "defcoop_cli.factbase.sentences",
            "defcoop_cli.lookup.exporting",
            "tempfile",
        )
        asked = RUN + f"print(*(m for m in {unneeded!r} if m in sys.modules), file=sys.stderr)\n"
        for argv in (["search", "alpha", "--json"], ["search", "alpha"]):
            run = [sys.executable, "-c", asked, *argv]
            out = subprocess.run(
                run, capture_output=True, check=True, timeout=SECONDS
            ).stderr.decode()
            code, *_, loaded = out.splitlines()[-4:]
            assert (code, loaded) == ("0", ""), argv

    def test_a_listing_into_a_pipe_needs_no_rich(self) -> None:
        """Human output into a pipe is plain text (output.render_plain): rich draws only
        for a terminal."""
        for argv in (["search", "alpha"], ["facts"], ["entities"]):
            code, _, heavy = run_imports(*argv)
            assert code == "0" and heavy == [], argv

    def test_validate_of_an_unchanged_file_loads_the_curators_module_and_no_costly_library(
        self,
    ) -> None:
        """A file the schema passed once has its records kept (index.checked.validated): the next
        validate needs no pydantic, and into a pipe it draws its report plainly, without
        rich (output.render_plain)."""
        validated.build(MINI.read_bytes(), MINI)
        code, cli, heavy = run_imports("validate")
        assert code == "0" and "defcoop_cli.cli.reading" not in cli
        assert "defcoop_cli.cli.curating" in cli and heavy == []

    def test_review_for_scripts_loads_no_screen_and_no_drafter(self, tmp_path: Path) -> None:
        """prompt_toolkit and the guided review's screen load only when it opens; the
        drafter never (a draft's review states and its file's layout are in factbase.vocab
        and curation.writing: importing the drafter was two thirds of --accept-all)."""
        draft = tmp_path / "d.json"
        draft.write_text('{"draft": {}, "facts": [{"id": "f", "review": "draft"}]}')
        asked = RUN + (
            "print('prompt_toolkit' in sys.modules, file=sys.stderr)\n"
            "print(any(m.startswith('defcoop_cli.curation.drafting') for m in sys.modules),"
            " file=sys.stderr)\n"
        )
        argv = [sys.executable, "-c", asked, "review", str(draft), "--accept-all"]
        out = subprocess.run(argv, capture_output=True, check=True, timeout=SECONDS).stderr.decode()
        code, cli, _, prompt_toolkit, drafter = out.splitlines()[-5:]
        assert (code, prompt_toolkit, drafter) == ("0", "False", "False")
        assert "defcoop_cli.cli.curating" in cli and "defcoop_cli.cli.reviewer" not in cli
        assert '"accepted"' in draft.read_text()


def test_importing_the_loader_does_not_import_pydantic() -> None:
    """The models cost tens of milliseconds to build: only validation may load them."""
    code = "import sys, defcoop_cli.factbase.loader; print('pydantic' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, check=True, timeout=SECONDS
    )
    assert out.stdout == b"False\n"


def test_the_result_types_are_made_without_compiling_code_per_class_or_field() -> None:
    """typing.NamedTuple compiles each class's __new__ and a ForwardRef for each field whose
    annotation is a string: the record, result and ranking types (some sixty classes made on
    every run) are defcoop's NamedTuple, which reads only their fields' names, so their
    annotations may be postponed (records and text are, to import no typing); a typing
    NamedTuple's (the curator's results) are evaluated."""
    from defcoop_cli import tuples
    from defcoop_cli.curation.results import Created
    from defcoop_cli.factbase.records import Fact
    from defcoop_cli.lookup.results import SourceRef
    from defcoop_cli.lookup.search.ranking import Match
    from defcoop_cli.lookup.search.words import Query

    for kind in (Fact, SourceRef, Created, Match, Query):
        ours = kind.__new__ is tuples.NamedTuple.__new__
        assert ours or not any(isinstance(a, str) for a in kind.__annotations__.values()), kind
        assert kind._fields == tuple(kind.__annotations__), kind


def test_the_console_script_runs_its_command_with_the_collector_on_and_the_imports_frozen() -> None:
    """main() keeps the cyclic collector off while the CLI is imported, then freezes what the
    imports made and turns the collector back on, its young generation larger, before the
    command runs."""
    code = (
        "import gc, sys\n"
        "from defcoop_cli.cli import entry\n"
        "from defcoop_cli.cli import app\n"
        "real = app.run\n"
        "def run():\n"
        "    young = gc.get_threshold()[0] == entry.YOUNG > 700\n"
        "    print(gc.isenabled(), gc.get_freeze_count() > 1000, young, file=sys.stderr)\n"
        "    return real()\n"
        "app.run = run\n"
        "sys.argv = ['defcoop', '--version']\n"
        "entry.main()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, check=True, timeout=SECONDS
    )
    assert out.stderr == b"True True True\n"
    assert out.stdout.startswith(b"defcoop ")
