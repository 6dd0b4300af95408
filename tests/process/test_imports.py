"""What a fresh interpreter imports: only what every command needs, and never the costly
libraries (rich, pydantic, tantivy) before a command asks for them."""

from __future__ import annotations

import subprocess
import sys


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
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
        ours, heavy = out.stdout.decode().split("\n")[:2]
        assert ours.split() == [
            "defcoop_cli",
            "defcoop_cli.cli",
            "defcoop_cli.cli.app",
            "defcoop_cli.cli.base",
            "defcoop_cli.cli.curating",
            "defcoop_cli.cli.options",
            "defcoop_cli.cli.picking",
            "defcoop_cli.cli.reading",
            "defcoop_cli.errors",
            "defcoop_cli.factbase",
            "defcoop_cli.factbase.checks",
            "defcoop_cli.factbase.files",
            "defcoop_cli.factbase.layers",
            "defcoop_cli.factbase.limits",
            "defcoop_cli.factbase.loader",
            "defcoop_cli.factbase.records",
            "defcoop_cli.factbase.sentences",
            "defcoop_cli.factbase.vocab",
            "defcoop_cli.output",
            "defcoop_cli.output.emit",
            "defcoop_cli.output.terminal",
        ]
        assert heavy == ""


def test_importing_the_loader_does_not_import_pydantic() -> None:
    """The models cost tens of milliseconds to build: only validation may load them."""
    code = "import sys, defcoop_cli.factbase.loader; print('pydantic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
    assert out.stdout == b"False\n"
