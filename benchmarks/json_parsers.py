"""What a faster JSON parser would give the two goals of issue 26 that read a 100,000-fact file,
measured before building anything, in one interleaved run.

    pip install orjson msgspec   # for this benchmark only: defcoop does not use them
    python benchmarks/json_parsers.py --big DIR/facts.json [--rounds 7] [--base DIR]

The goals: `validate` of a changed 100,000-fact top layer ≤ 3 × the same on the shipped
base, and the cold build ≤ 6 × `json.load`'s time. Every row is a process of its own; each
round runs every row once, in turn; figures are medians of CPU time (user + system of the
finished child) with wall time and peak memory beside them. Rows:

- Parsers alone, the file's bytes read and parsed into Python values: `json.load` with the
  cyclic collector on (the cold build goal's reference, as scale.py runs it) and off (as
  defcoop parses: loader.no_cycle_collection, main's own gc.disable), orjson and msgspec
  (collector off).
- defcoop's parse of the file (`loader.build`: duplicate keys refused, each fact checked
  by the schema and made a record as the parser reads it), and the same work with the
  parser swapped: orjson's or msgspec's values, then each fact checked and made a record,
  the rest validated as `build` does. Neither refuses a duplicate key (the last one wins),
  so this is an upper bound of what swapping could save.
- `defcoop validate` of the shipped base and of the 100,000-fact layer, both "changed" (as
  validate_changed.py: the layer's verdict and records removed before each run).
- The cold build (`defcoop search` with an empty cache, as scale.py).

Ratios: of `validate`, parse and parser rows to the shipped base's changed `validate` (the
validate goal's divisor); of the cold build to `json.load` (collector on: its goal's).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import DEFCOOP, Run
from validate_changed import Command, cells, commands_for, heading, interleaved, keeping

PARSERS = {
    "json.load, collector on": "import json; json.load(open(P, encoding='utf-8'))",
    "json.load, collector off": "import json; json.load(open(P, encoding='utf-8'))",
    "orjson.loads": "import orjson; orjson.loads(open(P, 'rb').read())",
    "msgspec.json.decode": "import msgspec; msgspec.json.decode(open(P, 'rb').read())",
}
# The same work as loader.build, the parser swapped (duplicate keys not refused).
SWAPPED = """
from defcoop_cli.factbase import loader, schema
from defcoop_cli.factbase.records import fact_record
raw = PARSE(open(P, 'rb').read().decode('utf-8-sig'))
check, facts = schema.fact_check(), raw['facts']
for i, fact in enumerate(facts):
    check(fact)
    facts[i] = fact_record(fact)
assert loader._records_fact_by_fact(raw) is not None
"""
BUILD = "from defcoop_cli.factbase import loader; loader.build(open(P, 'rb').read(), Path(P))"
PARSES = {
    "defcoop's parse (loader.build)": BUILD,
    "the same, orjson's values": "import orjson; PARSE = orjson.loads" + SWAPPED,
    "the same, msgspec's values": "import msgspec; PARSE = msgspec.json.decode" + SWAPPED,
}


def child(code: str, big: Path, collector: bool = False) -> list[str]:
    head = "import sys; P = sys.argv[1]; from pathlib import Path"
    head += "" if collector else "; import gc; gc.disable()"
    return [sys.executable, "-c", f"{head}\n{code}", str(big)]


def available(code: str) -> bool:
    return all(importlib.util.find_spec(m) for m in ("orjson", "msgspec") if m in code)


def parse_rows(big: Path) -> dict[str, Command]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEFCOOP_")}
    rows = {}
    for name, code in {**PARSERS, **PARSES}.items():
        if available(code):
            rows[name] = (child(code, big, name.endswith("collector on")), env, keeping)
        else:
            print(f"left out (not installed): {name}", file=sys.stderr)
    return rows


def cold_rows(big: Path, base: Path) -> dict[str, Command]:
    cache = base / "cold"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEFCOOP_")}
    env["XDG_CACHE_HOME"] = str(cache)

    def empty() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    argv = [DEFCOOP, "--no-default-facts", "--facts", str(big), "search", "exercize"]
    return {"cold build (`search`, empty cache)": (argv, env, empty)}


def table(m: dict[str, Run]) -> list[str]:
    shipped, load = m["now: shipped, changed"][1], m["json.load, collector on"][1]
    out = [
        "| command | CPU | wall | peak memory | ÷ shipped changed validate | ÷ json.load |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, found in m.items():
        by_load = f"{found[1] / load:.2f} ×" if name.startswith(("cold", "json")) else ""
        out.append(f"{cells(name, found)}| {found[1] / shipped:.2f} × | {by_load} |")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, required=True, help="a 100,000-fact facts.json")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--base", type=Path, default=Path("/tmp/defcoop-bench-json"))
    args = parser.parse_args()
    args.million = None
    made = commands_for(args, "now", None)
    commands = {k: v for k, v in made.items() if k.endswith(", changed")}
    commands |= parse_rows(args.big) | cold_rows(args.big, args.base)
    m = interleaved(commands, args.rounds)
    print(heading(args.rounds))
    print("\n".join(table(m)))


if __name__ == "__main__":
    main()
