"""Named tuples made without compiling code, for the result types.

A class that derives from `NamedTuple` here behaves as one made by `typing.NamedTuple`
does: a tuple (equal to, hashed and unpacked as its values), its fields in the order they
are declared, defaults for the later ones, `_fields`, `_field_defaults`, `_asdict`,
`_replace`, `_make` and the same repr. typing's makes each class's `__new__` by compiling
its source (`collections.namedtuple` calls `eval`): about 100 µs a class, some 3 ms of
every run for lookup.results' 34. This one's `__new__` is shared, and compiled with defcoop.
"""

from __future__ import annotations

import collections
from collections.abc import Iterable
from operator import itemgetter

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import Any, ClassVar, TypeVar

    from typing_extensions import dataclass_transform

    T = TypeVar("T", bound="NamedTuple")
    _Values = tuple[Any, ...]
else:
    _Values = tuple

    def dataclass_transform(**_: Any) -> Any:
        return lambda cls: cls


_TUPLEGETTER = getattr(collections, "_tuplegetter", None)  # CPython's, in C


def _getter(index: int) -> Any:
    """A field's descriptor: CPython's, as collections.namedtuple's, or a property."""
    doc = f"Alias for field number {index}"
    return _TUPLEGETTER(index, doc) if _TUPLEGETTER else property(itemgetter(index), doc=doc)


class _Fields(type):
    """Reads a class's annotated names as its fields, their values as their defaults, and
    puts a descriptor reading the tuple in each one's place."""

    def __new__(mcs, name: str, bases: tuple[type, ...], ns: dict[str, Any]) -> Any:
        if "__annotations__" not in ns or ns.get("_fields") == ():  # the base itself
            return super().__new__(mcs, name, bases, ns)
        if any(getattr(base, "_fields", ()) for base in bases):
            raise TypeError(f"{name}: the fields of a named tuple cannot be extended")
        fields = tuple(ns["__annotations__"])
        defaults = {f: ns.pop(f) for f in fields if f in ns}
        required = len(fields) - len(defaults)
        if any(f in defaults for f in fields[:required]):
            raise TypeError(f"{name}: a field without a default follows one with a default")
        ns.update({f: _getter(i) for i, f in enumerate(fields)})
        ns.update(__slots__=(), _fields=fields, _field_defaults=defaults, __match_args__=fields)
        ns["_tail"] = tuple(defaults.values())
        return super().__new__(mcs, name, bases, ns)


@dataclass_transform(frozen_default=True)
class NamedTuple(_Values, metaclass=_Fields):
    """The base: a class deriving from it declares its fields as typing.NamedTuple's do."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _field_defaults: ClassVar[dict[str, Any]]
    _tail: ClassVar[tuple[Any, ...]]  # the defaults, in order

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if not kwargs:  # by position: most are made so
            missing = len(cls._fields) - len(args)
            if 0 < missing <= len(cls._tail):
                return tuple.__new__(cls, args + cls._tail[-missing:])
            if missing == 0:
                return tuple.__new__(cls, args)
        return tuple.__new__(cls, cls._values(args, kwargs))

    @classmethod
    def _values(cls, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[Any]:
        if len(args) > len(cls._fields):
            raise TypeError(f"{cls.__name__} takes {len(cls._fields)} values, not {len(args)}")
        values = list(args)
        for field in cls._fields[len(args) :]:
            if field in kwargs:
                values.append(kwargs.pop(field))
            elif field in cls._field_defaults:
                values.append(cls._field_defaults[field])
            else:
                raise TypeError(f"{cls.__name__} is missing its {field!r}")
        if kwargs:  # a name that is no field, or a field given twice
            raise TypeError(f"{cls.__name__} got an unexpected value for {next(iter(kwargs))!r}")
        return values

    def __getnewargs__(self) -> tuple[Any, ...]:  # pickle and copy make it anew from these
        return tuple(self)

    def __repr__(self) -> str:
        values = ", ".join(f"{f}={v!r}" for f, v in zip(self._fields, self, strict=True))
        return f"{type(self).__name__}({values})"

    def _asdict(self) -> dict[str, Any]:
        return dict(zip(self._fields, self, strict=True))

    def _replace(self: T, **changes: Any) -> T:
        values = [changes.pop(f, v) for f, v in zip(self._fields, self, strict=True)]
        if changes:
            raise ValueError(f"{type(self).__name__} has no field {next(iter(changes))!r}")
        return tuple.__new__(type(self), values)

    @classmethod
    def _make(cls: type[T], values: Iterable[Any]) -> T:
        return cls(*values)
