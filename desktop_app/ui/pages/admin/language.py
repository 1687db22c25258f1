"""The interface language of this computer, chosen beside the Administration tabs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from desktop_app.ui.pages.admin.common import NOTE_STYLE
from desktop_app.ui.settings import COMPUTER_SETTINGS
from desktop_app.ui.settings import label as setting_label
from desktop_app.ui.texts import (
    translate,
)


class LanguageChooser(QWidget):
    """The interface language of this computer (its declaration: ui/settings.py), beside the
    tabs: saved at once, used from the next start (the login window also offers it, and applies
    it at once)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        from desktop_app.ui import i18n

        spec = COMPUTER_SETTINGS["language"]
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 4, 2)
        label = QLabel(setting_label(spec))
        lay.addWidget(label)
        self.combo = QComboBox()
        self.combo.setObjectName("admin_language")
        for code in spec.choices:
            self.combo.addItem(i18n.LANGUAGES[code], code)  # each language named in itself
        self.load()
        self.combo.setToolTip(translate("Admin", "Ngôn ngữ giao diện trên máy này; áp dụng khi mở lại WardBook."))
        label.setBuddy(self.combo)
        lay.addWidget(self.combo)
        self.note = QLabel(translate("Admin", "Áp dụng khi mở lại WardBook."))
        self.note.setObjectName("admin_language_note")
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.hide()
        lay.addWidget(self.note)
        self.combo.currentIndexChanged.connect(self._chosen)

    def load(self) -> None:
        from desktop_app.ui import i18n

        self.combo.setCurrentIndex(max(0, self.combo.findData(i18n.saved_language())))

    def save(self) -> None:
        from desktop_app.ui import i18n

        code = self.combo.currentData()
        i18n.save_language(code)
        self.note.setVisible(code != i18n.current_language())

    def _chosen(self, _index: int) -> None:
        self.save()

