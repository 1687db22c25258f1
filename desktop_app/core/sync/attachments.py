"""Attachments during a sync (DESIGN §4): after the rows are pushed, the photos they name go up
in chunks (an upload cut short continues where the server stopped, even in a later sync); after
the rows are pulled, the photos they name and this register lacks come down (a download cut
short continues with an HTTP range). Bytes are checked against their SHA-256 before use.

Work is proportional to what changed, not to the register: the names come from the ops pushed
and the rows pulled, and wait in sync_meta ("blob_up:<sha>", "blob_want:<sha>") until done, so a
sync cut short (or a blob not uploaded yet by the register that took it) is picked up later."""

from __future__ import annotations

import hashlib
from typing import Any, Iterable

from desktop_app.core.store.tables import Attachment
from desktop_app.core.sync.client.state import read_meta, set_meta
from desktop_app.core.sync.protocol import BLOB_CHUNK, BLOB_FIELDS, BlobStatus, is_sha256
from desktop_app.core.sync.transport import HttpTransport, SyncError


def names_in(table: str, fields: dict[str, Any]) -> set[str]:
    return {fields[f] for f in BLOB_FIELDS.get(table, ()) if is_sha256(fields.get(f))}


def names_in_rows(rows: Iterable[dict[str, Any]]) -> set[str]:
    """The attachments named by pulled rows (tombstones left out)."""
    out: set[str] = set()
    for r in rows:
        names = BLOB_FIELDS.get(r["table"])
        if names and not r["deleted"] and not r.get("echo"):
            data = r["fields"]
            for f in names:
                v = data.get(f)
                if v and is_sha256(v):
                    out.add(v)
    return out


def remember(conn: Any, prefix: str, names: Iterable[str]) -> None:
    """In the caller's transaction: attachments to send ("blob_up") or fetch ("blob_want")."""
    set_meta(conn, {f"{prefix}:{s}": "1" for s in names})


def _pending(ws: Any, prefix: str) -> tuple[list[str], set[str]]:
    with ws.db.read() as conn:
        names = sorted(k.split(":", 1)[1] for k in read_meta(conn, prefix + ":"))
        have = set()
        for i in range(0, len(names), 500):
            chunk = names[i:i + 500]
            marks = ",".join("?" for _ in chunk)
            have |= {s for (s,) in conn.exec_driver_sql(
                f"SELECT sha256 FROM {Attachment.__tablename__} WHERE sha256 IN ({marks})", tuple(chunk))}
    return names, have


def _done(ws: Any, prefix: str, sha: str) -> None:
    with ws.db.write() as tx:
        tx.conn.exec_driver_sql("DELETE FROM sync_meta WHERE key = ?", (f"{prefix}:{sha}",))


def push_blobs(ws: Any, t: HttpTransport) -> int:
    """Uploads the attachments named by pushed rows that the server lacks. Returns how many
    were completed."""
    names, have = _pending(ws, "blob_up")
    sent = 0
    for sha in names:
        if sha not in have:
            _done(ws, "blob_up", sha)  # named, but this register never had the bytes
            continue
        try:
            st = BlobStatus.model_validate(t.get_json(f"/blobs/{sha}/status"))
        except SyncError as e:
            if e.code == "blob_unknown":
                _done(ws, "blob_up", sha)  # its row was refused, or left this device's scope
                continue
            raise
        if not st.complete:
            with ws.db.read() as conn:
                data, mime = conn.exec_driver_sql(
                    f"SELECT data, mime FROM {Attachment.__tablename__} WHERE sha256 = ?", (sha,)).one()
            data = bytes(data)
            if hashlib.sha256(data).hexdigest() != sha:
                _done(ws, "blob_up", sha)  # a damaged local copy is never sent
                continue
            offset = st.received
            while offset < len(data):
                try:
                    st = BlobStatus.model_validate(t.put_bytes(
                        f"/blobs/{sha}", data[offset:offset + BLOB_CHUNK],
                        params={"offset": offset, "size": len(data)}, content_type=mime or "application/octet-stream"))
                except SyncError as e:
                    if e.code == "blob_offset":
                        offset = int(e.body.get("received", 0))
                        continue
                    raise
                offset = st.received
            sent += 1
        _done(ws, "blob_up", sha)
    return sent


def pull_blobs(ws: Any, t: HttpTransport) -> int:
    """Downloads the attachments named by pulled rows that this register lacks. Returns how
    many arrived."""
    names, have = _pending(ws, "blob_want")
    got = 0
    for sha in names:
        if sha in have:
            _done(ws, "blob_want", sha)
            continue
        data = b""
        mime = "application/octet-stream"
        for _attempt in range(4):
            try:
                part, mime = t.get_bytes(f"/blobs/{sha}", start=len(data))
            except SyncError as e:
                if e.code in ("blob_missing", "blob_unknown"):
                    break  # not uploaded yet by the register that took it: next sync
                if e.code == "server_unreachable":
                    continue  # cut short: continue from what arrived
                raise
            data += part
            break
        if not data or hashlib.sha256(data).hexdigest() != sha:
            continue
        with ws.db.write() as tx:
            tx.conn.execute(Attachment.__table__.insert(), {  # type: ignore[attr-defined]
                "sha256": sha, "mime": mime.split(";")[0][:60], "size": len(data), "data": data})
            tx.conn.exec_driver_sql("DELETE FROM sync_meta WHERE key = ?", (f"blob_want:{sha}",))
        got += 1
    return got

