"""Names of known entities under other forms (variants): what a new article may write for a
name the fact base already has; a department named by its portfolio, or a lone common noun of
bodies ("Committee") or a holiday ("Golden Week"), no name of its own."""

from defcoop_cli.curation.drafting.names.common import common_body, common_name, own_outlet
from defcoop_cli.curation.drafting.names.portfolio import by_portfolio
from defcoop_cli.curation.drafting.names.variants import name_variants

__all__ = ["by_portfolio", "common_body", "common_name", "name_variants", "own_outlet"]
