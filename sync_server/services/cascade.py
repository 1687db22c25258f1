"""No live child of a deleted row, through every merge (issue 15, "invariants").

A laptop refuses to delete a person with live cases or attendances, but two laptops do not see
each other: one deletes a person while the other opens a case for them. The server settles it
the way it settles a delete against an edit — **the delete wins and the children close with
it**, and nothing is lost silently:

- when a push deletes a row that others name (`domain/records.CHILDREN`: a person's documents,
  cases, contacts and attendances; a case's contacts, evaluations, absences, violations and
  events; a session's attendances), every live child the server holds is tombstoned in the
  same transaction with a new version (and its own children after it), so every laptop pulls
  the tombstones and no list or due list shows them; a child changed since the deleting device
  last saw the row (its version is above the delete's `base_version`) by another device also
  gets a `delete_beats_edit` conflict holding its fields, which the chief sees and confirms;
- a new row naming a row the server holds deleted (the other order) is stored as a tombstone
  with the same kind of conflict (`push.apply_op`), so the laptop that made it pulls the
  tombstone and the chief sees what was lost.
A `restate` (recovery after a restore) closes children too, without conflicts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import or_, select

from desktop_app.core.domain.records import CHILDREN
from desktop_app.core.sync.protocol import ConflictKind
from sync_server.models import Record

if TYPE_CHECKING:
    from sync_server.services.push import BatchState, Rec

_CHUNK = 50  # ids per LIKE query


def _find_children(b: BatchState, child: str, field: str, parent_ids: list[str]) -> set[tuple[str, str]]:
    """Keys of the live rows of `child` whose `field` names one of `parent_ids`: as the
    database holds them, and as this batch leaves them."""
    t = Record.__table__  # type: ignore[attr-defined]
    found: set[tuple[str, str]] = set()
    for i in range(0, len(parent_ids), _CHUNK):
        chunk = parent_ids[i:i + _CHUNK]
        # `data` is canonical JSON (sorted keys, no spaces): the reference is this exact text
        cond = or_(*[t.c.data.like(f'%"{field}":"{pid}"%') for pid in chunk])
        q = select(t.c.row_id).where(t.c.table_name == child, t.c.deleted.is_(False), cond)
        found |= {(child, rid) for (rid,) in b.conn.execute(q)}
    wanted = set(parent_ids)
    found |= {key for key, rec in b.recs.items()
              if rec is not None and key[0] == child and rec.data.get(field) in wanted}
    return found


def close_children(b: BatchState, restate: bool) -> None:
    """Tombstones the live children of every row this batch deleted (b.closed), and theirs."""
    from sync_server.services.push import _load_records, _lock_counters

    queue = list(b.closed)
    b.closed.clear()
    while queue:
        by_table: dict[str, dict[str, tuple[int, str, str]]] = {}
        for table, row_id, base, device, h in queue:
            if table in CHILDREN:
                by_table.setdefault(table, {})[row_id] = (base, device, h)
        queue = []
        for parent, deleted in by_table.items():
            for child, field in CHILDREN[parent]:
                keys = _find_children(b, child, field, sorted(deleted))
                new = {k for k in keys if k not in b.recs}
                if new:
                    _load_records(b, new)
                    extra = {r.unit_code for k in new if (r := b.recs.get(k)) is not None} - set(b.counters)
                    if extra:
                        _lock_counters(b, extra)
                for key in sorted(keys):
                    rec = b.recs.get(key)
                    if rec is None or rec.deleted or rec.data.get(field) not in deleted:
                        continue
                    base, device, h = deleted[str(rec.data[field])]
                    close(b, rec, h, conflict=not restate and _concurrent(rec, base, device))
                    queue.append((rec.table, rec.row_id, base, device, h))


def _concurrent(rec: Rec, base: int, device: str) -> bool:
    from sync_server.services.push import hlc_device

    return (rec.new or rec.orig_version > base) and hlc_device(rec.updated_hlc) != device


def close(b: BatchState, rec: Rec, delete_hlc: str, *, conflict: bool) -> None:
    """Tombstones a live row as a consequence of another row's delete (a new version, so every
    device pulls it), with a conflict keeping its fields when asked."""
    from sync_server.services.push import _conflict, _echo, hlc_device

    if conflict:
        _conflict(b, rec, ConflictKind.DELETE_BEATS_EDIT, "deleted", True, delete_hlc, dict(rec.data),
                  rec.updated_hlc, hlc_device(rec.updated_hlc), rec.updated_by)
    rec.deleted = True
    h = max(delete_hlc, rec.updated_hlc, rec.field_hlc.get("deleted", ""))
    rec.field_hlc["deleted"] = h
    v = b.stamp(rec.unit_code)
    rec.version = v
    rec.field_ver["deleted"] = v
    rec.updated_hlc = max(rec.field_hlc.values(), default="")
    rec.dirty = True
    _echo(b, rec, False)
