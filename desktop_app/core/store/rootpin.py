"""The register's root signing key, pinned outside the data folder (issue 16, item 2).

Every account's certificate (domain/certs.py) chains back to the register's first chief, whose
Ed25519 public key is the register's *root*. The register keeps it in `sync_meta`
(`root_sign_pub`), but anyone holding the data key can rewrite that row and sign a chain of their
own. So the root is also kept here, beside the lockout record of store/lockguard.py and under the
same MAC key (DPAPI on Windows, the Secret Service through `keyring`, else a 0600 file):

    <config>/lockout/<register_id>.root.json
        {"register_id", "root_sign_pub": hex, "latest": {user: issued_at}, "mac": HMAC-SHA256}

`latest` is the issue time of the newest certificate this computer saw for each account: an
older certificate put back (a slot saved before a demotion or a deactivation) is refused.

What it does not stop — as for the lockout record: a person under the same OS account with code
of their own can read the MAC key and rewrite or delete this file; a deleted pin is taken again
from `sync_meta` at the next login (the window docs/threat-model.md describes), and the server's
copy of the root (taken at enrollment) is then the check that remains.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

from desktop_app.core.store.files import file_lock
from desktop_app.core.store.lockguard import _canonical, _mac_key, config_dir
from desktop_app.core.store.private import private_dir, write_private_file


class PinTampered(Exception):
    """The pin file is there but its MAC or its register id does not hold."""


class RootPin:
    def __init__(self, register_id: str, folder: Path | None = None):
        safe = "".join(c for c in register_id if c.isalnum() or c in "-_") or "register"
        self.folder = folder or config_dir() / "lockout"
        self.path = self.folder / f"{safe}.root.json"
        self.register_id = register_id

    def _key(self) -> bytes:
        private_dir(self.folder)
        return _mac_key(self.folder)

    def _read(self) -> dict[str, Any] | None:
        """The body (register_id, root_sign_pub, latest), None when there is no pin; raises
        PinTampered when the file does not hold."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as e:
            raise PinTampered(str(e)) from e
        try:
            data = json.loads(raw)
            body = {"register_id": data["register_id"], "root_sign_pub": data["root_sign_pub"],
                    "latest": data.get("latest") or {}}
            bytes.fromhex(body["root_sign_pub"])
            if not isinstance(body["latest"], dict):
                raise ValueError("latest")
            good = body["register_id"] == self.register_id and hmac.compare_digest(
                str(data.get("mac", "")), hmac.new(self._key(), _canonical(body), hashlib.sha256).hexdigest())
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            raise PinTampered(str(e)) from e
        if not good:
            raise PinTampered("MAC")
        return body

    def root(self) -> bytes | None:
        """The pinned root public key, None when nothing is pinned (raises PinTampered)."""
        body = self._read()
        return None if body is None else bytes.fromhex(body["root_sign_pub"])

    def latest(self, username: str) -> str:
        body = self._read()
        return str((body or {}).get("latest", {}).get(username, ""))

    def _write(self, body: dict[str, Any]) -> None:
        mac = hmac.new(self._key(), _canonical(body), hashlib.sha256).hexdigest()
        write_private_file(self.path, json.dumps({**body, "mac": mac}, sort_keys=True, indent=1).encode("utf-8"))

    def pin(self, root_pub: bytes) -> None:
        """Pins `root_pub` (a pin already there is replaced only by the caller's decision)."""
        private_dir(self.folder)
        with file_lock(self.path):
            try:
                old = self._read() or {}
            except PinTampered:
                old = {}
            same = old.get("root_sign_pub") == root_pub.hex()
            self._write({"register_id": self.register_id, "root_sign_pub": root_pub.hex(),
                         "latest": dict(old.get("latest") or {}) if same else {}})

    def note(self, issued: dict[str, str]) -> None:
        """Records the newest certificate's issue time of these accounts (only ever later). A
        missing or unreadable pin is left alone (the next login pins again)."""
        if not issued:
            return
        try:
            private_dir(self.folder)
            with file_lock(self.path):
                body = self._read()
                if body is None:
                    return
                latest = dict(body["latest"])
                for user, at in issued.items():
                    if at > str(latest.get(user, "")):
                        latest[user] = at
                if latest != body["latest"]:  # most logins change nothing: no write
                    self._write({**body, "latest": latest})
        except (PinTampered, OSError):
            pass

    def forget_latest(self) -> None:
        """A backup restored (by an account allowed to): its certificates are older than the
        newest this computer saw and are the register's again. The root stays pinned."""
        try:
            with file_lock(self.path):
                body = self._read()
                if body is not None and body["latest"]:
                    self._write({**body, "latest": {}})
        except (PinTampered, OSError):
            pass
