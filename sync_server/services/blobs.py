"""Attachments by SHA-256 (DESIGN §4): chunked uploads that resume where they stopped, ranged
downloads, both only for blobs that a row in the device's scope names."""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import Connection, func, select

from desktop_app.core.sync.protocol import MAX_BLOB_BYTES, BlobStatus
from sync_server.models import Blob, BlobChunk, BlobRef
from sync_server.services import published
from sync_server.services.enrollment import DeviceCtx
from sync_server.services.errors import ApiError


def _require_ref(conn: Connection, device: DeviceCtx, sha: str) -> None:
    r = BlobRef.__table__
    hit = conn.execute(select(r.c.unit_code).where(r.c.sha256 == sha, r.c.unit_code.in_(device.scope)).limit(1)).first()
    if hit is None and not published.names_blob(conn, device, sha):  # a province's published form
        raise ApiError(404, "blob_unknown", "no row in this device's scope names this attachment")


def status(conn: Connection, device: DeviceCtx, sha: str) -> BlobStatus:
    _require_ref(conn, device, sha)
    b = Blob.__table__
    row = conn.execute(select(b.c.size, b.c.received, b.c.complete).where(b.c.sha256 == sha)).first()
    if row is None:
        return BlobStatus(sha256=sha, size=0, received=0, complete=False)
    return BlobStatus(sha256=sha, size=row.size, received=row.received, complete=row.complete)


def put_chunk(conn: Connection, device: DeviceCtx, sha: str, offset: int, size: int, data: bytes,
              mime: str = "application/octet-stream") -> BlobStatus:
    _require_ref(conn, device, sha)
    if not 0 < size <= MAX_BLOB_BYTES:
        raise ApiError(413, "blob_too_large", f"{size} bytes")
    b, c = Blob.__table__, BlobChunk.__table__
    row = conn.execute(select(b).where(b.c.sha256 == sha).with_for_update()).mappings().first()
    if row is None:
        conn.execute(b.insert(), {"sha256": sha, "size": size, "received": 0, "complete": False, "mime": mime[:60],
                                  "created_at": dt.datetime.now(dt.UTC)})
        row = {"size": size, "received": 0, "complete": False}
    if row["complete"]:
        return BlobStatus(sha256=sha, size=row["size"], received=row["size"], complete=True)
    if row["size"] != size or offset != row["received"] or offset + len(data) > size or not data:
        raise ApiError(409, "blob_offset", "continue at the offset the server has", received=row["received"])
    conn.execute(c.insert(), {"sha256": sha, "offset": offset, "data": data})
    received = offset + len(data)
    complete = False
    if received == size:
        h = hashlib.sha256()
        for (part,) in conn.execute(select(c.c.data).where(c.c.sha256 == sha).order_by(c.c.offset)):
            h.update(part)
        if h.hexdigest() != sha:
            conn.execute(c.delete().where(c.c.sha256 == sha))
            conn.execute(b.delete().where(b.c.sha256 == sha))
            raise ApiError(422, "blob_hash_mismatch", "the bytes do not hash to the name; send them again")
        complete = True
    conn.execute(b.update().where(b.c.sha256 == sha).values(received=received, complete=complete))
    return BlobStatus(sha256=sha, size=size, received=received, complete=complete)


def store_whole(conn: Connection, device: DeviceCtx, sha: str, data: bytes, mime: str) -> bool:
    """An attachment carried whole (a bundle): stored unless a row in the device's scope does
    not name it (False). A partial upload left by an HTTP sync is replaced; a complete one kept."""
    try:
        st = status(conn, device, sha)
    except ApiError:
        return False
    if st.complete:
        return True
    if st.received:
        conn.execute(BlobChunk.__table__.delete().where(BlobChunk.__table__.c.sha256 == sha))
        conn.execute(Blob.__table__.delete().where(Blob.__table__.c.sha256 == sha))
    try:
        return put_chunk(conn, device, sha, 0, len(data), data, mime).complete
    except ApiError:
        return False


def complete_bytes(conn: Connection, device: DeviceCtx, sha: str) -> tuple[bytes, str] | None:
    """The bytes and type of an attachment the device may read and the server holds whole."""
    try:
        data, _size, mime = read(conn, device, sha)
    except ApiError:
        return None
    return data, mime


def read(conn: Connection, device: DeviceCtx, sha: str, start: int = 0) -> tuple[bytes, int, str]:
    """The bytes from `start` on, the total size, the type."""
    _require_ref(conn, device, sha)
    b, c = Blob.__table__, BlobChunk.__table__
    row = conn.execute(select(b.c.size, b.c.complete, b.c.mime).where(b.c.sha256 == sha)).first()
    if row is None or not row.complete:
        raise ApiError(404, "blob_missing", "the attachment has not been uploaded yet")
    parts = [bytes(d) for (d,) in conn.execute(select(c.c.data).where(c.c.sha256 == sha).order_by(c.c.offset))]
    data = b"".join(parts)
    return data[start:], row.size, row.mime


def count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(Blob.__table__).where(Blob.__table__.c.complete == True)).scalar_one()  # noqa: E712
