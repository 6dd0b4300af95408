"""Names of known entities under other forms (variants): what a new article may write for a
name the fact base already has; a department named by its portfolio, no name of its own."""

from defcoop_cli.curation.drafting.names.portfolio import by_portfolio
from defcoop_cli.curation.drafting.names.variants import name_variants

__all__ = ["by_portfolio", "name_variants"]
