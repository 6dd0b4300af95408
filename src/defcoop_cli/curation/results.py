"""What the curator's commands return, for the renderers to write."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple


class Drafted(NamedTuple):
    """What `draft` made: the draft (a fact-base fragment, as JSON data), and the new file
    it was written to (None: it is for stdout)."""

    document: dict[str, Any]
    written: Path | None = None

    @property
    def found(self) -> bool:
        return True

    @property
    def messages(self) -> tuple[str, ...]:
        return ()
