"""A term's related words: its synonyms, the thesaurus's and WordNet's."""
