"""`export`: the facts, grouped as the standards want them, for a renderer to write as
W3C Web Annotations or schema.org Claims (output/render_jsonld.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from defcoop_cli.errors import UsageError
from defcoop_cli.factbase.limits import shortened
from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import Entity, Fact, Source
from defcoop_cli.factbase.vocab import is_editorial_kind

EXPORT_FORMATS = ("annotation", "claims")


class ExportedClaim(NamedTuple):
    """One claim: the facts of every source that makes it (a fact with no claim id is a
    claim of its own), in fact-base order."""

    id: str
    facts: tuple[Fact, ...]


class Export(NamedTuple):
    format: str  # one of EXPORT_FORMATS
    facts: tuple[Fact, ...]
    claims: tuple[ExportedClaim, ...]
    sources: dict[str, Source]
    entities: dict[str, Entity]
    left_out: int = 0  # editorial facts not exported

    @property
    def found(self) -> bool:
        return bool(self.facts)

    @property
    def messages(self) -> tuple[str, ...]:
        return () if self.facts else ("no facts to export",)


def export_format(wanted: str) -> str:
    """The format named, or a usage error that suggests the closest one."""
    if wanted in EXPORT_FORMATS:
        return wanted
    from defcoop_cli.lookup.names import closest_ids, did_you_mean

    near = [repr(f) for f in closest_ids(wanted, EXPORT_FORMATS, limit=1)]
    formats = ", ".join(EXPORT_FORMATS)
    raise UsageError(f"--format {shortened(wanted)!r} is not one of: {formats}{did_you_mean(near)}")


def export(fb: FactBase, fmt: str, include_editorial: bool = False) -> Export:
    """The fact base's facts (editorial ones only when asked), with their sources, claims
    and the entities their attributions name."""
    facts = tuple(f for f in fb.doc.facts if include_editorial or not is_editorial_kind(f.kind))
    return Export(
        format=fmt,
        facts=facts,
        claims=claims_of(facts),
        sources={s.id: s for s in fb.doc.sources},
        entities={e.id: e for e in fb.doc.entities},
        left_out=len(fb.doc.facts) - len(facts),
    )


def claims_of(facts: Iterable[Fact]) -> tuple[ExportedClaim, ...]:
    """Facts grouped by claim id, in the order each claim first appears."""
    groups: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts:
        key = ("claim", fact.claim) if fact.claim else ("fact", fact.id)
        groups.setdefault(key, []).append(fact)
    return tuple(ExportedClaim(key[1], tuple(group)) for key, group in groups.items())
