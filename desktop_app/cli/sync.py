"""`wardbook enroll`, `sync`, `sync status`, `bundle export|import`: the provincial server."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any, Callable

import click

from desktop_app import cli_text as T
from desktop_app.cli.base import (
    EXIT_AUTH,
    EXIT_INPUT,
    EXIT_STORE,
    CliExit,
    Progress,
    _ctx,
    _emit,
    _open,
    cli,
    common,
    say,
)

# Which exit code a SyncError gets: 2 for what the person typed or chose (an address, a file),
# 3 for a refusal of this device or code, 1 for the rest (server down, a sync that stopped).
_SYNC_INPUT_CODES = {"bad_url", "insecure_url", "bundle_corrupt", "bundle_bad_signature", "bundle_foreign",
                     "bundle_wrong_kind", "bundle_not_ours", "bundle_unknown_device", "bundle_too_large"}
_SYNC_AUTH_CODES = {"enroll_code_unknown", "enroll_code_used", "enroll_code_expired", "enroll_unit_mismatch",
                    "device_unknown", "device_revoked", "device_cloned", "token_missing", "out_of_scope", "root_mismatch",
                    "server_certificate_mismatch"}


def _sync_exit(code: str) -> int:
    key = code.split(":", 1)[0]
    if key in _SYNC_INPUT_CODES:
        return EXIT_INPUT
    if key in _SYNC_AUTH_CODES:
        return EXIT_AUTH
    return EXIT_STORE


def _sync_error_class() -> type | None:
    """SyncError, if the sync modules were imported at all (httpx is slow to import, so the
    other commands never load it)."""
    mod = sys.modules.get("desktop_app.core.sync.transport")
    return getattr(mod, "SyncError", None)


def _sync_failed(prefix: str, e: BaseException) -> CliExit:
    """A CliExit for a sync, enrollment or bundle that did not go through (`prefix` the
    catalogue key of what failed): one line
    (never a traceback); with --json also {"ok": false, "error": code, "message": …} on stdout."""
    if isinstance(e, KeyboardInterrupt):
        code, text, exit_code = "interrupted", T.sync_error_text("interrupted"), EXIT_STORE
    elif isinstance(e, OSError):
        code, exit_code = "file_error", EXIT_STORE
        text = say("file_error", file=e.filename or "", reason=e.strerror or e)
    elif getattr(e, "code", None) and _sync_error_class() and isinstance(e, _sync_error_class()):
        code, text, exit_code = e.code, T.sync_error_text(e.code), _sync_exit(e.code)
    else:
        code = f"internal_error: {type(e).__name__}"
        text, exit_code = T.sync_error_text(code) + f" ({e})"[:300], EXIT_STORE
    if _ctx()["json"]:
        click.echo(json.dumps({"ok": False, "error": code, "message": text}, ensure_ascii=False))
    return CliExit(exit_code, f"{say(prefix)}: {text}")


def _guard_sync(prefix: str):
    """Runs a sync command's body; SyncError, file errors and anything unexpected become one
    clear line and an exit code. The register's own errors (password, permission, a damaged
    file) keep their usual handling in main()."""
    from desktop_app.core.errors import WardbookError

    def deco(f: Callable) -> Callable:
        @functools.wraps(f)
        def wrapper(*args: Any, **kw: Any) -> Any:
            try:
                return f(*args, **kw)
            except (CliExit, click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
                raise
            except WardbookError as e:
                sync_error = _sync_error_class()
                if sync_error is not None and isinstance(e, sync_error):
                    raise _sync_failed(prefix, e) from None
                raise
            except (Exception, KeyboardInterrupt) as e:  # noqa: BLE001 - a traceback helps nobody here
                raise _sync_failed(prefix, e) from None

        return wrapper

    return deco


class _SyncProgress(Progress):
    """Sync progress: the stages in words ("Gửi thay đổi: 2/2"), a version for a pull of
    unknown length."""

    def __init__(self) -> None:
        super().__init__(T.sync_stage_text)

    def text(self, stage: str, label: str, done: int, total: int) -> str:
        if stage == "meta":
            return label + "…"
        if total <= 0 and stage.startswith("pull:"):
            return f"{label}: " + say("sync_up_to_version", version=done)
        return super().text(stage, label, done, total)


def _seconds(s: float) -> str:
    return f"{s:.1f}".replace(".", ",") if not T.english() else f"{s:.1f}"


def _report_line(r: dict[str, Any], head: str, *, by_file: bool = False) -> str:
    parts = [say("report_confirmed" if by_file else "report_sent", n=r["pushed"]),
             say("report_received", n=r["pulled"])]
    if r["rejected"]:
        parts.append(say("report_rejected", n=r["rejected"]))
    if r["conflicts"]:
        parts.append(say("report_conflicts", n=r["conflicts"]))
    if r["removed"]:
        parts.append(say("report_removed", n=r["removed"]))
    if r["blobs_sent"] or r["blobs_received"]:
        parts.append(say("report_blobs", sent=r["blobs_sent"], received=r["blobs_received"]))
    if r.get("recovered"):
        parts.append(say("report_recovered"))
    return say("report_head", head=say(head), seconds=_seconds(r["seconds"])) + ", ".join(parts) + "."


def _open_items_hint(st: dict[str, Any]) -> list[str]:
    lines = []
    if st["conflicts"] or st["rejections"]:
        lines.append(say("open_items", conflicts=len(st["conflicts"]), rejections=len(st["rejections"])))
    if st["pending"]:
        lines.append(say("still_pending", n=st["pending"]))
    return lines


@cli.command()
@click.option("--server", "server_url", required=True,
)
@click.option("--code", required=True)
@click.option("--fingerprint", default=None)
@common
@_guard_sync("enroll_failed")
def enroll(server_url: str, code: str, fingerprint: str | None) -> None:
    """Enrolls this computer with the provincial sync server (station chief)."""
    from desktop_app.core.sync.client import enroll as enroll_device

    with _open() as ws:
        info = enroll_device(ws, server_url, code, fingerprint=fingerprint)

    def human() -> None:
        click.echo(say("enrolled", server=info["server_url"], unit_name=info["unit_name"],
                       unit_code=info["unit_code"], role=T.sync_role_text(info["role"])))
        if info.get("fingerprint"):
            click.echo(say("enrolled_fingerprint", fingerprint=info["fingerprint"]))
        click.echo(say("enrolled_next"))

    _emit(info, human)


@cli.group(invoke_without_command=True)
@common
@click.option("--check-content", is_flag=True, default=False)
@_guard_sync("sync_failed")
def sync(check_content: bool) -> None:
    """Syncs with the provincial server: sends this computer's changes, then receives new
    data; 'wardbook sync status' tells how syncing stands. --check-content: compare every
    record's content with the server's now (done by itself once a day)."""
    ctx = click.get_current_context()
    if ctx.invoked_subcommand is not None:
        return
    from desktop_app.core.sync.client import status as sync_status
    from desktop_app.core.sync.client import sync as run_sync

    progress = _SyncProgress()
    with _open() as ws:
        try:
            report = run_sync(ws, progress=progress, check_content=check_content)
        finally:
            progress.finish()
        st = sync_status(ws)
    data = report.as_dict()

    def human() -> None:
        click.echo(_report_line(data, "sync_done"))
        for w in data["warnings"]:
            click.echo(say("warning", text=T.sync_warning_text(w)))
        for line in _open_items_hint(st):
            click.echo(line)

    _emit({"ok": True, "report": data, "pending": st["pending"], "conflicts": len(st["conflicts"]),
           "rejections": len(st["rejections"]), "last_sync": st["last_sync"]}, human)


def _conflict_value(v: Any) -> str:
    if isinstance(v, dict):
        return "; ".join(f"{T.sync_field_label(k)}: {_conflict_value(x)}" for k, x in v.items())
    if v is None or v == "":
        return say("value_empty")
    if v is True:
        return say("value_yes")
    if v is False:
        return say("value_no")
    return str(v)


def _duration_text(seconds: int) -> str:
    from desktop_app.vocabulary import language

    for key, unit in (("duration_days", 86400), ("duration_hours", 3600), ("duration_minutes", 60)):
        if seconds >= unit:
            n = f"{seconds / unit:.3g}"
            return say(key, n=n.replace(".", ",") if language() == "vi" else n)
    return say("duration_seconds", n=seconds)


def _clock_ahead_text(ahead: dict[str, Any]) -> str:
    """status()["clock_ahead"] in words: how fast this computer's clock runs, the bound."""
    bound = _duration_text(int(ahead["max_ahead_seconds"]))
    if ahead.get("ahead_seconds") is None:
        return say("status_clock_ahead_unknown", max=bound)
    return say("status_clock_ahead", ahead=_duration_text(int(ahead["ahead_seconds"])), max=bound)


@sync.command("status")
@common
def sync_status_cmd() -> None:
    """How syncing stands: pending changes, last sync, errors, conflicts, rejected changes."""
    from desktop_app.core.sync.client import status as sync_status
    from desktop_app.texts import local_time_text

    with _open() as ws:
        st = sync_status(ws)
        refs = [(c["table"], c["row_id"]) for c in st["conflicts"]] + [(r["table"], r["row_id"]) for r in st["rejections"]]
        labels = ws.sync_state.row_labels(refs) if refs else {}

    def row_text(table: str, row_id: str) -> str:
        who = labels.get(row_id)
        return f"{T.sync_table_label(table)} “{who}”" if who else f"{T.sync_table_label(table)} {row_id[:8]}…"

    def human() -> None:
        if st["enrolled"]:
            click.echo(say("status_server", server=st["server_url"], unit_code=st["unit_code"],
                           role=T.sync_role_text(st["role"])))
        else:
            click.echo(say("status_not_enrolled"))
        by_table = ", ".join(f"{T.sync_table_label(t)} {n}" for t, n in sorted(st["pending_by_table"].items()))
        click.echo(say("status_pending", n=st["pending"]) + (f" ({by_table})" if by_table else ""))
        click.echo(say("status_last_sync", when=local_time_text(st["last_sync"]) or say("status_never")))
        if st["last_error"]:
            when = local_time_text(st["last_error_at"])
            click.echo(say("status_last_error", when=f" ({when})" if when else "",
                           error=T.sync_error_text(st["last_error"])))
        else:
            click.echo(say("status_no_error"))
        if st["clock_warning"]:
            click.echo(say("warning", text=T.sync_warning_text("clock_skew")))
        if st["clock_ahead"]:
            click.echo(say("warning", text=_clock_ahead_text(st["clock_ahead"])))
        click.echo(say("status_conflicts", n=len(st["conflicts"])))
        for c in st["conflicts"]:
            if c["kind"] == "delete_beats_edit":
                click.echo("  - " + say("conflict_deleted", row=row_text(c["table"], c["row_id"]),
                                        by=c.get("lost_by") or say("another_computer"),
                                        lost=_conflict_value(c["lost_value"]), id=c["id"]))
            else:
                click.echo("  - " + say("conflict_field", row=row_text(c["table"], c["row_id"]),
                                        field=T.sync_field_label(c["field"]), kept=_conflict_value(c["kept_value"]),
                                        lost=_conflict_value(c["lost_value"]),
                                        by=c.get("lost_by") or say("unknown_editor"), id=c["id"]))
        click.echo(say("status_rejections", n=len(st["rejections"])))
        for r in st["rejections"]:
            detail = f" ({r['detail']})" if r.get("detail") else ""
            click.echo(f"  - {row_text(r['table'], r['row_id'])}: {T.sync_reason_text(r['reason'])}{detail}  [{r['op_id']}]")

    _emit(st, human)


@cli.group()
def bundle() -> None:
    """Sync by file (USB) without a network: export a bundle for the province, import its answer."""


@bundle.command("export")
@click.option("--out", type=click.Path(path_type=Path), required=True)
@common
@_guard_sync("bundle_export_failed")
def bundle_export_cmd(out: Path) -> None:
    """Exports the pending changes to an encrypted, signed bundle (imported on the provincial server)."""
    from desktop_app.core.sync.bundle import bundle_export

    with _open() as ws:
        info = bundle_export(ws, out)
    def human() -> None:
        click.echo(say("bundle_exported", ops=info["ops"], size=_number(info["bytes"]), path=info["path"]))
        if info["restate"]:
            click.echo(say("warning", text=T.sync_warning_text("bundle_restate")))

    _emit(info, human)


@bundle.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@common
@_guard_sync("bundle_import_failed")
def bundle_import_cmd(file: Path) -> None:
    """Imports the provincial server's answer bundle: confirms the sent changes, receives new data."""
    from desktop_app.core.sync.bundle import bundle_import
    from desktop_app.core.sync.client import status as sync_status

    if not file.is_file():
        raise CliExit(EXIT_INPUT, say("file_not_found", file=file))
    with _open() as ws:
        report = bundle_import(ws, file)
        st = sync_status(ws)
    data = report.as_dict()
    push_error = next((w.split(":", 1)[1] for w in data["warnings"] if w.startswith("push_error:")), None)

    def human() -> None:
        click.echo(_report_line(data, "bundle_imported", by_file=True))
        for w in data["warnings"]:
            if not w.startswith("push_error:"):
                click.echo(say("warning", text=T.sync_warning_text(w)))
        for line in _open_items_hint(st):
            click.echo(line)

    _emit({"ok": push_error is None, "report": data, "push_error": push_error, "pending": st["pending"],
           "conflicts": len(st["conflicts"]), "rejections": len(st["rejections"])}, human)
    if push_error:
        raise CliExit(_sync_exit(push_error), say("bundle_push_refused", error=T.sync_error_text(push_error)))


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@sync.command("resolve")
@click.argument("conflict_id")
@click.option("--swap", is_flag=True)
@common
def sync_resolve_cmd(conflict_id: str, swap: bool) -> None:
    """Settles a conflict listed by `sync status`: keeps the value in use, or (--swap) writes the
    replaced value again so that it wins at the next sync. Chief or province admin."""
    from desktop_app.core.sync.client import resolve_conflict

    action = "swap" if swap else "confirm"
    with _open() as ws:
        resolve_conflict(ws, conflict_id, action)
    _emit({"id": conflict_id, "action": action},
          lambda: click.echo(say("conflict_swapped" if swap else "conflict_confirmed", id=conflict_id)))


@sync.command("dismiss")
@click.argument("op_id")
@common
def sync_dismiss_cmd(op_id: str) -> None:
    """Removes a rejected change listed by `sync status` from the list, once read."""
    from desktop_app.core.sync.client import dismiss_rejection, status

    with _open() as ws:
        if not any(r.get("op_id") == op_id for r in status(ws)["rejections"]):
            raise CliExit(EXIT_INPUT, say("not_found", kind="rejection", ident=op_id))
        dismiss_rejection(ws, op_id)
    _emit({"op_id": op_id, "dismissed": True}, lambda: click.echo(say("rejection_dismissed", id=op_id)))
