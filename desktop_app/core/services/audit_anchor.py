"""The audit chain checked against its anchor off the laptop (issue 16 item 4; the protocol in
core/sync/protocol_anchor.py, sent by core/sync/client/anchor.py).

The chain alone cannot show rows cut from its end, nor a row rewritten with every later link
recomputed: it has no secret. The server keeps the chain's head (count and hash) as each sync
or bundle sent it, signed by the device, and answers with the anchor it accepted; the register
keeps those answers in sync_meta:

    audit_anchor          {"count", "head", "at"}: the server's accepted anchor for this device
    audit_anchor_history  [[count, head, at], …]: the anchors accepted before (the last 32)
    audit_anchor_flag     {"status", "count"}: the server's unresolved flag ("" none)

`verdict(conn)` compares the chain with them: fewer rows than the anchor (`cut`, rows
count+1 … anchored count gone), or another hash at the anchored count (`rewritten`, somewhere
between the last anchor that still matches and the first that does not). An insider who edits
sync_meta too is caught by the server at the next sync, whose answer is written here again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

HISTORY = 32
KEY_ANCHOR, KEY_HISTORY, KEY_FLAG = "audit_anchor", "audit_anchor_history", "audit_anchor_flag"


@dataclass(frozen=True)
class Anchor:
    count: int
    head: str
    at: str = ""


@dataclass(frozen=True)
class AnchorVerdict:
    """`state`: none (never anchored) | ok | cut | rewritten. `first_seq`…`last_seq`: where the
    chain differs from what was anchored (cut: the rows gone; rewritten: the rows among which one
    was changed). `server_flag`: the server's unresolved flag for this device (cut, rewritten,
    bad_signature; "" none), `server_flag_count` the count the device sent then."""
    state: str
    count: int
    anchor_count: int = 0
    anchor_at: str = ""
    first_seq: int | None = None
    last_seq: int | None = None
    server_flag: str = ""
    server_flag_count: int = 0

    @property
    def ok(self) -> bool:
        return self.state in ("none", "ok") and not self.server_flag


def chain_head(conn: Connection) -> tuple[int, str]:
    """The chain's count (its last seq) and the last row's hash ("" when empty)."""
    row = conn.exec_driver_sql("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").first()
    return (int(row[0]), str(row[1])) if row else (0, "")


def hash_at(conn: Connection, seq: int) -> str:
    """The chain's hash at row `seq` ("" beyond the chain; the genesis for 0)."""
    if seq <= 0:
        return ""
    row = conn.exec_driver_sql("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).first()
    return str(row[0]) if row else ""


def _meta(conn: Connection) -> dict[str, str]:
    rows = conn.exec_driver_sql("SELECT key, value FROM sync_meta WHERE key LIKE 'audit_anchor%'")
    return {k: v for k, v in rows}


def _json(value: str | None, default: Any) -> Any:
    try:
        return json.loads(value) if value else default
    except ValueError:
        return default


def read_anchors(conn: Connection) -> tuple[list[Anchor], dict[str, Any]]:
    """The anchors the server accepted, oldest first (the last is the current one), and its flag."""
    meta = _meta(conn)
    current = _json(meta.get(KEY_ANCHOR), None)
    out = [Anchor(int(c), str(h), str(a)) for c, h, a in _json(meta.get(KEY_HISTORY), []) if int(c) > 0]
    if isinstance(current, dict) and int(current.get("count") or 0) > 0:
        cur = Anchor(int(current["count"]), str(current.get("head") or ""), str(current.get("at") or ""))
        out = [a for a in out if a.count < cur.count] + [cur]
    flag = _json(meta.get(KEY_FLAG), {}) or {}
    return sorted(out, key=lambda a: a.count), flag


def check(conn: Connection, anchors: list[Anchor]) -> AnchorVerdict:
    """The chain in `conn` against `anchors` (oldest first; the last is the server's)."""
    count, _ = chain_head(conn)
    if not anchors:
        return AnchorVerdict("none", count)
    last = anchors[-1]
    if count < last.count:
        return AnchorVerdict("cut", count, last.count, last.at, count + 1, last.count)
    if hash_at(conn, last.count) == last.head:
        return AnchorVerdict("ok", count, last.count, last.at)
    good = 0  # the last anchor the chain still matches: the change is after it
    bad = last
    for a in anchors:
        if hash_at(conn, a.count) == a.head:
            good = a.count
        else:
            bad = a
            break
    later = _written_after(conn, last, good)
    if later is not None:
        # rows written after the anchor was taken sit where the anchored rows were: the chain was
        # cut there and written on (an insider may forge the times too: then it reads `rewritten`)
        return AnchorVerdict("cut", count, last.count, last.at, later, last.count)
    return AnchorVerdict("rewritten", count, last.count, last.at, good + 1, bad.count)


def _written_after(conn: Connection, anchor: Anchor, after: int) -> int | None:
    """The first row at or below the anchored count, past `after`, written after the anchor was
    received (its `at` a later second than the anchor's time: both UTC ISO)."""
    if not anchor.at:
        return None
    row = conn.exec_driver_sql("SELECT min(seq) FROM audit_log WHERE seq > ? AND seq <= ? "
                               "AND substr(at, 1, 19) > substr(?, 1, 19)", (after, anchor.count, anchor.at)).first()
    return int(row[0]) if row and row[0] is not None else None


def verdict(conn: Connection) -> AnchorVerdict:
    anchors, flag = read_anchors(conn)
    v = check(conn, anchors)
    if not flag.get("status"):
        return v
    status, flag_count = str(flag["status"]), int(flag.get("count") or 0)
    state, first = v.state, v.first_seq
    if v.state == "rewritten" and status == "cut" and flag_count < v.anchor_count:
        # cut, then written on past the anchored count: the server saw the chain shorter, so
        # the rows after what it was sent then are gone at least
        state, first = "cut", max(v.first_seq or 1, flag_count + 1)
    elif v.state == "cut" and status == "cut" and v.first_seq is not None:
        first = min(v.first_seq, flag_count + 1)
    return AnchorVerdict(state, v.count, v.anchor_count, v.anchor_at, first, v.last_seq, status, flag_count)


def anchor_values(conn: Connection, count: int, head: str, at: str, flag: str, flag_count: int) -> dict[str, str]:
    """The sync_meta values that record the server's answer: its accepted anchor (the one before
    goes to the history, unless the server now holds an older or another one: then the history
    keeps only what is below it) and its flag."""
    meta = _meta(conn)
    history = [list(h) for h in _json(meta.get(KEY_HISTORY), [])]
    current = _json(meta.get(KEY_ANCHOR), None)
    if isinstance(current, dict) and int(current.get("count") or 0) > 0:
        history.append([int(current["count"]), str(current.get("head") or ""), str(current.get("at") or "")])
    history = [h for h in history if int(h[0]) < count]
    if not flag:
        # the server raises no flag: its anchor extends the chain; an older anchor the chain no
        # longer matches is one the admin resolved on the server (a new base), not evidence kept
        history = [h for h in history if hash_at(conn, int(h[0])) == h[1]]
    dedup: dict[int, list[Any]] = {int(h[0]): h for h in history}
    history = [dedup[c] for c in sorted(dedup)][-HISTORY:]
    return {KEY_ANCHOR: json.dumps({"count": count, "head": head, "at": at}),
            KEY_HISTORY: json.dumps(history),
            KEY_FLAG: json.dumps({"status": flag, "count": flag_count}) if flag else ""}
