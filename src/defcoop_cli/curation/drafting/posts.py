"""A social post embedded in a page: a live blog's or a report's copy of what someone
posted ("Rajnath Singh" over "Post on X", the post's words, "5:41 PM · May 5, 2025",
"View on X"; or the words closed by "— Tomas Ek (@tomasek) May 5, 2025"). Its words are
its author's in the first person: "Had a warm meeting with…" (no subject: the author),
"We reaffirmed…" (the author and the other party, as a speaker's "we" in a transcript).

Read by its form: a line naming a platform's post or a handle ("Post on X", "View on
Instagram", "@tomasek") with the author's name alone on a line just above it; the post is
the lines after it, at most MAX_POST_LINES, up to a line that closes it (a time stamp, the
platform's line again). Or a closing line "— Name (@handle) …" after the post's one line.
A post that is not closed is none: a name over a link is a byline or a heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from copy import deepcopy
from typing import Any, NamedTuple

from defcoop_cli.curation.drafting.body.kept import spans_apart
from defcoop_cli.curation.drafting.segments import Candidate
from defcoop_cli.curation.drafting.transcripts import Turn

_PLATFORMS = r"(?:x|twitter|facebook|instagram|threads|linkedin|bluesky|mastodon|youtube)"
_PLATFORM = re.compile(
    rf"(?i)(?:(?:a |the )?(?:post|tweet|posted|view|see|read|open)(?: (?:this|the) post)?"
    rf" (?:on|in) {_PLATFORMS}|@\w{{2,30}})"
)
_NAME_ALONE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \(@\w{2,30}\))?")
_STAMP = re.compile(r"(?i).{0,20}\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\b.{0,40}")
_SIGN_OFF = re.compile(
    r"[—–-]{1,2}\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s*\(@\w{2,30}\)(?:\s+.{0,40})?"
)
MAX_POST_LINES = 3


class Post(NamedTuple):
    """An embedded post: its author as named on the page and its lines (indices)."""

    author: str
    lines: tuple[int, ...]


def embedded_posts(lines: Sequence[str]) -> list[Post]:
    """The page's embedded posts, in order (see the module's doc)."""
    found: list[Post] = []
    for n, line in enumerate(lines):
        m = _SIGN_OFF.fullmatch(line)
        if m and n > 0 and not _closes(lines[n - 1]):
            found.append(Post(m.group(1), (n - 1,)))
            continue
        quoting = _QUOTE_HEADER.fullmatch(line)
        if quoting:  # an e-mail's quoted post: 'On Tue, 6 May 2025 at 22:41, X wrote:'
            quoted = tuple(_quoted_below(lines, n))
            if quoted:
                found.append(Post(quoting["name"], quoted))
            continue
        if not _PLATFORM.fullmatch(line) or n == 0 or not _NAME_ALONE.fullmatch(lines[n - 1]):
            continue
        body: list[int] = []
        for after in range(n + 1, min(len(lines), n + 2 + MAX_POST_LINES)):
            if _closes(lines[after]):
                if body:
                    author = re.sub(r"\s*\(@\w+\)$", "", lines[n - 1])
                    found.append(Post(author, tuple(body)))
                break
            body.append(after)
    return found


def _quoted_below(lines: Sequence[str], n: int) -> Iterator[int]:
    """The lines of the post quoted under line n's header, at most MAX_POST_LINES, up to a
    line of no words (a rule "####", a signature's "--") or another post's header."""
    for after in range(n + 1, min(len(lines), n + 1 + MAX_POST_LINES)):
        if not re.search(r"[^\W\d_]{2}", lines[after]) or _QUOTE_HEADER.fullmatch(lines[after]):
            return
        yield after


# The line over a post a reply quotes: "On Tue, 6 May 2025 at 22:41, Mira Das wrote:",
# "On 6 May 2025, Mira Das <[log in to unmask]> wrote:" (its date and time the quoted post's).
_QUOTE_HEADER = re.compile(
    r"On [^:]{0,50}?\d[^,]{0,40}, (?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})"
    r"(?: <[^<>]{1,80}>| \([^()]{1,80}\))? wrote:"
)


def _closes(line: str) -> bool:
    """A line that closes a post: a time stamp, or the platform's line."""
    return _STAMP.fullmatch(line) is not None or _PLATFORM.fullmatch(line) is not None


# A post's handle alone in its element: "@nakatani_gen_office".
_HANDLE = re.compile(r"@\w{2,30}")
# An account's name: a person's, or an office's ("Office of Rajnath Singh").
_ACCOUNT = re.compile(r"[A-Z][\w.'’-]*(?: (?:(?:of|for|the) )*[A-Z][\w.'’-]*){0,5}")
# An office's account posts in its holder's name: "Office of Rajnath Singh", "Singh's Office".
_OFFICE_OF = re.compile(
    r"(?i)(?:the )?(?:press |private |media )?office of (?-i:(.+))"
    r"|(?-i:(.+?))['’]s? (?:press )?office"
)
_SPACES = re.compile(r"\s+")


def quoted_posts(html: str, page_author: str | None = None) -> list[tuple[str, str]]:
    """The posts a saved page quotes, as its markup shows them (a thread quoting an
    official's post, a report embedding one): an element holding only a handle, the
    author's name alone in the element just before it, and the post's words in the
    elements after it up to a time stamp. (author, words) each; none by the page's own
    author (a thread's posts are its own voice), none without words."""
    import lxml.html  # type: ignore[import-untyped]  # trafilatura's parser, no stubs

    found: list[tuple[str, str]] = []
    # As bytes: lxml refuses a str that opens with an XML declaration (an XHTML page).
    root = lxml.html.fromstring(html.encode(), parser=lxml.html.HTMLParser(encoding="utf-8"))
    for element in root.iter("*"):
        if not isinstance(element.tag, str) or not _HANDLE.fullmatch(_said(element)):
            continue
        before = element.getprevious()
        author = _said(before) if before is not None else ""
        if not _ACCOUNT.fullmatch(author) or author == page_author or _HANDLE.search(author):
            continue
        words: list[str] = []
        for after in element.itersiblings():
            said = _said(after)
            if _STAMP.fullmatch(said):
                break
            words.append(said)
        office = _OFFICE_OF.fullmatch(author)
        author = (office.group(1) or office.group(2)) if office else author
        if words and words[0]:
            found.append((author, " ".join(w for w in words if w)))
    return found


def _said(element: object) -> str:
    """An element's words, its spaces made one."""
    text = element.text_content() if hasattr(element, "text_content") else ""
    return _SPACES.sub(" ", str(text)).strip()


def _quoted_lines(lines: Sequence[str], quoted: Sequence[tuple[str, str]]) -> list[Post]:
    """The lines of the text that are a quoted post's words, the post's author's."""
    if not quoted:
        return []
    first: dict[str, int] = {}  # each line's words, spaces made one: where they first stand
    for n, line in enumerate(lines):
        first.setdefault(_SPACES.sub(" ", line).strip(), n)
    return [Post(author, (first[words],)) for author, words in quoted if words in first]


def post_turns(
    lines: Sequence[tuple[int, int, str]],
    name_of: Callable[[str], tuple[str, bool] | None],
    quoted: Sequence[tuple[str, str]] = (),
) -> tuple[list[Turn], set[int]]:
    """Each embedded post as a speaker's turn (its author's, by name_of: the fact base's
    name and whether a person), closed by a turn of no one's after it; and the posts' lines
    (indices), which are no newsroom's own voice. quoted: the posts the page's markup
    shows (`quoted_posts`), found again among the lines."""
    turns: list[Turn] = []
    posted: set[int] = set()
    texts = [text for _, _, text in lines]
    posts = embedded_posts(texts)
    seen = {n for post in posts for n in post.lines}
    posts += [p for p in _quoted_lines(texts, quoted) if not seen.intersection(p.lines)]
    posts += _labelled(texts, name_of, seen.union(*(p.lines for p in posts)))
    posts.sort(key=lambda p: p.lines)
    for post in posts:
        who, person = name_of(post.author) or (post.author, True)
        turns.append(Turn(lines[post.lines[0]][0], who, person, False))
        turns.append(Turn(lines[post.lines[-1]][1], "", False, False))
        posted.update(post.lines)
    return turns, posted


def _labelled(
    texts: Sequence[str], name_of: Callable[[str], tuple[str, bool] | None], seen: set[int]
) -> list[Post]:
    """A chat's messages that a label message gives to the person it names, that person's
    (body/chats.py); none where the name is no one's the text makes known."""
    from defcoop_cli.curation.drafting.body.chats import label_person, label_posts

    found = []
    for name, said in label_posts(texts):
        who = label_person(name, "\n".join(texts), name_of)
        if who is not None and not seen.intersection(said):
            found.append(Post(who[0], said))
    return found


# A thread's posts: sibling <article> elements, each by a member named in its markup.
_MEMBER_CLASS = re.compile(
    r"(?i)(?:^|\s)(?:user-?name|author|post-?author|poster|message-name|member-name)(?:\s|$)"
)
# A pasted story's source line: "Source: Deccan News Service".
_SOURCE_LINE = re.compile(r"Source:\s+([A-Z][\w.&'’-]*(?: [A-Z&][\w.&'’-]*){0,5})")


class Thread(NamedTuple):
    """A forum thread's page: each post's markup, a page of its own (the main text of a
    thread's page is its first post alone, or its first post's body), and each post's
    words by whose they are: (member, the post's own words), (source, a pasted story's)."""

    posts: tuple[str, ...]
    said: tuple[tuple[str, str], ...]


def read_thread(html: str) -> Thread | None:
    """The page as a thread (see `Thread`): two or more sibling <article> elements, each
    naming its member (a data-author attribute, or an element classed as the user's name);
    None for any other page (a news page's teaser cards name no member)."""
    if html.lower().count("<article") < 2:
        return None
    import lxml.html

    root = lxml.html.fromstring(html.encode(), parser=lxml.html.HTMLParser(encoding="utf-8"))
    posts = _posts(root)
    if not posts:
        return None
    said: list[tuple[str, str]] = []
    for member, article in posts:
        own = deepcopy(article)
        for quote in list(own.iter("blockquote")):
            source = _pasted_source(quote)
            if source:  # a story pasted in, closed by its source's line: the source's words
                said.append((source, _said(quote)))
            quote.drop_tree()  # a quote is no words of the member's own
        said.append((member, _said(own)))
    pages = (
        f"<html><body>{lxml.html.tostring(a, encoding='unicode')}</body></html>" for _, a in posts
    )
    return Thread(tuple(pages), tuple(said))


def thread_text(thread: Thread) -> str:
    """The thread's main text: each post's, as a page's is read ("" when none has any)."""
    from defcoop_cli.curation.drafting.pages import read_page

    return "".join(page.text for post in thread.posts if (page := read_page(post)) is not None)


def thread_lines(thread: Thread | None, text: str) -> list[tuple[str, str]]:
    """The lines of the page's main text that a thread's post or a story pasted in it says,
    (whose, the line) each: a line of a few words ("Senior Member", "May 5") is no one's."""
    if thread is None:
        return []
    found = []
    for line in text.splitlines():
        if len(line.split()) < MIN_POST_LINE_WORDS:
            continue
        words = _SPACES.sub(" ", line).strip()
        who = next((who for who, said in thread.said if words in said), None)
        if who is not None:
            found.append((who, line))
    return found


MIN_POST_LINE_WORDS = 4


def _posts(root: Any) -> list[tuple[str, Any]]:
    """The thread's posts, (member, <article>) each: the first parent's <article> children
    when there are two or more, all of one class (a story beside its teasers is none), each
    naming its member, two members or more (a blog's list of its own posts is none), and
    holding the page's main text (`_main_text`: a story's teaser cards with their authors
    are none)."""
    for article in root.iter("article"):
        siblings = [e for e in article.getparent() if e.tag == "article"]
        members = [_member(e) for e in siblings]
        kinds = {e.get("class") for e in siblings}
        if len(siblings) < 2 or len(kinds) > 1 or not all(members) or len(set(members)) < 2:
            return []
        if not _main_text(root, siblings):
            return []
        return [(m, e) for m, e in zip(members, siblings, strict=True) if m]
    return []


# A page's parts that are none of its main text: its menus, header, footer and asides.
_ASIDES = ("aside", "nav", "header", "footer")


def _main_text(root: Any, articles: Sequence[Any]) -> bool:
    """Whether the articles hold the page's main text: none of them in an aside, a menu, a
    header or a footer, and more of the page's words in them than in the rest of it (a
    news page's story beside its "More from World" cards holds more)."""
    if any(e.tag in _ASIDES for e in articles[0].iterancestors()):
        return False
    rest = deepcopy(root)
    for element in list(rest.iter(*_ASIDES, "article", "script", "style")):
        element.drop_tree()
    inside = sum(len(_said(a).split()) for a in articles)
    return inside > len(_said(rest).split())


def _member(article: Any) -> str | None:
    """The member a post names: its data-author, else its first element classed as the
    user's name."""
    named = article.get("data-author")
    if named and named.strip():
        return _SPACES.sub(" ", named).strip()
    for element in article.iter("*"):
        if isinstance(element.tag, str) and _MEMBER_CLASS.search(element.get("class") or ""):
            return _said(element) or None
    return None


def _pasted_source(quote: Any) -> str | None:
    """The source a quote block names in its last line, or in the line just after it
    ("Source: Deccan News Service")."""
    last = [e for e in quote.iter("p", "div") if _said(e)]
    after = quote.getnext()
    for element in (last[-1] if last else None, after):
        m = _SOURCE_LINE.fullmatch(_said(element)) if element is not None else None
        if m:
            return m.group(1)
    return None


# A member's word on the thread itself, or on what the post pastes or links: the forum's
# business, no report's ("Merged two threads on the visit.", "Mods, please merge …",
# "Pasting the wire copy, …", "Wire story below, the ministry's own note to follow.", "Japan's
# readout is now on its ministry's website.", "As promised, the MoD release, summarised.").
# The thread is named in its business only with a moderator's act on it ("Merged two threads",
# "keep the thread on topic"): "This thread shows how far the navies have come" is news. What
# a paper's word introduces after a colon ("Pasting the wire copy: India and Japan agreed…",
# "The readout is out: Japan will…") is the paper's news, no chore.
_PAPERS = r"(?:copy|story|release|readout|statement|text|transcript|note|report|link)s?"
_ACTS = r"(?:merg|mov|lock|pin|bump|split|clos|keep|similar|on[- ]topic|off[- ]topic)"
_THREAD = r"(?:th(?:is|at|e) thread|threads)\b"
_HOUSEKEEPING = re.compile(
    rf"(?i)\b{_ACTS}.*?\b{_THREAD}|\b{_THREAD}(?=.*?\b{_ACTS})"
    r"|\b(?:(?-i:[Mm]ods)|moderators?|my profile|urls?|the forum)\b"  # "MoDs": ministries
    rf"|\b(?:past(?:ing|ed)|posting) (?:the |a |an |my )?(?:[\w'’-]+ ){{0,2}}{_PAPERS}\b(?!:)"
    rf"|\b{_PAPERS},? (?:below|above|attached|summari[sz]ed|pasted|to follow)\b(?!:)"
    rf"|\b{_PAPERS} (?:is|are) (?:now )?(?:up|out|on (?:its|their|the) [\w'’ ]{{0,20}}"
    r"(?:site|website|page))\b(?!:)"
)
HOUSEKEEPING_WORDS = 20  # a longer sentence says more than the forum's business


def housekeeping(
    text: str,
    found: Sequence[Candidate],
    furniture: Sequence[tuple[int, int]],
    posts: Sequence[tuple[str, str]],
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without a post's sentences on the thread or on what it pastes (see
    _HOUSEKEEPING), and the furniture with them: read only in the lines of posts (a
    thread's, `thread_lines`, or a page's quoted ones), never in a report's own lines."""
    from defcoop_cli.curation.drafting.body.wrapped import each_line, line_sentences

    said = {_SPACES.sub(" ", words).strip() for _, words in posts}
    gone = [
        (a, b)
        for line in each_line(text)
        if said and _SPACES.sub(" ", line.text).strip() in said
        for a, b in line_sentences(text, line.start, line.end)
        if len(text[a:b].split()) <= HOUSEKEEPING_WORDS and _HOUSEKEEPING.search(text, a, b)
    ]
    return spans_apart(found, furniture, gone)
