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
    _ctx,
    _emit,
    _open,
    cli,
    common,
)

# --- sync with the provincial server ---------------------------------------------------------------

# Which exit code a SyncError gets: 2 for what the person typed or chose (an address, a file),
# 3 for a refusal of this device or code, 1 for the rest (server down, a sync that stopped).
_SYNC_INPUT_CODES = {"bad_url", "insecure_url", "bundle_corrupt", "bundle_bad_signature", "bundle_foreign",
                     "bundle_wrong_kind", "bundle_not_ours", "bundle_unknown_device", "bundle_too_large"}
_SYNC_AUTH_CODES = {"enroll_code_unknown", "enroll_code_used", "enroll_code_expired", "enroll_unit_mismatch",
                    "device_unknown", "device_revoked", "device_cloned", "token_missing", "out_of_scope",
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
    """A CliExit for a sync, enrollment or bundle that did not go through: one Vietnamese line
    (never a traceback); with --json also {"ok": false, "error": code, "message": …} on stdout."""
    if isinstance(e, KeyboardInterrupt):
        code, text, exit_code = "interrupted", T.sync_error_text("interrupted"), EXIT_STORE
    elif isinstance(e, OSError):
        code, text, exit_code = "file_error", f"Không đọc/ghi được tệp: {e.filename or ''} ({e.strerror or e})", EXIT_STORE
    elif getattr(e, "code", None) and _sync_error_class() and isinstance(e, _sync_error_class()):
        code, text, exit_code = e.code, T.sync_error_text(e.code), _sync_exit(e.code)
    else:
        code = f"internal_error: {type(e).__name__}"
        text, exit_code = T.sync_error_text(code) + f" ({e})"[:300], EXIT_STORE
    if _ctx()["json"]:
        click.echo(json.dumps({"ok": False, "error": code, "message": text}, ensure_ascii=False))
    return CliExit(exit_code, f"{prefix}: {text}")


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


class _SyncProgress:
    """Sync progress on stderr, one line per stage rewritten in place like the other long
    commands (silent with --json)."""

    def __init__(self) -> None:
        self.quiet = _ctx()["json"]
        self.stage: str | None = None
        self.open = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.quiet:
            return
        if stage != self.stage and self.open:
            click.echo("", err=True)
        self.stage = stage
        label = T.sync_stage_text(stage)
        if stage == "meta":
            text = label + "…"
        elif total > 0:
            text = f"{label}: {done}/{total}"
        elif stage.startswith("pull:"):
            text = f"{label}: đến phiên bản {done}"
        else:
            text = f"{label}: {done}"
        click.echo(f"\r{text:<48}", nl=False, err=True)
        self.open = True

    def finish(self) -> None:
        if self.open:
            click.echo("", err=True)
            self.open = False


def _seconds(s: float) -> str:
    return f"{s:.1f}".replace(".", ",")


def _report_line(r: dict[str, Any], head: str, *, by_file: bool = False) -> str:
    sent = f"máy chủ xác nhận {r['pushed']} thay đổi" if by_file else f"gửi {r['pushed']} thay đổi"
    parts = [sent, f"nhận {r['pulled']} bản ghi"]
    if r["rejected"]:
        parts.append(f"{r['rejected']} thay đổi bị từ chối")
    if r["conflicts"]:
        parts.append(f"{r['conflicts']} xung đột mới")
    if r["removed"]:
        parts.append(f"{r['removed']} bản ghi đã chuyển khỏi phạm vi")
    if r["blobs_sent"] or r["blobs_received"]:
        parts.append(f"tệp đính kèm: gửi {r['blobs_sent']}, nhận {r['blobs_received']}")
    if r.get("recovered"):
        parts.append("đã khôi phục sau khi máy chủ được phục hồi")
    return f"{head} ({_seconds(r['seconds'])} giây): " + ", ".join(parts) + "."


def _open_items_hint(st: dict[str, Any]) -> list[str]:
    lines = []
    if st["conflicts"] or st["rejections"]:
        lines.append(f"Cần xem: {len(st['conflicts'])} xung đột, {len(st['rejections'])} thay đổi bị từ chối "
                     "(wardbook sync status; trưởng Công an xã xử lý trên trang Đồng bộ).")
    if st["pending"]:
        lines.append(f"Còn {st['pending']} thay đổi chờ gửi (có thay đổi mới trong lúc đồng bộ).")
    return lines


@cli.command()
@click.option("--server", "server_url", required=True,
              help="Địa chỉ máy chủ đồng bộ cấp tỉnh, ví dụ https://dongbo.example.vn.")
@click.option("--code", required=True, help="Mã đăng ký dùng một lần do quản trị tỉnh cấp.")
@click.option("--fingerprint", default=None,
              help="Dấu vân tay SHA-256 của chứng chỉ máy chủ, nếu quản trị tỉnh cung cấp.")
@common
@_guard_sync("Đăng ký thiết bị không thành công")
def enroll(server_url: str, code: str, fingerprint: str | None) -> None:
    """Đăng ký máy này với máy chủ đồng bộ cấp tỉnh (trưởng Công an xã)."""
    from desktop_app.core.sync.client import enroll as enroll_device

    with _open() as ws:
        info = enroll_device(ws, server_url, code, fingerprint=fingerprint)

    def human() -> None:
        click.echo(f"Đã đăng ký thiết bị với máy chủ {info['server_url']}: đơn vị {info['unit_name']} "
                   f"({info['unit_code']}), quyền {T.sync_role_text(info['role'])}.")
        if info.get("fingerprint"):
            click.echo(f"Chứng chỉ máy chủ đã được ghi nhận (SHA-256 {info['fingerprint']}).")
        click.echo("Chạy 'wardbook sync' để đồng bộ.")

    _emit(info, human)


@cli.group(invoke_without_command=True)
@common
@_guard_sync("Đồng bộ không thành công")
def sync() -> None:
    """Đồng bộ với máy chủ tỉnh: gửi thay đổi trên máy rồi nhận dữ liệu mới.

    'wardbook sync status' cho biết tình trạng đồng bộ."""
    ctx = click.get_current_context()
    if ctx.invoked_subcommand is not None:
        return
    from desktop_app.core.sync.client import status as sync_status
    from desktop_app.core.sync.client import sync as run_sync

    progress = _SyncProgress()
    with _open() as ws:
        try:
            report = run_sync(ws, progress=progress)
        finally:
            progress.finish()
        st = sync_status(ws)
    data = report.as_dict()

    def human() -> None:
        click.echo(_report_line(data, "Đồng bộ xong"))
        for w in data["warnings"]:
            click.echo("Cảnh báo: " + T.sync_warning_text(w))
        for line in _open_items_hint(st):
            click.echo(line)

    _emit({"ok": True, "report": data, "pending": st["pending"], "conflicts": len(st["conflicts"]),
           "rejections": len(st["rejections"]), "last_sync": st["last_sync"]}, human)


def _conflict_value(v: Any) -> str:
    if isinstance(v, dict):
        return "; ".join(f"{T.sync_field_label(k)}: {_conflict_value(x)}" for k, x in v.items())
    if v is None or v == "":
        return "(trống)"
    if v is True:
        return "có"
    if v is False:
        return "không"
    return str(v)


@sync.command("status")
@common
def sync_status_cmd() -> None:
    """Tình trạng đồng bộ: thay đổi chờ gửi, lần đồng bộ cuối, lỗi, xung đột, thay đổi bị từ chối."""
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
            click.echo(f"Máy chủ: {st['server_url']} — đơn vị {st['unit_code']}, quyền {T.sync_role_text(st['role'])}")
        else:
            click.echo("Chưa đăng ký với máy chủ đồng bộ (wardbook enroll --server URL --code MÃ).")
        by_table = ", ".join(f"{T.sync_table_label(t)} {n}" for t, n in sorted(st["pending_by_table"].items()))
        click.echo(f"Thay đổi chờ gửi: {st['pending']}" + (f" ({by_table})" if by_table else ""))
        click.echo("Lần đồng bộ thành công cuối: " + (local_time_text(st["last_sync"]) or "chưa có"))
        if st["last_error"]:
            when = local_time_text(st["last_error_at"])
            click.echo(f"Lỗi lần đồng bộ trước{' (' + when + ')' if when else ''}: {T.sync_error_text(st['last_error'])}")
        else:
            click.echo("Lỗi lần đồng bộ trước: không có")
        if st["clock_warning"]:
            click.echo("Cảnh báo: " + T.sync_warning_text("clock_skew"))
        click.echo(f"Xung đột chờ xử lý: {len(st['conflicts'])}")
        for c in st["conflicts"]:
            if c["kind"] == "delete_beats_edit":
                click.echo(f"  - {row_text(c['table'], c['row_id'])}: đã bị xóa trong khi {c.get('lost_by') or 'máy khác'} "
                           f"sửa ({_conflict_value(c['lost_value'])}); phần sửa được giữ trong xung đột  [{c['id']}]")
            else:
                click.echo(f"  - {row_text(c['table'], c['row_id'])}, {T.sync_field_label(c['field'])}: đang dùng "
                           f"“{_conflict_value(c['kept_value'])}”, bị thay “{_conflict_value(c['lost_value'])}” "
                           f"({c.get('lost_by') or 'không rõ người sửa'})  [{c['id']}]")
        click.echo(f"Thay đổi bị máy chủ từ chối: {len(st['rejections'])}")
        for r in st["rejections"]:
            detail = f" ({r['detail']})" if r.get("detail") else ""
            click.echo(f"  - {row_text(r['table'], r['row_id'])}: {T.sync_reason_text(r['reason'])}{detail}  [{r['op_id']}]")

    _emit(st, human)


@cli.group()
def bundle() -> None:
    """Đồng bộ bằng tệp (USB) khi không có mạng: xuất gói gửi tỉnh, nhập gói trả lời."""


@bundle.command("export")
@click.option("--out", type=click.Path(path_type=Path), required=True, help="Tệp gói dữ liệu sẽ ghi (.wbb).")
@common
@_guard_sync("Xuất gói dữ liệu không thành công")
def bundle_export_cmd(out: Path) -> None:
    """Xuất các thay đổi chờ gửi ra một gói đã mã hóa, ký số (mang lên máy chủ tỉnh để nhập)."""
    from desktop_app.core.sync.bundle import bundle_export

    with _open() as ws:
        info = bundle_export(ws, out)
    _emit(info, lambda: click.echo(
        f"Đã xuất gói {info['ops']} thay đổi ({_number(info['bytes'])} byte) ra {info['path']}. "
        "Nhập gói này trên máy chủ tỉnh, rồi nhập gói trả lời bằng 'wardbook bundle import'."))


@bundle.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@common
@_guard_sync("Nhập gói trả lời không thành công")
def bundle_import_cmd(file: Path) -> None:
    """Nhập gói trả lời của máy chủ tỉnh: xác nhận thay đổi đã gửi, nhận dữ liệu mới."""
    from desktop_app.core.sync.bundle import bundle_import
    from desktop_app.core.sync.client import status as sync_status

    if not file.is_file():
        raise CliExit(EXIT_INPUT, f"Không tìm thấy tệp: {file}")
    with _open() as ws:
        report = bundle_import(ws, file)
        st = sync_status(ws)
    data = report.as_dict()
    push_error = next((w.split(":", 1)[1] for w in data["warnings"] if w.startswith("push_error:")), None)

    def human() -> None:
        click.echo(_report_line(data, "Đã nhập gói trả lời", by_file=True))
        for w in data["warnings"]:
            if not w.startswith("push_error:"):
                click.echo("Cảnh báo: " + T.sync_warning_text(w))
        for line in _open_items_hint(st):
            click.echo(line)

    _emit({"ok": push_error is None, "report": data, "push_error": push_error, "pending": st["pending"],
           "conflicts": len(st["conflicts"]), "rejections": len(st["rejections"])}, human)
    if push_error:
        raise CliExit(_sync_exit(push_error), "Máy chủ không nhận các thay đổi trong gói: " + T.sync_error_text(push_error))


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")
