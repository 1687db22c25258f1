"""Sync by encrypted, signed files: register → `wardbook-server bundle import` → reply →
register. Replays harmless; a tampered, foreign or misdirected bundle refused clearly."""

from __future__ import annotations

import subprocess

import pytest

from desktop_app.core.sync.bundle import bundle_export, bundle_import
from desktop_app.core.sync.client import status, sync
from desktop_app.core.sync.protocol_bundle import BundleError, open_bundle, seal_bundle
from desktop_app.core.sync.transport import SyncError
from tests.conftest import add_person
from tests.sync.conftest import tables
from tests.sync.serverproc import server_command


def server_import(server, request, reply):
    return subprocess.run([*server_command(), "bundle", "import", "--db", server.db_url, str(request),
                           "--reply", str(reply)], capture_output=True, text=True, timeout=120)


def test_round_trip_by_file_replays_and_refusals(devices, server, tmp_path):
    p = server.fresh_province()
    a = devices.commune(f"{p}101")
    prov = devices.province(p)
    x = add_person(a, "Nguyễn Văn Giấy")
    a.persons.update(x, {"note": "qua USB"})
    info = bundle_export(a, tmp_path / "req1.wbb")
    assert info["ops"] == 2 and status(a)["pending"] == 2  # nothing acknowledged yet

    r = server_import(server, tmp_path / "req1.wbb", tmp_path / "rep1.wbb")
    assert r.returncode == 0, r.stderr
    assert "áp dụng 2 thay đổi" in r.stdout
    report = bundle_import(a, tmp_path / "rep1.wbb")
    assert report.pushed == 2 and status(a)["pending"] == 0 and status(a)["last_error"] is None

    # the province works over the network and writes into the commune
    sync(prov)
    y = add_person(prov, "Trần Văn Mạng", unit_code=f"{p}101")
    sync(prov)
    bundle_export(a, tmp_path / "req2.wbb")
    assert server_import(server, tmp_path / "req2.wbb", tmp_path / "rep2.wbb").returncode == 0
    bundle_import(a, tmp_path / "rep2.wbb")
    assert {r["id"] for r in tables(a)["person"]} == {x, y}
    assert tables(a) == tables(prov, f"{p}101")

    # replays: the same request again, an old request, the same reply again: nothing changes
    before = tables(a)
    again = server_import(server, tmp_path / "req1.wbb", tmp_path / "rep1b.wbb")
    assert again.returncode == 0 and "đã được nhập" in again.stdout and "áp dụng 0 thay đổi" in again.stdout
    bundle_import(a, tmp_path / "rep1b.wbb")
    bundle_import(a, tmp_path / "rep1.wbb")
    bundle_import(a, tmp_path / "rep2.wbb")
    assert tables(a) == before

    # tampered: one byte changed anywhere
    raw = bytearray((tmp_path / "req2.wbb").read_bytes())
    raw[len(raw) // 2] ^= 1
    (tmp_path / "bad.wbb").write_bytes(bytes(raw))
    r = server_import(server, tmp_path / "bad.wbb", tmp_path / "x.wbb")
    assert r.returncode == 3 and "bundle_bad_signature" in r.stderr and not (tmp_path / "x.wbb").exists()
    raw = bytearray((tmp_path / "rep2.wbb").read_bytes())
    raw[-100] ^= 1
    (tmp_path / "badrep.wbb").write_bytes(bytes(raw))
    with pytest.raises(SyncError) as e:
        bundle_import(a, tmp_path / "badrep.wbb")
    assert e.value.code == "bundle_bad_signature"

    # misdirected: a reply for another register; a request where a reply is expected
    b = devices.commune(f"{p}202")
    with pytest.raises(SyncError) as e:
        bundle_import(b, tmp_path / "rep2.wbb")
    assert e.value.code == "bundle_foreign"
    with pytest.raises(SyncError) as e:
        bundle_import(a, tmp_path / "req2.wbb")
    assert e.value.code == "bundle_wrong_kind"
    (tmp_path / "junk.wbb").write_bytes(b"hello" * 100)
    r = server_import(server, tmp_path / "junk.wbb", tmp_path / "y.wbb")
    assert r.returncode == 3 and "bundle_corrupt" in r.stderr


def test_a_bundle_from_a_device_the_server_does_not_know_is_refused(devices, server, sqlite_server, tmp_path):
    p = server.fresh_province()
    a = devices.commune(f"{p}101")
    add_person(a, "Lê Văn Lạ")
    bundle_export(a, tmp_path / "req.wbb")
    assert sqlite_server.db_url != server.db_url  # another province's server
    r = server_import(sqlite_server, tmp_path / "req.wbb", tmp_path / "rep.wbb")
    assert r.returncode == 3 and "bundle_unknown_device" in r.stderr


def test_envelope_refuses_the_wrong_key():
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    def raw(k):
        return k.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                               serialization.NoEncryption()).hex()

    def pub(k):
        return k.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()

    signer, other_signer = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    rcpt, other_rcpt = X25519PrivateKey.generate(), X25519PrivateKey.generate()
    data = seal_bundle(kind="request", bundle_id="b1", device_id="d1", created_at="2026-05-20T00:00:00+00:00",
                       payload=b'{"x": 1}', recipient_key=pub(rcpt), signing_key=raw(signer))
    header, payload = open_bundle(data, sender_public=pub(signer), recipient_private=raw(rcpt))
    assert payload == b'{"x": 1}' and header.device_id == "d1"
    with pytest.raises(BundleError) as e:
        open_bundle(data, sender_public=pub(other_signer), recipient_private=raw(rcpt))
    assert e.value.code == "bundle_bad_signature"
    with pytest.raises(BundleError) as e:
        open_bundle(data, sender_public=pub(signer), recipient_private=raw(other_rcpt))
    assert e.value.code == "bundle_foreign"


def test_photos_and_the_provinces_forms_travel_by_file(devices, server, tmp_path):
    """A commune that syncs only by USB: its photos reach the server in the request bundle, and
    the province's published form (row and .docx) and a photo taken elsewhere come back in the
    reply; an attachment the server already holds is not sent back again."""
    import hashlib
    import os

    from desktop_app.core.documents.service import Documents
    from tests.sync.test_published_templates import META, form, text_of

    p = server.fresh_province()
    usb = devices.commune(f"{p}101")
    prov = devices.province(p)
    photo = b"\xff\xd8\xff\xe0" + os.urandom(4000)
    x = add_person(usb, "Nguyễn Văn Ảnh")
    usb.persons.set_photo(x, photo)
    info = bundle_export(usb, tmp_path / "req1.wbb")
    assert info["blobs"] == 1
    assert server_import(server, tmp_path / "req1.wbb", tmp_path / "rep1.wbb").returncode == 0
    report = bundle_import(usb, tmp_path / "rep1.wbb")
    assert report.blobs_sent == 1 and status(usb)["pending"] == 0
    with usb._read() as conn:  # nothing left to send
        assert not conn.exec_driver_sql("SELECT key FROM sync_meta WHERE key LIKE 'blob_up:%'").fetchall()
    assert sync(prov).blobs_received == 1  # the province, by network, gets the photo's bytes

    # the province publishes a form and takes a photo of another person of the commune
    body = form("{{ unit.police_upper }}", "Mẫu tỉnh qua USB: {{ person.full_name }}")
    Documents.of(prov).add_template(body, META, publish=True)
    other_photo = b"\xff\xd8\xff\xe0" + os.urandom(3000)
    y = add_person(prov, "Trần Văn Xa", unit_code=f"{p}101")
    prov.persons.set_photo(y, other_photo)
    assert sync(prov).rejected == 0

    bundle_export(usb, tmp_path / "req2.wbb")
    assert server_import(server, tmp_path / "req2.wbb", tmp_path / "rep2.wbb").returncode == 0
    report = bundle_import(usb, tmp_path / "rep2.wbb")
    assert report.blobs_received == 2  # the form's .docx and the new photo, not the register's own
    docs = Documents.of(usb)
    got = docs.template("mau-tinh")
    assert (got.origin, got.sha256) == ("province", hashlib.sha256(body).hexdigest())
    assert "Mẫu tỉnh qua USB: Trần Văn Xa" in text_of(docs.make("mau-tinh", person_id=y).data)
    with usb._read() as conn:
        held = conn.exec_driver_sql("SELECT data FROM attachment WHERE sha256 = ?",
                                    (hashlib.sha256(other_photo).hexdigest(),)).scalar()
        assert bytes(held) == other_photo
        assert not conn.exec_driver_sql("SELECT key FROM sync_meta WHERE key LIKE 'blob_want:%'").fetchall()
    # the same reply again changes nothing
    before = tables(usb)
    assert bundle_import(usb, tmp_path / "rep2.wbb").blobs_received == 0
    assert tables(usb) == before
