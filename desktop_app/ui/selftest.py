"""`WardBook --selftest` (`python -m desktop_app --selftest` from source): checks that this copy
of the application works, end to end, without touching any real register.

In a temporary folder it creates an encrypted register (Argon2id key slot, SQLCipher, the
Alembic migrations), adds a person with a case, searches for them through the core and through
the People page of the real main window (rendered offscreen, every page shown once, the
QtCharts overview included), writes a PDF report with the bundled serif font, loads the
compiled translations, reads a sync reply compressed as the server sends it, then closes the
register and checks that no name or CCCD number can be found in the bytes of its files. One
line per check; exit 0 when all pass, 1 with the reason otherwise. Meant for the installer
build (`dist/WardBook/WardBook --selftest`) as much as for a source checkout; the temporary
folder is always removed.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import tempfile
import time
import traceback
import unicodedata
from pathlib import Path
from typing import Callable

# Marked values: the encryption check looks for them in the files' bytes.
PERSON_NAME = "Nguyễn Thị Kiểm Thử"
PERSON_CCCD = "001190054321"
PERSON_ADDRESS = "Số 9 ngõ Tự Kiểm, thôn Đông Thử"
PASSWORD = "Kiemthu-2026-selftest"


class SelfTestFailed(Exception):
    pass


def _check(ok: bool, reason: str) -> None:
    if not ok:
        raise SelfTestFailed(reason)


def _wait(app, cond: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if cond():
            return
        time.sleep(0.01)
    raise SelfTestFailed(f"timed out after {timeout:.0f} s waiting for {what}")


def _needles() -> dict[str, bytes]:
    from desktop_app.core.textvn import fold

    out: dict[str, bytes] = {}
    for label, value in (("name", PERSON_NAME), ("address", PERSON_ADDRESS)):
        out[f"{label} (NFC)"] = unicodedata.normalize("NFC", value).encode("utf-8")
        out[f"{label} (NFD)"] = unicodedata.normalize("NFD", value).encode("utf-8")
        out[f"{label} (folded)"] = fold(value).encode("utf-8")
    out["CCCD"] = PERSON_CCCD.encode()
    return out


def run_selftest(out=None) -> int:  # noqa: ANN001 - a text stream
    """Runs every check, prints the report to `out` (stdout by default). Returns the exit code."""
    out = out or sys.stdout
    lines: list[str] = []

    def say(text: str) -> None:
        lines.append(text)
        if out is not None:
            print(text, file=out, flush=True)

    started = time.monotonic()
    from desktop_app.core.paths import app_root, is_frozen

    say(f"WardBook self-test — version {_version()}, {'frozen build' if is_frozen() else 'from source'}, "
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}")
    say(f"  application files: {app_root()}")
    code = 0
    try:
        with tempfile.TemporaryDirectory(prefix="wardbook-selftest-") as tmp:
            _run_checks(Path(tmp), say)
    except SelfTestFailed as e:
        say(f"FAILED: {e}")
        code = 1
    except Exception as e:  # noqa: BLE001 - any failure is reported, with where it happened
        say(f"FAILED: {type(e).__name__}: {e}")
        say("".join(traceback.format_exception(e)).rstrip())
        code = 1
    if code == 0:
        say(f"OK: all checks passed in {time.monotonic() - started:.1f} s")
    if out is None:  # a windowed Windows build has no console: leave the report in a file
        report = Path(tempfile.gettempdir()) / "wardbook-selftest.txt"
        report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return code


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("wardbook")
    except Exception:  # noqa: BLE001
        return "unknown"


def _run_checks(tmp: Path, say: Callable[[str], None]) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.services.workspace import Workspace

    app = QApplication.instance() or QApplication([sys.argv[0]])
    say(f"  Qt platform: {app.platformName()}")
    _check_files(say)

    # 1. SQLCipher, key slot, migrations.
    data_dir = tmp / "register"
    t = time.monotonic()
    ws = Workspace.create(data_dir, unit_code="09999", unit_name="Xã Kiểm Thử", admin="kiemthu",
                          password=PASSWORD, full_name="Cán bộ Kiểm Thử")
    try:
        from desktop_app.core.services.maintenance import doctor
        from desktop_app.core.store.engine import HEAD_REVISION

        report = doctor(ws)  # integrity, key slots, audit chain, and the cipher in use
        cipher, revision = report.cipher_version, HEAD_REVISION
        _check(bool(cipher), "SQLCipher is not the SQLite in use (PRAGMA cipher_version is empty)")
        _check(report.ok, f"wardbook doctor finds problems in a new register: {report.problems}")
        say(f"ok  encrypted register created (SQLCipher {cipher}, schema {revision}, "
            f"{time.monotonic() - t:.1f} s with the Argon2id key slot)")

        # 2. A person with a case, then a search through the core.
        pid = ws.persons.add({"full_name": PERSON_NAME, "birth_date": "1990", "gender": "female",
                              "cccd": PERSON_CCCD, "permanent_address": PERSON_ADDRESS}).created_id
        ws.cases.open({"person_id": pid, "category": "community_education", "term_months": 6,
                       "decision_date": (ws.today() - dt.timedelta(days=31)).isoformat(),
                       "start_date": (ws.today() - dt.timedelta(days=30)).isoformat()})
        hits = ws.persons.search("nguyen thi kiem thu")
        _check([r.id for r in hits.rows] == [pid], f"core search found {len(hits.rows)} people, not the one added")
        by_cccd = ws.persons.search(PERSON_CCCD[:8])
        _check(pid in [r.id for r in by_cccd.rows], "core search by CCCD prefix did not find the person")
        say("ok  core search (accent-insensitive name, CCCD prefix)")

        # 3. The main window, offscreen, every page; the People page searches; then the same
        #    window in English when the catalogues are there.
        vi_texts = _check_window(app, ws, pid, say)
        _check_translations(app, ws, vi_texts, say)

        # 4. A Decree-30 PDF with the bundled serif font.
        _check_report(ws, tmp, say)

        # 5. An Excel workbook read by the process a big import starts (this program again).
        _check_workbook_reader(tmp, say)

        # 6. A sync reply compressed as the server sends it to this release (Zstandard).
        _check_reply_decoding(say)
    finally:
        ws.close()

    # 7. Reopen with the password, then look for plaintext in every file of the register.
    with Workspace.open(data_dir, "kiemthu", PASSWORD) as again:
        _check(len(again.persons.search("kiem thu").rows) == 1, "the reopened register does not find the person")
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    db = data_dir / "register.db"
    _check(db.is_file(), "register.db was not written")
    _check(not db.read_bytes().startswith(b"SQLite format 3\0"), "register.db has a plain SQLite header")
    found = [f"{p.name}: {label}" for p in files for label, needle in _needles().items()
             if needle in p.read_bytes()]
    _check(not found, "plaintext found in the register files: " + ", ".join(found))
    say(f"ok  reopened with the password; no name, address or CCCD in the bytes of "
        f"{len(files)} files ({', '.join(sorted(p.name for p in files))})")


def _window_texts(win) -> set[str]:  # noqa: ANN001
    """The texts of the window's buttons and labels (what a language change must change)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = {w.text() for w in win.findChildren(QAbstractButton)}
    texts |= {w.text() for w in win.findChildren(QLabel)}
    return {t for t in texts if t and any(c.isalpha() for c in t)}


def _open_window(app, ws, ops):  # noqa: ANN001
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(ws, ops, idle_minutes=60)
    win.resize(1280, 760)
    win.show()
    for key in win.pages:
        win.show_page(key)
        _wait(app, lambda: not ops.busy, f"the {key} page to load")
        image = win.grab().toImage()
        _check(not image.isNull() and image.width() >= 640, f"the {key} page did not render")
    return win


def _close_window(app, win, ops) -> None:  # noqa: ANN001
    win.close()
    ops.shutdown()
    app.processEvents()


def _check_files(say: Callable[[str], None]) -> None:
    """The application's own files, where the build must have put them."""
    from desktop_app.core.paths import resources_dir
    from desktop_app.core.store.engine import MIGRATIONS_DIR

    fonts = sorted((resources_dir() / "fonts").glob("*.ttf"))
    icons = sorted((resources_dir() / "icons").glob("*.png"))
    scripts = sorted((MIGRATIONS_DIR / "versions").glob("*.py"))
    _check(len(fonts) >= 4, f"the document fonts are missing from {resources_dir() / 'fonts'}")
    _check(bool(icons), f"the icons are missing from {resources_dir() / 'icons'}")
    _check(any(p.name[:4].isdigit() for p in scripts), f"no migration scripts in {MIGRATIONS_DIR / 'versions'}")
    say(f"ok  application files: {len(fonts)} fonts, {len(icons)} icons, "
        f"{sum(p.name[:4].isdigit() for p in scripts)} migration scripts")


def _check_window(app, ws, pid: str, say: Callable[[str], None]) -> set[str]:  # noqa: ANN001
    """Returns the texts of the (Vietnamese) window, for the translation check."""
    from PySide6.QtCharts import QChartView

    from desktop_app.ui import i18n
    from desktop_app.ui.ops import Ops

    i18n.install("vi")  # the source language, whatever this computer saved
    ops = Ops()
    win = _open_window(app, ws, ops)
    try:
        charts = win.findChildren(QChartView)
        _check(bool(charts), "no QtCharts chart in the main window")
        say(f"ok  main window rendered offscreen: {len(win.pages)} pages ({', '.join(win.pages)}), "
            f"{len(charts)} charts")
        texts = _window_texts(win)

        people = win.show_page("people")
        _check(people is win.people, "the People page is not where it should be")
        shown: list[str] = []
        people.results_shown.connect(shown.append)
        people.search.setText("kiem thu")
        _wait(app, lambda: "kiem thu" in shown and not ops.busy, "the People page search")
        ids = [r.id for r in people.model.rows]
        _check(ids == [pid], f"the People page shows {len(ids)} rows for 'kiem thu', not the person added")
        say("ok  People page search ('kiem thu' → 1 row)")
    finally:
        _close_window(app, win, ops)
    return texts


def _check_translations(app, ws, vi_texts: set[str], say: Callable[[str], None]) -> None:  # noqa: ANN001
    """Every compiled catalogue loads; with the English one installed, most of the main
    window's buttons and labels read differently from the Vietnamese window."""
    from PySide6.QtCore import QTranslator

    from desktop_app.core.paths import i18n_dir
    from desktop_app.ui import i18n
    from desktop_app.ui.ops import Ops

    folder = i18n_dir()
    catalogues = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    if not catalogues:
        sources = sorted(folder.glob("*.ts")) if folder.is_dir() else []
        _check(not sources, f"{folder} has {len(sources)} .ts sources but no compiled .qm (run `make i18n`)")
        say(f"--  no compiled translations in {folder} (Vietnamese only)")
        return
    for qm in catalogues:
        _check(QTranslator().load(str(qm)), f"translation {qm.name} does not load")
    if not (folder / "wardbook_en.qm").is_file():
        say(f"ok  translations load: {', '.join(q.stem for q in catalogues)}")
        return
    loaded = i18n.install("en")
    ops = Ops()
    try:
        win = _open_window(app, ws, ops)
        english = _window_texts(win)
        _close_window(app, win, ops)
    finally:
        i18n.install("vi")
    changed = len(english - vi_texts)
    _check(changed * 2 >= len(english) and english,
           f"wardbook_en.qm is installed ({len(loaded)} catalogues) but only {changed} of {len(english)} "
           "texts of the main window changed from Vietnamese")
    say(f"ok  translations load ({', '.join(q.stem for q in catalogues)}); in English "
        f"{changed} of {len(english)} window texts differ from Vietnamese")


def _check_report(ws, tmp: Path, say: Callable[[str], None]) -> None:  # noqa: ANN001
    from desktop_app.core.reports.fonts import BUNDLED_FONT_DIR, find_serif
    from desktop_app.core.reports.service import ReportExports

    font = find_serif(prefer_times=False)
    _check(font.regular.is_file(), f"no bundled serif font in {BUNDLED_FONT_DIR}")
    today = ws.today()
    exports = ReportExports.of(ws)
    data = exports.period_report(today.replace(month=1, day=1), today)
    pdf = exports.period(data, tmp / "report.pdf", "pdf").path
    _check(pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 2000, "the PDF report was not written")
    sizes = [f"PDF {pdf.stat().st_size // 1024} KB"]
    for fmt in ("docx", "xlsx"):  # zip files: Word (python-docx templates) and Excel
        doc = exports.period(data, tmp / f"report.{fmt}", fmt).path
        _check(doc.read_bytes()[:2] == b"PK", f"the {fmt} report was not written")
        sizes.append(f"{fmt} {doc.stat().st_size // 1024} KB")
    say(f"ok  reports written ({', '.join(sizes)}); PDF font {font.family} from {font.regular.parent}")


def _check_workbook_reader(tmp: Path, say: Callable[[str], None]) -> None:
    """The reading process of a big import (`spawn`: this very program started again, sent to
    its task by `multiprocessing.freeze_support()` in the installer's entry scripts) reads the
    import template with two people on it."""
    import openpyxl

    from desktop_app.core.importing import write_template
    from desktop_app.core.importing.headers import SPECS, SheetKind
    from desktop_app.core.importing.reader import open_workbook

    path = write_template(tmp / "Nhập thử đối tượng.xlsx")
    wb = openpyxl.load_workbook(path)
    sheet = wb[SPECS[SheetKind.PERSONS].title]
    names = [PERSON_NAME, "Trần Văn Đọc Thử"]
    for name in names:
        sheet.append([name])
    wb.save(path)
    t = time.monotonic()
    with open_workbook(path, 15, ahead=True) as book:
        titles = [s.name for s in book.sheets]
        index = titles.index(SPECS[SheetKind.PERSONS].title)
        found = [cells[0] for i, rows in book.stream([index]) for _, cells in rows if cells and cells[0] in names]
    _check(found == names, f"the workbook reader process read {found!r}, not the two names written")
    say(f"ok  workbook read by a second process ({len(titles)} sheets, {time.monotonic() - t:.1f} s)")


def _check_reply_decoding(say: Callable[[str], None]) -> None:
    """The sync asks the server for Zstandard replies only when it can read them: here it asks,
    and a reply so compressed reads back (the `zstandard` package and its compiled part are in
    this copy)."""
    import httpx
    import zstandard

    from desktop_app.core.sync.transport import ACCEPT_ENCODING

    _check("zstd" in ACCEPT_ENCODING, f"the sync does not ask for Zstandard replies ({ACCEPT_ENCODING!r})")
    text = '{"rows":[{"full_name":"%s"}]}' % PERSON_NAME
    reply = httpx.Response(200, headers={"content-encoding": "zstd"},
                           content=zstandard.ZstdCompressor(level=1).compress(text.encode()))
    _check(reply.json() == {"rows": [{"full_name": PERSON_NAME}]}, "a Zstandard sync reply does not read back")
    say(f"ok  sync replies: {ACCEPT_ENCODING} (zstandard {zstandard.__version__}, {zstandard.backend})")


def main() -> int:
    """Entry for `--selftest`: Qt offscreen unless a platform is already chosen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return run_selftest(sys.stdout)
