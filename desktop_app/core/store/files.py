"""Replacing and locking files the same way on Windows and POSIX.

`replace_file(src, dst)` is `os.replace` (atomic: the reader sees the old file or the new one)
that survives a Windows *sharing violation*: on Windows, renaming over a file fails with
PermissionError (WinError 5/32) while another process holds it open without FILE_SHARE_DELETE
— an antivirus scanning a fresh backup, the search indexer, a second WardBook reading the slot
file, Excel holding an exported list. Those holds last milliseconds to a few seconds, so the
replace is retried for a while before the error is let through. On POSIX a rename over an open
file always works, and a PermissionError there means a folder without write permission, which
waiting does not cure: it is raised at once.

`file_lock(path)` is an inter-process lock beside `path` (`<name>.lock`) through the `filelock`
library: fcntl.flock on POSIX, msvcrt.locking on Windows — it never silently does nothing.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from filelock import FileLock

WINDOWS = os.name == "nt"

# Windows: about 5 s in all (antivirus scans of a fresh file usually end well within that).
RETRY_DELAYS = (0.05, 0.1, 0.1, 0.25, 0.25, 0.5, 0.5, 1.0, 1.0, 1.0)


def replace_file(src: os.PathLike[str] | str, dst: os.PathLike[str] | str, *,
                 delays: tuple[float, ...] | None = None) -> None:
    """os.replace(src, dst), retried after each of `delays` (default: RETRY_DELAYS on Windows,
    none elsewhere) while it fails with PermissionError. The last error is raised as is."""
    waits = delays if delays is not None else (RETRY_DELAYS if WINDOWS else ())
    for wait in waits:
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            time.sleep(wait)
    os.replace(src, dst)


def file_lock(path: os.PathLike[str] | str, *, timeout: float = -1) -> FileLock:
    """An exclusive lock on `<path>.lock` between processes (and threads): `with file_lock(p):`
    or acquire()/release(). Waits for it forever by default; with `timeout` seconds, then raises
    filelock.Timeout. Creating the lock file can raise OSError (read-only folder)."""
    p = Path(path)
    return FileLock(str(p.with_name(p.name + ".lock")), timeout=timeout)
