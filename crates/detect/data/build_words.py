#!/usr/bin/env python3
"""Build the word lists that tell an ordinary capitalised word from an unknown one that may be
a name ("Thanks", "Certo" vs "Oluwaseun"):

- words/english.txt: lower-case English dictionary words (SCOWL size 50 via Debian's wamerican
  and wbritish).

      apt-get update && apt-get install -y wamerican wbritish
      python3 crates/detect/data/build_words.py english

- words/function_words.txt: common function words of the other languages support traffic
  arrives in (stopwords-iso 0.7.1, MIT), so that a capitalised `Certo`, `Bien`, `Jeg` after a
  greeting or a speaker's label is not taken for a name.

      pip download stopwordsiso==0.7.1 --no-deps -d /tmp/sw
      (cd /tmp/sw && unzip -o -q stopwordsiso-0.7.1-py3-none-any.whl)
      python3 crates/detect/data/build_words.py function /tmp/sw/stopwordsiso/stopwords-iso.json
"""
import hashlib
import json
import sys
from pathlib import Path

WORDS = Path(__file__).resolve().parent / "words"
DICTIONARIES = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]
STOPWORDS_SHA256 = "337af4d57d5fa1fecc2ffcae532e9b9f05db51c74ff18d3dde9572185a3cdae4"
LANGUAGES = ["ca", "cs", "da", "de", "es", "fi", "fr", "hu", "id", "it", "ms", "nl", "no", "pl", "pt", "ro", "sv",
             "tl", "tr", "vi"]


def write(name, header, words):
    out = WORDS / name
    out.parent.mkdir(exist_ok=True)
    out.write_text(header + "".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    print(f"{out}: {len(words)} words")


def english():
    words = set()
    for src in DICTIONARIES:
        for line in Path(src).read_text(encoding="utf-8").splitlines():
            w = line.strip()
            # Lower-case entries only: capitalised ones are proper nouns (names, places).
            if w and w == w.lower() and not w.endswith("'s"):
                words.add(w)
    header = "# English dictionary words, lower-case entries of SCOWL size 50 (Debian wamerican + wbritish 2020.12.07)\n"
    write("english.txt", header, words)


def function_words(path):
    data = Path(path).read_bytes()
    if hashlib.sha256(data).hexdigest() != STOPWORDS_SHA256:
        sys.exit(f"{path} is not stopwords-iso.json of stopwordsiso 0.7.1")
    lists = json.loads(data)
    words = {
        w.lower()
        for lang in LANGUAGES
        for w in lists[lang]
        if len(w) >= 2 and all(c.isalpha() or c in "'’" for c in w)
    }
    header = f"# Function words of other languages: stopwords-iso 0.7.1 (MIT), languages {' '.join(LANGUAGES)}\n"
    write("function_words.txt", header, words)


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "english":
        english()
    elif len(sys.argv) == 3 and sys.argv[1] == "function":
        function_words(sys.argv[2])
    else:
        sys.exit(__doc__)
