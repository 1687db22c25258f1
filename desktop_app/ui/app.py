"""WardBook desktop entry point. Until the desktop-app issue lands, this shows a placeholder
window that states which register would open; the real pages build on desktop_app.core."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class PlaceholderWindow(QMainWindow):
    def __init__(self, data_dir: str):
        super().__init__()
        self.setWindowTitle(tr("WardBook — Sổ quản lý đối tượng"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        title = QLabel(tr("WardBook"))
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignCenter)
        msg = QLabel(tr("Giao diện đầy đủ đang được xây dựng.\n"
                        "Dùng lệnh 'wardbook' để khởi tạo, tìm kiếm và xuất dữ liệu.\n"
                        "Thư mục dữ liệu: %1").replace("%1", data_dir))
        msg.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(msg)
        self.setCentralWidget(body)
        self.resize(720, 360)


def main(argv: list[str] | None = None) -> int:
    from desktop_app.core.paths import default_data_dir

    app = QApplication(sys.argv if argv is None else argv)
    win = PlaceholderWindow(str(default_data_dir()))
    win.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
