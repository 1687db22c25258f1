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
from desktop_app.core.store.private import open_private
from desktop_app.vocabulary import has, language, table, text

EXIT_OK, EXIT_STORE, EXIT_INPUT, EXIT_AUTH = 0, 1, 2, 3


def say(key: str, **params: Any) -> str:
    """The CLI's words for `key` (catalogue group "cli") in the language of WARDBOOK_LANG."""
    return text("cli", key, params)


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

    @click.option("--data-dir", type=click.Path(path_type=Path), envvar="WARDBOOK_DATA_DIR")
    @click.option("--user", "username", envvar="WARDBOOK_USER")
    @click.option("--json", "as_json", is_flag=True)
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


def _password(env: str = "WARDBOOK_PASSWORD", prompt: str | None = None, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CliExit(EXIT_AUTH if env == "WARDBOOK_PASSWORD" else EXIT_INPUT,
                      say("no_password", env=env))
    return click.prompt(prompt or say("prompt_password"), hide_input=True, confirmation_prompt=confirm)


def _username(required: bool = True) -> str:
    u = _ctx()["username"]
    if not u and required:
        raise CliExit(EXIT_INPUT, say("no_user"))
    return u


def _open():
    from desktop_app.core.services.workspace import Workspace

    return Workspace.open(_ctx()["data_dir"], _username(), _password())


class Progress:
    """Progress of slow work (sync, import, demo) on stderr, silent with --json. On a terminal
    click's progress bar, one per stage (position, ETA); into a pipe or a log one line per
    stage, "stage: done/total", rewritten in place. Called as progress(stage, done, total);
    finish() ends the last stage."""

    def __init__(self, label: Callable[[str], str] = str) -> None:
        self.quiet = bool(_ctx()["json"])
        self.tty = bool(getattr(sys.stderr, "isatty", lambda: False)())
        self.label = label
        self.stage: str | None = None
        self.bar: Any = None
        self.open = False

    def text(self, stage: str, label: str, done: int, total: int) -> str:
        return f"{label}: {done}/{total}" if total > 0 else f"{label}: {done}"

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.quiet:
            return
        if stage != self.stage:
            self.finish()
            self.stage = stage
        label = self.label(stage)
        if self.tty and total > 0:
            if self.bar is None:
                self.bar = click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True)
                self.bar.__enter__()
            self.bar.length = max(total, 1)
            self.bar.update(max(done - self.bar.pos, 0))
        else:
            click.echo(f"\r{self.text(stage, label, done, total):<48}", nl=False, err=True)
            self.open = True
        if total > 0 and done >= total:
            self.finish()

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
        if self.open:
            click.echo("", err=True)
            self.open = False


def _progress_printer() -> Progress:
    """The progress of long work that names its own stages (demo, import)."""
    return Progress()


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
        with open_private(tmp, "w", encoding="utf-8") as fh:  # 0600 (issue 16)
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
    """The `wardbook` command (its help comes from the catalogue: see apply_help)."""


# click words its usage, help headings and errors with gettext.gettext / ngettext, imported into
# each of its modules: in Vietnamese they are looked up in the catalogue's group "click" (msgid =
# click's English text), in English they are click's own.
_CLICK_GETTEXT: dict[str, tuple[Any, Any]] = {}


def install_click_language(lang: str | None = None) -> None:
    """Makes click speak `lang` (default: WARDBOOK_LANG's): "Cách dùng:", "Thiếu tùy chọn",
    "Lỗi:" … in Vietnamese; its own English otherwise."""
    words = table("click", lang or language()) if (lang or language()) != "en" else {}

    def gettext(message: str) -> str:
        return words.get(message, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        message = singular if n == 1 else plural
        return words.get(message, message)

    for name, module in list(sys.modules.items()):
        if not (name == "click" or name.startswith("click.")) or not hasattr(module, "_"):
            continue
        if name not in _CLICK_GETTEXT:
            _CLICK_GETTEXT[name] = (module._, getattr(module, "ngettext", None))
        original, original_n = _CLICK_GETTEXT[name]
        module._ = gettext if words else original  # type: ignore[attr-defined]
        if original_n is not None:
            module.ngettext = ngettext if words else original_n  # type: ignore[attr-defined]


def click_text(message: str) -> str:
    """One of click's own texts in the CLI's language (those click words once, at import)."""
    return table("click", language()).get(message, message) if language() != "en" else message


def apply_help(group: click.Group) -> None:
    """Words every command's and option's help from the catalogue in the language of
    WARDBOOK_LANG: "help.<command path>" and "help.<command path>.<option>" ("help.common.*"
    for --data-dir, --user, --json)."""

    def visit(cmd: click.Command, path: str) -> None:
        key = "help." + (path or "wardbook")
        cmd.help = text("cli", key, default="")
        cmd.short_help = None
        cmd._help_option = None  # click words --help's help when it first makes it: anew
        for p in cmd.params:
            if isinstance(p, click.Option) and p.name == "version":
                p.help = click_text("Show the version and exit.")
            elif isinstance(p, click.Option):
                common_key = f"help.common.{p.name}"
                p.help = text("cli", common_key if has("cli", common_key) else f"{key}.{p.name}", default="") or None
        if isinstance(cmd, click.Group):
            for name, sub in cmd.commands.items():
                visit(sub, f"{path}.{name}" if path else name)

    visit(group, "")


def label(group: str, key: str | None) -> str:
    """The label of a vocabulary key ("gender", "category", "due_kind", …) in the CLI's
    language; the key itself when the catalogue has none, "" for none."""
    return text(group, key) if key and has(group, key) else (key or "")
