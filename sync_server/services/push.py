"""Push (DESIGN §4): ordered, idempotent, merged per field by HLC, in one transaction.

- The device row is locked, then ops with `device_seq <= last_applied` are skipped (a resend is
  harmless; the same seq with another op id means a cloned device) and a gap stops the batch.
- Each op's author is checked (signature and certificate, `authors.py`); then the op (fields,
  kinds, its author's role, scope from the token; whole rows, references and roles in
  `rules.py`). A refused op goes to `sync_rejections`, is acknowledged, and never
  blocks the ops behind it; when the device holds the row, the row is re-stamped so that the
  device pulls the server's state back.
- A deleted row's live children close with it (`cascade.py`).
- Every unit the batch touches has its counter row locked (SELECT … FOR UPDATE, in code order,
  so two pushes cannot deadlock on them); each change takes `version = counter + 1`.
- Merge: per field the higher HLC wins. The loser of a concurrent change (the other side had
  not seen it: changed after `base_version`, by another device) goes to `sync_conflicts`; so
  does any incoming value that loses, whatever the reason, so nothing is dropped silently. A
  delete beats a concurrent edit; the edit is kept in the conflict row.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, select

from desktop_app.core.domain.records import DERIVED_FIELDS, REFERENCES
from desktop_app.core.sync.protocol import (
    META_FIELDS,
    ROW_IN_UNIT,
    TABLE_FIELDS,
    ConflictKind,
    DeviceRole,
    Op,
    OpKind,
    PushReply,
    PushRequest,
    Rejection,
    RejectReason,
    op_fields_error,
)
from sync_server.core import clock
from sync_server.core.db import get_meta, with_retry
from sync_server.models import (
    WHOLE,
    AppliedOp,
    Device,
    SyncRejection,
    UnitClock,
    UnitCounter,
)
from sync_server.services import authors, cascade, moves, rules
from sync_server.services import seen as seen_svc
from sync_server.services.clockbound import bound_ops, notice
from sync_server.services.enrollment import DeviceCtx, authenticate
from sync_server.services.errors import ApiError

SERVER_SCHEMA_VERSION = 1


from sync_server.services.push_state import (  # noqa: E402,F401 (re-exported: rules, moves, cascade, pull)
    _CHUNK,
    BatchState,
    Rec,
    _conflict_models,
    _load_records,
    _lock_counters,
    _record_sql,
    _write,
    enc,
    hlc_device,
    param_mark,
)

# -- checks ------------------------------------------------------------------------------------
OFFICER_DELETES = "an officer's device may not delete"


def check_op(op: Op, role: DeviceRole, restate: bool) -> tuple[RejectReason, str] | None:
    """What is wrong with an op on its own (before looking at the stored row), or None."""
    if op.schema_version > SERVER_SCHEMA_VERSION:
        return RejectReason.SCHEMA_TOO_NEW, f"schema {op.schema_version} > {SERVER_SCHEMA_VERSION}"
    if role == DeviceRole.VIEWER:
        return RejectReason.NOT_PERMITTED, "a viewer device may not write"
    if (province := rules.province_table_problem(op, role)) is not None:
        return province
    deleting = op.op == OpKind.DELETE or op.fields.get("deleted") is True
    if deleting and role == DeviceRole.OFFICER and not restate:
        # (a restate passes the same check in apply_op, against the stored row)
        return RejectReason.NOT_PERMITTED, OFFICER_DELETES
    kinds = TABLE_FIELDS[op.table]
    meta = 0
    for name, value in op.fields.items():
        if name == "deleted":
            meta += 1
            if value is not True or not (op.op == OpKind.DELETE or restate):
                return RejectReason.INVALID_VALUE, "deleted: only a delete sets it, to true"
        elif name == "unit_code":
            meta += 1
            if not (isinstance(value, str) and value.isdigit() and len(value) in (2, 5)):
                return RejectReason.INVALID_VALUE, f"unit_code: {value!r}"
        elif name not in kinds:
            return RejectReason.UNKNOWN_FIELD, f"{op.table}.{name}"
        if name not in op.field_hlcs:
            return RejectReason.INVALID_VALUE, f"{name}: no HLC"
    if len(op.fields) > meta:
        # Every value as the table declares it (core/domain/records.py), the same declaration
        # the desktop's tables are built from.
        fields = op.fields if not meta else {k: v for k, v in op.fields.items() if k not in META_FIELDS}
        bad = op_fields_error(op.table, fields)
        if bad is not None:
            return RejectReason.INVALID_VALUE, f"{op.table}.{bad[0]}: {bad[1]}"
    if op.op == OpKind.DELETE and set(op.fields) - set(META_FIELDS):
        return RejectReason.INVALID_VALUE, "a delete carries only the tombstone"
    if op.op == OpKind.DELETE and "deleted" not in op.fields:
        return RejectReason.INVALID_VALUE, "a delete carries the tombstone"
    return None


# -- the merge ---------------------------------------------------------------------------------
def _conflict(b: BatchState, rec: Rec, kind: ConflictKind, fname: str, kept: Any, kept_hlc: str,
              lost: Any, lost_hlc: str, lost_device: str, lost_by: str) -> None:
    b.conflicts.append({
        "id": str(uuid.uuid4()), "unit_code": rec.unit_code, "version": b.stamp(rec.unit_code),
        "kind": kind.value, "table_name": rec.table, "row_id": rec.row_id, "field": fname,
        "kept_value": enc(kept), "kept_hlc": kept_hlc, "lost_value": enc(lost), "lost_hlc": lost_hlc,
        "lost_device": lost_device, "lost_by": lost_by, "created_at": dt.datetime.now(dt.UTC)})


def _reject(b: BatchState, op: Op, reason: RejectReason, detail: str, rec: Rec | None) -> None:
    b.rejections.append({
        "device_id": b.device.id, "op_id": op.op_id, "device_seq": op.device_seq, "table_name": op.table,
        "row_id": op.row_id, "unit_code": op.unit_code, "reason": reason.value, "detail": detail[:500],
        "created_at": dt.datetime.now(dt.UTC)})
    if rec is not None and not rec.new and b.device.in_scope(rec.unit_code):
        # The device applied the refused change locally (whatever the reason: a move out of
        # scope too): a new version makes it pull the server's state of the row back, so the
        # replicas do not stay apart.
        _restamp_whole(b, rec)
    if rec is not None:
        _echo(b, rec, False)


def _echo(b: BatchState, rec: Rec, same: bool) -> None:
    """Whether the row, after this op, is exactly what the pushing device holds (see
    Record.echo_of): it was, before the op (or no op of the batch touched it yet), and the op
    left it so."""
    rec.echo_of = b.device.id if same and (not rec.touched or rec.echo_of == b.device.id) else None
    rec.touched = True


def _restamp_whole(b: BatchState, rec: Rec) -> None:
    """A change the device made lost the merge (an older HLC, or a delete beat it) or was
    refused: the row gets a new version, unchanged otherwise, so that every device — the one
    whose change lost first of all — pulls the winner, even one whose cursor is already past
    the winning version; marked to go whole (Record.field_ver's WHOLE), so that a device
    pulling with `delta` gets every field, its own local values all replaced."""
    rec.version = b.stamp(rec.unit_code)
    rec.field_ver[WHOLE] = rec.version
    rec.dirty = True


def _base_version(b: BatchState, op: Op, rec: Rec, restate: bool) -> int:
    """The version the device had seen the row at: never above the last version of the unit
    this database told it about (DeviceSeen: a number above it comes from the history a restore
    nobody announced lost, and the versions stamped since were never seen by it). A restated
    row's version is bounded as well by what the restore left: versions stamped since (above
    the counter the unit had when `new-epoch` ran, or stamped after the register's last sync
    when nobody ran it) were never seen by it, whatever number it sends."""
    base = min(op.base_version, b.told.get(rec.unit_code, op.base_version))
    if not restate:
        return base
    restored_at = b.epoch_base.get(rec.unit_code)
    return base if restored_at is None else min(base, restored_at)


def _own_edit(b: BatchState, op: Op, names: Any) -> bool:
    """Whether a restated value among `names` was stamped by this register (under its device id
    of now or of an earlier enrollment): its own edit, not a stale copy of somebody else's. Only
    those make conflicts when a restate merges."""
    return any(hlc_device(op.field_hlcs.get(n, "")) in b.own_ids for n in names)


def apply_op(b: BatchState, op: Op, restate: bool) -> None:
    key = (op.table, op.row_id)
    rec = b.recs.get(key)
    unverified = b.author_refused.get(op.op_id)
    problem = unverified or check_op(op, b.role_of(op), restate)
    if problem:
        _reject(b, op, *problem, rec)
        return
    if rec is None:
        other = b.table_of.get(op.row_id)
        if other is not None and other != op.table:
            _reject(b, op, RejectReason.WRONG_TABLE, f"{op.row_id} is a {other} row", None)
            return
    derived = DERIVED_FIELDS.get(op.table)
    # derived columns (search text, sort key) are each laptop's own: never merged or stored
    fields = {k: v for k, v in op.fields.items() if k not in derived} if derived else dict(op.fields)
    target = fields.pop("unit_code", None)
    deleting = op.op == OpKind.DELETE or fields.pop("deleted", None) is True
    fields.pop("deleted", None)
    author = b.device.local_device_id
    by = rules.author(b, op, restate)
    if rec is None:
        if op.op != OpKind.INSERT and not restate:
            _reject(b, op, RejectReason.UNKNOWN_ROW, "the server has no such row", None)
            return
        unit = target or op.unit_code
        if not b.device.in_scope(unit):
            _reject(b, op, RejectReason.OUT_OF_SCOPE, f"unit {unit}", None)
            return
        problem, dead_parent = (None, None) if deleting else rules.new_row_problem(b, op, fields)
        if problem:
            _reject(b, op, *problem, None)
            return
        if dead_parent is not None:
            # A new row of a row the server holds deleted: kept as a tombstone (cascade.py)
            deleting = True
            fields.pop("deleted", None)
            op = op.model_copy(update={"field_hlcs": {**op.field_hlcs, "deleted": max(
                [dead_parent[2], *op.field_hlcs.values()])}})
        version = b.stamp(unit)
        hlcs = {k: op.field_hlcs[k] for k in fields}
        if deleting:
            hlcs["deleted"] = op.field_hlcs["deleted"]
        if target:
            hlcs["unit_code"] = op.field_hlcs["unit_code"]
        b.table_of[op.row_id] = op.table
        b.recs[key] = rec = Rec(op.table, op.row_id, unit, version, deleting, fields, hlcs,
                                {k: version for k in hlcs}, max(hlcs.values(), default=""), by,
                                new=True, dirty=True)
        if dead_parent is not None and not restate:
            _conflict(b, rec, ConflictKind.DELETE_BEATS_EDIT, "deleted", True, dead_parent[2], dict(fields),
                      max((op.field_hlcs[k] for k in fields), default=""), author, by)
        # a plain insert: the device holds what it sent (and its own defaults for the rest)
        _echo(b, rec, not restate and not deleting and target is None and op.op == OpKind.INSERT
              and bool(op.updated_by))
        b.applied += 1
        return
    if not b.device.in_scope(rec.unit_code):
        _reject(b, op, RejectReason.OUT_OF_SCOPE, f"{ROW_IN_UNIT}{rec.unit_code}", rec)
        return
    if deleting and restate and not rec.deleted and b.role_of(op) == DeviceRole.OFFICER:
        # An officer's register re-sends the tombstones it holds (a chief's delete, a cascade
        # it pulled): one the server lacks, or holds deleted too, destroys nothing and is kept
        # (the server may have lost it in a restore); one of a row the server holds live would
        # be the officer's delete, refused as in any push.
        _reject(b, op, RejectReason.NOT_PERMITTED, OFFICER_DELETES, rec)
        return
    if target is not None and target != rec.unit_code and not b.device.in_scope(target) \
            and target not in b.destinations:
        _reject(b, op, RejectReason.OUT_OF_SCOPE, f"moving to unit {target}", rec)
        return
    problem = rules.role_problem(b, op, rec, target)
    if problem is None and not rec.deleted and not deleting:
        # a reference changed to a row the server does not hold (or holds deleted)
        changed_refs = {k: v for k, v in fields.items() if k in REFERENCES[op.table] and v != rec.data.get(k)}
        bad_ref, dead_parent = rules.reference_problem(b, op, changed_refs) if changed_refs else (None, None)
        problem = bad_ref or ((RejectReason.DANGLING_REFERENCE, f"{dead_parent[0]} {dead_parent[1]} is deleted")
                              if dead_parent else None)
    if problem:
        _reject(b, op, *problem, rec)
        return
    b.applied += 1
    if rec.deleted:
        # A delete beats an edit: the edit is not applied, and kept in a conflict row.
        lost = {k: v for k, v in fields.items() if rec.data.get(k) != v}
        if lost and (not restate or _own_edit(b, op, lost)):
            h = max(op.field_hlcs[k] for k in lost)
            _conflict(b, rec, ConflictKind.DELETE_BEATS_EDIT, "deleted", True, rec.field_hlc.get("deleted", ""),
                      lost, h, author, by)
        if lost and not restate:  # (a restating device pulls everything again anyway)
            _restamp_whole(b, rec)
        _echo(b, rec, False)
        return
    # The device holds the row as the server will after this op when it had seen the row's
    # version as loaded, and every field it sends wins (or is that very change): nothing but
    # its own change was made since. Moves, deletes and restates are left out.
    base = _base_version(b, op, rec, restate)
    same = (not restate and not deleting and target is None and bool(op.updated_by)
            and op.base_version == rec.orig_version == base
            and all(op.field_hlcs[k] >= rec.field_hlc.get(k, "") for k in fields))
    changed = False
    won_any = False
    lost_any = False

    def _wins(name: str) -> bool:
        return op.field_hlcs.get(name, "") > rec.field_hlc.get(name, "")

    if deleting:
        concurrent = {k: rec.data.get(k) for k, ver in rec.field_ver.items()
                      if k in rec.data and ver > base
                      and hlc_device(rec.field_hlc.get(k, "")) != hlc_device(op.field_hlcs["deleted"])}
        if concurrent and (not restate or _own_edit(b, op, ["deleted"])):
            h = max(rec.field_hlc[k] for k in concurrent)
            _conflict(b, rec, ConflictKind.DELETE_BEATS_EDIT, "deleted", True, op.field_hlcs["deleted"],
                      concurrent, h, hlc_device(h), rec.updated_by)
    for name, value in fields.items():
        h_in = op.field_hlcs[name]
        h_st = rec.field_hlc.get(name, "")
        if h_in == h_st:
            continue
        old = rec.data.get(name)
        if h_in > h_st:
            # (one device's own earlier value is no conflict: its reply was lost, it knew it. In a
            # restate it is: a copy of the register not yet told apart — one device id, two
            # registers — re-sends its rows before the push that would have shown it is a copy.
            # A restated value replaces an unseen one whoever stamped it: a copy it pulled of
            # another device's edit, which the restore lost, overwrites what was pushed since,
            # and that device, restating the same stamp later, finds nothing to replace)
            if h_st and old != value and rec.field_ver.get(name, 0) > base \
                    and (hlc_device(h_st) != hlc_device(h_in) or restate):
                _conflict(b, rec, ConflictKind.FIELD, name, value, h_in, old, h_st, hlc_device(h_st), rec.updated_by)
            if h_st:
                rec.field_prev[name] = h_st
            rec.data[name] = value
            rec.field_hlc[name] = h_in
            rec.field_ver[name] = -1  # stamped below
            changed = won_any = True
        elif old != value:
            # The incoming value loses: kept in a conflict row (a restated value only when it is
            # this device's own edit the server had not seen — not the very value the field's
            # last change replaced, which whoever made it saw; otherwise it is merely stale), and
            # the row gets a new version so the device pulls the winner back.
            if not restate or (_own_edit(b, op, [name]) and rec.field_ver.get(name, 0) > base
                               and rec.field_prev.get(name) != h_in):
                _conflict(b, rec, ConflictKind.FIELD, name, old, h_st, value, h_in, author, by)
            lost_any = True
    if target is not None and target != rec.unit_code and not _wins("unit_code"):
        lost_any = True  # a move that loses: the device holds the row in the other unit
    if target is not None and target != rec.unit_code and _wins("unit_code"):
        old_unit = rec.unit_code
        b.moved.append({"table_name": rec.table, "row_id": rec.row_id, "from_unit": old_unit,
                        "to_unit": target, "version": b.stamp(old_unit)})
        rec.unit_code = target
        rec.field_hlc["unit_code"] = op.field_hlcs["unit_code"]
        rec.field_ver["unit_code"] = -1
        # the new unit's devices pull it whole (its field versions were stamped in the old unit)
        rec.field_ver[WHOLE] = -1
        changed = won_any = True
    elif target is not None and _wins("unit_code"):
        rec.field_hlc["unit_code"] = op.field_hlcs["unit_code"]
        rec.field_ver["unit_code"] = -1
        changed = True
    if deleting:
        rec.deleted = True
        rec.field_hlc["deleted"] = max(op.field_hlcs["deleted"], rec.field_hlc.get("deleted", ""))
        rec.field_ver["deleted"] = -1
        changed = won_any = True
        b.closed.append((rec.table, rec.row_id, op.base_version, hlc_device(op.field_hlcs["deleted"]),
                         rec.field_hlc["deleted"]))
    _echo(b, rec, same)
    if lost_any and not changed and not restate:  # (a restating device pulls everything again anyway)
        _restamp_whole(b, rec)
    if changed:
        v = b.stamp(rec.unit_code)  # the row's unit after a move
        rec.version = v
        rec.field_ver = {k: (v if ver == -1 else ver) for k, ver in rec.field_ver.items()}
        rec.updated_hlc = max(rec.field_hlc.values(), default="")
        if won_any and op.updated_by:
            rec.updated_by = by
        rec.dirty = True


def push(engine: Engine, device: DeviceCtx | str, req: PushRequest) -> PushReply:
    """`device`: who pushes, or the bearer token of a request (checked in the push's own
    transaction, with the device row locked by the same query)."""
    return with_retry(engine, lambda conn: _push(conn, device, req))


def _push(conn: Connection, device: DeviceCtx | str, req: PushRequest) -> PushReply:
    d = Device.__table__
    if isinstance(device, str):
        device = authenticate(conn, device, for_update=True)
        epoch = device.server_epoch or ""
        last = device.last_applied_seq
    else:
        epoch = get_meta(conn, "server_epoch")
        row = conn.execute(select(d.c.last_applied_seq).where(d.c.id == device.id).with_for_update()).first()
        if row is None:
            raise ApiError(401, "device_unknown", "unknown device")
        last = int(row[0])
    if req.epoch is not None and req.epoch != epoch and not req.restate:
        raise ApiError(409, "epoch_changed", "the server was restored from a backup", server_epoch=epoch)
    b = BatchState(conn, device)
    b.told = seen_svc.told(conn, device.id)
    restamped: list[Op] = []
    now = max_ahead = 0
    if req.restate:
        _load_restate_context(b, req.seen_ms, req.former_ids)
    ops = sorted(req.ops, key=lambda o: o.device_seq)
    todo: list[Op] = []
    seen: list[Op] = []
    skipped = 0
    if req.restate:
        todo = [o for o in ops if o.device_seq == 0]
    else:
        expected = last + 1
        for op in ops:
            if op.device_seq <= last or op.device_seq < expected:
                seen.append(op)
                skipped += 1
            elif op.device_seq == expected:
                todo.append(op)
                expected += 1
            else:
                break  # a gap: what follows waits until the missing ops come
        _check_clone(conn, device.id, seen)
        if ops and not todo and not seen:
            raise ApiError(409, "seq_gap", f"expected device_seq {last + 1}, got {ops[0].device_seq}",
                           expected_seq=last + 1)
    if todo:
        who = authors.check(conn, device, todo, req.certs, before=seen)
        if who.hold is not None:
            todo = todo[:who.hold]  # a signed group the batch does not end: it waits (never cut by our client)
        b.op_roles, b.op_authors, b.author_refused = who.roles, who.names, who.refused
    if todo:
        units = {o.unit_code for o in todo} | {str(o.fields["unit_code"]) for o in todo
                                                if isinstance(o.fields.get("unit_code"), str)}
        b.destinations = moves.destinations(conn, device, todo)
        units = {u for u in units if device.in_scope(u) or u in b.destinations}
        _lock_counters(b, units)
        keys = {(o.table, o.row_id) for o in todo}
        while True:
            # A row may have moved (by another push) to a unit not locked yet: lock it, then
            # read the rows again, now that nobody can change them under us.
            b.recs.clear()
            b.table_of.clear()
            _load_records(b, keys)
            extra = {r.unit_code for r in b.recs.values() if r is not None} - set(b.counters)
            if not extra:
                break
            _lock_counters(b, extra)
        now, max_ahead = clock.now_ms(), clock.max_ahead_ms()
        todo, restamped = bound_ops(todo, now, max_ahead, lambda: [
            h for r in b.recs.values() if r is not None for h in r.field_hlc.values()])
        rules.load_parents(b, todo)
        refused = moves.refused_moves(b, todo)  # transfers: a person's file moves whole
        stragglers = moves.stragglers(b, todo)  # and rows written behind it follow it
        b.following = stragglers
        _lock_counters(b, set(stragglers.values()))
        for op in todo:
            if op.op_id in refused:
                _reject(b, op, *refused[op.op_id], b.recs.get((op.table, op.row_id)))
            else:
                apply_op(b, op, req.restate)
        moves.follow(b, stragglers)
        if b.closed:
            cascade.close_children(b, req.restate)
        _forget_echoes(b, restamped)
        _write(b)
        seqs = [o for o in todo if o.device_seq > 0]
        if seqs:
            m = param_mark(conn)
            conn.exec_driver_sql(f"INSERT INTO {AppliedOp.__tablename__} (device_id, device_seq, op_id) "
                                 f"VALUES ({m}, {m}, {m})", [(device.id, o.device_seq, o.op_id) for o in seqs])
            last = seqs[-1].device_seq
    if req.restate and req.next_seq is not None:
        # After a restore the server's record of the device's sequence is behind: continue
        # from where the device stands (never backwards: applied seqs stay applied).
        last = max(last, req.next_seq - 1)
    conn.execute(d.update().where(d.c.id == device.id).values(last_applied_seq=last,
                                                              last_seen_at=dt.datetime.now(dt.UTC)))
    # A resend after a lost reply: the ops are skipped, but their rejections are told again, or
    # the device would never learn them.
    earlier = _earlier_rejections(conn, device.id, [o.op_id for o in seen])
    rejections = [Rejection(op_id=r["op_id"], device_seq=r["device_seq"], table=r["table_name"], row_id=r["row_id"],
                            reason=RejectReason(r["reason"]), detail=r["detail"]) for r in earlier + b.rejections]
    return PushReply(acked_seq=last, applied=b.applied, skipped=skipped, rejections=rejections,
                     conflicts=_conflict_models(b.conflicts), server_epoch=epoch,
                     clock_ahead=notice(restamped, now, max_ahead))


def _forget_echoes(b: BatchState, restamped: list[Op]) -> None:
    """A re-stamped op's row is not as the device holds it (its stamps changed): never an echo."""
    for op in restamped:
        rec = b.recs.get((op.table, op.row_id))
        if rec is not None:
            rec.echo_of = None


EPOCH_BASE_KEY = "epoch_base"  # server_meta: {unit: counter} when `new-epoch` last ran


def epoch_base(conn: Connection) -> str:
    """What `new-epoch` records: every unit's counter as the restored database holds it."""
    t = UnitCounter.__table__
    return enc({u: int(v) for u, v in conn.execute(select(t.c.unit_code, t.c.version))})


def _load_restate_context(b: BatchState, seen_ms: int | None, former_ids: list[str]) -> None:
    d = Device.__table__
    reg = b.conn.execute(select(d.c.register_id).where(d.c.id == b.device.id)).scalar()
    ids = {r for (r,) in b.conn.execute(select(d.c.local_device_id).where(d.c.register_id == reg))} if reg else set()
    # and the ids the register names from its earlier enrollments, which a restored database may
    # have lost (they only decide whether a value that loses or is replaced is shown as a
    # conflict: a false claim adds conflict rows, never changes a merge)
    b.own_ids = {i for i in ids | set(former_ids) | {b.device.local_device_id} if i}
    raw = get_meta(b.conn, EPOCH_BASE_KEY)
    b.epoch_base = {str(k): int(v) for k, v in json.loads(raw).items()} if raw else {}
    if seen_ms is not None:
        # A restore nobody announced: the versions this database stamped after the register's
        # last sync are new to it, though its rows may carry the same numbers from the history
        # the restore lost. Every unit's last version stamped by then (0: none yet) bounds what
        # it saw; a unit never stamped holds no row to merge with.
        c, u = UnitClock.__table__, UnitCounter.__table__
        last_by = (select(c.c.version).where(c.c.unit_code == bindparam("unit"), c.c.at_ms <= seen_ms)
                   .order_by(c.c.at_ms.desc(), c.c.version.desc()).limit(1))  # ix_unit_clock_unit_at
        for (unit,) in b.conn.execute(select(u.c.unit_code)):
            if b.device.in_scope(unit):
                cut = int(b.conn.execute(last_by, {"unit": unit}).scalar() or 0)
                b.epoch_base[unit] = min(b.epoch_base.get(unit, cut), cut)


def _earlier_rejections(conn: Connection, device_id: str, op_ids: list[str]) -> list[dict[str, Any]]:
    t = SyncRejection.__table__
    out: list[dict[str, Any]] = []
    for i in range(0, len(op_ids), _CHUNK):
        chunk = op_ids[i:i + _CHUNK]
        out += [dict(r) for r in conn.execute(select(t).where(t.c.device_id == device_id, t.c.op_id.in_(chunk))
                                              .order_by(t.c.device_seq)).mappings()]
    return out


def _check_clone(conn: Connection, device_id: str, seen: list[Op]) -> None:
    """A resent op must be the op first applied under its seq; another op id under the same seq
    means two machines push with one token (a cloned laptop): refuse, never drop its ops."""
    if not seen:
        return
    t = AppliedOp.__table__
    by_seq = {o.device_seq: o.op_id for o in seen}
    seqs = sorted(by_seq)
    for i in range(0, len(seqs), _CHUNK):
        chunk = seqs[i:i + _CHUNK]
        for seq, op_id in conn.execute(select(t.c.device_seq, t.c.op_id).where(
                t.c.device_id == device_id, t.c.device_seq.in_(chunk))).all():
            if by_seq[seq] != op_id:
                raise ApiError(409, "device_cloned",
                               f"device_seq {seq} was already used by another op: is this register a copy?")
