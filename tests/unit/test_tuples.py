"""tuples.NamedTuple behaves as typing.NamedTuple does, for what defcoop uses."""

from __future__ import annotations

import copy
import pickle
import typing
from typing import Any

import pytest

from defcoop_cli.tuples import NamedTuple


class Ours(NamedTuple):
    """A doc."""

    id: str
    publisher: str | None = None
    published: str | None = None

    @property
    def label(self) -> str:
        return f"{self.id} ({self.publisher})"


class Theirs(typing.NamedTuple):
    id: str
    publisher: str | None = None
    published: str | None = None


BOTH = pytest.mark.parametrize("kind", [Ours, Theirs])


@BOTH
def test_it_is_the_tuple_of_its_values_by_position_or_name(kind: Any) -> None:
    made = kind("a", published="2025-05-05")
    assert made == ("a", None, "2025-05-05") == kind("a", None, "2025-05-05")
    assert hash(made) == hash(("a", None, "2025-05-05"))
    assert isinstance(made, tuple)
    first, _, last = made
    assert (first, last, made[0], made.published, len(made)) == (
        "a",
        "2025-05-05",
        "a",
        "2025-05-05",
        3,
    )


@BOTH
def test_fields_defaults_and_helpers_are_the_same(kind: Any) -> None:
    made = kind("a", "Ministry")
    assert kind._fields == kind.__match_args__ == ("id", "publisher", "published")
    assert kind._field_defaults == {"publisher": None, "published": None}
    assert made._asdict() == {"id": "a", "publisher": "Ministry", "published": None}
    assert made._replace(published="2025") == ("a", "Ministry", "2025")
    assert type(made._replace(id="b")) is kind
    assert kind._make(["x", "y", "z"]) == ("x", "y", "z")
    assert repr(made) == f"{kind.__name__}(id='a', publisher='Ministry', published=None)"


@BOTH
def test_replacing_a_field_it_does_not_have_is_a_value_error(kind: Any) -> None:
    with pytest.raises(ValueError):
        kind("a")._replace(nope=1)


@BOTH
def test_pickle_and_copy_give_it_back(kind: Any) -> None:
    made = kind("a", "Ministry", "2025")
    for again in (pickle.loads(pickle.dumps(made)), copy.copy(made), copy.deepcopy(made)):
        assert again == made
        assert type(again) is kind


@BOTH
def test_it_cannot_be_changed_nor_given_other_attributes(kind: Any) -> None:
    made = kind("a")
    with pytest.raises(AttributeError):
        made.id = "b"
    with pytest.raises(AttributeError):
        made.other = 1


@BOTH
@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((), {}), (("a", "b", "c", "d"), {}), (("a",), {"nope": 1}), (("a",), {"id": "b"})],
)
def test_missing_extra_unknown_or_repeated_values_are_type_errors(
    kind: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    with pytest.raises(TypeError):
        kind(*args, **kwargs)


def test_methods_and_docstrings_stay_with_the_class() -> None:
    assert Ours("a", "Ministry").label == "a (Ministry)"
    assert Ours.__doc__ == "A doc."


def test_a_field_without_a_default_after_one_with_a_default_is_refused() -> None:
    with pytest.raises(TypeError, match="follows"):

        class Bad(NamedTuple):
            first: int = 0
            second: int


def test_a_subclass_cannot_add_fields() -> None:
    with pytest.raises(TypeError, match="extended"):

        class More(Ours):
            extra: int = 0
