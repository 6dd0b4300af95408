"""Search in parts: query text, what an index holds, how terms match, the ranking, and the
in-memory index."""
