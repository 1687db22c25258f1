"""What the sync client keeps between syncs, and where it stands for the user.

Bookkeeping lives in sync_meta: server_url, device_token, server_* (device id, unit, role,
epoch, keys), cursor:<unit>, digest:<unit>, acked_seq, last_sync, last_sync_error,
last_sync_report, and one row per conflict ("conflict:<id>") and per rejection
("rejection:<op_id>"). `status` reads them for the CLI and the Sync page; `resolve_conflict`
and `dismiss_rejection` are what a person does about what a sync left for them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable

from sqlalchemy import Connection, text

from desktop_app.core.services import permissions as perm
from desktop_app.core.services.changes import TABLE_FLAGS, Changes
from desktop_app.core.store.tables import SYNCED_TABLES
from desktop_app.core.sync.protocol import ServerMeta, digest_hex

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

Progress = Callable[[str, int, int], None]


@dataclass
class SyncReport:
    pushed: int = 0  # ops acknowledged (applied, skipped as already applied, or rejected)
    rejected: int = 0
    conflicts: int = 0  # new conflicts learned in this sync
    pulled: int = 0  # rows received
    removed: int = 0  # rows that moved out of this device's scope
    blobs_sent: int = 0  # attachments uploaded
    blobs_received: int = 0
    recovered: bool = False  # the server had been restored: full re-send and re-pull
    checks: dict[str, str] = field(default_factory=dict)  # unit -> ok | repulled | mismatch | pending
    warnings: list[str] = field(default_factory=list)  # clock_skew, clock_ahead, check_mismatch
    bytes_sent: int = 0
    bytes_received: int = 0
    seconds: float = 0.0
    changed_tables: set[str] = field(default_factory=set)
    server_time_ms: int = 0  # the server's time when the sync ended (its /sync/meta time + the time since)

    def changes(self) -> Changes:
        flags: dict[str, Any] = {TABLE_FLAGS[t]: True for t in self.changed_tables if t in TABLE_FLAGS}
        return Changes(**flags, audit=True)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["changed_tables"] = sorted(self.changed_tables)
        return d


# -- sync_meta -------------------------------------------------------------------------------------
def read_meta(conn: Connection, prefix: str | None = None) -> dict[str, str]:
    """sync_meta's rows (those whose key starts with `prefix`), key -> value."""
    if prefix:
        rows = conn.exec_driver_sql("SELECT key, value FROM sync_meta WHERE key LIKE ?", (prefix + "%",))
    else:
        rows = conn.exec_driver_sql("SELECT key, value FROM sync_meta")
    return {k: v for k, v in rows}


def set_meta(conn: Connection, values: dict[str, Any]) -> None:
    """In the caller's write transaction: these keys set (a value that is not text as JSON)."""
    if values:
        conn.execute(text("INSERT INTO sync_meta(key, value) VALUES (:k, :v) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     [{"k": k, "v": v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}
                      for k, v in values.items()])


def delete_meta_prefix(conn: Connection, prefix: str) -> None:
    conn.exec_driver_sql("DELETE FROM sync_meta WHERE key LIKE ?", (prefix + "%",))


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def next_seq(conn: Connection, meta: dict[str, str]) -> int:
    """The device_seq of the next op the server should expect from this register."""
    first = conn.exec_driver_sql("SELECT min(device_seq) FROM sync_outbox").scalar()
    if first is not None:
        return int(first)
    return int(meta.get("device_seq") or 0) + 1


def server_lost_history(meta: dict[str, str], server: ServerMeta) -> bool:
    """Whether the server lost state this register holds (restored from a backup): its epoch
    changed (new-epoch), a cursor held here is ahead of its unit's counter, it has applied
    fewer of this register's ops than it acknowledged, or a cursor stands above the last
    version it told this register about (`server.told`, when given: a number from a history
    it lost — restored, and nobody ran new-epoch — which may stand below its counter again once
    it has stamped as many versions since). `meta`: this register's sync_meta."""
    cursors = {u.code: int(meta.get(f"cursor:{u.code}") or 0) for u in server.scope}
    return bool(
        (meta.get("server_epoch") and meta["server_epoch"] != server.server_epoch)
        or any(cursors[u.code] > u.version for u in server.scope)
        or server.acked_seq < int(meta.get("acked_seq") or 0)
        or any(cursors[u] > v for u, v in server.told.items() if u in cursors)
    )


def cursor_of(conn: Connection, unit: str) -> int:
    """How far this register has pulled `unit` (its server version)."""
    return int(read_meta(conn, f"cursor:{unit}").get(f"cursor:{unit}") or 0)


def digests(conn: Connection) -> dict[str, list[int]]:
    """The running digest kept per unit: [rows, xor of their entry hashes]."""
    out = {}
    for k, v in read_meta(conn, "digest:").items():
        n, _, x = v.partition(":")
        out[k.split(":", 1)[1]] = [int(n), int(x, 16)]
    return out


def digest_values(digests: dict[str, list[int]], units: Iterable[str]) -> dict[str, str]:
    return {f"digest:{u}": f"{digests[u][0]}:{digest_hex(digests[u][1])}" for u in units if u in digests}


# -- status and what a person does about it ------------------------------------------------------
def status(ws: Workspace) -> dict[str, Any]:
    """Where the sync stands, for `wardbook sync status --json` and the Sync page: pending ops
    (by table), last successful sync, last error, open conflicts, rejections, the server."""
    from desktop_app.core.sync.client.clock import clock_ahead

    with ws.db.read() as conn:
        meta = read_meta(conn)
        pending = {t: n for t, n in conn.exec_driver_sql(
            "SELECT table_name, count(*) FROM sync_outbox GROUP BY table_name")}
    conflicts = sorted((json.loads(v) for k, v in meta.items() if k.startswith("conflict:")),
                       key=lambda c: (c.get("created_at", ""), c.get("unit_code", ""), c.get("version", 0)))
    rejections = [json.loads(v) for k, v in sorted(meta.items()) if k.startswith("rejection:")]
    report = json.loads(meta["last_sync_report"]) if meta.get("last_sync_report") else None
    return {
        "enrolled": bool(meta.get("device_token")),
        "server_url": meta.get("server_url") or None,
        "device_id": meta.get("server_device_id") or None,
        "unit_code": meta.get("server_unit") or ws.unit_code,
        "role": meta.get("server_role") or None,
        "scope": json.loads(meta["server_scope"]) if meta.get("server_scope") else [],
        "pending": sum(pending.values()),
        "pending_by_table": pending,
        "last_sync": meta.get("last_sync") or None,
        "last_error": meta.get("last_sync_error") or None,
        "last_error_at": meta.get("last_sync_error_at") or None,
        "last_report": report,
        "conflicts": [_opened(ws, c) for c in conflicts if not c.get("resolved")],
        "resolved_conflicts": sum(1 for c in conflicts if c.get("resolved")),
        "rejections": sorted(rejections, key=lambda r: r.get("device_seq", 0)),
        "clock_warning": bool(meta.get("clock_warning")),  # this laptop's clock, or a peer's, is far off
        "clock_ahead": clock_ahead(meta),  # this laptop's clock runs fast (sync_warning clock_ahead)
    }


def _opened(ws: Workspace, c: dict[str, Any]) -> dict[str, Any]:
    """A conflict on a sealed field (issue 16) as this session may read it: both values opened
    for a role that may read them, None for any other (never the sealed text)."""
    from desktop_app.core.domain.sealed import SEALED_FIELDS
    from desktop_app.core.services.permissions import VIEW_SENSITIVE, VIEW_TIP_REPORTER

    table, name = c.get("table", ""), c.get("field", "")
    if name not in SEALED_FIELDS.get(table, {}):
        return c
    allowed = ws.can(VIEW_TIP_REPORTER if table == "tip" else VIEW_SENSITIVE)
    return {**c, **{k: ws.sensitive.open(table, name, c.get(k)) if allowed else None
                    for k in ("kept_value", "lost_value")}}


def resolve_conflict(ws: Workspace, conflict_id: str, action: str = "confirm") -> Changes:
    """A supervisor settles a conflict: "confirm" keeps what the merge kept; "swap" writes the
    value that lost as a new change (it syncs like any edit). A delete that beat an edit can
    only be confirmed."""
    ws.require(perm.MANAGE_USERS)
    if action not in ("confirm", "swap"):
        raise ValueError(f"action must be confirm or swap, not {action!r}")
    key = f"conflict:{conflict_id}"
    with ws.db.read() as conn:
        raw = read_meta(conn, key).get(key)
    if raw is None:
        from desktop_app.core.errors import NotFound

        raise NotFound("conflict", conflict_id)
    c = json.loads(raw)
    changes = Changes()
    with ws.db.write() as tx:
        if action == "swap":
            if c["kind"] != "field" or c["table"] not in SYNCED_TABLES:
                from desktop_app.core.errors import Problem, ValidationFailed

                raise ValidationFailed([Problem("action", "conflict_cannot_swap", {"kind": c["kind"]})])
            model = SYNCED_TABLES[c["table"]]
            value = _from_json(model, c["field"], c["lost_value"])
            tx.update(model, c["row_id"], {c["field"]: value}, audit_extra={"conflict": conflict_id})
            flag: dict[str, Any] = {TABLE_FLAGS[c["table"]]: True}
            changes = Changes(**flag)
        c["resolved"] = True
        c["resolution"] = action
        c["resolved_by"] = ws.username
        c["resolved_at"] = now_iso()
        set_meta(tx.conn, {key: c})
        tx.audit("sync_conflict_" + action, c["table"], c["row_id"], None, {"conflict": conflict_id, "field": c["field"]})
    return changes


def dismiss_rejection(ws: Workspace, op_id: str) -> None:
    """The user has seen a rejection (and redone the change if it was wanted)."""
    with ws.db.write() as tx:
        tx.conn.exec_driver_sql("DELETE FROM sync_meta WHERE key = ?", (f"rejection:{op_id}",))
        tx.audit("sync_rejection_dismissed", "sync", op_id, None, {})


def _from_json(model: Any, name: str, value: Any) -> Any:
    col = model.__table__.columns[name]
    py = getattr(col.type, "python_type", None)
    if value is not None and py is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def holds_synced_rows(conn: Connection) -> bool:
    """Whether this register holds a row it had from a server (version > 0)."""
    return any(conn.exec_driver_sql(f'SELECT 1 FROM "{name}" WHERE version > 0 LIMIT 1').first()
               for name in SYNCED_TABLES)
