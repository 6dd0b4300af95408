"""Shared fixtures: every test runs against the small fixture fact base unless it asks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests: 300 examples each in CI; HYPOTHESIS_PROFILE=long for a deeper run.
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
settings.register_profile("ci", max_examples=300, deadline=None, suppress_health_check=_SLOW_OK)
settings.register_profile(
    "long", max_examples=20_000, deadline=None, suppress_health_check=_SLOW_OK
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini" / "facts.json"
REAL = ROOT / "data" / "facts.json"


@pytest.fixture(scope="session")
def cache_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the test session: tests never touch the user's ~/.cache."""
    return tmp_path_factory.mktemp("cache")


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
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DEFCOOP_FACTS", str(MINI))
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    return MINI


@pytest.fixture
def real_factbase(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DEFCOOP_FACTS", str(REAL))
    return REAL


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


def read_terminal(master: int) -> bytes:
    """All a child wrote to a pseudo-terminal, until it closed it; closes master."""
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return b"".join(chunks)
