"""Key slots: the random data key that opens the SQLCipher database, wrapped once per account
by a key derived from that account's password with Argon2id (DESIGN §3).

Adding a user, removing one or changing a password rewrites one slot; the database itself is
never re-encrypted. The slot file also holds the lockout counters and the failed logins not yet
written to the audit log, because a failed login cannot open the database to write them.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.core.errors import AuthenticationFailed, StoreError

FORMAT = "wardbook-keyslots"
DATA_KEY_BYTES = 32

# Argon2id cost: about 0.3 s on a cheap laptop (bench reports the unlock time). Stored per slot,
# so raising it later only affects slots written afterwards.
DEFAULT_KDF = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}

MAX_FAILURES = 5  # failures before the account locks
LOCK_BASE_SECONDS = 30.0  # first lock; doubles with each further failure


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"))


def normalize_password(password: str) -> bytes:
    """NFC first: the same Vietnamese password typed with a different input method (composed or
    decomposed marks) must open the same slot."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def derive_kek(password: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    return hash_secret_raw(
        normalize_password(password),
        salt,
        time_cost=kdf["time_cost"],
        memory_cost=kdf["memory_cost"],
        parallelism=kdf["parallelism"],
        hash_len=32,
        type=Type.ID,
    )


@dataclass
class SlotFile:
    path: Path
    data: dict[str, Any]

    # -- loading and saving ------------------------------------------------------------------
    @classmethod
    def new(cls, path: Path, register_id: str) -> "SlotFile":
        return cls(
            path,
            {"format": FORMAT, "version": 1, "register_id": register_id, "slots": {},
             "lockout": {}, "pending_audit": []},
        )

    @classmethod
    def load(cls, path: Path) -> "SlotFile":
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise StoreError("no_register", str(path.parent)) from None
        try:
            data = json.loads(raw)
        except ValueError:
            raise StoreError("keyslots_corrupt", str(path)) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise StoreError("keyslots_corrupt", str(path))
        data.setdefault("lockout", {})
        data.setdefault("pending_audit", [])
        return cls(path, data)

    def save(self) -> None:
        """Atomic replace with fsync: a crash leaves the old file or the new one, never half."""
        tmp = self.path.with_suffix(".tmp")
        payload = json.dumps(self.data, ensure_ascii=False, indent=1, sort_keys=True)
        try:
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(payload)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise StoreError("disk_write_failed", str(e)) from e

    @property
    def register_id(self) -> str:
        return self.data["register_id"]

    def usernames(self) -> list[str]:
        return sorted(self.data["slots"])

    def has(self, username: str) -> bool:
        return username in self.data["slots"]

    # -- slots -------------------------------------------------------------------------------
    def _aad(self, username: str) -> bytes:
        return f"{self.register_id}\x1f{username}".encode()

    def put(self, username: str, password: str, data_key: bytes, kdf: dict[str, int] | None = None) -> None:
        kdf = dict(kdf or DEFAULT_KDF)
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(derive_kek(password, salt, kdf)).encrypt(nonce, data_key, self._aad(username))
        self.data["slots"][username] = {
            "kdf": "argon2id", **kdf, "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped)
        }

    def remove(self, username: str) -> None:
        self.data["slots"].pop(username, None)
        self.data["lockout"].pop(username, None)

    def unwrap(self, username: str, password: str) -> bytes | None:
        slot = self.data["slots"].get(username)
        if slot is None:
            # Spend the same time as a real attempt so a stranger cannot probe user names.
            derive_kek(password, b"\0" * 16, DEFAULT_KDF)
            return None
        kdf = {k: int(slot[k]) for k in ("time_cost", "memory_cost", "parallelism")}
        kek = derive_kek(password, _unb64(slot["salt"]), kdf)
        try:
            return AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]), self._aad(username))
        except InvalidTag:
            return None

    # -- lockout -----------------------------------------------------------------------------
    def locked_for(self, username: str, now: float | None = None) -> float:
        """Seconds the account stays locked (0 when it is not)."""
        now = time.time() if now is None else now
        state = self.data["lockout"].get(username)
        if not state or state.get("failures", 0) < MAX_FAILURES:
            return 0.0
        until = state["last"] + LOCK_BASE_SECONDS * 2 ** (state["failures"] - MAX_FAILURES)
        return max(0.0, until - now)

    def record_failure(self, username: str, reason: str, now: float | None = None) -> None:
        now = time.time() if now is None else now
        state = self.data["lockout"].setdefault(username, {"failures": 0, "last": 0.0})
        state["failures"] += 1
        state["last"] = now
        self.data["pending_audit"].append(
            {"at": now, "username": username, "reason": reason, "failures": state["failures"]}
        )

    def clear_failures(self, username: str) -> None:
        self.data["lockout"].pop(username, None)

    def take_pending_audit(self) -> list[dict[str, Any]]:
        pending, self.data["pending_audit"] = self.data["pending_audit"], []
        return pending


def unlock(slots: SlotFile, username: str, password: str) -> bytes:
    """Returns the data key or raises AuthenticationFailed; records failures and locks the
    account after MAX_FAILURES (the lock doubles with each further failure)."""
    wait = slots.locked_for(username)
    if wait > 0:
        raise AuthenticationFailed("account_locked", retry_after=wait)
    key = slots.unwrap(username, password)
    if key is None:
        slots.record_failure(username, "bad_password" if slots.has(username) else "unknown_user")
        slots.save()
        wait = slots.locked_for(username)
        if wait > 0:
            raise AuthenticationFailed("account_locked", retry_after=wait)
        raise AuthenticationFailed("bad_credentials")
    return key


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)
