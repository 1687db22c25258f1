"""Secrets of the server: device tokens and one-time enrollment codes (stored only as their
SHA-256), and the server's bundle keys (X25519 to receive, Ed25519 to sign replies)."""

from __future__ import annotations

import hashlib
import secrets

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

# Codes are read aloud and typed: no 0/O, 1/I/L.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_token() -> str:
    return secrets.token_urlsafe(32)


def new_enroll_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_code(code: str) -> str:
    c = "".join(ch for ch in code.upper() if ch.isalnum())
    return f"{c[:4]}-{c[4:8]}-{c[8:]}" if len(c) == 12 else c


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _raw(key) -> str:  # noqa: ANN001
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption()).hex()


def _raw_pub(key) -> str:  # noqa: ANN001
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def new_server_keys() -> dict[str, str]:
    x = X25519PrivateKey.generate()
    ed = Ed25519PrivateKey.generate()
    return {"bundle_x25519_private": _raw(x), "bundle_x25519_public": _raw_pub(x),
            "bundle_ed25519_private": _raw(ed), "bundle_ed25519_public": _raw_pub(ed)}
