"""Registers a query is typed in, read by their own words: Hindi in Latin letters."""
