"""WardBook desktop entry point: first start (create a register or open the demo one),
login, then the main window. `--data-dir` chooses the register folder."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.ui.ops import Ops


def parse_args(argv: list[str]) -> argparse.Namespace:
    from desktop_app.core.domain.settings import (  # with their environment overrides
        ENVIRONMENT_SETTINGS,
        REGISTER_SETTINGS,
    )

    p = argparse.ArgumentParser(prog="wardbook-gui")
    p.add_argument("--data-dir", type=Path, default=None)
    p.add_argument("--user", default=os.environ.get("WARDBOOK_USER", ""))
    p.add_argument("--screenshots", type=Path, default=None, metavar="DIR",
                   help="render every page on a fresh demo register to PNG files in DIR, then exit")
    p.add_argument("--selftest", action="store_true",
                   help="check this installation on a temporary encrypted register (offscreen), print a "
                        "report, exit 0 when all is well")
    p.add_argument("--lang", choices=list(ENVIRONMENT_SETTINGS["language"].choices), default=None,
                   help="interface language for this run (default: the one chosen in the app, else Vietnamese)")
    p.add_argument("--idle-minutes", type=float, default=REGISTER_SETTINGS["idle_lock_minutes"].from_env(),
                   help="auto-lock after N minutes without input, for this run (default: the register's "
                        "setting, which the chief changes in Administration)")
    p.add_argument("--sync-minutes", type=float, default=REGISTER_SETTINGS["sync_minutes"].from_env(),
                   help="background sync with the provincial server every N minutes when enrolled (0: off), "
                        "for this run (default: the register's setting, which the chief changes in Administration)")
    return p.parse_args(argv)


def _set_icon(app: QApplication) -> None:
    """The shield of resources/icons (the Windows build also carries it in WardBook.exe)."""
    from PySide6.QtGui import QIcon

    from desktop_app.core.paths import resources_dir

    icons = resources_dir() / "icons"
    icon = QIcon()
    for name in ("wardbook-32.png", "wardbook-64.png", "wardbook.png"):
        if (icons / name).is_file():
            icon.addFile(str(icons / name))
    if not icon.isNull():
        app.setWindowIcon(icon)


# The keyboard focus on a button or a check box, plain to see on every style (Fusion's own frame
# is faint, and the windowsvista style's dotted one hard to see on a laptop screen): a person
# who works by Tab must see where Enter or Space will land. Only the focused state is styled,
# so every control keeps its platform look otherwise.
FOCUS_STYLE = """
QPushButton:focus { border: 2px solid #1a5fb4; border-radius: 3px; background-color: #dce8fb;
                    padding: 3px 6px; }
QPushButton:focus:pressed { background-color: #b8cff5; }
QCheckBox:focus, QRadioButton:focus { background-color: #dce8fb; border-radius: 3px; }
"""


def apply_focus_style(app: QApplication) -> None:
    app.setStyleSheet(app.styleSheet() + FOCUS_STYLE)


# Imported while the login dialog waits for the password (the dialog itself needs none of
# them): the store, the services and every page of the main window.
_HEAVY_CORE = ("desktop_app.core.services.workspace",)
_HEAVY_UI = ("desktop_app.ui.main_window",)


def _import_heavy(ops: Ops) -> None:
    """The core's modules on the database thread (where the login opens the register), the
    main window's on this one at the event loop's next turn: the login dialog is up first."""
    import importlib

    from PySide6.QtCore import QTimer

    def core() -> None:
        for m in _HEAVY_CORE:
            importlib.import_module(m)
        importlib.import_module("desktop_app.core.services.workspace").warm_up()  # what open() imports

    ops.query(core, on_done=lambda _r: None, on_error=lambda _e: None)  # an import error shows where the module is used
    QTimer.singleShot(0, lambda: [importlib.import_module(m) for m in _HEAVY_UI])


def main(argv: list[str] | None = None) -> int:
    from desktop_app.core.paths import default_data_dir, register_exists
    from desktop_app.ui import i18n
    from desktop_app.ui.login import LANGUAGE_CHANGED, FirstRunDialog, LoginDialog

    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.selftest:
        from desktop_app.ui.selftest import main as selftest_main

        return selftest_main()  # before any QApplication: it chooses the offscreen platform
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("WardBook")
    _set_icon(app)
    apply_focus_style(app)
    i18n.install(args.lang)  # Qt's and WardBook's catalogues, the locale of dates and numbers
    if args.screenshots:
        from desktop_app.ui.screenshots import render_all

        for path in render_all(args.screenshots, language=i18n.current_language()):
            print(path)
        return 0
    data_dir = args.data_dir or default_data_dir()
    from desktop_app.ui import crash

    crash.install(data_dir)  # a crash leaves its trace in data_dir/logs; an unplanned error shows a box, the window stays
    ops = Ops()
    _import_heavy(ops)
    ws = None
    username = args.user
    while ws is None:
        if not register_exists(data_dir):
            dlg = FirstRunDialog(data_dir, ops)
        else:
            dlg = LoginDialog(data_dir, ops, username=username)
        result = dlg.exec()
        if result == LANGUAGE_CHANGED:  # rebuilt in the chosen language
            i18n.install(dlg.chosen_language)
            if isinstance(dlg, LoginDialog):
                username = dlg.username.text().strip()
            continue
        if result != QDialog.DialogCode.Accepted:
            return 0
        ws = dlg.workspace
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(ws, ops, idle_minutes=args.idle_minutes, sync_minutes=args.sync_minutes)
    win.show_restored()  # maximized the first time, then as the user left it on this computer
    code = app.exec()
    ops.shutdown()
    ws.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
