"""Which fact files are in use, bottom layer first, and which of them a command checks or
writes: the layer rules, in one place."""

from __future__ import annotations

import os
from collections.abc import Sequence

from defcoop_cli.errors import UsageError
from defcoop_cli.factbase.limits import MAX_PATH_CHARS

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:  # nor pathlib: a search's layers are the paths as given (Session.index)
    from pathlib import Path

    from _typeshed import StrPath


def default_factbase_path() -> Path:
    """The fact base shipped in the wheel, or the checkout's own when run from source."""
    from pathlib import Path  # the commands' (a search's layers are default_factbase_name)

    return Path(default_factbase_name())


def default_factbase_name() -> str:
    """default_factbase_path as a string, joined by os.path: a search loads no pathlib."""
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    packaged = os.path.join(package, "data", "facts.json")
    if os.path.exists(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.dirname(package)), "data", "facts.json")


def home(path: StrPath) -> str:
    """A path with a leading '~' or '~user' made the home folder's, as a shell would have:
    quoted, or after '=' (`--facts=~/mine/facts.json`), it reaches defcoop as it is, and
    taken so it would name (or make) a folder called '~' in the current one. A '~user' of
    no such user is a usage error (a shell leaves it as it is, which would make a folder so
    named: './~user' names that one)."""
    text = os.fspath(path)
    if not text.startswith("~"):
        return text
    made = os.path.expanduser(text)
    if made == text:
        user = text[1:].split(os.sep, 1)[0]
        raise UsageError(
            f"no user {user!r} for {text!r}: a file or folder named so is ./{text}"
            if user
            else f"no home folder for {text!r}: HOME is not set"
        )
    return made


def layer_paths(given: Sequence[StrPath], no_default: bool) -> list[StrPath]:
    """The fact files in use, bottom layer first: the shipped fact base (unless
    --no-default-facts), then each --facts (or each path of DEFCOOP_FACTS, separated by
    os.pathsep), once each; a usage error when that leaves none."""
    layers = stacked_layers(given, no_default)
    if not layers:
        raise UsageError("no fact base: --no-default-facts, and no --facts to use instead")
    return layers


def stacked_layers(given: Sequence[StrPath], no_default: bool) -> list[StrPath]:
    """The fact files in use as layer_paths finds them, perhaps none (`validate FILE` needs
    none: it checks FILE on them)."""
    if not given:
        given = [p for p in os.environ.get("DEFCOOP_FACTS", "").split(os.pathsep) if p]
    given = [*shipped_layer(no_default), *map(home, given)]
    layers: dict[str, StrPath] = {}
    for path in given:
        _short_enough(path)
        layers.setdefault(real_path(path), path)
    return list(layers.values())


def shipped_layer(no_default: bool) -> list[StrPath]:
    """The shipped fact base as a layer list: empty when --no-default-facts (or
    DEFCOOP_NO_DEFAULT_FACTS) leaves it out."""
    if no_default or os.environ.get("DEFCOOP_NO_DEFAULT_FACTS"):
        return []
    return [default_factbase_name()]


def layers_below(path: Path, layers: Sequence[Path], no_default: bool) -> list[Path]:
    """What a fact file is checked on: the layers under it when it is one of those in use,
    else the shipped fact base (so that a personal fact base may use its entities)."""
    real = [real_path(p) for p in layers]
    own = real_path(path)
    if own in real:
        return list(layers[: real.index(own)])
    from pathlib import Path  # a writer's and validate's: they take Paths

    return [Path(p) for p in shipped_layer(no_default) if real_path(p) != own]


def layers_above(path: Path, layers: Sequence[Path]) -> list[Path]:
    """The layers in use above a fact file (none when it is not one of them): an id it
    takes must be free in them too."""
    real = [real_path(p) for p in layers]
    own = real_path(path)
    return list(layers[real.index(own) + 1 :]) if own in real else []


def add_target(given: Path | None, layers: Sequence[Path]) -> Path:
    """The fact file `add` writes to: the one given, else the top layer in use when it is
    not the shipped fact base."""
    if given is not None:
        return given
    if real_path(layers[-1]) != real_path(default_factbase_name()):
        return layers[-1]
    raise UsageError(
        "no fact base of your own to add to: make one with 'defcoop init DIR', then "
        "give it with --into DIR/facts.json"
    )


def real_path(path: StrPath) -> str:
    """The path with symlinks resolved; as given when it cannot be (a NUL byte in it)."""
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return os.fspath(path)


def _short_enough(path: StrPath) -> None:
    """A --facts path longer than any real one is a usage error, before any work."""
    length = len(os.fspath(path))
    if length > MAX_PATH_CHARS:
        raise UsageError(f"--facts is {length} characters long; the limit is {MAX_PATH_CHARS}")
