"""The end-of-sync check: per unit, the server's running digest against the one kept here;
when they differ, counts per table and a hash over every row's (id, version); a mismatch
re-pulls the unit (rows the server no longer has become tombstones; nothing is wiped).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from desktop_app.core.sync import apply as A
from desktop_app.core.sync.client.pull import pull_unit
from desktop_app.core.sync.client.state import Progress, SyncReport, cursor_of, digests, read_meta, set_meta
from desktop_app.core.sync.protocol import ServerMeta, UnitCheck, check_digest, content_hash, digest_hex
from desktop_app.core.sync.transport import HttpTransport

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


CONTENT_CHECK_EVERY = dt.timedelta(days=1)


def content_due(meta: dict[str, str], unit: str, now: dt.datetime) -> bool:
    """Whether the unit's content is compared this sync: when it never was, or a day ago."""
    last = meta.get(f"content_checked:{unit}")
    try:
        return not last or now - dt.datetime.fromisoformat(last) >= CONTENT_CHECK_EVERY
    except ValueError:
        return True


def local_content_digest(conn: Connection, unit: str, upto: int, horizon: int) -> str:
    """The local side of UnitCheck.content_digest: every row of the unit held here, hashed from
    what the register holds (protocol.content_hash), the rows `local_check_items` lists."""
    x = 0
    for name, shape in A.SHAPES.items():
        cols = ", ".join(f'"{c}"' for c in ("id", "version", "deleted", *shape.fields))
        for values in conn.exec_driver_sql(
                f'SELECT {cols} FROM "{name}" WHERE unit_code = ? AND version > 0 AND version <= ?', (unit, upto)):
            row_id, version, deleted = values[0], int(values[1]), bool(values[2])
            if deleted and version <= horizon:
                continue
            x ^= content_hash(name, row_id, version, deleted, dict(zip(shape.fields, values[3:])))
    return digest_hex(x)


def check(ws: Workspace, t: HttpTransport, server: ServerMeta, scope: set[str], report: SyncReport,
          progress: Progress, limit: int, content: set[str] | None = None) -> None:
    """The end-of-sync check, per unit: the server's running digest against the one kept here
    (free); when they differ, the full comparison (counts per table and a hash over every
    row's (id, version)); when that differs too, the unit is pulled again from the start (rows
    the server no longer has become tombstones; nothing is wiped) and compared again."""
    with ws.db.read() as conn:
        pending_units = {u for (u,) in conn.exec_driver_sql("SELECT DISTINCT unit_code FROM sync_outbox")}
    for i, unit in enumerate(server.scope):
        code = unit.code
        if code in pending_units:
            report.checks[code] = "pending"  # local changes made during the sync: next time
            continue
        report.checks[code] = check_unit(ws, t, server, code, scope, report, progress, limit,
                                         content=report.recovered or (content is not None and code in content))
        if report.checks[code] == "mismatch" and "check_mismatch" not in report.warnings:
            report.warnings.append("check_mismatch")
        progress("check", i + 1, len(server.scope))


def check_unit(ws: Workspace, t: HttpTransport, server: ServerMeta, code: str, scope: set[str], report: SyncReport,
               progress: Progress, limit: int, content: bool = False) -> str:
    """`content`: the rows' content is compared too (UnitCheck.content_digest), and a unit
    whose content differs at the same versions is pulled again from the start, without echoes
    (the server's values replace the ones held here)."""
    def local_state() -> tuple[int, list[int] | None]:
        with ws.db.read() as conn:
            return cursor_of(conn, code), digests(conn).get(code)

    for attempt in range(3):
        cursor, mine = local_state()
        quick = UnitCheck.model_validate(t.get_json("/sync/check", unit=code, upto=cursor))
        if quick.version != cursor:
            if attempt < 2:  # others pushed meanwhile: catch up, then compare
                pull_unit(ws, t, code, cursor, scope, report, progress, limit, sweep=False,
                          epoch=server.server_epoch)
                continue
            return "busy"
        if not content and mine is not None and mine[0] == quick.rows and digest_hex(mine[1]) == quick.digest:
            return "ok" if attempt == 0 else "repulled"
        params = {"content": True} if content else {}
        full = UnitCheck.model_validate(t.get_json("/sync/check", unit=code, upto=cursor, full=True, **params))
        with ws.db.read() as conn:
            items, counts = A.local_check_items(conn, code, cursor, full.tombstone_horizon)
            same = check_digest(items) == full.full_digest and counts == full.counts
            if same and content:
                same = local_content_digest(conn, code, cursor, full.tombstone_horizon) == full.content_digest
        if same:
            # the rows agree: the running digest kept here was missing or off; adopt the server's
            done = {f"digest:{code}": f"{full.rows}:{full.digest}"}
            if content:
                done[f"content_checked:{code}"] = dt.datetime.now(dt.UTC).isoformat()
            with ws.db.write() as tx:
                set_meta(tx.conn, done)
            return "ok" if attempt == 0 else "repulled"
        if attempt < 2:
            with ws.db.read() as conn:
                beyond = A.rows_beyond(conn, code, cursor)
            if beyond:
                _restate(ws, t, server, report, progress)
            pull_unit(ws, t, code, 0, scope, report, progress, limit, sweep=True, epoch=server.server_epoch)
            with ws.db.read() as conn:
                lost = read_meta(conn).get("restate_pending") == "1"  # the sweep found rows the server lost
            if lost:
                _restate(ws, t, server, report, progress)
                pull_unit(ws, t, code, 0, scope, report, progress, limit, sweep=True, epoch=server.server_epoch)
    return "mismatch"


def _restate(ws: Workspace, t: HttpTransport, server: ServerMeta, report: SyncReport, progress: Progress) -> None:
    """Rows held here that the server never reached or lost (restored from a copy older than
    them, whatever the epoch says): every row is sent again (push.restate) before the unit is
    pulled from the start, so the sweep does not take them for purged deletes."""
    from desktop_app.core.sync.client.push import restate

    if not report.recovered:
        restate(ws, t, server, report, progress)
