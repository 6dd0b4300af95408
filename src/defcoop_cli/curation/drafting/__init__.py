"""Draft candidate facts from a plain-text article or a saved page: deterministic,
offline, every quote exact.

    lines -> furniture | bullets | paragraphs -> sentences -> clauses -> list items
          -> candidates, each with entities, kind, stance, attribution and topics

In parts, each with its rules: segments (lines, furniture, candidates), verbs (the
reporting verbs), entities (the fact base's names and new ones), attribution (kind,
stance, who speaks), topics (proposed by vote), editorial (the publisher's promotion),
datelines (the date and wire a dateline and dated furniture give), pages (a saved web
page's main text and metadata),
assembly (the draft put together) and files (the request checked, the article read, the
draft written).
"""
