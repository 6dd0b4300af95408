"""Lines and sentences that are no report's statement however they read: a call to the
reader, a question, the newsroom's word to its audience."""

from defcoop_cli.curation.drafting.furniture.readers import (
    asks,
    calls_to_channels,
    consents,
    gives_contact,
    question_parts,
    to_the_audience,
)

__all__ = [
    "asks",
    "calls_to_channels",
    "consents",
    "gives_contact",
    "question_parts",
    "to_the_audience",
]
