"""The Index and Vocabulary protocols, written once in lookup/protocol.py: each engine
implements every member with the protocol's own parameters. mypy checks the types where
each class declares the protocol; this checks the names, kinds and defaults too."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import cached_property
from typing import Any

import pytest

from defcoop_cli.index.cache import Resilient, _ResilientVocabulary
from defcoop_cli.index.engine import DiskIndex, TantivyVocabulary
from defcoop_cli.lookup.protocol import Index, Vocabulary
from defcoop_cli.lookup.search.memory import SearchIndex, SortedVocabulary

IMPLEMENTATIONS = [
    (Index, SearchIndex),
    (Index, DiskIndex),
    (Index, Resilient),
    (Vocabulary, SortedVocabulary),
    (Vocabulary, TantivyVocabulary),
    (Vocabulary, _ResilientVocabulary),
]


def members(protocol: type) -> list[str]:
    return sorted(name for name in vars(protocol) if not name.startswith("_"))


def parameters(method: Callable[..., Any]) -> list[inspect.Parameter]:
    return list(inspect.signature(method).parameters.values())


def test_the_protocols_have_their_members() -> None:
    assert {"hits", "facet", "vocabulary", "facts_at", "topics"} <= set(members(Index))
    assert members(Vocabulary) == ["has", "near", "starting", "words"]


@pytest.mark.parametrize(("protocol", "implementation"), IMPLEMENTATIONS, ids=lambda c: c.__name__)
def test_each_member_is_implemented_with_the_protocols_parameters(
    protocol: type, implementation: type
) -> None:
    for name in members(protocol):
        wanted = inspect.getattr_static(protocol, name)
        found = inspect.getattr_static(implementation, name)
        assert found is not wanted, f"{implementation.__name__} leaves {name} to the protocol"
        if isinstance(wanted, property):
            assert isinstance(found, property | cached_property), name
        else:
            assert parameters(found) == parameters(wanted), name
