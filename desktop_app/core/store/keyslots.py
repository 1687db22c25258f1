"""Key slots: the random data key that opens the SQLCipher database, wrapped once per account
by a key derived from that account's password with Argon2id (DESIGN §3).

Adding a user, removing one or changing a password rewrites one slot; the database itself is
never re-encrypted. The slot file also holds the lockout counters and the failed logins not yet
written to the audit log, because a failed login cannot open the database to write them.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import copy
import errno
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, cast

from argon2.exceptions import Argon2Error
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.core.errors import AuthenticationFailed, StoreError
from desktop_app.core.store.files import file_lock, replace_file
from desktop_app.core.store.lockguard import LockoutMirror
from desktop_app.core.store.private import private_opener
from desktop_app.core.store.sealing import AccountKeys, SealError, open_sealed, seal

FORMAT = "wardbook-keyslots"
DATA_KEY_BYTES = 32

# Argon2id cost: about 0.3 s on a cheap laptop (bench reports the unlock time). Stored per slot,
# so raising it later only affects slots written afterwards.
DEFAULT_KDF = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}

MAX_FAILURES = 5  # failures before the account locks
LOCK_BASE_SECONDS = 30.0  # first lock; doubles with each further failure
MAX_PENDING_AUDIT = 1000  # failed logins kept for the audit log (oldest dropped beyond this)
SALT_BYTES = 16  # SQLCipher keeps its per-file salt in the first 16 bytes of the database


def database_salt(db_path: Path) -> str | None:
    """The hex SQLCipher salt of a database file (read without the key), None if too short."""
    try:
        with open(db_path, "rb") as f:
            head = f.read(SALT_BYTES)
    except FileNotFoundError:
        return None
    return head.hex() if len(head) == SALT_BYTES else None


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """Serialises read-modify-write of the slot file between processes (filelock: flock on
    POSIX, msvcrt.locking on Windows). A lock file that cannot be created (read-only folder) is
    StoreError("disk_write_failed"), as the write itself would be."""
    lock = file_lock(path)
    try:
        lock.acquire()
    except OSError as e:
        raise StoreError("disk_write_failed", str(e)) from e
    try:
        yield
    finally:
        lock.release()


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows cannot open a directory
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)


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
    """The slot file in memory. Mutations are tracked, and `save()` re-reads the file and
    applies only this instance's changes: a Workspace that stays open for hours must not wipe
    a slot, a lockout or a pending failed-login record written meanwhile by another process
    (the CLI, a second window, a failed login at the lock screen)."""

    path: Path
    data: dict[str, Any]
    _touched_slots: set[str] = field(default_factory=set, repr=False)
    _touched_lockout: set[str] = field(default_factory=set, repr=False)
    _touched_meta: set[str] = field(default_factory=set, repr=False)
    _touched_certs: set[str] = field(default_factory=set, repr=False)  # a slot's certificate only
    _new_pending: list[dict[str, Any]] = field(default_factory=list, repr=False)
    _taken_pending: list[dict[str, Any]] = field(default_factory=list, repr=False)
    # The second record of the lockout counters, outside the data folder (store/lockguard.py);
    # set by `load` (the live register's slot file), None for a backup's slots.
    mirror: LockoutMirror | None = field(default=None, repr=False)

    # -- loading and saving ------------------------------------------------------------------
    @classmethod
    def new(cls, path: Path, register_id: str) -> "SlotFile":
        return cls(
            path,
            {"format": FORMAT, "version": 1, "register_id": register_id, "slots": {},
             "lockout": {}, "pending_audit": []},
            mirror=LockoutMirror(register_id),
        )

    @staticmethod
    def parse(raw: str | bytes, where: str = "") -> dict[str, Any]:
        """Checks the shape of a slot file's text; raises StoreError("keyslots_corrupt")."""
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise StoreError("keyslots_corrupt", where) from None
        if (not isinstance(data, dict) or data.get("format") != FORMAT
                or not isinstance(data.get("register_id"), str) or not isinstance(data.get("slots"), dict)
                or not all(isinstance(v, dict) for v in data["slots"].values())):
            raise StoreError("keyslots_corrupt", where)
        if not isinstance(data.setdefault("lockout", {}), dict):
            data["lockout"] = {}
        if not isinstance(data.setdefault("pending_audit", []), list):
            data["pending_audit"] = []
        return data

    @classmethod
    def load(cls, path: Path) -> "SlotFile":
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise StoreError("no_register", str(path.parent)) from None
        except (OSError, UnicodeDecodeError) as e:
            raise StoreError("keyslots_corrupt", f"{path}: {e}") from None
        slots = cls(path, cls.parse(raw, str(path)))
        slots.mirror = LockoutMirror(slots.register_id)
        return slots

    def _read_disk(self) -> dict[str, Any] | None:
        """The file as it is now; None when missing or unreadable (then ours replaces it).
        A file of another register (a restore happened meanwhile) is never overwritten."""
        try:
            data = self.parse(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, StoreError):
            return None
        if data["register_id"] != self.register_id:
            raise StoreError("keyslots_mismatch", f"{self.path} now belongs to another register")
        return data

    def _merged_with(self, disk: dict[str, Any] | None) -> dict[str, Any]:
        if disk is None:
            return copy.deepcopy(self.data)
        merged = copy.deepcopy(disk)
        for section, touched in (("slots", self._touched_slots), ("lockout", self._touched_lockout)):
            for name in touched:
                if name in self.data[section]:
                    merged[section][name] = copy.deepcopy(self.data[section][name])
                else:
                    merged[section].pop(name, None)
        for name in self._touched_certs - self._touched_slots:
            # Only the certificate of a slot this instance did not rewrite: another process may
            # have changed the rest (a password) meanwhile. Attached only to the same keys.
            cert = (self.data["slots"].get(name) or {}).get("cert")
            slot = merged["slots"].get(name)
            if cert is not None and slot is not None and slot.get("sign_pub") == cert.get("sign_pub"):
                slot["cert"] = copy.deepcopy(cert)
        for key in self._touched_meta:
            if key in self.data:
                merged[key] = self.data[key]
            else:
                merged.pop(key, None)
        # Entries carry a random id, so two identical-looking failures stay two.
        pending = [p for p in merged["pending_audit"] if p not in self._taken_pending]
        pending += [p for p in self._new_pending if p not in pending]
        merged["pending_audit"] = pending[-MAX_PENDING_AUDIT:]
        return merged

    def _clear_tracking(self) -> None:
        self._touched_slots.clear()
        self._touched_lockout.clear()
        self._touched_meta.clear()
        self._touched_certs.clear()
        self._new_pending.clear()
        self._taken_pending.clear()

    def save(self) -> None:
        """Re-reads the file, applies this instance's changes, and replaces the file atomically
        with fsync: a crash leaves the old file or the new one, never half. If the write fails
        (disk full, …) the changes are dropped in memory too, so memory never claims what the
        disk does not hold, and StoreError("disk_full" | "disk_write_failed") is raised."""
        with _file_lock(self.path):
            disk = self._read_disk() if self.path.exists() else None
            merged = self._merged_with(disk)
            payload = json.dumps(merged, ensure_ascii=False, indent=1, sort_keys=True)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            try:
                with open(tmp, "w", encoding="utf-8", opener=private_opener) as f:  # 0600 (issue 16)
                    f.write(payload)
                    f.flush()
                    os.fsync(f.fileno())
                replace_file(tmp, self.path)
            except OSError as e:
                with contextlib.suppress(OSError):
                    tmp.unlink(missing_ok=True)
                if disk is not None:
                    self.data = disk
                self._clear_tracking()
                code = "disk_full" if e.errno in (errno.ENOSPC, errno.EDQUOT) else "disk_write_failed"
                raise StoreError(code, str(e)) from e
            fsync_dir(self.path.parent)
            self.data = merged
            if self.mirror is not None:
                self.mirror.update({n: merged["lockout"].get(n) for n in self._touched_lockout})
            self._clear_tracking()

    # -- the database file these slots open ---------------------------------------------------
    @property
    def database_salt(self) -> str | None:
        return self.data.get("db_salt")

    def set_database_salt(self, salt_hex: str | None) -> None:
        if salt_hex:
            self.data["db_salt"] = salt_hex
        else:
            self.data.pop("db_salt", None)
        self._touched_meta.add("db_salt")

    def check_database(self, db_path: Path) -> None:
        """Raises StoreError("keyslots_mismatch") when the database file is not the one these
        slots were written for (its SQLCipher salt differs). Needs no password."""
        recorded = self.database_salt
        if recorded is None:
            return
        actual = database_salt(db_path)
        if actual is not None and actual != recorded:
            raise StoreError("keyslots_mismatch", "key slots belong to another register file")

    @property
    def register_id(self) -> str:
        return cast(str, self.data["register_id"])

    def usernames(self) -> list[str]:
        return sorted(self.data["slots"])

    def has(self, username: str) -> bool:
        return username in self.data["slots"]

    # -- slots -------------------------------------------------------------------------------
    def _aad(self, username: str, part: str = "") -> bytes:
        base = f"{self.register_id}\x1f{username}"
        return (base if not part else f"{base}\x1f{part}").encode()

    def put(self, username: str, password: str, data_key: bytes, kdf: dict[str, int] | None = None,
            keys: AccountKeys | None = None) -> AccountKeys:
        """Writes `username`'s slot: the data key and the account's own key pairs (`keys`, or new
        ones) wrapped under a key derived from `password`; the public halves in clear. New keys
        drop the grants sealed to the old ones (the caller grants again what the role may hold).
        Returns the account's keys."""
        kdf = dict(kdf or DEFAULT_KDF)
        salt = secrets.token_bytes(16)
        kek = derive_kek(password, salt, kdf)
        aead = AESGCM(kek)
        nonce = secrets.token_bytes(12)
        wrapped = aead.encrypt(nonce, data_key, self._aad(username))
        old = self.data["slots"].get(username) or {}
        same_keys = keys is not None and old.get("box_pub") == _b64(keys.box_pub)
        keys = keys or AccountKeys.generate()
        knonce = secrets.token_bytes(12)
        slot: dict[str, Any] = {
            "kdf": "argon2id", **kdf, "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped),
            "keys_nonce": _b64(knonce),
            "keys_wrapped": _b64(aead.encrypt(knonce, keys.dump(), self._aad(username, "keys"))),
            "box_pub": _b64(keys.box_pub), "sign_pub": _b64(keys.sign_pub),
            "grants": dict(old.get("grants") or {}) if same_keys else {},
        }
        for extra in ("cert",):  # kept across a password change; the caller replaces it when due
            if extra in old and same_keys:
                slot[extra] = old[extra]
        self.data["slots"][username] = slot
        self._touched_slots.add(username)
        return keys

    def remove(self, username: str) -> None:
        self.data["slots"].pop(username, None)
        self.data["lockout"].pop(username, None)
        self._touched_slots.add(username)
        self._touched_lockout.add(username)

    def unwrap(self, username: str, password: str) -> bytes | None:
        opened = self.open_slot(username, password)
        return None if opened is None else opened[0]

    def open_slot(self, username: str, password: str) -> tuple[bytes, AccountKeys | None] | None:
        """(data key, the account's keys — None in a slot written before accounts had keys), or
        None when the password is wrong or the account has no slot."""
        slot = self.data["slots"].get(username)
        if slot is None:
            # Spend the same time as a real attempt so a stranger cannot probe user names.
            derive_kek(password, b"\0" * 16, DEFAULT_KDF)
            return None
        try:
            kdf = {k: int(slot[k]) for k in ("time_cost", "memory_cost", "parallelism")}
            salt, nonce, wrapped = (_unb64(slot[k]) for k in ("salt", "nonce", "wrapped"))
            kek = derive_kek(password, salt, kdf)
            aead = AESGCM(kek)
        except (KeyError, TypeError, ValueError, binascii.Error, Argon2Error) as e:
            raise StoreError("keyslots_corrupt", f"slot {username!r}: {e}") from None
        try:
            data_key = aead.decrypt(nonce, wrapped, self._aad(username))
        except (InvalidTag, ValueError):
            return None
        if "keys_wrapped" not in slot:
            return data_key, None
        try:
            raw = aead.decrypt(_unb64(slot["keys_nonce"]), _unb64(slot["keys_wrapped"]),
                               self._aad(username, "keys"))
            keys = AccountKeys.load(raw)
        except (InvalidTag, KeyError, TypeError, ValueError, binascii.Error, SealError) as e:
            raise StoreError("keyslots_corrupt", f"slot {username!r} keys: {e}") from None
        if _b64(keys.box_pub) != slot.get("box_pub") or _b64(keys.sign_pub) != slot.get("sign_pub"):
            # The public halves in clear were replaced: not this account's slot any more.
            raise StoreError("keyslots_corrupt", f"slot {username!r}: public keys do not match")
        return data_key, keys

    # -- public halves, certificates and grants (issue 16) -----------------------------------
    def public_keys(self, username: str) -> tuple[bytes, bytes] | None:
        """(box public key, signing public key) of an account's slot; None without keys."""
        slot = self.data["slots"].get(username)
        if not slot or "box_pub" not in slot:
            return None
        try:
            return _unb64(slot["box_pub"]), _unb64(slot["sign_pub"])
        except (KeyError, TypeError, ValueError, binascii.Error) as e:
            raise StoreError("keyslots_corrupt", f"slot {username!r}: {e}") from None

    def cert(self, username: str) -> dict[str, Any] | None:
        slot = self.data["slots"].get(username)
        cert = (slot or {}).get("cert")
        return cert if isinstance(cert, dict) else None

    def set_cert(self, username: str, cert: dict[str, Any]) -> None:
        """Sets the slot's certificate; `save` writes it into the slot as it is on disk then,
        if that slot still holds the keys the certificate names."""
        self.data["slots"][username]["cert"] = cert
        self._touched_certs.add(username)

    def grant(self, username: str, name: str, secret: bytes) -> None:
        """Seals `secret` to the account's box key: only that account's password opens it."""
        pub = self.public_keys(username)
        if pub is None:
            raise StoreError("keyslots_corrupt", f"slot {username!r} has no keys to grant to")
        blob = seal(pub[0], secret, self._aad(username, f"grant:{name}"))
        self.data["slots"][username].setdefault("grants", {})[name] = _b64(blob)
        self._touched_slots.add(username)

    def revoke(self, username: str, name: str) -> None:
        slot = self.data["slots"].get(username)
        if slot and name in (slot.get("grants") or {}):
            del slot["grants"][name]
            self._touched_slots.add(username)

    def granted(self, username: str) -> list[str]:
        return sorted((self.data["slots"].get(username) or {}).get("grants") or {})

    def open_grant(self, username: str, keys: AccountKeys, name: str) -> bytes | None:
        """The granted secret, None when there is none or it does not open with `keys`."""
        blob = ((self.data["slots"].get(username) or {}).get("grants") or {}).get(name)
        if not blob:
            return None
        try:
            return open_sealed(keys.box, _unb64(blob), self._aad(username, f"grant:{name}"))
        except (SealError, ValueError, binascii.Error):
            return None

    # -- lockout -----------------------------------------------------------------------------
    def lockout_state(self, username: str, now: float | None = None) -> dict[str, Any] | None:
        """The stricter of the slot file's record and the mirror's (more failures, later last
        failure): clearing one of them clears nothing."""
        now = time.time() if now is None else now
        mine = self.data["lockout"].get(username)
        other = self.mirror.state(username, now) if self.mirror is not None else None
        if not other:
            return cast("dict[str, Any] | None", mine)
        if not mine:
            return dict(other)
        return {"failures": max(int(mine.get("failures", 0)), int(other["failures"])),
                "last": max(float(mine.get("last", 0.0)), float(other["last"]))}

    def locked_for(self, username: str, now: float | None = None) -> float:
        """Seconds the account stays locked (0 when it is not)."""
        now = time.time() if now is None else now
        state = self.lockout_state(username, now)
        if not state or state.get("failures", 0) < MAX_FAILURES:
            return 0.0
        until: float = state["last"] + LOCK_BASE_SECONDS * 2 ** (state["failures"] - MAX_FAILURES)
        return max(0.0, until - now)

    def record_failure(self, username: str, reason: str, now: float | None = None) -> None:
        now = time.time() if now is None else now
        known = self.lockout_state(username, now) or {"failures": 0, "last": 0.0}
        state = self.data["lockout"].setdefault(username, {"failures": 0, "last": 0.0})
        state["failures"] = int(known.get("failures", 0)) + 1  # counts on from the stricter record
        state["last"] = now
        entry = {"at": now, "username": username, "reason": reason, "failures": state["failures"],
                 "id": secrets.token_hex(8)}
        self.data["pending_audit"].append(entry)
        self._new_pending.append(entry)
        self._touched_lockout.add(username)

    def record_locked_attempt(self, username: str, now: float | None = None) -> None:
        now = time.time() if now is None else now
        failures = (self.lockout_state(username, now) or {}).get("failures", 0)
        entry = {"at": now, "username": username, "reason": "account_locked", "failures": failures,
                 "id": secrets.token_hex(8)}
        self.data["pending_audit"].append(entry)
        self._new_pending.append(entry)

    def clear_failures(self, username: str) -> None:
        self.data["lockout"].pop(username, None)
        self._touched_lockout.add(username)

    def take_pending_audit(self) -> list[dict[str, Any]]:
        pending: list[dict[str, Any]] = self.data["pending_audit"]
        self.data["pending_audit"] = []
        self._taken_pending.extend(pending)
        return pending


def unlock(slots: SlotFile, username: str, password: str) -> bytes:
    """Returns the data key or raises AuthenticationFailed (see `unlock_account`)."""
    return unlock_account(slots, username, password)[0]


def unlock_account(slots: SlotFile, username: str, password: str) -> tuple[bytes, AccountKeys]:
    """Returns (data key, the account's keys) or raises AuthenticationFailed; records failures
    and locks the account after MAX_FAILURES (the lock doubles with each further failure). A
    slot written before accounts had keys gets them now (the password is at hand)."""
    wait = slots.locked_for(username)
    if wait > 0:
        # Audited as a failed login too, but without lengthening the lock: the owner retrying
        # while locked must not keep themselves out.
        slots.record_locked_attempt(username)
        with contextlib.suppress(StoreError):
            slots.save()
        raise AuthenticationFailed("account_locked", retry_after=wait)
    opened = slots.open_slot(username, password)
    if opened is None:
        slots.record_failure(username, "bad_password" if slots.has(username) else "unknown_user")
        slots.save()
        wait = slots.locked_for(username)
        if wait > 0:
            raise AuthenticationFailed("account_locked", retry_after=wait)
        raise AuthenticationFailed("bad_credentials")
    key, keys = opened
    if keys is None:
        slot = slots.data["slots"][username]
        kdf = {k: int(slot[k]) for k in ("time_cost", "memory_cost", "parallelism")}
        keys = slots.put(username, password, key, kdf)
        slots.save()
    return key, keys


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)
