"""The end-of-sync check: per unit, the server's running digest against the one kept here;
when they differ, counts per table and a hash over every row's (id, version); a mismatch
re-pulls the unit (rows the server no longer has become tombstones; nothing is wiped).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.sync import apply as A
from desktop_app.core.sync.client.pull import pull_unit
from desktop_app.core.sync.client.state import Progress, SyncReport, cursor_of, digests, set_meta
from desktop_app.core.sync.protocol import ServerMeta, UnitCheck, check_digest, digest_hex
from desktop_app.core.sync.transport import HttpTransport

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


def check(ws: Workspace, t: HttpTransport, server: ServerMeta, scope: set[str], report: SyncReport,
          progress: Progress, limit: int) -> None:
    """The end-of-sync check, per unit: the server's running digest against the one kept here
    (free); when they differ, the full comparison (counts per table and a hash over every
    row's (id, version)); when that differs too, the unit is pulled again from the start (rows
    the server no longer has become tombstones; nothing is wiped) and compared again."""
    with ws.db.read() as conn:
        pending_units = {u for (u,) in conn.exec_driver_sql("SELECT DISTINCT unit_code FROM sync_outbox")}
        beyond = any(A.rows_beyond(conn, u.code, cursor_of(conn, u.code)) for u in server.scope)
    if beyond and not report.recovered:
        # Rows held here that the server never reached (restored from a copy older than them,
        # whatever the epoch says): every row is sent again and the units pulled from the start.
        from desktop_app.core.sync.client.push import restate

        restate(ws, t, server, report, progress)
        for unit in server.scope:
            pull_unit(ws, t, unit.code, 0, scope, report, progress, limit, sweep=True, epoch=server.server_epoch)
    for i, unit in enumerate(server.scope):
        code = unit.code
        if code in pending_units:
            report.checks[code] = "pending"  # local changes made during the sync: next time
            continue
        report.checks[code] = check_unit(ws, t, server, code, scope, report, progress, limit)
        if report.checks[code] == "mismatch" and "check_mismatch" not in report.warnings:
            report.warnings.append("check_mismatch")
        progress("check", i + 1, len(server.scope))


def check_unit(ws: Workspace, t: HttpTransport, server: ServerMeta, code: str, scope: set[str], report: SyncReport,
               progress: Progress, limit: int) -> str:
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
        if mine is not None and mine[0] == quick.rows and digest_hex(mine[1]) == quick.digest:
            return "ok" if attempt == 0 else "repulled"
        full = UnitCheck.model_validate(t.get_json("/sync/check", unit=code, upto=cursor, full=True))
        with ws.db.read() as conn:
            items, counts = A.local_check_items(conn, code, cursor, full.tombstone_horizon)
        if check_digest(items) == full.full_digest and counts == full.counts:
            # the rows agree: the running digest kept here was missing or off; adopt the server's
            with ws.db.write() as tx:
                set_meta(tx.conn, {f"digest:{code}": f"{full.rows}:{full.digest}"})
            return "ok" if attempt == 0 else "repulled"
        if attempt < 2:
            pull_unit(ws, t, code, 0, scope, report, progress, limit, sweep=True, epoch=server.server_epoch)
    return "mismatch"
