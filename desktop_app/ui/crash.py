"""What happens when the app meets an error nobody planned for.

- A crash of the process itself (a segmentation fault in Qt, an abort): `faulthandler` writes
  the Python stack of every thread to `logs/faulthandler.log` in the data folder, which a
  support officer can read after the fact (each start writes a line first, so the last crash is
  the text after the last start line). It writes to one file only: the next start copies that
  crash to stderr.
- An uncaught Python exception, in the main code or in a Qt slot (PySide hands those to
  `sys.excepthook`): the traceback is appended to `logs/errors.log` and to stderr, and a
  Vietnamese message box says so; the window stays, with what the user had typed. While that
  box is up, further errors are only logged (a failing repaint cannot stack boxes).
- An exception in a background thread is logged (the work's own error handler tells the user).
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import os
import sys
import threading
import traceback
from pathlib import Path
from typing import Any

from desktop_app.core.store.private import open_private, private_dir

LOG_DIR_NAME = "logs"
CRASH_LOG = "faulthandler.log"
ERROR_LOG = "errors.log"

_state: dict[str, Any] = {"dir": None, "fault_file": None, "box": None, "showing": False}


def log_dir() -> Path | None:
    return _state["dir"]


def install(data_dir: Path, *, show_box: bool = True) -> Path | None:
    """Turns on the fault handler and the exception hooks, logging under `data_dir/logs`.
    Returns that folder, or None when it cannot be written (a read-only folder: the hooks are
    on all the same, the fault handler and the tracebacks then write to stderr only). Safe to
    call again (the last folder wins)."""
    sys.excepthook = excepthook
    threading.excepthook = _thread_excepthook
    _state["show_box"] = show_box
    old = _state["fault_file"]
    logs: Path | None = Path(data_dir) / LOG_DIR_NAME
    try:
        private_dir(logs)
        _echo_last_crash(logs / CRASH_LOG)
        f = open_private(logs / CRASH_LOG, "a", encoding="utf-8")  # kept open: faulthandler writes to its descriptor
        f.write(f"=== WardBook {dt.datetime.now().isoformat(timespec='seconds')} pid {os.getpid()} ===\n")
        f.flush()
        faulthandler.enable(file=f, all_threads=True)
    except OSError:
        logs, f = None, None
        if sys.stderr is not None:
            faulthandler.enable(all_threads=True)
    _state.update(dir=logs, fault_file=f)
    if old is not None:
        old.close()
    return logs


def last_crash(path: Path) -> str | None:
    """The stacks the fault handler wrote during the last run, if that run crashed: the text
    after the last start line, when it holds a fatal error."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    tail = text[text.rfind("=== WardBook"):] if "=== WardBook" in text else text
    return tail if "Fatal Python error" in tail else None


def _echo_last_crash(path: Path) -> None:
    """The fault handler writes to one file only: a crash of the last run is copied to stderr
    at this start (a console or a terminal sees it too)."""
    crash = last_crash(path)
    if crash and sys.stderr is not None:
        try:
            sys.stderr.write(f"WardBook: the last run crashed ({path}):\n{crash}\n")
        except Exception:  # noqa: BLE001 - a broken stderr changes nothing here
            pass


def uninstall() -> None:
    """Back to Python's own hooks (tests)."""
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    if _state["fault_file"] is not None:
        if sys.__stderr__ is not None:
            faulthandler.enable(file=sys.__stderr__, all_threads=True)
        else:
            faulthandler.disable()
        _state["fault_file"].close()
    _state.update(dir=None, fault_file=None, box=None, showing=False)


def log_exception(exc_type, exc, tb, *, where: str = "") -> Path | None:
    """Appends the traceback (with the time) to logs/errors.log and writes it to stderr.
    Returns the log file, or None when no folder is set or it cannot be written."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    if sys.stderr is not None:  # None in a windowed build
        try:
            sys.stderr.write(text)
        except Exception:  # noqa: BLE001 - a broken stderr must not hide the error box
            pass
    logs = _state["dir"]
    if logs is None:
        return None
    path = logs / ERROR_LOG
    try:
        with open_private(path, "a", encoding="utf-8") as f:
            f.write(f"--- {stamp}{' ' + where if where else ''}\n{text}\n")
    except OSError:
        return None
    return path


def excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    path = log_exception(exc_type, exc, tb)
    if _state.get("show_box", True):
        _show_box(path, exc)


def _thread_excepthook(args) -> None:
    if args.exc_type is SystemExit:
        return
    log_exception(args.exc_type, args.exc_value, args.exc_traceback,
                  where=f"thread {args.thread.name if args.thread else '?'}")


def message_text(path: Path | None) -> str:
    from desktop_app.ui.texts import translate

    where = str(path) if path else translate("Crash", "(không ghi được tệp nhật ký)")
    return translate("Crash", "Đã xảy ra lỗi không mong muốn. Cửa sổ vẫn mở, dữ liệu đã lưu không bị ảnh hưởng; "
                              "thao tác vừa rồi có thể chưa hoàn tất, hãy kiểm tra lại rồi làm lại.\n\n"
                              "Chi tiết đã ghi vào {path}. Nếu lỗi lặp lại, hãy gửi tệp này cho người hỗ trợ.").format(path=where)


def _show_box(path: Path | None, exc: BaseException | None) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.ui.texts import translate

    app = QApplication.instance()
    if app is None or _state["showing"]:
        return  # no window to keep, or a box is already up: the log has it
    parent = app.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Crash", "Lỗi không mong muốn"), message_text(path),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("unexpected_error")
    if exc is not None:
        box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    _state["showing"] = True
    _state["box"] = box

    def done(*_a) -> None:
        _state["showing"] = False
        _state["box"] = None
        box.deleteLater()

    box.finished.connect(done)
    box.open()  # no nested event loop inside the hook


def current_box():
    """The error box on screen, if any (tests)."""
    return _state["box"]
