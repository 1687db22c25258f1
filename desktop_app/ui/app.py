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
    p = argparse.ArgumentParser(prog="wardbook-gui")
    p.add_argument("--data-dir", type=Path, default=None)
    p.add_argument("--user", default=os.environ.get("WARDBOOK_USER", ""))
    p.add_argument("--screenshots", type=Path, default=None, metavar="DIR",
                   help="render every page on a fresh demo register to PNG files in DIR, then exit")
    p.add_argument("--idle-minutes", type=float, default=float(os.environ.get("WARDBOOK_IDLE_MINUTES", 10)))
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    from desktop_app.core.paths import default_data_dir
    from desktop_app.core.services.workspace import register_exists
    from desktop_app.ui.login import FirstRunDialog, LoginDialog
    from desktop_app.ui.main_window import MainWindow

    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("WardBook")
    if args.screenshots:
        from desktop_app.ui.screenshots import render_all

        for path in render_all(args.screenshots):
            print(path)
        return 0
    data_dir = args.data_dir or default_data_dir()
    ops = Ops()
    ws = None
    if not register_exists(data_dir):
        first = FirstRunDialog(data_dir, ops)
        if first.exec() != QDialog.DialogCode.Accepted:
            return 0
        ws = first.workspace
    else:
        login = LoginDialog(data_dir, ops, username=args.user)
        if login.exec() != QDialog.DialogCode.Accepted:
            return 0
        ws = login.workspace
    win = MainWindow(ws, ops, idle_minutes=args.idle_minutes)
    win.show()
    code = app.exec()
    ops.shutdown()
    ws.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
