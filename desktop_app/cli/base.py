"""What every command of `wardbook` shares: the group, the common options (--data-dir, --user,
--json), opening the register, password prompts, output as text or JSON, exit codes."""

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
from desktop_app.core.domain.dates import parse_date
from desktop_app.core.errors import (
    StoreError,
    ValidationFailed,
)
from desktop_app.core.paths import default_data_dir
from desktop_app.core.store.files import replace_file

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
