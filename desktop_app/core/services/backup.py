"""Backups and restore as a use case of the Workspace (DESIGN §3, §6): who may make or restore a
backup, the audit rows, the search index. The file mechanics (the container, the copy, its
checks, its encryption, installing it in a data folder) are core/store/backup.py's.

    info = ws.backups.make(folder_or_file)            # BACKUP permission; a "backup" audit row
    info = restore_backup(file, data_dir, username=…, password=…)   # no open Workspace needed
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import PermissionDenied
from desktop_app.core.services import permissions as perm
from desktop_app.core.store import backup as files
from desktop_app.core.store.backup import (  # noqa: F401 - the results, re-exported
    SUFFIX,
    BackupHeader,
    BackupInfo,
    RestoreInfo,
    inspect_backup,
    verify_backup,
)
from desktop_app.core.store.restore import install_backup

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


class BackupService:
    """`ws.backups`: backups of the open register."""

    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def default_name(self) -> str:
        """`wardbook-<unit>-<time>.wbk`: the file name a backup into a folder gets."""
        return files.default_backup_name(self.ws.unit_code)

    def make(self, out: Path | str, *, overwrite: bool = False) -> BackupInfo:
        """Writes a verified, encrypted backup of the open register to `out` (a file, or a
        folder to put `wardbook-<unit>-<time>.wbk` in) and audits it. Needs the BACKUP
        permission. Raises PermissionDenied, or StoreError: "backup_exists" (unless
        `overwrite`), "disk_full", "disk_write_failed", "backup_verify_failed"; on any failure
        no file is left under `out`'s name (an existing one is kept)."""
        ws = self.ws
        ws.require(perm.BACKUP)
        src = files.Source(engine=ws.db.engine, data_dir=ws.data_dir, register_id=ws.register_id,
                           unit_code=ws.unit_code, data_key=ws._data_key, created_by=ws.username,
                           device_id=ws.device_id)
        info = files.write_backup(src, out, overwrite=overwrite)
        ws.audit.record("backup", entity="register", entity_id=ws.register_id,
                        detail={"file": info.path.name, "sha256": info.sha256, "size": info.size,
                                "audit_head": info.audit_head})
        return info


def make_backup(ws: "Workspace", out: Path | str, *, overwrite: bool = False) -> BackupInfo:
    """`ws.backups.make(out, overwrite=…)`, under the name the CLI and the tests call."""
    return ws.backups.make(out, overwrite=overwrite)


def _may_restore(role: str) -> None:
    if not perm.allowed(role, perm.BACKUP):
        raise PermissionDenied("restore a backup", role)


def restore_backup(file: Path | str, data_dir: Path | str, *, username: str, password: str,
                   force: bool = False) -> RestoreInfo:
    """Replaces the register in `data_dir` with the one in backup `file`.

    The whole backup is checked first, then installed (store/restore.py `install_backup`: the
    account's password must open the backup's key slots, and the account must be active and
    allowed to make backups in the backup's own register); a backup of another register is
    refused when `data_dir` holds a different one, unless `force`; the register that was there
    is moved to `data_dir/backups/before-restore-<stamp>/`, never deleted. Then the restored
    register is opened, its search index rebuilt and a "restore" audit row written.

    Raises StoreError ("backup_corrupt", "backup_not_found", "backup_other_register",
    "disk_full", …), AuthenticationFailed or PermissionDenied; on any of them the register
    in `data_dir` is left as it was. The register must not be open elsewhere meanwhile."""
    from desktop_app.core.services.maintenance import rebuild_index
    from desktop_app.core.services.workspace import Workspace

    t0 = time.perf_counter()
    done = install_backup(file, data_dir, username=username, password=password, force=force,
                                check_account=_may_restore)
    # The backup's certificates are older than the newest this computer saw: theirs again.
    from desktop_app.core.store.rootpin import RootPin

    RootPin(done.register_id).forget_latest()
    try:
        ws = Workspace.open(done.data_dir, username, password)
    except BaseException:
        done.undo()  # should not happen after the checks; put things back as they were
        raise
    try:
        rebuild_index(ws, audit=False)
        ws.audit.record("restore", entity="register", entity_id=done.register_id, detail={
            "file": done.file.name, "sha256": done.sha256, "backup_created_at": done.created_at,
            "audit_head": done.found["audit_head"], "forced": done.forced,
            "moved_aside": done.moved_aside.name if done.moved_aside else None})
        verdict = ws.audit.verify()
    finally:
        ws.close()
    return RestoreInfo(done.data_dir, done.register_id, done.found["unit_code"], done.created_at,
                       done.found["counts"], done.moved_aside, done.forced, verdict.ok,
                       time.perf_counter() - t0)
