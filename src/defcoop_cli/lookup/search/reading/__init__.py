"""How a query's words are read: before they are looked for (clipped words in full, a
register's frame read past), and again after, for a query that finds nothing (wider.py) or a
match that misses what it asks (refusing/)."""
