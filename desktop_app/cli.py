"""`wardbook`: administration and scripting from the command line.

Every command takes `--data-dir` (or WARDBOOK_DATA_DIR; default the platform data folder),
`--user` (or WARDBOOK_USER) and `--json`. The password comes from WARDBOOK_PASSWORD or a hidden
prompt; a new password (init, users add/passwd) from WARDBOOK_NEW_PASSWORD or a prompt.

Exit codes: 0 ok, 1 the register cannot be used (damaged, missing, disk full) or a check failed,
2 bad input (one line per problem, naming the field), 3 authentication or permission refused.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable

import click

from desktop_app import cli_text as T
from desktop_app.core.domain.dates import format_date, parse_date
from desktop_app.core.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    StoreError,
    ValidationFailed,
)
from desktop_app.core.paths import default_data_dir

EXIT_OK, EXIT_STORE, EXIT_INPUT, EXIT_AUTH = 0, 1, 2, 3


class CliExit(Exception):
    def __init__(self, code: int, message: str = ""):
        self.code, self.message = code, message


class DateType(click.ParamType):
    """dd/mm/yyyy (also d/m/yy, dd-mm-yyyy) or ISO yyyy-mm-dd."""

    name = "date"

    def convert(self, value: Any, param: Any, ctx: Any) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return parse_date(str(value), field=param.name if param else "date")
        except ValidationFailed as e:
            raise CliExit(EXIT_INPUT, "\n".join(T.problem_text(p) for p in e.problems)) from None


DATE = DateType()


def common(f: Callable) -> Callable:
    """--data-dir, --user, --json on every command, so they may be written after it."""

    @click.option("--data-dir", type=click.Path(path_type=Path), envvar="WARDBOOK_DATA_DIR",
                  help="Thư mục sổ đăng ký (WARDBOOK_DATA_DIR).")
    @click.option("--user", "username", envvar="WARDBOOK_USER", help="Tên đăng nhập (WARDBOOK_USER).")
    @click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
    @functools.wraps(f)
    def wrapper(*args: Any, data_dir: Path | None, username: str | None, as_json: bool, **kw: Any):
        ctx = click.get_current_context()
        ctx.meta["data_dir"] = Path(data_dir) if data_dir else default_data_dir()
        ctx.meta["username"] = username
        ctx.meta["json"] = as_json
        return f(*args, **kw)

    return wrapper


def _ctx() -> dict[str, Any]:
    return click.get_current_context().meta


def _password(env: str = "WARDBOOK_PASSWORD", prompt: str = "Mật khẩu", confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CliExit(EXIT_AUTH if env == "WARDBOOK_PASSWORD" else EXIT_INPUT,
                      f"Chưa có mật khẩu: đặt biến môi trường {env} hoặc chạy trong cửa sổ lệnh.")
    return click.prompt(prompt, hide_input=True, confirmation_prompt=confirm)


def _username(required: bool = True) -> str:
    u = _ctx()["username"]
    if not u and required:
        raise CliExit(EXIT_INPUT, "Tên đăng nhập (--user): chưa nhập; dùng --user hoặc WARDBOOK_USER.")
    return u


def _open():
    from desktop_app.core.services.workspace import Workspace

    return Workspace.open(_ctx()["data_dir"], _username(), _password())


def _progress_printer() -> Callable[[str, int, int], None]:
    """A progress line on stderr for long work (silent with --json)."""
    quiet = _ctx()["json"]

    def progress(stage: str, done: int, total: int) -> None:
        if not quiet:
            click.echo(f"\r{stage}: {done}/{total}", nl=False, err=True)
            if done >= total:
                click.echo("", err=True)

    return progress


def _emit(obj: Any, human: Callable[[], None]) -> None:
    if _ctx()["json"]:
        click.echo(json.dumps(obj, ensure_ascii=False, indent=1, default=_jsonable))
    else:
        human()


def _jsonable(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if hasattr(v, "model_dump"):
        return v.model_dump(mode="json")
    raise TypeError(type(v).__name__)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise StoreError("disk_write_failed", f"{path}: {e.strerror or e}") from e


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wardbook")
def cli() -> None:
    """WardBook — sổ quản lý đối tượng của Công an xã, phường."""


# --- init and demo --------------------------------------------------------------------------------

@cli.command()
@click.option("--unit-code", required=True, help="Mã đơn vị: 5 chữ số (xã) hoặc 2 chữ số (tỉnh).")
@click.option("--unit-name", required=True, help="Tên đơn vị, ví dụ 'Xã Tích Sơn'.")
@click.option("--admin", required=True, help="Tên đăng nhập của trưởng Công an xã / quản trị.")
@click.option("--full-name", default="", help="Họ và tên người quản trị.")
@click.option("--parent-code", default=None, help="Mã tỉnh của xã.")
@common
def init(unit_code: str, unit_name: str, admin: str, full_name: str, parent_code: str | None) -> None:
    """Tạo sổ đăng ký mới (mã hóa) với tài khoản đầu tiên."""
    from desktop_app.core.services.workspace import Workspace

    data_dir = _ctx()["data_dir"]
    password = _password("WARDBOOK_PASSWORD", "Mật khẩu cho tài khoản quản trị", confirm=True)
    with Workspace.create(data_dir, unit_code=unit_code, unit_name=unit_name, admin=admin,
                          password=password, full_name=full_name, parent_code=parent_code) as ws:
        info = {"data_dir": str(data_dir), "unit_code": ws.unit_code, "unit_name": ws.unit_name,
                "admin": admin, "role": ws.role.value}
    _emit(info, lambda: click.echo(f"Đã tạo sổ đăng ký {unit_name} ({unit_code}) tại {data_dir}; "
                                   f"tài khoản {admin}."))


@cli.command()
@click.option("--profile", type=click.Choice(["commune", "seed"]), default="commune", show_default=True,
              help="commune: một xã mẫu; seed: văn phòng tỉnh với số liệu 6 tháng đầu năm 2020.")
@click.option("--persons", type=click.IntRange(1, 2_000_000), default=None, help="Số đối tượng.")
@common
def demo(profile: str, persons: int | None) -> None:
    """Tạo sổ đăng ký mẫu (dữ liệu giả lập) trong thư mục dữ liệu."""
    from desktop_app.core.demo import create_demo

    data_dir = _ctx()["data_dir"]
    username = _username()
    password = _password("WARDBOOK_PASSWORD", "Mật khẩu cho tài khoản mẫu", confirm=True)
    progress = _progress_printer()

    with create_demo(data_dir, username=username, password=password, profile=profile,
                     persons=persons, progress=progress) as ws:
        counts = ws.exporter.dump(audit=False)["counts"]
    _emit({"data_dir": str(data_dir), "profile": profile, "counts": counts},
          lambda: click.echo(f"Đã tạo sổ mẫu ({profile}) tại {data_dir}: "
                             + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))))


# --- people -----------------------------------------------------------------------------------------

@cli.command()
@click.argument("text")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@common
def search(text: str, limit: int) -> None:
    """Tìm người theo tên (không dấu cũng được), số CCCD hoặc địa chỉ."""
    with _open() as ws:
        page = ws.persons.search(text, limit=limit, with_total=True)
    rows = [r.model_dump() for r in page.rows]

    def human() -> None:
        if not rows:
            click.echo("Không tìm thấy ai.")
            return
        for r in page.rows:
            born = r.birth_date or ""
            click.echo(f"{r.full_name:<32} {born:<10} {r.cccd or '':<12} {r.current_address[:40]:<40} {r.id}")
        click.echo(f"({len(rows)}/{page.total})")

    _emit({"total": page.total, "rows": rows}, human)


@cli.group()
def person() -> None:
    """Hồ sơ một người."""


@person.command("show")
@click.argument("person_id")
@common
def person_show(person_id: str) -> None:
    """Xem hồ sơ một người (việc xem được ghi nhật ký)."""
    with _open() as ws:
        p = ws.persons.get(person_id)
        cases = ws.cases.for_person(person_id)
        timelines = {c.id: ws.cases.timeline(c.id) for c in cases}
    data = {"person": p.model_dump(mode="json"), "cases": [c.model_dump(mode="json") for c in cases],
            "timeline": {k: [e.model_dump(mode="json") for e in v] for k, v in timelines.items()}}

    def human() -> None:
        click.echo(f"{p.full_name}  ({p.id})")
        click.echo(f"  Ngày sinh: {p.birth_date or '—'}   Giới tính: {p.gender or '—'}   CCCD: {p.cccd or '—'}")
        click.echo(f"  Thường trú: {p.permanent_address or '—'}")
        click.echo(f"  Nơi ở hiện tại: {p.current_address or '—'}")
        for c in cases:
            end = format_date(c.computed_end) if c.computed_end else "—"
            click.echo(f"  Hồ sơ {c.category} [{c.status}] QĐ {c.decision_number or '—'}, "
                       f"bắt đầu {format_date(c.start_date) if c.start_date else '—'}, kết thúc {end}")
            for e in timelines[c.id][:10]:
                click.echo(f"    {format_date(e.date)} {e.kind}/{e.subkind}: {e.summary[:60]}")

    _emit(data, human)


@cli.command()
@click.option("--on", "on", type=DATE, default=None, help="Ngày xét (mặc định hôm nay).")
@click.option("--unit", default=None, help="Mã xã.")
@click.option("--officer", default=None, help="Cán bộ phụ trách.")
@click.option("--within", type=click.IntRange(0, 366), default=None, help="Số ngày tới.")
@common
def due(on: dt.date | None, unit: str | None, officer: str | None, within: int | None) -> None:
    """Việc đến hạn: đánh giá, thăm gặp, hồ sơ sắp hết hạn, xóa án tích."""
    with _open() as ws:
        items = ws.due.list(on=on, unit_code=unit, officer=officer, within_days=within)
    labels = {"assessment": "Đánh giá", "visit": "Thăm gặp", "case_ending": "Sắp hết hạn",
              "record_clearing": "Xóa án tích", "review": "Rà soát"}

    def human() -> None:
        if not items:
            click.echo("Không có việc đến hạn.")
        for i in items:
            when = f"quá hạn {-i.days} ngày" if i.days < 0 else f"còn {i.days} ngày"
            click.echo(f"{format_date(i.due_date)}  {labels.get(i.kind, i.kind):<12} {i.full_name:<30} {when}")

    _emit([i.model_dump(mode="json") for i in items], human)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), required=True)
@common
def export(fmt: str, out: Path) -> None:
    """Xuất toàn bộ hồ sơ trong phạm vi (ổn định, đã sắp xếp)."""
    with _open() as ws:
        dump = ws.exporter.dump()
    _write_atomic(out, json.dumps(dump, ensure_ascii=False, indent=1, sort_keys=True))
    _emit({"out": str(out), "counts": dump["counts"]},
          lambda: click.echo(f"Đã xuất {sum(dump['counts'].values())} bản ghi ra {out}"))


@cli.command()
@click.option("--from", "date_from", type=DATE, required=True, help="Từ ngày.")
@click.option("--to", "date_to", type=DATE, required=True, help="Đến ngày.")
@click.option("--unit", default=None, help="Mã xã (mặc định: mọi đơn vị trong phạm vi).")
@click.option("--format", "fmt", type=click.Choice(["json", "xlsx", "pdf", "docx"]), default="json", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Tệp kết quả (bắt buộc trừ JSON).")
@click.option("--number", default=None, help="Số báo cáo (Số: …/BC-…).")
@click.option("--signer", default=None, help="Người ký.")
@click.option("--agency", default=None, help="Cơ quan cấp trên, ví dụ 'Công an tỉnh Phú Thọ'.")
@common
def report(date_from: dt.date, date_to: dt.date, unit: str | None, fmt: str, out: Path | None,
           number: str | None, signer: str | None, agency: str | None) -> None:
    """Báo cáo số liệu trong kỳ (JSON, Excel, PDF, Word theo Nghị định 30/2020)."""
    from desktop_app.core.reports import export_report, period_report

    if date_to < date_from:
        raise CliExit(EXIT_INPUT, "Đến ngày (to): trước Từ ngày (from).")
    if out is None and fmt != "json":
        raise CliExit(EXIT_INPUT, "Tệp kết quả (--out): cần cho định dạng " + fmt + ".")
    with _open() as ws:
        data = period_report(ws, date_from, date_to, unit_code=unit)
        if out is None:
            ws.audit.record("report", entity="report", detail={"from": date_from.isoformat(),
                                                               "to": date_to.isoformat(), "unit": unit})
            click.echo(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))
            return
        doc = {k: v for k, v in (("number", number), ("agency", agency)) if v}
        if signer:
            doc["signer"] = signer
        path = export_report(ws, data, out, fmt, **doc)
    _emit({"out": str(path), "format": fmt}, lambda: click.echo(f"Đã ghi báo cáo {fmt.upper()}: {path}"))


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


# --- users ------------------------------------------------------------------------------------------

@cli.group()
def users() -> None:
    """Tài khoản và vai trò."""


@users.command("add")
@click.argument("new_username")
@click.option("--role", type=click.Choice(["officer", "chief", "province_admin"]), default="officer",
              show_default=True)
@click.option("--full-name", default="")
@click.option("--unit", default=None)
@common
def users_add(new_username: str, role: str, full_name: str, unit: str | None) -> None:
    """Thêm tài khoản (mật khẩu từ WARDBOOK_NEW_PASSWORD hoặc nhập)."""
    with _open() as ws:
        pw = _password("WARDBOOK_NEW_PASSWORD", f"Mật khẩu cho {new_username}", confirm=True)
        ws.users.add({"username": new_username, "role": role, "full_name": full_name, "unit_code": unit}, pw)
    _emit({"username": new_username, "role": role}, lambda: click.echo(f"Đã thêm tài khoản {new_username} ({role})."))


@users.command("list")
@common
def users_list() -> None:
    """Danh sách tài khoản."""
    with _open() as ws:
        rows = ws.users.list()
    _emit([r.model_dump() for r in rows], lambda: [
        click.echo(f"{r.username:<20} {r.role:<15} {r.unit_code:<6} {'' if r.active else '(vô hiệu)'} {r.full_name}")
        for r in rows])


@users.command("passwd")
@click.argument("target", required=False)
@common
def users_passwd(target: str | None) -> None:
    """Đổi mật khẩu của mình, hoặc đặt lại mật khẩu cho cán bộ (trưởng Công an xã)."""
    with _open() as ws:
        new = _password("WARDBOOK_NEW_PASSWORD", "Mật khẩu mới", confirm=True)
        if target is None or target == ws.username:
            ws.users.change_password(_password(), new)
            who = ws.username
        else:
            ws.users.reset_password(target, new)
            who = target
    _emit({"username": who}, lambda: click.echo(f"Đã đổi mật khẩu của {who}."))


@users.command("disable")
@click.argument("target")
@common
def users_disable(target: str) -> None:
    """Vô hiệu hóa một tài khoản (mật khẩu của tài khoản đó không mở được sổ nữa)."""
    with _open() as ws:
        ws.users.set_active(target, False)
    _emit({"username": target, "active": False}, lambda: click.echo(f"Đã vô hiệu hóa {target}."))


# --- audit ------------------------------------------------------------------------------------------

@cli.group()
def audit() -> None:
    """Nhật ký truy cập và chỉnh sửa."""


@audit.command("verify")
@common
def audit_verify() -> None:
    """Kiểm tra chuỗi băm của nhật ký; báo dòng đầu tiên bị sửa, xóa hoặc đảo."""
    with _open() as ws:
        v = ws.audit.verify()
    data = {"ok": v.ok, "checked": v.checked, "first_broken_seq": v.first_broken_seq, "reason": v.reason}
    _emit(data, lambda: click.echo(
        f"Nhật ký nguyên vẹn: {v.checked} dòng." if v.ok else
        f"Nhật ký bị can thiệp tại dòng {v.first_broken_seq} ({v.reason}); đã kiểm {v.checked} dòng."))
    if not v.ok:
        raise CliExit(EXIT_STORE)


@audit.command("list")
@click.option("--person", "person_id", default=None)
@click.option("--by", "by_user", default=None, help="Lọc theo người dùng.")
@click.option("--from", "date_from", type=DATE, default=None)
@click.option("--to", "date_to", type=DATE, default=None)
@click.option("--action", default=None)
@click.option("--limit", type=click.IntRange(1, 100000), default=500, show_default=True)
@common
def audit_list(person_id, by_user, date_from, date_to, action, limit) -> None:
    """Liệt kê nhật ký (lọc theo người, người dùng, khoảng ngày)."""
    with _open() as ws:
        rows = ws.audit.list(person_id=person_id, username=by_user, date_from=date_from,
                             date_to=date_to, action=action, limit=limit)
    _emit([r.model_dump() for r in rows], lambda: [
        click.echo(f"{r.seq:>6} {r.at[:19]} {r.username:<14} {r.action:<18} {r.entity} {r.entity_id}")
        for r in rows])


# --- backups and health ----------------------------------------------------------------------------

@cli.command()
@click.option("--out", type=click.Path(path_type=Path), required=True, help="Tệp hoặc thư mục đích.")
@common
def backup(out: Path) -> None:
    """Sao lưu trực tuyến, mã hóa, kiểm tra lại sau khi ghi."""
    from desktop_app.core.store.backup import make_backup

    with _open() as ws:
        info = make_backup(ws, out)
    _emit({"path": str(info.path), "size": info.size, "sha256": info.sha256, "counts": info.counts},
          lambda: click.echo(f"Đã sao lưu và kiểm tra: {info.path} ({info.size:,} byte)".replace(",", ".")))


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Cho phép khôi phục sổ của đơn vị khác vào thư mục này.")
@common
def restore(file: Path, force: bool) -> None:
    """Khôi phục từ bản sao lưu; sổ hiện có được giữ lại trong backups/before-restore-…"""
    from desktop_app.core.store.backup import restore_backup

    info = restore_backup(file, _ctx()["data_dir"], username=_username(), password=_password(), force=force)
    _emit({"data_dir": str(info.data_dir), "counts": info.counts,
           "moved_aside": str(info.moved_aside) if info.moved_aside else None},
          lambda: click.echo(f"Đã khôi phục sổ {info.unit_code} từ bản sao lưu {info.backup_created_at}."
                             + (f" Sổ cũ được giữ tại {info.moved_aside}." if info.moved_aside else "")))


@cli.command()
@click.option("--rebuild-index", is_flag=True, help="Dựng lại chỉ mục tìm kiếm.")
@common
def doctor(rebuild_index: bool) -> None:
    """Kiểm tra tính toàn vẹn của sổ đăng ký (tệp, mã hóa, khóa ngoại, chỉ mục, nhật ký)."""
    from desktop_app.core.services.maintenance import doctor as run_doctor

    with _open() as ws:
        report = run_doctor(ws, rebuild=rebuild_index)
    import dataclasses

    data = dataclasses.asdict(report)
    labels = {"integrity": "tệp dữ liệu hỏng", "cipher_integrity": "trang mã hóa sai", "foreign_keys": "liên kết hỏng",
              "fts_index": "chỉ mục tìm kiếm hỏng (chạy lại với --rebuild-index)", "audit_chain": "nhật ký bị can thiệp",
              "journal_mode": "không ở chế độ WAL", "synchronous": "chưa ghi đồng bộ FULL",
              "foreign_keys_off": "khóa ngoại bị tắt"}
    _emit(data, lambda: click.echo("Sổ đăng ký nguyên vẹn." if report.ok else
                                   "Phát hiện vấn đề:\n" + "\n".join(f"- {labels.get(p, p)}" for p in report.problems)))
    if not report.ok:
        raise CliExit(EXIT_STORE)


# --- entry point ------------------------------------------------------------------------------------

def _problems_exit(e: ValidationFailed) -> CliExit:
    lines = [T.problem_text(p) for p in e.problems]
    if e.warnings and not e.errors:
        lines.append(T.OVERRIDE_HINT_VI)
    return CliExit(EXIT_INPUT, "\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    try:
        try:
            cli.main(args=argv, prog_name="wardbook", standalone_mode=False)
        except click.exceptions.Abort:
            raise CliExit(EXIT_INPUT, "Đã hủy.") from None
        except click.UsageError as e:
            raise CliExit(EXIT_INPUT, e.format_message()) from None
        except click.exceptions.Exit as e:
            return int(e.exit_code or 0)
        except ValidationFailed as e:
            raise _problems_exit(e) from None
        except AuthenticationFailed as e:
            raise CliExit(EXIT_AUTH, T.auth_text(e)) from None
        except PermissionDenied as e:
            raise CliExit(EXIT_AUTH, f"Không có quyền: {e.action} (vai trò {e.role}).") from None
        except NotFound as e:
            raise CliExit(EXIT_INPUT, f"Không tìm thấy {e.kind}: {e.ident}") from None
        except StoreError as e:
            raise CliExit(EXIT_STORE, T.store_text(e)) from None
    except CliExit as e:
        if e.message:
            click.echo(e.message, err=True)
        return e.code
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
