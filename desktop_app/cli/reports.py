"""`wardbook export`, `report`: the register and its reports out to files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from desktop_app.cli.base import (
    DATE,
    EXIT_INPUT,
    CliExit,
    _emit,
    _open,
    _password,
    cli,
    common,
    say,
)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), required=True)
@click.option("--yes", "yes", is_flag=True)
@click.option("--encrypt", is_flag=True)
@click.option("--password-file", type=click.Path(path_type=Path, dir_okay=False), default=None)
@common
def export(fmt: str, out: Path, yes: bool, encrypt: bool, password_file: Path | None) -> None:
    """Exports every record in scope (stable, sorted): chief only, confirmed, audited,
    watermarked, written 0600, optionally encrypted to a password."""
    import sys

    from desktop_app.core.services import permissions as perm

    with _open() as ws:
        ws.require(perm.EXPORT)  # before any question: an officer is refused at once
        if not yes:
            if not sys.stdin or not sys.stdin.isatty():
                raise CliExit(EXIT_INPUT, say("export_needs_yes"))
            if not click.confirm(say("export_confirm", out=out, unit=ws.unit_name), default=False):
                raise CliExit(EXIT_INPUT, say("cancelled"))
        password = None
        if encrypt or password_file is not None:
            password = (_read_password_file(password_file) if password_file is not None else
                        _password("WARDBOOK_EXPORT_PASSWORD", prompt=say("prompt_export_password"), confirm=True))
        written = ws.exporter.write(out, confirmed=True, password=password)
    _emit({"out": str(written.path), "counts": written.counts, "encrypted": written.encrypted,
           "watermark": written.watermark},
          lambda: click.echo(say("export_done_encrypted" if written.encrypted else "export_done",
                                 count=sum(written.counts.values()), out=written.path)))


def _read_password_file(path: Path) -> str:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise CliExit(EXIT_INPUT, say("password_file_unreadable", path=path, error=str(e))) from None
    return raw.splitlines()[0] if raw.splitlines() else ""


@cli.command("export-decrypt")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--out", type=click.Path(path_type=Path), required=True)
@click.option("--password-file", type=click.Path(path_type=Path, dir_okay=False), default=None)
@click.option("--json", "as_json", is_flag=True)
def export_decrypt(file: Path, out: Path, password_file: Path | None, as_json: bool) -> None:
    """Opens an export encrypted with --encrypt (needs no register: the password is enough)."""
    from desktop_app.core.store import exportfile

    click.get_current_context().meta["json"] = as_json
    password = (_read_password_file(password_file) if password_file is not None else
                _password("WARDBOOK_EXPORT_PASSWORD", prompt=say("prompt_export_password")))
    plain = exportfile.decrypt(file.read_bytes(), password)
    exportfile.write_private(out, plain)
    _emit({"out": str(out), "bytes": len(plain)}, lambda: click.echo(say("export_decrypted", out=out)))


@cli.command()
@click.option("--from", "date_from", type=DATE, required=True)
@click.option("--to", "date_to", type=DATE, required=True)
@click.option("--unit", default=None)
@click.option("--format", "fmt", type=click.Choice(["json", "xlsx", "pdf", "docx"]), default="json", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=None)
@click.option("--number", default=None)
@click.option("--signer", default=None)
@click.option("--agency", default=None)
@common
def report(date_from: dt.date, date_to: dt.date, unit: str | None, fmt: str, out: Path | None,
           number: str | None, signer: str | None, agency: str | None) -> None:
    """The period report (JSON, Excel, PDF, Word after Decree 30/2020)."""
    from desktop_app.core.reports.service import ReportExports

    if date_to < date_from:
        raise CliExit(EXIT_INPUT, say("report_to_before_from"))
    if out is None and fmt != "json":
        raise CliExit(EXIT_INPUT, say("report_needs_out", format=fmt))
    with _open() as ws:
        exports = ReportExports.of(ws)
        data = exports.period_report(date_from, date_to, unit_code=unit)
        if out is None:
            ws.audit.record("report", entity="report", detail={"from": date_from.isoformat(),
                                                               "to": date_to.isoformat(), "unit": unit})
            click.echo(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))
            return
        doc = {k: v for k, v in (("number", number), ("agency", agency)) if v}
        if signer:
            doc["signer"] = signer
        path = exports.period(data, out, fmt, **doc).path
    _emit({"out": str(path), "format": fmt}, lambda: click.echo(say("report_done", format=fmt.upper(), path=path)))
