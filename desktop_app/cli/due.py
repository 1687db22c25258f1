"""`wardbook due`: what falls due."""

from __future__ import annotations

import datetime as dt

import click

from desktop_app.cli.base import (
    DATE,
    _emit,
    _open,
    cli,
    common,
)
from desktop_app.core.domain.dates import format_date
from desktop_app.texts import DATE_COMES_KINDS, DUE_KINDS_VI


@cli.command()
@click.option("--on", "on", type=DATE, default=None, help="Ngày xét (mặc định hôm nay).")
@click.option("--unit", default=None, help="Mã xã.")
@click.option("--officer", default=None, help="Cán bộ phụ trách.")
@click.option("--within", type=click.IntRange(0, 366), default=None, help="Số ngày tới.")
@common
def due(on: dt.date | None, unit: str | None, officer: str | None, within: int | None) -> None:
    """Việc đến hạn: mọi kỳ đánh giá còn thiếu, thăm gặp, hồ sơ sắp hết hạn, xóa án tích,
    ngày được coi là chưa bị áp dụng, đề nghị Tòa án buộc chấp hành án phạt tù."""
    with _open() as ws:
        items = ws.due.list(on=on, unit_code=unit, officer=officer, within_days=within)

    def human() -> None:
        if not items:
            click.echo("Không có việc đến hạn.")
        for i in items:
            if i.kind in DATE_COMES_KINDS:
                # A clearing date comes; it is never late.
                when = "đến hạn" if i.days <= 0 else f"còn {i.days} ngày đến hạn"
            else:
                when = f"quá hạn {-i.days} ngày" if i.days < 0 else f"còn {i.days} ngày"
            period = f" kỳ {format_date(i.period_start)}" if i.period_start else ""
            click.echo(f"{format_date(i.due_date)}  {DUE_KINDS_VI.get(i.kind, i.kind):<12} "
                       f"{i.full_name:<30} {when}{period}")

    _emit([i.model_dump(mode="json") for i in items], human)
