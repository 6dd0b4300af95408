"""A page whose main content is a discussion held in the elements a comment filter drops: a
wiki article's talk page, a questions-and-answers site built on a blog's comment list, a
mailing list's archive of a thread. trafilatura leaves out every element whose class or id
opens "comment" (`comments=False`, so that a news page's readers' comments stay out), and of
such a page it keeps only the apparatus around the discussion (a talk header, an answer
count), drafted as if it were the report.

The page is read by its words, not by one class name: it is a discussion when the elements
the filter drops hold at least twice the words of the rest of the <article> (or <main>)
that holds them (a talk page's boxes and headings, a question over its answers, a thread's
subject), and that rest is no story (`_story`: a dateline, a byline, a report's sentence,
prose paragraphs): a news page's readers' comments stay out, however many. A post's body
whose class a comment's also names ("comment-body entry-content") is read, not filtered.
Such a page's discussion is then read as plain markup: the dropped
elements' classes and ids are taken off, a comment held as a list's item is read as a
block (its author line, votes and paragraphs one line each, not one item), and a
signature closing a comment's last paragraph ("Harbour Lights (talk) 08:12, 6 May 2025
(UTC)") is put on a line of its own, furniture.

Each comment's lines are its signer's (as a page of comments' are its authors':
`comments`): the name of a "From:" header line or of an author line opening the comment
("Ravi Kulkarni answered 6 May 2025 at 11:02"), else of the signature closing it; a reply
nested in a comment is the replier's.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from defcoop_cli.curation.drafting.discussions.comments import display_name, lines_said

# What trafilatura's comment filter drops (its REMOVE_COMMENTS_XPATH).
_FILTERED_ID = re.compile(r"^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
_FILTERED_CLASS = re.compile(r"^[Cc]omment(?!ary)|(?:article|post)-comments")
_FILTERED_TAGS = ("div", "section", "ol", "ul", "details")
DISCUSSION_SHARE = 2  # the dropped elements' words against the rest's, at least
CONTROL_WORDS = 4  # a comment's controls: "Reply", "Reply Share Report"
_BLOCKS = ("p", "div", "blockquote", "pre", "dd", "h3", "h4", "h5")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY = rf"(?:\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?"
_NAME = r"(?P<name>[^\s()<>:,][^()<>,]{0,38}?)"
# A signature: a name, its links in brackets ("(talk)"), a time and a day, a zone.
_SIGNATURE = re.compile(
    rf"{_NAME}\s*(?:\([^()]{{1,30}}\)\s*)*[,·–—-]?\s*"
    rf"(?:{_TIME},?\s+{_DAY}|{_DAY},?\s+(?:at\s+)?{_TIME})(?:\s*\((?:UTC|GMT|[A-Z]{{2,4}})\))?"
)
# An author line: "From: name", "name answered 6 May 2025 at 11:02".
_HEADER = re.compile(r"From:\s+" + _NAME + r"(?:\s*<[^<>]*>)?")
_SAYS = r"(?:answered|asked|commented|replied|wrote|said|posted|says)"
# Nothing after its day but a time and a zone: "X said on 5 May 2025 that …" is a report.
_AUTHOR = re.compile(
    rf"{_NAME}\s+{_SAYS}\b(?:\s+(?:on|at))?\s+(?:{_DAY}|{_TIME}|\d+\s+\w+ ago)"
    rf"(?:,?\s+(?:at\s+)?{_TIME})?(?:\s*\((?:UTC|GMT|[A-Z]{{2,4}})\))?\s*[:.]?"
)
# A story's marks: a dateline ("NEW DELHI, May 5 (Harbour Wire) -"), a byline ("By …",
# "Posted 7 May 2025 by …"), a prose paragraph (sentences, STORY_WORDS words or more).
_DATELINE = re.compile(
    rf"[A-Z][A-Z.'’ -]{{2,30}}(?:,\s*{_MONTH}\s+\d{{1,2}})?\s*(?:\([^()]{{2,40}}\))?\s*[-–—]\s"
)
_BYLINE = re.compile(r"(?:By\s+[A-Z]|(?:Posted|Published|Updated)\b.{0,40}\bby\s+\S)")
_BODY_CLASS = re.compile(r"\b(?:entry|post|article|story)[-_](?:content|body|text)\b")
# A report's sentence: a reporting verb, no one speaking (I, you), not the page on itself.
_REPORTED = re.compile(r"\b(?:said|told|met|agreed|announced|signed|visited|reported|stated)\b")
_SPEAKING = re.compile(
    r"\b(?:I|me|my|we|our|you|your|please)\b|\bthis (?:talk |discussion )?"
    r"(?:page|article|thread|forum|request|question)\b",
    re.IGNORECASE,
)
STORY_WORDS = 20  # a prose paragraph of a story, at least
STORY_PARAGRAPHS = 2  # a story's prose paragraphs, at least (or a dateline, a byline)
_SPACES = re.compile(r"\s+")
_BREAK = "\x00"  # a <br> while an element's words are read


class Discussion(NamedTuple):
    """The page with its discussion made readable, and each comment's lines, (signer, line)."""

    html: str
    said: tuple[tuple[str, str], ...]


def held_discussion(html: str) -> Discussion | None:
    """The page's discussion read (see the module's doc), or None when the page is none."""
    if "comment" not in html.lower():
        return None
    import lxml.html  # type: ignore[import-untyped]  # trafilatura's parser, no stubs

    root = lxml.html.fromstring(html.encode(), parser=lxml.html.HTMLParser(encoding="utf-8"))
    regions = _regions(root)
    bodies = [r for r in regions if _BODY_CLASS.search(r.get("class", ""))]
    for body in bodies:  # a post's body a comment's class names ("comment-body entry-content")
        body.attrib.pop("class", None)
        body.attrib.pop("id", None)
    regions = [r for r in regions if not any(r is b for b in bodies)]
    holder = _holder(regions)
    doctype = root.getroottree().docinfo.doctype or "<!DOCTYPE html>"
    if holder is None or _story(holder, regions):  # readers' comments under a story: out
        return (
            Discussion(lxml.html.tostring(root, encoding="unicode", doctype=doctype), ())
            if bodies
            else None
        )
    said: list[tuple[str, str]] = []
    for region in regions:
        said += _signed(region)
        _made_plain(region)
    _apparatus_out(holder, regions)
    return Discussion(lxml.html.tostring(root, encoding="unicode", doctype=doctype), tuple(said))


def held_lines(found: Discussion | None, text: str) -> list[tuple[str, str]]:
    """The lines of the page's main text that a comment says, (signer, the line) each."""
    if found is None:
        return []
    return lines_said(dict((words, who) for who, words in found.said), text)


def _regions(root: Any) -> list[Any]:
    """The outermost elements the comment filter drops."""
    found: list[Any] = []
    for e in root.iter(*_FILTERED_TAGS):
        dropped = _FILTERED_ID.search(e.get("id", "")) or _FILTERED_CLASS.search(e.get("class", ""))
        if dropped and not any(a in found for a in e.iterancestors()):
            found.append(e)
    return found


def _holder(regions: list[Any]) -> Any | None:
    """The <article> (or <main>) whose discussion the dropped elements are, or None when
    they hold less than twice the words of the rest of it (a story's readers' comments)."""
    if not regions:
        return None
    ancestors = regions[0].iterancestors()
    holder = next((a for a in ancestors if a.tag in ("article", "main")), None)
    if holder is None or any(holder not in r.iterancestors() for r in regions):
        return None
    held = sum(_words(r) for r in regions)
    return holder if held >= DISCUSSION_SHARE * (_words(holder) - held) else None


def _story(holder: Any, regions: list[Any]) -> bool:
    """Whether the holder's text beside the comments is a story (the outlet's, kept): a block
    opening with a dateline or a byline, a report's sentence, or STORY_PARAGRAPHS prose
    paragraphs, none a speaker's (I, you) or the page's on itself ("This talk page …"). A talk
    page's banners, a question and its tags, a thread's count are none, however long its
    comments."""
    prose = 0
    for block in _outside(holder, regions):
        said = _said(block)
        if _DATELINE.match(said) or _BYLINE.match(said):
            return True
        if not said.rstrip("\"'”’)").endswith((".", "!", "?")) or _SPEAKING.search(said):
            continue
        if _REPORTED.search(said) and "?" not in said:
            return True  # "The ministers met in Delhi on Monday, officials said."
        prose += len(said.split()) >= STORY_WORDS
    return prose >= STORY_PARAGRAPHS


def _outside(holder: Any, regions: list[Any]) -> list[Any]:
    """The holder's blocks holding no block, outside the discussion, but its headings."""
    held = set(regions)
    return [
        b
        for b in _leaves(holder)
        if b.tag in (*_BLOCKS, "li")
        and b.tag[0] != "h"
        and b not in held
        and not any(a in held for a in b.iterancestors())
    ]


def _apparatus_out(holder: Any, regions: list[Any]) -> None:
    """The page's apparatus left out: its article's blocks beside the discussion but its
    headings (a talk header, a project banner, a request's status box, an archive list, a
    question's own lines, a thread's count), the page's own, not the discussion's."""
    for block in _outside(holder, regions):
        block.drop_tree()


def _words(element: Any) -> int:
    return sum(
        len(str(t).split())
        for e in element.iter()
        if isinstance(e.tag, str) and e.tag not in ("script", "style")
        for t in (e.text, *(() if e is element else (e.tail,)))
        if t
    )


def _signed(region: Any) -> list[tuple[str, str]]:
    """Each comment's lines in the region, (signer, words), a signature put on its own line."""
    found: dict[Any, tuple[Any, str, Any]] = {}  # a signer's line: the comment, the signer
    for element in (region, *region.iter(*_BLOCKS, "li", "section")):
        leaves = _leaves(element)
        if element in leaves or not leaves:
            continue
        signer = _author(element, leaves[0]) or _signature(leaves[-1])
        if signer is not None and signer[1] is not None:
            found[signer[1]] = (element, signer[0], signer[2])  # the innermost comes last
    kept = {element: (who, line, last) for line, (element, who, last) in found.items()}
    said: list[tuple[str, str]] = []
    for element, (who, line, last) in kept.items():
        if last is not None:
            line = _own_line(line, last)
        nested = {c for c in element.iterdescendants() if c in kept}
        for block in _leaves(element):
            if block is line or any(a in nested for a in block.iterancestors()):
                continue
            said += [(who, words) for words in _said(block).splitlines()]
    return said


def _leaves(element: Any) -> list[Any]:
    """The element's blocks holding no block, in order (itself, when it holds none)."""
    return [b for b in element.iter(*_BLOCKS, "li") if not _inner_blocks(b)]


def _author(element: Any, first: Any) -> tuple[str, Any, None] | None:
    """The signer an author line opening the comment names ("From: …", "… answered …"):
    the line its first block, in its first element."""
    if not len(element) or not (element[0] is first or element[0] in first.iterancestors()):
        return None
    opening = (_said(first).splitlines() or [""])[0]
    m = _HEADER.fullmatch(opening) or _AUTHOR.fullmatch(opening)
    return (display_name(m.group("name").strip()), first, None) if m else None


def _signature(last: Any) -> tuple[str, Any, Any] | None:
    """The signer a signature closing the comment names: the last element in its last
    block, nothing after it (its line made later: `_own_line`)."""
    end = last[-1] if len(last) else None
    if end is None or (end.tail or "").strip() or not isinstance(end.tag, str):
        return None
    m = _SIGNATURE.fullmatch(_said(end))
    return (display_name(m.group("name").strip()), end, last) if m else None


def _own_line(signature: Any, block: Any) -> Any:
    """The signature moved out of its block into a paragraph of its own after it: that."""
    from lxml import etree

    own = etree.Element("p")
    own.text = _said(signature)
    block.remove(signature)
    block.addnext(own)
    return own


def _inner_blocks(block: Any) -> bool:
    return any(b.tag in _BLOCKS for b in block.iterdescendants())


def _said(element: Any) -> str:
    """The element's words, one line between <br>s."""
    parts: list[str] = []

    def walk(e: Any) -> None:
        if e.tag == "br":
            parts.append(_BREAK)
        elif isinstance(e.tag, str) and e.tag not in ("script", "style"):
            parts.append(e.text or "")
            for child in e:
                walk(child)
                parts.append(child.tail or "")

    walk(element)
    lines = (_SPACES.sub(" ", x).strip() for x in "".join(parts).split(_BREAK))
    return "\n".join(x for x in lines if x)


def _made_plain(region: Any) -> None:
    """The region read as plain markup: no class or id; a list's comments, and a block
    holding no block, read as paragraphs; a comment's controls ("Reply Share", all links)
    left out, whose links would outweigh a short comment's words."""
    for e in list(region.iter()):
        if not isinstance(e.tag, str):
            continue
        e.attrib.pop("class", None)
        e.attrib.pop("id", None)
        if e.tag in ("li", "div") and not _inner_blocks(e):
            e.tag = "p"
        elif e.tag == "li":
            e.tag = "div"
            parent = e.getparent()
            if parent is not None and parent.tag in ("ol", "ul"):
                parent.tag = "div"
    for e in list(region.iter("p")):
        if e is not region and _controls(e):
            e.drop_tree()


def _controls(block: Any) -> bool:
    """Whether a block's words are all its links', a few of them (a comment's controls)."""
    words = _said(block).split()
    linked = sum(len(_said(a).split()) for a in block.iter("a"))
    return 0 < len(words) <= CONTROL_WORDS and linked == len(words)
