"""Places in a report's words: what the words before a name make of it (before.py)."""
