#!/usr/bin/env python3
"""Build words/english.txt: lower-case English dictionary words (SCOWL size 50 via Debian's
wamerican and wbritish), used to tell an ordinary capitalised word ("Thanks", "Order") from an
unknown one that may be a name ("Oluwaseun").

    apt-get update && apt-get install -y wamerican wbritish
    python3 crates/detect/data/build_words.py
"""
from pathlib import Path

SOURCES = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]
OUT = Path(__file__).resolve().parent / "words" / "english.txt"

words = set()
for src in SOURCES:
    for line in Path(src).read_text(encoding="utf-8").splitlines():
        w = line.strip()
        # Lower-case entries only: capitalised ones are proper nouns (names, places).
        if w and w == w.lower() and not w.endswith("'s"):
            words.add(w)
OUT.parent.mkdir(exist_ok=True)
header = "# English dictionary words, lower-case entries of SCOWL size 50 (Debian wamerican + wbritish 2020.12.07)\n"
OUT.write_text(header + "".join(w + "\n" for w in sorted(words)), encoding="utf-8")
print(f"{OUT}: {len(words)} words")
