"""`wardbook`: administration and scripting from the command line.

Every command takes `--data-dir` (or WARDBOOK_DATA_DIR; default the platform data folder),
`--user` (or WARDBOOK_USER) and `--json`. The password comes from WARDBOOK_PASSWORD or a hidden
prompt; a new password (init, users add/passwd) from WARDBOOK_NEW_PASSWORD or a prompt.

Exit codes: 0 ok, 1 the register cannot be used (damaged, missing, disk full) or a check failed,
2 bad input (one line per problem, naming the field), 3 authentication or permission refused.
Sync (`enroll`, `sync`, `sync status`, `bundle export|import`): 1 when the server cannot be
reached or the sync stopped, 2 for a bad address or bundle file, 3 when the server refuses this
device or code; one Vietnamese line, never a traceback.
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
from desktop_app.core.store.files import replace_file
from desktop_app.texts import DATE_COMES_KINDS, DUE_KINDS_VI

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
        replace_file(tmp, path)  # Windows: retried while another program holds it
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
        from desktop_app.core.domain.vocab import CATEGORY_LABEL_VI, status_label_vi

        for c in cases:
            end = format_date(c.computed_end) if c.computed_end else "—"
            category = CATEGORY_LABEL_VI.get(c.category, c.category)  # type: ignore[call-overload]
            click.echo(f"  Hồ sơ {category} [{status_label_vi(c.category, c.status)}] "
                       f"QĐ {c.decision_number or '—'}, "
                       f"bắt đầu {format_date(c.start_date) if c.start_date else '—'}, kết thúc {end}")
            if c.followup_end or c.clearing_state:
                word = ("Được coi là chưa bị áp dụng" if c.category in ("community_education", "family_management")
                        else "Xóa án tích")
                state = {"deferred": "hoãn: chưa chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự",
                         "restarted": "tính lại từ khi chấp hành xong bản án mới (Điều 73(2) BLHS)",
                         "court_decision": "cần quyết định của Tòa án (Điều 71 BLHS)",
                         "no_sentence": "chưa ghi hình phạt chính"}.get(c.clearing_state, "")
                when = f"đến hạn {format_date(c.followup_end)}" if c.followup_end else ""
                click.echo(f"    {word}: {', '.join(x for x in (when, state) if x)}")
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
    from desktop_app.core.services.backup import make_backup

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
    from desktop_app.core.services.backup import restore_backup

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
        except Exception as e:
            sync_error = _sync_error_class()
            if sync_error is None or not isinstance(e, sync_error):
                raise
            raise CliExit(_sync_exit(e.code), T.sync_error_text(e.code)) from None
    except CliExit as e:
        if e.message:
            click.echo(e.message, err=True)
        return e.code
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())


def _utf8_console() -> None:
    """Vietnamese on any console: a Windows console, pipe or file opened in the ANSI code page
    (cp1252, cp1258, PYTHONIOENCODING=cp1252 …) cannot encode "ổ", and Python would stop with
    UnicodeEncodeError. Such streams are switched to UTF-8 (errors replaced, never raised)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (OSError, ValueError):  # pragma: no cover - a stream that cannot change
                pass


def run() -> None:
    """Console-script entry point."""
    _utf8_console()
    sys.exit(main())
