"""The clock bound on the laptop (docs/architecture.md §3, "Clock bound").

At every sync's meta the register learns the server's time and the offset it allows
(`note_server_time`): the difference is kept (sync_meta `server_clock_offset_ms`), so the
hybrid clock never runs more than that offset ahead of the server's time, even offline; the
pending edits stamped further ahead (made while this computer's clock ran fast) are re-stamped
before the push, at the time they were really made by the server's clock (their stamp minus
how fast this clock runs), never later than the server's time; and `clock_ahead` is recorded
for the user (`status()["clock_ahead"]`, the Sync page, the status bar). The server re-stamps
what still comes too far ahead (a bundle made offline) and says so in its push reply
(`note_push_notice`)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from desktop_app.core.domain.hlc import DEFAULT_MAX_AHEAD_MS, hlc_ms, restamp_ahead
from desktop_app.core.sync.client.stamps import rewrite_pending
from desktop_app.core.sync.client.state import SyncReport, now_iso, read_meta, set_meta
from desktop_app.core.sync.protocol import ClockNotice, ServerMeta

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

_KEYS = ("server_clock_offset_ms", "server_clock_max_ahead_ms", "clock_ahead")


def _ahead_value(ahead_ms: int | None, server_time_ms: int, max_ahead_ms: int) -> str:
    return json.dumps({"ahead_ms": ahead_ms, "server_time_ms": int(server_time_ms),
                       "max_ahead_ms": int(max_ahead_ms), "at": now_iso()})


def note_server_time(ws: Workspace, server: ServerMeta, report: SyncReport) -> int:
    """After the meta: the clock learns the server's time; pending edits stamped beyond the
    bound are re-stamped (in one transaction with the clock's new position). Returns how many
    stamps were re-stamped."""
    clock = ws.db.clock
    local = clock.wall()
    server_now = server.server_time_ms
    offset = server_now - local
    max_ahead = server.clock_max_ahead_ms if server.clock_max_ahead_ms is not None else DEFAULT_MAX_AHEAD_MS
    clock.learn_server_time(offset, max_ahead)
    ahead = -offset > max_ahead
    if ahead and "clock_ahead" not in report.warnings:
        report.warnings.append("clock_ahead")
    limit = server_now + max_ahead
    restamp = hlc_ms(clock.last) > limit
    with ws.db.read() as conn:
        meta = {k: v for k, v in read_meta(conn, "server_clock").items() if k in _KEYS}
        meta.update({k: v for k, v in read_meta(conn, "clock_ahead").items() if k in _KEYS})
    stored = int(meta.get("server_clock_offset_ms") or 0)
    was_ahead = bool(meta.get("clock_ahead"))
    if not (restamp or ahead != was_ahead or abs(stored - offset) > 1000 or "server_clock_offset_ms" not in meta
            or meta.get("server_clock_max_ahead_ms") != str(max_ahead)):
        return 0  # nothing new to keep (a write costs a disk flush)
    n = 0
    with ws.db.write() as tx:
        if restamp:
            fast = max(local - server_now, 0)  # how far ahead this computer's clock runs now
            mapping = rewrite_pending(tx.conn, lambda stamps: restamp_ahead(
                stamps, limit, lambda s: min(s.ms - fast, server_now)))
            n = len(mapping)
            # the clock goes back to the server's time, after every pending stamp
            clock.restart_at(None)
            top = max(mapping.values(), default=None)
            if top is not None:
                clock.observe(top)
            if n:
                tx.audit("sync_clock_restamp", "register", ws.register_id, None,
                         {"stamps": n, "ahead_ms": -offset, "max_ahead_ms": max_ahead})
        values: dict[str, Any] = {"server_clock_offset_ms": str(offset), "server_clock_max_ahead_ms": str(max_ahead),
                                  "clock_ahead": _ahead_value(-offset, server_now, max_ahead) if ahead else "",
                                  "hlc_last": clock.last}
        set_meta(tx.conn, values)
    return n


def note_push_notice(conn: Connection, notice: ClockNotice | None, report: SyncReport) -> None:
    """In the caller's transaction: the server re-stamped ops of this register that came too
    far ahead of its clock (a bundle made while this computer's clock ran fast)."""
    if notice is None:
        return
    if "clock_ahead" not in report.warnings:
        report.warnings.append("clock_ahead")
    # by how much is not known here (a bundle's reply comes long after the server's time)
    set_meta(conn, {"clock_ahead": _ahead_value(None, notice.server_time_ms, notice.max_ahead_ms)})


def clock_ahead(meta: dict[str, str]) -> dict[str, Any] | None:
    """For `status()`: {ahead_seconds (None: not known), max_ahead_seconds, server_time_ms, at}
    when the last sync found this computer's clock running fast, else None."""
    raw = meta.get("clock_ahead")
    if not raw:
        return None
    v = json.loads(raw)
    ahead = v.get("ahead_ms")
    return {"ahead_seconds": None if ahead is None else int(ahead) // 1000, "max_ahead_seconds": int(v["max_ahead_ms"]) // 1000,
            "server_time_ms": int(v["server_time_ms"]), "at": v.get("at")}

