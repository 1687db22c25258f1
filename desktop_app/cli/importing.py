"""`wardbook import`: Excel/CSV registers in."""

from __future__ import annotations

from pathlib import Path

import click

from desktop_app.cli.base import (
    EXIT_INPUT,
    CliExit,
    _emit,
    _open,
    _progress_printer,
    cli,
    common,
    say,
)


@cli.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True)
@click.option("--out", type=click.Path(path_type=Path), default=None)
@common
def import_(file: Path, dry_run: bool, out: Path | None) -> None:
    """Imports an Excel/CSV register (persons and cases, tips, warning sessions, models);
    'wardbook import template --out FILE' writes an empty template."""
    from desktop_app.core.importing import import_workbook, write_template
    from desktop_app.core.importing.messages import describe

    if str(file) == "template":
        if out is None:
            raise CliExit(EXIT_INPUT, say("template_needs_out"))
        write_template(out)
        _emit({"out": str(out)}, lambda: click.echo(say("template_done", out=out)))
        return
    if not file.exists():
        raise CliExit(EXIT_INPUT, say("file_not_found", file=file))
    progress = _progress_printer()

    with _open() as ws:
        try:
            result = import_workbook(ws, file, dry_run=dry_run, progress=progress)
        finally:
            progress.finish()
    data = result.to_json(lang=None)  # worded in the CLI's language (WARDBOOK_LANG)

    def human() -> None:
        for name, sheet in data["sheets"].items():
            click.echo(say("import_sheet", name=name, rows=sheet["rows"], created=sheet["created"],
                           updated=sheet["updated"], unchanged=sheet["unchanged"],
                           duplicates=len(sheet["duplicates"]), errors=len(sheet["errors"])))
        for e in result.errors:
            click.echo("  " + describe(e.sheet, e.row, e.column, e.code, e.params, lang=None))
        if dry_run:
            click.echo(say("import_dry_run"))

    _emit(data, human)
    if result.errors:
        raise CliExit(EXIT_INPUT)
