"""Which drafted fact of one draft takes each existing claim: a source makes a claim once
(`add` refuses it twice), and a drafted fact links one claim.

Each drafted fact proposes the claim it makes best, then the others it makes at the
threshold and at least NEXT of its best (`ClaimFinder.match`'s `others`), one at a time; a
claim is held by the fact that says it best so far (the higher score; of equals, the one
with no other claim to make, then the earlier). A fact whose claim another takes proposes
its next, until each holds one or has none left (deferred acceptance: a stable matching, no
fact and claim that would both rather have each other). So a sentence that makes two claims
("… agreed to co-develop drones and robots") gives one up to a sentence that says it as
well or better ("… robots") and links the other, where before it kept the first and the
other sentence had none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from defcoop_cli.factbase.records import Doc, Fact


class Moved(NamedTuple):
    """A drafted fact whose first claim another has (`winner`), and the claim it links
    instead (its evidence), if any."""

    winner: str
    instead: dict[str, Any] | None


class OnePerClaim:
    """The claims proposed in one draft. A claim is the one the proposed fact's claim links
    to (doc's claims are resolved), or that fact's own id."""

    def __init__(self, doc: Doc, claim_of: dict[str, str] | None = None) -> None:
        # each fact's claim, where another's (`claims_of`; a big base's kept: base.passes)
        self.claim_of = claims_of(doc.facts) if claim_of is None else claim_of
        # each proposing fact: its place, its id, and its options (claim, evidence), best first
        self.proposed: list[tuple[int, str, list[tuple[str, dict[str, Any]]]]] = []

    def propose(self, n: int, fact_id: str, options: Sequence[dict[str, Any]]) -> None:
        """The n-th drafted fact (fact_id) proposes the claims of options' facts (their
        evidence), its best first."""
        claims = [(self.claim_of.get(e["fact"], e["fact"]), e) for e in options]
        self.proposed.append((n, fact_id, claims))

    def losers(self) -> dict[int, Moved]:
        """Each drafted fact whose first claim another one has: the other one's id, and the
        claim it links instead (None: none)."""
        choice = dict.fromkeys(range(len(self.proposed)), 0)  # each fact's option proposed now
        holder: dict[str, int] = {}  # claim -> the fact (its row) that holds it
        waiting = list(range(len(self.proposed)))
        while waiting:
            r = waiting.pop(0)
            options = self.proposed[r][2]
            if choice[r] >= len(options):
                continue  # none left: not linked
            claim = options[choice[r]][0]
            other = holder.get(claim)
            if other is not None and not self._better(r, other, claim):
                r, other = other, r  # the holder keeps it
            else:
                holder[claim] = r
            if other is not None:  # the one not holding it proposes its next claim
                choice[other] += 1
                waiting.append(other)
        out = {}
        for r, (n, _, options) in enumerate(self.proposed):
            if choice[r] > 0:
                instead = options[choice[r]][1] if choice[r] < len(options) else None
                out[n] = Moved(self.proposed[holder[options[0][0]]][1], instead)
        return out

    def _better(self, r: int, other: int, claim: str) -> bool:
        """Whether the r-th fact has a better right to claim than `other`: it scores it
        higher; of equals, its next claim scores lower (it has less to fall back on: none
        at all, the least), or it is the earlier one. So of two sentences saying a meeting
        as well ("X was in Delhi for talks with Y", "The two ministers met on Tuesday"), the
        one that also says where keeps the place's claim, the other the meeting's."""

        def rank(row: int) -> tuple[float, float, int]:
            options = self.proposed[row][2]
            at = next(k for k, (c, _) in enumerate(options) if c == claim)
            score = float(options[at][1]["score"])
            after = max((float(e["score"]) for _, e in options[at + 1 :]), default=0.0)
            return score, -after, -self.proposed[row][0]

        return rank(r) > rank(other)

    @staticmethod
    def unlink(fact: dict[str, Any], moved: Moved) -> dict[str, Any]:
        """The fact without its claim_of (its evidence stays), a note saying why; or linked
        to the claim it makes that no other fact has."""
        fact = {k: v for k, v in fact.items() if k != "claim_of"}
        claim = fact["claim_evidence"]["fact"]
        why = f"its claim (that of {claim}) is proposed for {moved.winner}"
        if moved.instead is None:
            note = f"{why}, whose evidence scores higher: not linked (a source makes a claim once)"
        else:
            fact["claim_of"] = moved.instead["fact"]
            fact["claim_evidence"] = moved.instead
            note = (
                f"{why}, which says it better: linked to the next claim it makes, that of "
                f"{moved.instead['fact']} (a source makes a claim once)"
            )
        fact["notes"] = [*fact.get("notes", []), note]
        return fact


def claims_of(facts: Iterable[Fact]) -> dict[str, str]:
    """Each fact's claim, of those whose claim is another fact's."""
    return {f.id: f.claim for f in facts if f.claim and f.claim != f.id}


def unopposed(fact: dict[str, Any]) -> dict[str, Any]:
    """The drafted fact, its claim_of taken off (its evidence stays, a note says why) when
    one of its own number conflicts sets it against the fact it proposes: a count it gives
    otherwise ("It was the fourth time the two ministers have met" against "… the third
    time …") is no claim of that fact but a disagreement with it (`add` joins no claim so).
    An office said otherwise is a correction of the claim, and makes it ("Nakatani is not
    the defence minister but an adviser")."""
    claim = fact.get("claim_of")
    conflicts = [c for c in fact.get("conflicts", ()) if c.get("field") == "number"]
    against = {o.get("fact") for c in conflicts for o in c["others"]}
    if claim is not None and claim in against:
        del fact["claim_of"]
        why = f"it gives otherwise than {claim}, whose claim it would make: not linked"
        fact["notes"] = [*fact.get("notes", []), why]
    return fact
