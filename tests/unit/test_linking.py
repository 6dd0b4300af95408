"""factbase.linking: a fact joins another's claim by naming it, and a layer gives an entity
a role, both resolved once the layers are merged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from conftest import MINI

from defcoop_cli.factbase import loader
from defcoop_cli.factbase.checking import validation
from defcoop_cli.factbase.linking import claim_root, linked
from defcoop_cli.factbase.records import Doc, EntityRole, Fact, Role


def fact(fact_id: str, claim: str | None = None, source: str = "s", entities: Any = ()) -> Fact:
    return Fact(
        fact_id, "x", "event", "a", "reported", ("t",), tuple(entities), (), "q", source, (0, 1),
        claim=claim,
    )  # fmt: skip


def doc(*facts: Fact, roles: Any = (), entities: Any = ()) -> Doc:
    return Doc([], [], list(entities), list(facts), [], roles=list(roles))


class TestClaims:
    def test_a_fact_named_as_a_claim_takes_its_own_id(self) -> None:
        out = linked(doc(fact("a"), fact("b", claim="a", source="other")))
        assert [f.claim for f in out.facts] == ["a", "a"]

    def test_a_link_to_a_fact_with_a_claim_joins_that_claim(self) -> None:
        out = linked(doc(fact("a", claim="talks"), fact("b", claim="a", source="o")))
        assert [f.claim for f in out.facts] == ["talks", "talks"]

    def test_links_are_followed_to_their_end(self) -> None:
        out = linked(doc(fact("a"), fact("b", claim="a"), fact("c", claim="b")))
        assert [f.claim for f in out.facts] == ["a", "a", "a"]

    def test_plain_claims_and_facts_named_by_none_are_left_alone(self) -> None:
        given = doc(fact("a", claim="talks"), fact("b"))
        assert linked(given) is given

    def test_a_circle_of_links_is_left_as_written(self) -> None:
        out = linked(doc(fact("a", claim="b"), fact("b", claim="a")))
        assert [f.claim for f in out.facts] == ["b", "a"]
        assert claim_root("a", {f.id: f for f in out.facts}) in {"a", "b"}


class TestRoles:
    def test_a_layer_role_is_added_after_the_entitys_own(self) -> None:
        from defcoop_cli.factbase.records import Entity

        person = Entity("p", "P", "person", roles=(Role("Adviser", "a"),))
        out = linked(
            doc(
                fact("a", entities=["p"]),
                fact("b", entities=["p"]),
                roles=[EntityRole("p", "Minister", "b")],
                entities=[person],
            )
        )
        assert out.entities[0].roles == (Role("Adviser", "a"), Role("Minister", "b"))

    def test_a_role_whose_fact_does_not_name_the_entity_is_not_added(self) -> None:
        from defcoop_cli.factbase.records import Entity

        person = Entity("p", "P", "person")
        out = linked(doc(fact("b"), roles=[EntityRole("p", "Minister", "b")], entities=[person]))
        assert out.entities[0].roles == ()


def layer_over_mini(tmp_path: Path, extra: dict[str, Any]) -> Path:
    """A layer over mini quoting mini's source, with the given lists."""
    mini = json.loads(MINI.read_text(encoding="utf-8"))
    first = mini["facts"][0]
    data: dict[str, Any] = {
        "schema_version": 1,
        "sources": [],
        "topics": [],
        "entities": [],
        "facts": [],
        **extra,
    }
    for f in data["facts"]:
        for key in ("statement", "kind", "attribution", "stance", "topics", "quote", "span"):
            f.setdefault(key, first[key])
        f.setdefault("source", first["source"])
    (tmp_path / "layer").mkdir()
    path = tmp_path / "layer" / "facts.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    shutil.copytree(MINI.parent / "sources", tmp_path / "layer" / "sources")
    return path


class TestAcrossLayers:
    def test_a_layer_joins_a_claim_of_the_layer_under_it(self, tmp_path: Path) -> None:
        mini = json.loads(MINI.read_text(encoding="utf-8"))
        lonely = next(f for f in mini["facts"] if not f.get("claim"))
        layer = layer_over_mini(
            tmp_path, {"facts": [{"id": "joiner", "claim": lonely["id"], "source": "x"}]}
        )
        # a source of its own, so the claim is made by two sources
        body = json.loads(layer.read_text(encoding="utf-8"))
        src = json.loads(MINI.read_text(encoding="utf-8"))["sources"][0]
        body["sources"] = [dict(src, id="x")]
        layer.write_text(json.dumps(body), encoding="utf-8")
        fb = loader.load_layers([MINI, layer])
        assert fb.facts[lonely["id"]].claim == lonely["id"] == fb.facts["joiner"].claim
        assert json.loads(MINI.read_text(encoding="utf-8")) == mini  # mini unchanged

    def test_validate_reports_a_circle_of_links(self, tmp_path: Path) -> None:
        facts = [
            {"id": "one", "claim": "two", "span": [0, 1]},
            {"id": "two", "claim": "one", "span": [2, 3]},
        ]
        layer = layer_over_mini(tmp_path, {"facts": facts})
        report = validation.validate(layer, [MINI])
        assert any("links back" in p.message and p.id == "one" for p in report.problems)

    def test_validate_reports_a_bad_layer_role_where_it_stands(self, tmp_path: Path) -> None:
        mini = json.loads(MINI.read_text(encoding="utf-8"))
        person = next(e for e in mini["entities"] if e["type"] == "person")
        other = next(f for f in mini["facts"] if person["id"] not in f["entities"])
        roles = [
            {"entity": "nobody", "text": "Minister", "fact": other["id"]},
            {"entity": person["id"], "text": "Minister", "fact": other["id"]},
        ]
        report = validation.validate(layer_over_mini(tmp_path, {"roles": roles}), [MINI])
        found = {(p.path, p.code) for p in report.problems}
        assert ("$.roles[0].entity", "dangling-reference") in found
        assert ("$.roles[1].fact", "bad-reference") in found

    def test_a_layer_role_reaches_the_entity_of_the_layer_under_it(self, tmp_path: Path) -> None:
        mini = json.loads(MINI.read_text(encoding="utf-8"))
        person = next(e for e in mini["entities"] if e["type"] == "person")
        naming = next(f for f in mini["facts"] if person["id"] in f["entities"])
        roles = [{"entity": person["id"], "text": "Harbour Master", "fact": naming["id"]}]
        fb = loader.load_layers([MINI, layer_over_mini(tmp_path, {"roles": roles})])
        assert Role("Harbour Master", naming["id"]) in fb.entities[person["id"]].roles
        assert validation.validate(tmp_path / "layer" / "facts.json", [MINI]).ok
