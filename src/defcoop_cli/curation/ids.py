"""Ids: new ids made unique against those in use (drafted facts' and new entities')."""

from __future__ import annotations

from collections.abc import Container, Iterable


class Ids:
    """Ids in use, new ones made unique: the wanted id, or with "-2", "-3"… if taken. The
    next try for a wanted id resumes after the numbers tried, all taken (a repeated sentence
    costs time in proportion, not its square), and numbered ids are not kept (nor memory)."""

    def __init__(self, taken: Iterable[str], known: Container[str] = frozenset()) -> None:
        self._taken = set(taken)  # the fact base's ids, and the ids claimed as wanted
        self._known = known  # ids in use besides (a big fact base's, asked when looked for)
        self._next: dict[str, int] = {}  # wanted id -> the first number not yet tried (>= 3)

    def claim(self, wanted: str) -> str:
        """The wanted id, or the first free one with a number; taken from now on."""
        n = self._next.get(wanted, 1)
        fid = wanted if n == 1 else f"{wanted}-{n}"
        while self._is_taken(fid):
            n += 1
            fid = f"{wanted}-{n}"
        if n == 1:
            self._taken.add(fid)
        else:
            self._next[wanted] = n + 1
        return fid

    def _is_taken(self, fid: str) -> bool:
        if fid in self._taken or fid in self._known:
            return True
        wanted, _, number = fid.rpartition("-")
        if not (wanted in self._next and number.isascii() and number.isdigit()):
            return False
        return number == str(int(number)) and 2 <= int(number) < self._next[wanted]
