"""The Typer floor: defcoop's command-line surface, doing no work.

It declares the same commands, arguments and options as defcoop (Typer builds each command,
and a parameter adapter for each option it parses, which costs time) and imports the
libraries defcoop's search imports: typer, rapidfuzz, the Snowball stemmer and tantivy.
benchmarks/bench.py times defcoop against it.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Annotated

import rapidfuzz  # noqa: F401 - imported, as defcoop's search imports them
import snowballstemmer  # type: ignore[import-untyped]  # noqa: F401
import typer

with contextlib.suppress(ImportError):  # Python 3.10 has no tantivy: defcoop uses memory
    import tantivy  # noqa: F401


def emit(text: str) -> None:
    sys.stdout.write(text)


app = typer.Typer(
    name="defcoop", pretty_exceptions_enable=False, rich_markup_mode=None, add_completion=True
)


@app.callback()
def main(
    facts: Annotated[Path | None, typer.Option("--facts", envvar="DEFCOOP_FACTS")] = None,
    version: Annotated[bool, typer.Option("--version")] = False,
) -> None:
    """The floor."""


@app.command()
def search(
    query: list[str],
    topic: Annotated[list[str] | None, typer.Option("--topic", "-t")] = None,
    entity: Annotated[list[str] | None, typer.Option("--entity", "-e")] = None,
    kind: Annotated[list[str] | None, typer.Option("--kind", "-k")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 10,
    include_editorial: Annotated[bool, typer.Option("--include-editorial")] = False,
    explain: Annotated[bool, typer.Option("--explain")] = False,
    json_out: Annotated[bool, typer.Option("--json")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl")] = False,
) -> None:
    """Search nothing."""
    emit("{}\n")


@app.command()
def topics(
    topic: Annotated[str | None, typer.Argument()] = None,
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List nothing."""
    emit("{}\n")


@app.command()
def entities(
    entity: Annotated[str | None, typer.Argument()] = None,
    type_: Annotated[str | None, typer.Option("--type")] = None,
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List nothing."""
    emit("{}\n")


@app.command()
def show(
    fact_id: str,
    context: Annotated[int, typer.Option("--context", "-C", min=0, max=50)] = 1,
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Show nothing."""
    emit("{}\n")


@app.command()
def brief(
    topic: Annotated[str | None, typer.Option("--topic", "-t")] = None,
    format_: Annotated[str, typer.Option("--format", "-f")] = "rich",
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Brief nothing."""
    emit("{}\n")


app.command("summary")(brief)  # the alias, a command of its own as in defcoop


@app.command()
def validate(
    path: Annotated[Path | None, typer.Argument()] = None,
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Validate nothing."""
    emit("{}\n")


if __name__ == "__main__":
    app()
