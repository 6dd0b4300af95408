"""R65: a country's armed service named with the country's own name links the country
beside the service; the service's short name links none (places/services.py)."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Entity

MATCHER = EntityMatcher(
    [
        Entity("alpha", "Japan", "country", aliases=["Japanese"]),
        Entity("beta", "India", "country", aliases=["Indian"]),
        Entity("gamma", "United States", "country", aliases=["US"]),
        Entity(
            "alpha-army",
            "Japanese army",
            "organisation",
            aliases=["Japan Ground Self-Defense Force", "Ground Self-Defense Force"],
        ),
    ]
)


def _linked(sentence: str) -> set[str]:
    return {*MATCHER.ids(sentence), *MATCHER.implied(sentence)}


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Two platoons of the Japan Ground Self-Defense Force dug in near the river.", "alpha"),
        ("A frigate of the Japan Maritime Self-Defense Force will call at the port.", "alpha"),
        ("Pilots from the Japan Air Self-Defense Force flew the second sortie.", "alpha"),
        ("The Japan Coast Guard towed the trawler back to harbour.", "alpha"),
        ("Cadets of the India Coast Guard marched past the stand.", "beta"),
        ("A US Navy tanker refuelled the task group at dawn.", "gamma"),
    ],
)
def test_a_service_named_with_its_country_links_the_country(sentence: str, country: str) -> None:
    assert country in _linked(sentence)


def test_the_long_name_keeps_the_service_too() -> None:
    linked = _linked("Engineers of the Japan Ground Self-Defense Force built the bridge.")
    assert linked == {"alpha", "alpha-army"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Engineers of the Ground Self-Defense Force built the bridge.",  # the short name
        "The Self-Defense Forces sent a liaison officer to the drill.",
        "The Coast Guard towed the trawler back to harbour.",
        "The Japan Foundation paid for the troupe's tour.",  # a country's name in another name
        "The band played near India Gate after the parade.",
    ],
)
def test_a_service_without_its_country_or_another_name_links_none(sentence: str) -> None:
    assert not _linked(sentence) & {"alpha", "beta", "gamma"}


def test_a_demonym_before_the_service_still_links_its_country() -> None:
    assert "beta" in _linked("The Indian Navy's survey ship docked on Friday.")
