"""Files only their owner may read (issue 16, item 7).

On POSIX the data folder is 0700 and every file the app writes that holds personal data is 0600:
the register and its WAL/SHM (SQLite gives those the database file's own mode), the key slots,
the backups it makes (wherever they go), pre-migration copies, the crash log, the JSON export.
Modes are set when the file is made (`os.open(..., 0o600)`) and again with chmod, so a permissive
umask (0o000) changes nothing; a folder made by an older version is tightened at each open
(`tighten_data_dir`).

On Windows the mode bits mean nothing: the data folder lives in the user's profile
(`%LOCALAPPDATA%\\WardBook`), whose inherited ACL already gives only the user, SYSTEM and the
Administrators group access. `tighten_data_dir` additionally runs
`icacls <folder> /inheritance:r /grant:r <user>:(OI)(CI)F` once (when the folder is not yet
marked), which removes inherited entries and leaves the current user alone with full control
(SYSTEM and administrators keep what an administrator can always take back). A failure there is
ignored: the profile's ACL still holds. See docs/threat-model.md.
"""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from pathlib import Path
from typing import IO, Any

POSIX = os.name == "posix"
DIR_MODE = 0o700
FILE_MODE = 0o600
_WINDOWS_MARK = ".acl-restricted"


def make_private(path: os.PathLike[str] | str) -> None:
    """chmod 0600 (a file) or 0700 (a folder) on POSIX; nothing elsewhere. Never raises: a file
    on a FAT USB stick cannot hold modes, and that must not stop a backup."""
    if not POSIX:
        return
    p = Path(path)
    with contextlib.suppress(OSError):
        mode = DIR_MODE if p.is_dir() else FILE_MODE
        if stat.S_IMODE(p.stat().st_mode) != mode:
            os.chmod(p, mode)


def private_dir(path: os.PathLike[str] | str) -> Path:
    """mkdir -p with the last folder 0700 (its parents are left as they are)."""
    p = Path(path)
    p.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    make_private(p)
    return p


def open_private(path: os.PathLike[str] | str, mode: str = "wb", encoding: str | None = None) -> IO[Any]:
    """open() for writing a new file (truncated) that is 0600 from its first byte."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)
    flags |= os.O_APPEND if "a" in mode else os.O_TRUNC
    fd = os.open(path, flags, FILE_MODE)
    if POSIX:
        with contextlib.suppress(OSError):
            os.fchmod(fd, FILE_MODE)  # umask-proof, and tightens a file that existed before
    return os.fdopen(fd, mode, encoding=encoding)


def private_opener(path: str, flags: int) -> int:
    """An `opener=` for the built-in open(): the file is created 0600 (and chmod-ed so)."""
    fd = os.open(path, flags, FILE_MODE)
    if POSIX:
        with contextlib.suppress(OSError):
            os.fchmod(fd, FILE_MODE)
    return fd


def create_empty_private(path: os.PathLike[str] | str) -> None:
    """An empty 0600 file, for `VACUUM INTO` (which accepts an empty target and keeps its mode)."""
    with open_private(path, "wb"):
        pass


# What a register's folder holds: only these are tightened, so that a --data-dir pointed at a
# folder holding other things (the user's Documents) does not have those changed.
_OWN_PREFIXES = ("register.db", "keyslots.json", ".keyslots.json", ".restore-", ".wardbook-")
_OWN_FOLDERS = ("backups", "logs")


def tighten_data_dir(data_dir: os.PathLike[str] | str) -> None:
    """The data folder 0700 and the register's files in it 0600 (its own sub-folders and
    their files too) on POSIX, the user's own ACL on Windows. Called when a register is made,
    opened or restored."""
    root = Path(data_dir)
    if not root.is_dir():
        return
    if not POSIX:
        _restrict_windows_acl(root)
        return
    make_private(root)
    try:
        entries = list(root.iterdir())
    except OSError:
        return
    for p in entries:
        if p.is_symlink():
            continue
        if p.is_dir() and p.name in _OWN_FOLDERS:
            make_private(p)
            for dirpath, dirnames, filenames in os.walk(p):
                for name in dirnames + filenames:
                    if not (Path(dirpath) / name).is_symlink():
                        make_private(Path(dirpath) / name)
        elif p.name.startswith(_OWN_PREFIXES):
            make_private(p)


def _restrict_windows_acl(root: Path) -> None:  # pragma: no cover - Windows only
    mark = root / _WINDOWS_MARK
    if mark.exists():
        return
    user = os.environ.get("USERNAME")
    domain = os.environ.get("USERDOMAIN")
    if not user:
        return
    who = f"{domain}\\{user}" if domain else user
    try:
        done = subprocess.run(
            ["icacls", str(root), "/inheritance:r", "/grant:r", f"{who}:(OI)(CI)F", "/T", "/Q"],
            capture_output=True, timeout=30, check=False,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except (OSError, subprocess.SubprocessError):
        return
    if done.returncode == 0:
        with contextlib.suppress(OSError):
            mark.write_text("icacls /inheritance:r /grant:r current user (OI)(CI)F\n", encoding="utf-8")


def write_private_file(path: Path, data: bytes) -> None:
    """`data` to `path` through a 0600 temporary file beside it (named for this process),
    fsynced, then put in place in one rename (`files.replace_file`, which retries a file held
    open on Windows); the temporary file removed whatever fails. OSError propagates."""
    from desktop_app.core.store.files import replace_file

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open_private(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        replace_file(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
