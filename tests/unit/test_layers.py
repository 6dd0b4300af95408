"""Layers: fact bases read one over another, as one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import MINI, SECOND

from defcoop_cli.errors import BadFactBase
from defcoop_cli.factbase.checking.validation import validate
from defcoop_cli.factbase.loader import FactBase, ensure_usable, load_layers, merge
from defcoop_cli.factbase.records import Doc, Entity, Topic


class TestLayers:
    def test_the_merged_view_loads_as_one(self) -> None:
        fb = load_layers([MINI, SECOND])
        assert [len(layer_.path.name) > 0 for layer_ in fb.layers] == [True, True]
        assert fb.homes["harbour-wire"] == SECOND and fb.homes["mini"] == MINI


def _layer(path: str, topics: list[Topic], entities: list[Entity]) -> FactBase:
    return FactBase(Path(path), Doc([], topics, entities, [], []))


TALKS = Topic("talks", "The talks", "Who met whom.", "meeting")
ALPHA, BETA = Entity("alpha", "Alpha", "person", ("Al",)), Entity("beta", "Beta", "person")


class TestTheSameEntryInTwoLayers:
    """A topic or entity two layers define alike is merged once, the lower one standing;
    one that differs, or any other entry, still collides."""

    def test_is_held_once_and_the_paths_still_name_each_files_entries(self) -> None:
        zeta = Entity("zeta", "Zeta", "organisation")
        fb = merge(
            [
                _layer("a.json", [TALKS], [ALPHA, BETA]),
                _layer("b.json", [TALKS], [BETA, zeta, ALPHA._replace(id="alpha-2"), ALPHA]),
            ]
        )
        assert [e.id for e in fb.doc.entities] == ["alpha", "beta", "zeta", "alpha-2"]
        assert [t.id for t in fb.doc.topics] == ["talks"]
        assert fb.layers[1].skipped == (("topics", 0), ("entities", 0), ("entities", 3))
        assert fb.layers[1].sizes["entities"] == 2 and fb.layers[1].sizes["topics"] == 0
        layer, local = fb.locate("$.entities[2].name")
        assert (layer.path, local) == (Path("b.json"), "$.entities[1].name")
        assert fb.locate("$.entities[3]")[1] == "$.entities[2]"
        assert fb.locate("$.entities[1]") == (fb.layers[0], "$.entities[1]")

    def test_one_that_differs_is_refused_naming_what_differs(self) -> None:
        other = BETA._replace(aliases=("B",), type="organisation")
        with pytest.raises(
            BadFactBase,
            match=r"^entity id 'beta' is in both a.json and b.json with another type, aliases; "
            "ids must be unique across fact bases$",
        ):
            merge([_layer("a.json", [], [BETA]), _layer("b.json", [], [other])])

    def test_a_source_or_fact_is_never_in_two_layers_even_alike(self) -> None:
        doc = load_layers([MINI]).doc
        lower = FactBase(Path("a.json"), doc)
        for name, what in (("sources", "source id 'mini'"), ("facts", "fact id 'talks-held'")):
            upper = FactBase(
                Path("b.json"), Doc([], [], [], [], [])._replace(**{name: getattr(doc, name)})
            )
            with pytest.raises(BadFactBase, match=rf"^{what} is in both a.json and b.json;"):
                merge([lower, upper])


def test_validate_names_the_entries_of_the_top_layers_file(tmp_path: Path) -> None:
    """A problem in an entity after one a lower layer has alike is named by its index in
    the top layer's own file."""
    folder = tmp_path / "second"
    shutil.copytree(SECOND.parent, folder)
    data = json.loads((folder / "facts.json").read_text(encoding="utf-8"))
    lower = json.loads(MINI.read_text(encoding="utf-8"))
    data["topics"] = [lower["topics"][0]]
    zeta = {"id": "zeta", "name": "Zeta", "type": "organisation"}
    data["entities"] = [lower["entities"][1], {**zeta, "aliases": [], "roles": []}]
    (folder / "facts.json").write_text(json.dumps(data), encoding="utf-8")
    report = validate(folder / "facts.json", [MINI])
    assert [(p.code, p.path, p.message) for p in report.problems] == [
        ("unused", "$.entities[1]", "entity 'zeta' has no facts")
    ]


class TestTheFactsByIdMadeByTheMerge:
    """merge keeps the facts by id it made while it looked for ids in two layers: they
    must be what the property would make from the merged facts."""

    def test_are_the_merged_facts_by_id_the_last_of_an_id_standing(self) -> None:
        facts = [f._replace(claim=None) for f in load_layers([MINI]).doc.facts]  # none linked
        twice = [*facts, facts[0]._replace(statement="The same id again.")]
        lower = FactBase(Path("a.json"), Doc([], [], [], [], []))
        upper = FactBase(Path("b.json"), Doc([], [], [], twice, []))
        fb = merge([lower, upper])
        assert "facts" in vars(fb)  # made by merge, not by the property
        assert fb.facts == {f.id: f for f in fb.doc.facts}
        assert fb.facts[facts[0].id].statement == "The same id again."

    def test_are_not_kept_by_the_check_that_a_base_is_usable(self) -> None:
        """A cold build holds its fact base while it indexes: the facts by id, kept, made
        its peak memory 8 % higher."""
        facts = [f._replace(claim=None) for f in load_layers([MINI]).doc.facts]
        fb = merge([FactBase(Path("a.json"), Doc([], [], [], facts, []))])
        assert "facts" in vars(fb)
        with pytest.raises(BadFactBase):  # no sources: their references dangle
            ensure_usable(fb)
        assert "facts" not in vars(fb) and fb.facts == {f.id: f for f in facts}

    def test_are_the_linked_records_when_linking_made_others(self) -> None:
        fb = merge([FactBase(Path("a.json"), load_layers([MINI]).doc)])  # a claim names a fact
        assert "facts" not in vars(fb)
        assert fb.facts == {f.id: f for f in fb.doc.facts}

    def test_a_clash_names_the_lowest_layer_with_the_id(self) -> None:
        doc = load_layers([MINI]).doc
        layers = [
            FactBase(Path("a.json"), Doc([], [], [], doc.facts[:1], [])),
            FactBase(Path("b.json"), Doc([], [], [], doc.facts[1:2], [])),
            FactBase(Path("c.json"), Doc([], [], [], doc.facts[:2], [])),
        ]
        with pytest.raises(BadFactBase, match=rf"^fact id '{doc.facts[0].id}' is in both a.json"):
            merge(layers)
