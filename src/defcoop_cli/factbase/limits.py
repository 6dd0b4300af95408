"""How big an input may be: files, queries and arguments are bounded before any work."""

from __future__ import annotations

MAX_FACT_FILE_BYTES = 128 * 1024 * 1024
MAX_SOURCE_BYTES = 16 * 1024 * 1024
# An article to draft: a long news article is some 50 KB, a long report a few hundred. Its
# draft takes about 5 s a megabyte and at most 10 times its size in memory (its JSON, some
# 14 times the article, is written as it is made), so a bigger text is refused before any
# work.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
MAX_QUERY_CHARS = 500
# Ids, topic, entity, type and source names: a real one is far shorter (ids are at most 120).
MAX_NAME_CHARS = 200
MAX_PATH_CHARS = 4096
# A message quotes at most this much of what the user typed, then an ellipsis.
QUOTED_CHARS = 60


def shortened(value: str, most: int = QUOTED_CHARS) -> str:
    """value cut to `most` characters with an ellipsis, for quoting in a message."""
    return value if len(value) <= most else value[: most - 1] + "…"
