"""The smallest useful search: argparse, json and rapidfuzz rank a fact file's statements."""

import argparse
import json

from rapidfuzz import fuzz, process

parser = argparse.ArgumentParser()
parser.add_argument("--facts", required=True)
parser.add_argument("query", nargs="+")
args = parser.parse_args()
with open(args.facts, encoding="utf-8") as f:
    facts = json.load(f)["facts"]
found = process.extract(" ".join(args.query), [f["statement"] for f in facts], scorer=fuzz.WRatio)
print(json.dumps([{"id": facts[i]["id"], "score": s} for _, s, i in found]))
