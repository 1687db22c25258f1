"""Attachments by SHA-256 over a real server process: after the rows, chunked uploads that
resume, downloads that resume, never outside the device's scope."""

from __future__ import annotations

import hashlib
import os

import httpx
import pytest

from desktop_app.core.store.tables import Attachment
from desktop_app.core.sync.client import status, sync
from desktop_app.core.sync.protocol import API_PREFIX
from desktop_app.core.sync.transport import SyncError
from tests.conftest import add_person


def attach_photo(ws, person_id: str, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    with ws._write() as tx:
        tx.conn.execute(Attachment.__table__.insert(), {"sha256": sha, "mime": "image/jpeg", "size": len(data),
                                                        "data": data})
    ws.persons.update(person_id, {"photo_sha256": sha})
    return sha


def blob_of(ws, sha: str) -> bytes | None:
    with ws._read() as conn:
        row = conn.exec_driver_sql("SELECT data FROM attachment WHERE sha256 = ?", (sha,)).first()
    return bytes(row[0]) if row else None


def test_photos_follow_their_rows_and_resume(devices, server):
    p = server.fresh_province()
    a = devices.commune(f"{p}101")
    prov = devices.province(p)
    other = devices.commune(f"{p}202")
    small = b"\xff\xd8\xff\xe0" + os.urandom(5000)  # a JPEG's first bytes: through the app's own path
    a.persons.set_photo(add_person(a, "Nguyễn Văn Ảnh"), small)
    s1 = hashlib.sha256(small).hexdigest()
    big = os.urandom(2 * 1024 * 1024 + 123)  # three chunks (larger than a photo may be: stored directly)
    s2 = attach_photo(a, add_person(a, "Trần Văn Lớn"), big)

    # the reply to the first chunk of the big photo is lost after the server stored it
    server.faults(drop_replies=1, path=f"/blobs/{s2}")
    with pytest.raises(SyncError):
        sync(a)
    report = sync(a)  # continues at the server's offset
    assert report.blobs_sent >= 1 and status(a)["last_error"] is None

    server.faults(drop_replies=1, path=f"/blobs/{s1}")  # a download cut short
    report = sync(prov)
    assert report.blobs_received == 2
    assert blob_of(prov, s1) == small and blob_of(prov, s2) == big

    # another commune's device cannot fetch them, even knowing the hash
    with other._read() as conn:
        token = conn.exec_driver_sql("SELECT value FROM sync_meta WHERE key='device_token'").scalar()
    r = httpx.get(f"{server.url}{API_PREFIX}/blobs/{s1}", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 404 and r.json()["detail"]["code"] == "blob_unknown"
    assert sync(other).blobs_received == 0


def test_a_photo_replaced_or_removed_elsewhere_leaves_this_register(devices, server):
    p = server.fresh_province()
    a = devices.commune(f"{p}101")
    prov = devices.province(p)
    first = b"\xff\xd8\xff\xe0" + os.urandom(3000)
    second = b"\x89PNG\r\n\x1a\n" + os.urandom(3000)
    pid = add_person(a, "Nguyễn Văn Ảnh")
    a.persons.set_photo(pid, first)
    sync(a)
    assert sync(prov).blobs_received == 1 and blob_of(prov, hashlib.sha256(first).hexdigest()) == first

    a.persons.set_photo(pid, second)  # replaced on the commune's laptop
    sync(a)
    sync(prov)
    assert prov.persons.photo(pid) == second
    assert blob_of(prov, hashlib.sha256(first).hexdigest()) is None  # the old one is gone here too

    a.persons.remove_photo(pid)
    sync(a)
    sync(prov)
    assert prov.persons.photo(pid) is None
    with prov._read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM attachment").scalar_one() == 0


def test_the_store_and_the_protocol_agree_on_what_names_an_attachment():
    from desktop_app.core.store.blobs import naming_columns
    from desktop_app.core.sync.protocol import BLOB_FIELDS

    assert {(t, c) for t, cs in BLOB_FIELDS.items() for c in cs} == set(naming_columns())


def test_unnamed_bytes_still_waiting_to_be_sent_stay(workspace):
    """What the sync client marks as still to upload (attachments.remember) survives the
    housekeeping; unnamed bytes that nothing waits for go."""
    from desktop_app.core.store.blobs import drop_unnamed
    from desktop_app.core.sync import attachments

    waiting, stray = os.urandom(100), os.urandom(100)
    shas = [hashlib.sha256(b).hexdigest() for b in (waiting, stray)]
    with workspace._write() as tx:
        for sha, data in zip(shas, (waiting, stray)):
            tx.conn.execute(Attachment.__table__.insert(), {"sha256": sha, "mime": "image/jpeg",
                                                            "size": len(data), "data": data})
        attachments.remember(tx.conn, "blob_up", [shas[0]])
        assert drop_unnamed(tx.conn) == 1
    assert blob_of(workspace, shas[0]) == waiting and blob_of(workspace, shas[1]) is None
