"""HTTPS with the server's certificate pinned at enrollment: a server that later shows another
certificate (a man in the middle, or a swapped machine) is refused, not trusted."""

from __future__ import annotations

import datetime as dt
import ipaddress

import pytest

from desktop_app.core.sync.client import enroll, status, sync
from desktop_app.core.sync.transport import SyncError
from tests.conftest import add_person
from tests.sync.conftest import Devices, tables
from tests.sync.serverproc import ServerProcess


def self_signed(path_dir, name: str):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "wardbook test")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    c, k = path_dir / f"{name}.crt", path_dir / f"{name}.key"
    c.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    k.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption()))
    return str(c), str(k), cert.fingerprint(hashes.SHA256()).hex()


def test_https_pins_the_certificate_seen_at_enrollment(tmp_path, monkeypatch):
    c1, k1, fp1 = self_signed(tmp_path, "one")
    c2, k2, _ = self_signed(tmp_path, "two")
    srv = ServerProcess(f"sqlite:///{tmp_path / 's.db'}", tmp_path / "log", args=("--tls-cert", c1, "--tls-key", k1))
    srv.start()
    devices = Devices(srv, tmp_path, monkeypatch)
    try:
        a = devices.commune("25101", enroll=False)
        with pytest.raises(SyncError) as e:
            enroll(a, srv.url, srv.enroll_code("25101"), fingerprint="00" * 32)
        assert e.value.code == "server_certificate_mismatch"
        info = enroll(a, srv.url, srv.enroll_code("25101"), fingerprint=fp1)
        assert info["fingerprint"] == fp1
        add_person(a, "Nguyễn Văn Mật")
        assert sync(a).pushed == 1
        b = devices.commune("25101", enroll=False)
        enroll(b, srv.url, srv.enroll_code("25101"))  # trust on first use, no fingerprint given
        sync(b)
        assert tables(b) == tables(a)
        # the same address now answers with another certificate
        srv.stop()
        srv.args = ("--tls-cert", c2, "--tls-key", k2)
        srv.start()
        with pytest.raises(SyncError) as e:
            sync(a)
        assert e.value.code == "server_certificate_mismatch"
        assert status(a)["last_error"] == "server_certificate_mismatch"
    finally:
        devices.close()
        srv.dispose()
