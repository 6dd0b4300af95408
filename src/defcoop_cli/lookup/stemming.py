"""The English stemmer `text.stem` uses: PyStemmer's where it is installed, a dependency on
CPython (the Snowball project's own C code, the same algorithm as snowballstemmer's pure
Python, the same stems some 19 times faster; a first draft over a big fact base stems each
of its distinct words once: some 60,000 at 100,000 facts, issue 26), else snowballstemmer's
English stemmer alone (another Python, or an install without it)."""

from functools import lru_cache

from defcoop_cli.tuples import TYPE_CHECKING

if TYPE_CHECKING:  # typing is imported by mypy alone: a search loads no typing
    from typing import Any


@lru_cache(maxsize=1)  # made on the first stem a run asks for
def english_stemmer() -> "Any":
    """PyStemmer's English stemmer where it is installed, else snowballstemmer's."""
    try:
        import Stemmer  # type: ignore[import-not-found]
    except ImportError:
        return _snowball_stemmer()
    return Stemmer.Stemmer("english")


def stemmer_name() -> str:
    """Which stemmer `stem` uses and its version (PyStemmer's `version()`; snowballstemmer's
    class says which Snowball made it): what stems kept between runs depend on."""
    import sys

    made = type(english_stemmer())
    version = getattr(sys.modules.get(made.__module__), "version", None)
    return f"{made.__module__} {version() if callable(version) else made.__doc__}"


def _snowball_stemmer() -> "Any":
    """snowballstemmer's English stemmer without the thirty other languages its package imports
    (14 ms a search): its folder, found as importlib.util.find_spec does (without importlib),
    is a private package of ours, so `import snowballstemmer` elsewhere gets the real one."""
    import sys
    import types

    name, wanted = "defcoop_cli._snowball", "snowballstemmer"
    found = (m.find_spec(wanted, None) for m in sys.meta_path if hasattr(m, "find_spec"))
    known = sys.modules.get(wanted)
    spec = known.__spec__ if known else next(filter(None, found), None)
    if spec is None or not spec.submodule_search_locations:
        import snowballstemmer  # type: ignore[import-untyped]

        return snowballstemmer.stemmer("english")
    if name not in sys.modules:
        package = types.ModuleType(name)
        package.__path__ = list(spec.submodule_search_locations)
        sys.modules[name] = package
    return __import__(f"{name}.english_stemmer", fromlist=["EnglishStemmer"]).EnglishStemmer()
