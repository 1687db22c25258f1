"""`wardbook init`, `backup`, `restore`, `doctor`: the register itself."""

from __future__ import annotations

from pathlib import Path

import click

from desktop_app.cli.base import (
    EXIT_STORE,
    CliExit,
    _ctx,
    _emit,
    _open,
    _password,
    _username,
    cli,
    common,
)

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
