"""A study or briefing document around a case of the talks: a conference's background
guide for its delegates, a course's reading pack, a think tank's briefing book, a
children's news page with its word list. Its apparatus is furniture (apparatus.py): a
glossary's "Term: definition" lines, a reading list, a letter of welcome with its
signature, a definition of a common noun; what it tells of the talks stays its own voice.
"""
