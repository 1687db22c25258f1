from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

# The app's default interface locale (desktop_app.ui.i18n.install is not run by these tests):
# Vietnamese dates and digit grouping, whatever the machine's locale.
QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))


@pytest.fixture(autouse=True)
def _no_window_left_shown(qapp):
    """After each test, every top-level window still shown is hidden (not closed: a form with
    changes would ask its question): a window an earlier test left open never holds the
    activation a later test's window shortcuts need (the suite runs a file after another in
    each worker process, in any order)."""
    yield
    from PySide6.QtWidgets import QApplication

    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            w.hide()


@pytest.fixture
def ops(qtbot):
    from desktop_app.ui.ops import Ops

    o = Ops()
    yield o
    o.shutdown()


@pytest.fixture
def window(qtbot, workspace, ops):
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(workspace, ops, idle_minutes=60)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def type_text(widget, text: str) -> None:
    """Type text key by key, Vietnamese letters included: QTest.keyClicks only knows ASCII keys
    (it asserts on others), so each character is sent as a key event carrying its text, as a
    keyboard layout or input method delivers it."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown if not ch.isascii() else 0,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def compiled_catalogues(qapp, tmp_path, monkeypatch, lang: str):
    """Installs the app's translators for `lang` as it does at start, from the committed .ts
    files compiled into a scratch folder; yields the .qm paths loaded, then puts Vietnamese back.
    (A generator for fixtures: `yield from compiled_catalogues(...)`.)"""
    import subprocess
    import sys
    from pathlib import Path

    from desktop_app.ui import i18n

    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "i18n"
    out.mkdir()
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in (root / "i18n").glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(out / (ts.stem + ".qm"))], check=True)
    monkeypatch.setenv("WARDBOOK_I18N_DIR", str(out))
    loaded = i18n.install(lang)
    yield loaded
    for t in list(i18n._installed):
        qapp.removeTranslator(t)
    i18n._installed.clear()
    i18n._current = i18n.DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
