"""defcoop: fact lookup for defence-cooperation briefings."""

__version__ = "0.1.0"
