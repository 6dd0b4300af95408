"""A petition's signers' comments: on a page that gathers signatures (its control, "Sign
this petition", or its count, "4,812 have signed"), a section where each comment sits under
its signer's line, the name and then, after a middle dot, what the site says of it ("Meera
Nair · Pune · 2 days ago", "Anonymous · 3 days ago": `comments.AUTHOR_LINE`), the line and
the comment side by side rather than one inside the other as a discussion's are. The
comment's paragraphs, up to the next signer's line, are its signer's words, by name (R54);
a signer the page shows as "Anonymous" is the "anonymous signer" (R9, R27: the page's own
word for him, with his role). Two signers' lines at least in one section; a page with no
signing (a news page's comment teasers, a blog's) has none.
"""

from __future__ import annotations

import re
from typing import Any

from defcoop_cli.curation.drafting.discussions.comments import (
    AUTHOR_LINE,
    display_name,
    leaf,
    lines_said,
    said_in,
)

# The page's own signing: its control or its count of signers.
_SIGNING = re.compile(
    r"(?i)\bsign (?:this|the|our) petition\b|\b[\d,.]+k? (?:people )?(?:have|has) signed\b"
)
_ANONYMOUS = re.compile(r"(?i)anonymous|a signer|signer")
SIGNERS = 2  # signers' lines in one section, at least


def signer_lines(html: str, text: str) -> list[tuple[str, str]]:
    """The lines of the page's main text that a signer's comment says, (whose, the line)
    each: [] when the page gathers no signatures or shows no signers' comments."""
    if "·" not in html or not _SIGNING.search(html):
        return []
    import lxml.html  # type: ignore[import-untyped]  # trafilatura's parser, no stubs

    root = lxml.html.fromstring(html.encode(), parser=lxml.html.HTMLParser(encoding="utf-8"))
    if not any(_SIGNING.search(said_in(e)) for e in root.iter("*") if leaf(e)):
        return []
    said: dict[str, str] = {}
    for parent in root.iter("*"):
        said.update(_comments(parent))
    return lines_said(said, text)


def _comments(parent: Any) -> dict[str, str]:
    """A section's comments, each paragraph's words to its signer, when two signers' lines
    or more stand among its children."""
    found: dict[str, str] = {}
    signer: str | None = None
    signers = 0
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        m = AUTHOR_LINE.fullmatch(said_in(child)) if leaf(child) else None
        if m is not None:
            signer, signers = _signer(m.group("name")), signers + 1
        elif signer is not None and child.tag == "p" and (words := said_in(child)):
            found[words] = signer
    return found if signers >= SIGNERS else {}


def _signer(name: str) -> str:
    return "anonymous signer" if _ANONYMOUS.fullmatch(name.strip()) else display_name(name)
