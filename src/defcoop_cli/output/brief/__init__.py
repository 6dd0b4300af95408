"""The brief laid out as lines: `lines.py` (the pieces), `layout.py` (the full brief),
`short.py` (one screen)."""
