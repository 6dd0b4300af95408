"""A messaging app's chat exported as text: a line a message, its stamp and its sender's
label before the words ("05/05/25, 12:44 - PRO Defence (MoD): …", or "[05/05/25, 12:44:10]
Anjali Rao: …"), and the app's own notices after a stamp with no sender ("… - Messages in
this group are end-to-end encrypted.", "… - This message was deleted", "… - X added you").

The form says who speaks. The stamp and the label are furniture, as a dateline is
(`chat_stamp`, read by furniture/stamps.py); a notice is furniture whole. A sender who posts
a label message naming someone ("RM's remarks to the media after the talks:", "Statement by
Minister Nakatani after the meeting, for attribution:") posts that person's words in the
messages that follow, until another sender posts or a notice stands (`label_posts`, read by
posts.post_turns as a quoted post's turn), a message's lines after its first, which carry no
stamp, among them. The chat's stamps give its day (`chat_day`): the first message's.

A message that is the chat's own traffic, no news, is furniture whole, its stamp and label
with it (`chat_stamp`): a greeting, thanks or a sign-off ("Good morning, everyone!", "Noted
with thanks.", "That's all from us for now."), a relay of what is to come, a thing to be
sent and when ("Readout after the talks.", "Photos to follow.", "Briefing points in a few
minutes."), and a notice to the group under its label in capitals ("MEDIA ADVISORY: …",
"NOTE FOR MEDIA: …"). A message that tells what happened ("Photos show the two ministers
…", "The readout says …") has a verb of its own and is none of these.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

# The stamp: a numeric date, a comma, a time (a 12-hour clock's "am"/"PM" perhaps), then a
# dash (Android's export) or all of it in brackets (iOS's). Every part is bounded.
_DAY = r"\d{1,2}/\d{1,2}/\d{2,4}"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_STAMP = rf"(?:\[(?P<d1>{_DAY}),? {_CLOCK}\]|(?P<d2>{_DAY}),? {_CLOCK} [-–]) "
# A sender's label: a name, a number or a name with its outlet in brackets, then ": ".
_MESSAGE = re.compile(_STAMP + r"(?P<sender>[^:\n]{1,60}?): (?=\S)")
_STAMPED = re.compile(_STAMP)
# The app's notices: what no sender posts.
_NOTICE = re.compile(
    _STAMP + r"(?:.{0,80}\bend-to-end encrypted\b.{0,120}|<[\w ]{1,40}>|(?:This|You deleted this)"
    r" message was deleted|Missed (?:voice|video) call|[^:\n]{1,60} (?:added|removed) [^:\n]{1,60}"
    r"|[^:\n]{1,60} (?:left|joined using this group's invite link)"
    r"|[^:\n]{1,60} (?:created group|changed (?:the|this) group(?:'s)?|changed the subject"
    r"|changed their phone number)[^\n]{0,120})$",
    re.IGNORECASE,
)
_NAME = r"(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
_WORDS = r"(?:statement|remarks|comments?|message|quote|reaction|sound ?bite|words|reply)"
# A label message: whose words follow, its line ending in a colon.
_LABEL = re.compile(
    rf"(?:(?:full |the )?(?:text of )?(?:the )?{_WORDS}(?: \w+){{0,3}} (?:by|of|from) (?:the )?"
    rf"(?P<by>{_NAME})|(?P<own>{_NAME})['’]s? (?:\w+ ){{0,2}}{_WORDS})\b[^:\n]{{0,80}}:",
    re.IGNORECASE,
)
MAX_LABELLED = 8  # a label message names the speaker of a few messages, not of a chat
# The chat's own traffic, a message whole (after its stamp and label): a greeting, thanks,
# a sign-off; a thing to be sent and when; a notice under its label in capitals.
_WHO = r"(?:,? (?:all|everyone|everybody|friends|team|colleagues|folks|sir|ma['’]am|madam))?"
_TRAFFIC = re.compile(
    rf"(?:(?:good (?:morning|afternoon|evening|night|day)|hello|hi|greetings){_WHO}"
    r"|(?:(?:noted|received|well received)(?:,? (?:with )?thanks)?|(?:many |big )?thanks"
    r"|thank you(?: (?:so|very) much)?|much appreciated|cheers)"
    rf"{_WHO}(?:,? (?:very|most|really) (?:helpful|useful|kind))?"
    r"|that['’]?s (?:all|it)(?: from (?:us|me|our side|my side|the desk))?"
    r"(?: for (?:now|today|the day))?|signing off(?: for (?:now|today|the day))?"
    # a thing to be sent, and when: "Photos to follow.", "Readout after the talks."
    r"|(?:the |a |our |full |more |further )?(?:readout|photos?|pics|pictures|images"
    r"|visuals|video|footage|statement|briefing(?: points| notes)?|details|updates?|text"
    r"|transcript|press (?:release|note)|release|remarks|joint statement)"
    r"(?: (?:to follow|shortly|soon|coming(?: up| soon)?|awaited|in (?:a (?:few|couple of)"
    r"|about \w+|\w+) minutes|in a (?:bit|while|moment)|after (?:the|his|her) (?:talks|meeting"
    r"|call|visit)|later(?: today| in the day)?|by \d{1,2}(?:[:.]\d{2})?(?: ?[ap]m| hrs)?))+"
    # a notice to the group under its label in capitals
    r"|(?-i:(?:MEDIA|PRESS) ADVISORY|NOTE FOR (?:MEDIA|THE MEDIA|EDITORS)|PHOTO (?:OP|CALL)"
    r"|PROGRAMME|PROGRAM|SCHEDULE|LOGISTICS|REMINDER):[^\n]*)[.!]*(?: ?[🙏👍])*",
    re.IGNORECASE,
)
_WHOLE = re.compile(r"[^\n]+")


def chat_stamp(line: str) -> re.Match[str] | None:
    """A chat line's stamp and sender's label (the line whole when its message is the
    chat's own traffic), else its stamp and the app's notice (the line whole), else None."""
    message = _MESSAGE.match(line)
    if message and _TRAFFIC.fullmatch(line.rstrip(), message.end()):
        return _WHOLE.match(line)
    return message or _NOTICE.fullmatch(line)


def label_posts(lines: Sequence[str]) -> list[tuple[str, tuple[int, ...]]]:
    """The messages each label message gives to the person it names: (the name as written,
    the messages' line indices), in order."""
    found: list[tuple[str, tuple[int, ...]]] = []
    for n, line in enumerate(lines):
        m = _MESSAGE.match(line)
        label = _LABEL.fullmatch(line, m.end()) if m else None
        if m is None or label is None:
            continue
        said: list[int] = []
        for after in range(n + 1, min(len(lines), n + 1 + MAX_LABELLED)):
            nxt = _MESSAGE.match(lines[after])
            if nxt is None and said and not _STAMPED.match(lines[after]):
                said.append(after)  # a message's next line: the same message, no stamp
                continue
            if (
                nxt is None
                or nxt["sender"] != m["sender"]
                or _LABEL.fullmatch(lines[after], nxt.end())
            ):
                break
            said.append(after)
        if said:
            found.append((label["by"] or label["own"], tuple(said)))
    return found


def label_person(
    name: str, text: str, name_of: Callable[[str], tuple[str, bool] | None]
) -> tuple[str, bool] | None:
    """The person a label message names: by name_of, else the name without its titles,
    else, for a title's initials ("RM"), the name the text gives after that title ("Raksha
    Mantri Shri Rajnath Singh")."""
    from defcoop_cli.curation.drafting.new_entities import untitled

    found = name_of(name) or name_of(untitled(name)[0])
    if found or not re.fullmatch(r"[A-Z]{2,4}", name):
        return found
    title = r" ".join(rf"{c}[a-z]+" for c in name)  # "RM": "R[a-z]+ M[a-z]+"
    after = re.search(rf"\b{title} (?:(?:Shri|Smt|Mr|Ms|Dr)\.? )?({_NAME})", text)
    return name_of(after.group(1)) if after else None


def chat_day(lines: Sequence[str], known: Sequence[date] = ()) -> str | None:
    """The day of the chat's first stamped line, ISO; a two-digit year is this century's, a
    day and a month that read either way are read nearest the known dates (else day
    first); None for a text that is no chat (fewer than two stamped messages)."""
    stamped = [m for line in lines if (m := _STAMPED.match(line))]
    if len(stamped) < 2:
        return None
    a, b, y = (int(x) for x in (stamped[0]["d1"] or stamped[0]["d2"]).split("/"))
    year = y + 2000 if y < 100 else y
    readings = [d for d in (_day(year, b, a), _day(year, a, b)) if d is not None]
    if not readings:
        return None
    if known and len(set(readings)) > 1:
        return min(readings, key=lambda d: min(abs((d - k).days) for k in known)).isoformat()
    return readings[0].isoformat()


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
