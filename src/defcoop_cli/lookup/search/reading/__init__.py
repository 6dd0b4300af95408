"""How a query's words are read before they are looked for: clipped words in full."""
