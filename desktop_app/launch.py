"""The installed commands' entry points (`wardbook`, `wardbook-gui`), kept light: a process
the app starts for its own work (the workbook reader of a big import, started by `spawn` as
Windows starts every process) runs the main module again before its task, so the app itself is
imported here only when a command runs."""

from __future__ import annotations


def gui() -> int:
    from desktop_app.ui.app import main

    return main()


def cli() -> None:
    from desktop_app.cli import run

    run()
