"""The GUI bars (called from bench/run.py; see bench/README.md), measured on the real app in child
processes under QT_QPA_PLATFORM=offscreen:

1. start-up: from spawning `python -m bench.gui_bench --child …` to the People page of the main
   window holding its first rows. The child runs the app's own entry point
   (`desktop_app.ui.app.main(["--data-dir", DIR, "--user", USER])`): the login dialog it shows is
   filled in and submitted by an event filter (the password comes on stdin), the main window
   opens as it always does, the filter switches it to People, and the clock stops when that
   page's model is filled (`PeoplePage.results_shown`). The floor: spawning a bare PySide6
   script that shows a QMainWindow and exits at the event loop's first idle (a zero timer).
   Both report time.monotonic() (CLOCK_MONOTONIC, one clock for every process) at their
   finish line, so neither pays for its exit; medians of several spawns, alternated.
2. resident memory: VmRSS of the app's process (/proc/self/status) at that same moment, the
   province register open and People shown (VmHWM, the peak, as context); floor: the bare
   window's VmRSS at its finish line.
3. search as you type in the People table: the same child then types people's names and CCCD
   numbers into the page's search field with QTest key clicks, waiting for each keystroke's
   results before the next key. The time of a keystroke runs from the moment the page's
   debounce timer fires (the 150 ms pause the page waits after the last key is a design choice,
   not work; it is left out, and reported beside as "with debounce") to the model reset that
   puts its results in the table (`results_shown`, emitted right after `set_rows`): the worker
   thread's query (page of 200 rows and the total), the queued signal back to the GUI thread,
   and the model reset. The floor: the same `ws.persons.search` calls made directly, in this
   process.

    .venv/bin/python -m bench.gui_bench DATA_DIR [--user U] [--targets N] [--starts N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

# The bare window: what any PySide6 app pays to put a main window up (interpreter, Qt import,
# QApplication on the offscreen platform, one shown QMainWindow, one event-loop turn).
BARE_WINDOW = """\
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
win = QMainWindow()
win.resize(1280, 760)
win.show()
def idle():
    t = time.monotonic()
    rss = [int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmRSS:")][0]
    print(json.dumps({"ready": t, "rss_kib": rss}), flush=True)
    app.quit()
QTimer.singleShot(0, idle)
app.exec()
"""


PASSWORD_PAUSE_MS = 2000  # how long the login dialog waits in the "wait after Enter" starts


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("WARDBOOK_IDLE_MINUTES", None)
    return env


def _spawn(args: list[str], stdin: str = "", timeout: float = 900) -> tuple[float, dict[str, Any]]:
    """Runs a child; returns (seconds from spawn to the child's "ready" stamp, its JSON)."""
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True,
                          env=_env(), timeout=timeout, cwd=Path(__file__).resolve().parent.parent)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"GUI bench child failed ({proc.returncode}): {proc.stderr[-3000:]}")
    data = json.loads(lines[-1])
    return data["ready"] - t0, data | {"t0": t0}


def rss_kib(status: Path = Path("/proc/self/status")) -> dict[str, int]:
    out = {}
    for line in status.read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            out[line.split(":")[0]] = int(line.split()[1])
    return out


# --- the child ---------------------------------------------------------------------------------------

def child(data_dir: Path, user: str, typed: list[str], out: Path | None, pause_ms: int = 0) -> int:
    """Runs the app to its People page, then types `typed` (one string per person) into the
    search field; prints one JSON line (times as CLOCK_MONOTONIC stamps)."""
    password = sys.stdin.readline().rstrip("\n")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    stamps: dict[str, float] = {}
    result: dict[str, Any] = {}

    from desktop_app.ui import app as wardbook_app
    from desktop_app.ui.login import LoginDialog

    # (the main window's module is not imported here: the app imports it while the login
    # dialog waits, and the bench must not do it earlier for the app)
    stamps["imported"] = time.monotonic()

    class Driver(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.win: Any = None
            self.keys: list[dict[str, float | str]] = []
            self.todo = list(typed)
            self.chars: list[str] = []
            self.fired = self.pressed = 0.0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Show:
                if isinstance(obj, LoginDialog) and "login_shown" not in stamps:
                    stamps["login_shown"] = time.monotonic()
                    obj.password.setText(password)

                    def submit(dialog=obj) -> None:
                        stamps["submitted"] = time.monotonic()
                        dialog.login()

                    # at once (the start-up figure), or after a pause as long as a person typing
                    # a password takes (the wait after Enter figure)
                    QTimer.singleShot(pause_ms, submit)
                elif type(obj).__name__ == "MainWindow" and self.win is None:
                    stamps["main_window_shown"] = time.monotonic()
                    self.win = obj
                    obj.people.results_shown.connect(self.first_rows)
                    QTimer.singleShot(0, lambda: obj.show_page("people"))
            return False

        # -- start-up done: the People page has its first rows ----------------------------------
        def first_rows(self, _query: str) -> None:
            page = self.win.people
            page.results_shown.disconnect(self.first_rows)
            stamps["ready"] = time.monotonic()
            result["rows_shown"] = len(page.model.rows)
            result["total_shown"] = page.model.total
            result["memory_kib"] = rss_kib()
            result["threads"] = len(os.listdir("/proc/self/task"))
            # Time the debounce timer's firing: our slot first, then the page's own.
            page._debounce.timeout.disconnect()
            page._debounce.timeout.connect(self.on_fire)
            page._debounce.timeout.connect(page.refresh)
            page.results_shown.connect(self.on_results)
            result["debounce_ms"] = page._debounce.interval()
            QTimer.singleShot(0, self.next_person)

        # -- search as you type ---------------------------------------------------------------------
        def next_person(self) -> None:
            page = self.win.people
            if not self.todo:
                return self.finish()
            page.search.blockSignals(True)  # a new person: start from an empty field, no query
            page.search.clear()
            page.search.blockSignals(False)
            page.search.setFocus()
            self.chars = list(self.todo.pop(0))
            self.next_key()

        def next_key(self) -> None:
            if not self.chars:
                return self.next_person()
            ch = self.chars.pop(0)
            self.fired = 0.0
            self.pressed = time.monotonic()
            QTest.keyClicks(self.win.people.search, ch)

        def on_fire(self) -> None:
            self.fired = time.monotonic()

        def on_results(self, query: str) -> None:
            now = time.monotonic()
            page = self.win.people
            if query != page.search.text() or not self.fired:
                return  # not the answer to the last keystroke
            self.keys.append({"query": query, "ms": (now - self.fired) * 1000,
                              "with_debounce_ms": (now - self.pressed) * 1000, "rows": len(page.model.rows)})
            QTimer.singleShot(0, self.next_key)

        def finish(self) -> None:
            result["keys"] = self.keys
            result["memory_after_typing_kib"] = rss_kib()
            self.win.close()
            QApplication.instance().quit()

    driver = Driver()
    app.installEventFilter(driver)
    code = wardbook_app.main(["--data-dir", str(data_dir), "--user", user])
    result.update(stamps)
    result["exit_code"] = code
    line = json.dumps(result)
    if out:
        out.write_text(line)
    print(line, flush=True)
    return 0


# --- the parent --------------------------------------------------------------------------------------

def pct(xs: list[float], p: float) -> float:
    import math

    s = sorted(xs)
    return s[max(0, min(len(s) - 1, math.ceil(p / 100 * len(s)) - 1))] if s else float("nan")


def bench_gui(data_dir: Path, user: str, password: str, typed: list[str], starts: int) -> dict[str, Any]:
    """Start-up (app and bare window, alternated, `starts` each), memory, and search as you type
    (in the last app start). Returns the figures the table needs."""
    bare, bare_rss, ours, runs = [], [], [], []
    for i in range(starts):
        b, bare_data = _spawn(["-c", BARE_WINDOW])
        bare.append(b)
        bare_rss.append(bare_data["rss_kib"] / 1024)
        last = i == starts - 1
        s, data = _spawn(["-m", "bench.gui_bench", "--child", str(data_dir), "--user", user,
                          *([f"--type={t}" for t in typed] if last else [])], stdin=password + "\n")
        ours.append(s)
        runs.append(data)
    # The wait after Enter: the login dialog left for PASSWORD_PAUSE_MS (a person typing), then
    # submitted; from the submission to People's first rows. Medians of `starts` spawns.
    after_enter = []
    for _ in range(starts):
        _s, data = _spawn(["-m", "bench.gui_bench", "--child", str(data_dir), "--user", user,
                           f"--pause-ms={PASSWORD_PAUSE_MS}"], stdin=password + "\n")
        after_enter.append(data["ready"] - data["submitted"])
    final = runs[-1]
    stages = {k: round((final[k] - final["t0"]) * 1000) for k in
              ("imported", "login_shown", "main_window_shown", "ready") if k in final}
    keys = final.get("keys", [])
    key_ms = [k["ms"] for k in keys]
    # floor of the typing figure: the same searches, straight through the Workspace
    floor_ms = _direct_search_ms(data_dir, user, password, [k["query"] for k in keys])
    memory = final["memory_kib"]
    return {
        "start_s": statistics.median(ours), "bare_s": statistics.median(bare),
        # the first window that takes input: the login dialog, shown (spawn → its Show event)
        "login_s": statistics.median(r["login_shown"] - r["t0"] for r in runs),
        "start_all_s": [round(x, 3) for x in ours], "bare_all_s": [round(x, 3) for x in bare],
        "after_enter_s": statistics.median(after_enter), "after_enter_all_s": [round(x, 3) for x in after_enter],
        "password_pause_ms": PASSWORD_PAUSE_MS,
        "stages_ms": stages, "rows_shown": final.get("rows_shown"), "total_shown": final.get("total_shown"),
        "rss_mb": memory["VmRSS"] / 1024, "hwm_mb": memory["VmHWM"] / 1024,
        "bare_rss_mb": statistics.median(bare_rss),
        "rss_after_typing_mb": final.get("memory_after_typing_kib", {}).get("VmRSS", 0) / 1024,
        "keys": len(keys), "key_p50": pct(key_ms, 50), "key_p95": pct(key_ms, 95),
        "key_max": max(key_ms) if key_ms else float("nan"),
        "key_with_debounce_p95": pct([k["with_debounce_ms"] for k in keys], 95),
        "debounce_ms": final.get("debounce_ms"),
        "slowest_keys": [{"query": k["query"], "ms": round(k["ms"], 1)}
                         for k in sorted(keys, key=lambda k: -k["ms"])[:5]],
        "floor_p50": pct(floor_ms, 50), "floor_p95": pct(floor_ms, 95),
    }


def _direct_search_ms(data_dir: Path, user: str, password: str, queries: list[str]) -> list[float]:
    """What the People page asks the core for on each keystroke (first page of 200 and the total),
    called directly: the floor under the GUI's figure."""
    from desktop_app.core.services.workspace import Workspace
    from desktop_app.ui.pages.people import PAGE

    if not queries:
        return []
    ws = Workspace.open(data_dir, user, password)
    try:
        for q in queries[:20]:
            ws.persons.search(q, limit=PAGE, with_total=True)
        out = []
        for q in queries:
            t = time.perf_counter()
            ws.persons.search(q, limit=PAGE, with_total=True)
            out.append((time.perf_counter() - t) * 1000)
        return out
    finally:
        ws.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.gui_bench")
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--user", default="bench")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--type", action="append", default=[], help="(child) a text to type")
    ap.add_argument("--out", type=Path, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--pause-ms", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--starts", type=int, default=3)
    ap.add_argument("--password", default=None, help="(parent) default: the bench's")
    args = ap.parse_args(argv)
    if args.child:
        return child(args.data_dir, args.user, args.type, args.out, args.pause_ms)
    from bench.run import PASSWORD

    typed = args.type or ["nguyen van hung", "026090001234"]
    res = bench_gui(args.data_dir, args.user, args.password or PASSWORD, typed, args.starts)
    print(json.dumps(res, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
