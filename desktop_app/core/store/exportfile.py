"""The JSON export's file: plain (0600) or encrypted to a password (issue 16, item 7).

An encrypted export is one JSON object (UTF-8):

    {"format": "wardbook-export-encrypted", "version": 1,
     "kdf": {"name": "argon2id", "time_cost": 3, "memory_cost": 65536, "parallelism": 2,
             "salt": "<base64, 16 bytes>"},
     "cipher": "AES-256-GCM", "nonce": "<base64, 12 bytes>",
     "ciphertext": "<base64: the plain export's UTF-8 JSON, then the 16-byte GCM tag>"}

The key is Argon2id(password NFC-normalised as UTF-8, salt, the parameters given, 32 bytes). The
associated data is the header: the object without "ciphertext", serialised with sorted keys and
no spaces (`json.dumps(h, sort_keys=True, separators=(",", ":"))`), so a changed parameter
fails the tag. `wardbook export-decrypt FILE --out PLAIN.json` opens it; so does any AES-GCM and
Argon2id library following this description (docs/admin-guide.md has a Python snippet).
"""

from __future__ import annotations

import base64
import binascii
import errno
import json
import secrets
from pathlib import Path
from typing import Any

from argon2.exceptions import Argon2Error
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.core.errors import AuthenticationFailed, StoreError
from desktop_app.core.store.keyslots import DEFAULT_KDF, derive_kek
from desktop_app.core.store.private import write_private_file

ENCRYPTED_FORMAT = "wardbook-export-encrypted"
CIPHER = "AES-256-GCM"


def _aad(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def encrypt(plain: bytes, password: str, kdf: dict[str, int] | None = None) -> bytes:
    params = dict(kdf or DEFAULT_KDF)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = {"format": ENCRYPTED_FORMAT, "version": 1, "cipher": CIPHER,
              "kdf": {"name": "argon2id", **params, "salt": base64.b64encode(salt).decode("ascii")},
              "nonce": base64.b64encode(nonce).decode("ascii")}
    sealed = AESGCM(derive_kek(password, salt, params)).encrypt(nonce, plain, _aad(header))
    out = {**header, "ciphertext": base64.b64encode(sealed).decode("ascii")}
    return json.dumps(out, sort_keys=True, indent=1).encode("utf-8")


def is_encrypted(raw: bytes) -> bool:
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and data.get("format") == ENCRYPTED_FORMAT


def decrypt(raw: bytes, password: str) -> bytes:
    """The plain export; AuthenticationFailed("bad_credentials") for a wrong password (or a
    changed file: GCM cannot tell them apart), StoreError("export_file_invalid") for a file that
    is not an encrypted export."""
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != ENCRYPTED_FORMAT or data.get("version") != 1:
            raise ValueError("not an encrypted export")
        header = {k: v for k, v in data.items() if k != "ciphertext"}
        kdf = header["kdf"]
        if kdf.get("name") != "argon2id" or header.get("cipher") != CIPHER:
            raise ValueError("unknown kdf or cipher")
        params = {k: int(kdf[k]) for k in ("time_cost", "memory_cost", "parallelism")}
        salt = base64.b64decode(kdf["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        sealed = base64.b64decode(data["ciphertext"], validate=True)
        key = derive_kek(password, salt, params)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error, Argon2Error) as e:
        raise StoreError("export_file_invalid", str(e)) from None
    try:
        return AESGCM(key).decrypt(nonce, sealed, _aad(header))
    except (InvalidTag, ValueError):
        raise AuthenticationFailed("bad_credentials") from None


def write_private(path: Path, data: bytes) -> None:
    """`data` to `path` through a 0600 temporary file beside it, fsynced, then renamed; a
    failure as a StoreError (the disk full, or another write error)."""
    try:
        write_private_file(path, data)
    except OSError as e:
        code = "disk_full" if e.errno in (errno.ENOSPC, errno.EDQUOT) else "disk_write_failed"
        raise StoreError(code, f"{path}: {e.strerror or e}") from e
