"""Claims across sources: for a drafted fact, the existing fact (any layer) that makes the
same claim (finder), reading texts meaning by meaning (readings)."""

from defcoop_cli.curation.drafting.claims.finder import ClaimFinder, Match

__all__ = ["ClaimFinder", "Match"]
