"""Named tuples made without compiling code: the base of the reader's results.

A class that derives from `NamedTuple` here behaves as one made by `typing.NamedTuple`
does: a tuple (equal to, hashed and unpacked as its values), its fields in the order they
are declared, defaults for the later ones, `_fields`, `_field_defaults`, `_asdict`,
`_replace`, `_make` and the same repr. typing's makes each class's `__new__` by compiling
its source (`collections.namedtuple` calls `eval`), about 100 µs a class: lookup.results'
34 took some 3 ms of every run. This one's `__new__` is shared and compiled with defcoop.
"""

from collections.abc import Iterable
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: Any) -> Any:
        return lambda cls: cls


T = TypeVar("T", bound="NamedTuple")
MISSING = object()


class _Fields(type):
    """Reads a class's annotated names as its fields, their values as their defaults, and
    puts a property reading the tuple in each one's place."""

    def __new__(mcs, name: str, bases: tuple[type, ...], ns: dict[str, Any]) -> Any:
        if "__annotations__" not in ns or not bases:  # the base itself
            return super().__new__(mcs, name, bases, ns)
        fields = tuple(n for n in ns["__annotations__"] if not n.startswith("_"))
        defaults = {n: ns.pop(n) for n in fields if n in ns}
        if any(n in defaults for n in fields[: len(fields) - len(defaults)]):
            raise TypeError(f"{name}: a field without a default follows one with a default")
        for i, field in enumerate(fields):
            ns[field] = property(itemgetter(i), doc=f"Alias for field number {i}")
        ns.update(__slots__=(), _fields=fields, _field_defaults=defaults, __match_args__=fields)
        return super().__new__(mcs, name, bases, ns)


@dataclass_transform(frozen_default=True)
class NamedTuple(tuple[Any, ...], metaclass=_Fields):
    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _field_defaults: ClassVar[dict[str, Any]] = {}

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        fields = cls._fields
        if len(args) == len(fields) and not kwargs:  # every value given, in order
            return tuple.__new__(cls, args)
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} values, not {len(args)}")
        values = list(args)
        for field in fields[len(args) :]:
            value = kwargs.pop(field, cls._field_defaults.get(field, MISSING))
            if value is MISSING:
                raise TypeError(f"{cls.__name__} is missing its {field!r}")
            values.append(value)
        if kwargs:  # a name that is no field, or a field given twice
            raise TypeError(f"{cls.__name__} got an unexpected value for {next(iter(kwargs))!r}")
        return tuple.__new__(cls, values)

    def __getnewargs__(self) -> tuple[Any, ...]:  # pickle and copy make it anew from these
        return tuple(self)

    def __repr__(self) -> str:
        values = ", ".join(f"{f}={v!r}" for f, v in zip(self._fields, self, strict=True))
        return f"{type(self).__name__}({values})"

    def _asdict(self) -> dict[str, Any]:
        return dict(zip(self._fields, self, strict=True))

    def _replace(self: T, **changes: Any) -> T:
        return type(self)(**{**self._asdict(), **changes})

    @classmethod
    def _make(cls: type[T], values: Iterable[Any]) -> T:
        return cls(*values)
