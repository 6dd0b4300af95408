"""What the readers of a register typed in its own words (hinglish.py, japanese.py) share as
they rewrite a query in English: a word as typed, a shipped table's forms each with the
English it reads, and the rewritten pieces spliced back into the query."""

from __future__ import annotations

import json

from defcoop_cli.factbase.vocab import shipped_text
from defcoop_cli.patterns import Lazy

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from collections.abc import Callable, Hashable
    from typing import Any, TypeVar

    Form = TypeVar("Form", bound=Hashable)

WORD = Lazy(r"[^\W\d_]+")  # a run of letters: a word as typed


def table_entries(path: str) -> list[dict[str, Any]]:
    """A shipped table's entries, each a word's forms and the English it reads ("reads")."""
    entries: list[dict[str, Any]] = json.loads(shipped_text(path))["entries"]
    return entries


def forms_read(
    entries: list[dict[str, Any]], field: str, fold: Callable[[str], Form]
) -> tuple[dict[Form, str], frozenset[Form]]:
    """The entries' forms of a field (each folded), each as the English its entry reads;
    the forms of the entries marked "english", English words too."""
    read, shared = {}, set()
    for entry in entries:
        for form in map(fold, entry[field]):
            read[form] = entry["reads"]
            if entry.get("english"):
                shared.add(form)
    return read, frozenset(shared)


def spliced(out: list[str], text: str, end: int) -> str:
    """The pieces read so far with the text after `end`, its spaces single."""
    return " ".join("".join([*out, text[end:]]).split())
