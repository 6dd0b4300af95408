"""Claims across sources: for a drafted fact, the existing fact (any layer) that makes the
same claim (finder), reading texts meaning by meaning (readings); which drafted fact of a
draft takes each claim (assignment); what is read of every fact, kept between runs (kept)."""

from defcoop_cli.curation.drafting.claims.assignment import Moved, OnePerClaim, unopposed
from defcoop_cli.curation.drafting.claims.finder import ClaimFinder
from defcoop_cli.curation.drafting.claims.kept import KeptReadings
from defcoop_cli.curation.drafting.claims.results import Match

__all__ = ["ClaimFinder", "KeptReadings", "Match", "Moved", "OnePerClaim", "unopposed"]
