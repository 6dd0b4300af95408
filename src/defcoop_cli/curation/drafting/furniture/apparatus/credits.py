"""What a document says of itself, not of the events: its caveat on its own text ("Not a
verbatim transcript.", "Check against delivery.", "This transcript was made from the
broadcast and may contain errors.", "Check quotes against the video where possible.", "Clips
in Hindi have been translated by the station.", "More in pool report 3 if …") or its terms
("Quotations from monitored media are summaries for client use.", "This newsletter is for
information only and is not investment advice.", "Copyright remains with
the original publishers.", "All sessions are held under the Chatham House Rule unless marked
otherwise.", "For internal research use under licence; redistribution prohibited."),
and a programme's credits ("Hosted by Arvind Rao.", "Produced by A and B.",
"Music: "Theme" by Lark Audio."), a map's or a chart's ("Map data © X contributors.",
"Cartography: Y.", "Built with Z."), and a pool report's word on the pool's own doings ("Pool
was ushered out."); a report's notes on its own figures and making (its clock, how its reach
or advertising value is reached, who translates its excerpts, what may not be done with its
clips, a story drafted by automated tools) and a broker's disclaimer ("X does not recommend
buying or selling any security.", "… subject to market risks …").

Read by form: a credit has no subject, a participle of making a programme and "by" names
(a report's sentence has a subject: "The talks were hosted by Singh." is news); a caveat
names the text itself (transcript, text, quotes, record) with what it is not or how to
check it. No statement of the report either way: furniture.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from defcoop_cli.factbase.sentences import sentence_spans

_NAME = r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|al))*"
_NAMES = rf"{_NAME}(?:(?:,| and|, and| &) {_NAME}){{0,4}}"
_MADE = (
    r"(?:hosted|produced|presented|edited|written|directed|mixed|engineered|recorded"
    r"|narrated|compiled|translated|illustrated|filmed|shot|photographed|designed|reported"
    r"|researched|transcribed|sound-designed|co-produced)"
)
# "Hosted by Arvind Rao.", "Produced and edited by Nisha Kapoor and Ravi Sen.": no subject.
_CREDIT = re.compile(rf"(?=[A-Z]){_MADE}(?:(?:,| and) {_MADE})* by (?-i:{_NAMES})\.?", re.I)
# A credit's label: "Music: "Tidewater" by Lark Audio.", "Artwork: Mira Das."
_LABEL = (
    r"(?:(?:theme |background )?music|sound(?: design)?|artwork|cover art|photos?|photography"
    r"|photographs?|pictures?|images?|(?:photo|picture|image) credits?"
    r"|camera|graphics|editing|production|transcription|research|illustrations?"
    r"|cartography|maps?|charts?|mapping|basemap|data visuali[sz]ation|interactive design)"
)
_LABELLED = re.compile(
    rf"(?i:{_LABEL}):\s+(?:[\"“‘'][^\"“”‘’']{{1,60}}[\"”’']\s+by\s+)?{_NAMES}\.?"
)
# A map's or a chart's credits: its data's owners ("Map data © OpenTerrain contributors.",
# "Basemap: © Acme Maps") and the tool it was made with ("Built with StoryFrame.", "Made
# with Flourish", "Created using Datawrapper."): no subject, an owner's name or a tool's,
# a product's of one or two words; no maker's ("Mitsubishi Heavy Industries"; two names
# joined, "Rolls-Royce": an engine's), nor a people's help ("Built with Japanese Assistance.").
_MAP_DATA = re.compile(
    rf"(?i:(?:map|chart|base ?map|tile|elevation|boundary|satellite) (?:data|tiles|imagery)"
    rf"|base ?map|tiles|imagery)\s*:?\s*(?:©|\(c\)|(?i:copyright))\s*(?:\d{{4}}\s+)?{_NAMES}"
    r"(?i: contributors)?(?:,? \d{4})?\.?"
)
_TOOL = re.compile(
    r"(?i:(?:built|made|created|produced|designed|rendered|drawn) (?:with|using)|powered by) "
    r"(?![A-Z][a-z]+-[A-Z]|[A-Z][a-z]+(?:ian|ese|ish|an|i) [A-Z]|.*\b(?i:industries|systems"
    r"|limited|ltd|inc|corp(?:oration)?|company|heavy|engineering|shipbuilding|shipyards?"
    r"|aerospace|motors|group|holdings|assistance|aid|help|support|fund(?:ing|s)|grants?"
    r"|co-?operation|collaboration|expertise|technology|know-how|steel|engines?|parts)\b)"
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?\.?"
)
_TEXT = r"(?:transcript|text|record|translation|subtitles|captions|quotes|quotations|remarks)"
# The document itself: "this brief", "our country profile", "the content on this page".
_DOC = (
    r"(?:brief|profile|page|web ?page|website|site|portal|note|document|information|content"
    r"|material|summary|fact ?sheet|overview|paper|backgrounder|section|entry|text|data)s?"
)
_SELF = (
    rf"(?:(?:this|our) (?:[\w-]+ ){{0,2}}?{_DOC}"
    rf"|(?:the |all )?(?:[\w-]+ )?{_DOC} (?:on|in|of|from) (?:this|our) (?:[\w-]+ ){{0,2}}?{_DOC})"
)
_CAVEAT = re.compile(
    # "Not a verbatim transcript.", "Unofficial translation."
    rf"(?:not an?|an? un(?:official|edited)|un(?:official|edited)) (?:verbatim |official |final )?"
    rf"{_TEXT}\.?"
    r"|check(?:ed)? against delivery\.?"
    # its circulation: "Not for publication.", "For the delegation's use; not for publication."
    r"|(?:for (?:the )?[\w'’ -]{1,40}? use(?: only)?[;,.] )?not for (?:publication|(?:public )?"
    r"(?:release|circulation|distribution))\.?"
    # "Check quotes against the video where possible.", "Please verify remarks against …"
    rf"|(?:please )?(?:check|verify|compare) (?:all |the )?{_TEXT} (?:against|with) (?:the )?"
    r"(?:video|audio|recording|tape|broadcast|delivery|original)\b[^.!?]{0,60}\."
    # "This transcript was made from the broadcast and may contain errors."
    rf"|(?:this|the) (?:\w+ )?{_TEXT} (?:was|is|has been|were|are) [a-z-]+ (?:from|by|with)"
    r" [^.!?]{1,80}? and (?:may|might|could) (?:contain|include|have) (?:some )?"
    r"(?:errors|mistakes|inaccuracies|typos)\."
    # "Clips in Hindi have been translated by Coastline Public Radio.": how its text was made
    r"|(?:the |all )?(?:clips|quotes|quotations|remarks|passages|parts|answers|excerpts"
    r"|portions|comments|questions) (?:in|from) (?-i:[A-Z])[a-z]+ (?:have been|were|are|has been)"
    r" translated\b[^.!?]{0,80}\."
    # its terms: "Quotations from monitored media are summaries for client use.", what its
    # quotations are; "Copyright remains with the original publishers."; "All sessions are
    # held under the Chatham House Rule unless marked otherwise."
    rf"|(?:the |all )?{_TEXT}(?: (?:from|of|in) [^.!?]{{1,60}}?)? (?:are|is) (?:\w+ )?"
    r"(?:summar(?:y|ies)|paraphrases?|excerpts?|extracts?|abridged)\b[^.!?]{0,60}\."
    r"|copyright (?:remains|rests|stays|lies) with\b[^.!?]{0,80}\."
    # its licence: "For internal research use under licence; redistribution prohibited."
    r"|for (?:internal|personal|private|non-commercial|subscribers['’]?|clients['’]?|client)"
    r" (?:\w+ )?use\b[^.!?]{0,80}\."
    r"|(?:[^.!?]{0,60}[;,] )?(?:any )?(?:redistribution|reproduction|republication|resale)"
    r"(?: (?:of|in) (?:this|these|the|its|our) (?:[\w-]+ ){0,2}?(?:material|document|text"
    r"|content|article|record|report|publication|work|transcript|archive)s?)?"
    r"(?: in (?:any|whole or in part|any form or by any means)(?: (?:form|way|medium))?)?"
    r" (?:is )?(?:strictly )?(?:prohibited|forbidden|not (?:permitted|allowed))\b[^.!?]{0,40}\."
    # its handling: "Do not forward outside the agency.", "Please do not circulate this note
    # beyond the desk." (a verb of passing a text on and where it may not go; a columnist's
    # "Do not share the optimism." names no such limit)
    r"|(?:please )?(?:do not|don['’]t|never) (?:forward|circulate|distribute|share|copy|pass on"
    r"|send on|show|quote|cite|publish|reproduce|disclose)(?: (?:this|these|the|it|its)"
    r"(?: [\w-]+){0,2})? (?:outside|beyond|further|externally|(?:to|with) (?:anyone|anybody"
    r"|third parties|others|clients|the (?:press|media)))\b[^.!?]{0,60}\."
    # the same, as a classification's passive: "Not to be shared with the media.", "Not to
    # be forwarded outside the company." ("The figures are not to be shared until June."
    # names what, and no such limit: body)
    r"|not to be (?:forwarded|circulated|distributed|shared|copied|passed on|sent on|shown"
    r"|quoted|cited|published|reproduced|disclosed) (?:outside|beyond|externally|(?:to|with)"
    r" (?:anyone|anybody|third parties|others|clients|the (?:press|media)))\b[^.!?]{0,60}\."
    # what its content is for: "Content below is recorded only so that terms can be checked
    # in context; it is not a record of the meeting." (the document's content, an adverb
    # of purpose: "only", "solely"; not told by a speaker: "…, officials said, adding …")
    r"|(?:the )?(?:content|contents|text|material|information|notes?)(?: (?:below|above"
    r"|that follows?|here|in this (?:note|document|file)))? (?:is|are) (?:recorded|kept|given"
    r"|included|set down|provided|reproduced|noted|listed) (?:here )?(?:only|solely|purely"
    r"|just) (?:so that|so|for|to|as)\b(?![^!?]*\b(?:said|says|told|added|adding)\b)[^!?]{0,200}"
    r"|(?:all )?(?:the )?(?:sessions|discussions|proceedings) (?:are|were|will be) (?:held |"
    r"conducted )?under (?:the )?chatham house rules?\b[^.!?]{0,60}\."
    # its disclaimer: "This newsletter is for information only and is not investment advice."
    r"|(?:this|the|our) (?:[\w-]+ )?(?:newsletter|note|report|alert|publication|material"
    r"|document|update|bulletin|content|page|article|analysis|research|commentary|e-?mail)"
    r" (?:is|are) (?:(?:provided|published|intended|meant) )?(?:for (?:general )?information"
    r"(?:al purposes)? only|not (?:intended as |to be (?:construed|taken) as )?(?:investment"
    r"|financial|legal|tax) advice)\b[^.!?]{0,100}\."
    r"|(?:this is )?not (?:an? )?(?:investment|financial) advice\."
    # its users: "This alert is provided for the internal use of X clients." (the document,
    # its readers named; not "The data is for internal use by the navy.", the news's own),
    # and what it is not: "It is not advice to travel or not to travel."
    r"|(?:this|our) (?:[\w-]+ )?(?:alert|advisory|note|report|bulletin|update|notice|brief"
    r"|briefing|document|publication|newsletter|e-?mail) (?:is|are) (?:(?:provided|published"
    r"|intended|meant|prepared|issued) )?(?:solely |only |exclusively )?for the (?:internal"
    r"|exclusive|sole|private|personal|confidential) use of\b[^.!?]{1,80}\."
    r"|(?:it|this) is not (?:(?:travel|legal|medical|professional|security) )?advice"
    r"(?: (?:to|on|about|for) [^.!?]{1,60})?\."
    # a reference page's disclaimer on itself: "This page is intended as a general reference
    # and does not constitute an authoritative statement of …", "This brief is meant for
    # general information and is not an authoritative record …"
    rf"|{_SELF} (?:is|are|has been|have been) (?:(?:provided|published|intended|meant|offered"
    r"|compiled|prepared|produced|made available)\b[^.!?]{0,60}? )?(?:solely |only |purely )?"
    r"(?:as|for) (?:an? |the )?(?:general |public |background )?(?:reference|information"
    r"|guidance|background|convenience|use)\b[^!?]{0,200}"
    rf"|{_SELF}\b[^.!?]{{0,80}}?\b(?:(?:does|do|shall|should|may|must) not (?:constitute"
    r"|represent|amount to|purport)|(?:is|are) not (?:an? |the )?(?:authoritative|official"
    r"|definitive|binding|exhaustive|complete)|(?:is|are) not to be (?:quoted|cited|construed"
    r"|taken|treated|regarded|relied))\b[^!?]{0,200}"
    # and its provenance: "Content on this page is maintained by …", "Content owned by …"
    # (a comma only between a name's parts, "the Defence Wing, Embassy of India, Tokyo.":
    # "…, a spokesman said, refusing …" is a report's)
    rf"|(?:{_SELF}|(?:(?:page|site|website|portal) )?content) (?:is |are )?(?:maintained"
    r"|owned|managed|provided|hosted|curated|updated) by\b(?:[^.!?,]|,(?= (?-i:[A-Z0-9]))){0,120}\."
    # a transcript's note on its own making, the transcript itself the subject and the note
    # its whole sentence: "Transcript prepared by the Centre from the audio recording and
    # lightly edited.", "This is an edited transcript; …", "Inaudible passages have been
    # omitted." ("A transcript made by X shows …" reports what it shows)
    r"|(?:(?:an? |the |this )(?:[\w-]+ )?transcript (?:was|has been|is) "
    r"|(?!(?:an?|the|this) )(?:[\w-]+ )?transcript (?:was |has been |is )?)(?:prepared|produced"
    r"|made|compiled|edited|transcribed|taken|drawn) (?:by|from)\b"
    r"(?![^.!?]*\b(?:shows?|showed|says?|said|reveals?|revealed|suggests?|suggested"
    r"|indicates?|indicated|confirms?|confirmed)\b)[^.!?]{0,160}\."
    r"|(?:this|what follows|the following) is an? (?:[\w-]+ ){0,2}(?:transcript|translation)\b"
    r"[^.!?]{0,120}\."
    r"|(?:this|the) (?:[\w-]+ )?(?:transcript|translation) (?:has|have) not been (?:checked"
    r"|verified|reviewed|corrected|seen)\b[^.!?,]{0,60}\."
    r"|(?:some |inaudible |unclear |certain )?(?:passages|remarks|portions|words|answers"
    r"|exchanges) (?:have been|were|are|has been) (?:lightly )?(?:omitted|shortened|abridged"
    r"|cut|condensed|edited|removed|paraphrased)\b[^.!?]{0,80}\."
    # "More in pool report 3 if anything comes out of the lunch.": its next instalment
    r"|more (?:to (?:come|follow) )?in (?:the next |a later |our next )?(?:pool )?(?:report"
    r"|update|dispatch|bulletin|edition|part|post|thread)(?: (?:no\.? ?)?\d+)?\b[^.!?]{0,80}\.",
    re.I,
)
# In a transcript only, its bare "it": "It has not been checked by the speaker."
_UNCHECKED = re.compile(
    r"it (?:has|have) not been (?:checked|verified|corrected)\b[^.!?,]{0,60}\.", re.I
)

# A pool report's word on the pool's own doings, perhaps after its clock time: "11:05 - Pool
# was allowed in for the opening remarks.", "Your pooler asked whether …".
_POOL = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s*[-–—]\s*)?(?:the |your )?pool(?:ers?)?(?: reporters?)?"
    r" (?:was|were|is|are|has|had|asked|arrived|left|entered|waited|moved|gathered|departed)\b"
    r"[^!?\"“”]{0,160}[.!]",
    re.I,
)

# A letter's or a note's pointer to what it encloses: "The main outcomes are set out in the
# statement …, which is annexed to the present letter (see annex).", "A copy of the
# readout is attached to this note." (what the enclosure says is its own text's facts)
# After "this note" the pointer's sentence has no clause ("… for your reference (see annex).");
# one after a comma ("…, which the two ministries agreed to share with Parliament.") is news.
_ENCLOSES = re.compile(
    r"[^!?]{0,300}\b(?:annexed|attached|appended|enclosed) (?:hereto |herewith )?(?:to|with)"
    r" (?:the present (?:letter|note|document|communication|note verbale)\b[^.!?]{0,60}"
    r"|this (?:letter|note|document|communication|note verbale)\b[^,;:.!?]{0,40})\.",
    re.I,
)
# A report's notes on its own figures and making, perhaps under their label ("Notes: ",
# "Methodology: "): its clock ("Times are air times in IST."), how a measure of its own is
# reached ("Reach is X's estimate from panel data.", "AVE … is computed at the channel's card
# rate for the slot.": a measure and a panel, a rate card or a sample), who translates its
# excerpts ("Hindi excerpts are translated by the desk; …"), what may not be done with it
# ("Clips … may not be rebroadcast.": the report's own material, not a pact's equipment or
# a ministry's documents), how its story was made ("This story was drafted with
# automated tools …") and who checked it ("This story was checked by our editors."). A
# news sentence names no measure of the document's and no panel.
_OWN_LABEL = r"(?:(?:notes?|methodology|method|about this (?:report|digest|data)):\s+)?"
_MEASURE = (
    r"(?:(?:est(?:imated|\.)? )?reach|audiences?(?: figures?| numbers?)?|viewership|listenership"
    r"|ratings|(?:media|ad|advertising) value(?: equivalent)?|aves?|circulation figures?)"
)
_NOTES = re.compile(
    rf"{_OWN_LABEL}(?:(?:all|air) )?times (?:are|shown|given)\b[^.!?]{{0,30}}?"
    r"\b(?:IST|JST|GMT|UTC|local time)\.?"
    rf"|{_OWN_LABEL}{_MEASURE}(?: \([^()]{{1,60}}\))? (?:is|are)\b[^.!?]{{0,80}}?\b(?:panels?"
    r"|card rates?|rate cards?|(?:ad|advertising|published) rates?|samples?|meters?)\b"
    r"[^.!?]{0,60}\."
    rf"|{_OWN_LABEL}(?-i:[A-Z])[a-z]+ (?:excerpts|audio|clips|quotes|passages|sound ?bites"
    r"|segments|portions|transcripts?) (?:is|are|have been|has been|were|was) translated by"
    r"\b[^!?]{0,120}"
    r"|[^.!?]{0,40}\b(?:clips?|footage|videos?|audio|excerpts?|transcripts?|images?|photos?"
    r"|pictures?|recordings?|material|content|(?:this|the) (?:story|article|report|piece"
    r"|summary|update|feed|broadcast))\b[^.!?]{0,40}?"
    r"\b(?:(?:may|must|should) not|cannot) be (?:re(?:broadcast|distributed|published"
    r"|produced|transmitted|posted|sold|aired)|(?:shared|forwarded|circulated|passed on)"
    r" (?:outside|beyond|externally|further))\b[^.!?]{0,60}\."
    r"|(?:this|the) (?:story|article|report|piece|summary|update) (?:was|is|has been)"
    r" (?:drafted|written|generated|produced|created|prepared) (?:with|by|using)"
    r" (?:the help of )?(?:automated|ai|artificial intelligence|software|machine)\b[^!?]{0,160}"
    # who checked it: "This story was checked by our editors and by a teacher …", the
    # publication's own staff, no party's reporting verb after it ("…, Singh said" stays)
    r"|this (?:story|article|piece|page|report) (?:was|is|has been) (?:\w+ )?(?:checked"
    r"|fact-checked|reviewed|verified|edited|read) by (?:(?:two|three|some|\d+) of )?"
    r"(?:our\b|(?:the|a|an|two|\d+) (?:[\w-]+ )?(?:editors?|sub-?editors?|fact-?checkers?"
    r"|desk|newsroom|staff|team|reviewers?|producers?|journalists?|reporters?)\b)"
    r"(?:(?!\b(?:said|says|told|tells|added|adds|according)\b)[^!?]){0,160}",
    re.I,
)
# A broker's or a market page's disclaimer: "X does not recommend buying or selling any
# security.", "Investments in securities markets are subject to market risks; read …",
# "X is not a registered investment adviser …", "Past performance is not a guide …"
_DISCLAIMER = re.compile(
    r"[^.!?]{0,60}\bdoes not (?:recommend|advise|solicit)\b[^.!?]{0,20}?\b(?:buy(?:ing)?"
    r"(?: or sell(?:ing)?)?|sell(?:ing)?|trading in|investing in) (?:any |a |the |of )?"
    r"(?:securit(?:y|ies)|stocks?|shares?|funds?|scrips?)\b[^.!?]{0,60}\."
    r"|[^!?]{0,120}\bsubject to market risks?\b[^!?]{0,160}"
    r"|[^.!?]{0,60}\b(?:is|are) not (?:a |an )?(?:registered |licensed |sebi[- ]registered )?"
    r"(?:investment|financial) advis[eo]rs?\b[^.!?]{0,100}\."
    r"|past performance (?:is|does) not?\b[^!?]{0,200}"
    # a release's own boilerplate: its forward-looking caveat ("This release contains
    # forward-looking statements …", "Actual results may differ materially …"), its
    # pointer for more ("For more information, visit …") and a mailing's way out
    r"|[^!?]{0,160}\bforward[- ]looking statements?\b[^!?]{0,240}"
    r"|actual results (?:may|could|might) differ materially\b[^!?]{0,240}"
    r"|for (?:more|further) (?:information|details)(?: on [^,.!?]{1,60})?,? (?:please )?"
    r"(?:visit|see|contact|call|e-?mail|write to|go to)\b[^!?]{0,160}"
    r"|to unsubscribe\b[^!?]{0,200}",
    re.I,
)


# The document's own course: an alert's closing line ("This alert will be closed on 7 May
# unless the situation changes.", "The next update will be issued by 18:00."), and a
# petition's count of its own signers ("Thank you: we passed 4,000 signatures in three
# days."). Not the news's alert ("The red alert will be lifted on Friday.": "the", no
# document's word) nor a report's count ("The petition passed 4,000 signatures.").
_COURSE = re.compile(
    r"(?:this|our) (?:[\w-]+ )?(?:alert|advisory|notice|bulletin|update|report|note|page)"
    r" will be (?:closed|updated|reviewed|withdrawn|reissued|superseded|archived|removed"
    r"|refreshed|revised) (?:on|by|at|when|if|within|in|after|before|once|unless)\b"
    r"[^.!?\"“”]{0,100}\."
    r"|(?:the |our )?next update (?:will be|is) (?:issued|sent|published|posted|due)\b"
    r"[^.!?\"“”]{0,80}\."
    r"|(?:(?:thank you|thanks)(?: (?:all|everyone))?[:,!]\s+)?we(?:['’]ve| have)? (?:just |now )?"
    r"(?:passed|reached|hit|crossed|topped|surpassed|got to|gone past) [\d,.]+(?:k| thousand)?"
    r" (?:signatures|signers|supporters)\b[^.!?\"“”]{0,60}[.!]",
    re.I,
)


# A record's field with no value yet: "Next assignment with this client: to be confirmed.",
# "Venue: TBC" (a label of a few words; a field tells nothing until it is filled).
_UNFILLED = re.compile(
    r"(?-i:[A-Z])[\w'’/()-]*(?: [\w'’/()-]+){0,6}:\s+(?:to be (?:confirmed|announced|decided"
    r"|determined|advised|fixed|scheduled|notified)|tb[cad]|pending|n/?a|not applicable"
    r"|none yet|not yet (?:known|fixed|set))\.?",
    re.I,
)


# ... only in a record or a form, a text of filled fields too ("Job ref: NB-25-17", "Mode:
# consecutive"): in a news story "Venue for the next round: pending." tells the talks' state.
_FILLED = re.compile(r"(?-i:[A-Z])[\w'’/()-]*(?: [\w'’/()-]+){0,3}:\s+\S+(?: \S+){0,5}")
FIELDS = 2  # a record gives so many filled fields at least


def record_fields(lines: Sequence[str]) -> bool:
    """Whether the text is a record or a form: it gives FIELDS filled fields at least."""
    filled = (line.strip() for line in lines)
    return sum(bool(_FILLED.fullmatch(f)) and not _UNFILLED.fullmatch(f) for f in filled) >= FIELDS


def about_itself(sentence: str, transcript: bool = False, record: bool = False) -> bool:
    """Whether the sentence is the document's caveat on its own text, a credit, a pool
    report's word on the pool, a letter's pointer to its enclosure, its notes on its own
    figures and making, an investment disclaimer or a release's own boilerplate; in a
    transcript, its bare "it has not been checked" too; in a record (`record_fields`), a
    field with no value yet."""
    text = sentence.strip()
    if (transcript and _UNCHECKED.fullmatch(text)) or (record and _UNFILLED.fullmatch(text)):
        return True
    patterns = (
        *(_CREDIT, _LABELLED, _MAP_DATA, _TOOL),  # credits
        *(_CAVEAT, _POOL, _ENCLOSES, _NOTES, _DISCLAIMER, _COURSE),
    )
    return any(p.fullmatch(text) for p in patterns)


# A firm's own boilerplate: the sections it writes of itself on every release or alert, a
# heading "About Sakai Marine" over a company's profile, "About us", "How we can help", "Our
# services", up to the next heading
_ABOUT_NAME = re.compile(rf"\s*(?i:about) (?!(?i:the|this|these|our|your)\b)(?:{_NAME})\s*:?\s*")
_BOILERPLATE_SECTION = re.compile(
    r"\s*(?:about (?:us|the (?:company|firm|group))|how we can help|our (?:services|expertise"
    r"|practice|offices|firm)|why (?:choose )?us|(?:media|press|investor) (?:contacts?"
    r"|enquiries|inquiries))\s*:?\s*",
    re.I,
)
# A company's profile: its founding, seat, listing or staff ("Founded in 1952 and
# headquartered in Yokohama, …", "… is a leading maker of …", "… employs 4,000 people"); a
# founding a firm's only with a firm's word or trade by it ("… Co., Ltd. builds sonar …": a
# drill "established in 1992 as a bilateral drill" is no firm)
_PROFILE = re.compile(
    r"(?i)\bheadquartered in\b|\bis a leading\b|\bemploys [\d,]+|\blisted on the\b"
    r"|\b(?:a|its) (?:wholly[- ]owned )?subsidiary of\b"
)
_FOUNDED = re.compile(r"(?i)\b(?:founded|established|incorporated) in (?:19|20)\d\d\b")
# A distributor's line naming the release's source ("SOURCE Sakai Marine Co., Ltd."), a
# firm's legal form and registration ("X & Partners is a partnership registered in India";
# "… is a limited liability partnership incorporated under …"), a line that is all a
# company's name with its legal form ("Sakai Marine Systems Co., Ltd.")
_LEGAL = (
    r"(?:Co\.,? Ltd\.?|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|K\.K\.|LLP|LLC|GmbH"
    r"|Pvt\.? Ltd\.?|plc|PLC)"
)
_FIRM = re.compile(
    rf"\b{_LEGAL}|(?i:\b(?:company|firm|maker|manufacturer|supplier|shipbuilder|shipyard"
    r"|provider|producer|developer|enterprise|start-?up|business)s?\b|\b(?:designs|builds|makes"
    r"|manufactures|supplies|produces|develops|provides|sells|serves|offers)\b)"
)
_SOURCE_LINE = re.compile(rf"SOURCE:? {_NAME}(?:,? {_LEGAL})?\.?")
_COMPANY_LINE = re.compile(rf"{_NAME}(?: & {_NAME})?,? {_LEGAL}")
_REGISTERED = re.compile(
    rf"{_NAME}(?: & {_NAME})?(?:,? {_LEGAL})? is an? (?:[\w-]+ ){{0,3}}?"
    r"(?:partnership|company|firm|corporation|LLP|LLC|practice)"
    r" (?:registered|incorporated|organi[sz]ed|regulated|authori[sz]ed|established)\b"
    r"(?! in (?:19|20)\d\d)"  # its founding year is a profile's, no registration
)
# ... its registration alone: a line that tells what the firm will do or whose word it is
# ("… registered in Mumbai that will supply sensors, officials said.") is news
_NEWS = re.compile(
    r"(?i)\b(?:said|says|told|tells|added|according to|will|would|shall|plans? to|is to|agreed)\b"
)


def own_boilerplate(lines: Sequence[str]) -> set[int]:
    """The lines of a firm's own boilerplate (its sections about itself, "About X" over a
    company's profile, its registration, a distributor's source line, a line all a company's
    name with its legal form): the firm's word on itself, on every release alike, no
    statement of the news. An exam note's "About Dharma Guardian" tells no profile: kept."""
    found: set[int] = set()
    section: list[int] | None = None  # the lines of an "About X" section so far
    for n, line in enumerate([*lines, ""]):
        text = line.strip()
        if section is not None and (n == len(lines) or _boiler_heading(text)):
            if _profile(lines, section[1:]):
                found.update(section)
            section = None
        if n == len(lines):
            break
        if _ABOUT_NAME.fullmatch(text):
            section = [n]
        elif section is not None:
            section.append(n)
        own = _SOURCE_LINE.fullmatch(text) or _COMPANY_LINE.fullmatch(text)
        if own or (_REGISTERED.match(text) and not _NEWS.search(text)):
            found.add(n)
    return found | sections(lines, _BOILERPLATE_SECTION, _boiler_heading)


def _profile(lines: Sequence[str], body: Sequence[int]) -> bool:
    """Whether an "About X" section's lines are all a company's profile: one line at least
    tells the firm's founding with its trade, or its seat, staff or listing, and every line
    says so or is the release's own (`about_itself`, "For more information, visit …"). A
    story's box on a drill or a yard with the news running on under it is the story's."""
    told = [k for k in body if lines[k].strip()]
    return (
        bool(told)
        and all(_firms(lines[k]) or _own_line(lines[k]) for k in told)
        and any(_firms(lines[k]) for k in told)
    )


def _firms(line: str) -> bool:
    """Whether the line tells a company's profile (its founding with a firm's word)."""
    return bool(_PROFILE.search(line) or (_FOUNDED.search(line) and _FIRM.search(line)))


def _own_line(line: str) -> bool:
    """Whether every sentence of the line is the document's word on itself."""
    spans = sentence_spans(line)
    return bool(spans) and all(about_itself(line[a:b]) for a, b in spans)


def sections(
    lines: Sequence[str], opens: re.Pattern[str], heading: Callable[[str], bool]
) -> set[int]:
    """The lines of the sections a heading of `opens` heads, each from its heading up to
    the next `heading`."""
    found: set[int] = set()
    section = False
    for n, line in enumerate(lines):
        if opens.fullmatch(line.strip()):
            section = True
        elif section and heading(line.strip()):  # read only in a section: a line may be long
            section = False
        if section:
            found.add(n)
    return found


SECTION_HEADING_WORDS = 8  # a heading is a line of at most so many words
HEADING_CHARS = 120  # a heading is a line of at most so many characters


def _boiler_heading(line: str) -> bool:
    """A heading: a short line with no final stop ("Forward-Looking Statements", "WHAT
    HAPPENED (from the readouts)"), or all capitals."""
    if len(line) > HEADING_CHARS:
        return False  # no heading, and a long line's words are not split
    words = line.split()
    if not words or re.fullmatch(r"[-=_~*\s]+", line):
        return False
    short = len(words) <= SECTION_HEADING_WORDS and not re.search(r"[.!?:;…\"”’]$", line)
    return short or line.upper() == line
