#!/usr/bin/env python3
"""Markdown tables from the `hushdesk eval --json` files that reproduce.sh writes.

    python3 make_tables.py OUT_DIR

Restricted figures are summed from the per-type tp/fp/fn counts of a full run (matching
is per type, so a type's counts do not depend on the other types): both tools detect
everything they can, and only the scoring is restricted. Standard library only.
"""

import json
import sys
from pathlib import Path

# Types Presidio's default English setup reports (after run_presidio.py's mapping).
PRESIDIO_NER = ["PERSON", "LOCATION", "NRP", "DATE_TIME"]
PRESIDIO_PATTERN = [
    "CREDIT_CARD", "CRYPTO", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS",
    "PHONE_NUMBER", "URL", "US_BANK_NUMBER", "US_DRIVER_LICENSE", "US_ITIN", "US_PASSPORT",
    "US_SSN", "UK_NHS",
]
PRESIDIO_DEFAULT = PRESIDIO_NER + PRESIDIO_PATTERN
# Types only run_presidio.py --extended reports (recognizers Presidio ships disabled for "en").
PRESIDIO_EXTENDED_ONLY = [
    "ABA_ROUTING_NUMBER", "AU_ABN", "AU_TFN", "CA_SIN", "DE_TAX_ID", "ES_NIE", "ES_NIF",
    "IN_AADHAAR", "IN_PAN", "IT_FISCAL_CODE", "UK_NINO",
]


def load(out: Path, name: str):
    p = out / f"{name}.json"
    return json.loads(p.read_text())["per_type"] if p.exists() else None


def counts(per_type, types=None):
    tp = fp = fn = 0
    for t, c in per_type.items():
        if types is None or t in types:
            tp, fp, fn = tp + c["tp"], fp + c["fp"], fn + c["fn"]
    return tp, fp, fn


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = lambda b: 0.0 if p + r == 0 else (1 + b * b) * p * r / (b * b * p + r)
    return p, r, f(1), f(2)


def cell(c):
    return " / ".join(f"{x:.2f}" for x in prf(*c))


def per_type_table(out, split, types, presidio_variant):
    pres, hush = load(out, f"presidio-{presidio_variant}-{split}"), load(out, f"hushdesk-{split}")
    zero = {"tp": 0, "fp": 0, "fn": 0}
    lines = [
        f"| {split} | gold | Presidio P / R / F1 / F2 | Hushdesk P / R / F1 / F2 |",
        "|---|---:|---|---|",
    ]
    for t in types:
        cp = pres.get(t, zero)
        ch = hush.get(t, zero)
        gold = ch["tp"] + ch["fn"]
        lines.append(f"| {t} | {gold} | {cell((cp['tp'], cp['fp'], cp['fn']))} | {cell((ch['tp'], ch['fp'], ch['fn']))} |")
    cp, ch = counts(pres, set(types)), counts(hush, set(types))
    lines.append(f"| **overall ({len(types)} types)** | {ch[0] + ch[2]} | **{cell(cp)}** | **{cell(ch)}** |")
    return "\n".join(lines)


def summary_table(out):
    scopes = [
        (f"{len(PRESIDIO_DEFAULT)} Presidio default types", set(PRESIDIO_DEFAULT)),
        (f"  of which {len(PRESIDIO_PATTERN)} pattern types", set(PRESIDIO_PATTERN)),
        ("  of which PERSON, LOCATION, NRP, DATE_TIME", set(PRESIDIO_NER)),
        (f"{len(PRESIDIO_DEFAULT) + len(PRESIDIO_EXTENDED_ONLY)} types Presidio has a recognizer for", set(PRESIDIO_DEFAULT + PRESIDIO_EXTENDED_ONLY)),
        ("all corpus types", None),
    ]
    runs = [
        ("Presidio (defaults)", "presidio-default"),
        ("Presidio (anonymizer spans)", "presidio-anonymizer"),
        ("Presidio (--extended)", "presidio-extended"),
        ("Presidio (defaults), exact", "presidio-default-{split}-exact"),
        ("Hushdesk", "hushdesk"),
        ("Hushdesk, exact", "hushdesk-{split}-exact"),
    ]
    lines = [
        "| scope | tool | dev P / R / F1 / F2 | holdout P / R / F1 / F2 |",
        "|---|---|---|---|",
    ]
    for scope, types in scopes:
        for label, stem in runs:
            if "extended" in stem and types is not None and not (types - set(PRESIDIO_DEFAULT)):
                continue  # --extended only adds types outside this scope
            cells = []
            for split in ("dev", "holdout"):
                name = stem.format(split=split) if "{split}" in stem else f"{stem}-{split}"
                pt = load(out, name)
                cells.append(cell(counts(pt, types)) if pt is not None else "n/a")
            lines.append(f"| {scope} | {label} | {cells[0]} | {cells[1]} |")
    return "\n".join(lines)


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/presidio-out")
    print("### Overall (overlap matching, IoU >= 0.5, unless 'exact')\n")
    print(summary_table(out))
    for split in ("dev", "holdout"):
        print(f"\n### Per type, {split}: Presidio defaults vs Hushdesk\n")
        print(per_type_table(out, split, PRESIDIO_DEFAULT, "default"))
    for split in ("dev", "holdout"):
        print(f"\n### Per type, {split}: Presidio --extended (non-default recognizers) vs Hushdesk\n")
        print(per_type_table(out, split, PRESIDIO_EXTENDED_ONLY, "extended"))
    tp = out / "throughput.txt"
    if tp.exists():
        print("\n### Throughput (1 process, 1 thread)\n\n```\n" + tp.read_text().strip() + "\n```")


if __name__ == "__main__":
    main()
