"""The interface language (issue 6): a pseudo-localised run shows that every text of every page
(and of the person's file and the record dialogs) went through translate() with a message that is
in the catalogue; in English at 1366×768 nothing on the main pages is clipped; the language is a
saved setting, chosen on the login window (at once) or the Administration page (next start);
dates and numbers follow the language.

The pseudo translator answers each message of i18n/wardbook_en.ts with its English text inside
⟦…⟧ (plural form by n, as Qt would), and nothing else: a text that bypasses translate(), or whose
context/source is not in the catalogue, stays bare and fails. What may legitimately stay bare is
listed (`allowed` and the widgets skipped), each with its reason: the register's own data values
(names, addresses, unit names, user names, codes), numbers and dates, the language names (each
language is named in itself), classification letters A–D, and the report preview (the official
document, always Vietnamese)."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from tests.conftest import TODAY, pin_today
from tests.ui.conftest import compiled_catalogues

ROOT = Path(__file__).resolve().parents[2]
EN_TS = ROOT / "i18n" / "wardbook_en.ts"
OPEN, CLOSE = "⟦", "⟧"
BRACKETED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
LETTER = re.compile(r"[^\W\d_]")
TAG = re.compile(r"<[^>]+>")
VI = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


class PseudoTranslator(QTranslator):
    """Every message of wardbook_en.ts → "⟦English⟧"; anything else → no translation."""

    def __init__(self):
        super().__init__()
        self.table: dict[tuple[str, str, str], list[str]] = {}
        for ctx in ET.parse(EN_TS).getroot().iter("context"):
            name = ctx.findtext("name")
            for m in ctx.iter("message"):
                tr = m.find("translation")
                forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
                self.table[(name, m.findtext("source"), m.findtext("comment") or "")] = forms
        self.unknown: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        forms = self.table.get((context, source, disambiguation or ""))
        if forms is None:
            if not context.startswith("Q"):  # Qt's own strings come from qtbase_xx.qm
                self.unknown.add((context, source))
            return None
        return OPEN + (forms[0] if len(forms) == 1 or n == 1 else forms[1]) + CLOSE


@pytest.fixture
def pseudo(qapp):
    t = PseudoTranslator()
    qapp.installTranslator(t)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield t
    qapp.removeTranslator(t)
    QLocale.setDefault(VI)


@pytest.fixture
def demo(tmp_path, low_kdf):
    """A demo commune register (persons, cases, visits, sessions, tips, models) signed in as its
    chief: every page has rows, counters and charts to show."""
    from desktop_app.demo import create_demo

    ws = pin_today(create_demo(tmp_path / "demo", username="truong", password="Matkhau2026demo",
                               profile="commune", persons=60, today=TODAY))
    yield ws
    ws.close()


def settle(ops, seconds: float = 0.15) -> None:
    from desktop_app.ui.screenshots import _settle

    _settle(QApplication.instance(), ops, seconds)


# -- what a widget shows ---------------------------------------------------------------------------
def _header_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None or not hasattr(view, "horizontalHeader") or view.horizontalHeader().isHidden():
        return []
    from PySide6.QtCore import Qt

    return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]


def shown_texts(root: QWidget):
    """(widget, what, text) for every visible text a user reads in `root`: window title, labels,
    buttons, group titles, tab texts, list items, column headers, combo items, placeholders,
    tooltips, chart titles and labels. Input values and table cells (data) are not texts of the
    interface; QTextBrowser is a document."""
    widgets = [root, *root.findChildren(QWidget)]
    if root.isWindow():
        yield root, "window title", root.windowTitle()
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        if w.toolTip():
            yield w, "tooltip", w.toolTip()
        if isinstance(w, QLabel):
            yield w, "label", w.text()
        elif isinstance(w, QAbstractButton):
            yield w, "button", w.text()
        elif isinstance(w, QGroupBox):
            yield w, "group title", w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield w, "tab", w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield w, "combo item", w.itemText(i)
        elif isinstance(w, QLineEdit):
            yield w, "placeholder", w.placeholderText()
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                yield w, "list item", w.item(i).text()
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QListWidget):
            for h in _header_texts(w):
                yield w, "column header", h
        if type(w).__name__ == "QChartView":
            chart = w.chart()
            yield w, "chart title", chart.title()
            for axis in chart.axes():
                for c in getattr(axis, "categories", lambda: [])():
                    yield w, "chart label", c
            for s in chart.series():
                for b in s.barSets():
                    yield w, "chart series", b.label()


def _bare(text: str, data: set[str]) -> str:
    """What of `text` is outside ⟦…⟧ and not a data value, HTML tags and entities removed."""
    t = html.unescape(TAG.sub(" ", text))
    for d in sorted(data, key=len, reverse=True):
        t = t.replace(d, " ")
    while True:
        stripped = BRACKETED.sub(" ", t)
        if stripped == t:
            return t
        t = stripped


# Bare on purpose: each language named in itself; classification letters (Circular 10/2024);
# the kinds of old ID document (CMND…) are codes; a placeholder showing the form of an input
# (a server address, an enrolment code) is an example value, the same in every language.
LANGUAGE_NAMES = {"Tiếng Việt", "English"}
CODES = re.compile(r"^(?:[A-D]|CMND|CCCD|https?://\S+|[A-Z0-9]{4}(?:-[A-Z0-9]{4})+)$")


def untranslated(root: QWidget, data: set[str], skip=()) -> list[str]:
    out = []
    for w, what, text in shown_texts(root):
        if not text or any(w is s or s.isAncestorOf(w) for s in skip):
            continue
        if text in LANGUAGE_NAMES or CODES.match(text.strip()):
            continue
        rest = _bare(text, data)
        if LETTER.search(rest):
            out.append(f"{type(w).__name__}#{w.objectName() or '?'} {what}: {text!r}")
    return out


def register_data(ws) -> set[str]:
    """The register's own values a page may show outside a translated text."""
    data = {ws.username, ws.unit_name, ws.unit_code, str(ws.data_dir), ws.data_dir.name}
    for u in ws.users.list():
        data |= {u.username, u.full_name or ""}
    for u in ws.units.list():
        data |= {u.name, u.code}
    data |= set(ws.models.areas())  # the Models page's area filter offers them
    data.add(ws.units.superior_agency(ws.unit_code))  # the Reports page's agency line (a name)
    for k in ("register_id", "device_id"):
        data.add(ws.meta(k) or "")
    data.discard("")
    return data


# Columns whose cells are vocabulary (translated), by table.
VOCAB_COLUMNS = {"due_table": (0, 2, 4), "people_table": (2,), "tips_table": (1, 4), "models_table": (1, 4),
                 "users_table": (2, 4), "rules_table": (0, 2), "units_table": (2,), "audit_table": (3, 4),
                 "case_table": (0, 1), "timeline": (1, 2)}


def untranslated_cells(root: QWidget) -> list[str]:
    from PySide6.QtCore import Qt

    out = []
    for view in root.findChildren(QAbstractItemView):
        cols = VOCAB_COLUMNS.get(view.objectName())
        model = view.model()
        if not cols or model is None:
            continue
        for r in range(min(model.rowCount(), 60)):
            for c in cols:
                text = str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or "")
                if LETTER.search(_bare(text, set())):
                    out.append(f"{view.objectName()}[{r},{c}]: {text!r}")
    return out


# -- the pseudo-localised run ------------------------------------------------------------------------
def test_every_text_of_every_page_is_translated(qtbot, pseudo, demo, ops):
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(demo, ops, idle_minutes=60)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    data = register_data(demo)
    problems: list[str] = []
    for key in win.pages:
        page = win.show_page(key)
        settle(ops)
        tabs = page.findChildren(QTabWidget)
        for i in range(max(1, *(t.count() for t in tabs)) if tabs else 1):
            for t in tabs:
                if i < t.count():
                    t.setCurrentIndex(i)
            settle(ops, 0.05)
            skip = page.findChildren(QTextBrowser)  # the report preview: the Vietnamese document
            problems += [f"[{key}] {p}" for p in untranslated(page, data, skip)]
            problems += [f"[{key}] {p}" for p in untranslated_cells(page)]
    # the window itself: title, navigation, status bar
    problems += [f"[window] {p}" for p in untranslated(win, data, skip=[win.stack])]
    assert win.nav.count() == len(win.pages)
    assert not problems, "not through translate() or not in the catalogue:\n" + "\n".join(sorted(set(problems)))
    assert not pseudo.unknown, f"translate() with a message not in the catalogue: {sorted(pseudo.unknown)[:10]}"


def test_person_file_and_record_dialogs_are_translated(qtbot, pseudo, demo, ops):
    from desktop_app.ui.dialogs import records as R
    from desktop_app.ui.pages import admin, models, sessions, tips
    from desktop_app.ui.pages.person_file import PersonFileDialog

    page = demo.persons.list(limit=200)
    person = next(r for r in page.rows if r.open_cases)
    dlg = PersonFileDialog(demo, ops, person.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.person is not None, timeout=10_000)
    settle(ops)
    p = dlg.person
    data = register_data(demo) | {p.full_name, p.full_name.upper(), p.permanent_address or "", p.current_address or "",
                                  p.cccd or "", p.ethnicity or "", p.religion or "", p.aliases or ""}
    data |= {d.number for d in p.old_ids}
    problems = [f"[person file] {x}" for x in untranslated(dlg, data) + untranslated_cells(dlg)]
    for row in range(dlg.case_table.rowCount()):  # every case's timeline
        dlg.case_table.selectRow(row)
        problems += [f"[person file, case {row}] {x}" for x in untranslated_cells(dlg.timeline.parentWidget())]
    from desktop_app.ui.pages.person_file import _timeline_detail
    from desktop_app.ui.pages.person_file_print import timeline_kind as _timeline_kind

    for kind, subkinds in (("contact", ("home_visit", "station_checkin", "phone_call", "self_report")),
                           ("evaluation", ("month", "quarter", "half", "year")), ("absence", ("permitted", "unauthorised")),
                           ("event", ("extension", "reduction", "exemption", "transfer_out", "transfer_in", "new_conviction"))):
        for sub in subkinds:  # the timeline's words for every kind of entry, whatever this person has
            for text in (_timeline_kind(kind), _timeline_detail(kind, sub)):
                if LETTER.search(_bare(text, set())):
                    problems.append(f"[timeline] {kind}/{sub}: {text!r}")
    case = dlg.current_case()
    session = demo.sessions.list(limit=1).rows[0]
    tip = demo.tips.list(limit=1).rows[0]
    model = demo.models.list(limit=1).rows[0]
    rule = demo.rule_table.list()[0]
    dialogs = {
        "person": R.PersonDialog(None, demo, ops), "edit person": R.PersonDialog(None, demo, ops, p),
        "case": R.CaseDialog(None, demo, ops, p.id), "contact": R.ContactDialog(None, demo, ops, case.id),
        "evaluation": R.EvaluationDialog(None, demo, ops, case.id), "absence": R.AbsenceDialog(None, demo, ops, case.id),
        "violation": R.ViolationDialog(None, demo, ops, case.id), "event": R.EventDialog(None, demo, ops, case.id),
        "close": R.CloseCaseDialog(None, demo, ops, case.id), "session": sessions.SessionDialog(None, demo, ops),
        "quick add": sessions.QuickAddDialog(None, demo, ops, session.id),
        "pick": sessions.PickPersonDialog(None, demo, ops, session.id),
        "tip": tips.TipDialog(None, demo, ops), "tip result": tips.TipResultDialog(None, demo, ops, tip),
        "model": models.ModelDialog(None, demo, ops, model), "user": admin.UserDialog(None, demo, ops, {}),
        "rule": admin.RuleDialog(None, demo, ops, rule),
    }
    for name, d in dialogs.items():
        qtbot.addWidget(d)
        d.show()
        # The rule's raw JSON value (the edit field's placeholder) is data, like its key.
        extra = {p.full_name, tip.content, tip.result or "", model.name, model.area, rule.key,
                 json.dumps(rule.value, ensure_ascii=False), admin.rule_value_text(rule.key, rule.value, "\n"), *admin.rule_value_text(rule.key, rule.value, "\n").split("\n")}
        problems += [f"[{name}] {x}" for x in untranslated(d, data | extra)]
        d._dirty = False
        d.close()
    assert not problems, "\n".join(problems)
    assert not pseudo.unknown, sorted(pseudo.unknown)[:10]


def test_start_dialogs_are_translated(qtbot, pseudo, workspace, ops, tmp_path):
    from desktop_app.core.domain.units import PROVINCES_2025
    from desktop_app.ui.login import FirstRunDialog, LockDialog, LoginDialog

    problems = []
    for name, d in (("first run", FirstRunDialog(tmp_path / "new", ops)),
                    ("login", LoginDialog(workspace.data_dir, ops, username="truong")),
                    ("lock", LockDialog(workspace, ops))):
        qtbot.addWidget(d)
        d.show()
        # the provinces' names are names (reference data), listed in the first-run dialog
        data = {str(tmp_path / "new"), "truong", "09123", *PROVINCES_2025.values()}
        problems += [f"[{name}] {x}" for x in untranslated(d, data)]
    assert not problems, "\n".join(problems)


# -- English at 1366×768: nothing clipped ------------------------------------------------------------
@pytest.fixture
def english(qapp, tmp_path, monkeypatch):
    """The real English catalogue, compiled from the committed .ts into a scratch folder."""
    for loaded in compiled_catalogues(qapp, tmp_path, monkeypatch, "en"):
        assert any(p.endswith("wardbook_en.qm") for p in loaded)
        yield



def clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons, check boxes, combo boxes, tab texts and column headers whose text
    does not fit the room the layout gave them."""
    from PySide6.QtCore import Qt

    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        fm = w.fontMetrics()
        if isinstance(w, QLabel) and w.text():
            if w.textFormat() == Qt.TextFormat.RichText or TAG.search(w.text()):
                continue  # rich text lays out on its own
            if w.wordWrap():
                if w.height() + 2 < w.heightForWidth(w.width()):
                    out.append(f"label {w.text()!r}: {w.height()}px high, needs {w.heightForWidth(w.width())}")
            else:
                need = max(fm.horizontalAdvance(line) for line in w.text().split("\n"))
                if w.contentsRect().width() + 1 < need:
                    out.append(f"label {w.text()!r}: {w.contentsRect().width()}px wide, needs {need}")
        elif isinstance(w, (QPushButton, QCheckBox)) and w.text():
            need = fm.horizontalAdvance(w.text().replace("&", "")) + (8 if isinstance(w, QPushButton) else 20)
            if w.width() < need:
                out.append(f"{type(w).__name__} {w.text()!r}: {w.width()}px wide, needs {need}")
        elif isinstance(w, QComboBox) and w.currentText() and w.isEnabled():
            need = fm.horizontalAdvance(w.currentText()) + 24
            if w.width() < need:
                out.append(f"combo {w.currentText()!r}: {w.width()}px wide, needs {need}")
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                need = fm.horizontalAdvance(w.item(i).text()) + 20
                if w.viewport().width() < need:
                    out.append(f"list item {w.item(i).text()!r}: {w.viewport().width()}px, needs {need}")
        elif isinstance(w, QAbstractItemView) and hasattr(w, "horizontalHeader") and not w.horizontalHeader().isHidden():
            header = w.horizontalHeader()
            hfm = header.fontMetrics()
            for c, text in enumerate(_header_texts(w)):
                if header.isSectionHidden(c) or not text:
                    continue
                need = hfm.horizontalAdvance(text) + 12
                if header.sectionSize(c) < need:
                    out.append(f"{w.objectName() or type(w).__name__} header {text!r}: {header.sectionSize(c)}px, needs {need}")
    return out


def test_english_main_pages_fit_1366x768(qtbot, english, demo, ops):
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(demo, ops, idle_minutes=60)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    assert win.windowTitle().startswith("WardBook") and win.nav.item(0).text() == "Overview"
    problems = []
    for key in win.pages:
        page = win.show_page(key)
        settle(ops)
        assert win.width() <= 1366, f"[{key}] the window needs {win.width()}px"
        tabs = page.findChildren(QTabWidget)
        for i in range(max(t.count() for t in tabs) if tabs else 1):
            for t in tabs:
                if i < t.count():
                    t.setCurrentIndex(i)
            settle(ops, 0.05)
            problems += [f"[{key}] {p}" for p in clipped(page)]
    problems += [f"[window] {p}" for p in clipped(win.nav)]
    problems += [f"[status bar] {p}" for p in clipped(win.statusBar())]
    assert not problems, "\n".join(sorted(set(problems)))


# -- the setting, the choosers, dates and numbers -------------------------------------------------------
def test_language_setting_is_saved_per_computer(monkeypatch, tmp_path):
    from desktop_app.ui import i18n

    monkeypatch.setenv("WARDBOOK_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.delenv("WARDBOOK_LANG", raising=False)
    assert i18n.saved_language() == "vi"  # the default
    i18n.save_language("en")
    assert i18n.saved_language() == "en"
    assert "language=en" in (tmp_path / "cfg" / "window.ini").read_text(encoding="utf-8")  # QSettings of this computer
    monkeypatch.setenv("WARDBOOK_LANG", "vi")  # one run, as for the command line
    assert i18n.saved_language() == "vi"
    monkeypatch.setenv("WARDBOOK_LANG", "xx")
    assert i18n.saved_language() == "vi"


def test_dates_and_numbers_follow_the_language(qapp, english):
    import datetime as dt

    from desktop_app.ui.texts import date_text, datetime_text, number_text, translate

    assert date_text(dt.date(2026, 1, 5)) == "05/01/2026"
    assert number_text(1234567) == "1,234,567"
    assert translate("Main", "%Ln thay đổi chờ gửi", None, 1) == "1 change waiting to send"
    assert translate("Main", "%Ln thay đổi chờ gửi", None, 1234) == "1,234 changes waiting to send"
    assert datetime_text(dt.datetime(2026, 5, 20, 7, 10)) == "20/05/2026 07:10"
    from desktop_app.ui import i18n

    i18n.install("vi")
    assert date_text(dt.date(2026, 1, 5)) == "05/01/2026"
    assert number_text(1234567) == "1.234.567"
    assert translate("Main", "%Ln thay đổi chờ gửi", None, 1234) == "1.234 thay đổi chờ gửi"
    assert translate("Due", "Quá hạn %n ngày", None, 5) == "Quá hạn 5 ngày"


def test_catalogue_labels_reach_qt_in_english(qapp, english):
    """Genders, timeline kinds and the audit log's actions and entities: one table in the
    catalogue (desktop_app/vocabulary), its English carried to Qt by the generated catalogue."""
    from desktop_app import vocabulary
    from desktop_app.ui.pages.admin.audit_words import ACTION_VI, ENTITY_VI, action_label, entity_label
    from desktop_app.ui.pages.person_file_print import timeline_kind as _timeline_kind
    from desktop_app.ui.texts import gender_label

    for group, label in (("gender", gender_label), ("record_kind", _timeline_kind),
                         ("audit_action", action_label), ("audit_entity", entity_label)):
        english_words = vocabulary.table(group, "en")
        assert english_words and {code: label(code) for code in english_words} == english_words
    assert (gender_label("female"), _timeline_kind("event"), action_label("login"), entity_label("tip")) == \
        ("Female", "Change", "Sign-in", "Crime tip")
    assert ACTION_VI == vocabulary.table("audit_action") and ENTITY_VI == vocabulary.table("audit_entity")
    from desktop_app.ui import i18n

    i18n.install("vi")
    assert (gender_label("female"), _timeline_kind("event"), action_label("login")) == ("Nữ", "Biến động", "Đăng nhập")


def test_vietnamese_standard_buttons(qapp, english):
    """Qt ships no qtbase_vi: ours (i18n/qtbase_vi.ts) names the standard buttons."""
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.ui import i18n

    i18n.install("vi")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == ["Hủy", "Đồng ý"]
    i18n.install("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Cancel"


def test_login_window_switches_language_at_once(qtbot, workspace, ops, monkeypatch, tmp_path):
    from desktop_app.ui import i18n
    from desktop_app.ui.login import LANGUAGE_CHANGED, LoginDialog

    monkeypatch.setenv("WARDBOOK_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.delenv("WARDBOOK_LANG", raising=False)
    dlg = LoginDialog(workspace.data_dir, ops, username="truong")
    qtbot.addWidget(dlg)
    assert [dlg.language.itemText(i) for i in range(dlg.language.count())] == ["Tiếng Việt", "English"]
    assert dlg.language.currentData() == "vi"
    finished = []
    dlg.finished.connect(finished.append)
    dlg.open()
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    assert finished == [LANGUAGE_CHANGED] and dlg.chosen_language == "en"
    assert i18n.saved_language() == "en"  # app.main installs it and shows the dialog again


def test_administration_page_saves_the_language_for_the_next_start(qtbot, window, monkeypatch, tmp_path):
    from desktop_app.ui import i18n

    monkeypatch.setenv("WARDBOOK_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.delenv("WARDBOOK_LANG", raising=False)
    chooser = window.show_page("admin").language
    assert chooser.isVisible() and not chooser.note.isVisible()
    chooser.combo.setCurrentIndex(chooser.combo.findData("en"))
    assert i18n.saved_language() == "en"
    assert chooser.note.isVisible() and "mở lại" in chooser.note.text()  # takes effect on restart
    chooser.combo.setCurrentIndex(chooser.combo.findData("vi"))
    assert not chooser.note.isVisible()
