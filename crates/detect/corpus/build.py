#!/usr/bin/env python3
"""Build the detection corpus: dev/*.txt and holdout/*.txt (inline markup) -> dev.jsonl, holdout.jsonl.

Markup: [[ENTITY_TYPE:text]] or [[ENTITY_TYPE/SUBTYPE:text]]; documents separated by a line `===`;
leading `#` lines of a document are metadata. Offsets are Unicode code points, end exclusive.
`--check` rebuilds in memory and fails if a committed .jsonl differs or a document breaks a rule.
See GUIDELINES.md.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENTITY_TYPES = {
    "EMAIL_ADDRESS", "URL", "IP_ADDRESS", "MAC_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "CVV",
    "CARD_EXPIRY", "IBAN_CODE", "SWIFT_CODE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "US_SSN",
    "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "UK_NHS", "UK_NINO", "CA_SIN", "ES_NIF", "ES_NIE",
    "IT_FISCAL_CODE", "FR_NIR", "DE_TAX_ID", "IN_PAN", "IN_AADHAAR", "AU_TFN", "AU_ABN", "CRYPTO",
    "DATE_TIME", "PASSWORD", "ONE_TIME_CODE", "API_KEY", "PERSON", "NRP", "AGE", "LOCATION",
}
SUBTYPES = {
    "DATE_TIME": {"DATE_OF_BIRTH"},
    "API_KEY": {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "STRIPE_KEY", "SLACK_TOKEN", "JWT",
                "PRIVATE_KEY", "GENERIC"},
    "LOCATION": {"ADDRESS", "CITY", "STATE", "COUNTRY", "POSTCODE"},
}
MARK = re.compile(r"\[\[([A-Z_]+)(?:/([A-Z_]+))?:(.*?)\]\]", re.S)


class CorpusError(Exception):
    pass


def parse_document(raw, doc_id):
    lines = raw.strip("\n").split("\n")
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    source = "\n".join(lines).strip("\n")
    text, spans, pos = [], [], 0
    for m in MARK.finditer(source):
        text.append(source[pos:m.start()])
        etype, subtype, value = m.group(1), m.group(2), m.group(3)
        if etype not in ENTITY_TYPES:
            raise CorpusError(f"{doc_id}: unknown entity type {etype}")
        if subtype and subtype not in SUBTYPES.get(etype, set()):
            raise CorpusError(f"{doc_id}: unknown subtype {etype}/{subtype}")
        if not value or value != value.strip():
            raise CorpusError(f"{doc_id}: span {value!r} is empty or has surrounding whitespace")
        start = sum(len(t) for t in text)
        text.append(value)
        span = {"start": start, "end": start + len(value), "entity_type": etype}
        if subtype:
            span["subtype"] = subtype
        spans.append(span)
        pos = m.end()
    text.append(source[pos:])
    joined = "".join(text)
    if "[[" in joined or "]]" in joined:
        raise CorpusError(f"{doc_id}: unbalanced markup")
    if not joined.strip():
        raise CorpusError(f"{doc_id}: empty document")
    return {"id": doc_id, "text": joined, "spans": spans}


def build(split):
    docs = []
    for path in sorted((HERE / split).glob("*.txt")):
        chunks = re.split(r"^===[ \t]*$", path.read_text(encoding="utf-8"), flags=re.M)
        index = 0
        for chunk in chunks:
            if not chunk.strip():
                continue
            index += 1
            docs.append(parse_document(chunk, f"{split}/{path.stem}/{index}"))
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), docs


def main():
    check = "--check" in sys.argv[1:]
    failed = False
    for split in ("dev", "holdout"):
        try:
            rendered, docs = build(split)
        except CorpusError as e:
            print(f"corpus error: {e}", file=sys.stderr)
            failed = True
            continue
        out = HERE / f"{split}.jsonl"
        counts = {}
        for d in docs:
            for s in d["spans"]:
                counts[s["entity_type"]] = counts.get(s["entity_type"], 0) + 1
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != rendered:
                print(f"{out.name} is out of date: run python3 {Path(__file__).name}", file=sys.stderr)
                failed = True
        else:
            out.write_text(rendered, encoding="utf-8")
        summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        print(f"{split}: {len(docs)} documents; {summary}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
