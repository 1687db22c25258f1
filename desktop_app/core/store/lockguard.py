"""A second record of failed logins and lockouts, outside the data folder (issue 16, item 6).

The slot file (`keyslots.json`) keeps the lockout counters because a failed login cannot open the
database. Anyone who can write the data folder can also edit that file and clear a lockout. So
every change of an account's counter is also written here, to a per-user file outside the data
folder, and the *stricter* of the two records wins (more failures, later last failure): a reset
or replaced slot file does not reset the counter kept here.

    <config>/lockout/<register_id>.json   {"register_id", "accounts": {user: {failures, last}},
                                            "mac": HMAC-SHA256(key, canonical JSON of the rest)}

`<config>` is `WARDBOOK_CONFIG_DIR`, else the platform's per-user config folder
(platformdirs: `%LOCALAPPDATA%\\WardBook` on Windows, `~/.config/WardBook` on Linux). The MAC key
is 32 random bytes kept, in order of preference:

- Windows: in `lockout.key.dpapi`, protected with DPAPI (`CryptProtectData` through ctypes): only
  this Windows account on this machine can unprotect it;
- elsewhere, when the `keyring` library is installed and finds a real backend (the Secret Service
  on Linux, the macOS Keychain): in that store ("WardBook", "lockout-mac-key");
- else in `lockout.key` (0600) beside the records.

What this buys, honestly: editing or replacing `keyslots.json` (by hand, or by putting back an
older copy) no longer clears a lockout; hand-editing the record here breaks its MAC, and a record
whose MAC fails counts as a fresh lockout of every account it names (the stricter reading). What it
does not stop: a person working under the same OS account with code of their own can read the
key from the OS store and rewrite both records, or delete both; an OS administrator can do
anything. Offline guessing against a copied slot file never meets a lockout at all (Argon2id's
cost is the only brake there). See docs/threat-model.md.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path
from typing import Any

from desktop_app.core.store.files import file_lock
from desktop_app.core.store.private import private_dir, write_private_file

KEYRING_SERVICE = "WardBook"
KEYRING_NAME = "lockout-mac-key"


def config_dir() -> Path:
    env = os.environ.get("WARDBOOK_CONFIG_DIR")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("WardBook", "WardBook"))


# -- the MAC key -----------------------------------------------------------------------------------

class _Blob(ctypes.Structure):
    _fields_ = [("cbData", ctypes.c_uint32), ("pbData", ctypes.POINTER(ctypes.c_char))]


def _dpapi(data: bytes, protect: bool) -> bytes:  # pragma: no cover - Windows only
    crypt32 = ctypes.windll.crypt32  # type: ignore[attr-defined]
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    buf = ctypes.create_string_buffer(data, len(data))
    blob_in = _Blob(len(data), ctypes.cast(buf, ctypes.POINTER(ctypes.c_char)))
    blob_out = _Blob()
    fn = crypt32.CryptProtectData if protect else crypt32.CryptUnprotectData
    if protect:
        ok = fn(ctypes.byref(blob_in), "WardBook lockout", None, None, None, 0x1, ctypes.byref(blob_out))
    else:
        ok = fn(ctypes.byref(blob_in), None, None, None, None, 0x1, ctypes.byref(blob_out))
    if not ok:
        raise OSError("DPAPI failed")
    try:
        return ctypes.string_at(blob_out.pbData, blob_out.cbData)
    finally:
        kernel32.LocalFree(blob_out.pbData)


_NO_KEYRING: list[bool] = []  # remembered: a missing library is not looked for at every login


def _keyring() -> Any | None:
    """The keyring module when it is installed and its backend really stores secrets."""
    if os.environ.get("WARDBOOK_NO_KEYRING") or _NO_KEYRING:
        return None
    try:
        import keyring  # type: ignore[import-not-found]
        from keyring.backends import fail  # type: ignore[import-not-found]
    except Exception:  # noqa: BLE001 - an optional library, or a broken one
        _NO_KEYRING.append(True)
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001
        return None
    if isinstance(backend, fail.Keyring) or "plaintext" in type(backend).__name__.lower() \
            or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def where_key_lives() -> str:
    """"dpapi", "keyring" or "file": what protects the MAC key on this computer."""
    if os.name == "nt":
        return "dpapi"
    return "keyring" if _keyring() is not None else "file"


def _mac_key(folder: Path) -> bytes:
    kind = where_key_lives()
    if kind == "keyring":
        kr = _keyring()
        try:
            stored = kr.get_password(KEYRING_SERVICE, KEYRING_NAME)  # type: ignore[union-attr]
            if stored:
                return bytes.fromhex(stored)
            key = secrets.token_bytes(32)
            kr.set_password(KEYRING_SERVICE, KEYRING_NAME, key.hex())  # type: ignore[union-attr]
            return key
        except Exception:  # noqa: BLE001 - a locked or absent keyring: the file below
            pass
    path = folder / ("lockout.key.dpapi" if kind == "dpapi" else "lockout.key")
    with file_lock(path):
        try:
            raw = path.read_bytes()
            key = _dpapi(raw, False) if kind == "dpapi" else bytes.fromhex(raw.decode("ascii").strip())
            if len(key) == 32:
                return key
        except (OSError, ValueError, UnicodeDecodeError):
            pass
        key = secrets.token_bytes(32)
        data = _dpapi(key, True) if kind == "dpapi" else key.hex().encode("ascii")
        _write(path, data)
        return key


def _write(path: Path, data: bytes) -> None:
    write_private_file(path, data)


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


class LockoutMirror:
    """The per-user record of one register's lockout counters. Every call reads the file anew
    (other processes write it too); a write failure is swallowed (the slot file still holds the
    state, and a full disk must not lock a chief out of their own register)."""

    def __init__(self, register_id: str, folder: Path | None = None):
        safe = "".join(c for c in register_id if c.isalnum() or c in "-_") or "register"
        self.folder = folder or config_dir() / "lockout"
        self.path = self.folder / f"{safe}.json"
        self.register_id = register_id

    def _key(self) -> bytes:
        private_dir(self.folder)
        return _mac_key(self.folder)

    def _read(self) -> tuple[dict[str, dict[str, float]], bool]:
        """(accounts, intact). A missing file is ({}, True); a file whose MAC fails is its
        accounts with intact False (the caller then reads every one as locked)."""
        try:
            raw = self.path.read_bytes()
        except OSError:
            return {}, True
        try:
            data = json.loads(raw)
            accounts = data["accounts"]
            if not isinstance(accounts, dict):
                raise ValueError
            body = {"register_id": data["register_id"], "accounts": accounts}
            good = (data["register_id"] == self.register_id and hmac.compare_digest(
                str(data.get("mac", "")), hmac.new(self._key(), _canonical(body), hashlib.sha256).hexdigest()))
            clean = {str(u): {"failures": int(s.get("failures", 0)), "last": float(s.get("last", 0.0))}
                     for u, s in accounts.items() if isinstance(s, dict)}
            return clean, good
        except (ValueError, KeyError, TypeError, OSError, AttributeError):
            return {}, False

    def state(self, username: str, now: float) -> dict[str, float] | None:
        """The failures and last failure recorded here for `username` (None: nothing); a
        tampered file reads as a lock of MAX_FAILURES starting from the file's last change."""
        from desktop_app.core.store.keyslots import MAX_FAILURES

        accounts, intact = self._read()
        got = accounts.get(username)
        if intact:
            return got
        try:
            when = self.path.stat().st_mtime
        except OSError:
            when = now
        failures = max(MAX_FAILURES, int(got["failures"]) if got else 0)
        return {"failures": failures, "last": max(when, got["last"] if got else 0.0)}

    def update(self, states: dict[str, dict[str, float] | None]) -> None:
        """Sets (or, for None, clears) the given accounts' records."""
        if not states:
            return
        if all(not st or not st.get("failures") for st in states.values()) and not self.path.exists():
            return  # nothing to clear: no folder, key or file made for a login that never failed
        try:
            key = self._key()
            with file_lock(self.path):
                accounts, intact = self._read()
                if not intact:  # keep every account it names locked, from the file's last change
                    from desktop_app.core.store.keyslots import MAX_FAILURES

                    with contextlib.suppress(OSError):
                        when = self.path.stat().st_mtime
                        accounts = {u: {"failures": max(MAX_FAILURES, int(a["failures"])),
                                        "last": max(when, float(a["last"]))} for u, a in accounts.items()}
                for user, st in states.items():
                    if st is None or not st.get("failures"):
                        accounts.pop(user, None)
                    else:
                        accounts[user] = {"failures": int(st["failures"]), "last": float(st["last"])}
                body = {"register_id": self.register_id, "accounts": accounts}
                mac = hmac.new(key, _canonical(body), hashlib.sha256).hexdigest()
                _write(self.path, json.dumps({**body, "mac": mac}, sort_keys=True, indent=1).encode("utf-8"))
        except OSError:
            pass
