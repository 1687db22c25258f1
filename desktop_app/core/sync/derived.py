"""Derived columns (protocol.DERIVED_FIELDS): the person's sort key and search text are computed
on each laptop from the merged row — after a pull applies it, as after a local edit — and are
never synced: no op carries them, the server neither merges nor stores them, a pull page's copy
(from a server that still holds one) is ignored. So a rename on one laptop and an address change
on another give every laptop the search text of the merged row, and never a conflict.

The functions are the ones the person service uses (textvn.collation_key, build_search_text),
with each name part's collation key cached: a commune's family and middle names repeat.
"""

from __future__ import annotations

import functools
from typing import Any, Iterable

from sqlalchemy import Connection

from desktop_app.core.services.person_search import build_search_text
from desktop_app.core.textvn import _FIELD_SEP, search_text_of_parts, text_collation_key

_CHUNK = 500


@functools.lru_cache(maxsize=65536)
def _part_key(part: str) -> str:
    return text_collation_key(part)


def person_sort_key(family: str, middle: str, given: str) -> str:
    """== textvn.collation_key(family, middle, given)."""
    return _FIELD_SEP.join((_part_key(given or ""), _part_key(middle or ""), _part_key(family or "")))


PERSON_DERIVED = ("sort_key", "search_text")  # person_derived_values' order


def person_derived_values(values: dict[str, Any], deleted: bool) -> tuple[str, str]:
    """(sort key, search text) of a person row as written (a deleted person's search text is
    empty, as PersonService.delete leaves it); the old ID numbers are added by
    refresh_person_search. == build_search_text(values) without old numbers, with less work per
    row (a pull derives every row it brings)."""
    get = values.get
    sort_key = _FIELD_SEP.join((_part_key(get("given_name") or ""), _part_key(get("middle_name") or ""),
                                _part_key(get("family_name") or "")))
    if deleted:
        return sort_key, ""
    return sort_key, search_text_of_parts(
        [get("full_name") or "", get("aliases") or "", get("cccd") or "", get("permanent_address") or "",
         get("current_address") or ""])


def person_derived(values: dict[str, Any], deleted: bool) -> dict[str, Any]:
    """person_derived_values as {column: value}."""
    return dict(zip(PERSON_DERIVED, person_derived_values(values, deleted)))


def has_live_documents(conn: Connection) -> bool:
    """Whether the register holds a live old ID document (whose number a search text names)."""
    return conn.exec_driver_sql("SELECT 1 FROM id_document WHERE deleted = 0 LIMIT 1").first() is not None


def refresh_person_search(conn: Connection, person_ids: Iterable[str], *, only_with_documents: bool) -> int:
    """Recomputes the search text of these persons from their rows and the numbers of their live
    old ID documents (which a page may bring before or after the person). With
    `only_with_documents`, persons without a live document are left alone (their search text
    was computed from the row as it was written). Returns how many rows changed."""
    if only_with_documents and not has_live_documents(conn):
        return 0  # (a first pull: no document yet, nothing to add)
    ids = sorted({i for i in person_ids if i})
    numbers: dict[str, list[str]] = {}
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        marks = ",".join("?" for _ in chunk)
        for pid, number in conn.exec_driver_sql(
                f"SELECT person_id, number FROM id_document WHERE deleted = 0 AND person_id IN ({marks})", tuple(chunk)):
            numbers.setdefault(pid, []).append(number)
    todo = [i for i in ids if i in numbers] if only_with_documents else ids
    cols = ("id", "deleted", "search_text", "full_name", "aliases", "cccd", "permanent_address", "current_address")
    params = []
    for i in range(0, len(todo), _CHUNK):
        chunk = todo[i:i + _CHUNK]
        marks = ",".join("?" for _ in chunk)
        for values in conn.exec_driver_sql(f"SELECT {', '.join(cols)} FROM person WHERE id IN ({marks})", tuple(chunk)):
            row = dict(zip(cols, values))
            want = "" if row["deleted"] else build_search_text(row, numbers.get(row["id"], []))
            if want != row["search_text"]:
                params.append((want, row["id"]))
    if params:
        conn.exec_driver_sql("UPDATE person SET search_text = ? WHERE id = ?", params)
    return len(params)
