"""The admin page's audit check shows the chain against its anchor off the laptop (issue 16
item 4): intact and anchored, then rows cut from the end, named like `wardbook audit verify`."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.core.services import audit_anchor
from tests.conftest import add_person
from tests.ui.test_admin import make_page


def _anchor_here(ws, count: int) -> None:
    """The anchor as the sync client keeps the server's answer (sync_meta)."""
    with ws.db.write() as tx:
        c = tx.conn
        values = audit_anchor.anchor_values(c, count, audit_anchor.hash_at(c, count), "2026-12-01T08:00:00+00:00", "", 0)
        for k, v in values.items():
            c.exec_driver_sql("INSERT INTO sync_meta(key, value) VALUES (?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (k, v))


def test_the_audit_check_names_rows_cut_below_the_anchor(qtbot, workspace, ops):
    for i in range(4):
        add_person(workspace, f"Võ Văn Mốc {i}")
    n = workspace.audit.verify().checked
    _anchor_here(workspace, n)
    page = make_page(qtbot, workspace, ops)
    audit = page.audit
    qtbot.mouseClick(audit.verify_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: audit.verdict.text().endswith(f"khớp mốc trên máy chủ ({n} dòng đầu)"), timeout=5000)
    with workspace.db.write() as tx:  # an insider with the data key: triggers dropped, the last rows gone
        tx.conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        tx.conn.exec_driver_sql("DELETE FROM audit_log WHERE seq > ?", (n - 2,))
    qtbot.mouseClick(audit.verify_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: audit.verdict.text().startswith(f"Nhật ký bị cắt: các dòng {n - 1} đến {n} đã mất"),
                    timeout=5000)
    assert "quản trị cấp tỉnh" in audit.verdict.toolTip()
