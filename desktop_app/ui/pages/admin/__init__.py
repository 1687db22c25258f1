"""Administration: accounts and roles (add, reset a password, deactivate and reactivate), the
rules table (read for everyone, a new value from a date for the chief), the unit's settings and
administrative units, and the audit log with a check of its hash chain.

The page only hides or disables what the signed-in role may not do (`ws.can`, `may_manage`);
the core refuses it anyway, and its refusal is shown (dialog banner or a message box). All
database work goes through `ops`; nothing here touches the register on the UI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop_app.ui.pages.admin.audit import AUDIT_LIMIT, AuditTab, audit_page, audit_with_names, load_audit
from desktop_app.ui.pages.admin.audit_words import (
    ACTION_VI,
    AUDIT_DETAIL_KEYS,
    ENTITY_OBJ,
    ENTITY_VI,
    action_label,
    audit_detail_text,
    audit_sentence,
    entity_label,
)
from desktop_app.ui.pages.admin.common import BAD_STYLE, GREY, NOTE_STYLE, OK_STYLE
from desktop_app.ui.pages.admin.documents import DocumentsTab
from desktop_app.ui.pages.admin.language import LanguageChooser
from desktop_app.ui.pages.admin.rules import (
    RULE_VI,
    RuleDialog,
    RulesTab,
    _RulesModel,
    rule_basis_text,
    rule_columns,
    rule_law_text,
    rule_name,
    rule_note_text,
    rule_value_text,
)
from desktop_app.ui.pages.admin.unit import LEVEL_VI, UnitTab
from desktop_app.ui.pages.admin.users import PasswordDialog, UserDialog, UsersTab
from desktop_app.ui.texts import translate

__all__ = [
    "ACTION_VI",
    "AUDIT_DETAIL_KEYS",
    "AUDIT_LIMIT",
    "AdminPage",
    "AuditTab",
    "DocumentsTab",
    "audit_page",
    "BAD_STYLE",
    "ENTITY_OBJ",
    "ENTITY_VI",
    "GREY",
    "LEVEL_VI",
    "LanguageChooser",
    "NOTE_STYLE",
    "OK_STYLE",
    "PasswordDialog",
    "RULE_VI",
    "RuleDialog",
    "RulesTab",
    "UnitTab",
    "UserDialog",
    "UsersTab",
    "_RulesModel",
    "action_label",
    "audit_detail_text",
    "audit_sentence",
    "audit_with_names",
    "entity_label",
    "load_audit",
    "rule_basis_text",
    "rule_columns",
    "rule_law_text",
    "rule_name",
    "rule_note_text",
    "rule_value_text",
]


class AdminPage(QWidget):
    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("admin_tabs")
        self.users = UsersTab(ws, ops)
        self.rules = RulesTab(ws, ops)
        self.unit = UnitTab(ws, ops)
        self.audit = AuditTab(ws, ops)
        self.documents = DocumentsTab(ws, ops)
        self.tabs.addTab(self.users, translate("Admin", "Tài khoản", "tab"))
        self.tabs.addTab(self.rules, translate("Admin", "Quy tắc", "tab"))
        self.tabs.addTab(self.unit, translate("Admin", "Đơn vị"))
        self.tabs.addTab(self.documents, translate("Admin", "Văn bản mẫu"))
        self.tabs.addTab(self.audit, translate("Admin", "Nhật ký"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.language = LanguageChooser()
        self.tabs.setCornerWidget(self.language, Qt.Corner.TopRightCorner)
        lay.addWidget(self.tabs)
        ops.operation_did_execute.connect(self._changed)

    def refresh(self) -> None:
        for tab in (self.users, self.rules, self.unit, self.documents, self.audit):
            tab.refresh()

    def _changed(self, changes, _initiator) -> None:
        if changes.users or changes.units:
            self.users.refresh()
        if changes.rules:
            self.rules.refresh()
        if changes.units:
            self.unit.refresh()
        if changes.audit and self.audit.allowed:
            # Every write adds audit rows: reload only when the log is in view.
            if self.audit.isVisible():
                self.audit.refresh()
            else:
                self.audit.stale = True

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.audit and self.audit.stale:
            self.audit.refresh()
