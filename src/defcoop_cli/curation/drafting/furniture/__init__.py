"""Lines that are no report's statement however they read: a call to the reader, a question."""

from defcoop_cli.curation.drafting.furniture.readers import asks, calls_to_channels

__all__ = ["asks", "calls_to_channels"]
