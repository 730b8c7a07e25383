#!/usr/bin/env python3
"""Per-type recall when ANY character overlap with a same-type prediction counts.

    python3 lenient_recall.py CORPUS.jsonl PRED.jsonl [TYPE ...]

A diagnostic for labelling conventions, not a score: the corpus labels a whole street
address as one LOCATION ("1187 Larkspur Drive, Boise, ID 83704"), where spaCy-based
Presidio reports only "Boise"; `hushdesk eval` needs IoU >= 0.5 and counts that as a miss.
Standard library only.
"""
import json
import sys
from collections import Counter

corpus, preds, *types = sys.argv[1:]
pred = {}
for line in open(preds, encoding="utf-8"):
    if line.strip():
        row = json.loads(line)
        pred[json.dumps(row["id"])] = row["spans"]
gold_n, hit_n = Counter(), Counter()
for line in open(corpus, encoding="utf-8"):
    if not line.strip():
        continue
    doc = json.loads(line)
    ps = pred.get(json.dumps(doc["id"]), [])
    for g in doc["spans"]:
        t = g["entity_type"]
        if types and t not in types:
            continue
        gold_n[t] += 1
        if any(p["entity_type"] == t and p["start"] < g["end"] and g["start"] < p["end"] for p in ps):
            hit_n[t] += 1
for t in sorted(gold_n):
    print(f"{t:<20} gold {gold_n[t]:>4}  any-overlap recall {hit_n[t] / gold_n[t]:.2f}")
