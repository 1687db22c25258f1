"""Restoring a backup into a data folder: the file mechanics (check the whole backup, move the
current register aside, install the restored files; put things back on failure). The use case
(permissions, opening the register, the audit row) is services/backup.py's `restore_backup`."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from desktop_app.core.errors import AuthenticationFailed, StoreError
from desktop_app.core.store import keyslots
from desktop_app.core.store.backup import (
    DB_PART,
    REGISTER_FILES,
    _open_backup,
    _os_error,
    _raw,
    _stamp,
)
from desktop_app.core.store.files import replace_file
from desktop_app.core.store.keyslots import fsync_dir as _fsync_dir
from desktop_app.core.store.private import make_private, private_dir


def _current_register_id(data_dir: Path) -> str | None:
    path = data_dir / "keyslots.json"
    try:
        register_id: str | None = keyslots.SlotFile.parse(path.read_text(encoding="utf-8"))["register_id"]
        return register_id
    except (OSError, UnicodeDecodeError, StoreError):
        return None  # no register, or one whose identity cannot be read: it is moved aside


def _move_aside(data_dir: Path) -> Path | None:
    """Moves the register files in `data_dir` to backups/before-restore-<stamp>/ (the folder is
    itself a data folder: it can be opened as a register). Returns it, or None if empty."""
    present = [n for n in REGISTER_FILES if (data_dir / n).exists()]
    if not present:
        return None
    aside = data_dir / "backups" / f"before-restore-{_stamp()}"
    aside.mkdir(parents=True)
    moved: list[str] = []
    try:
        for name in present:
            replace_file(data_dir / name, aside / name)
            moved.append(name)
    except OSError:
        for name in moved:
            with contextlib.suppress(OSError):
                replace_file(aside / name, data_dir / name)
        raise
    _fsync_dir(aside)
    _fsync_dir(data_dir)
    return aside


def _move_back(aside: Path | None, data_dir: Path) -> None:
    for name in REGISTER_FILES:
        with contextlib.suppress(FileNotFoundError):
            (data_dir / name).unlink()
    if aside is not None:
        for name in REGISTER_FILES:
            if (aside / name).exists():
                replace_file(aside / name, data_dir / name)
        with contextlib.suppress(OSError):
            aside.rmdir()
    _fsync_dir(data_dir)


@dataclass(frozen=True)
class Installed:
    """A backup put in place by `install_backup`, for the service to open and audit."""

    file: Path
    data_dir: Path
    register_id: str
    sha256: str
    created_at: str
    found: dict[str, Any]  # what the check of its database found: unit, counts, audit head
    moved_aside: Path | None
    forced: bool

    def undo(self) -> None:
        """Puts the folder back as it was before the install (the installed files go to
        backups/failed-restore-<stamp>/): for when the restored register does not open."""
        failed = self.data_dir / "backups" / f"failed-restore-{_stamp()}"
        with contextlib.suppress(OSError):
            failed.mkdir(parents=True)
            for name in REGISTER_FILES:
                if (self.data_dir / name).exists():
                    replace_file(self.data_dir / name, failed / name)
        _move_back(self.moved_aside, self.data_dir)


def install_backup(file: Path | str, data_dir: Path | str, *, username: str, password: str,
                   force: bool = False, check_account: Callable[[str], None]) -> Installed:
    """Checks backup `file` completely and installs it in `data_dir`.

    Order: the whole backup is checked first (container, checksums; the account's password
    must open the backup's key slots; database integrity, counts, audit chain; the account must
    be active and `check_account(role)` must not raise); a backup of another register is
    refused when `data_dir` holds a different one, unless `force`; only then is the current
    register moved to `data_dir/backups/before-restore-<stamp>/` (never deleted) and the
    restored files put in place.

    Raises StoreError ("backup_corrupt", "backup_not_found", "backup_other_register",
    "disk_full", …), AuthenticationFailed or what `check_account` raises; on any of them the
    register in `data_dir` is left as it was."""
    file, data_dir = Path(file), Path(data_dir)
    opened = _open_backup(file, username=username, password=password)
    backup_id = opened.header["register_id"]
    current_id = _current_register_id(data_dir)
    if current_id is not None and current_id != backup_id and not force:
        raise StoreError("backup_other_register", f"backup of {backup_id}, folder holds {current_id}")
    try:
        private_dir(data_dir)
        stage = Path(tempfile.mkdtemp(prefix=".restore-", dir=data_dir))
    except OSError as e:
        raise _os_error(e, str(data_dir)) from e
    aside: Path | None = None
    try:
        found = opened.extract_db(stage / DB_PART)
        with _raw(stage / DB_PART, opened.key) as conn:
            row = conn.execute("SELECT role, active FROM app_user WHERE username = ?", (username,)).fetchone()
        if row is None or not row[1]:
            raise AuthenticationFailed("account_disabled")
        check_account(row[0])
        slots = dict(opened.slots)
        slots["lockout"], slots["pending_audit"] = {}, []
        slots["db_salt"] = keyslots.database_salt(stage / DB_PART)
        with open(stage / "keyslots.json", "w", encoding="utf-8") as f:
            f.write(json.dumps(slots, ensure_ascii=False, indent=1, sort_keys=True))
            f.flush()
            os.fsync(f.fileno())
        aside = _move_aside(data_dir)
        try:
            # The database first, the slots last: until the slot file is in place the folder
            # holds no register that opens, never a mixed one.
            make_private(stage / DB_PART)
            make_private(stage / "keyslots.json")
            replace_file(stage / DB_PART, data_dir / "register.db")
            replace_file(stage / "keyslots.json", data_dir / "keyslots.json")
            _fsync_dir(data_dir)
        except OSError:
            _move_back(aside, data_dir)
            aside = None
            raise
    except OSError as e:
        raise _os_error(e, str(data_dir)) from e
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return Installed(file, data_dir, backup_id, opened.sha, opened.header.get("created_at", ""), found,
                     aside, bool(force and current_id not in (None, backup_id)))
