"""Registers a query is typed in, read by their own words: Hindi in Latin letters; a
question's frame around what it asks (a date by its part, a goal); a request framed as the
asker's task; a stance asked as a position."""
