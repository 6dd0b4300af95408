"""Places in a report's words: what the words before a name make of it (before.py), and
the events named for a place (events.py)."""
