"""`wardbook-server …`: run the provincial server and administer it. Every command takes
`--db URL` (or WARDBOOK_SERVER_DB): an SQLite file by default, PostgreSQL with
`postgresql+psycopg://user@host/dbname`."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any, Callable

import click

from sync_server.core.config import DEFAULT_DB, Settings


def with_db(f: Callable) -> Callable:
    @click.option("--db", "db", envvar="WARDBOOK_SERVER_DB", default=DEFAULT_DB, show_default=True,
                  help="CSDL máy chủ: tệp SQLite hoặc postgresql+psycopg://… (WARDBOOK_SERVER_DB).")
    @functools.wraps(f)
    def wrapper(*args: Any, db: str, **kw: Any) -> Any:
        return f(*args, db=db, **kw)

    return wrapper


def _engine(db: str):  # noqa: ANN202
    from sync_server.core.db import make_engine, migrate

    engine = make_engine(db)
    migrate(engine)
    return engine


def _fail(message: str, code: int = 1) -> None:
    click.echo(message, err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Máy chủ đồng bộ cấp tỉnh của WardBook."""


@cli.command()
@with_db
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Số tiến trình phục vụ (PostgreSQL: bằng số lõi CPU).")
@click.option("--tls-cert", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Chứng chỉ TLS (PEM): phục vụ HTTPS. Máy xã ghim chứng chỉ này khi đăng ký.")
@click.option("--tls-key", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Khoá riêng của chứng chỉ TLS (PEM).")
@click.option("--log-level", default="warning", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
@click.option("--clock-max-ahead", type=click.FloatRange(0, 7 * 24 * 3600), default=None,
              help="Số giây tối đa một thay đổi được ghi giờ vượt trước đồng hồ máy chủ (mặc định 300 = 5 phút; "
                   "hoặc biến môi trường WARDBOOK_SERVER_CLOCK_MAX_AHEAD_SECONDS). Vượt quá thì máy chủ ghi lại "
                   "theo giờ của mình và báo cho máy xã.")
def run(db: str, host: str, port: int, workers: int, tls_cert: str | None, tls_key: str | None,
        log_level: str, clock_max_ahead: float | None) -> None:
    """Chạy máy chủ (API tại /api/v1, tài liệu tại /docs)."""
    import os

    if clock_max_ahead is not None:  # (the workers read their settings from the environment)
        os.environ["WARDBOOK_SERVER_CLOCK_MAX_AHEAD_SECONDS"] = str(clock_max_ahead)

    import uvicorn

    from sync_server.main import create_app, freeze_startup

    if bool(tls_cert) != bool(tls_key):
        _fail("--tls-cert và --tls-key phải đi cùng nhau.", 2)
    _engine(db).dispose()  # migrate once, before any worker starts
    scheme = "https" if tls_cert else "http"
    click.echo(f"WardBook server: {scheme}://{host}:{port}/docs  (db: {_safe_url(db)})", err=True)
    tls = {"ssl_certfile": tls_cert, "ssl_keyfile": tls_key} if tls_cert else {}
    http = "sync_server.main:H11NoDelay"  # TCP_NODELAY on every connection (see there)
    if workers == 1:
        app = freeze_startup(create_app(Settings(db=db, host=host, port=port), run_migrations=False))
        uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False, http=http, **tls)
        return
    os.environ["WARDBOOK_SERVER_DB"] = db
    uvicorn.run("sync_server.main:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level=log_level, access_log=False, http=http, **tls)


def _safe_url(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        cred, host = rest.rsplit("@", 1)
        return f"{scheme}://{cred.split(':', 1)[0]}:***@{host}" if ":" in cred else url
    return url


@cli.command()
@with_db
def migrate(db: str) -> None:
    """Tạo hoặc nâng cấp CSDL máy chủ."""
    _engine(db).dispose()
    click.echo("OK")


@cli.command("enroll-code")
@with_db
@click.option("--unit", "unit_code", required=True, help="Mã xã (5 chữ số) hoặc mã tỉnh (2 chữ số).")
@click.option("--unit-name", default="", help="Tên đơn vị (ghi vào danh sách đơn vị nếu chưa có).")
@click.option("--parent", "parent_code", default=None, help="Mã tỉnh của xã (nếu máy chủ chưa biết).")
@click.option("--role", type=click.Choice(["chief", "officer", "province_admin", "viewer"]), default=None,
              help="Quyền của máy: mặc định chief (xã) hoặc province_admin (tỉnh).")
@click.option("--days", type=click.IntRange(1, 90), default=7, show_default=True, help="Số ngày hiệu lực.")
def enroll_code(db: str, unit_code: str, unit_name: str, parent_code: str | None, role: str | None,
                days: int) -> None:
    """Tạo mã đăng ký dùng một lần cho một máy; mã là từ cuối cùng của dòng in ra."""
    from sync_server.core.db import write_tx
    from sync_server.services import enrollment
    from sync_server.services.units import UnitFileError

    unit_code = unit_code.strip()
    if not unit_code.isdigit() or len(unit_code) not in (2, 5):
        _fail(f"Mã đơn vị phải có 2 hoặc 5 chữ số: {unit_code!r}", 2)
    engine = _engine(db)
    try:
        with write_tx(engine) as conn:
            code = enrollment.create_code(conn, unit_code, unit_name=unit_name, role=role,
                                          parent_code=parent_code, days=days)
    except (ValueError, UnitFileError) as e:
        _fail(str(e), 2)
    finally:
        engine.dispose()
    click.echo(f"Mã đăng ký cho đơn vị {unit_code} (hiệu lực {days} ngày, dùng một lần): {code}")


@cli.group()
def units() -> None:
    """Danh sách đơn vị hành chính của tỉnh."""


@units.command("load")
@with_db
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def units_load(db: str, file: Path) -> None:
    """Nạp danh sách xã (CSV: code,name,parent_code; hoặc JSON)."""
    from sync_server.core.db import write_tx
    from sync_server.services import units as unit_svc

    try:
        rows = unit_svc.read_unit_file(file)
    except (unit_svc.UnitFileError, ValueError, KeyError) as e:
        _fail(f"Tệp đơn vị không hợp lệ: {e}", 2)
    engine = _engine(db)
    try:
        with write_tx(engine) as conn:
            added, updated = unit_svc.load_units(conn, rows)
    except unit_svc.UnitFileError as e:
        _fail(f"Tệp đơn vị không hợp lệ: {e}", 2)
    finally:
        engine.dispose()
    click.echo(f"Đã nạp {added} đơn vị mới, cập nhật {updated}.")


@units.command("list")
@with_db
@click.option("--json", "as_json", is_flag=True)
def units_list(db: str, as_json: bool) -> None:
    from sync_server.core.db import read_tx
    from sync_server.services import units as unit_svc

    engine = _engine(db)
    with read_tx(engine) as conn:
        rows = unit_svc.list_units(conn)
    engine.dispose()
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for r in rows:
        click.echo(f"{r['code']:>5}  {r['level']:<8} {r['parent_code'] or '':>3}  {r['name']}")


@cli.command()
@with_db
@click.option("--json", "as_json", is_flag=True)
@click.option("--revoke", "revoke_id", default=None, metavar="DEVICE_ID", help="Thu hồi một máy.")
@click.option("--reset-root", "reset_register", default=None, metavar="REGISTER_ID",
              help="Quên khóa gốc tài khoản của một sổ (root_mismatch): lần đăng ký sau ghim khóa mới.")
def devices(db: str, as_json: bool, revoke_id: str | None, reset_register: str | None) -> None:
    """Các máy đã đăng ký (thu hồi một máy; đặt lại khóa gốc tài khoản của một sổ)."""
    from sync_server.core.db import read_tx, write_tx
    from sync_server.services import accounts, enrollment

    engine = _engine(db)
    try:
        if revoke_id:
            with write_tx(engine) as conn:
                if not enrollment.revoke(conn, revoke_id):
                    _fail(f"Không có máy {revoke_id}", 1)
            click.echo(f"Đã thu hồi máy {revoke_id}")
            return
        if reset_register:
            with write_tx(engine) as conn:
                if not accounts.reset_root(conn, reset_register):
                    _fail(f"Không có khóa gốc của sổ {reset_register}", 1)
            click.echo(f"Đã đặt lại khóa gốc tài khoản của sổ {reset_register}")
            return
        with read_tx(engine) as conn:
            rows = enrollment.list_devices(conn)
    finally:
        engine.dispose()
    if as_json:
        click.echo(json.dumps([r.model_dump(mode="json") for r in rows], ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("Chưa có máy nào đăng ký.")
    for r in rows:
        seen = r.last_seen_at.strftime("%d/%m/%Y %H:%M") if r.last_seen_at else "chưa đồng bộ"
        state = " (đã thu hồi)" if r.revoked else ""
        click.echo(f"{r.id}  {r.unit_code:>5}  {r.role:<14} seq {r.last_applied_seq:<8} {seen}  {r.name}{state}")


@cli.command("new-epoch")
@with_db
def new_epoch(db: str) -> None:
    """Sau khi khôi phục CSDL máy chủ từ bản sao lưu: đổi epoch để mọi máy gửi lại và tải lại."""
    import secrets

    from sync_server.core.db import set_meta, write_tx
    from sync_server.services.push import EPOCH_BASE_KEY, epoch_base

    engine = _engine(db)
    with write_tx(engine) as conn:
        epoch = secrets.token_hex(8)
        set_meta(conn, "server_epoch", epoch)
        # versions stamped after this were never seen by a laptop's restated rows
        set_meta(conn, EPOCH_BASE_KEY, epoch_base(conn))
    engine.dispose()
    click.echo(f"Epoch mới: {epoch}")


@cli.command("purge-tombstones")
@with_db
@click.option("--unit", default=None, help="Chỉ một đơn vị.")
def purge_tombstones(db: str, unit: str | None) -> None:
    """Xoá hẳn các bản ghi đã xoá (máy nào tụt lại sẽ tải lại từ đầu)."""
    from sync_server.core.db import write_tx
    from sync_server.services import pull as pull_svc

    engine = _engine(db)
    with write_tx(engine) as conn:
        out = pull_svc.purge_tombstones(conn, unit)
    engine.dispose()
    click.echo(f"Đã xoá hẳn {sum(out.values())} bản ghi đã xoá ở {len(out)} đơn vị.")


_ANCHOR_FLAGS = {
    "cut": "NHẬT KÝ BỊ CẮT (gửi {count} dòng, ít hơn mốc {prev})",
    "rewritten": "NHẬT KÝ BỊ VIẾT LẠI (chuỗi không nối tiếp mốc {prev} dòng)",
    "bad_signature": "MỐC SAI CHỮ KÝ (không phải khoá của máy này)",
}


@cli.command()
@with_db
@click.option("--json", "as_json", is_flag=True)
@click.option("--flagged", is_flag=True, help="Chỉ các máy bị gắn cờ.")
@click.option("--accept", "accept_id", default=None, metavar="DEVICE_ID",
              help="Sau khi đã xác minh: gỡ cờ của một máy, lấy mốc nhật ký nó gửi gần nhất làm mốc mới.")
def anchors(db: str, as_json: bool, flagged: bool, accept_id: str | None) -> None:
    """Mốc nhật ký của từng máy: số dòng nhật ký đã neo, và máy nào có nhật ký bị cắt hoặc viết lại."""
    from sync_server.core.db import read_tx, write_tx
    from sync_server.services import anchors as anchor_svc

    engine = _engine(db)
    try:
        if accept_id:
            with write_tx(engine) as conn:
                done = anchor_svc.accept(conn, accept_id)
            if done is None:
                _fail(f"Máy {accept_id} không bị gắn cờ.", 1)
            click.echo(f"Đã gỡ {done['resolved']} cờ của máy {accept_id}"
                       + (f"; mốc mới: {done['count']} dòng." if done["count"] is not None else "."))
            return
        with read_tx(engine) as conn:
            rows = anchor_svc.list_anchors(conn)
    finally:
        engine.dispose()
    if flagged:
        rows = [r for r in rows if r["flag"]]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("Không có máy nào bị gắn cờ." if flagged else "Chưa có máy nào đăng ký.")
    for r in rows:
        anchored = (f"neo {r['anchor_count']} dòng lúc {r['anchor_at'][:16].replace('T', ' ')}"
                    if r["anchor_count"] is not None else "chưa neo")
        flag = ""
        if r["flag"]:
            flag = "  CỜ: " + _ANCHOR_FLAGS.get(r["flag"], r["flag"]).format(
                count=r["flag_count"], prev=r["anchor_count"]) + f" lúc {r['flag_at'][:16].replace('T', ' ')}"
        click.echo(f"{r['device_id']}  {r['unit_code']:>5}  {anchored}{flag}  {r['name']}")


_BUNDLE_MESSAGES = {
    "bundle_corrupt": "Tệp không phải gói dữ liệu WardBook hoặc đã hỏng",
    "bundle_bad_signature": "Chữ ký không khớp: gói đã bị sửa đổi hoặc không do máy đã đăng ký tạo ra. Từ chối",
    "bundle_foreign": "Gói này không được mã hoá cho máy chủ này. Từ chối",
    "bundle_unknown_device": "Gói do một máy chưa đăng ký (hoặc đã bị thu hồi) tạo ra. Từ chối",
    "bundle_wrong_kind": "Đây là gói trả lời, phải nhập trên máy của xã",
    "bundle_too_large": "Gói quá lớn",
}


@cli.group()
def bundle() -> None:
    """Đồng bộ bằng tệp trên thiết bị lưu trữ ngoài (không dùng mạng)."""


@bundle.command("import")
@with_db
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--reply", "reply_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Tệp trả lời để mang về máy của xã.")
def bundle_import(db: str, file: Path, reply_path: Path) -> None:
    """Nhập gói dữ liệu của một máy và ghi gói trả lời."""
    import os

    from desktop_app.core.sync.protocol_bundle import BundleError
    from sync_server.services.bundles import import_bundle

    engine = _engine(db)
    try:
        result = import_bundle(engine, file.read_bytes())
    except BundleError as e:
        _fail(f"{_BUNDLE_MESSAGES.get(e.code, e.code)} ({e.code}).", 3)
    finally:
        engine.dispose()
    tmp = reply_path.with_name(reply_path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(result.reply)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, reply_path)
    again = " (gói này đã được nhập trước đây: không áp dụng lại)" if result.replay else ""
    click.echo(f"Máy {result.device_id} ({result.unit_code}): áp dụng {result.applied} thay đổi, "
               f"từ chối {result.rejected}, gửi về {result.rows} bản ghi{again}.")
    if result.push_error:
        click.echo(f"Cảnh báo: phần gửi lên không áp dụng được ({result.push_error}).", err=True)
    click.echo(f"Gói trả lời: {reply_path}")


def run_cli() -> None:
    cli(prog_name="wardbook-server")


if __name__ == "__main__":  # pragma: no cover
    run_cli()
