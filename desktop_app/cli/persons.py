"""`wardbook search`, `person show`, `persons transfer`: people."""

from __future__ import annotations

import sys

import click

from desktop_app.cli.base import (
    EXIT_INPUT,
    CliExit,
    _emit,
    _open,
    cli,
    common,
    label,
    say,
)
from desktop_app.core.domain.dates import format_date


@cli.command()
@click.argument("text")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@common
def search(text: str, limit: int) -> None:
    """Finds persons by name (with or without diacritics), CCCD number or address."""
    with _open() as ws:
        page = ws.persons.search(text, limit=limit, with_total=True)
    rows = [r.model_dump() for r in page.rows]

    def human() -> None:
        if not rows:
            click.echo(say("search_none"))
            return
        for r in page.rows:
            born = r.birth_date or ""
            click.echo(f"{r.full_name:<32} {born:<10} {r.cccd or '':<12} {r.current_address[:40]:<40} {r.id}")
        click.echo(f"({len(rows)}/{page.total})")

    _emit({"total": page.total, "rows": rows}, human)


@cli.group()
def person() -> None:
    """One person's file."""


CLEARING_STATES = ("deferred", "restarted", "court_decision", "no_sentence")


@person.command("show")
@click.argument("person_id")
@common
def person_show(person_id: str) -> None:
    """Shows one person's file (the viewing is audit-logged)."""
    with _open() as ws:
        p = ws.persons.get(person_id)
        cases = ws.cases.for_person(person_id)
        timelines = {c.id: ws.cases.timeline(c.id) for c in cases}
    data = {"person": p.model_dump(mode="json"), "cases": [c.model_dump(mode="json") for c in cases],
            "timeline": {k: [e.model_dump(mode="json") for e in v] for k, v in timelines.items()}}
    none = "—"

    def human() -> None:
        click.echo(f"{p.full_name}  ({p.id})")
        click.echo("  " + say("person_identity", birth_date=p.birth_date or none,
                              gender=label("gender", p.gender) or none, cccd=p.cccd or none))
        click.echo("  " + say("person_permanent", address=p.permanent_address or none))
        click.echo("  " + say("person_current", address=p.current_address or none))
        for c in cases:
            click.echo("  " + say("person_case", category=label("category", c.category),
                                  status=label("status", f"{c.category}.{c.status}") or label("status", c.status),
                                  decision=c.decision_number or none,
                                  start=format_date(c.start_date) if c.start_date else none,
                                  end=format_date(c.computed_end) if c.computed_end else none))
            if c.followup_end or c.clearing_state:
                word = say("never_applied" if c.category in ("community_education", "family_management")
                           else "record_clearing")
                state = say(f"clearing.{c.clearing_state}") if c.clearing_state in CLEARING_STATES else ""
                when = say("falls_due_on", date=format_date(c.followup_end)) if c.followup_end else ""
                click.echo(f"    {word}: {', '.join(x for x in (when, state) if x)}")
            for e in timelines[c.id][:10]:
                click.echo(f"    {format_date(e.date)} {e.kind}/{e.subkind}: {e.summary[:60]}")

    _emit(data, human)


@cli.group()
def persons() -> None:
    """Supervised persons: list, transfers."""


@persons.command("transfer")
@click.argument("person_id")
@click.option("--to", "to_unit", required=True)
@click.option("--reason", required=True)
@click.option("--decision", "decision_number", default="")
@click.option("--address", default=None)
@click.option("--yes", is_flag=True)
@common
def persons_transfer(person_id: str, to_unit: str, reason: str, decision_number: str, address: str | None,
                     yes: bool) -> None:
    """Transfers a person and their whole file to another commune of the province."""
    with _open() as ws:
        p = ws.persons.get(person_id)
        rows = len(ws.transfers.file_rows(person_id))
        unit = ws.units.name(to_unit.strip()) or to_unit
        if not yes:
            if not sys.stdin or not sys.stdin.isatty():
                raise CliExit(EXIT_INPUT, say("transfer_needs_yes"))
            click.confirm(say("transfer_confirm", name=p.full_name, rows=rows, unit=unit, code=to_unit),
                          abort=True)
        ws.transfers.move_person(person_id, to_unit, reason=reason, decision_number=decision_number,
                                 address=address)
    data = {"person_id": person_id, "from": p.unit_code, "to": to_unit.strip(), "rows": rows}

    def human() -> None:
        click.echo(say("transfer_done", name=p.full_name, rows=rows, unit=unit, code=to_unit.strip()))

    _emit(data, human)
