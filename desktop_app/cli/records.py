"""`wardbook persons list`, `person add|edit|get|delete`, `case open|list`: the records an officer
keeps, from the command line (scripts, checks after a sync). Fields are given as FIELD=VALUE with
the register's own field names (`wardbook person get ID --help` lists none: `person show --json`
shows them all); every value is validated exactly as in the app."""

from __future__ import annotations

import sys
from typing import Any

import click

from desktop_app.cli.base import (
    DATE,
    EXIT_INPUT,
    CliExit,
    _emit,
    _open,
    cli,
    common,
    label,
    say,
)
from desktop_app.cli.persons import person, persons
from desktop_app.core.domain.dates import format_date


def _fields(pairs: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise CliExit(EXIT_INPUT, say("field_pair_bad", value=pair))
        out[key.strip()] = value
    return out


def _row(p: Any) -> dict[str, Any]:
    return {"id": p.id, "full_name": p.full_name, "birth_date": p.birth_date, "gender": p.gender,
            "cccd": p.cccd, "current_address": p.current_address, "unit_code": p.unit_code,
            "open_cases": list(p.categories)}


@persons.command("list")
@click.option("--unit", "unit_code", default=None)
@click.option("--limit", type=click.IntRange(1, 100000), default=1000, show_default=True)
@common
def persons_list(unit_code: str | None, limit: int) -> None:
    """Lists the persons of the register (or of one unit), in Vietnamese order."""
    with _open() as ws:
        page = ws.persons.list(limit=limit, unit_code=unit_code)
    rows = [_row(p) for p in page.rows]
    total = len(rows)

    def human() -> None:
        if not rows:
            click.echo(say("search_none"))
            return
        for r in rows:
            click.echo(f"{r['full_name']:<32} {r['birth_date'] or '':<10} {r['cccd'] or '':<12} "
                       f"{(r['current_address'] or '')[:40]:<40} {r['unit_code']} {r['id']}")
        click.echo(f"({len(rows)}/{total})")

    _emit({"total": total, "rows": rows}, human)


@person.command("add")
@click.argument("full_name")
@click.option("--set", "pairs", multiple=True, metavar="FIELD=VALUE")
@common
def person_add(full_name: str, pairs: tuple[str, ...]) -> None:
    """Adds a person; prints the new id."""
    data = {"full_name": full_name, **_fields(pairs)}
    with _open() as ws:
        pid = ws.persons.add(data).created_id
    _emit({"id": pid}, lambda: click.echo(say("person_added", name=full_name, id=pid)))


@person.command("edit")
@click.argument("person_id")
@click.option("--set", "pairs", multiple=True, required=True, metavar="FIELD=VALUE")
@common
def person_edit(person_id: str, pairs: tuple[str, ...]) -> None:
    """Changes fields of a person."""
    patch = _fields(pairs)
    with _open() as ws:
        changed = ws.persons.update(person_id, patch).persons
        p = ws.persons.get(person_id, audit=False)
    _emit({"id": person_id, "changed": changed, "fields": sorted(patch)},
          lambda: click.echo(say("person_edited" if changed else "person_unchanged", name=p.full_name)))


@person.command("get")
@click.argument("person_id")
@click.argument("field")
@common
def person_get(person_id: str, field: str) -> None:
    """Prints one field of a person (as stored)."""
    with _open() as ws:
        data = ws.persons.get(person_id).model_dump(mode="json")
    if field not in data:
        raise CliExit(EXIT_INPUT, say("field_unknown", field=field, fields=", ".join(sorted(data))))
    value = data[field]
    _emit({"id": person_id, field: value}, lambda: click.echo("" if value is None else value))


@person.command("delete")
@click.argument("person_id")
@click.option("--yes", is_flag=True)
@common
def person_delete(person_id: str, yes: bool) -> None:
    """Deletes a person (refused while they have live case files)."""
    with _open() as ws:
        p = ws.persons.get(person_id, audit=False)
        if not yes:
            if not sys.stdin or not sys.stdin.isatty():
                raise CliExit(EXIT_INPUT, say("delete_needs_yes"))
            click.confirm(say("delete_confirm", name=p.full_name), abort=True)
        ws.persons.delete(person_id)
    _emit({"id": person_id, "deleted": True}, lambda: click.echo(say("person_deleted", name=p.full_name)))


@cli.group()
def case() -> None:
    """Case files (supervision, education, probation…)."""


@case.command("open")
@click.option("--person", "person_id", required=True)
@click.option("--category", required=True)
@click.option("--start", "start_date", type=DATE, required=True)
@click.option("--term-months", type=click.IntRange(0, 600), default=None)
@click.option("--set", "pairs", multiple=True, metavar="FIELD=VALUE")
@common
def case_open(person_id: str, category: str, start_date: Any, term_months: int | None,
              pairs: tuple[str, ...]) -> None:
    """Opens a case file for a person; prints its id."""
    data: dict[str, Any] = {"person_id": person_id, "category": category, "start_date": start_date,
                            **_fields(pairs)}
    if term_months is not None:
        data["term_months"] = term_months
    with _open() as ws:
        cid = ws.cases.open(data).created_id
    _emit({"id": cid}, lambda: click.echo(say("case_opened", id=cid)))


@case.command("list")
@click.option("--person", "person_id", required=True)
@common
def case_list(person_id: str) -> None:
    """Lists a person's case files."""
    with _open() as ws:
        cases = ws.cases.for_person(person_id)
    rows = [c.model_dump(mode="json") for c in cases]

    def human() -> None:
        if not cases:
            click.echo(say("case_none"))
        for c in cases:
            click.echo(f"{c.id}  {label('category', c.category)}  {label('status', c.status)}  "
                       f"{format_date(c.start_date) if c.start_date else '—'}")

    _emit({"rows": rows}, human)
