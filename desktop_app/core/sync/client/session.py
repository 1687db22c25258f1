"""A sync session (DESIGN §4), in the stages of Anki's: meta → push (push.py) → attachments →
pull (pull.py) → check (check.py). One sync of a register at a time; `last_sync` /
`last_sync_error` in sync_meta say honestly how the last one went.

    report = sync(ws, progress=lambda stage, done, total: ...)

A restored server (a new epoch, or versions/sequence behind what this register saw) is
recovered, not trusted: the register re-sends the state of every row it holds (push.restate:
merged by HLC, so nothing is applied twice) and re-pulls its units from the start.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from typing import TYPE_CHECKING

from desktop_app.core.domain.hlc import MAX_SKEW_MS
from desktop_app.core.gcpause import gc_paused
from desktop_app.core.services.base import Tx
from desktop_app.core.store.blobs import drop_unnamed
from desktop_app.core.sync.client.anchor import send_anchor
from desktop_app.core.sync.client.check import check, content_due
from desktop_app.core.sync.client.clock import note_server_time
from desktop_app.core.sync.client.published import pull_published
from desktop_app.core.sync.client.pull import pull_unit
from desktop_app.core.sync.client.push import NeedsRecovery, push, restate
from desktop_app.core.sync.client.state import (
    Progress,
    SyncReport,
    now_iso,
    read_meta,
    server_lost_history,
    set_meta,
)
from desktop_app.core.sync.protocol import DEFAULT_PULL_LIMIT, PROTOCOL_VERSION, ServerMeta
from desktop_app.core.sync.transport import HttpTransport, SyncError

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _lock_for(ws: Workspace) -> threading.Lock:
    key = str(ws.data_dir.resolve())
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, threading.Lock())


def _transport(ws: Workspace, meta: dict[str, str]) -> HttpTransport:
    url, token = meta.get("server_url"), meta.get("device_token")
    if not url or not token:
        raise SyncError("not_enrolled", "this register is not enrolled with a server")
    return HttpTransport(url, token, pinned_cert=meta.get("server_cert") or None)


def sync(ws: Workspace, *, progress: Progress | None = None, transport: HttpTransport | None = None,
         pull_limit: int = DEFAULT_PULL_LIMIT, check_content: bool = False) -> SyncReport:
    """Push then pull then check. Any signed-in user may sync. Raises SyncError when the sync
    could not finish (the register stays consistent: what was acknowledged or applied is kept,
    the rest is done by the next sync); last_sync / last_sync_error in sync_meta say honestly
    how it went. `check_content`: the end-of-sync check compares every row's content with the
    server's now (it does so by itself once a day per unit, and after a recovery)."""
    lock = _lock_for(ws)
    if not lock.acquire(blocking=False):
        raise SyncError("sync_running", "a sync of this register is already running")
    started = time.monotonic()
    report = SyncReport()
    t: HttpTransport | None = transport
    try:
        with ws.db.read() as conn:
            meta = read_meta(conn)
        if t is None:
            t = _transport(ws, meta)
        # The cyclic collector paused for the sync (core/gcpause.py): it pulls and pushes a
        # few objects per row, and each full pass walks every object of the process (the
        # app's Qt objects, the pages held): a third of the time of a sync of 1,000 edits.
        with gc_paused():
            _run(ws, t, meta, report, progress or (lambda *_: None), pull_limit, check_content)
    except BaseException as e:
        code = e.code if isinstance(e, SyncError) else ("interrupted" if isinstance(e, KeyboardInterrupt)
                                                         else f"internal_error: {type(e).__name__}")
        try:
            with ws.db.write() as tx:
                set_meta(tx.conn, {"last_sync_error": code, "last_sync_error_at": now_iso(),
                               "last_sync_error_detail": str(e)[:500]})
                tx.audit("sync_failed", "register", ws.register_id, None, {"code": code})
        except Exception:  # noqa: BLE001 - the original error matters more
            pass
        raise
    finally:
        if t is not None:
            report.bytes_sent, report.bytes_received = t.bytes_sent, t.bytes_received
            if transport is None:
                t.close()
        lock.release()
    report.seconds = round(time.monotonic() - started, 3)
    with ws.db.write() as tx:
        set_meta(tx.conn, {"last_sync": now_iso(), "last_sync_error": "", "last_sync_error_detail": "",
                       "last_sync_report": json.dumps(report.as_dict(), ensure_ascii=False),
                       "clock_warning": "1" if "clock_skew" in report.warnings else "",
                       # a reply to a bundle made before this sync is an old one (bundle.bundle_import)
                       "bundle_last_out": "",
                       # kept for a restate after a restore (PushRequest.seen_ms)
                       "server_seen_ms": str(report.server_time_ms)})
        tx.audit("sync", "register", ws.register_id, None,
                 {"pushed": report.pushed, "rejected": report.rejected, "conflicts": report.conflicts,
                  "pulled": report.pulled, "recovered": report.recovered})
    return report


def plaintext_pending(ws: Workspace) -> bool:
    """Whether an unsent op carries plaintext in a sealed field (domain/sealed.py)."""
    from desktop_app.core.domain.sealed import SEALED_FIELDS, SEALED_PREFIX

    with ws.db.read() as conn:
        rows = conn.exec_driver_sql("SELECT table_name, changed_fields FROM sync_outbox WHERE table_name IN "
                                    "('person', 'tip')").all()
    for table, fields in rows:
        values = json.loads(fields)
        if any(isinstance(v, str) and v and not v.startswith(SEALED_PREFIX)
               for k, v in values.items() if k in SEALED_FIELDS[table]):
            return True
    return False


def note_sensitive_keys(ws: Workspace, t: HttpTransport, meta: dict[str, str], server: ServerMeta) -> None:
    """Keeps the server's list of the keys the sensitive fields are sealed for (only on change),
    and sends this register's own sensitive key when the server does not have it yet — only
    from a session that holds the key (a chief's): an officer's sync never sends what
    sync_meta says, which an insider may have replaced."""
    from desktop_app.core.services.sensitive import META_RECIPIENTS, META_SENT
    from desktop_app.core.sync.protocol import SensitiveKeyRequest

    listed = json.dumps([{"unit": k.unit, "key": k.key, "province": k.province}
                         for k in server.sensitive_keys], sort_keys=True)
    verified = ws.sensitive.verified_public()
    own = verified.hex() if verified is not None else ""
    sent = meta.get(META_SENT, "")
    if own and own != sent:
        try:
            t.post_json("/sync/sensitive-key", SensitiveKeyRequest(key=own).model_dump_json().encode())
            sent = own
        except SyncError as e:
            if e.status != 404:  # a server of an older release: left alone, tried next time
                raise
    if listed != (meta.get(META_RECIPIENTS) or "[]") or sent != meta.get(META_SENT, ""):
        with ws.db.write() as tx:
            set_meta(tx.conn, {META_RECIPIENTS: listed, META_SENT: sent})
        ws.sensitive.invalidate()


def _run(ws: Workspace, t: HttpTransport, meta: dict[str, str], report: SyncReport, progress: Progress,
         pull_limit: int, check_content: bool = False) -> None:
    progress("meta", 0, 1)
    server = ServerMeta.model_validate(t.get_json("/sync/meta", keys=1, told=1))
    met = time.monotonic()
    if server.protocol != PROTOCOL_VERSION:
        raise SyncError("protocol_mismatch", f"server protocol {server.protocol}, ours {PROTOCOL_VERSION}")
    skew = abs(server.server_time_ms - ws.db.clock.wall())
    if skew > MAX_SKEW_MS:
        report.warnings.append("clock_skew")
    note_server_time(ws, server, report)  # the clock bound: before anything is pushed
    scope_json = json.dumps([u.code for u in server.scope])
    communes_json = json.dumps([u.code for u in server.province_units])
    if meta.get("server_scope") != scope_json or meta.get("province_units", "[]") != communes_json:
        with ws.db.write() as tx:  # (a write costs a disk flush: only on change)
            set_meta(tx.conn, {"server_scope": scope_json, "province_units": communes_json})
            _add_missing_units(tx, server)
    note_sensitive_keys(ws, t, meta, server)  # issue 16: whom the sensitive fields are sealed for
    if not meta.get("sensitive_pub") and plaintext_pending(ws):
        # A register made before sealing, whose chief has not signed in since: the server would
        # refuse these ops, and the later sealing edits would name rows it never received.
        raise SyncError("sensitive_key_missing", "a chief must sign in once before this register syncs")
    scope = {u.code for u in server.scope}
    cursors = {u.code: int(meta.get(f"cursor:{u.code}") or 0) for u in server.scope}
    first_pull = {u for u, c in cursors.items() if c == 0}
    regressed = server_lost_history(meta, server)
    # Enrolled again (a copied or revoked register, a server that lost this device): the server
    # may lack rows held here, so every row is re-sent — but after the unsent edits went up as
    # an ordinary push, so that they meet concurrent edits as conflicts (a restate re-sends
    # states, merged without them, and would leave the outbox nothing to say).
    reenrolled = meta.get("restate_pending") == "1"
    if regressed:
        restate(ws, t, server, report, progress)
        cursors = {u: 0 for u in cursors}
    try:
        push(ws, t, server.server_epoch, report, progress)
    except NeedsRecovery:
        restate(ws, t, server, report, progress)
        cursors = {u: 0 for u in cursors}
        push(ws, t, server.server_epoch, report, progress)
    if reenrolled and not regressed and not report.recovered:
        restate(ws, t, server, report, progress)
        cursors = {u: 0 for u in cursors}
    from desktop_app.core.sync import attachments

    progress("attachments", 0, 1)
    report.blobs_sent = attachments.push_blobs(ws, t)
    total_units = len(server.scope)
    for i, unit in enumerate(server.scope):
        full = report.recovered or (0 < cursors[unit.code] < unit.tombstone_horizon)
        pull_unit(ws, t, unit.code, 0 if full else cursors[unit.code], scope, report,
                   progress, pull_limit, sweep=full, epoch=server.server_epoch)
        progress("pull", i + 1, total_units)
    pull_published(ws, t, server, report, progress, pull_limit)  # the province's templates (issue 18)
    report.blobs_received = attachments.pull_blobs(ws, t)
    if report.pulled or report.removed:
        with ws.db.write() as tx:
            drop_unnamed(tx.conn)  # photos the pulled rows no longer name
    progress("attachments", 1, 1)
    _check(ws, t, server, scope, report, progress, pull_limit, meta, first_pull, check_content)
    send_anchor(ws, t, report)  # the audit head, signed: kept off the laptop (issue 16 item 4)
    report.server_time_ms = server.server_time_ms + int((time.monotonic() - met) * 1000) + 1


def _check(ws: Workspace, t: HttpTransport, server: ServerMeta, scope: set[str], report: SyncReport,
           progress: Progress, pull_limit: int, meta: dict[str, str], first_pull: set[str], forced: bool) -> None:
    """The end-of-sync check; the rows' content is compared when asked, after a recovery and
    once a day per unit — not right after a unit's first pull (its rows are the server's as
    they came), which counts as that day's comparison."""
    now = dt.datetime.now(dt.UTC)
    due = {u.code for u in server.scope if forced or (u.code not in first_pull and content_due(meta, u.code, now))}
    check(ws, t, server, scope, report, progress, pull_limit, content=due)
    fresh = {f"content_checked:{u}": now.isoformat() for u in first_pull - due if report.checks.get(u) == "ok"}
    if fresh and not report.recovered:
        with ws.db.write() as tx:
            set_meta(tx.conn, fresh)


def _add_missing_units(tx: Tx, server: ServerMeta) -> None:
    """The province's commune list comes with the scope (DOMAIN §4): communes this register
    does not know yet are added, so a province office names every commune it pulls. Units it
    knows are never renamed or rewritten here (history stays; `units load` does changes); a
    known unit only gets the province it lacked (a register created without `--parent-code`), by
    which the province's communes are its transfer destinations."""
    from desktop_app.core.store.tables import AdminUnit
    from desktop_app.core.textvn import fold

    t = AdminUnit.__table__  # type: ignore[attr-defined]
    known = {c for (c,) in tx.conn.execute(t.select().with_only_columns(t.c.code))}
    added = []
    # and the province's other communes (ServerMeta.province_units): where a person may be
    # transferred to
    units = [(u.code, u.name, u.level, u.parent_code) for u in server.scope] + [
        (u.code, u.name, "commune", u.parent_code) for u in server.province_units]
    for code, name, level, parent in units:
        if code in known and parent:
            tx.conn.execute(t.update().where(t.c.code == code, t.c.parent_code.is_(None), t.c.valid_to.is_(None))
                            .values(parent_code=parent))
        if code in known or not name.strip():
            continue
        known.add(code)
        tx.conn.execute(t.insert(), {
            "code": code, "name": name.strip(), "level": level, "parent_code": parent, "scheme": "2025",
            "valid_from": dt.date(2025, 7, 1), "valid_to": None, "successor_code": None, "name_folded": fold(name)})
        added.append(code)
    if added:
        tx.audit("units_loaded", "admin_unit", "", None, {"count": len(added), "from": "sync"})
