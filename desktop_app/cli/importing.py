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
)


@cli.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Kiểm tra, không ghi gì.")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Với 'import template': tệp mẫu.")
@common
def import_(file: Path, dry_run: bool, out: Path | None) -> None:
    """Nhập sổ Excel/CSV (người và hồ sơ, tin tố giác, buổi răn đe, mô hình).

    'wardbook import template --out FILE' ghi tệp mẫu trống."""
    from desktop_app.core.importing import import_workbook, write_template

    if str(file) == "template":
        if out is None:
            raise CliExit(EXIT_INPUT, "Tệp mẫu (--out): chưa nhập.")
        write_template(out)
        _emit({"out": str(out)}, lambda: click.echo(f"Đã ghi tệp mẫu: {out}"))
        return
    if not file.exists():
        raise CliExit(EXIT_INPUT, f"Không tìm thấy tệp: {file}")
    progress = _progress_printer()

    with _open() as ws:
        result = import_workbook(ws, file, dry_run=dry_run, progress=progress)
    data = result.to_json()

    def human() -> None:
        for name, sheet in data["sheets"].items():
            click.echo(f"Trang “{name}”: {sheet['rows']} dòng — tạo mới {sheet['created']}, cập nhật "
                       f"{sheet['updated']}, không đổi {sheet['unchanged']}, nghi trùng {len(sheet['duplicates'])}, "
                       f"lỗi {len(sheet['errors'])}")
        for e in result.errors:
            click.echo("  " + e.describe())
        if dry_run:
            click.echo("(Chạy thử: chưa ghi gì vào sổ.)")

    _emit(data, human)
    if result.errors:
        raise CliExit(EXIT_INPUT)
