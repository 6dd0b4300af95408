"""What the two decided, settled on, announced or achieved, asked of no subject, is what
they agreed (lookup/search/reading/written/formal.decided_read): the verb of deciding is read as
"agree" where "what" or "anything" is its object. The queries are the test's own."""

from __future__ import annotations

import pytest

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.written.formal import decided_read
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("what did delhi and tokyo decide", "what did delhi and tokyo agree"),
        ("what was settled on at the talks", "what was agree on at the talks"),
        ("what results did the delegations announce", "what did the delegations agree"),
        ("did the visit achieve anything", "did the visit agree anything"),
    ],
)
def test_a_verb_of_deciding_of_no_subject_is_read_as_agree(asked: str, read: str) -> None:
    assert " ".join(decided_read(asked.split())) == read


@pytest.mark.parametrize(
    "kept",
    [
        "who decided the venue",  # who decided: a person asked
        "how to settle disputes at sea",  # settle disputes: the facts' word
        "did they announce a joint exercise",  # an object named: looked for
        "what did the navies settle",  # settle without "on": another verb
        "what results of the exercises",  # a result with no verb of deciding
        "which exercise did they announce",  # which, of no outcome: looked for
        "what did the visit hope to achieve",  # after "to": the aim asked
    ],
)
def test_a_verb_of_deciding_with_its_object_is_read_as_it_is(kept: str) -> None:
    assert decided_read(kept.split()) == kept.split()


@pytest.mark.parametrize(
    "query",
    [
        "what did delhi and tokyo decide, if anything",
        "what was settled on in new delhi",
        "which outcomes did the two ministers announce",
    ],
)
def test_what_was_decided_finds_what_was_agreed(index: SearchIndex, query: str) -> None:
    shown = search(index, parse_query([query]), SearchRequest((query,))).shown_ids[:3]
    assert "emerging-tech-cooperation" in shown
