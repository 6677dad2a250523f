#!/usr/bin/env python3
"""Checks one held-out key (a folder of docs/, sources.jsonl and gold.jsonl): every record's keys, types, file, line and quote.
Usage: check-key.py <key folder>; prints OK or what is wrong and where."""
import json, os, sys
KEYS = ["file", "line", "also_lines", "doc_title", "region", "level", "kind", "indicator", "value", "value2",
        "unit", "base_value", "base_unit", "comparator", "deadline", "quote"]
d = sys.argv[1]
errs = []
docs = {f: open(os.path.join(d, "docs", f), encoding="utf-8").read().split("\n") for f in os.listdir(os.path.join(d, "docs"))}
srcs = [json.loads(l) for l in open(os.path.join(d, "sources.jsonl"), encoding="utf-8") if l.strip()]
for s in srcs:
    if s.get("doc") not in docs: errs.append(f"sources: {s.get('doc')} has no doc")
for n, l in enumerate(open(os.path.join(d, "gold.jsonl"), encoding="utf-8"), 1):
    if not l.strip(): continue
    try: g = json.loads(l)
    except Exception as e: errs.append(f"gold line {n}: not JSON ({e})"); continue
    if list(g.keys()) != KEYS: errs.append(f"gold line {n}: keys {list(g.keys())}")
    lines = docs.get(g.get("file"))
    if lines is None: errs.append(f"gold line {n}: no doc {g.get('file')}"); continue
    ln = g.get("line")
    if not isinstance(ln, int) or not 1 <= ln <= len(lines): errs.append(f"gold line {n}: bad line {ln}"); continue
    if g.get("quote", "") not in lines[ln - 1]: errs.append(f"gold line {n}: quote not on line {ln}: {g.get('quote')}")
    if g.get("kind") not in ("target", "incentive"): errs.append(f"gold line {n}: kind {g.get('kind')}")
    if g.get("level") not in ("national", "province", "city", "district"): errs.append(f"gold line {n}: level {g.get('level')}")
    if g.get("comparator") not in ("=", ">=", "<=", "~", "range"): errs.append(f"gold line {n}: comparator {g.get('comparator')}")
    if not isinstance(g.get("value"), (int, float)) or not isinstance(g.get("base_value"), (int, float)): errs.append(f"gold line {n}: value/base_value not numbers")
    dl = g.get("deadline")
    if dl is not None and not (isinstance(dl, str) and dl[:4].isdigit()): errs.append(f"gold line {n}: deadline {dl!r}")
print("\n".join(errs) if errs else "OK")
