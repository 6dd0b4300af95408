"""Golden outputs: the README's examples, the judged query sets and every command's --json on
the shipped base and the fixtures, byte for byte, as recorded in tests/golden/.

A change of layout must leave every output as it was. A change of behaviour re-records them,
on purpose and in its own commit:

    DEFCOOP_UPDATE_GOLDEN=1 python3 -m pytest tests/test_golden.py

Outputs of the judged queries and of `show` for every fact are kept as a SHA-256 of the
bytes (with the ranked ids, so a failure says what moved); the rest are kept whole. The
hashed ones run in the long profile (DEFCOOP_TEST_PROFILE=long); the README's examples and
every command's --json run in the default one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex

import pytest
from conftest import MINI, REAL, ROOT

GOLDEN = ROOT / "tests" / "golden" / "outputs.json"
UPDATE = bool(os.environ.get("DEFCOOP_UPDATE_GOLDEN"))
SECOND = ROOT / "tests" / "fixtures" / "second" / "facts.json"
README = (ROOT / "README.md").read_text(encoding="utf-8")
SETS = ("judged_queries.json", "judged_queries_holdout.json", "judged_queries_third.json")

BASES = {"real": [REAL], "mini": [MINI], "layered": [MINI, SECOND]}
# Commands that write outside their output, or need a terminal, are left to their own tests.
NOT_GOLDEN = ("defcoop init", "defcoop add --help")


def readme_examples() -> list[list[str]]:
    """The defcoop part of each README `$ ` example (before any pipe or redirection)."""
    blocks = re.findall(r"```console\n(.*?)```", README, flags=re.S)
    lines = [line[2:] for block in blocks for line in block.splitlines() if line.startswith("$ ")]
    examples = []
    for line in lines:
        if line.startswith(NOT_GOLDEN):
            continue
        words = shlex.split(line.split(" | ")[0].split(" > ")[0])
        examples.append(words[1:])
    return examples


def command_cases(base: str) -> list[list[str]]:
    """Every command's --json on one fact base."""
    fact, topic, entity, source = (first(base, part) for part in PARTS)
    top = str(BASES[base][-1].relative_to(ROOT))
    cases = [
        ["search", "exercise", "--json"],
        ["search", "exercise", "--jsonl"],
        ["search", "agreed", "--explain", "--json"],
        ["search", "nosuchwordatall", "--json"],
        ["facts", "--json"],
        ["facts", "--jsonl", "--include-editorial"],
        ["facts", "--topic", topic, "--json"],
        ["facts", "--entity", entity, "--json"],
        ["topics", "--json"],
        ["topics", topic, "--json"],
        ["entities", "--json"],
        ["entities", entity, "--json"],
        ["sources", "--json"],
        ["sources"],
        ["events", "--json"],
        ["show", fact, "--json"],
        ["show", "no-such-fact", "--json"],
        ["brief", "--format", "json"],
        ["brief", "--full", "--format", "json"],
        ["brief", "--format", "markdown"],
        ["brief"],
        ["brief", "--topic", topic, "--format", "json"],
        ["brief", "--source", source, "--format", "json"],
        ["validate", "--json"],
        ["diff", top, top, "--json"],
    ]
    return cases


PARTS = ("facts", "topics", "entities", "sources")


def first(base: str, part: str) -> str:
    """The first id of a part of the fact base, in the top layer that has one."""
    for path in reversed(BASES[base]):
        found = json.loads(path.read_text("utf-8")).get(part)
        if found:
            return str(found[0]["id"])
    raise AssertionError(f"no {part} in {base}")


def show_every_fact(base: str) -> list[list[str]]:
    facts = [f for p in BASES[base] for f in json.loads(p.read_text("utf-8"))["facts"]]
    return [["show", f["id"], "--json"] for f in facts]


def judged_queries() -> list[list[str]]:
    queries = [
        q["query"]
        for name in SETS
        for q in json.loads((ROOT / "tests" / "fixtures" / name).read_text("utf-8"))["queries"]
    ]
    return [["search", *q.split(), "--json"] for q in dict.fromkeys(queries)]


def case_name(prefix: str, argv: list[str]) -> str:
    """A case's name, the same in every checkout: a path inside it is written {ROOT}/…"""
    return f"{prefix} {' '.join(argv)}".replace(str(ROOT), "{ROOT}")


def cases() -> list[tuple[str, str, list[str], bool]]:
    """(name, base, argv, hashed)"""
    found = [(case_name("readme", a), "real", a, False) for a in readme_examples()]
    for base in BASES:
        found += [(case_name(f"{base}:", a), base, a, False) for a in command_cases(base)]
        found += [(case_name(f"{base}:", a), base, a, True) for a in show_every_fact(base)]
    found += [(f"judged: {' '.join(a)}", "real", a, True) for a in judged_queries()]
    return list({c[0]: c for c in found}.values())


CASES = cases()


def normalise(text: str) -> str:
    return text.replace(str(ROOT), "{ROOT}")


def record(code: int, out: str, err: str, argv: list[str], hashed: bool) -> dict[str, object]:
    out, err = normalise(out), normalise(err)
    entry: dict[str, object] = {"exit": code, "stderr": err}
    if not hashed:
        entry["stdout"] = out
        return entry
    entry["sha256"] = hashlib.sha256(out.encode("utf-8")).hexdigest()
    if argv[0] == "search" and code == 0:
        entry["ids"] = [r["id"] for r in json.loads(out)["results"]]
    return entry


@pytest.fixture(scope="module")
def golden() -> dict[str, dict[str, object]]:
    if UPDATE or not GOLDEN.exists():
        return {}
    return json.loads(GOLDEN.read_text("utf-8"))  # type: ignore[no-any-return]


RECORDED: dict[str, dict[str, object]] = {}


@pytest.mark.parametrize(
    ("name", "base", "argv", "hashed"),
    # The hashed outputs (the judged queries, `show` of every fact) run in the long profile,
    # and always when recording: a recording holds every case.
    [
        pytest.param(*c, id=c[0], marks=[pytest.mark.long] if c[3] and not UPDATE else [])
        for c in CASES
    ],
)
def test_output_is_as_recorded(
    name: str,
    base: str,
    argv: list[str],
    hashed: bool,
    golden: dict[str, dict[str, object]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from conftest import call

    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join(str(p) for p in BASES[base]))
    code, out, err = call(capsys, *argv)
    got = record(code, out, err, argv, hashed)
    if UPDATE:
        RECORDED[name] = got
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(RECORDED, indent=1, ensure_ascii=False) + "\n", "utf-8")
        return
    assert name in golden, f"no golden output for {name!r}: DEFCOOP_UPDATE_GOLDEN=1 records it"
    assert got == golden[name]


def test_every_golden_output_has_a_case(golden: dict[str, dict[str, object]]) -> None:
    if UPDATE:
        pytest.skip("recording")
    assert set(golden) == {c[0] for c in CASES}


def test_every_readme_example_succeeded_when_recorded(golden: dict[str, dict[str, object]]) -> None:
    if UPDATE:
        pytest.skip("recording")
    readme = {name: out for name, out in golden.items() if name.startswith("readme ")}
    assert set(readme) == {f"readme {' '.join(a)}" for a in readme_examples()}
    assert all(out["exit"] == 0 and out["stdout"] for out in readme.values()), [
        name for name, out in readme.items() if out["exit"] != 0 or not out["stdout"]
    ]
