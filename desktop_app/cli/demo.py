"""`wardbook demo`: a sample register."""

from __future__ import annotations

import click

from desktop_app.cli.base import (
    _ctx,
    _emit,
    _password,
    _progress_printer,
    _username,
    cli,
    common,
)


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
