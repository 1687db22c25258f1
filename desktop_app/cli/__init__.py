"""`wardbook`: administration and scripting from the command line.

Every command takes `--data-dir` (or WARDBOOK_DATA_DIR; default the platform data folder),
`--user` (or WARDBOOK_USER) and `--json`. The password comes from WARDBOOK_PASSWORD or a hidden
prompt; a new password (init, users add/passwd) from WARDBOOK_NEW_PASSWORD or a prompt.

Exit codes: 0 ok, 1 the register cannot be used (damaged, missing, disk full) or a check failed,
2 bad input (one line per problem, naming the field), 3 authentication or permission refused.
Sync (`enroll`, `sync`, `sync status`, `bundle export|import`): 1 when the server cannot be
reached or the sync stopped, 2 for a bad address or bundle file, 3 when the server refuses this
device or code; one line, never a traceback.

Every word comes from the catalogue (desktop_app/vocabulary, group "cli" and the groups of the
codes): Vietnamese, or English under WARDBOOK_LANG=en.
"""


from __future__ import annotations

import sys

import click

from desktop_app import cli_text as T

# the command groups register themselves on `cli` when imported
from desktop_app.cli import demo, documents, due, importing, persons, records, register, reports, sync, users  # noqa: F401
from desktop_app.cli.base import (
    EXIT_AUTH,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_STORE,
    CliExit,
    apply_help,
    cli,
    install_click_language,
    label,
    say,
)
from desktop_app.cli.sync import _sync_error_class, _sync_exit
from desktop_app.core.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    StoreError,
    ValidationFailed,
)

__all__ = ["CliExit", "cli", "main", "run"]


# --- entry point ------------------------------------------------------------------------------------

def _problems_exit(e: ValidationFailed) -> CliExit:
    lines = [T.problem_text(p) for p in e.problems]
    if e.warnings and not e.errors:
        lines.append(say("override_hint"))
    return CliExit(EXIT_INPUT, "\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    install_click_language()  # click's own words (usage, errors) in the language of WARDBOOK_LANG
    apply_help(cli)  # in the language of WARDBOOK_LANG now
    try:
        try:
            cli.main(args=argv, prog_name="wardbook", standalone_mode=False)
        except click.exceptions.Abort:
            raise CliExit(EXIT_INPUT, say("cancelled")) from None
        except click.UsageError as e:
            raise CliExit(EXIT_INPUT, e.format_message()) from None
        except click.exceptions.Exit as e:
            return int(e.exit_code or 0)
        except ValidationFailed as e:
            raise _problems_exit(e) from None
        except AuthenticationFailed as e:
            raise CliExit(EXIT_AUTH, T.auth_text(e)) from None
        except PermissionDenied as e:
            raise CliExit(EXIT_AUTH, say("not_permitted", action=e.action, role=label("role", str(e.role)))) from None
        except NotFound as e:
            raise CliExit(EXIT_INPUT, say("not_found", kind=e.kind, ident=e.ident)) from None
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



if __name__ == "__main__":
    sys.exit(main())
