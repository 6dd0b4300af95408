"""A document's apparatus and its word on itself, never on the events: its credits and caveats
(`credits`), citations, notes and references (`citations`), the author's note (`notes`), an
instruction to its reader (`instructions`)."""
