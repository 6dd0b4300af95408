"""What a page of comments says that is no one's report: a bot's own comments, and a
user's chat about himself or the thread.

- A bot's comment, every line of it: an author whose comment says it is a bot ("I am a
  bot, and this action was performed automatically.", "… (I'm a bot)") speaks for the
  site, its reminders, its rules and its footer's links; a story it quotes is the story's
  outlet's, another author (`comments`), and stays.
- A user's chat: a short sentence in the first person or a thanks ("Fair enough, I stand
  corrected.", "Thanks, that clears it up.", "I followed the meeting closely, so here is the
  short version.") that names no one and nothing (no capitalised word but its first and
  "I"), gives no number and turns on no verb of a stance ("I think they agreed on
  co-production" reports an agreement, and stays).
- An editor's note on the page's own text (a wiki's talk page): the user telling his own
  edit ("I have cut the sentence back …", "…, so I took it out.", "I have nominated it for
  deletion"), a reply's short verdict naming no one, bare or on the page's text ("Agree on
  the title, and done.", "Done, with the release cited."; "Agreed, the talks produced
  nothing." is on the talks), a call for a source ("Needs a source before …", not "Need
  more sources of rare earths"), a reply's verdict on another poster ("Agree with Ravi.",
  "+1 to the OP."). What
  the edit is about may be named: the note tells the page's housekeeping, not the talks.

Read only in the lines of posts (a comment's, a thread's, a quoted post's: `posts`), never in
a report's own lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.body.kept import spans_apart
from defcoop_cli.curation.drafting.segments import Candidate

_BOT = re.compile(
    r"(?i)\b(?:I am|I'm|I’m) an? (?:\w+ )?bot\b|\bthis action was performed automatically\b"
)
_SPACES = re.compile(r"\s+")
# The first person, or a thanks: the user talking of himself, or to the thread.
_OWN = re.compile(r"(?i)\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|myself)\b|^(?:thanks|thank you)\b")
# A capitalised word after the first (a name), but the first person's "I".
_NAMED = re.compile(r"(?<=\s)(?!I\b|I['’])[A-Z]")
CHAT_WORDS = 12  # a longer sentence says more than chat
_EDITED = re.compile(
    r"\bI(?: have|'ve|’ve)? (?:cut|trimmed|removed|reverted|restored|nominated)\b"
    r"|\bI took (?:it|them|this|that) out\b"
)
_VERDICT = re.compile(r"^(?:Agree|Agreed|Disagree|Done|Not done|Support|Oppose)\b(?![^.]*\bto\b)")
# What a verdict is on: the page's own text ("Agree on the title", "Done, with the release
# cited."), or nothing ("Support.", "Oppose per above."); "Agreed, the talks produced
# nothing." and "Support for co-production is strong." are on the talks.
_ON_THE_PAGE = re.compile(
    r"(?i)\b(?:title|article|page|section|paragraph|sentence|lead|wording|word|edit(?:s|ed)?"
    r"|changes?|merges?|moves?|renam(?:e|ing)|sources?|cit(?:e|ed|ation)s?"
    r"|references?|proposal|nom(?:ination)?|per|above|below|release|tag|template)\b"
)
_BARE_VERDICT = re.compile(r"^(?:Agree|Agreed|Disagree|Done|Not done|Support|Oppose)\W*$")
# A call for a source of the page's text ("Needs a source before …"), not of goods or
# money ("Need more sources of rare earths", "Needs a source of funding").
_NEEDS_SOURCE = re.compile(r"^Needs? (?:a |more )?(?:source|citation|reference)s?\b(?!\s+of\b)")
VERDICT_WORDS = 6  # "Agree on the title, and done."
# A reply's verdict on another poster, named by a name of one or two words or the thread's
# word: "Agree with Ravi.", "Disagree with @kestrel_watch.", "+1 to the OP."
_ON_A_POSTER = re.compile(
    r"(?:\+1|(?:I )?(?:fully |strongly )?(?:agree|agreed|disagree|second|seconded))"
    r"(?: with| to)? (?:@[\w.-]+|u/[\w-]+|the (?:OP|op|above|previous (?:answer|post|reply))"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\W*",
    re.I,
)


def chatter(
    text: str,
    found: Sequence[Candidate],
    furniture: Sequence[tuple[int, int]],
    posts: Sequence[tuple[str, str]],
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without the posts' bot comments and chat (see the module's doc), and
    the furniture with them."""
    from defcoop_cli.curation.drafting.body.wrapped import each_line, line_sentences

    if not posts:
        return found, list(furniture)
    bots = {who for who, words in posts if _BOT.search(words)}
    whose = {_SPACES.sub(" ", words).strip(): who for who, words in posts}
    gone = []
    for line in each_line(text):
        who = whose.get(_SPACES.sub(" ", line.text).strip())
        if who is None:
            continue
        for a, b in line_sentences(text, line.start, line.end):
            said = text[a:b]
            if who in bots or _chat(said) or _edit_note(said) or _pointer(said):
                gone.append((a, b))
    return spans_apart(found, furniture, gone)


def _chat(sentence: str) -> bool:
    """Whether a post's sentence is chat: short, the user's own or a thanks, naming nothing,
    with no number and no verb of a stance."""
    from defcoop_cli.curation.drafting.verbs import first_verb

    if len(sentence.split()) > CHAT_WORDS or not _OWN.search(sentence):
        return False
    if _NAMED.search(sentence) or any(ch.isdigit() for ch in sentence):
        return False
    verb = first_verb(sentence)
    if verb is not None and verb.stance != "reported" and _THREAD.search(sentence):
        return " that " not in sentence  # the thread agreeing, no clause of the talks
    return verb is None or verb.stance == "reported"


# The thread itself as a stance's subject: "First time I've seen this sub agree on anything.",
# "this forum", "the comments"; "the group", "the forum" or "the board" that "agreed to meet
# again" is a real body the poster tells of, as "this group" may be.
_THREAD = re.compile(
    r"(?i)\b(?:this|the) (?:sub|subreddit|thread|comments|comment section)\b"
    r"|\bthis (?:forum|community|board)\b|\beveryone (?:here|in here|on here)\b"
)
# A poster's pointer to where the story is told, each clause of his sentence: "The Ledger has
# the fullest account I could find, the bot's summary is below.", "Link in the comments."
_POINTS = re.compile(
    r"(?i)(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}|the \w+|this one) (?:has|had|gives|carries)"
    r" the (?:fullest|full|best|most complete|clearest|longest|only|most detailed)"
    r" (?:account|coverage|write-?up|story|report|version|summary|piece)"
    r"(?: (?:that )?(?:I|we) (?:could|can|have|did) (?:find|found|see|seen))?"
    r"|(?:the|a|my|his|her|their)(?: [\w'’]+['’]s)? (?:summary|link|full text|text|transcript"
    r"|tl;?dr|excerpt|archive link|source|story)s? (?:is|are) (?:below|above|here|in the comments"
    r"|in a comment below)"
    r"|(?:full )?(?:link|source|text|summary) (?:in|below|above)(?: the)?(?: comments?)?"
)


def _pointer(sentence: str) -> bool:
    """Whether a post's sentence only points to where the story is told (`_POINTS`, every
    clause between commas or semicolons)."""
    clauses = [c.strip() for c in re.split(r"[,;]\s+", sentence.strip().rstrip(".!"))]
    return all(_POINTS.fullmatch(c) for c in clauses)


def _edit_note(sentence: str) -> bool:
    """Whether a post's sentence is an editor's note on the page's own text (the module's
    doc): his own edit told, a short verdict naming no one, a call for a source."""
    if _EDITED.search(sentence) or _NEEDS_SOURCE.match(sentence):
        return True
    if _ON_A_POSTER.fullmatch(sentence.strip()):
        return True
    short = len(sentence.split()) <= VERDICT_WORDS
    if not (short and _VERDICT.match(sentence)) or _NAMED.search(sentence):
        return False
    return bool(_BARE_VERDICT.match(sentence) or _ON_THE_PAGE.search(sentence))
