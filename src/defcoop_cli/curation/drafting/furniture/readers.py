"""Lines that speak to the reader or ask, never a report's statement: a call to the outlet's
channels ("Follow us on WhatsApp…"), the outlet's contact line ("Have a tip? Write to
news@…"), the site's consent banner ("We use cookies …") and a line that only asks ("Q:
When will they meet next?", "Will Minister Nakatani also visit Mumbai?"), which
pages.is_furniture reads; and a
sentence to the audience on the coverage ("Stay tuned for more updates", "Our defence
correspondent Nikhil Bhave has this report") or an instruction to the reader ("Circulate this
note to the desk.", furniture/apparatus/instructions.py), which segments reads sentence by sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.furniture.apparatus.credits import about_itself
from defcoop_cli.curation.drafting.furniture.apparatus.instructions import instructs
from defcoop_cli.factbase.sentences import sentence_spans

# A call to the outlet's channels, opening the line: "Follow us on WhatsApp for the
# latest updates", "Subscribe to our newsletter", "Download the app", a paywall's offer
# ("Get unlimited access to the Times for Rs 49 a month. Cancel anytime."). A report's
# sentences have a subject; a line that opens on an imperative speaks to the reader.
_CALL = re.compile(
    r"(?:for (?:the )?(?:latest|more)\b[^,]{0,40}, )?"  # "For more news, follow us on X"
    r"(?:follow|subscribe|sign up|join|download|get|stay|click|tap|like us|read|catch|watch"
    r"|listen|check out|start|try)(?![\w-])",
    re.IGNORECASE,
)
_CHANNEL = re.compile(
    r"\b(?:us|our|updates|latest news|newsletters?|app|apps|alerts|notifications|channel"
    r"|inbox|whatsapp|telegram|google news|instagram|facebook|youtube|twitter|linkedin"
    r"|threads|on x|here|(?:full|complete) (?:story|coverage|report)|more (?:\w+ )?news"
    r"|(?:tap|hit|press|click|smash)(?: on)? the bell(?: icon)?"  # a video channel's
    # the outlet's offer: "Get unlimited access for Rs 49 a month", "Start your free trial"
    r"|(?:unlimited|full|digital|premium) access|subscriptions?|free trial"
    r"|(?:a|per) (?:week|month|year))\b",
    re.IGNORECASE,
)
CHANNEL_WORDS = 25  # a call to the channels is a line of at most so many words


def calls_to_channels(line: str) -> bool:
    """Whether the line calls the reader to the outlet's channels ("Follow us on…") or, a
    forward's, to pass the message on (`passes_on`)."""
    if len(line.split(maxsplit=CHANNEL_WORDS)) > CHANNEL_WORDS:
        return False
    if not _CALL.match(line):
        return passes_on(line)
    return _CHANNEL.search(line) is not None


# A forward's call to pass it on ("Share with every group!!", "Please forward to all your
# contacts") and its claim that the press hides it ("Mainstream media will not show you
# this."): each sentence of such a line is one or the other, after the emoji that lead it.
_PASS_ON = re.compile(
    r"(?:please |pls |kindly |must )?(?:share|forward|send|pass)"
    r"(?: this| it| (?:the|this) message)?"
    r"(?: on)? (?:with |to )?(?:every|all|each|everyone|every ?one|your|as many)\b"
    r"(?: [\w'’]+){0,3}\W*$",  # "… with every group!!", "… to all your contacts."
    re.IGNORECASE,
)
_UNSHOWN = re.compile(
    r"(?:the )?(?:mainstream |main stream |national |paid )?media (?:(?:will|would|is|are|do"
    r"|does)(?: not| never)|(?:won|wouldn|isn|aren|don|doesn)['’]t|never)(?: going to)?"
    r" (?:show|tell|report|cover)(?: you)?"
    r" (?:this|it|the truth)\W*$",
    re.IGNORECASE,
)
_LEADING_MARKS = re.compile(r"[^\w\s\"“'‘(]+\s*")


def passes_on(line: str) -> bool:
    """Whether every sentence of the line is a forward's call to pass it on or its claim
    that the press hides it (a forward's apparatus, never a report's statement)."""
    spans = sentence_spans(line)
    return bool(spans) and all(
        (_PASS_ON.match(said) or _UNSHOWN.match(said)) is not None
        for said in (_LEADING_MARKS.sub("", line[a:b], count=1) for a, b in spans)
    )


# A line that only asks: perhaps a Q&A layout's label ("Q:", "Q (reporter):", "Question:")
# or a reader poll's ("POLL:", "Quick poll:", "Vote:"),
# then one sentence, a question in its interrogative form (it opens on a question word or an
# auxiliary and ends in "?"). A question asks and asserts nothing: no fact. A speaker's turn
# in a transcript ("Reporter: Was there progress on …?") is read as that speaker's words,
# and a turn that also states ("Tension has grown. Did you discuss it?") sentence by
# sentence; "(d) the steps taken …?", a question's part in a statement's form, is no
# question line.
_QA_LABEL = re.compile(
    r"(?:Q|Question|(?:(?:Quick|Reader|Readers['’]?|Our|Today['’]?s) )?(?i:poll|vote|survey))"
    r"(?: ?\([^()\n]{1,30}\))?:\s+"
)
_INTERROGATIVE = re.compile(
    r"[\"“‘']?(?:who|whom|whose|what|when|where|why|which|how|is|are|was|were|will|would"
    r"|shall|should|do|does|did|can|could|has|have|had|may|might|must)\b",
    re.IGNORECASE,
)


def asks(line: str) -> bool:
    """Whether the line only asks: one question, perhaps after a Q&A layout's label."""
    text = line.strip()
    if not text.endswith(("?", '?"', "?”", "?’")):
        return False
    label = _QA_LABEL.match(text)
    question = text[label.end() :] if label else text
    if not _INTERROGATIVE.match(question):
        return False
    return len(sentence_spans(question)) == 1


# "you", the newsroom's "we" or an imperative, with the coverage's words, never in quotes
_ADDRESS = re.compile(
    r"(?i)(?!.*[\"“”])"
    r"(?:.*\b(?:you|your|we|us|our)\b|(?:please )?(?:stay|keep|tune|follow|thanks)\b)"
)
_COVERAGE = re.compile(
    r"\b(?:(?:live|our|this|the|more|latest|further) (?:coverage|blog|updates|bulletin|stream)"
    r"|stay(?:ing)? tuned|^(?:tune in|stay with us|keep (?:watching|following|reading))"
    r"|thank(?:s| you) for (?:watching|reading|listening|staying with|being with|joining us)"
    # a site's thanks to the readers who helped: "Thanks to everyone who flagged the
    # releases." ("Thanks to the new agreement, firms will …" thanks no one)
    r"|^thank(?:s| you),? (?:to )?(?:everyone|everybody|all(?: of you)?|those|you all) who)\b",
    re.IGNORECASE,
)
# The newsroom handing over to its own people, or signing on, by name: "Our defence
# correspondent Nikhil Bhave has this report", "… Nikhil Bhave reports.", "This is Meera
# Iyer with the news at eight", "Nikhil Bhave, Channel 9, Pune." (what a correspondent
# reports, "Our correspondent X reports that…", is news).
_NAME = r"(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3}"
_HANDOVER = re.compile(
    rf"(?:our|my) (?:[\w-]+ ){{0,3}}?(?:correspondent|reporter|editor)s? {_NAME}"
    r" (?:(?:has|have|brings?|sends?|files?) (?:us )?(?:this|that|the following|more)"
    r"(?: (?:report|story|dispatch|update))?|reports|explains|has the (?:details|story))\W*"
    rf"|{_NAME}(?:, {_NAME}(?: \d+)?){{1,2}}\."  # a reporter's sign-off: name, channel, place
    rf"|this is {_NAME} (?:with|for|bringing you)\b[^.!?]{{0,60}}"
    r"\b(?:news|bulletin|headlines|programme|program|show)\b[^.!?]{0,40}[.!]?",
    re.IGNORECASE,
)


# A programme's host asking, told in the programme's notes: "Host Ishita Rao asks him
# whether the deal will hold.", "Our presenter puts it to her whether …": a question put,
# no fact (a party's "Singh asked whether …" has no host's title before it).
_HOST = rf"(?:co-?)?(?:host|presenter|anchor|interviewer|moderator)(?:,? {_NAME},?)?"
_HEARER = r"(?:him|her|them|(?:the|our|his|her|their) (?:guests?|panel(?:lists)?))"
# The question is put to the programme's guest ("asks her", "asks the panel"), or the host is
# the programme's own ("our presenter wonders"): a host of talks who "will ask whether Japan
# can join" previews the talks, news.
_HOST_ASKS = re.compile(
    rf"(?:(?:the )?{_HOST} (?:asks|will ask|puts it to) {_HEARER}"
    rf"|(?:our|your|this week['’]s) {_HOST} (?:asks|will ask|wonders|puts it to {_HEARER})"
    rf"(?: {_HEARER})?)"
    r" (?:whether|if|what|why|how|when|who|which)\b[^!]{0,200}[.?]",
    re.IGNORECASE,
)


# A chat assistant's word to its user on the exchange itself, a short sentence naming no
# one: its thanks or acknowledgement ("Good catch, on both counts.", "You're right.",
# "Thanks for flagging that.", "Sorry for the confusion."), never what follows it ("You
# are right that no deal was signed." tells the talks); and its advice on the user's own
# writing ("I would use the ministry's title in your note.", "I'd suggest leaving the
# figure out of your briefing."): what the user should write, no statement of the events.
# Said in any document, so only where it says nothing else: not told as someone's ("Fair
# point, the admiral said.": his assent, reported), nor with a clause of what is so ("I'd
# say in answer to your report that the deal is on track", "…, because …": a statement),
# nor a speaker's wish ("I would like to thank our hosts …, as your report says").
_REPORTED = (
    r"\b(?:said|says|told|tells|added|adds|replied|replies|answered|responded|conceded"
    r"|concedes|agreed|agrees|noted|notes|insisted|admitted|acknowledged|wrote|writes)\b"
)
_NOTHING_ELSE = rf"(?![^.!?\"“”]*(?:{_REPORTED}|\b(?:that|because|since|as|though|although)\s))"
_ACKNOWLEDGES = re.compile(
    r"(?i:(?:good|great|nice|sharp|fair|excellent|valid) (?:catch(?:es)?|points?|questions?"
    r"|spots?)|you(?:'re|’re| are) (?:quite |absolutely |completely )?right"
    r"|thanks?(?: you)? for (?:catching|spotting|flagging|pointing (?:that|this|it) out"
    r"|the (?:correction|catch|question)s?)(?: (?:that|this|it))?|(?:my )?apologies"
    r"|sorry (?:for|about) (?:the|that|my) (?:confusion|error|mistake|mix-up)|happy to help)"
    rf"(?:[,;:] {_NOTHING_ELSE}(?:(?-i:[a-z])[^.!?\"“”]{{0,40}}|I [^.!?\"“”]{{0,40}}))?[.!]"
)
_YOUR_TEXT = (
    r"your (?:own )?(?:note|briefing(?: note)?|brief|draft|piece|memo|text|summary|report"
    r"|e-?mail|slides?|deck|essay|article|post|copy|answer|paper|write-up|story|script)\b"
)
_ADVISES = re.compile(
    r"(?:I would|I['’]d|I (?:would |['’]d )?(?:suggest|recommend|advise)"
    rf"|[Mm]y (?:advice|suggestion) (?:is|would be))\b(?! (?:like|love|hope|wish|want)\b)"
    rf"{_NOTHING_ELSE}[^!?]{{0,120}}?"
    rf"\b(?:in|for|from|to|of|into) {_YOUR_TEXT}[^!?]{{0,120}}[.!]"
)


def to_the_audience(sentence: str, transcript: bool = False, record: bool = False) -> bool:
    """Whether the sentence speaks to the audience on the coverage, is the newsroom's
    hand-over to its own people or its sign-on, instructs the reader, tells its host's
    question (`_HOST_ASKS`), is a chat assistant's word to its user on the exchange (its
    thanks, its advice on the user's writing: `_ACKNOWLEDGES`, `_ADVISES`) or the
    document's word on itself (a caveat on its text, a credit, in a transcript its bare
    "it", in a record its unfilled field: furniture/apparatus/credits.py)."""
    if (_ADDRESS.match(sentence) and _COVERAGE.search(sentence)) or instructs(sentence):
        return True
    said = sentence.strip()
    if _ACKNOWLEDGES.fullmatch(said) or _ADVISES.fullmatch(said):
        return True
    if about_itself(sentence, transcript, record):
        return True
    return (
        _HANDOVER.fullmatch(sentence.strip()) is not None
        or _EDITED.fullmatch(sentence.strip()) is not None
        or _HOST_ASKS.fullmatch(sentence.strip()) is not None
    )


# The newsroom's note on how the piece was edited: "This interview has been edited for
# length and clarity.", "The conversation was condensed and translated from Japanese."
_EDITED = re.compile(
    r"(?i)(?:this|the|our) (?:interview|conversation|transcript|exchange|q ?&a|text|article)"
    r"(?: has been| was| is| have been)(?: lightly| slightly)? (?:edited|condensed|abridged"
    r"|translated|shortened)(?:,? and (?:edited|condensed|abridged|translated|shortened))?"
    r"(?: (?:for|from) [\w ,]{1,60})?\W*"
)


# The outlet's contact line: a short line with an e-mail address ("Have a tip? Write to
# news@paper.example.", "((desk@wire.example; +91 11 5550 0100))"); a report quotes no
# one's address. Tried only where a run of an address's characters starts: from every
# character of a long run it was quadratic (40,000 characters with no "@": 3 s).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# ... or a telephone number by its label ("(tel. 011-2301 0000)", "Phone: +81 3 5550 0100"),
# or a label for the press's questions ("For media queries: Directorate of …").
_PHONE = re.compile(
    r"(?i)\b(?:tel|telephone|phone|ph|mob|mobile|fax)\b\.?:?\s*\+?\(?\d[\d ()-]{5,}"
)
_QUERIES = re.compile(r"(?i)(?:for )?(?:media|press) (?:queries|enquiries|inquiries|contacts?):")
CONTACT_WORDS = 25  # a contact line is a line of at most so many words


def gives_contact(line: str) -> bool:
    """Whether the line is the outlet's contact line: an e-mail address, a telephone number
    or a label for the press's queries in a short line."""
    if len(line.split(maxsplit=CONTACT_WORDS)) > CONTACT_WORDS:
        return False
    found = _EMAIL.search(line) or _PHONE.search(line) or _QUERIES.match(line.lstrip())
    return found is not None


# The site's consent banner, in a page saved before it was dismissed: "We use cookies to
# …", "By continuing to browse this site you agree …", "Accept all cookies".
_CONSENT = re.compile(
    r"(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b"
    r"|by (?:continuing to )?(?:use|using|brows(?:e|ing)) (?:this|our) (?:web)?site\b"
    r"|(?:accept|reject|manage) (?:all )?cookies\b",
    re.IGNORECASE,
)


def consents(line: str) -> bool:
    """Whether the line opens the site's consent banner (its cookies, its terms of use)."""
    return _CONSENT.match(line.lstrip()) is not None


# A page's comment section, its state or its call ("Comments are closed for this story.",
# "Comments have been disabled.", "Be the first to comment.", "No comments yet.", "14
# comments", "Join the conversation", "Comments are moderated and will appear after
# review. Please keep the discussion civil."): the site's, no statement, in the present as
# a page states it. "Comments from Tokyo are expected later." is news, and so are "Replies
# were suspended." (what happened) and "One comment." (a sentence, where a counter is a label).
_PIECE = r"(?:story|article|post|page|piece|report|blog|item|video|entry|thread)"
_COMMENT_STATE = re.compile(
    r"(?:(?:(?:the )?(?:comments?|commenting|replies)(?: section| thread)?"
    rf"(?: (?:for|on|to) (?:this|the) {_PIECE})? (?:are|is|have been|has been)"
    r" (?:now |currently |temporarily )?(?:closed|disabled|turned off|switched off|off|paused"
    r"|suspended|unavailable|not (?:available|enabled|open|allowed)"
    r"|moderated(?: and will appear (?:after|once) (?:review|approval|they are approved))?)"
    rf"(?: (?:for|on|to) (?:this|the) {_PIECE})?"
    rf"|(?:this|the) {_PIECE} (?:is|has been) closed (?:to|for) (?:new )?comments"
    rf"|be the first to (?:comment|reply|respond)(?: on this {_PIECE})?"
    rf"|(?:there are )?no comments (?:yet|on this {_PIECE})"
    r"|(?:view|show|load|see|read) (?:all )?(?:\d[\d,]* )?(?:more )?comments"
    r"|(?:leave|post|add|write) a (?:comment|reply)|join the (?:conversation|discussion)"
    r"|(?:log|sign) ?in to (?:comment|reply)"
    r"|please (?:keep|be) (?:the |your )?(?:discussion|comments?|conversation) (?:civil"
    r"|respectful|polite|on topic))[.!]?"
    # a counter is a label, no sentence: "14 comments", "No comments" (not "One comment.")
    r"|(?:no|one|\d[\d,]*) comments?)",
    re.IGNORECASE,
)


def comment_state(line: str) -> bool:
    """Whether every sentence of the line is its page's comment section's state or call."""
    spans = sentence_spans(line)
    return bool(spans) and all(_COMMENT_STATE.fullmatch(line[a:b].strip()) for a, b in spans)


# A chat product's disclaimer under its answers: "Sutra can make mistakes. Check important
# information.", "AI-generated answers may be inaccurate.", "Responses from the assistant
# may contain errors.": the product's word on itself. A name, or AI or a model in general,
# is read as the product's only with the call to check after it ("Sailors can make
# mistakes.", "AI may get things wrong." are sentences of the news).
_ERRS = (
    r"(?:can|may|might|could|sometimes|will sometimes) (?:make mistakes|get things wrong"
    r"|(?:be|sound) (?:inaccurate|wrong|incorrect|out of date)|contain (?:errors|mistakes"
    r"|inaccuracies)|display inaccurate (?:info|information)|give (?:wrong|inaccurate"
    r"|incorrect) answers)"
)
_MACHINE = (
    r"(?:(?:the |this )?(?:assistant|chat ?bot)|AI[- ]generated (?:content|answers"
    r"|responses|text|summaries)|(?:answers|responses|outputs?|summaries) (?:generated by|from)"
    r" (?:an? |the |this )?(?:AI|assistant|chat ?bot|model))"
)
_CHECK = (
    r"(?:please |always |so )?(?:consider |be sure to |remember to )?(?:check|verify"
    r"|double-check|fact-check)(?:ing)? (?:(?:important|key|critical) (?:info|information"
    r"|facts|details)|(?:its|the|their) (?:responses|answers|output))"
)
# the call alone is the product's as a standing call ("Always verify important information.")
# or on its answers ("Check its responses."); a bare "Check key facts." may be the news's
_STANDING_CHECK = (
    r"(?:please |always )(?:consider |be sure to |remember to )?(?:check|verify|double-check"
    r"|fact-check) (?:(?:important|key|critical) (?:info|information|facts|details)|(?:its|the"
    r"|their) (?:responses|answers|output))|(?:check|verify|double-check|fact-check)"
    r" (?:its|their) (?:responses|answers|output)"
)
_PRODUCT_CAVEAT = re.compile(
    rf"(?i:{_MACHINE} {_ERRS}(?:[,;] (?:so )?{_CHECK})?[.!]?(?:\s+{_CHECK}[.!]?)?"
    rf"|(?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*){{0,2}} {_ERRS}(?:[.!]\s+|[,;] ){_CHECK}[.!]?"
    rf"|(?:{_STANDING_CHECK})[.!]?)"
)


def product_caveat(line: str) -> bool:
    """Whether the line is a chat product's disclaimer on its answers (above)."""
    return _PRODUCT_CAVEAT.fullmatch(line.strip()) is not None


# A question put in parts: a line that asks and introduces them ("Will the Minister of
# DEFENCE be pleased to state:", a parliamentary question's form) and the parts under it,
# "(a) whether the Minister held talks…;", "(b) if so, the details…", "(d) the steps
# taken…?": the question, no statement (the answer after it is the report's).
_PART = re.compile(r"\(?[a-z0-9]{1,3}[.)]\s+|[-•*–]\s+")


def question_parts(lines: Sequence[str]) -> set[int]:
    """The indices of the lines that are a question's parts under the line that asks it."""
    parts: set[int] = set()
    for number, line in enumerate(lines):
        if not (line.endswith(":") and _INTERROGATIVE.match(line)):
            continue
        after = number + 1
        while after < len(lines) and _PART.match(lines[after]):
            parts.add(after)
            after += 1
    return parts


# A forecasting question's terms of resolution: the paragraph that says when it resolves
# ("This question resolves YES if the two ministers meet before …", "This market will
# resolve to No if …"), and the lines under its heading ("Resolution criteria", "Fine
# print") up to the next heading: the question's conditions, no statement of the event
# (the moderator's note of what happened, under its own heading, is one). "The question
# of a joint exercise will be resolved at the next meeting." is news.
_RESOLVES = re.compile(
    r"(?i)(?:this |the )?(?:question|market|forecast|prediction|contract|bet|wager)"
    r" (?:resolves|will resolve|shall resolve|resolved) (?:as |to )?(?:yes|no|positively"
    r"|negatively|true|false|ambiguous)\b"
)
_TERMS_HEADING = re.compile(
    r"(?i)(?:resolution (?:criteria|rules|details|conditions|source)|fine print)\s*:?"
)
TERMS_HEADING_WORDS = 6  # a heading is a line of at most so many words, with no stop


def resolution_terms(lines: Sequence[str]) -> set[int]:
    """The indices of a forecasting question's resolution terms (above)."""
    found = {n for n, line in enumerate(lines) if _RESOLVES.match(line.lstrip())}
    for n, line in enumerate(lines):
        if not _TERMS_HEADING.fullmatch(line.strip()):
            continue
        for after in range(n + 1, len(lines)):
            words = lines[after].split()
            if not words or (len(words) <= TERMS_HEADING_WORDS and lines[after][-1:] not in ".?!"):
                break  # a blank line or the next heading ("Resolution note")
            found.add(after)
    return found


# A saved thread's replies: under its replies' heading ("Most relevant replies", "Replies",
# "Comments"), each post whose header ("Arjun Mehra @arjun_m_writes · May 5") gives another
# account than the thread's own (its first post's) is a reader's, no statement of the
# report, up to the next header; a post of the thread's own account there is its own.
_REPLIES = re.compile(r"(?i)(?:(?:most relevant|top|all|latest|more) )?(?:replies|comments)")
_HEADER = re.compile(r".{1,60}? @(\w{2,30}) · .{1,40}")
REPLY_LINES = 6  # a reply is a few lines, never a story


def thread_replies(lines: Sequence[str]) -> set[int]:
    """The indices of the lines of other accounts' replies under a thread's replies heading."""
    handles = [(n, m[1]) for n, line in enumerate(lines) if (m := _HEADER.fullmatch(line))]
    heading = next((n for n, line in enumerate(lines) if _REPLIES.fullmatch(line)), None)
    if not handles or heading is None:
        return set()
    own, found = handles[0][1], set[int]()
    starts = [n for n, _ in handles] + [len(lines)]
    for (n, handle), end in zip(handles, starts[1:], strict=True):
        if n > heading and handle != own:
            found.update(range(n, min(end, n + 1 + REPLY_LINES)))
    return found


# An organisation's notice of its own event or service to its members, a line of its news
# page beside the report ("Our spring picnic will be held on Sunday 6 April at Ueno Park.",
# "The calligraphy class meets every Tuesday at 19:00 in the Association's hall. Free for
# members."): the organisation's own, "our" or "the Society's" before an event's or a
# service's noun, or its members addressed ("open to members", "members who wish to …",
# "volunteers are welcome"); and the event's time, a day, a date or a clock time. A report's
# sentence tells what someone did or said: a line with a quotation, a saying verb or a past
# tense ("The Society's members met the consul on 27 April") is none, nor is a line that
# names the time of a party's own meeting, talks or visit ("Our talks resume on Monday"):
# those nouns are no notice's. The event is the organisation's own noun ("our" and its
# modifiers, no article between: "our correspondent's report from the Tokyo workshop" is
# none), and those addressed its own members: "members of industry bodies" are another
# body's, and "families", "guests" or "all who…" are anyone's (a news line's too): a
# notice's only beside the organisation's "we", "us" or "our" ("…should write to us").
_OWN_BODY = r"(?:society|club|circle|association|sangam|samaj|chapter)"
_EVENT = (
    r"(?:dinner|lunch|luncheon|breakfast|picnic|party|reception|get-together|gathering|social"
    r"|festival|celebrations?|concert|screening|exhibition|fair|bazaar|class(?:es)?|course"
    r"|lessons?|workshop|seminar|lecture|talk|evening|night|walk|tour|outing|camp|retreat"
    r"|registration|office|room|hall|library)"
)
_MEMBERS = r"(?:members|volunteers|newcomers|non-members)\b(?! of\b)"
_OWN = re.compile(
    r"\bour (?:(?!(?:the|a|an) )[\w'’-]+ ){0,6}?" + _EVENT + r"\b"
    rf"|\b(?:the|our) (?:{_OWN_BODY})(?:['’]s)? (?:[\w'’-]+ ){{0,1}}?" + _EVENT + r"\b"
    r"|\bthe (?-i:Society|Club|Circle|Association|Sangam|Samaj|Chapter)['’]s\b"  # its noun
    r"|\b(?:open|free|available|reserved|limited) (?:only )?(?:to|for) (?:all )?(?:our )?"
    rf"{_MEMBERS}"
    rf"|\b{_MEMBERS} (?:who|wishing)\b"
    rf"|\b{_MEMBERS} (?:are|is)"
    r" (?:(?:most|very|always|warmly) )?(?:welcome|invited|asked|encouraged|requested)\b",
    re.IGNORECASE,
)
_ANYONE = re.compile(
    r"\b(?:families|everyone|all|guests) (?:who|wishing|(?:are|is) (?:(?:most|very|always"
    r"|warmly) )?(?:welcome|invited|asked|encouraged|requested))\b",
    re.IGNORECASE,
)
_US = re.compile(r"\b(?:we|us|our)\b", re.IGNORECASE)
_WHEN = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b\d{1,2}[:.]\d{2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b"
    r"|\bevery (?:week|month|year|fortnight)\b|\bduring (?:the )?(?-i:[A-Z])",
    re.IGNORECASE,
)
# What a report's sentence tells: a quotation, a saying verb ("announced", "will brief"), a
# past act, a party's meeting.
_TOLD = re.compile(
    r"[\"“”]|\b(?:said|says|told|tells|according to|was|were|had|did|met|gathered|visited"
    r"|attended|discussed|agreed|held talks|meeting|talks|visit|dialogue|summit"
    r"|announc(?:ed|es)|stated|added|reported|briefed|(?:will|to) brief)\b",
    re.IGNORECASE,
)
NOTICE_WORDS = 45  # a notice is a line of at most so many words


def own_notice(line: str) -> bool:
    """Whether the line is an organisation's notice of its own event or service (above);
    read in place, nothing copied (a draft's memory is at most ten times its article)."""
    if line.count(" ") >= NOTICE_WORDS or _TOLD.search(line):
        return False
    own = _OWN.search(line) or (_ANYONE.search(line) and _US.search(line))
    return own is not None and _WHEN.search(line) is not None
