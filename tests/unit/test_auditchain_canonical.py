"""The audit chain's canonical form: its fast path (orjson) writes exactly the text of the
json encoder it stands for, so every hash taken before still verifies."""

from __future__ import annotations

import datetime as dt
import enum
import json

import pytest

from desktop_app.core.store.auditchain import GENESIS_HASH, audit_hash, canonical, jsonable

REFERENCE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=jsonable)


class Kind(enum.Enum):
    A = "a"


# every code point but the surrogates, in strings and keys
TEXT = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
CHUNKS = [TEXT[i:i + 4096] for i in range(0, len(TEXT), 4096)]

DOCUMENTS = [
    {},
    [],
    {"full_name": "Nguyễn Văn An", "birth_year": 1990, "deleted": False, "cccd": None, "note": ""},
    {"fields": {"b": 1, "a": "x\n\t\"\\\x00\x1f\x7f\u2028"}, "Z": True, "_": None, "é": -5},
    {"changes": {"x": [1, 2]}},  # a list inside: json's
    {"n": 2 ** 70, "m": -(2 ** 63)},  # beyond 64 bits: json's
    {"f": 1e16, "g": 0.1, "h": float("nan")},  # floats: json's
    {"d": dt.date(2020, 1, 2), "e": dt.date(1, 1, 1), "f": dt.date(9999, 12, 31), "old": dt.date(999, 3, 4)},
    {"fields": {"decision_date": dt.date(2026, 1, 5), "term_months": 6, "note": ""}},
    {"d": dt.date(2020, 1, 2), "t": dt.datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=dt.UTC), "k": Kind.A,
     "b": b"\x01"},
    {1: "int key"},
    {"a": {"b": {"c": 1}}},
    [5, "2026-01-01T00:00:00.000+00:00", "admin", "create", "person", "0192", None, "{}"],
    [2 ** 64, "x"],
    [dt.date(2020, 1, 2), dt.datetime(2020, 1, 2, 3, 4, tzinfo=dt.UTC), dt.datetime(2020, 1, 2)],
    {"s": "lone \ud800 surrogate"},
    ["lone \udfff surrogate"],
    *({"k": chunk, chunk[:50]: chunk, "n": {"v": chunk}} for chunk in CHUNKS),
    *([i, chunk] for i, chunk in enumerate(CHUNKS)),
]


@pytest.mark.parametrize("doc", DOCUMENTS, ids=range(len(DOCUMENTS)))
def test_canonical_is_the_json_encoders_text(doc: object) -> None:
    assert canonical(doc) == REFERENCE.encode(doc)


def test_a_chain_link_hashes_the_json_encoders_text() -> None:
    import hashlib

    detail = canonical({"fields": {"full_name": "Trần Thị Bình", "birth_year": 1985}})
    row = [7, "2026-01-01T00:00:00.000+00:00", "cán bộ", "create", "person", "0192", None, detail]
    expected = hashlib.sha256((GENESIS_HASH + "\n" + REFERENCE.encode(row)).encode("utf-8")).hexdigest()
    assert audit_hash(GENESIS_HASH, *row) == expected


@pytest.mark.parametrize("seq,detail", [(1, "{}"), (2 ** 70, '{"a":1}'), (3, "x\u2028\x00é")])
def test_a_link_on_either_path_is_the_same_hash(seq: int, detail: str) -> None:
    import hashlib

    row = [seq, "2026-01-01T00:00:00.000+00:00", "u", "edit", "case_file", "01", "p", detail]
    expected = hashlib.sha256(("f" * 64 + "\n" + REFERENCE.encode(row)).encode("utf-8")).hexdigest()
    assert audit_hash("f" * 64, *row) == expected
