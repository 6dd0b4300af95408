"""The draft of an article: its candidates (segments), each with its entities (entities),
its kind, stance and attribution (attribution), its topics (topics), or proposed as
editorial (editorial); put together as a fact-base fragment (each candidate's fact made by
candidate_facts.py). Each candidate names its rule
(`rule`) and carries `review: "draft"` (`defcoop add` merges the accepted); its statement is
the sentence itself; a page's tables of records are read row by row (body/registers.py).

A source makes a claim once: an existing claim (across layers) is `claim_of` of one
drafted fact, the one that says it best, and a fact whose claim another takes proposes its
next (a stable matching: `claims.assignment`); a fact left with none keeps its first
evidence, unlinked, with a note naming the fact that has the claim: an accepted draft adds."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from defcoop_cli.curation.drafting.about.editorial import (
    Register,
    off_story,
    register_apart,
)
from defcoop_cli.curation.drafting.base import legends
from defcoop_cli.curation.drafting.base.sources import source_entry
from defcoop_cli.curation.drafting.body import dated, datelines
from defcoop_cli.curation.drafting.body.elements.decks import set_apart
from defcoop_cli.curation.drafting.budgets.items import budget_apart
from defcoop_cli.curation.drafting.budgets.keyquotes import key_quotes_apart
from defcoop_cli.curation.drafting.budgets.logs import log_apart
from defcoop_cli.curation.drafting.candidate_facts import Drafting
from defcoop_cli.curation.drafting.claims import Moved, OnePerClaim, unopposed
from defcoop_cli.curation.drafting.collectives.demands import demands_apart
from defcoop_cli.curation.drafting.collectives.voice import Collective
from defcoop_cli.curation.drafting.discussions.chatter import chatter
from defcoop_cli.curation.drafting.exams.worksheets import exam_apparatus
from defcoop_cli.curation.drafting.furniture.formulas import thread_marks, transcript_formulas
from defcoop_cli.curation.drafting.posts import housekeeping
from defcoop_cli.curation.drafting.segments import Candidate, candidates, each_line
from defcoop_cli.curation.drafting.studies.packs import study_apparatus
from defcoop_cli.factbase.records import Doc


class Draft:
    """An article's draft, made candidate by candidate so that it is never held whole: its
    facts one at a time (`facts()`), then the new entities they name (`entities()`), and
    its other parts (`parts`: the draft's own entry, and once every fact is made, the
    source entry). doc: the merged fact base in use, for names and topics."""

    def __init__(
        self,
        text: str,
        source_id: str,
        doc: Doc,
        meta: dict[str, Any],
        article: str,
        version: str,
        posts: Sequence[tuple[str, str]] = (),  # a page's quoted posts (posts.quoted_posts)
        author: str | None = None,  # a page's author, by its metadata
        decks: Sequence[str] = (),  # a page's decks and pull quotes (elements/decks.py)
        registers: Sequence[Register] = (),  # a page's tables of records (elements/registers.py)
    ) -> None:
        legend, doc = legends.read(text, doc)  # "KEY: RS = Rajnath Singh": RS his alias
        found, furniture = thread_marks(text, *transcript_formulas(text, *candidates(text)), author)
        found, furniture = exam_apparatus(text, found, furniture, doc)  # exams/: a quiz's, a form's
        collective = Collective(text, doc.entities)  # a body's own "we" (collectives/)
        found, furniture = demands_apart(text, found, furniture, collective.speaks)  # R35
        found, furniture = study_apparatus(text, found, furniture, doc)  # a guide's (studies/)
        found, furniture = key_quotes_apart(text, found, furniture)  # "KEY QUOTE: "…" -- X"
        found, furniture = budget_apart(text, found, furniture, doc)  # a desk's (budgets/)
        found, furniture = log_apart(text, found, furniture, doc)  # a timed log's (budgets/)
        found, furniture = chatter(text, found, furniture, posts)  # a page of comments'
        found, furniture = set_apart(text, *housekeeping(text, found, furniture, posts), decks)
        found, furniture = legends.furniture(text, *off_story(text, found, furniture, doc))
        found, furniture, row = register_apart(text, found, furniture, registers, doc)
        held = [text[a:b] for a, b in furniture]  # only while dated reads it: issue 22's peak
        meta, date_note = dated(meta, held, datelines(text, furniture), doc)
        del held
        self._found: Sequence[Candidate] = found
        drafting = Drafting(text, source_id, doc, found, posts, author, row)
        drafting.legend, drafting.collective = legend, collective
        self._drafting: Drafting | None = drafting
        head = found[0].start if found else len(text)  # the head's titles: "Briefer: Press
        for a, b in (f for f in furniture if f[1] <= head):  # Secretary Haruka Ishida"
            self._drafting.described.read(text[a:b])
        self._drafting.publisher = meta.get("publisher") or ""
        self._drafting.claims.occasions.on(meta.get("published"))  # its "on Friday" (R38)
        self._new = self._drafting.new
        self.claims = OnePerClaim(doc, self._drafting.passes.claim_of)
        starts = self._drafting.editorial  # paragraph (line number) -> where its promotion starts
        ends = {n: line.end for n, line in enumerate(each_line(text)) if n in starts}
        editorial = [(at, ends[n]) for n, at in sorted(starts.items())]
        self._source = (source_id, meta, furniture, editorial, date_note)
        self.parts: dict[str, Any] = {
            "schema_version": 1,
            "draft": {"article": article, "defcoop": version},
            "topics": [],
            "curator_notes": [],
        }
        reports = filter(None, map(drafting.offices.fact_of, drafting.offices.reports))
        over = sorted({f.source for f in reports})  # by id: a big base's facts not all read
        if over:  # the reports added before it was drafted: `add` reads those added since
            self.parts["draft"]["drafted_over"] = over

    def facts(self) -> Iterator[dict[str, Any]]:
        """The candidate facts in the article's order, each made when asked for; then the other
        parts are completed and what made them (the text, the candidates) let go."""
        drafting = self._drafting
        if drafting is None:
            raise RuntimeError("the facts of a draft are made once")
        for n, c in enumerate(self._found):
            fact = drafting.fact(n, c)
            if "claim_of" in unopposed(fact):
                others = drafting.others
                self.claims.propose(n, fact["id"], [fact["claim_evidence"], *others])
            yield fact
        self._new, text = drafting.new, drafting.text
        self._drafting, self._found, drafting = None, [], None
        self.parts["sources"] = [source_entry(text, *self._source)]

    def entities(self) -> Iterator[dict[str, Any]]:
        """The new entities the facts name, by id, one at a time, once facts() is done."""
        return self._new.entries()

    def unlinked(self) -> dict[int, Moved]:
        """Once facts() is done: the facts (by place) whose proposed claim another fact of the
        draft has, each with that fact's id and the claim it links instead, if any (`final`)."""
        return self.claims.losers()

    def final(self, fact: dict[str, Any], moved: Moved) -> dict[str, Any]:
        """A fact of `unlinked()` as the draft holds it: its claim left to another."""
        return OnePerClaim.unlink(fact, moved)


def draft(
    text: str,
    source_id: str,
    doc: Doc,
    meta: dict[str, Any],
    article: str,
    version: str,
) -> dict[str, Any]:
    """The whole draft as data (a fact-base fragment), for a reader that holds it: the
    tests and the benchmarks. `defcoop draft` writes it in pieces (files.draft_text)."""
    made = Draft(text, source_id, doc, meta, article, version)
    facts = list(made.facts())
    for n, moved in made.unlinked().items():
        facts[n] = made.final(facts[n], moved)
    return {**made.parts, "entities": list(made.entities()), "facts": facts}
