"""Give every quote of a fact file its context: python scripts/add_quote_context.py FACTS.json

For each fact, furniture and editorial excerpt that has no `prefix` or `suffix` yet, it
adds the 32 characters of the source text just before the quote and just after it (the
W3C Web Annotation text-quote selector; `defcoop reanchor` uses them to find a quote in an
edited source). The source texts must match their recorded sha256; a quote that is not
the text at its span is refused (run `defcoop validate` first). With --refresh, existing
context is recomputed too. The file is rewritten whole: a temporary file, then a rename.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

CONTEXT = 32


def add_context(entry: dict[str, Any], key: str, text: str, refresh: bool) -> int:
    start, end = entry["span"]
    if text[start:end] != entry[key]:
        raise SystemExit(
            f"add_quote_context: {entry.get('id', entry[key])!r}: quote is not the text at its span"
        )
    changed = 0
    for name, value in (
        ("prefix", text[max(0, start - CONTEXT) : start]),
        ("suffix", text[end : end + CONTEXT]),
    ):
        if refresh or name not in entry:
            changed += entry.get(name) != value
            entry[name] = value
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", type=Path)
    parser.add_argument("--refresh", action="store_true", help="recompute existing context")
    args = parser.parse_args()
    doc = json.loads(args.facts.read_text(encoding="utf-8"))
    texts = {}
    for source in doc["sources"]:
        data = (args.facts.parent / source["path"]).read_bytes()
        if hashlib.sha256(data).hexdigest() != source["sha256"]:
            raise SystemExit(f"add_quote_context: {source['path']}: sha256 does not match")
        texts[source["id"]] = data.decode("utf-8")
    changed = 0
    for fact in doc["facts"]:
        changed += add_context(fact, "quote", texts[fact["source"]], args.refresh)
    for source in doc["sources"]:
        for name in ("furniture", "editorial"):
            for excerpt in source.get(name, []):
                changed += add_context(excerpt, "text", texts[source["id"]], args.refresh)
    fd, tmp = tempfile.mkstemp(dir=args.facts.parent, prefix=".facts.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    os.chmod(tmp, 0o644)
    os.replace(tmp, args.facts)
    print(f"{args.facts}: {changed} context strings added or changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
