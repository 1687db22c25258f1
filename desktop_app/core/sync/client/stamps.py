"""Re-stamping what this register has not sent yet: the HLC stamps of the outbox's entries and
the same stamps on the rows they changed (field_hlc, updated_hlc), rewritten together in the
caller's transaction. Two reasons (docs/architecture.md §3):

- the clock bound: stamps made while this computer's clock ran fast are brought back under the
  server's time + the allowed offset (`bound_pending`, from clock.py);
- a copied register enrolled again: its pending edits take its new device id
  (`rename_device`), so that its concurrent edits of a field the original also changed meet
  as two devices — a visible conflict — and not as one device overwriting itself.

Stamps the server already holds (on rows, not in the outbox) are never rewritten here: the
next pull brings the server's."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from desktop_app.core.domain.hlc import Stamp
from desktop_app.core.store.tables import SYNCED_TABLES, UNIFORM_HLC

_ENC = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _stamps_of(field_hlcs: str) -> list[str]:
    if field_hlcs.startswith(UNIFORM_HLC):
        return [field_hlcs[1:]]
    return list(json.loads(field_hlcs).values())


def _mapped(field_hlcs: str, mapping: dict[str, str]) -> str:
    if field_hlcs.startswith(UNIFORM_HLC):
        h = field_hlcs[1:]
        return UNIFORM_HLC + mapping.get(h, h)
    return _ENC.encode({k: mapping.get(h, h) for k, h in json.loads(field_hlcs).items()})


def rewrite_pending(conn: Connection, mapping_of: Callable[[list[str]], dict[str, str]]) -> dict[str, str]:
    """In the caller's write transaction: `mapping_of(every stamp of the outbox, in order)`
    gives {old: new}; the outbox entries and the rows they changed are rewritten with it.
    Returns the mapping used."""
    entries = conn.exec_driver_sql(
        "SELECT op_id, table_name, row_id, field_hlcs FROM sync_outbox ORDER BY device_seq").fetchall()
    stamps: list[str] = []
    for e in entries:
        stamps += _stamps_of(e.field_hlcs)
    mapping = mapping_of(stamps) if stamps else {}
    if not mapping:
        return {}
    changed: list[tuple[str, str]] = []
    rows: dict[str, set[str]] = {}
    for e in entries:
        new = _mapped(e.field_hlcs, mapping)
        if new != e.field_hlcs:
            changed.append((new, e.op_id))
            rows.setdefault(e.table_name, set()).add(e.row_id)
    conn.exec_driver_sql("UPDATE sync_outbox SET field_hlcs = ? WHERE op_id = ?", changed)
    for table, ids in rows.items():
        if table not in SYNCED_TABLES:
            continue
        updates: list[tuple[Any, ...]] = []
        for row_id in sorted(ids):
            row = conn.exec_driver_sql(f'SELECT field_hlc, updated_hlc FROM "{table}" WHERE id = ?', (row_id,)).first()
            if row is None:
                continue
            field_hlc, updated = row
            if field_hlc and field_hlc != UNIFORM_HLC:
                field_hlc = _ENC.encode({k: mapping.get(h, h) for k, h in json.loads(field_hlc).items()})
            updated = mapping.get(updated, updated) if updated else updated
            if (field_hlc, updated) != tuple(row):
                updates.append((field_hlc, updated, row_id))
        if updates:
            conn.exec_driver_sql(f'UPDATE "{table}" SET field_hlc = ?, updated_hlc = ? WHERE id = ?', updates)
    return mapping


def rename_device(conn: Connection, old: str, new: str) -> int:
    """The pending edits stamped by device `old` take device `new` (same time and counter).
    Returns how many stamps changed."""
    def mapping_of(stamps: list[str]) -> dict[str, str]:
        out = {}
        for s in set(stamps):
            st = Stamp.decode(s)
            if st.device == old:
                out[s] = Stamp(st.ms, st.counter, new).encode()
        return out

    return len(rewrite_pending(conn, mapping_of))
