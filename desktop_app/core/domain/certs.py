"""Account certificates: who an account is and what role it holds, signed by a chief back to the
register's first chief (issue 16, "roles and slots signed").

A certificate binds an account of one register (user name, role, unit, active) to the public
halves of its key pairs (store/sealing.py: X25519 box, Ed25519 signing) and is signed with the
signing key of the account that issued it. The register's first chief — its *root* — signs its
own; the root's signing key is pinned outside the register (the server at enrollment, the
operating system's store on the laptop), so a register whose rows an insider rewrote cannot
name a root of its own choosing without being seen.

The rules here are shared by the laptop (at login) and the server (which checks the author of
every op): one module, no Qt, no database.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any, Mapping

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

CERT_VERSION = 1
FIELDS = ("v", "register_id", "username", "role", "unit_code", "active", "box_pub", "sign_pub",
          "issued_at", "issuer")
# Roles that may issue certificates, and for whom (as services/permissions.may_manage).
_ISSUES = {"province_admin": {"officer", "chief", "province_admin"}, "chief": {"officer", "chief"}}
MAX_DEPTH = 32


class CertError(ValueError):
    """A certificate or chain that does not hold; `code` says why (a problem code)."""

    def __init__(self, code: str, username: str = ""):
        super().__init__(f"{code}: {username}")
        self.code = code
        self.username = username


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: Any) -> bytes:
    if not isinstance(s, str):
        raise ValueError("not base64 text")
    return base64.b64decode(s.encode("ascii"), validate=True)


def payload(cert: Mapping[str, Any]) -> bytes:
    """The signed bytes: the fields in a fixed order as canonical JSON."""
    return json.dumps({k: cert.get(k) for k in FIELDS}, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def issue(*, register_id: str, username: str, role: str, unit_code: str, active: bool,
          box_pub: bytes, sign_pub: bytes, issued_at: str, issuer: str, issuer_sign_key: bytes) -> dict[str, Any]:
    """A certificate signed with `issuer_sign_key` (the issuer's Ed25519 private key; the
    account's own for the root's self-signed certificate)."""
    cert: dict[str, Any] = {"v": CERT_VERSION, "register_id": register_id, "username": username,
                            "role": role, "unit_code": unit_code, "active": bool(active),
                            "box_pub": _b64(box_pub), "sign_pub": _b64(sign_pub),
                            "issued_at": issued_at, "issuer": issuer}
    cert["sig"] = _b64(Ed25519PrivateKey.from_private_bytes(issuer_sign_key).sign(payload(cert)))
    return cert


def sign_pub_of(cert: Mapping[str, Any]) -> bytes:
    try:
        return _unb64(cert.get("sign_pub"))
    except (ValueError, binascii.Error):
        raise CertError("cert_invalid", str(cert.get("username", ""))) from None


def box_pub_of(cert: Mapping[str, Any]) -> bytes:
    try:
        return _unb64(cert.get("box_pub"))
    except (ValueError, binascii.Error):
        raise CertError("cert_invalid", str(cert.get("username", ""))) from None


def _signed_by(cert: Mapping[str, Any], public: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(_unb64(cert.get("sig")), payload(cert))
    except Exception:  # noqa: BLE001 - a bad signature, key or encoding all mean "not signed"
        return False
    return True


@dataclass(frozen=True)
class Verified:
    """A certificate whose chain holds back to the root."""

    username: str
    role: str
    unit_code: str
    active: bool
    box_pub: bytes
    sign_pub: bytes
    chain: tuple[str, ...]  # the user names from this account up to the root


def verify_chain(certs: Mapping[str, Mapping[str, Any]], username: str, root_pub: bytes,
                 register_id: str) -> Verified:
    """Checks `username`'s certificate and every issuer's up to the root (the certificate
    self-signed with `root_pub`). Raises CertError: `cert_missing` (no certificate for an
    account on the way), `cert_invalid` (a bad signature, another register, a malformed field),
    `cert_issuer_not_allowed` (an issuer whose role may not certify that role, or inactive),
    `cert_chain_broken` (a loop, or a chain that never reaches the root)."""
    seen: list[str] = []
    name = username
    first: Verified | None = None
    child_role: str | None = None
    for _ in range(MAX_DEPTH):
        cert = certs.get(name)
        if cert is None:
            raise CertError("cert_missing", name)
        if (cert.get("v") != CERT_VERSION or cert.get("register_id") != register_id
                or cert.get("username") != name or not isinstance(cert.get("issuer"), str)):
            raise CertError("cert_invalid", name)
        role = str(cert.get("role"))
        here = Verified(name, role, str(cert.get("unit_code")), bool(cert.get("active")),
                        box_pub_of(cert), sign_pub_of(cert), tuple(seen) + (name,))
        if first is None:
            first = here
        if child_role is not None:
            if not here.active or child_role not in _ISSUES.get(role, set()):
                raise CertError("cert_issuer_not_allowed", name)
        seen.append(name)
        issuer = cert["issuer"]
        if issuer == name:  # self-signed: must be the root
            if here.sign_pub != root_pub or not _signed_by(cert, root_pub):
                raise CertError("cert_chain_broken", name)
            if role not in _ISSUES:
                raise CertError("cert_issuer_not_allowed", name)
            return Verified(first.username, first.role, first.unit_code, first.active,
                            first.box_pub, first.sign_pub, tuple(seen))
        if issuer in seen:
            raise CertError("cert_chain_broken", name)
        issuer_cert = certs.get(issuer)
        if issuer_cert is None:
            raise CertError("cert_missing", issuer)
        if not _signed_by(cert, sign_pub_of(issuer_cert)):
            raise CertError("cert_invalid", name)
        child_role = role
        name = issuer
    raise CertError("cert_chain_broken", username)
