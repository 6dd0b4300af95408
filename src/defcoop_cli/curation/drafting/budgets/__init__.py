"""A news agency's register of its own output: a desk's news budget, an advisory or a
planner sent to subscribing editors. It lists stories moved and planned, each under an
upper-case slug, told in a budget line and closed by a line with its byline, word count
and moving time ("By A. B. About 600 words. Moved 1415."); it is known by two such items
or more (signs.py), never by one story's own count lines nor by a file's name.

Only its items that tell the meeting's news are statements. The desk's notes before the
first item, the slugs and count lines, the labelled lines ("PHOTOS: …", "CORRECTION: …"),
and the items that tell other news are furniture, so the staff's names in them are no
entities; and a budget's labels open no speaker's turn (transcripts.transcript_labels). A
quotation under a label with its speaker named after it, "KEY QUOTE: "…" -- A. B.", is
that speaker's, in any document (keyquotes.py).
"""
