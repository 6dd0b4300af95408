"""An index folder's own files (index/layout.py): record files read back by position and
checked line by line, and the file list meta.json vouches for."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
from conftest import MINI

from defcoop_cli.factbase.loader import load
from defcoop_cli.factbase.records import Entity, entity_record
from defcoop_cli.index.layout import (
    CorruptIndex,
    Records,
    crc,
    facet_term,
    length_width,
    listed_files,
    read_lines,
    record_line,
    write_lines,
)


def test_records_are_read_back_by_position(tmp_path: Path) -> None:
    entities = load(MINI).doc.entities
    write_lines(tmp_path, "e.jsonl", "e.bin", list(map(record_line, entities)))
    with Records(tmp_path, "e.jsonl", "e.bin", len(entities)) as records:
        for position in (3, 0, len(entities) - 1):
            values = records.values(position)
            assert (
                entity_record(dict(zip(Entity._fields, values, strict=True))) == entities[position]
            )
        with pytest.raises(CorruptIndex, match="no record"):
            records.values(len(entities))


def test_an_empty_record_file_can_be_opened(tmp_path: Path) -> None:
    write_lines(tmp_path, "e.jsonl", "e.bin", [])
    with (
        Records(tmp_path, "e.jsonl", "e.bin", 0) as records,  # an empty file cannot be mapped
        pytest.raises(CorruptIndex, match="no record 0"),
    ):
        records.values(0)


def test_a_changed_line_fails_its_crc(tmp_path: Path) -> None:
    entities = load(MINI).doc.entities
    write_lines(tmp_path, "e.jsonl", "e.bin", list(map(record_line, entities)))
    data = (tmp_path / "e.jsonl").read_bytes()
    (tmp_path / "e.jsonl").write_bytes(data.replace(b"Alpha", b"Alpho", 1))
    with Records(tmp_path, "e.jsonl", "e.bin", len(entities)) as records:
        with pytest.raises(CorruptIndex, match="fails its CRC"):
            records.values(0)
        assert records.values(1)  # the other lines are still read


def test_a_record_reads_back_whatever_bytes_its_values_hold(tmp_path: Path) -> None:
    """A line's body is marshal's bytes, which may hold a space or a new line anywhere, at
    its end too: the line is cut by its offsets, never at a new line."""
    fact = load(MINI).doc.facts[0]
    odd = fact._replace(statement='Tōkyō "said" \\ \u2028 \n', event="ends in a new line\n")
    write_lines(tmp_path, "f.records", "f.bin", [record_line(odd), record_line(fact)])
    with Records(tmp_path, "f.records", "f.bin", 2) as records:
        assert records.values(0) == tuple(odd) and records.values(1) == tuple(fact)
        assert records.first(0) == fact.id


def test_a_body_that_passes_its_crc_but_is_no_record_is_refused(tmp_path: Path) -> None:
    body = marshal.dumps(["a list"])
    write_lines(tmp_path, "f.records", "f.bin", [b"%08x %s\n" % (crc(body), body), b"x"])
    with Records(tmp_path, "f.records", "f.bin", 2) as records:
        with pytest.raises(CorruptIndex, match="not a tuple"):
            records.values(0)
        with pytest.raises(CorruptIndex, match="fails its CRC"):
            records.values(1)  # too short to be a line


def test_offsets_for_another_number_of_records_are_refused(tmp_path: Path) -> None:
    write_lines(tmp_path, "e.jsonl", "e.bin", list(map(record_line, load(MINI).doc.entities)))
    records = Records(tmp_path, "e.jsonl", "e.bin", 2)
    with pytest.raises(CorruptIndex, match="another length"), records:
        pass
    assert records._offsets.closed and records._lines.closed  # nothing kept mapped


def test_the_file_list_leaves_out_meta_and_locks_and_refuses_a_symlink(tmp_path: Path) -> None:
    (tmp_path / "main").mkdir()
    (tmp_path / "main" / "segment").write_bytes(b"1234")
    (tmp_path / "main" / ".tantivy-writer.lock").write_bytes(b"")
    (tmp_path / "meta.json").write_bytes(b"{}")
    listed = listed_files(tmp_path)
    assert list(listed) == ["main/segment"] and listed["main/segment"][0] == 4  # its size
    (tmp_path / "link").symlink_to(tmp_path / "meta.json")
    with pytest.raises(ValueError, match="neither a file nor a folder"):
        listed_files(tmp_path)


def test_a_facts_facet_keys_are_one_text_of_one_term_each() -> None:
    keys = ["kind:event", "by:Rajnath Singh", "names:military exercise", "entity:japan"]
    terms = " ".join(map(facet_term, keys)).split(" ")
    assert terms == [facet_term(k) for k in keys]
    assert terms[1] == "by:Rajnath\x1fSingh"
    assert not set(" \t\n\r\x0b\x0c") & set("".join(terms))  # what tantivy splits at


def test_statement_lengths_are_written_in_the_narrowest_width_that_holds_them() -> None:
    """lengths.bin: a byte a fact while every statement is under 256 words, else wider."""
    assert [length_width(n) for n in (0, 255, 256, 65535, 65536)] == ["B", "B", "H", "H", "I"]


def test_lines_are_read_back_with_their_empty_ones_and_checked(tmp_path: Path) -> None:
    """quotes.txt's lines (a fact of no quote is an empty line): refused when its CRC-32
    or its count is not meta's, or its last line is not ended."""
    data = b"a b\n\nc\n"
    (tmp_path / "q.txt").write_bytes(data)
    meta = {"q": 3, "q_crc": crc(data[4:], crc(data[:4]))}  # a CRC-32 taken in parts
    assert read_lines(tmp_path, "q.txt", meta, "q") == ["a b", "", "c"]
    for wrong in ({**meta, "q": 2}, {**meta, "q_crc": crc(b"x")}):
        with pytest.raises(CorruptIndex):
            read_lines(tmp_path, "q.txt", wrong, "q")
    (tmp_path / "q.txt").write_bytes(data[:-1])
    with pytest.raises(CorruptIndex):
        read_lines(tmp_path, "q.txt", {"q": 3, "q_crc": crc(data[:-1])}, "q")
    (tmp_path / "q.txt").write_bytes(b"")
    assert read_lines(tmp_path, "q.txt", {"q": 0, "q_crc": crc(b"")}, "q") == []
