"""Backups: one encrypted, self-checking file per backup, and restore from it (DESIGN §3, §6).

The container (`.wbk`) is our own small format, so that it can be read and checked without any
archive library and without trusting anything before its hashes are verified:

    MAGIC            16 bytes  b"WARDBOOK-BACKUP\\n"
    header length     4 bytes  big-endian
    header              JSON   format, version, register_id, unit_code, created_at,
                               schema_revision, parts: [{name, size, sha256}, ...]
    parts                      register.db     the SQLCipher database (same data key, so it
                                               is as encrypted as the register itself)
                               keyslots.json   the key slots (each account's password opens
                                               the backup, as it opens the register)
                               manifest.enc    AES-GCM under a key derived from the data key:
                                               unit name, row counts, audit head, who made it
    TRAILER          12 bytes  b"WARDBOOK-END" followed by the SHA-256 of everything before it

Nothing readable about the people in the register is in the clear: names, CCCD and addresses
live only inside the SQLCipher pages; the counts live in the encrypted manifest.

`write_backup` (the service's `ws.backups.make`) takes an online, consistent snapshot (`VACUUM INTO` runs in one read transaction,
so writers in other processes may go on), writes the container to a temporary file, fsyncs it,
reads it all back and checks it (hashes, decryption, `integrity_check`,
`cipher_integrity_check`, row counts, audit chain) and only then renames it into place: the
file under the chosen name is always a verified backup.

Restoring (store/restore.py `install_backup`, called by the service's `restore_backup`) checks
the whole container before touching anything, unlocks it with the
account's password from the backup's own key slots, moves the current register aside (never
deletes it) and installs the restored files, then rebuilds the search index.

This module is the file mechanics only (copy, verify, encrypt, install); the use case — who may
back up or restore, the Workspace, the audit rows, the search index — is the backup service,
desktop_app/core/services/backup.py (`ws.backups.make(...)`, `restore_backup(...)`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import secrets
import shutil
import sqlite3
import struct
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.core.errors import AuthenticationFailed, StoreError
from desktop_app.core.paths import SLOTS_NAME
from desktop_app.core.store import keyslots
from desktop_app.core.store.auditchain import GENESIS_HASH, audit_hash
from desktop_app.core.store.files import replace_file
from desktop_app.core.store.keyslots import fsync_dir as _fsync_dir
from desktop_app.core.store.private import make_private

MAGIC = b"WARDBOOK-BACKUP\n"
TRAILER_MAGIC = b"WARDBOOK-END"
FORMAT = "wardbook-backup"
VERSION = 1
SUFFIX = ".wbk"
MAX_HEADER = 1 << 20
CHUNK = 1 << 20

DB_PART = "register.db"
SLOTS_PART = "keyslots.json"
MANIFEST_PART = "manifest.enc"
PARTS = (DB_PART, SLOTS_PART, MANIFEST_PART)

# Files that make up a register in its data folder (moved aside together on restore).
REGISTER_FILES = ("register.db", "register.db-wal", "register.db-shm", "register.db-journal",
                  "keyslots.json")


# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupHeader:
    """What a backup says about itself in the clear (checked against its hashes)."""

    path: Path
    register_id: str
    unit_code: str
    created_at: str
    schema_revision: str
    size: int
    sha256: str  # of the whole file
    parts: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    register_id: str
    unit_code: str
    unit_name: str
    created_at: str
    created_by: str
    schema_revision: str
    size: int
    sha256: str
    counts: dict[str, int] = field(default_factory=dict)
    audit_head: int = 0  # seq of the last audit row in the backup
    seconds: float = 0.0


@dataclass(frozen=True)
class RestoreInfo:
    data_dir: Path
    register_id: str
    unit_code: str
    backup_created_at: str
    counts: dict[str, int]
    moved_aside: Path | None  # where the register that was there before now lives
    forced: bool
    audit_ok: bool
    seconds: float = 0.0


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------

def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _os_error(e: OSError, what: str) -> StoreError:
    code = "disk_full" if e.errno in (errno.ENOSPC, errno.EDQUOT) else "disk_write_failed"
    return StoreError(code, f"{what}: {e}")


def _manifest_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"wardbook-backup-manifest-v1").derive(data_key)


def _seal_manifest(data_key: bytes, register_id: str, manifest: dict[str, Any]) -> bytes:
    nonce = secrets.token_bytes(12)
    body = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return nonce + AESGCM(_manifest_key(data_key)).encrypt(nonce, body, register_id.encode())


def _open_manifest(data_key: bytes, register_id: str, blob: bytes) -> dict[str, Any]:
    try:
        body = AESGCM(_manifest_key(data_key)).decrypt(blob[:12], blob[12:], register_id.encode())
        data = json.loads(body)
    except (InvalidTag, ValueError) as e:
        raise StoreError("backup_corrupt", f"manifest: {e.__class__.__name__}") from None
    if not isinstance(data, dict):
        raise StoreError("backup_corrupt", "manifest")
    return data


# ---------------------------------------------------------------------------------------------
# A raw SQLCipher connection to a copy (not through the Workspace: the copy is not a register
# in use, and we need pragmas the engine does not run)
# ---------------------------------------------------------------------------------------------

@contextlib.contextmanager
def _raw(path: Path, key: bytes) -> Iterator[Any]:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level=NONE")
        conn.execute(f"PRAGMA key=\"x'{key.hex()}'\"")
        conn.execute("PRAGMA temp_store=MEMORY")
        yield conn
    finally:
        conn.close()


def _real_tables(conn: Any) -> list[str]:
    """Every ordinary table (no SQLite internals, no FTS virtual table or its shadow tables)."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table' "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [n for n, _ in rows if n not in virtual and not any(n.startswith(v + "_") for v in virtual)]


def _check_copy(path: Path, key: bytes) -> dict[str, Any]:
    """Opens a database copy with the data key and checks it through and through. Returns what
    it found (register id, unit, schema revision, counts, audit head); raises StoreError."""
    try:
        with _raw(path, key) as conn:
            cipher = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
            if cipher:
                raise StoreError("backup_corrupt", "cipher_integrity_check: " + "; ".join(cipher[:3]))
            integrity = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
            if integrity != ["ok"]:
                raise StoreError("backup_corrupt", "integrity_check: " + "; ".join(integrity[:3]))
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                raise StoreError("backup_corrupt", f"foreign_key_check: {len(fk)} rows")
            meta = dict(conn.execute("SELECT key, value FROM sync_meta").fetchall())
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in _real_tables(conn)}
            prev, expected, head = GENESIS_HASH, 1, 0
            for r in conn.execute("SELECT seq, at, username, action, entity, entity_id, person_id, "
                                  "detail, prev_hash, hash FROM audit_log ORDER BY seq"):
                seq, at, user, action, entity, entity_id, person_id, detail, prev_hash, h = r
                if (seq != expected or prev_hash != prev
                        or audit_hash(prev, seq, at, user, action, entity, entity_id, person_id, detail) != h):
                    raise StoreError("backup_corrupt", f"audit chain broken at seq {expected}")
                prev, expected, head = h, expected + 1, seq
    except (sqlite3.DatabaseError, _sqlcipher_error()) as e:
        raise StoreError("backup_corrupt", str(e)) from e
    if "register_id" not in meta:
        raise StoreError("backup_corrupt", "no register id in the database")
    return {"register_id": meta["register_id"], "unit_code": meta.get("unit_code", ""),
            "unit_name": meta.get("unit_name", ""), "schema_revision": revision[0] if revision else "",
            "counts": counts, "audit_head": head}


def _sqlcipher_error() -> type[BaseException]:
    import sqlcipher3

    error: type[BaseException] = sqlcipher3.DatabaseError
    return error


# ---------------------------------------------------------------------------------------------
# The container
# ---------------------------------------------------------------------------------------------

class _HashingWriter:
    def __init__(self, f: BinaryIO):
        self.f = f
        self.h = hashlib.sha256()
        self.n = 0

    def write(self, b: bytes) -> None:
        self.f.write(b)
        self.h.update(b)
        self.n += len(b)


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _write_container(target: Path, header: dict[str, Any], parts: list[tuple[str, Path | bytes]]) -> None:
    """Writes the container to `target` (a temporary name) and fsyncs it."""
    head = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    with open(target, "wb") as f:
        w = _HashingWriter(f)
        w.write(MAGIC)
        w.write(struct.pack(">I", len(head)))
        w.write(head)
        for _name, src in parts:
            if isinstance(src, bytes):
                w.write(src)
            else:
                with open(src, "rb") as s:
                    while chunk := s.read(CHUNK):
                        w.write(chunk)
        f.write(TRAILER_MAGIC + w.h.digest())
        f.flush()
        os.fsync(f.fileno())


def _read_header(path: Path) -> tuple[dict[str, Any], int, str, int]:
    """Checks the container's structure and its whole-file hash. Returns (header, offset of
    the first part, sha256 of the whole file, file size). Raises StoreError("backup_corrupt")
    for anything short, altered or foreign, or ("backup_not_found")."""
    try:
        size = path.stat().st_size
        f = open(path, "rb")
    except FileNotFoundError:
        raise StoreError("backup_not_found", str(path)) from None
    except OSError as e:
        raise StoreError("backup_unreadable", f"{path}: {e}") from None
    with f:
        whole = hashlib.sha256()
        magic = f.read(len(MAGIC))
        if magic != MAGIC:
            raise StoreError("backup_corrupt", "not a WardBook backup")
        raw_len = f.read(4)
        if len(raw_len) != 4:
            raise StoreError("backup_corrupt", "truncated header")
        (hlen,) = struct.unpack(">I", raw_len)
        if hlen > MAX_HEADER:
            raise StoreError("backup_corrupt", "header too large")
        head = f.read(hlen)
        if len(head) != hlen:
            raise StoreError("backup_corrupt", "truncated header")
        try:
            header = json.loads(head)
        except ValueError:
            raise StoreError("backup_corrupt", "header is not JSON") from None
        if (not isinstance(header, dict) or header.get("format") != FORMAT
                or not isinstance(header.get("parts"), list)):
            raise StoreError("backup_corrupt", "header")
        if header.get("version", 0) > VERSION:
            raise StoreError("backup_newer_version", str(header.get("version")))
        try:
            names = [p["name"] for p in header["parts"]]
            total = sum(int(p["size"]) for p in header["parts"])
        except (KeyError, TypeError, ValueError):
            raise StoreError("backup_corrupt", "part list") from None
        if sorted(names) != sorted(PARTS):
            raise StoreError("backup_corrupt", "part list")
        start = len(MAGIC) + 4 + hlen
        if size != start + total + len(TRAILER_MAGIC) + 32:
            raise StoreError("backup_corrupt", f"size {size} does not match the header (truncated?)")
        whole.update(magic + raw_len + head)
        left = total
        while left:
            chunk = f.read(min(CHUNK, left))
            if not chunk:
                raise StoreError("backup_corrupt", "truncated")
            whole.update(chunk)
            left -= len(chunk)
        trailer = f.read(len(TRAILER_MAGIC) + 32)
    if trailer[:len(TRAILER_MAGIC)] != TRAILER_MAGIC or trailer[len(TRAILER_MAGIC):] != whole.digest():
        raise StoreError("backup_corrupt", "checksum mismatch")
    return header, start, _file_sha256(path), size


def _iter_parts(path: Path, header: dict[str, Any], start: int) -> Iterator[tuple[dict[str, Any], int]]:
    offset = start
    for p in header["parts"]:
        yield p, offset
        offset += int(p["size"])


def _extract(path: Path, part: dict[str, Any], offset: int, dest: Path | None) -> bytes | None:
    """Copies one part out (to `dest`, or returns its bytes), checking its own SHA-256."""
    h = hashlib.sha256()
    left = int(part["size"])
    buf = bytearray() if dest is None else None
    with open(path, "rb") as f, (open(dest, "wb") if dest else contextlib.nullcontext()) as out:
        f.seek(offset)
        while left:
            chunk = f.read(min(CHUNK, left))
            if not chunk:
                raise StoreError("backup_corrupt", f"{part['name']}: truncated")
            h.update(chunk)
            left -= len(chunk)
            if out is not None:
                out.write(chunk)
            else:
                assert buf is not None
                buf += chunk
        if out is not None:
            out.flush()
            os.fsync(out.fileno())
    if h.hexdigest() != part.get("sha256"):
        raise StoreError("backup_corrupt", f"{part['name']}: checksum mismatch")
    return bytes(buf) if buf is not None else None


def inspect_backup(path: Path | str) -> BackupHeader:
    """Checks a backup's structure and checksums without any password (what `wardbook backup
    info FILE` can show). Raises StoreError("backup_corrupt" | "backup_not_found")."""
    path = Path(path)
    header, start, sha, size = _read_header(path)
    for part, offset in _iter_parts(path, header, start):
        if part["name"] != DB_PART:
            _extract(path, part, offset, None)
    return BackupHeader(path, str(header.get("register_id", "")), str(header.get("unit_code", "")),
                        str(header.get("created_at", "")), str(header.get("schema_revision", "")),
                        size, sha, tuple(header["parts"]))


class _Opened:
    """A backup whose container checked out and whose key slots were unlocked."""

    def __init__(self, path: Path, header: dict[str, Any], start: int, sha: str, size: int,
                 slots: dict[str, Any], key: bytes, manifest: dict[str, Any]):
        self.path, self.header, self.start, self.sha, self.size = path, header, start, sha, size
        self.slots, self.key, self.manifest = slots, key, manifest

    def part(self, name: str) -> tuple[dict[str, Any], int]:
        for p, offset in _iter_parts(self.path, self.header, self.start):
            if p["name"] == name:
                return p, offset
        raise StoreError("backup_corrupt", f"missing part {name}")  # pragma: no cover

    def extract_db(self, dest: Path) -> dict[str, Any]:
        """Writes the database copy to `dest` and checks it against the manifest."""
        _extract(self.path, *self.part(DB_PART), dest)
        found = _check_copy(dest, self.key)
        if found["register_id"] != self.header.get("register_id"):
            raise StoreError("backup_corrupt", "the database belongs to another register")
        if found["counts"] != self.manifest.get("counts"):
            raise StoreError("backup_corrupt", "row counts differ from the manifest")
        if found["audit_head"] != self.manifest.get("audit_head"):
            raise StoreError("backup_corrupt", "audit head differs from the manifest")
        return found

    def info(self) -> BackupInfo:
        m = self.manifest
        return BackupInfo(self.path, self.header["register_id"], self.header.get("unit_code", ""),
                          m.get("unit_name", ""), self.header.get("created_at", ""), m.get("created_by", ""),
                          self.header.get("schema_revision", ""), self.size, self.sha,
                          dict(m.get("counts", {})), int(m.get("audit_head", 0)))


def _open_backup(path: Path, *, key: bytes | None = None, username: str | None = None,
                 password: str | None = None) -> _Opened:
    header, start, sha, size = _read_header(path)
    parts = {p["name"]: (p, off) for p, off in _iter_parts(path, header, start)}
    slots_raw = _extract(path, *parts[SLOTS_PART], None)
    manifest_blob = _extract(path, *parts[MANIFEST_PART], None)
    assert slots_raw is not None and manifest_blob is not None
    try:
        slots_data = keyslots.SlotFile.parse(slots_raw)
    except StoreError:
        raise StoreError("backup_corrupt", "key slots") from None
    if slots_data["register_id"] != header.get("register_id"):
        raise StoreError("backup_corrupt", "key slots belong to another register")
    if key is None:
        slots = keyslots.SlotFile(path, slots_data)
        try:
            key = slots.unwrap(username or "", password or "")
        except StoreError:
            raise StoreError("backup_corrupt", "key slots") from None
        if key is None:
            raise AuthenticationFailed("bad_credentials")
    manifest = _open_manifest(key, header["register_id"], manifest_blob)
    return _Opened(path, header, start, sha, size, slots_data, key, manifest)


# ---------------------------------------------------------------------------------------------
# Making a backup
# ---------------------------------------------------------------------------------------------

def default_backup_name(unit_code: str) -> str:
    return f"wardbook-{unit_code}-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}{SUFFIX}"


def snapshot_database(engine: Any, dest: Path) -> None:
    """An online, consistent, encrypted copy of the live database (`VACUUM INTO` reads inside
    one transaction while other connections and processes go on writing; the copy is encrypted
    with the same key and salt)."""
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        try:
            cur.execute("VACUUM INTO ?", (str(dest),))
        finally:
            cur.close()
    except Exception as e:  # noqa: BLE001 - classified below
        from desktop_app.core.store.engine import classify_db_error

        err = classify_db_error(e)
        if err is not None:
            raise err from e
        raise StoreError("backup_failed", str(e)) from e
    finally:
        raw.close()


def _finish_copy(path: Path, key: bytes) -> None:
    """The copy gets a fresh full-text index: VACUUM may renumber the rowids the external-content
    index points at."""
    try:
        with _raw(path, key) as conn:
            conn.execute("INSERT INTO person_fts(person_fts) VALUES('rebuild')")
    except (sqlite3.DatabaseError, _sqlcipher_error()) as e:
        from desktop_app.core.store.engine import classify_db_error

        raise (classify_db_error(e) or StoreError("backup_failed", str(e))) from e


def _slots_for_backup(data_dir: Path, register_id: str, db_copy: Path) -> bytes:
    """The slot file as it is on disk now (the freshest: other processes may have added users),
    without lockout counters or pending failed-login records, tied to the copy's salt."""
    path = data_dir / SLOTS_NAME
    try:
        data = keyslots.SlotFile.parse(path.read_text(encoding="utf-8"), str(path))
    except OSError as e:
        raise StoreError("keyslots_corrupt", f"{path}: {e}") from e
    if data["register_id"] != register_id:
        raise StoreError("keyslots_mismatch", str(path))
    data["lockout"], data["pending_audit"] = {}, []
    data["db_salt"] = keyslots.database_salt(db_copy)
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


@dataclass(frozen=True)
class Source:
    """The live register a backup is made of (what the backup service hands to `write_backup`)."""

    engine: Any
    data_dir: Path
    register_id: str
    unit_code: str
    data_key: bytes
    created_by: str
    device_id: str


def write_backup(src: Source, out: Path | str, *, overwrite: bool = False) -> BackupInfo:
    """Writes a verified, encrypted backup of the live register `src` to `out` (a file, or a
    folder to put `wardbook-<unit>-<time>.wbk` in). Raises StoreError: "backup_exists" (unless
    `overwrite`), "disk_full", "disk_write_failed", "backup_verify_failed"; on any failure no
    file is left under `out`'s name (an existing one is kept). No permission check, no audit:
    that is the service's (services/backup.py)."""
    t0 = time.perf_counter()
    out = Path(out)
    if out.is_dir():
        out = out / default_backup_name(src.unit_code)
    if out.exists() and not overwrite:
        raise StoreError("backup_exists", str(out))
    key = src.data_key
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".wardbook-backup-", dir=out.parent))
    except OSError as e:
        raise _os_error(e, str(out.parent)) from e
    try:
        db_copy = work / DB_PART
        snapshot_database(src.engine, db_copy)
        _finish_copy(db_copy, key)
        try:
            found = _check_copy(db_copy, key)
        except StoreError as e:
            raise StoreError("backup_verify_failed", str(e)) from e
        if found["register_id"] != src.register_id:  # pragma: no cover - would be a bug
            raise StoreError("backup_verify_failed", "the copy belongs to another register")
        created_at = _now_iso()
        slots_bytes = _slots_for_backup(src.data_dir, src.register_id, db_copy)
        manifest = {"unit_code": found["unit_code"], "unit_name": found["unit_name"],
                    "counts": found["counts"], "audit_head": found["audit_head"],
                    "created_by": src.created_by, "device_id": src.device_id,
                    "schema_revision": found["schema_revision"], "created_at": created_at}
        manifest_blob = _seal_manifest(key, src.register_id, manifest)
        parts: list[tuple[str, Path | bytes]] = [(DB_PART, db_copy), (SLOTS_PART, slots_bytes),
                                                 (MANIFEST_PART, manifest_blob)]
        header = {
            "format": FORMAT, "version": VERSION, "register_id": src.register_id,
            "unit_code": found["unit_code"], "created_at": created_at,
            "schema_revision": found["schema_revision"],
            "parts": [{"name": name, "size": (len(part) if isinstance(part, bytes) else part.stat().st_size),
                       "sha256": (hashlib.sha256(part).hexdigest() if isinstance(part, bytes) else _file_sha256(part))}
                      for name, part in parts],
        }
        tmp = work / ("backup" + SUFFIX)
        _write_container(tmp, header, parts)
        db_copy.unlink()  # room for the read-back check
        try:
            opened = _open_backup(tmp, key=key)
            opened.extract_db(work / "verify.db")
        except StoreError as e:
            raise StoreError("backup_verify_failed", str(e)) from e
        make_private(tmp)  # 0600 wherever the backup goes (issue 16)
        replace_file(tmp, out)
        _fsync_dir(out.parent)
    except OSError as e:
        raise _os_error(e, str(out)) from e
    finally:
        shutil.rmtree(work, ignore_errors=True)
    info = opened.info()
    return BackupInfo(**{**info.__dict__, "path": out, "seconds": time.perf_counter() - t0})


def verify_backup(path: Path | str, *, username: str, password: str) -> BackupInfo:
    """Checks a backup completely (container, checksums, decryption with this account's
    password, database integrity, counts, audit chain) without installing it. Raises
    StoreError("backup_corrupt") or AuthenticationFailed."""
    path = Path(path)
    opened = _open_backup(path, username=username, password=password)
    work = Path(tempfile.mkdtemp(prefix=".wardbook-verify-"))
    try:
        opened.extract_db(work / DB_PART)
    except OSError as e:
        raise _os_error(e, str(work)) from e
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return opened.info()
