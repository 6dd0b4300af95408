"""The Typer floor under each Typer version, to choose (and revisit) the version pin.

    python benchmarks/typer_versions.py [--rounds 21] [VERSION ...]

For each version (by default 0.27.2, 0.28.0 and 0.29.2) it makes a virtual environment in
~/.cache/defcoop-bench/ with that Typer and rapidfuzz, compiles it, and then runs
`benchmarks/floor.py search malabar --json` (defcoop's whole command-line surface, doing no
work) in every environment in turn, round after round. It prints the median CPU time (user
+ sys, from wait4) and wall time of each, and each one's ratio to the fastest. It needs the
package index to build the environments the first time.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = Path.home() / ".cache" / "defcoop-bench"
ARGV = [str(HERE / "floor.py"), "search", "malabar", "--json"]


def environment(version: str) -> Path:
    """A venv with this Typer and rapidfuzz, made once."""
    folder = CACHE / f"typer-{version}"
    python = folder / "bin" / "python"
    if not python.exists():
        venv.create(folder, with_pip=True)
        pip = [str(python), "-m", "pip", "install", "--quiet", f"typer=={version}", "rapidfuzz"]
        subprocess.run(pip, check=True)
        site = next(folder.glob("lib/python*/site-packages"))
        compileall.compile_dir(site, quiet=1)
    return python


def cpu_and_wall(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    assert proc.stderr is not None
    error = proc.stderr.read()
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"typer_versions: {' '.join(argv)} failed: {error[-300:]!r}")
    return usage.ru_utime + usage.ru_stime, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("versions", nargs="*", default=["0.27.2", "0.28.0", "0.29.2"])
    parser.add_argument("--rounds", type=int, default=21)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    pythons = {v: environment(v) for v in args.versions}
    compileall.compile_file(str(HERE / "floor.py"), quiet=1)
    samples: dict[str, list[tuple[float, float]]] = {v: [] for v in pythons}
    for python in pythons.values():  # one warm-up run each, not counted
        cpu_and_wall([str(python), *ARGV], env)
    for _ in range(args.rounds):
        for v, python in pythons.items():
            samples[v].append(cpu_and_wall([str(python), *ARGV], env))
    cpu = {v: statistics.median(s[0] for s in runs) for v, runs in samples.items()}
    wall = {v: statistics.median(s[1] for s in runs) for v, runs in samples.items()}
    fastest = min(cpu.values())
    print(f"Typer floor (`floor.py search malabar --json`), {args.rounds} rounds, medians\n")
    print("| typer | CPU ms | wall ms | CPU × the fastest |")
    print("|---|---:|---:|---:|")
    for v in pythons:
        print(f"| {v} | {cpu[v] * 1000:.0f} | {wall[v] * 1000:.0f} | {cpu[v] / fastest:.2f} |")
    print(f"\nPython {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
