"""The shape of the code: no import cycles, one definition of each record's fields, and the
one editorial rule, whatever the editorial topic is called."""

from __future__ import annotations

import ast
import json
from functools import cache
from pathlib import Path

import pytest
from conftest import ROOT, call, call_json

from defcoop_cli.factbase import records, schema

PACKAGE = ROOT / "src" / "defcoop_cli"


@cache
def _import_statements(path: Path) -> tuple[tuple[ast.Import | ast.ImportFrom, bool], ...]:
    """A module's import statements, at module level or inside functions, each with whether
    it is under `if TYPE_CHECKING:` (annotations only); parsed and walked once a run, for the
    tests that read them (the CPU budget)."""
    found: list[tuple[ast.Import | ast.ImportFrom, bool]] = []

    def visit(node: ast.AST, guarded: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                found.append((child, guarded))
            checking = isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test)
            visit(child, guarded or checking)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return tuple(found)


def _imports(path: Path) -> set[str]:
    """The package's modules a module imports, except under `if TYPE_CHECKING:`; lazy ones
    too. `from pkg import name` imports pkg and, when name is a module, pkg.name (a module
    that is not is left out by the caller); the root's `__init__` (the version, TEMPORARY) is
    counted only by the modules named from it."""
    found = set()
    for node, guarded in _import_statements(path):
        if guarded:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "defcoop_cli" or node.module.startswith("defcoop_cli."):
                found |= {f"{node.module}.{a.name}" for a in node.names}
            if node.module.startswith("defcoop_cli."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("defcoop_cli.")}
    return found


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_a_module_named_from_its_package_is_imported_lazily_or_not(tmp_path: Path) -> None:
    """`from pkg import module` imports the module, at the top or inside a function (the
    cycle check saw only pkg, and missed three loops); under TYPE_CHECKING it does not."""
    source = tmp_path / "module.py"
    source.write_text(
        "from defcoop_cli.lookup.search import text\n"
        "def f():\n    from defcoop_cli.lookup import stemming\n"
        "if TYPE_CHECKING:\n    from defcoop_cli.lookup import results\n",
        encoding="utf-8",
    )
    found = _imports(source)
    assert {"defcoop_cli.lookup.search.text", "defcoop_cli.lookup.stemming"} <= found
    assert "defcoop_cli.lookup.results" not in found


def test_the_package_has_no_import_cycle() -> None:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: _imports(path) & set(modules) for name, path in modules.items()}
    assert sum(len(v) for v in graph.values()) > 20  # the parser does see the imports
    state: dict[str, str] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = "open"
        for dep in sorted(graph[module]):
            assert state.get(dep) != "open", " -> ".join([*trail, module, dep])
            if dep not in state:
                visit(dep, [*trail, module])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [])


@pytest.mark.parametrize(
    ("record", "model"),
    [
        (records.Source, schema.Source),
        (records.Excerpt, schema.Excerpt),
        (records.Topic, schema.Topic),
        (records.Entity, schema.Entity),
        (records.Role, schema.Role),
        (records.Participant, schema.Participant),
        (records.EntityRole, schema.EntityRole),
        (records.Fact, schema.Fact),
        (records.CuratorNote, schema.CuratorNote),
        (records.Reference, schema.Reference),
    ],
    ids=lambda x: x.__name__,
)
def test_records_and_models_have_the_same_fields(record: type, model: type) -> None:
    assert list(record._fields) == list(model.model_fields)  # type: ignore[attr-defined]


def test_the_document_holds_the_same_lists() -> None:
    assert list(records.Doc._fields) == [
        f for f in schema.FactBaseDoc.model_fields if f != "schema_version"
    ]


def test_json_facts_carry_the_records_fields(capsys: pytest.CaptureFixture[str]) -> None:
    """A fact's own fields first, in the record's order; then what the command adds."""
    fact = call_json(capsys, "show", "drill-expanded")["fact"]
    added = ["source_label", "corroboration", "conflicts"]
    assert list(fact) == [*records.Fact._fields, *added]


class TestTheEditorialRule:
    """The fixture's editorial topic is called 'promo'; the shipped one, 'editorial'."""

    def test_an_editorial_topic_by_another_name_asks_for_editorial_content(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert call(capsys, "search", "book")[0] == 1  # editorial: left out by default
        doc = call_json(capsys, "search", "book", "--topic", "promo")
        assert [r["id"] for r in doc["results"]] == ["promo-book"]
        doc = call_json(capsys, "search", "book", "--topic", "Promotion")  # its title
        assert [r["id"] for r in doc["results"]] == ["promo-book"]

    def test_it_behaves_like_the_shipped_editorial_topic(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        assert call(capsys, "search", "spiritual")[0] == 1
        doc = call_json(capsys, "search", "spiritual", "--topic", "editorial")
        assert doc["results"] and all(r["kind"] == "editorial" for r in doc["results"])

    def test_a_brief_refuses_either(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, _, err = call(capsys, "brief", "--topic", "promo")
        assert code == 2 and "editorial content is never part of a brief" in err


@pytest.mark.parametrize(
    "path",
    [ROOT / "data" / "facts.json", *sorted((ROOT / "tests" / "fixtures").glob("*/facts.json"))],
    ids=lambda p: p.parent.name,
)
def test_records_from_the_models_equal_records_from_their_json(path: Path) -> None:
    """The loader builds records straight from the schema's models; the index cache builds
    them from JSON data. Both give the same records."""
    from defcoop_cli.factbase import schema
    from defcoop_cli.factbase.records import doc_from_model, doc_record

    model = schema.FactBaseDoc.model_validate(json.loads(path.read_text(encoding="utf-8")))
    assert doc_from_model(model) == doc_record(model.model_dump(mode="json"))


def test_no_folder_holds_more_than_twelve_modules() -> None:
    for folder in [PACKAGE, *(p for p in PACKAGE.rglob("*") if p.is_dir())]:
        modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
        assert len(modules) <= 12, folder


def test_no_module_is_over_500_lines() -> None:
    for path in PACKAGE.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines <= 500, f"{path.relative_to(PACKAGE)}: {lines} lines"


def test_only_the_cli_and_the_output_import_typer_click_rich_or_prompt_toolkit() -> None:
    allowed = (PACKAGE / "cli", PACKAGE / "output")
    for path in PACKAGE.rglob("*.py"):
        if path.parent in allowed:
            continue
        for node, _ in _import_statements(path):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                root = name.split(".")[0]
                assert root not in {"typer", "click", "rich", "prompt_toolkit"}, f"{path}: {name}"


def _layout_described(layout: str) -> tuple[set[Path], set[Path]]:
    """The modules and folders the layout names in their own folder's entry. The layout
    names a folder (`name/`) and then its modules (`name.py`) and its folders: read in
    order, a folder's name opens it when it is a folder of the one open or of one around
    it (the innermost first), and a module's name describes the module of that name in the
    innermost open folder that has one. A path with a slash (`index/verdicts.py`) only
    points elsewhere and opens nothing."""
    import re

    open_folders = [PACKAGE]
    modules: set[Path] = set()
    folders: set[Path] = set()
    for name in re.findall(r"`([\w.]+(?:\.py|/))`", layout):
        for depth in range(len(open_folders) - 1, -1, -1):
            path = open_folders[depth] / name.rstrip("/")
            if name.endswith("/") and path.is_dir():
                open_folders[depth + 1 :] = [path]
                folders.add(path)
                break
            if name.endswith(".py") and path.is_file():
                modules.add(path)
                break
    return modules, folders


def test_the_readmes_layout_names_every_module_and_folder() -> None:
    """README.md's "Layout" describes every module (`name.py`) and folder (`name/`) in its own
    folder's entry, so a module added, split or moved is described where a reader looks for
    it, and a module that shares its name with another's is not taken as described by it."""
    layout = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## Layout", 1)[1]
    modules, folders = _layout_described(layout)
    every_module = {p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py"}
    every_folder = {p for p in PACKAGE.rglob("*") if p.is_dir() and p.name[0] != "_"}
    missing = (every_module - modules) | (every_folder - folders)
    assert sorted(str(p.relative_to(PACKAGE)) for p in missing) == []
