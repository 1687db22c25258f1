"""The main window: navigation on the left, one page at a time, a status bar with the unit,
the user and an honest sync indicator, background sync every few minutes when the register is
enrolled, and auto-lock after a configurable idle time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolButton,
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
from desktop_app.ui.pages.tips import TipsPage
from desktop_app.ui.texts import (
    follow_officer_names,  # officers by full name
    iso_time_text,
    officer_tip,  # officers by full name
    role_label,
    translate,
)


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


class _ClickableLabel(QLabel):
    """A status-bar label that opens something when clicked (the sync indicator: the Sync page)."""

    clicked = Signal()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class MainWindow(QMainWindow):
    def __init__(self, ws, ops, *, idle_minutes: float | None = None, sync_minutes: float | None = None):
        """`idle_minutes`, `sync_minutes`: the auto-lock time and the background sync interval
        for this run (`--idle-minutes`, `--sync-minutes`); None follows the register's settings
        (Administration → Đơn vị, set by the chief)."""
        super().__init__()
        self.ws, self.ops = ws, ops
        self.setWindowTitle(translate("Main", "WardBook — {unit}").format(unit=ws.unit_name))
        self.resize(1280, 760)
        body = QWidget()
        lay = QHBoxLayout(body)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(210)
        self.nav.setStyleSheet("QListWidget#nav::item { padding: 7px 8px; }")
        self.stack = QStackedWidget()
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
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
        self.sync_page = SyncPage(ws, ops)
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
        self.people.open_person.connect(self.open_person)
        self.people.new_btn.clicked.connect(self.new_person)
        self.due.open_person.connect(self.open_person)
        self.nav.currentRowChanged.connect(self._switch)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_person)
        for i in range(9):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda i=i: self.nav.setCurrentRow(i))
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
        self.sync_page.sync_started.connect(self._sync_started)
        self.sync_page.state_changed.connect(self.refresh_sync)
        # background sync: right after start (decided on the first sync state read, below),
        # then every `sync_minutes`, when the register is enrolled
        self.sync_timer = QTimer(self)
        self.sync_timer.timeout.connect(self.sync_page.auto_sync)
        self._sync_at_start = False
        if sync_minutes is not None:
            self._set_sync_minutes(sync_minutes, at_start=True)
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

    def _switch(self, row: int) -> None:
        if row < 0:
            return
        page = self.stack.widget(row)
        self.stack.setCurrentIndex(row)
        if hasattr(page, "refresh"):
            page.refresh()

    def refresh_sync(self) -> None:
        """The indicator says what is true now: never "synced" after a failed attempt, while
        changes wait, or before the first sync; the error and what waits for a person shown."""
        def show(state) -> None:
            self.sync_state = state
            if self._sync_at_start:
                self._sync_at_start = False
                if state.enrolled:
                    self.sync_page.sync_now()
            if self.sync_page.running:
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
            if state.last_sync and not state.synced:
                tip = (tip + "\n" if tip else "") + translate("Main", "Đồng bộ thành công lần cuối: {at}").format(
                    at=iso_time_text(state.last_sync))
            self.sync_label.setText(text)
            self.sync_label.setToolTip((tip + "\n\n" if tip else "") + self._sync_hint())
            self.sync_label.setStyleSheet("color: #a40000;" if state.enrolled and state.last_error else "")

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

    def open_person(self, person_id: str) -> PersonFileDialog:
        dlg = self._open_files.get(person_id)
        if dlg is None or not dlg.isVisible():
            dlg = PersonFileDialog(self.ws, self.ops, person_id, self)
            self._open_files[person_id] = dlg
        dlg.show()
        dlg.raise_()
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
            self._set_sync_minutes(values["sync_minutes"], at_start=first)

    def _set_sync_minutes(self, minutes: float, *, at_start: bool = False) -> None:
        """Background sync every `minutes` (0: off); `at_start`: also once right after start."""
        self.sync_page.set_auto_minutes(minutes)
        if at_start:
            self._sync_at_start = minutes > 0
        if minutes > 0:
            if not self.sync_timer.isActive() or self.sync_timer.interval() != int(minutes * 60_000):
                self.sync_timer.start(int(minutes * 60_000))
        else:
            self.sync_timer.stop()

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
        self.idle.start()

    def closeEvent(self, event) -> None:
        self.sync_timer.stop()
        self.sync_page.cancel()  # a running sync stops at its next step instead of running on
        QApplication.instance().removeEventFilter(self._watcher)
        super().closeEvent(event)
