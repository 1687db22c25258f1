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
    _write_atomic,
    cli,
    common,
    say,
)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), required=True)
@common
def export(fmt: str, out: Path) -> None:
    """Exports every record in scope (stable, sorted)."""
    with _open() as ws:
        dump = ws.exporter.dump()
    _write_atomic(out, json.dumps(dump, ensure_ascii=False, indent=1, sort_keys=True))
    _emit({"out": str(out), "counts": dump["counts"]},
          lambda: click.echo(say("export_done", count=sum(dump["counts"].values()), out=out)))


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
