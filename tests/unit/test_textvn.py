"""Vietnamese folding, FTS query building, names and collation."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.textvn import (
    collation_key,
    fold,
    fold_tokens,
    fts_query,
    join_name,
    normalize_name,
    search_text,
    split_full_name,
    text_collation_key,
)

# Every Vietnamese letter, both cases, every tone (NFC).
_BASES = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_VOWELS = "aăâeêioôơuưy"
_TONE_MARKS = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
VN_LETTERS = sorted(
    {
        unicodedata.normalize("NFC", c + t)
        for c in _BASES
        for t in (_TONE_MARKS if c in _VOWELS else [""])
    }
    | {
        unicodedata.normalize("NFC", c + t).upper()
        for c in _BASES
        for t in (_TONE_MARKS if c in _VOWELS else [""])
    }
)
vn_text = st.text(alphabet=st.sampled_from(VN_LETTERS + [" ", "\t", "-", "'", "0", "1", "9"]))
vn_word = st.text(alphabet=st.sampled_from(VN_LETTERS), min_size=1, max_size=8)
FAST = settings(max_examples=150, deadline=None)


def key(s: str) -> str:
    return text_collation_key(s)


# --- fold ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Nguyễn Văn Á", "nguyen van a"),
        ("Đặng", "dang"),
        ("ĐỖ  THỊ\tHỒNG ", "do thi hong"),
        ("Ưng Hoàng Phúc", "ung hoang phuc"),
        ("", ""),
    ],
)
def test_fold_examples(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_fold_tone_placement_and_decomposed_input() -> None:
    assert fold("hoà") == fold("hòa") == "hoa"
    assert fold("thuý") == fold("thúy") == "thuy"
    assert fold(unicodedata.normalize("NFD", "Nguyễn Văn Á")) == "nguyen van a"


def test_typing_unaccented_finds_accented() -> None:
    assert fold("nguyen van a") == fold("Nguyễn Văn Á")
    assert fold("dang") == fold("Đặng")


@FAST
@given(st.text())
def test_fold_idempotent(s: str) -> None:
    assert fold(fold(s)) == fold(s)


@FAST
@given(vn_text)
def test_fold_ascii_for_vietnamese_alphabet(s: str) -> None:
    f = fold(s)
    assert f.isascii()
    assert f == f.strip() and "  " not in f


# --- tokens and FTS --------------------------------------------------------------------------


def test_fold_tokens_joins_grouped_digits() -> None:
    assert fold_tokens("001 090 000 123") == ["001090000123"]
    assert fold_tokens("001.090.000.123") == ["001090000123"]
    assert fold_tokens("CCCD: 001.090.000.123, Đặng Văn Hoà") == [
        "cccd",
        "001090000123",
        "dang",
        "van",
        "hoa",
    ]
    assert fold_tokens("  ,;  ") == []


def test_fts_query_shape() -> None:
    assert fts_query("Nguyễn Văn") == '"nguyen"* "van"*'
    assert fts_query("") is None
    assert fts_query(" ... ") is None


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    con.execute('CREATE VIRTUAL TABLE t USING fts5(x, tokenize="unicode61 remove_diacritics 0")')
    rows = ["Nguyễn Văn Á", "Đặng Thị Hoà", "Trần Văn Bình 001.090.000.123"]
    con.executemany("INSERT INTO t(x) VALUES (?)", [(search_text(r),) for r in rows])
    return con


def _search(con: sqlite3.Connection, text: str) -> list[int]:
    q = fts_query(text)
    assert q is not None
    return [r[0] for r in con.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", (q,))]


def test_fts_finds_accented_rows(fts: sqlite3.Connection) -> None:
    assert _search(fts, "nguyen van a") == [1]
    assert _search(fts, "dang") == [2]
    assert _search(fts, "hòa") == [2]  # new tone placement finds old
    assert _search(fts, "van") == [1, 3]
    assert _search(fts, "001 090") == [3]  # typing a grouped ID prefix


@FAST
@given(st.text())
def test_fts_query_never_a_syntax_error(fts: sqlite3.Connection, s: str) -> None:
    q = fts_query(s)
    tokens = fold_tokens(s)
    assert (q is None) == (not tokens)
    if q is not None:
        found = [r for (r,) in fts.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", (q,))]
        # exactly the rows where every typed token is the start of one of the row's tokens
        rows = [r.split() for (r,) in fts.execute("SELECT x FROM t ORDER BY rowid")]
        expected = [i for i, words in enumerate(rows, 1) if all(any(w.startswith(t) for w in words) for t in tokens)]
        assert found == expected, (s, q)


# --- names -----------------------------------------------------------------------------------


def test_normalize_name() -> None:
    assert normalize_name("NGUYỄN VĂN ĐỨC") == "Nguyễn Văn Đức"
    assert normalize_name("  nguyễn   thị hoà ") == "Nguyễn Thị Hoà"  # placement kept
    assert normalize_name("nguyễn thị hòa") == "Nguyễn Thị Hòa"
    assert normalize_name("h'hen niê") == "H'Hen Niê"
    assert normalize_name(unicodedata.normalize("NFD", "đặng")) == "Đặng"


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("", ("", "", "")),
        ("hoa", ("", "", "Hoa")),
        ("lê hoa", ("Lê", "", "Hoa")),
        ("Nguyễn Văn Á", ("Nguyễn", "Văn", "Á")),
        ("Nguyễn Thị Minh Khai", ("Nguyễn", "Thị Minh", "Khai")),
        ("Tôn Nữ Thị Hoa", ("Tôn Nữ", "Thị", "Hoa")),
        ("tôn thất văn hùng", ("Tôn Thất", "Văn", "Hùng")),
        ("Tôn Thất Hùng", ("Tôn", "Thất", "Hùng")),  # 3 words: no compound
    ],
)
def test_split_full_name(full: str, parts: tuple[str, str, str]) -> None:
    assert split_full_name(full) == parts


@FAST
@given(st.lists(vn_word, max_size=6).map(" ".join))
def test_split_join_round_trip(full: str) -> None:
    assert join_name(*split_full_name(full)) == normalize_name(full)


# --- collation -------------------------------------------------------------------------------


def _assert_sorted(items: list[str]) -> None:
    assert sorted(items, key=key) == items
    keys = [key(s) for s in items]
    assert all(a < b for a, b in zip(keys, keys[1:])), items


def test_letter_order() -> None:
    _assert_sorted(["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m"])
    _assert_sorted(["n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"])
    _assert_sorted(["Da", "Dung", "Đa", "Đức"])  # đ is its own letter after d
    _assert_sorted(["Tổ", "Tơ", "Tu", "Tư"])


def test_tone_order_is_secondary() -> None:
    _assert_sorted(["ma", "mà", "mả", "mã", "má", "mạ"])
    _assert_sorted(["An", "Án", "Anh"])  # primary (n vs nh) beats tone
    _assert_sorted(["Anh", "Ân", "Ấn"])  # â is a letter (primary), so Anh < Ân
    _assert_sorted(["an bình", "anh"])  # word boundary sorts first


def test_tone_compared_syllable_by_syllable() -> None:
    _assert_sorted(["Văn Ba", "Văn Bà", "Vân Ba", "Vấn Ba"])
    _assert_sorted(["ba ca", "ba cá", "bà ca"])


def test_case_and_tone_placement_insensitive() -> None:
    assert key("hoà") == key("hòa")
    assert key("thuý") == key("thúy")
    assert key("Khoẻ") == key("khỏe")
    assert key("ĐỨC") == key("đức")
    assert key(unicodedata.normalize("NFD", "Nguyễn")) == key("Nguyễn")
    assert key("Lan  Anh") == key(" lan anh")
    assert collation_key("Nguyễn", "Thị", "Hoà") == collation_key("nguyễn", "thị", "hòa")


def test_numbers_sort_naturally() -> None:
    _assert_sorted(["Tổ 1", "Tổ 2", "Tổ 02", "Tổ 10", "Tổ dân phố"])


def test_people_sorted_by_given_then_middle_then_family() -> None:
    people = [
        ("Trần", "Văn", "An"),
        ("Nguyễn", "Văn", "Án"),
        ("Lê", "Thị", "Bình"),
        ("Nguyễn", "Văn", "Bình"),
        ("Trần", "Văn", "Bình"),
        ("Nguyễn", "", "Đức"),
        ("Bùi", "Minh", "Đức"),
    ]
    assert sorted(people, key=lambda p: collation_key(*p)) == people
    assert collation_key("Trần", "Văn", "An") < collation_key("Nguyễn", "Văn", "Bình")


def test_empty_parts_sort_first() -> None:
    assert collation_key("", "", "") < collation_key("", "", "A")
    assert collation_key("Lê", "", "An") < collation_key("Lê", "Văn", "An")


def test_key_works_as_sqlite_binary_text() -> None:
    names = ["Đức", "Anh", "ăn", "An", "Án", "Dung", "ư", "u", "Tổ 10", "Tổ 9", "mạ", "mã"]
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE p (name TEXT, k TEXT COLLATE BINARY)")
    con.executemany("INSERT INTO p VALUES (?, ?)", [(n, key(n)) for n in names])
    got = [r[0] for r in con.execute("SELECT name FROM p ORDER BY k")]
    assert got == sorted(names, key=key)


@FAST
@given(st.text())
def test_key_has_no_nul_and_encodes(s: str) -> None:
    k = key(s)
    assert "\x00" not in k
    k.encode("utf-8")  # no lone surrogates
    assert "\x00" not in collation_key(s, s, s)


@FAST
@given(st.lists(vn_text, min_size=2, max_size=6))
def test_key_order_matches_utf8_byte_order(items: list[str]) -> None:
    keys = [key(s) for s in items]
    assert sorted(keys) == sorted(keys, key=lambda k: k.encode("utf-8"))


@FAST
@given(vn_text, vn_text)
def test_equal_keys_imply_equal_fold(a: str, b: str) -> None:
    if key(a) == key(b):
        assert fold(a) == fold(b)
    assert (key(a) < key(b)) + (key(a) == key(b)) + (key(a) > key(b)) == 1


@FAST
@given(st.lists(vn_word, min_size=1, max_size=3), st.sampled_from(_TONE_MARKS))
def test_same_tone_strings_equal_iff_same_letters(words: list[str], tone: str) -> None:
    """Stripping tones (keeping ă â ê ô ơ ư) and applying one tone to every word: keys are
    equal exactly when the texts are equal case-insensitively."""

    def with_tone(w: str, tone_to_put: str) -> str:
        base = "".join(
            c
            for c in unicodedata.normalize("NFD", w.lower())
            if c not in "\u0300\u0309\u0303\u0301\u0323"
        )
        return unicodedata.normalize("NFC", base[:1] + tone_to_put + base[1:])

    a = " ".join(with_tone(w, tone) for w in words)
    b = " ".join(with_tone(w, "") for w in words)
    assert fold(a) == fold(b)
    assert (key(a) == key(b)) == (tone == "")
    # Same letters, tone only: order follows none < huyền < hỏi < ngã < sắc < nặng.
    if tone:
        assert key(b) < key(a)


_PLAIN = "aăâbcdđeêghiklmnoôơpqrstuưvxy"


@FAST
@given(
    st.text(alphabet=st.sampled_from(_PLAIN), min_size=2, max_size=6),
    st.sampled_from(_TONE_MARKS[1:]),
    st.data(),
)
def test_tone_position_within_syllable_irrelevant(
    word: str, tone: str, data: st.DataObject
) -> None:
    i = data.draw(st.integers(1, len(word)))
    j = data.draw(st.integers(1, len(word)))
    nfd = unicodedata.normalize("NFD", word)
    # Insert after the i-th / j-th letter (a letter plus its modifier marks).
    cuts = [k for k in range(1, len(nfd) + 1) if k == len(nfd) or not unicodedata.combining(nfd[k])]
    a = unicodedata.normalize("NFC", nfd[: cuts[i - 1]] + tone + nfd[cuts[i - 1] :])
    b = unicodedata.normalize("NFC", nfd[: cuts[j - 1]] + tone + nfd[cuts[j - 1] :])
    assert key(a) == key(b)
    assert key(word) < key(a)


@pytest.mark.parametrize("parts", [
    ["Nguyễn Văn Á", "", "001 090 000 123", "Thôn Đông, xã Tích Sơn", "  "],
    ["Tổ 12", "34 Lê Lợi", "\u0301", "ΟΔΟΣ", "Σ", "Hoà/hòa", "12.", "5-6"],
    ["", "", ""],
    ["İstanbul", "ĐẶNG", "a\tb\n c", "cmnd 123 456 789"],
])
def test_search_text_of_these_parts_is_the_search_text_of_the_joined_text(parts):
    from desktop_app.core.textvn import search_text, search_text_of_parts

    assert search_text_of_parts(parts) == search_text(" ".join(p for p in parts if p))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâeêoơuưyđĐ AÁÀẢÃẠNguyễnHòaThúy0123456789 .-\t\u00a0\u0301\u0323İǅΣς")),
               max_size=60))
def test_search_text_folded_word_by_word_is_the_text_folded_whole(text):
    from desktop_app.core.textvn import fold_tokens, search_text

    assert search_text(text) == " ".join(fold_tokens(text))


_PART = st.text(alphabet=st.sampled_from(list("aăâđĐ AÁNguyễnHòa0123456789 .-\u0301İ")), max_size=12)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PART, max_size=6))
def test_search_text_of_parts_is_the_search_text_of_the_joined_parts(parts):
    from desktop_app.core.textvn import search_text, search_text_of_parts

    assert search_text_of_parts(parts) == search_text(" ".join(parts))


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({k: st.one_of(st.none(), _PART) for k in (
    "full_name", "aliases", "cccd", "permanent_address", "current_address")}), st.booleans())
def test_the_search_text_a_pull_derives_is_the_one_the_person_service_writes(row, digits):
    from desktop_app.core.services.person_search import build_search_text
    from desktop_app.core.sync.derived import person_derived

    if digits:
        row = {**row, "cccd": "001203004005"}
    assert person_derived(row, False)["search_text"] == build_search_text(row)
    assert person_derived(row, True)["search_text"] == ""
