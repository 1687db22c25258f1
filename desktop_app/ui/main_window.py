"""The main window: navigation on the left, one page at a time, a status bar with the unit,
the user and an honest sync indicator, background sync every few minutes when the register is
enrolled, and auto-lock after a configurable idle time."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.services.workspace import SETTINGS
from desktop_app.ui.dialogs import records as R
from desktop_app.ui.login import LockDialog
from desktop_app.ui.pages.admin import AdminPage
from desktop_app.ui.pages.due import DuePage
from desktop_app.ui.pages.importing import ImportPage
from desktop_app.ui.pages.models import ModelsPage
from desktop_app.ui.pages.overview import OverviewPage
from desktop_app.ui.pages.people import PeoplePage
from desktop_app.ui.pages.person_file import PersonFileDialog
from desktop_app.ui.pages.reports import ReportsPage
from desktop_app.ui.pages.sessions import SessionsPage
from desktop_app.ui.pages.sync import SyncPage, sync_error_text
from desktop_app.ui.pages.sync_common import warning_text
from desktop_app.ui.pages.tips import TipsPage
from desktop_app.ui.selection import KeepSelection
from desktop_app.ui.settings import COMPUTER_SETTINGS
from desktop_app.ui.sync_controller import SyncController
from desktop_app.ui.texts import (
    follow_officer_names,  # officers by full name
    iso_time_text,
    officer_tip,  # officers by full name
    role_label,
    translate,
)
from desktop_app.ui.window_focus import ActivationKeeper, LockKeyEverywhere, keep_carets


class _IdleWatcher(QObject):
    """Any key or mouse input anywhere restarts the idle timer."""

    def __init__(self, timer: QTimer):
        super().__init__()
        self.timer = timer

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                            QEvent.Type.Wheel):
            if self.timer.isActive():
                self.timer.start()
        return False


class _AltDigitGuard(QObject):
    """Alt+0…9 are the pages' keys. Where none is taken (a dialog, a key no page uses) the
    key press would reach a field, which types the digit: it is dropped instead. The digits
    of the number pad (Alt+numpad codes type characters on Windows) are left alone."""

    DIGITS = {getattr(Qt.Key, f"Key_{d}") for d in range(10)}

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in self.DIGITS \
                and event.modifiers() == Qt.KeyboardModifier.AltModifier:
            return True
        return False


class _ClickableLabel(QLabel):
    """A status-bar label that opens something when clicked (the sync indicator: the Sync page)."""

    clicked = Signal()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class _PageStack(QWidget):
    """The pages, one shown at a time, sized by the page on screen only (a QStackedWidget
    sizes itself by the largest page, heights for a width included): a page that needs more
    room than the window has (a small screen, 125 % scaling) scrolls inside its area instead
    of pushing the window's minimum size, and so its status bar, off the screen."""

    currentChanged = Signal(int)

    def __init__(self):
        super().__init__()
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = -1

    def addWidget(self, page: QWidget) -> int:  # noqa: N802 - QStackedWidget's names
        self._pages.append(page)
        self._lay.addWidget(page)
        page.hide()
        if self._current < 0:
            self.setCurrentIndex(0)
        return len(self._pages) - 1

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def indexOf(self, page: QWidget) -> int:  # noqa: N802
        return self._pages.index(page) if page in self._pages else -1

    def currentIndex(self) -> int:  # noqa: N802
        return self._current

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self.widget(self._current)

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        if index == self._current or not 0 <= index < len(self._pages):
            return
        old = self.currentWidget()
        self._current = index
        self._pages[index].show()  # shown first: the focus does not fall out of the window
        if old is not None:
            old.hide()
        self.updateGeometry()
        self.currentChanged.emit(index)


def _give_focus(w: QWidget) -> None:
    w.setFocus(Qt.FocusReason.ShortcutFocusReason)
    if isinstance(w, QLineEdit):
        w.selectAll()
    elif isinstance(w, QAbstractItemView):
        _current_first_row(w)


def _current_first_row(view: QAbstractItemView) -> None:
    """A list given the focus with nothing chosen gets its first item as the current row, so
    Enter acts on it at once (the keys a person presses after Alt+N); a list still loading gets
    it when its rows arrive, if the focus is still there and nothing was chosen meanwhile."""
    model, sel = view.model(), view.selectionModel()
    if model is None or sel is None or sel.hasSelection():
        return
    for row in range(model.rowCount()):
        idx = model.index(row, 0)
        if model.flags(idx) & Qt.ItemFlag.ItemIsSelectable:
            view.setCurrentIndex(idx)
            view.scrollTo(idx)
            return
    if model.rowCount() == 0:
        def arrived(*_args) -> None:
            model.modelReset.disconnect(arrived)
            if view.hasFocus() and not sel.hasSelection() and model.rowCount():
                _current_first_row(view)
        model.modelReset.connect(arrived)


def _due_key(item):
    """A due item's identity across refreshes (the same work on the same case)."""
    return (item.kind, item.case_id, item.period_start)


def _select_case(dlg: PersonFileDialog, case_id: str) -> None:
    for row, case in enumerate(dlg.cases):
        if case.id == case_id:
            dlg.case_table.selectRow(row)
            dlg.case_table.setFocus(Qt.FocusReason.OtherFocusReason)
            return


# The control a page's shortcut focuses, by attribute, when the page has one (else: its first
# list, else the first control that takes the focus). The pages where a person starts at the
# top (the report's period, the import's file, the sync's server or "sync now") skip the lists.
MAIN_CONTROLS = ("search", "sessions_table", "table")
FIRST_CONTROL_PAGES = {"reports": "kind", "import": "choose_btn", "sync": None}


def main_control(page: QWidget, *, first_control: bool = False, name: str | None = None) -> QWidget | None:
    """What a person wants to use first on `page`: the page's own choice (`focus_widget()`), its
    search field, its main list, or (`first_control`, or none of those) the first control
    that takes the keyboard focus."""
    own = getattr(page, "focus_widget", None)
    if callable(own):
        w = own()
        if w is not None:
            return w

    def usable(w) -> bool:
        return (isinstance(w, QWidget) and w.isVisibleTo(page) and w.isEnabled()
                and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus))

    if name is not None and usable(getattr(page, name, None)):
        return getattr(page, name)
    if not first_control:
        for name in MAIN_CONTROLS:
            w = getattr(page, name, None)
            if usable(w):
                return w
        views = [v for v in page.findChildren(QTableView) if usable(v)]
        if views:
            return views[0]
    w = page.nextInFocusChain()
    seen = 0
    while w is not None and w is not page and seen < 500:
        if page.isAncestorOf(w) and usable(w):
            return w
        w, seen = w.nextInFocusChain(), seen + 1
    return None


def window_settings() -> QSettings:
    """This computer's (and this Windows user's) settings (desktop_app/ui/settings.py): not in
    the register, which travels between computers."""
    from desktop_app.ui.settings import computer_settings

    return computer_settings()


# The smallest main window: fits a 1366×768 screen with a taskbar at 125 % scaling (about
# 1093×546 logical pixels inside the frame); pages that need more scroll.
MINIMUM_SIZE = QSize(760, 480)


class MainWindow(QMainWindow):
    def __init__(self, ws, ops, *, idle_minutes: float | None = None, sync_minutes: float | None = None):
        """`idle_minutes`, `sync_minutes`: the auto-lock time and the background sync interval
        for this run (`--idle-minutes`, `--sync-minutes`); None follows the register's settings
        (Administration → Đơn vị, set by the chief)."""
        super().__init__()
        self.ws, self.ops = ws, ops
        self.setWindowTitle(translate("Main", "WardBook — {unit}").format(unit=ws.unit_name))
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(1280, 720)  # until show_restored(): the size of the last session, else maximized
        self._keeps_geometry = False
        body = QWidget()
        lay = QHBoxLayout(body)
        lay.setContentsMargins(6, 6, 6, 2)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setStyleSheet("QListWidget#nav::item { padding: 7px 8px; }")
        self.stack = _PageStack()
        self.page_area = QScrollArea()
        self.page_area.setObjectName("page_area")
        self.page_area.setWidget(self.stack)
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay.addWidget(self.nav)
        lay.addWidget(self.page_area, 1)
        self.setCentralWidget(body)
        self.pages: dict[str, QWidget] = {}
        self.people = PeoplePage(ws, ops)
        self.due = DuePage(ws, ops)
        self.overview = OverviewPage(ws, ops)
        self.sessions = SessionsPage(ws, ops)
        self.tips = TipsPage(ws, ops)
        self.models = ModelsPage(ws, ops)
        self.admin = AdminPage(ws, ops)
        self.reports = ReportsPage(ws, ops)
        self.importing = ImportPage(ws, ops)
        # the syncs of this register: this window's status bar and the Sync page show them
        self.sync = SyncController(ws, ops, self)
        self.sync_timer = self.sync.timer  # the background sync's timer
        self.sync_page = SyncPage(ws, ops, self.sync)
        for key, label, page in (("overview", translate("Main", "Tổng quan"), self.overview),
                                 ("people", translate("Main", "Người và hồ sơ"), self.people),
                                 ("due", translate("Main", "Việc đến hạn"), self.due),
                                 ("sessions", translate("Main", "Buổi răn đe, giáo dục"), self.sessions),
                                 ("tips", translate("Main", "Tin tố giác tội phạm"), self.tips),
                                 ("models", translate("Main", "Mô hình phong trào"), self.models),
                                 ("reports", translate("Main", "Báo cáo"), self.reports),
                                 ("import", translate("Main", "Nhập từ Excel"), self.importing),
                                 ("sync", translate("Main", "Đồng bộ"), self.sync_page),
                                 ("admin", translate("Main", "Quản trị"), self.admin)):
            self.add_page(key, label, page)
        # as wide as the longest page name (in the language on screen), no wider
        fm = self.nav.fontMetrics()
        self.nav.setFixedWidth(max(fm.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
                               + 2 * 8 + 2 * self.nav.frameWidth() + 12)
        self.people.open_person.connect(self.open_person)
        self.people.new_btn.clicked.connect(self.new_person)
        self.due.open_person.connect(self.open_person)
        self.due.open_case.connect(self.open_person)
        self.nav.currentRowChanged.connect(self._switch)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_person)
        # Alt+1…9: the pages in the order of the list; Alt+0: Administration (the last one). Each
        # shows the page and puts the focus on its main control, out of the navigation list.
        self.page_keys: dict[str, str] = {}
        for i, key in enumerate([k for k in self.pages if k != "admin"][:9]):
            self.page_keys[key] = f"Alt+{i + 1}"
        self.page_keys["admin"] = "Alt+0"
        for key, seq in self.page_keys.items():
            QShortcut(QKeySequence(seq), self, activated=lambda key=key: self.go_to(key))
            item = self.nav.item(list(self.pages).index(key))
            item.setToolTip(translate("Main", "Phím tắt: {key}").format(key=seq))
        self._keep = [KeepSelection(self.due.table, key=_due_key, rows=lambda: self.due.model.rows, or_next=True)]
        for page in self.pages.values():
            for view in page.findChildren(QTableView):
                if view is not self.due.table and hasattr(view.model(), "rows"):
                    self._keep.append(KeepSelection(view))
        # status bar
        sb = self.statusBar()
        self.unit_label = QLabel(translate("Main", "Đơn vị: {name} ({code})").format(name=ws.unit_name, code=ws.unit_code))
        self.user_label = QLabel(translate("Main", "Người dùng: {user} — {role}").format(user=ws.full_name, role=role_label(ws.role.value)))
        self.user_label.setToolTip(officer_tip(ws.username))
        follow_officer_names(ws, ops)
        self.sync_label = _ClickableLabel("")
        self.sync_label.setObjectName("sync_indicator")
        self.sync_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sync_label.clicked.connect(lambda: self.show_page("sync"))
        self.busy_label = QLabel("")
        # Lock now (Ctrl+L): an officer leaving the desk does not wait for the idle timer
        self.lock_btn = QToolButton()
        self.lock_btn.setText(translate("Main", "Khóa (Ctrl+L)"))
        self.lock_btn.setToolTip(translate("Main", "Khóa màn hình ngay; mở lại bằng mật khẩu. Dữ liệu đang nhập được giữ nguyên."))
        self.lock_btn.setAutoRaise(True)
        self.lock_btn.clicked.connect(lambda: self.lock())
        QShortcut(QKeySequence("Ctrl+L"), self, activated=lambda: self.lock())
        for w in (self.unit_label, self.user_label):
            sb.addWidget(w)
        sb.addPermanentWidget(self.busy_label)
        sb.addPermanentWidget(self.sync_label)
        sb.addPermanentWidget(self.lock_btn)
        ops.busy_changed.connect(lambda b: self.busy_label.setText(translate("Main", "Đang xử lý…") if b else ""))
        ops.operation_did_execute.connect(lambda _c, _i: self.refresh_sync())
        self.sync.started.connect(self._sync_started)
        self.sync.state_changed.connect(self.refresh_sync)
        # background sync: right after start, then every `sync_minutes`, when the register is
        # enrolled (the controller decides on the sync state it reads)
        if sync_minutes is not None:
            self.sync.set_interval(sync_minutes, at_start=True)
        # auto-lock
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(SETTINGS["idle_lock_minutes"].default * 60_000)  # until the setting is read
        self.idle.timeout.connect(lambda: self.lock(idle=True))
        if idle_minutes is not None:
            self._set_idle_minutes(idle_minutes)
        # the register's settings for what this run was not told (read before the first sync
        # state: both queries go down the same lane in order), and again when the chief saves
        self._follow = tuple(name for name, given in (("idle_lock_minutes", idle_minutes),
                                                      ("sync_minutes", sync_minutes)) if given is None)
        self._settings_read = False
        if self._follow:
            self._follow_settings()
            ops.operation_did_execute.connect(lambda ch, _i: self._follow_settings() if ch.settings else None)
        self._watcher = _IdleWatcher(self.idle)
        QApplication.instance().installEventFilter(self._watcher)
        self._alt_digits = _AltDigitGuard(self)
        QApplication.instance().installEventFilter(self._alt_digits)
        self._activation = ActivationKeeper(self)  # a closed window gives the keyboard back
        QApplication.instance().installEventFilter(self._activation)
        self._lock_key = LockKeyEverywhere(lambda: self.lock())  # Ctrl+L from a form or a file too
        QApplication.instance().installEventFilter(self._lock_key)
        self.idle.start()
        self._lock_dialog = None
        self._hidden: list[QWidget] = []
        self._open_files: dict[str, PersonFileDialog] = {}
        self.nav.setCurrentRow(0)
        self.refresh_sync()

    def add_page(self, key: str, label: str, page: QWidget) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)

    def show_page(self, key: str) -> QWidget:
        keys = list(self.pages)
        self.nav.setCurrentRow(keys.index(key))
        return self.pages[key]

    def go_to(self, key: str) -> QWidget:
        """Alt+1…0: the page, with the focus on its main control (out of the navigation list)."""
        page = self.show_page(key)
        name = FIRST_CONTROL_PAGES.get(key)
        target = main_control(page, first_control=key in FIRST_CONTROL_PAGES, name=name)
        if target is not None:
            _give_focus(target)
        wanted = getattr(page, name, None) if name else None
        if wanted is not None and wanted is not target and wanted.isVisibleTo(page):
            # disabled for a moment (the report computing its figures): there once it can be
            tries = [40]

            def later(fallback=target) -> None:
                tries[0] -= 1
                if self.stack.currentWidget() is not page or QApplication.focusWidget() is not fallback:
                    return  # the person has moved on
                if wanted.isEnabled():
                    _give_focus(wanted)
                elif tries[0] > 0:
                    QTimer.singleShot(50, later)

            QTimer.singleShot(50, later)
        return page

    def _switch(self, row: int) -> None:
        if row < 0:
            return
        page = self.stack.widget(row)
        self.stack.setCurrentIndex(row)
        # the scroll bars follow the room this page needs (the stack's size hints are its own)
        QApplication.postEvent(self.page_area, QEvent(QEvent.Type.LayoutRequest))
        if hasattr(page, "refresh"):
            page.refresh()

    def refresh_sync(self) -> None:
        """The indicator says what is true now: never "synced" after a failed attempt, while
        changes wait, or before the first sync; the error and what waits for a person shown."""
        def show(state) -> None:
            self.sync_state = state
            if self.sync.running:
                return  # "Đang đồng bộ…" until it ends; state_changed brings us back
            tip = ""
            pending = state.pending  # the count as a plain name: pyside6-lupdate skips calls with n = a.b
            if not state.enrolled:
                text = translate("Main", "Chưa đăng ký đồng bộ — %Ln thay đổi chờ gửi", None, pending)
            elif state.last_error:
                text = translate("Main", "Đồng bộ lỗi — %Ln thay đổi chờ gửi", None, pending)
            elif state.synced:
                text = translate("Main", "Đã đồng bộ lúc {at}").format(at=iso_time_text(state.last_sync))
            else:
                text = translate("Main", "%Ln thay đổi chờ gửi", None, pending)
            if state.enrolled and state.last_error:
                tip = sync_error_text(state.last_error)
            waiting = []  # what waits for a person (listed on the Sync page); only what is there
            conflicts, rejections = state.conflicts, state.rejections
            if conflicts:
                waiting.append(translate("Main", "%Ln xung đột", None, conflicts))
            if rejections:
                waiting.append(translate("Main", "%Ln thay đổi bị từ chối", None, rejections))
            if waiting:
                text += translate("Main", " · cần xem: {items}").format(items=", ".join(waiting))
            if state.clock_ahead:  # the clock bound: edits are stamped with the server's time
                text += translate("Main", " · Đồng hồ máy tính chạy nhanh")
                tip = (tip + "\n" if tip else "") + warning_text("clock_ahead")
            if state.last_sync and not state.synced:
                tip = (tip + "\n" if tip else "") + translate("Main", "Đồng bộ thành công lần cuối: {at}").format(
                    at=iso_time_text(state.last_sync))
            self.sync_label.setText(text)
            self.sync_label.setToolTip((tip + "\n\n" if tip else "") + self._sync_hint())
            self.sync_label.setStyleSheet("color: #a40000;" if state.enrolled and (state.last_error or state.clock_ahead)
                                          else "")

        self.ops.query(self.ws.sync_state.state, on_done=show)

    @staticmethod
    def _sync_hint() -> str:
        return translate("Main", "Bấm để mở trang Đồng bộ.")

    def _sync_started(self) -> None:
        self.sync_label.setText(translate("Main", "Đang đồng bộ…"))
        self.sync_label.setToolTip(self._sync_hint())
        self.sync_label.setStyleSheet("")

    # -- actions ---------------------------------------------------------------------------------
    def new_person(self) -> None:
        dlg = R.PersonDialog(self, self.ws, self.ops)

        def created() -> None:
            if dlg.result_changes and dlg.result_changes.created_id:
                self.open_person(dlg.result_changes.created_id)

        dlg.accepted.connect(created)
        dlg.open()
        self._new_person_dialog = dlg

    def open_person(self, person_id: str, case_id: str | None = None) -> PersonFileDialog:
        """The person's file (one window per person); `case_id`: that case selected in it, with
        the focus on the case list (what settles a due item about the case: Enter on it)."""
        dlg = self._open_files.get(person_id)
        if dlg is None or not dlg.isVisible():
            dlg = PersonFileDialog(self.ws, self.ops, person_id, self)
            self._open_files[person_id] = dlg
            screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
            dlg.resize(dlg.size().boundedTo(screen.size() - QSize(16, 40)))  # a small screen: inside it
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()
        if case_id:
            if any(c.id == case_id for c in dlg.cases):
                _select_case(dlg, case_id)
            else:  # once read
                def loaded(dlg=dlg) -> None:
                    dlg.loaded.disconnect(loaded)
                    _select_case(dlg, case_id)
                dlg.loaded.connect(loaded)
        return dlg

    # -- the register's settings ---------------------------------------------------------------
    def _follow_settings(self) -> None:
        ws, names = self.ws, self._follow
        self.ops.query(lambda: {n: ws.setting(n) for n in names}, on_done=self._apply_settings)

    def _apply_settings(self, values: dict[str, int]) -> None:
        first, self._settings_read = not self._settings_read, True
        if "idle_lock_minutes" in values:
            self._set_idle_minutes(values["idle_lock_minutes"])
        if "sync_minutes" in values:
            self.sync.set_interval(values["sync_minutes"], at_start=first)

    def _set_idle_minutes(self, minutes: float) -> None:
        if self.idle.interval() != int(minutes * 60_000):
            self.idle.setInterval(int(minutes * 60_000))
            if self.idle.isActive():
                self.idle.start()  # the new time counts from now

    # -- auto-lock -------------------------------------------------------------------------------

    def lock(self, idle: bool = False) -> LockDialog:
        """Hide every window (forms keep their input) and ask for the password again."""
        if self._lock_dialog is not None:
            return self._lock_dialog
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        self._was_active = QApplication.activeWindow()  # typing goes on there after the unlock
        self._restore_carets = keep_carets(self._hidden)
        for w in self._hidden:
            w.hide()
        dlg = LockDialog(self.ws, self.ops, idle=idle)
        dlg.unlocked.connect(self._unlocked)
        self._lock_dialog = dlg
        dlg.show()
        return dlg

    def _unlocked(self) -> None:
        import shiboken6

        for w in self._hidden:
            if shiboken6.isValid(w):  # a window may have been deleted meanwhile (closed by its owner)
                w.show()
        self._hidden = []
        self._lock_dialog = None
        self._restore_carets()
        was = getattr(self, "_was_active", None)
        if was is not None and shiboken6.isValid(was) and was.isVisible():
            was.activateWindow()
        self.idle.start()

    # -- the window's place on this computer --------------------------------------------------------
    def show_restored(self) -> None:
        """Shows the window where and as large as it was when last closed on this computer;
        maximized the first time (or when the saved place is unusable). Its geometry is saved
        when it closes."""
        self._keeps_geometry = True
        saved = window_settings().value(COMPUTER_SETTINGS["window_geometry"].key)
        if isinstance(saved, (QByteArray, bytes)) and self.restoreGeometry(QByteArray(saved)):
            self.show()
        else:
            self.showMaximized()
        self.activateWindow()  # the keys go to it at once (the login window that had them is gone)

    def save_geometry(self) -> None:
        settings = window_settings()
        settings.setValue(COMPUTER_SETTINGS["window_geometry"].key, self.saveGeometry())
        settings.sync()

    def closeEvent(self, event) -> None:
        if self._keeps_geometry:
            self.save_geometry()
        self.sync.timer.stop()
        self.sync.cancel()  # a running sync stops at its next step instead of running on
        QApplication.instance().removeEventFilter(self._watcher)
        QApplication.instance().removeEventFilter(self._alt_digits)
        QApplication.instance().removeEventFilter(self._activation)
        QApplication.instance().removeEventFilter(self._lock_key)
        super().closeEvent(event)
