"""Where a warm search's start-up goes: what importing Typer adds to what the search needs.

    python benchmarks/typer_import.py [--rounds 21] [--query malabar]

It finds the modules a warm `search QUERY --json` on the shipped base loads (in a child
interpreter, from sys.modules; the index cache is built first if it was not), and of those
the ones `import typer` loads that defcoop's own modules outside cli/ (the search, the
index, the renderers) and tantivy do not. Then, round after round, each in a fresh
interpreter with the cyclic collector off as `main()` imports, ending by os._exit as
`main()` does: an empty interpreter; the search's own modules ("B"); B and each outermost
module only Typer needs, alone; B and all of them; B and Typer; B and Typer and defcoop's
cli/ (everything a search imports); and the whole search through the console script's
`main()`. It prints the median CPU time (user + sys, from wait4) of each and what it adds
to B. Python's bytecode is compiled first (PYTHONDONTWRITEBYTECODE would otherwise compile every
module on every run).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

PY = sys.executable
# defcoop's Snowball stemmer is loaded from its file by the search, not imported by name.
NOT_BY_NAME = ("defcoop_cli._snowball",)


def loaded_by(code: str) -> set[str]:
    """The modules a child interpreter has loaded after running code (not the ones a bare
    interpreter starts with)."""
    with tempfile.NamedTemporaryFile("r", suffix=".json") as out:
        script = f"import sys, json\nbare = set(sys.modules)\n{code}\n"
        script += f"json.dump(sorted(set(sys.modules) - bare), open({out.name!r}, 'w'))\n"
        subprocess.run([PY, "-c", script], check=True, capture_output=True)
        return set(json.load(open(out.name)))


def cpu_seconds(code: str) -> float:
    """User + system seconds of a fresh interpreter running code and ending as `main()` does
    (os._exit: no teardown of the modules), output thrown away."""
    code += "\nimport os\nos._exit(0)"
    with open(os.devnull, "wb") as null:
        child = subprocess.Popen([PY, "-c", code], stdout=null, stderr=null, stdin=null)
        _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {code[:200]}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--query", default="malabar")
    args = parser.parse_args()
    for path in {sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["purelib"]}:
        compileall.compile_dir(path, quiet=2, workers=0)
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "src", quiet=2)

    run = f"from defcoop_cli.cli.app import run\nrun(['search', {args.query!r}, '--json'])"
    loaded_by(run)  # builds the index cache if it is cold: what follows is a warm search
    search = loaded_by(run)
    own = sorted(
        m
        for m in search
        if m.startswith("defcoop_cli.") and not m.startswith(("defcoop_cli.cli", *NOT_BY_NAME))
    )
    own_line = "import gc; gc.disable(); " + "; ".join(f"import {m}" for m in own)
    own_line += "; import tantivy"
    by_own = loaded_by(own_line)
    by_typer = loaded_by("import typer")
    only = by_typer - by_own
    # The outermost of them (whose package, if any, the search loads anyway), each measured
    # with what it brings along; C modules and private ones come with the module that uses them.
    tops = sorted(
        m
        for m in only
        if not m.startswith("typer")
        and not any(part.startswith("_") for part in m.split("."))
        and m not in sys.builtin_module_names
        and m.rpartition(".")[0] not in only
    )
    print(f"a search loads {len(search)} modules; Typer loads {len(by_typer)}, {len(only)} of")
    print("them needed by nothing else the search imports; their top-level modules:")
    print("  " + " ".join(tops))

    commands = {"empty interpreter": "pass", "B: the search's own modules and tantivy": own_line}
    for m in tops:
        commands[f"B + {m}"] = f"{own_line}; import {m}"
    commands["B + all of those"] = own_line + "; " + "; ".join(f"import {m}" for m in tops)
    commands["B + typer"] = f"{own_line}; import typer"
    commands["B + typer + defcoop's cli/"] = (
        f"{own_line}; import typer; import defcoop_cli.cli.app, defcoop_cli.cli.reading"
    )
    commands[f"`search {args.query} --json` through main()"] = (
        f"import sys; sys.argv = ['defcoop', 'search', {args.query!r}, '--json']\n"
        "from defcoop_cli.cli.entry import main\nmain()"
    )
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.rounds):
        for name, code in commands.items():
            times[name].append(cpu_seconds(code))
    medians = {name: statistics.median(t) * 1000 for name, t in times.items()}
    base = medians["B: the search's own modules and tantivy"]
    print(f"\n{args.rounds} rounds; load average {os.getloadavg()[0]:.1f}\n")
    print("| what is imported | median CPU | added to B |")
    print("|---|---:|---:|")
    for name, ms in medians.items():
        added = "" if name in list(commands)[:2] else f"{ms - base:+.1f} ms"
        print(f"| {name} | {ms:.1f} ms | {added} |")


if __name__ == "__main__":
    main()
