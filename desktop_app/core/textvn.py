"""Vietnamese text helpers: accent-insensitive folding for search, FTS5 query building, name
normalisation and splitting, and collation keys that sort the Vietnamese way under SQLite's plain
BINARY collation.

Everything here is pure and deterministic; nothing depends on the process locale."""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = [
    "fold",
    "fold_tokens",
    "search_text",
    "search_text_of_parts",
    "fts_query",
    "normalize_name",
    "split_full_name",
    "join_name",
    "collation_key",
    "text_collation_key",
    "COMPOUND_FAMILY_NAMES",
]

# ---------------------------------------------------------------------------------------------
# Folding and search
# ---------------------------------------------------------------------------------------------

# Unicode gives đ/Đ no decomposition (the stroke is not a combining mark), so they are mapped by
# hand; the uppercase form is gone by the time this is applied (we lowercase first).
_FOLD_MAP = str.maketrans({"đ": "d", "Đ": "d"})

# Separators that are dropped between two digits, so "001 090 000 123", "001.090.000.123" and
# "001-090-000-123" all become the single token "001090000123" (ID and phone numbers are typed
# grouped, stored ungrouped). Same set as cccd.normalize_cccd strips.
_DIGIT_GROUPING = re.compile(r"(?<=[0-9])[ .\-]+(?=[0-9])")
_TOKEN = re.compile(r"[a-z0-9]+")


class _MarkTable(dict[int, str | None]):
    """A str.translate table that drops combining marks and maps đ/Đ to d, filled per code
    point on first sight: after the first few names, folding runs at C speed."""

    def __missing__(self, cp: int) -> str | None:
        ch = chr(cp)
        value = None if unicodedata.category(ch).startswith("M") else ch.translate(_FOLD_MAP)
        self[cp] = value
        return value


_MARKS = _MarkTable()


def _strip_marks(decomposed: str) -> str:
    return decomposed.translate(_MARKS)


@functools.lru_cache(maxsize=32768)  # names, villages and streets come back row after row in an import
def fold(text: str) -> str:
    """Return `text` in accent-insensitive search form.

    NFC/NFD-normalised, lowercased, every combining mark removed (tones and the vowel modifiers
    of ă â ê ô ơ ư alike), đ/Đ mapped to d, runs of whitespace collapsed to one space and the ends
    stripped. So "Nguyễn Văn Á" → "nguyen van a", "Đặng" → "dang", and old/new tone placement
    (hoà/hòa, thuý/thúy) folds to the same string. Idempotent: fold(fold(s)) == fold(s).
    Characters outside Latin script are kept (lowercased, marks removed)."""
    # Lowercasing can itself produce combining marks ("İ" → "i" + U+0307), hence decompose
    # after lowercasing, not before only.
    if text.isascii():
        return " ".join(text.lower().split())
    s = unicodedata.normalize("NFD", unicodedata.normalize("NFD", text).lower())
    return " ".join(_strip_marks(s).split())


def fold_tokens(text: str) -> list[str]:
    """Return the search tokens of `text`: the maximal runs of ASCII [a-z0-9] in `fold(text)`,
    after spaces, dots and dashes *between two digits* have been removed (so a grouped ID number
    is one token). Anything else (punctuation, non-Latin letters) separates tokens."""
    return _TOKEN.findall(_DIGIT_GROUPING.sub("", fold(text)))


@functools.lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return fold(word)


def search_text(text: str) -> str:
    """Return the string to store in an FTS5 column for `text`: its fold_tokens joined by single
    spaces. Indexing this (rather than raw text) guarantees the index and fts_query() agree on
    token boundaries, including the joined digit groups.

    == " ".join(fold_tokens(text)), folded word by word (fold works per character and collapses
    whitespace, so folding each word and joining them with one space is the same), with each
    word's fold cached: a pull computes the search text of every person it brings, and a
    commune's names and place words repeat."""
    folded = " ".join([f for f in map(_fold_word, text.split()) if f])
    return " ".join(_TOKEN.findall(_DIGIT_GROUPING.sub("", folded)))


_ENDS_WITH_DIGIT = re.compile(r"[0-9][ .\-]*$")
_STARTS_WITH_DIGIT = re.compile(r"[ .\-]*[0-9]")
_ONLY_SEPARATORS = re.compile(r"[ .\-]*$")


@functools.lru_cache(maxsize=1 << 16)
def _part_tokens(text: str) -> tuple[str, bool, bool, bool]:
    """(search text, ends with a digit, starts with a digit, holds nothing but separators)."""
    folded = " ".join([f for f in map(_fold_word, text.split()) if f])
    tokens = " ".join(_TOKEN.findall(_DIGIT_GROUPING.sub("", folded)))
    return (tokens, _ENDS_WITH_DIGIT.search(folded) is not None, _STARTS_WITH_DIGIT.match(folded) is not None,
            _ONLY_SEPARATORS.match(folded) is not None)


def search_text_of_parts(parts: "list[str]") -> str:
    """== search_text(" ".join(parts)), each part's search text cached (a commune's names and
    addresses repeat): the whole text is folded only when a digit group runs across two parts
    (a number that ends one part and one that starts the next are joined, as in the text)."""
    out: list[str] = []
    ends_digit = False
    for part in parts:
        if not part:
            continue
        if part.isdigit() and part.isascii():  # an ID number: its own token, no folding
            if ends_digit:
                return search_text(" ".join(parts))
            out.append(part)
            ends_digit = True
            continue
        tokens, ends, starts, empty = _part_tokens(part)
        if empty:
            continue  # separators alone: they join digit groups around them, as in the whole text
        if ends_digit and starts:
            return search_text(" ".join(parts))
        if tokens:
            out.append(tokens)
        ends_digit = ends
    return " ".join(out)


def fts_query(text: str) -> str | None:
    """Return an SQLite FTS5 MATCH expression for search-as-you-type, or None when `text` has no
    tokens. Each fold_tokens() token becomes a quoted prefix term `"tok"*`; terms are joined by
    spaces (implicit AND). Tokens are [a-z0-9] only, so the expression never has a syntax error,
    whatever the input."""
    tokens = fold_tokens(text)
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

# Two-word family names recognised by split_full_name. Only applied when the full name has at
# least 4 words: "Tôn Thất Hùng" (3 words) is ambiguous and stays family="Tôn", middle="Thất".
COMPOUND_FAMILY_NAMES: tuple[str, ...] = (
    "Tôn Thất",
    "Tôn Nữ",
    "Âu Dương",
    "Tư Mã",
    "Hoàng Phủ",
    "Gia Cát",
)
_COMPOUND_FOLDED = frozenset(fold(n) for n in COMPOUND_FAMILY_NAMES)

# Letters after these start a new capitalised part ("H'Hen", "Lê-Nguyễn").
_WORD_JOINERS = "-'’"


@functools.lru_cache(maxsize=16384)  # names are made of few words: an import meets each one again
def _title_word(word: str) -> str:
    out: list[str] = []
    start = True
    for c in word:
        if unicodedata.category(c).startswith("L"):
            out.append(c.upper() if start else c.lower())
            start = False
        else:
            out.append(c)
            if c in _WORD_JOINERS:
                start = True
    return "".join(out)


def normalize_name(text: str) -> str:
    """Return a person's name in canonical display form: NFC, whitespace collapsed to single
    spaces, each word capitalised (first letter upper, the rest lower; a letter after a hyphen or
    apostrophe also starts a part). Tone placement is kept as typed: "nguyễn thị hoà" →
    "Nguyễn Thị Hoà", "NGUYỄN VĂN ĐỨC" → "Nguyễn Văn Đức"."""
    out = _NAMES.get(text)
    if out is None:
        out = unicodedata.normalize("NFC", " ".join(_title_word(w) for w in unicodedata.normalize("NFC", text).split()))
        if len(_NAMES) >= _NAMES_MAX:
            _NAMES.clear()
        _NAMES[text] = _NAMES[out] = out  # a name normalised once is met again normalised (persons.prepare)
    return out


# normalize_name's recent answers, each kept under its input and its output (it is idempotent).
_NAMES: dict[str, str] = {}
_NAMES_MAX = 32768


def split_full_name(text: str) -> tuple[str, str, str]:
    """Split one "Họ và tên" field into (family, middle, given), after normalize_name.

    0 words → ("", "", ""); 1 word → ("", "", w); 2 words → (w1, "", w2); 3+ words → (first,
    the middle words joined by a space, last). With 4+ words, a leading two-word family name from
    COMPOUND_FAMILY_NAMES (compared accent/tone-placement-insensitively) is kept whole:
    "Tôn Nữ Thị Hoa" → ("Tôn Nữ", "Thị", "Hoa"). join_name(*split_full_name(s)) ==
    normalize_name(s)."""
    words = normalize_name(text).split()
    if not words:
        return ("", "", "")
    if len(words) == 1:
        return ("", "", words[0])
    if len(words) == 2:
        return (words[0], "", words[1])
    n_family = 1
    if len(words) >= 4 and fold(" ".join(words[:2])) in _COMPOUND_FOLDED:
        n_family = 2
    return (" ".join(words[:n_family]), " ".join(words[n_family:-1]), words[-1])


def join_name(family: str, middle: str, given: str) -> str:
    """Return the full name "family middle given", skipping empty parts, single-spaced."""
    return " ".join(" ".join(p.split()) for p in (family, middle, given) if p and p.strip())


# ---------------------------------------------------------------------------------------------
# Collation
# ---------------------------------------------------------------------------------------------
#
# A key is  PRIMARY  \x02  SECONDARY.
#   PRIMARY: one code per letter, in Vietnamese alphabet order (a < ă < â < b ...), case and
#     tones ignored; \x03 between words; punctuation/symbols as \x10 + the char; ASCII digit runs
#     as \x11 + length + digits + leading-zero count (natural order: "Tổ 2" < "Tổ 10"); letters of
#     other alphabets as \x7e + the char (after z).
#   SECONDARY: per word, the tone codes found in that word in order, then the word terminator
#     \x04. Tone is a property of the word (syllable), not of the letter carrying it, so hoà and
#     hòa give the same key. none (\x04 alone) < huyền \x05 < hỏi \x06 < ngã \x07 < sắc \x08 <
#     nặng \x09; other combining marks follow as \x0a + the mark.
# Equal primaries imply the same word count, so secondaries never end inside one another; every
# separator is below every primary code. All codes are non-NUL, non-surrogate code points, and
# UTF-8 byte order equals code point order, so SQLite BINARY comparison == Python str comparison.

_ALPHABET = (
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
)  # fmt: skip
_PRIMARY = {letter: chr(0x41 + i) for i, letter in enumerate(_ALPHABET)}

_FIELD_SEP = "\x01"
_LEVEL_SEP = "\x02"
_WORD_SEP = "\x03"
_WORD_END = "\x04"
_SYMBOL = "\x10"
_NUMBER = "\x11"
_OTHER_LETTER = "\x7e"
_OTHER_MARK = "\x0a"

_TONES = {
    "\u0300": "\x05",  # huyền (grave)
    "\u0309": "\x06",  # hỏi (hook above)
    "\u0303": "\x07",  # ngã (tilde)
    "\u0301": "\x08",  # sắc (acute)
    "\u0323": "\x09",  # nặng (dot below)
}
# Vowel modifiers are letter identity (primary), not tone.
_MODIFIED = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
# Counts (digit-run length, leading zeros) as single code points; capped well below the
# surrogate block so the key is always encodable.
_COUNT_BASE = 0x100
_COUNT_MAX = 0xC000


def _count(n: int) -> str:
    return chr(_COUNT_BASE + min(n, _COUNT_MAX))


def _safe(c: str) -> str:
    # NUL and lone surrogates cannot go into an SQLite TEXT key.
    if c == "\x00" or 0xD800 <= ord(c) <= 0xDFFF:
        return "\ufffd"
    return c


def _word_key(word: str) -> tuple[str, str]:
    """(primary, secondary) of one whitespace-free, lowercased, NFD word."""
    primary: list[str] = []
    secondary: list[str] = []
    i, n = 0, len(word)
    while i < n:
        c = word[i]
        if unicodedata.category(c).startswith("M"):
            # A mark with no base letter in front (or following a digit/symbol).
            secondary.append(_TONES.get(c) or _OTHER_MARK + _safe(c))
            i += 1
            continue
        if "0" <= c <= "9":
            j = i
            while j < n and "0" <= word[j] <= "9":
                j += 1
            run = word[i:j]
            digits = run.lstrip("0") or "0"
            zeros = len(run) - len(digits)
            primary.append(_NUMBER + _count(len(digits)) + digits + _count(zeros))
            i = j
            continue
        letter = c
        i += 1
        while i < n and unicodedata.category(word[i]).startswith("M"):
            m = word[i]
            i += 1
            if m in _TONES:
                secondary.append(_TONES[m])
            elif (letter, m) in _MODIFIED:
                letter = _MODIFIED[(letter, m)]
            else:
                secondary.append(_OTHER_MARK + _safe(m))
        code = _PRIMARY.get(letter)
        if code is None:
            cat = unicodedata.category(c)
            code = (_OTHER_LETTER if cat.startswith("L") else _SYMBOL) + _safe(c)
        primary.append(code)
    return "".join(primary), "".join(secondary) + _WORD_END


@functools.lru_cache(maxsize=16384)  # a person's key is three of these, and name parts repeat
def text_collation_key(s: str) -> str:
    """Return a key for one string such that comparing keys by code point (Python `<`, or SQLite
    BINARY on the UTF-8 text) orders strings in Vietnamese collation: letters a < ă < â < b < c <
    d < đ < e < ê < f < g < h < i < j < k < l < m < n < o < ô < ơ < p < q < r < s < t < u < ư < v
    < w < x < y < z, case-insensitive, whitespace runs count as one space, digit runs compare
    numerically. Tones are a secondary level: only strings equal ignoring tones are ordered by
    tone, word by word (none < huyền < hỏi < ngã < sắc < nặng), so "An" < "Án" < "Anh". Old and
    new tone placement (hoà/hòa) give identical keys. The key never contains NUL or surrogates.
    Equal keys imply equal fold()."""
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFD", s).lower())
    parts = [_word_key(w) for w in decomposed.split()]
    return (
        _WORD_SEP.join(p for p, _ in parts)
        + _LEVEL_SEP
        + "".join(sec for _, sec in parts)
    )


def collation_key(family: str, middle: str, given: str) -> str:
    """Return a person-sorting key: by given name, then middle name, then family name, each
    compared fully (primary letters, then tones) with text_collation_key before the next part is
    looked at. So "Trần Văn An" < "Nguyễn Văn Bình", and every "An" precedes every "Án".
    Binary-comparable like text_collation_key (usable as an SQLite TEXT column, BINARY)."""
    return _FIELD_SEP.join(text_collation_key(p) for p in (given, middle, family))
