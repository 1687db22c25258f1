"""Who wrote an op (issue 16 item 3, domain/opsig.py), the parts that need the signed-in
account's keys and the key slots (the sync client reaches them through these functions):

- `cert_of` / `certs_for`: the certificates a push names (its authors and their issuers up to
  the register's root), from the key slots — the one seam where the roles branch's certificate
  store plugs in;
- `sign_digest`: a group digest signed with the signed-in account's key (a restate batch);
- `stamp_legacy`: ops left in the outbox from before migration 0008 have no author. At a
  login, those on rows this account changed last on this laptop (the row's `updated_by`: the
  account, or the account bound to this device) are stamped with it and signed (services/base.Tx:
  one group per run of consecutive ops, so a group is never interleaved with another author's).
  An op of another account on such a row is taken as this account's too: nothing in the outbox
  of before says who wrote it, and the row's last editor vouches for its state. The others wait
  for their own account's login; pushed before that, the server judges them by the device's role
  while it holds no root for the register, and refuses them (`author_unverified`) once it does
  (docs/architecture.md §3 "Authors").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from desktop_app.core.domain import opsig
from desktop_app.core.domain.records import DERIVED_FIELDS
from desktop_app.core.store.sealing import sign
from desktop_app.core.store.tables import SYNCED_TABLES

if TYPE_CHECKING:
    from desktop_app.core.services.base import Tx
    from desktop_app.core.services.workspace import Workspace

_DEPTH = 32  # as domain/certs.MAX_DEPTH


def cert_of(ws: Workspace, username: str) -> dict[str, Any] | None:
    """The certificate of an account of this register, None when it has none (yet)."""
    cert = ws._slots.cert(username)
    return cert if isinstance(cert, dict) else None


def certs_for(ws: Workspace, authors: Iterable[str]) -> dict[str, dict[str, Any]]:
    """{user name: certificate} of `authors` and their issuers up to the root (what exists)."""
    out: dict[str, dict[str, Any]] = {}
    for name in sorted({a for a in authors if a}):
        for _ in range(_DEPTH):
            if name in out:
                break
            cert = cert_of(ws, name)
            if cert is None:
                break
            out[name] = cert
            issuer = cert.get("issuer")
            if not isinstance(issuer, str) or issuer == name:
                break
            name = issuer
    return out


def sign_digest(ws: Workspace, digest: bytes) -> bytes:
    """A group digest signed with the signed-in account's key."""
    return sign(ws._keys.sign, opsig.signed_message(digest))


def stamp_legacy(tx: Tx) -> int:
    """In the login's write transaction: the signed-in account's ops of before migration 0008
    get it as their author and a signature. Returns how many."""
    ws = tx.ws
    if tx.conn.exec_driver_sql("SELECT value FROM sync_meta WHERE key = 'legacy_ops'").scalar() != "1":
        return 0  # (set by migration 0008 when it found waiting ops)
    rows = tx.conn.exec_driver_sql(
        "SELECT op_id, device_seq, table_name, row_id, unit_code, op, changed_fields, base_version, schema_version "
        "FROM sync_outbox WHERE author IS NULL ORDER BY device_seq").fetchall()
    if not rows:
        tx.conn.exec_driver_sql("DELETE FROM sync_meta WHERE key = 'legacy_ops'")
        return 0
    editors = _editors(tx.conn, {(r.table_name, r.row_id) for r in rows})
    me = ws.username
    runs: list[list[tuple[int, bytes]]] = []
    prev_seq = None
    for r in rows:
        who = editors.get((r.table_name, r.row_id), "")
        name, at, device = who.partition("@")
        mine = name == me and (not at or device == ws.device_id) and r.schema_version == 1
        if not mine:
            prev_seq = None
            continue
        fields = json.loads(r.changed_fields)
        derived = DERIVED_FIELDS.get(r.table_name)
        if derived:  # as sync/client/push.ops_of sends it
            fields = {k: v for k, v in fields.items() if k not in derived}
        h = opsig.op_hash(ws.register_id, me, r.op_id, r.device_seq, r.table_name, r.row_id, r.unit_code, r.op,
                          r.base_version, r.schema_version, opsig.fields_text(fields))
        if prev_seq is None or r.device_seq != prev_seq + 1 or len(runs[-1]) >= opsig.GROUP_MAX:
            runs.append([])
        runs[-1].append((r.device_seq, h))
        prev_seq = r.device_seq
    n = 0
    for run in runs:
        tx.conn.exec_driver_sql("UPDATE sync_outbox SET author = ? WHERE device_seq = ?", [(me, s) for s, _ in run])
        tx._add_ops(run)
        tx._seal()  # one group per run of consecutive ops: a group is never interleaved
        n += len(run)
    if n == len(rows):
        tx.conn.exec_driver_sql("DELETE FROM sync_meta WHERE key = 'legacy_ops'")
    return n


def resign_groups(tx: Tx, op_ids: set[str]) -> int:
    """Signed groups of the outbox holding an op rewritten in place (an older register's
    plaintext sealed at its chief's first login, issue 16.1): their author's signature no longer
    covers them, so the whole group is signed again by the signed-in account, which becomes
    their author (the only one at hand who may write those fields). Legacy ops (no author) are
    left to `stamp_legacy`. Returns how many ops were signed again."""
    ws = tx.ws
    rows = tx.conn.exec_driver_sql(
        "SELECT op_id, device_seq, table_name, row_id, unit_code, op, changed_fields, base_version, "
        "schema_version, author, author_seal FROM sync_outbox ORDER BY device_seq").fetchall()
    groups: list[list[Any]] = []
    run: list[Any] = []
    for r in rows:
        if r.author is None:
            run = []
            continue
        if run and run[-1].author != r.author:
            run = []
        run.append(r)
        if r.author_seal:
            groups.append(run)
            run = []
    me, n = ws.username, 0
    tx._seal()  # the transaction's own group first: a group is consecutive ops
    for group in groups:
        if not any(r.op_id in op_ids for r in group):
            continue
        hashes = []
        for r in group:
            fields = json.loads(r.changed_fields)
            derived = DERIVED_FIELDS.get(r.table_name)
            if derived:
                fields = {k: v for k, v in fields.items() if k not in derived}
            hashes.append((r.device_seq, opsig.op_hash(ws.register_id, me, r.op_id, r.device_seq, r.table_name,
                                                       r.row_id, r.unit_code, r.op, r.base_version,
                                                       r.schema_version, opsig.fields_text(fields))))
        tx.conn.exec_driver_sql("UPDATE sync_outbox SET author = ?, author_seal = NULL WHERE device_seq = ?",
                                [(me, s) for s, _ in hashes])
        tx._add_ops(hashes)
        tx._seal()
        n += len(hashes)
    return n


def _editors(conn: Connection, keys: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        if table in SYNCED_TABLES:
            by_table.setdefault(table, []).append(row_id)
    out: dict[tuple[str, str], str] = {}
    for table, ids in by_table.items():
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" for _ in chunk)
            for rid, who in conn.exec_driver_sql(f'SELECT id, updated_by FROM "{table}" WHERE id IN ({marks})',
                                                 tuple(chunk)):
                out[(table, rid)] = who or ""
    return out
