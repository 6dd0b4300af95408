"""A discussion page's voices: a comment thread's comments under their authors' lines, and
the story a comment quotes (`comments`)."""
