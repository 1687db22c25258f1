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
    label,
    say,
)
from desktop_app.core.domain.dates import format_date
from desktop_app.core.domain.schemas import DueItem
from desktop_app.texts import DATE_COMES_KINDS
from desktop_app.vocabulary import text


@cli.command()
@click.option("--on", "on", type=DATE, default=None)
@click.option("--unit", default=None)
@click.option("--officer", default=None)
@click.option("--within", type=click.IntRange(0, 366), default=None)
@common
def due(on: dt.date | None, unit: str | None, officer: str | None, within: int | None) -> None:
    """What falls due: every missing evaluation period, visits, cases ending, record clearing,
    the date a measure counts as never applied, requests to the court to revoke a suspension."""
    with _open() as ws:
        items = ws.due.list(on=on, unit_code=unit, officer=officer, within_days=within)

    def human() -> None:
        if not items:
            click.echo(say("due_none"))
        for i in items:
            if i.kind in DATE_COMES_KINDS:
                # A clearing date comes; it is never late.
                when = say("due_comes") if i.days <= 0 else say("due_comes_in", days=i.days)
            else:
                when = say("due_late", days=-i.days) if i.days < 0 else say("due_in", days=i.days)
            period = " " + say("due_period", date=format_date(i.period_start)) if i.period_start else ""
            click.echo(f"{format_date(i.due_date)}  {label('due_kind', i.kind):<12} "
                       f"{i.full_name:<30} {when}{period}")
            if i.note_code:  # the legal basis, under the item
                click.echo(f"{'':12}{note(i)}")

    # --json: the item as the core gives it (note_code, note_params) and its basis worded
    _emit([{**i.model_dump(mode="json"), "note": note(i)} for i in items], human)


def note(item: DueItem) -> str:
    """A due item's legal basis in the CLI's language ("" for none)."""
    return text("due_note", item.note_code, item.note_params) if item.note_code else ""
