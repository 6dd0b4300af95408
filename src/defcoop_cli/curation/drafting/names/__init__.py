"""Names of known entities under other forms (variants): what a new article may write for a
name the fact base already has."""

from defcoop_cli.curation.drafting.names.variants import name_variants

__all__ = ["name_variants"]
