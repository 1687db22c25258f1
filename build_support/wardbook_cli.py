"""Entry of wardbook-cli(.exe) in the installer build: the `wardbook` command line (a console
program, so it can print on Windows where WardBook.exe has no console). `wardbook-cli
--selftest` runs the app's self-test with its report on the console."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if sys.argv[1:2] == ["--selftest"]:
        from desktop_app.cli import _utf8_console

        _utf8_console()  # a Windows console in its ANSI code page prints the report too
        from desktop_app.ui.selftest import main as selftest

        sys.exit(selftest())
    from desktop_app.cli import run

    run()
