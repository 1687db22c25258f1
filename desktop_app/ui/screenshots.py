"""`python -m desktop_app --screenshots DIR [--lang en]`: renders every page of the app, on a
fresh demo register, to PNG files at 1366×768 — for the README, the user guide and for looking
at what we build, in each interface language."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication


def _settle(app: QApplication, ops, seconds: float = 0.4) -> None:
    end = time.monotonic() + 30
    while time.monotonic() < end:
        app.processEvents()
        if not ops.busy:
            break
        time.sleep(0.01)
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        app.processEvents()
        time.sleep(0.01)


def _silhouette(path: Path) -> Path:
    """A neutral portrait placeholder (head and shoulders) for the person's-file screenshot:
    the demo register holds no photos of anyone."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    img = QImage(300, 400, QImage.Format.Format_RGB32)
    img.fill(QColor("#d9e2ec"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#8a9bb0"))
    p.drawEllipse(QRectF(95, 70, 110, 130))
    p.drawRoundedRect(QRectF(40, 230, 220, 220), 90, 90)
    p.end()
    img.save(str(path))
    return path


def render_all(out_dir: Path, *, username: str = "truong", password: str = "Matkhau2026demo",
               language: str | None = None) -> list[Path]:
    """`language` ("vi", "en"): installs that interface language first (`--screenshots DIR
    --lang en`); None keeps the one installed."""
    from desktop_app.demo import create_demo
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ops import Ops

    app = QApplication.instance() or QApplication([])
    if language is not None:
        from desktop_app.ui import i18n

        i18n.install(language)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        ws = create_demo(Path(tmp) / "demo", username=username, password=password, profile="commune")
        ops = Ops()
        win = MainWindow(ws, ops, idle_minutes=60)
        win.resize(1366, 768)
        win.show()
        for i, key in enumerate(win.pages):
            win.show_page(key)
            _settle(app, ops)
            path = out_dir / f"{i + 1:02d}-{key}.png"
            win.grab().save(str(path))
            written.append(path)
        win.show_page("people")
        _settle(app, ops)
        if win.people.model.rows:
            dlg = win.open_person(win.people.model.rows[0].id)
            dlg.resize(1100, 700)
            _settle(app, ops)
            dlg.choose_photo(str(_silhouette(Path(tmp) / "anh.png")))  # through the app's own photo path
            _settle(app, ops)
            path = out_dir / "20-person-file.png"
            dlg.grab().save(str(path))
            written.append(path)
            dlg.close()
        win.new_person()
        _settle(app, ops)
        path = out_dir / "21-person-form.png"
        win._new_person_dialog.grab().save(str(path))
        written.append(path)
        win._new_person_dialog.done(0)
        win.close()
        ops.shutdown()
        ws.close()
    return written
