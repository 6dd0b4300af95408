"""validate's memory: the records, verdicts and edits it keeps in the cache folder."""
