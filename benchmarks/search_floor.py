"""A warm search's fixed cost: the interpreter and the standard library it loads, against the
search itself, in one interleaved run.

    python benchmarks/search_floor.py --facts FACTS.json [--rounds 21] [WORD ...]

The modules a plain `defcoop search WORD` loads that are not defcoop's (the standard
library, tantivy) are listed from a run of it; each round then runs, each in a fresh
process and in turn: a bare interpreter (`python -c pass`, site included, as the console
script starts), one that imports all of those modules, one that imports them without each
of typing, pathlib, json and re (without the modules that module alone brings: a fresh
`import X`'s modules, the others importing what they need), and the search itself, its
index cache warm. Printed: CPU medians (user + system of the finished child), each
module's share (all the modules less the run without it) and each row ÷ the search. A
module another one needs anyway (datetime: tantivy imports it) cannot be dropped and is
said so. PYTHONDONTWRITEBYTECODE is unset and the bytecode compiled first.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFCOOP = shutil.which("defcoop") or str(Path(sys.executable).with_name("defcoop"))
LISTED = """import os, sys
bare = set(sys.argv[1].split())
end = os._exit
def _exit(code):
    print(" ".join(sorted(m for m in sys.modules if m not in bare
                            and not m.startswith("defcoop_cli"))), file=sys.stderr)
    end(code)
os._exit = _exit
sys.argv = ["defcoop", "search", *sys.argv[2:]]
from defcoop_cli.cli.entry import main
main()
"""
DROPPED = ("typing", "pathlib", "json", "re")


def modules(code: str, *args: str, env: dict[str, str] | None = None) -> set[str]:
    """The modules a child's code has loaded, printed on its last line of stderr."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, env=env, timeout=120
    )
    return set(done.stderr.decode().strip().splitlines()[-1].split())


def cpu(argv: list[str], env: dict[str, str]) -> float:
    with open(os.devnull, "wb") as null:
        child = subprocess.Popen(argv, stdout=null, stderr=null, env=env)
        _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: nothing found
        raise SystemExit(f"failed: {' '.join(argv)}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=Path, required=True, help="laid over the shipped base")
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("words", nargs="*", default=["exercize"])
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEFCOOP_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["DEFCOOP_FACTS"] = os.pathsep.join([str(ROOT / "data" / "facts.json"), str(args.facts)])
    compileall.compile_dir(ROOT / "src", quiet=1)
    listing = "import sys; print(' '.join(sys.modules), file=sys.stderr)"
    bare = modules(listing, env=env)
    loaded = sorted(modules(LISTED, " ".join(bare), *args.words, env=env) - bare)
    commands = {
        "a bare interpreter": [sys.executable, "-c", "pass"],
        "it, importing the search's other modules": [
            sys.executable,
            "-c",
            f"import {', '.join(loaded)}",
        ],
    }
    kept: dict[str, str] = {}
    for name in DROPPED:
        alone = modules(f"import {name}\n" + listing, env=env) - bare
        rest = [m for m in loaded if m not in alone]
        if name in modules(f"import {', '.join(rest)}\n" + listing, env=env):
            kept[name] = "needed by another"
            continue
        commands[f"  without {name} (alone it loads {len(loaded) - len(rest) - 1} more)"] = [
            sys.executable,
            "-c",
            f"import {', '.join(rest)}",
        ]
    commands[f"`defcoop search {' '.join(args.words)}`"] = [DEFCOOP, "search", *args.words]
    for argv in commands.values():  # warm: the index cache built, files read
        cpu(argv, env)
    runs: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.rounds):
        for name, argv in commands.items():
            runs[name].append(cpu(argv, env))
    med = {name: statistics.median(found) for name, found in runs.items()}
    search, everything = list(med.values())[-1], med["it, importing the search's other modules"]
    print(f"{len(loaded)} modules beside defcoop's; {args.rounds} rounds, CPU medians;")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}\n")
    print("| process | CPU | ÷ the search | the module's share |\n|---|---:|---:|---:|")
    for name, value in med.items():
        share = f"{(everything - value) * 1000:.1f} ms" if name.startswith("  ") else ""
        print(f"| {name.strip()} | {value * 1000:.1f} ms | {value / search:.2f} × | {share} |")
    for name, why in kept.items():
        print(f"| without {name} | | | {why} |")


if __name__ == "__main__":
    main()
