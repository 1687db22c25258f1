"""`wardbook init`, `backup`, `restore`, `doctor`: the register itself."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click

from desktop_app.cli.base import (
    EXIT_STORE,
    CliExit,
    _ctx,
    _emit,
    _open,
    _password,
    _username,
    cli,
    common,
    say,
)


@cli.command()
@click.option("--unit-code", required=True)
@click.option("--unit-name", required=True)
@click.option("--admin", required=True)
@click.option("--full-name", default="")
@click.option("--parent-code", default=None)
@common
def init(unit_code: str, unit_name: str, admin: str, full_name: str, parent_code: str | None) -> None:
    """Creates a new (encrypted) register with its first account."""
    from desktop_app.core.services.workspace import Workspace

    data_dir = _ctx()["data_dir"]
    password = _password("WARDBOOK_PASSWORD", say("prompt_admin_password"), confirm=True)
    with Workspace.create(data_dir, unit_code=unit_code, unit_name=unit_name, admin=admin,
                          password=password, full_name=full_name, parent_code=parent_code) as ws:
        info = {"data_dir": str(data_dir), "unit_code": ws.unit_code, "unit_name": ws.unit_name,
                "admin": admin, "role": ws.role.value}
    _emit(info, lambda: click.echo(say("init_done", unit_name=unit_name, unit_code=unit_code,
                                       data_dir=data_dir, admin=admin)))


@cli.command()
@click.option("--out", type=click.Path(path_type=Path), required=True)
@common
def backup(out: Path) -> None:
    """An online, encrypted backup, checked after writing."""
    from desktop_app.core.services.backup import make_backup

    with _open() as ws:
        info = make_backup(ws, out)
    _emit({"path": str(info.path), "size": info.size, "sha256": info.sha256, "counts": info.counts},
          lambda: click.echo(say("backup_done", path=info.path, size=f"{info.size:,}".replace(",", "."))))


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True)
@common
def restore(file: Path, force: bool) -> None:
    """Restores from a backup; the register there is kept in backups/before-restore-…"""
    from desktop_app.core.services.backup import restore_backup

    info = restore_backup(file, _ctx()["data_dir"], username=_username(), password=_password(), force=force)

    def human() -> None:
        line = say("restore_done", unit_code=info.unit_code, created=info.backup_created_at)
        if info.moved_aside:
            line += " " + say("restore_moved_aside", path=info.moved_aside)
        click.echo(line)

    _emit({"data_dir": str(info.data_dir), "counts": info.counts,
           "moved_aside": str(info.moved_aside) if info.moved_aside else None}, human)


DOCTOR_PROBLEMS = ("integrity", "cipher_integrity", "foreign_keys", "fts_index", "audit_chain", "journal_mode",
                   "synchronous", "foreign_keys_off")


@cli.command()
@click.option("--rebuild-index", is_flag=True)
@common
def doctor(rebuild_index: bool) -> None:
    """Checks the register's integrity (file, encryption, foreign keys, index, audit log)."""
    from desktop_app.core.services.maintenance import doctor as run_doctor

    with _open() as ws:
        report = run_doctor(ws, rebuild=rebuild_index)
    data = dataclasses.asdict(report)

    def label(p: str) -> str:
        return say(f"doctor.{p}") if p in DOCTOR_PROBLEMS else p

    _emit(data, lambda: click.echo(say("doctor_ok") if report.ok else
                                   say("doctor_problems") + "\n" + "\n".join(f"- {label(p)}" for p in report.problems)))
    if not report.ok:
        raise CliExit(EXIT_STORE)
