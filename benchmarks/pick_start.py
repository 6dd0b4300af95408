"""How long pick takes to show its first screen, against the time a search takes.

    python benchmarks/pick_start.py [--runs N]

Each run starts `defcoop pick` in a fresh tmux window (100×30) and polls the screen every
10 ms until the first fact's statement is drawn: the time a person waits before typing.
Run once first so the index cache is warm. Alongside: `defcoop search malabr` (stdout to
/dev/null) and `defcoop pick --lines malabr`, the command fzf runs on each change of the query.
Medians of the runs, in milliseconds, wall clock. Needs tmux (and fzf for its row).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFCOOP = str(Path(sys.executable).with_name("defcoop"))


def process_ms(*argv: str) -> float:
    start = time.perf_counter()
    subprocess.run([DEFCOOP, *argv], stdout=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000


def first_statement() -> str:
    """The start of the first fact's statement: pick lists it before anything is typed."""
    out = subprocess.run([DEFCOOP, "facts", "-n", "1", "--json"], capture_output=True, check=True)
    return str(json.loads(out.stdout)["facts"][0]["statement"])[:30]


def first_screen_ms(options: str, first: str, folder: Path) -> float:
    """A tmux server of its own each time (a killed server's socket is not reused at once)."""
    tmux = [str(shutil.which("tmux")), "-S", str(folder / f"tmux-{time.monotonic_ns()}.sock")]
    window = ["new-session", "-d", "-x", "100", "-y", "30", f"{DEFCOOP} pick {options}"]
    start = time.perf_counter()
    subprocess.run([*tmux, *window], check=True)
    try:
        while (
            first
            not in subprocess.run(
                [*tmux, "capture-pane", "-p", "-t", "0"], capture_output=True, text=True, check=True
            ).stdout
        ):
            if time.perf_counter() - start > 20:
                raise SystemExit(f"pick {options}: no first screen in 20 s")
            time.sleep(0.01)
        return (time.perf_counter() - start) * 1000
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True, check=False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    process_ms("search", "malabr")  # the index cache, built or checked
    first = first_statement()
    rows = {
        "defcoop search malabr": lambda _: process_ms("search", "malabr"),
        "defcoop pick --lines malabr (a reload of fzf)": lambda _: process_ms(
            "pick", "--lines", "malabr"
        ),
        "pick, builtin finder: first screen": lambda s: first_screen_ms("--no-fzf", first, s),
    }
    if shutil.which("fzf"):
        rows["pick, fzf: first screen"] = lambda s: first_screen_ms("", first, s)
    with tempfile.TemporaryDirectory() as folder:
        for name, measure in rows.items():
            times = [measure(Path(folder)) for _ in range(runs)]
            print(f"| {name} | {statistics.median(times):.0f} | {min(times):.0f} |")


if __name__ == "__main__":
    main()
