"""The pictures of docs/ (user guide, README): every page from `python -m desktop_app
--screenshots` plus the dialogs the user guide walks through (first start, login, a visit and a
monthly assessment recorded from Việc đến hạn, a new case, a warning session, a crime tip, a
security model, the lock screen), on a fresh demo register, in Vietnamese, offscreen; then each
PNG is reduced to a 256-colour palette (pngquant, when installed) so the folder stays small.

    .venv/bin/python build_support/guide_screenshots.py [docs/screenshots]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["WARDBOOK_LANG"] = "vi"

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def shrink(path: Path) -> None:
    """A 256-colour palette PNG through pngquant (Debian package `pngquant`) when it is
    installed: a third of the size, nothing a reader can see lost. Without it the picture is
    only recompressed (Qt's own palette conversion loses the light panel colours)."""
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--quality", "70-95", "--speed", "1", "--strip", "--force",
                        "--output", str(path), str(path)], check=True)
    else:
        QImage(str(path)).save(str(path), "PNG", 9)


def grab(widget, path: Path, written: list[Path]) -> None:
    widget.grab().save(str(path))
    written.append(path)


def render_dialogs(out: Path) -> list[Path]:
    from desktop_app.demo import create_demo
    from desktop_app.ui import i18n
    from desktop_app.ui.login import FirstRunDialog, LockDialog, LoginDialog
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ops import Ops
    from desktop_app.ui.screenshots import _settle

    app = QApplication.instance() or QApplication([sys.argv[0]])
    i18n.install("vi")
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        ops = Ops()
        # Shown, never accepted: the folder a Windows laptop gets by default (platformdirs).
        first = FirstRunDialog(Path("C:\\Users\\canbo\\AppData\\Local\\WardBook\\WardBook"), ops)
        first.show()
        _settle(app, ops)
        grab(first, out / "30-first-run.png", written)
        first.close()

        ws = create_demo(Path(tmp) / "demo", username="truong", password="Matkhau2026demo", profile="commune")
        login = LoginDialog(Path(tmp) / "demo", ops, username="truong")
        login.show()
        _settle(app, ops)
        grab(login, out / "31-login.png", written)
        login.close()

        win = MainWindow(ws, ops, idle_minutes=60)
        win.resize(1366, 768)
        win.show()
        due = win.show_page("due")
        _settle(app, ops)
        for kind, name in (("visit", "32-due-visit.png"), ("assessment", "33-due-assessment.png")):
            items = [it for it in due.model.items if it.kind == kind]
            if not items:
                continue
            due.table.selectRow(due.model.row_of(items[0]))  # (the table has a heading row per group)
            dlg = due.record_selected()
            _settle(app, ops)
            grab(dlg, out / name, written)
            dlg.done(0)

        people = win.show_page("people")
        _settle(app, ops)
        person = win.open_person(people.model.rows[0].id)
        _settle(app, ops)
        person.act("new_case")
        _settle(app, ops)
        grab(person._dialog, out / "34-new-case.png", written)
        person._dialog.done(0)
        person.close()

        for key, make, name in (("sessions", "new_session", "35-session.png"),
                                ("tips", "new_tip", "36-tip.png"),
                                ("models", "new_model", "37-model.png")):
            page = win.show_page(key)
            _settle(app, ops)
            dlg = getattr(page, make)()
            _settle(app, ops)
            grab(dlg, out / name, written)
            dlg.done(0)

        # many attendees at once: a name ticked, CCCD numbers pasted (one naming nobody)
        sessions = win.show_page("sessions")
        _settle(app, ops)
        sessions.sessions_table.selectRow(0)
        _settle(app, ops)
        pick = sessions.pick()
        pick.search.setText("nguyen van")
        _settle(app, ops)
        pick.toggle_current()
        present = {a.person_id for a in sessions.att_model.rows}
        numbers = [r.cccd for r in ws.persons.list(limit=300).rows if r.cccd and r.id not in present][5:7]
        pick.cccds.setPlainText("\n".join([*numbers, "001099000000"]))
        pick.find_cccds()
        _settle(app, ops)
        grab(pick, out / "39-attendees.png", written)
        pick.chosen.clear()
        pick.done(0)

        lock = LockDialog(ws, ops)
        lock.show()
        _settle(app, ops)
        grab(lock, out / "38-lock.png", written)
        lock.close()
        win.close()
        ops.shutdown()
        ws.close()
    return written


def main(argv: list[str]) -> int:
    from desktop_app.ui.screenshots import render_all

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    QApplication.instance() or QApplication([sys.argv[0]])
    written = render_all(out, language="vi")
    written += render_dialogs(out)
    total = 0
    for p in written:
        shrink(p)
        total += p.stat().st_size
        print(f"{p.relative_to(out.parent) if p.is_relative_to(out.parent) else p}  {p.stat().st_size // 1024} KB")
    print(f"{len(written)} pictures, {total // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
