"""What a pushed op must respect beyond its own values (which `push.check_op` validates with the
table's declaration): whole rows, references, roles, and who made the change (issue 15).

- **Whole rows**: an insert of a row the server does not hold carries every required field
  of its table (`domain/records.REQUIRED_FIELDS`, the fields declared without a default).
- **References** (`domain/records.REFERENCES`, the declaration's foreign keys): a row naming a
  person, case or session must name one the server holds, in a unit of the device's scope:
  otherwise `dangling_reference`. A new row naming a row the server holds *deleted* is kept,
  but as a tombstone with a `delete_beats_edit` conflict (see `cascade.py`).
- **Roles** (the op's author's certified role, capped by the device's: `authors.py`; the
  device's while the server holds no root for its register): an officer may not delete (a `restate` batch included), move a row to
  another unit, or put a closed case back under management; a viewer writes nothing.
- **Province tables** (`domain/records.PROVINCE_TABLES`: the templates a province publishes):
  only a province admin's device writes them, and only in a province unit (2-digit code); a
  commune device's op on one is `not_permitted` (it pulls them read-only: `published.py`).
- **updated_by** is the op's verified author bound to the device the token authenticates
  (`author_of`: "truong@<device>"), never the sent text as such.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop_app.core.domain.records import PROVINCE_TABLES, REFERENCES, REQUIRED_FIELDS
from desktop_app.core.domain.vocab import CLOSED_STATUSES, OPEN_STATUSES
from desktop_app.core.sync.protocol import DeviceRole, Op, RejectReason
from sync_server.models import Record

if TYPE_CHECKING:
    from sync_server.services.push import BatchState, Rec

_CHUNK = 500
_CLOSED = frozenset(str(s) for s in CLOSED_STATUSES)
_OPEN = frozenset(str(s) for s in OPEN_STATUSES)

Problem = tuple[RejectReason, str]


def author_of(name: str, device_id: str) -> str:
    """`updated_by` as the server stores it: the user name the register sent, bound to the
    device the server authenticated (its enrolled HLC device id): "truong@0a1b2c3d4e5f". A name
    that already names a device loses that part: only the server's word counts."""
    base = name.partition("@")[0]
    if not device_id:
        return base[:64]
    return f"{base[:63 - len(device_id)]}@{device_id}"


def author(b: BatchState, op: Op, restate: bool) -> str:
    """The `updated_by` a change of this op is stored with: its verified author (`authors.py`)
    bound to the pushing device, `author@device`. A restate re-sends rows as the register holds
    them, last changed by whichever account and device: a name already bound to a device stays
    (it came from this server), anything else is bound to the pushing device."""
    if restate:
        if "@" in op.updated_by:
            return op.updated_by
        return author_of(op.updated_by, b.device.local_device_id)
    return author_of(b.op_authors.get(op.op_id) or op.updated_by, b.device.local_device_id)


def province_table_problem(op: Op, role: DeviceRole) -> Problem | None:
    """An op on a province table (a published template) from a device that may not write it,
    or naming a unit that is not a province."""
    if op.table not in PROVINCE_TABLES:
        return None
    if role != DeviceRole.PROVINCE_ADMIN:
        return RejectReason.NOT_PERMITTED, f"only the province's device writes {op.table}"
    target = op.fields.get("unit_code", op.unit_code)
    if len(op.unit_code) != 2 or not isinstance(target, str) or len(target) != 2:
        return RejectReason.NOT_PERMITTED, f"{op.table} lives in the province's unit"
    return None


def missing_required(op: Op, fields: dict[str, Any]) -> Problem | None:
    """An insert of a row the server does not hold, without a field its table requires."""
    missing = sorted(REQUIRED_FIELDS[op.table] - set(fields))
    if missing:
        return RejectReason.INVALID_VALUE, f"{op.table}.{missing[0]}: required"
    return None


def new_row_problem(b: BatchState, op: Op, fields: dict[str, Any]
                    ) -> tuple[Problem | None, tuple[str, str, str] | None]:
    """An insert of a row the server does not hold: missing fields or unsound references (a
    refusal), or the deleted row it names (it is then kept as a tombstone)."""
    missing = missing_required(op, fields)
    if missing:
        return missing, None
    return reference_problem(b, op, fields)


def role_problem(b: BatchState, op: Op, rec: Rec, target: str | None) -> Problem | None:
    """What the op's role (its author's, `BatchState.role_of`) forbids in this op on a row the
    server holds (deletes are refused in `check_op`, restate or not)."""
    if b.role_of(op) != DeviceRole.OFFICER:
        return None
    if target is not None and target != rec.unit_code:
        return RejectReason.NOT_PERMITTED, "an officer's device may not move a row to another unit"
    if op.table == "case_file" and op.fields.get("status") in _OPEN and rec.data.get("status") in _CLOSED:
        return RejectReason.NOT_PERMITTED, "an officer's device may not reopen a closed case"
    return None


# -- references --------------------------------------------------------------------------------
def load_parents(b: BatchState, ops: list[Op]) -> None:
    """The rows the batch's ops name in their reference fields, as the server holds them
    (b.parents: id -> (table, unit, deleted, HLC of the delete)); rows the batch itself
    writes are read from b.recs instead."""
    want: set[str] = set()
    for op in ops:
        for name in REFERENCES[op.table]:
            value = op.fields.get(name)
            if isinstance(value, str) and value:
                want.add(value)
    want -= {rid for (_, rid), rec in b.recs.items() if rec is not None}
    if not want:
        return
    t = Record.__table__  # type: ignore[attr-defined]
    ids = sorted(want)
    for i in range(0, len(ids), _CHUNK):
        q = select(t.c.row_id, t.c.table_name, t.c.unit_code, t.c.deleted, t.c.field_hlc).where(
            t.c.row_id.in_(ids[i:i + _CHUNK]))
        for rid, table, unit, deleted, field_hlc in b.conn.execute(q):
            h = json.loads(field_hlc).get("deleted", "") if deleted else ""
            b.parents[rid] = (table, unit, bool(deleted), h)


def parent_state(b: BatchState, table: str, row_id: str) -> tuple[str, bool, str] | None:
    """(unit, deleted, HLC of the delete) of the row `row_id` of `table`, as this batch leaves it
    so far, or None if the server does not hold it (in that table)."""
    rec = b.recs.get((table, row_id))
    if rec is not None:
        return rec.unit_code, rec.deleted, rec.field_hlc.get("deleted", "")
    known = b.parents.get(row_id)
    if known is None or known[0] != table:
        return None
    return known[1], known[2], known[3]


def reference_problem(b: BatchState, op: Op, fields: dict[str, Any]
                      ) -> tuple[Problem | None, tuple[str, str, str] | None]:
    """(a refusal, None) when a reference field names a row the server does not hold or holds
    out of the device's scope; (None, (table, id, delete HLC)) when it names a deleted one;
    (None, None) when every reference is sound."""
    deleted_parent = None
    for name, parent_table in REFERENCES[op.table].items():
        value = fields.get(name)
        if value is None:
            continue
        state = parent_state(b, parent_table, str(value))
        if state is None:
            return (RejectReason.DANGLING_REFERENCE, f"{op.table}.{name}: no {parent_table} {value}"), None
        unit, deleted, h = state
        if not b.device.in_scope(unit) and (op.table, op.row_id) not in b.following:
            return (RejectReason.DANGLING_REFERENCE,
                    f"{op.table}.{name}: {parent_table} {value} is in unit {unit}"), None
        if deleted and deleted_parent is None:
            deleted_parent = (parent_table, str(value), h)
    return None, deleted_parent
