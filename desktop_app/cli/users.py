"""`wardbook users …`, `audit …`: accounts and the audit log."""

from __future__ import annotations

import click

from desktop_app.cli.base import (
    DATE,
    EXIT_STORE,
    CliExit,
    _emit,
    _open,
    _password,
    cli,
    common,
    say,
)

# --- users ------------------------------------------------------------------------------------------

@cli.group()
def users() -> None:
    """Accounts and roles."""


@users.command("add")
@click.argument("new_username")
@click.option("--role", type=click.Choice(["officer", "chief", "province_admin"]), default="officer",
              show_default=True)
@click.option("--full-name", default="")
@click.option("--unit", default=None)
@common
def users_add(new_username: str, role: str, full_name: str, unit: str | None) -> None:
    """Adds an account (its password from WARDBOOK_NEW_PASSWORD or a prompt)."""
    with _open() as ws:
        pw = _password("WARDBOOK_NEW_PASSWORD", say("prompt_password_for", username=new_username), confirm=True)
        ws.users.add({"username": new_username, "role": role, "full_name": full_name, "unit_code": unit}, pw)
    _emit({"username": new_username, "role": role}, lambda: click.echo(say("user_added", username=new_username, role=role)))


@users.command("list")
@common
def users_list() -> None:
    """The accounts."""
    with _open() as ws:
        rows = ws.users.list()
    _emit([r.model_dump() for r in rows], lambda: [
        click.echo(f"{r.username:<20} {r.role:<15} {r.unit_code:<6} {'' if r.active else say('user_disabled_mark')} {r.full_name}")
        for r in rows])


@users.command("passwd")
@click.argument("target", required=False)
@common
def users_passwd(target: str | None) -> None:
    """Changes one's own password, or resets an officer's (station chief)."""
    with _open() as ws:
        new = _password("WARDBOOK_NEW_PASSWORD", say("prompt_new_password"), confirm=True)
        if target is None or target == ws.username:
            ws.users.change_password(_password(), new)
            who = ws.username
        else:
            ws.users.reset_password(target, new)
            who = target
    _emit({"username": who}, lambda: click.echo(say("password_changed", username=who)))


@users.command("disable")
@click.argument("target")
@common
def users_disable(target: str) -> None:
    """Disables an account (its password no longer opens the register)."""
    with _open() as ws:
        ws.users.set_active(target, False)
    _emit({"username": target, "active": False}, lambda: click.echo(say("user_disabled", username=target)))


@cli.group()
def audit() -> None:
    """The access and change log."""


@audit.command("verify")
@common
def audit_verify() -> None:
    """Checks the audit log's hash chain; names the first row changed, removed or reordered; then
    checks it against the anchor the server keeps (rows cut from the end, a row rewritten)."""
    with _open() as ws:
        v = ws.audit.verify()
    a = v.anchor
    data = {"ok": v.ok, "checked": v.checked, "first_broken_seq": v.first_broken_seq, "reason": v.reason,
            "anchor": None if a is None else {
                "state": a.state, "count": a.count, "anchor_count": a.anchor_count, "anchor_at": a.anchor_at,
                "first_seq": a.first_seq, "last_seq": a.last_seq, "server_flag": a.server_flag or None,
                "server_flag_count": a.server_flag_count}}
    _emit(data, lambda: _say_verdict(v))
    if not v.ok:
        raise CliExit(EXIT_STORE)


def _local_time(iso: str) -> str:
    """The server's time of an anchor (UTC, ISO) in this computer's time zone, dd/mm/yyyy hh:mm."""
    import datetime as dt

    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


def _say_verdict(v) -> None:
    a = v.anchor
    if v.ok:
        click.echo(say("audit_ok", checked=v.checked))
    elif not v.reason.startswith("anchor_"):  # (the links hold: the anchor message says what failed)
        click.echo(say("audit_broken", seq=v.first_broken_seq, reason=v.reason, checked=v.checked))
    if a is None:
        return
    params = {"count": a.count, "anchor_count": a.anchor_count, "at": _local_time(a.anchor_at),
              "first": a.first_seq, "last": a.last_seq}
    click.echo(say(f"audit_anchor_{a.state}", **params))
    if a.server_flag:
        click.echo(say(f"audit_anchor_flag_{a.server_flag}", flag_count=a.server_flag_count))


@audit.command("list")
@click.option("--person", "person_id", default=None)
@click.option("--by", "by_user", default=None)
@click.option("--from", "date_from", type=DATE, default=None)
@click.option("--to", "date_to", type=DATE, default=None)
@click.option("--action", default=None)
@click.option("--limit", type=click.IntRange(1, 100000), default=500, show_default=True)
@common
def audit_list(person_id, by_user, date_from, date_to, action, limit) -> None:
    """Lists the audit log (by person, user, dates)."""
    with _open() as ws:
        rows = ws.audit.list(person_id=person_id, username=by_user, date_from=date_from,
                             date_to=date_to, action=action, limit=limit)
    _emit([r.model_dump() for r in rows], lambda: [
        click.echo(f"{r.seq:>6} {r.at[:19]} {r.username:<14} {r.action:<18} {r.entity} {r.entity_id}")
        for r in rows])
