"""Places in a report's words: what the words before a name make of it (before.py), the
events named for a place (events.py), and the countries named in their services' names
(services.py: "Japan Coast Guard", R65)."""
