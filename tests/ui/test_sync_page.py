"""The Sync page and the status-bar indicator, driven through real widgets against a real
`wardbook-server` process (SQLite): enrolment through the form, sync now (F5 / Enter) and in the
background, a conflict made by two devices settled from the page, a rejection dismissed, and an
honest indicator when the server is gone."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.core.sync.client import enroll, status, sync
from desktop_app.ui.main_window import MainWindow
from tests.conftest import CHIEF_PASSWORD, LOW_KDF, add_person, pin_today
from tests.sync.serverproc import ServerProcess
from tests.ui.conftest import type_text

WAIT = 15_000
_regs = itertools.count(1)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    proc = ServerProcess(f"sqlite:///{tmp_path_factory.mktemp('srv') / 'server.db'}",
                         tmp_path_factory.mktemp('srvlog') / "server.log").start()
    yield proc
    proc.dispose()


@pytest.fixture
def registers(tmp_path, low_kdf):
    """`registers(unit)` makes a new commune register (its chief signed in, today pinned);
    `registers.track(ws)` closes another workspace with them. Tests ask for this fixture
    BEFORE `ops`, so that the ops threads are stopped before the registers close."""
    from desktop_app.core.services.workspace import Workspace

    opened = []

    def make(unit: str):
        ws = Workspace.create(tmp_path / f"reg{next(_regs)}", unit_code=unit, unit_name=f"Xã {unit}", admin="truong",
                              password=CHIEF_PASSWORD, kdf=LOW_KDF, parent_code=unit[:2])
        pin_today(ws)
        opened.append(ws)
        return ws

    make.track = opened.append
    yield make
    for ws in opened:
        ws.close()


def enrolled(server, ws, role: str | None = None):
    enroll(ws, server.url, server.enroll_code(ws.unit_code, name=ws.unit_name, parent=ws.unit_code[:2], role=role))
    return ws


def open_window(qtbot, ws, ops, *, sync_minutes: float = 0, page: str = "sync") -> MainWindow:
    win = MainWindow(ws, ops, idle_minutes=60, sync_minutes=sync_minutes)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.show_page(page)
    return win


def loaded(qtbot, page) -> None:
    """Waits for the page's next status read to reach the screen."""
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.refresh()


def bar(win) -> str:
    return win.sync_label.text()


def test_enrol_through_the_form_then_sync_now_by_keyboard(qtbot, registers, ops, server):
    unit = f"{server.fresh_province()}101"
    ws = registers(unit)
    add_person(ws, "Nguyễn Văn An", birth_date="1990")
    win = open_window(qtbot, ws, ops, sync_minutes=5)
    page = win.sync_page
    qtbot.waitUntil(lambda: page.status is not None, timeout=WAIT)
    # not enrolled: said plainly, the form is there, sync and bundles are off
    assert "chưa đăng ký" in page.state_label.text()
    assert page.enroll_form.isVisible() and not page.sync_btn.isEnabled() and not page.export_btn.isEnabled()
    assert page.pending_label.text() == "1" and page.pending_label.toolTip() == "Người: 1"
    qtbot.waitUntil(lambda: bar(win).startswith("Chưa đăng ký đồng bộ"), timeout=WAIT)

    # a wrong code: refused with the reason, nothing enrolled
    type_text(page.url_edit, server.url)
    QTest.keyClick(page.url_edit, Qt.Key.Key_Return)  # Enter moves on to the code
    assert page.code_edit.hasFocus()
    type_text(page.code_edit, "SAI0-SAI0-SAI0")
    QTest.keyClick(page.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Mã đăng ký không đúng" in page.enroll_message.text(), timeout=WAIT)
    assert not status(ws)["enrolled"]

    # the right code, typed and sent with Enter: enrolled, and the first sync runs by itself
    page.code_edit.clear()
    type_text(page.code_edit, server.enroll_code(unit, name=f"Xã {unit}", parent=unit[:2]))
    QTest.keyClick(page.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.status is not None and page.status["enrolled"] and page.status["pending"] == 0,
                    timeout=WAIT)
    assert not page.enroll_form.isVisible()
    assert server.url in page.state_label.text() and unit in page.state_label.text()
    qtbot.waitUntil(lambda: bar(win).startswith("Đã đồng bộ lúc"), timeout=WAIT)
    assert "Đồng bộ xong: gửi 1 thay đổi" in page.result_label.text()

    # a new change: pending on the page and in the status bar
    ops.op(lambda: ws.persons.add({"full_name": "Lê Thị Bình"}))
    qtbot.waitUntil(lambda: page.pending_label.text() == "1", timeout=WAIT)
    qtbot.waitUntil(lambda: bar(win) == "1 thay đổi chờ gửi", timeout=WAIT)

    # F5 on the page syncs it
    win.activateWindow()
    page.sync_btn.setFocus()
    QTest.keyClick(page.sync_btn, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.pending_label.text() == "0", timeout=WAIT)
    qtbot.waitUntil(lambda: bar(win).startswith("Đã đồng bộ lúc"), timeout=WAIT)
    assert page.error_label.text() == "không có" and page.last_sync_label.text() != "chưa có"
    # what it sent is on the server: a second laptop of the commune receives both people
    other = enrolled(server, registers(unit))
    sync(other)
    assert sorted(p.full_name for p in other.persons.list().rows) == ["Lê Thị Bình", "Nguyễn Văn An"]

    # Enter on the focused "Đồng bộ ngay" button syncs too
    ops.op(lambda: ws.persons.add({"full_name": "Trần Văn Cường"}))
    qtbot.waitUntil(lambda: page.pending_label.text() == "1", timeout=WAIT)
    page.sync_btn.setFocus()
    QTest.keyClick(page.sync_btn, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.pending_label.text() == "0", timeout=WAIT)
    assert status(ws)["pending"] == 0


def test_conflict_from_two_laptops_is_shown_and_settled_from_the_page(qtbot, registers, ops, server):
    unit = f"{server.fresh_province()}101"
    mine, theirs = enrolled(server, registers(unit)), enrolled(server, registers(unit))
    pid = add_person(mine, "Nguyễn Văn An", birth_date="1990")
    sync(mine)
    sync(theirs)
    mine.persons.update(pid, {"occupation": "thợ xây"})
    theirs.persons.update(pid, {"occupation": "lái xe"})  # later: this one wins
    sync(theirs)
    win = open_window(qtbot, mine, ops)
    page = win.sync_page
    qtbot.waitUntil(lambda: page.status is not None and page.status["pending"] == 1, timeout=WAIT)
    assert page.conflicts.rowCount() == 0
    page.sync_now()
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 1, timeout=WAIT)
    cells = [page.conflicts.item(0, j).text() for j in range(4)]
    assert cells == ["Người: Nguyễn Văn An", "Nghề nghiệp", "lái xe", "thợ xây"]
    assert page.conflicts_box.title() == "Xung đột cần xử lý (1)"
    qtbot.waitUntil(lambda: bar(win).endswith(" · cần xem: 1 xung đột"), timeout=WAIT)
    # this laptop's value lost: the actions say so, mapped to swap (mine) and confirm (server's)
    assert page.swap_btn.text() == "Giữ giá trị của tôi: “thợ xây”"
    assert page.confirm_btn.text() == "Nhận giá trị máy chủ: “lái xe”"
    assert "(sửa trên máy này)" in page.conflict_detail.text()
    assert mine.persons.get(pid, audit=False).occupation == "lái xe"

    # keep mine, by keyboard: Tab from the table reaches the buttons, Enter presses
    page.conflicts.setFocus()
    QTest.keyClick(page.conflicts, Qt.Key.Key_Tab)
    QTest.keyClick(win.focusWidget(), Qt.Key.Key_Tab)
    assert win.focusWidget() is page.swap_btn
    QTest.keyClick(page.swap_btn, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 0, timeout=WAIT)
    assert mine.persons.get(pid, audit=False).occupation == "thợ xây"
    qtbot.waitUntil(lambda: page.pending_label.text() == "1", timeout=WAIT)
    assert status(mine)["resolved_conflicts"] == 1
    # the swapped value travels like any edit
    page.sync_now()
    qtbot.waitUntil(lambda: page.pending_label.text() == "0" and not page.running, timeout=WAIT)
    sync(theirs)
    assert theirs.persons.get(pid, audit=False).occupation == "thợ xây"

    # the other laptop's view of the same conflict: its own value was kept; confirm settles it
    win2 = open_window(qtbot, theirs, ops)
    page2 = win2.sync_page
    qtbot.waitUntil(lambda: page2.conflicts.rowCount() == 1, timeout=WAIT)
    assert page2.confirm_btn.text() == "Giữ giá trị của tôi: “lái xe”"
    assert page2.swap_btn.text() == "Nhận giá trị máy khác: “thợ xây”"
    page2.confirm_btn.click()
    qtbot.waitUntil(lambda: page2.conflicts.rowCount() == 0, timeout=WAIT)
    assert theirs.persons.get(pid, audit=False).occupation == "thợ xây"  # confirm changes nothing
    assert status(theirs)["pending"] == 0


def test_rejection_is_shown_with_its_reason_and_dismissed(qtbot, registers, ops, server):
    unit = f"{server.fresh_province()}101"
    chief = enrolled(server, registers(unit))
    officer_laptop = enrolled(server, registers(unit), role="officer")  # this device may not delete
    pid = add_person(chief, "Đỗ Văn Giang")
    sync(chief)
    sync(officer_laptop)
    officer_laptop.persons.delete(pid)
    win = open_window(qtbot, officer_laptop, ops)
    page = win.sync_page
    qtbot.waitUntil(lambda: page.status is not None, timeout=WAIT)
    page.sync_now()
    qtbot.waitUntil(lambda: page.rejections.rowCount() == 1, timeout=WAIT)
    assert page.rejections.item(0, 0).text() == "Người: Đỗ Văn Giang"
    assert page.rejections.item(0, 1).text() == "quyền của thiết bị không cho phép thao tác này (ví dụ xóa)"
    assert "Xóa bản ghi: có" in page.rejections.item(0, 2).text()
    assert "1 thay đổi bị từ chối" in page.result_label.text()
    qtbot.waitUntil(lambda: bar(win).endswith(" · cần xem: 1 thay đổi bị từ chối"), timeout=WAIT)
    # the server sent the row back: the person is in the register again
    assert officer_laptop.persons.get(pid, audit=False).full_name == "Đỗ Văn Giang"
    page.rejections.setFocus()
    QTest.keyClick(page.rejections, Qt.Key.Key_Tab)
    assert win.focusWidget() is page.dismiss_btn
    QTest.keyClick(page.dismiss_btn, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.rejections.rowCount() == 0, timeout=WAIT)
    assert status(officer_laptop)["rejections"] == []
    qtbot.waitUntil(lambda: "bị từ chối" not in bar(win), timeout=WAIT)


def test_a_refused_restated_tombstone_is_listed_as_the_delete(qtbot, registers, ops, server):
    """A register that re-sends every row (enrolled again, a restore) sends whole rows: an
    officer's re-sent tombstone of a row the server holds live is refused, and the list names
    the delete alone, not the whole row it carried."""
    from desktop_app.core.sync.client.state import set_meta

    unit = f"{server.fresh_province()}101"
    chief = enrolled(server, registers(unit))
    officer_laptop = enrolled(server, registers(unit), role="officer")
    pid = add_person(chief, "Đỗ Văn Giang", current_address="Thôn Đông")
    sync(chief)
    sync(officer_laptop)
    with officer_laptop.db.write() as tx:  # a tombstone written straight into the register
        tx.conn.exec_driver_sql("UPDATE person SET deleted = 1 WHERE id = ?", (pid,))
        set_meta(tx.conn, {"restate_pending": "1"})  # as a register enrolled again
    win = open_window(qtbot, officer_laptop, ops)
    page = win.sync_page
    qtbot.waitUntil(lambda: page.status is not None, timeout=WAIT)
    page.sync_now()
    qtbot.waitUntil(lambda: page.rejections.rowCount() == 1, timeout=WAIT)
    cells = [page.rejections.item(0, j).text() for j in range(3)]
    assert cells == ["Người: Đỗ Văn Giang", "quyền của thiết bị không cho phép thao tác này (ví dụ xóa)",
                     "Xóa bản ghi: có"]
    assert officer_laptop.persons.get(pid, audit=False).current_address == "Thôn Đông"  # the server's row back


def test_a_failed_sync_is_shown_and_the_indicator_never_says_synced(qtbot, registers, ops, tmp_path):
    srv = ServerProcess(f"sqlite:///{tmp_path / 'own.db'}", tmp_path / "own.log").start()
    try:
        ws = enrolled(srv, registers("31101"))
        add_person(ws, "Phạm Thị Dung")
        win = open_window(qtbot, ws, ops)
        page = win.sync_page
        qtbot.waitUntil(lambda: page.status is not None and page.sync_btn.isEnabled(), timeout=WAIT)
        page.sync_now()
        qtbot.waitUntil(lambda: bar(win).startswith("Đã đồng bộ lúc"), timeout=WAIT)

        srv.stop()
        # nothing pending, and still not "synced": the last attempt failed
        page.sync_now()
        qtbot.waitUntil(lambda: page.error_label.text().startswith("có, lúc "), timeout=WAIT)
        assert "Không kết nối được máy chủ" in page.error_label.toolTip()
        assert page.result_label.text().startswith("Đồng bộ không thành công: Không kết nối được máy chủ đồng bộ")
        qtbot.waitUntil(lambda: bar(win) == "Đồng bộ lỗi — 0 thay đổi chờ gửi", timeout=WAIT)
        assert "Không kết nối được máy chủ" in win.sync_label.toolTip()
        assert not win.sync_state.synced and win.sync_state.last_error == "server_unreachable"
        # a change made meanwhile is counted, and the error stays until a sync goes through
        ops.op(lambda: ws.persons.add({"full_name": "Hoàng Văn Em"}))
        qtbot.waitUntil(lambda: bar(win) == "Đồng bộ lỗi — 1 thay đổi chờ gửi", timeout=WAIT)
        # a window opened later still shows the recorded error, in full
        win2 = open_window(qtbot, ws, ops)
        qtbot.waitUntil(lambda: win2.sync_page.result_label.text().startswith(
            "Lần đồng bộ trước không thành công: Không kết nối được máy chủ đồng bộ"), timeout=WAIT)
        qtbot.waitUntil(lambda: bar(win2) == "Đồng bộ lỗi — 1 thay đổi chờ gửi", timeout=WAIT)
        win2.close()

        srv.start()
        page.sync_now()
        qtbot.waitUntil(lambda: bar(win).startswith("Đã đồng bộ lúc"), timeout=WAIT)
        qtbot.waitUntil(lambda: page.error_label.text() == "không có", timeout=WAIT)
        assert page.pending_label.text() == "0"
    finally:
        srv.dispose()


def test_background_sync_at_start_and_on_the_timer(qtbot, registers, ops, server):
    unit = f"{server.fresh_province()}101"
    ws = enrolled(server, registers(unit))
    add_person(ws, "Vũ Thị Hoa")
    win = open_window(qtbot, ws, ops, sync_minutes=0.02, page="people")  # every 1.2 s
    assert win.sync_timer.isActive() and win.sync_timer.interval() == 1200
    assert "mỗi 0.02 phút" in win.sync_page.auto_label.text()
    # right after start, without anyone pressing anything
    qtbot.waitUntil(lambda: status(ws)["pending"] == 0 and status(ws)["last_sync"] is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: bar(win).startswith("Đã đồng bộ lúc"), timeout=WAIT)
    first = status(ws)["last_sync"]
    # and again on the timer, for a change made later
    ops.op(lambda: ws.persons.add({"full_name": "Đinh Văn Giáp"}))
    qtbot.waitUntil(lambda: status(ws)["pending"] == 0 and status(ws)["last_report"]["pushed"] == 1, timeout=WAIT)
    assert status(ws)["last_sync"] >= first
    qtbot.waitUntil(lambda: bar(win).startswith("Đã đồng bộ lúc"), timeout=WAIT)

    # off: no timer, and the page says so
    win.close()  # stops its timer
    assert not win.sync_timer.isActive()
    win2 = open_window(qtbot, ws, ops, sync_minutes=0)
    assert not win2.sync_timer.isActive() and win2.sync_page.auto_label.text() == "Tự động đồng bộ: tắt."


def test_background_sync_follows_the_registers_setting(qtbot, registers, ops, server):
    """Started without --sync-minutes (as `make run` does): the chief's setting decides, the sync
    right after start included."""
    ws = enrolled(server, registers(f"{server.fresh_province()}101"))
    ws.set_settings({"sync_minutes": 15})
    add_person(ws, "Phí Văn Tự")
    win = MainWindow(ws, ops, idle_minutes=60)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: status(ws)["pending"] == 0 and status(ws)["last_sync"] is not None, timeout=WAIT)
    assert win.sync_timer.isActive() and win.sync_timer.interval() == 15 * 60_000
    assert "mỗi 15 phút" in win.sync_page.auto_label.text()


def test_bundle_export_and_reply_import_from_the_page(qtbot, registers, ops, server, tmp_path):
    import subprocess

    from tests.sync.serverproc import server_command

    ws = enrolled(server, registers(f"{server.fresh_province()}101"))
    add_person(ws, "Ngô Văn Khải")
    win = open_window(qtbot, ws, ops)
    page = win.sync_page
    qtbot.waitUntil(lambda: page.status is not None and page.export_btn.isEnabled(), timeout=WAIT)
    page.export_bundle(tmp_path / "gui.wbb")
    # while it runs: both actions off (a second click would start another), and what runs
    assert not page.export_btn.isEnabled() and not page.import_btn.isEnabled()
    assert page.result_label.text().startswith("Đang xuất gói ra")
    qtbot.waitUntil(lambda: "Đã xuất gói 1 thay đổi" in page.result_label.text(), timeout=WAIT)
    assert page.export_btn.isEnabled() and page.import_btn.isEnabled()
    r = subprocess.run([*server_command(), "bundle", "import", "--db", server.db_url, str(tmp_path / "gui.wbb"),
                        "--reply", str(tmp_path / "reply.wbb")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    # the request itself is refused here, with the reason
    page.import_bundle(tmp_path / "gui.wbb")
    qtbot.waitUntil(lambda: "phải nhập trên máy chủ tỉnh" in page.result_label.text(), timeout=WAIT)
    page.import_bundle(tmp_path / "reply.wbb")
    assert not page.import_btn.isEnabled() and page.result_label.text().startswith("Đang nhập gói trả lời")
    qtbot.waitUntil(lambda: "máy chủ xác nhận 1 thay đổi" in page.result_label.text(), timeout=WAIT)
    assert page.import_btn.isEnabled()
    qtbot.waitUntil(lambda: page.pending_label.text() == "0", timeout=WAIT)
    qtbot.waitUntil(lambda: bar(win).startswith("Đã đồng bộ lúc"), timeout=WAIT)


def test_a_reply_from_a_restored_server_says_to_send_another_bundle(qtbot, registers, ops, server, tmp_path):
    """The reply shows the server lost state (here: the register's cursor stands ahead of the
    server's counter, as after a restore): nothing of it is taken in, the page says why and
    what to do, and the next bundle re-sends every row."""
    import subprocess

    from desktop_app.core.sync.client.state import read_meta, set_meta
    from tests.sync.serverproc import server_command

    def trip(name: str) -> None:
        r = subprocess.run([*server_command(), "bundle", "import", "--db", server.db_url, str(tmp_path / name),
                            "--reply", str(tmp_path / f"reply-{name}")], capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr

    ws = enrolled(server, registers(f"{server.fresh_province()}101"))
    pid = add_person(ws, "Ngô Văn Phục Hồi")
    sync(ws)
    with ws.db.write() as tx:  # the register ahead of the server: what a restore leaves
        set_meta(tx.conn, {f"cursor:{ws.unit_code}": "1000000"})
    win = open_window(qtbot, ws, ops)
    page = win.sync_page
    qtbot.waitUntil(lambda: page.status is not None and page.export_btn.isEnabled(), timeout=WAIT)
    page.export_bundle(tmp_path / "first.wbb")
    qtbot.waitUntil(lambda: "Đã xuất gói" in page.result_label.text(), timeout=WAIT)
    trip("first.wbb")
    page.import_bundle(tmp_path / "reply-first.wbb")
    qtbot.waitUntil(lambda: "đã được khôi phục từ bản sao lưu" in page.result_label.text(), timeout=WAIT)
    assert "xuất gói gửi tỉnh một lần nữa" in page.result_label.text()
    assert status(ws)["last_error"] == "server_restored"
    page.export_bundle(tmp_path / "second.wbb")
    qtbot.waitUntil(lambda: "Đã xuất gói" in page.result_label.text() and "second" in page.result_label.text(),
                    timeout=WAIT)
    assert "gửi lại mọi bản ghi trên máy này" in page.result_label.text()
    trip("second.wbb")
    page.import_bundle(tmp_path / "reply-second.wbb")
    qtbot.waitUntil(lambda: "máy chủ xác nhận" in page.result_label.text(), timeout=WAIT)
    assert status(ws)["last_error"] is None and ws.persons.get(pid).full_name == "Ngô Văn Phục Hồi"
    with ws.db.read() as conn:  # pulled again from the start: the server's numbers now
        assert int(read_meta(conn, "cursor:")[f"cursor:{ws.unit_code}"]) < 1000000


def test_an_officer_sees_conflicts_but_cannot_settle_them_or_enrol(qtbot, registers, ops, server):
    from desktop_app.core.services.workspace import Workspace
    from tests.conftest import OFFICER_PASSWORD

    unit = f"{server.fresh_province()}101"
    mine, theirs = enrolled(server, registers(unit)), enrolled(server, registers(unit))
    pid = add_person(mine, "Bùi Văn Long")
    sync(mine)
    sync(theirs)
    mine.persons.update(pid, {"phone": "0912000001"})
    theirs.persons.update(pid, {"phone": "0912000002"})
    sync(theirs)
    sync(mine)
    assert len(status(mine)["conflicts"]) == 1
    mine.users.add({"username": "canbo1", "role": "officer"}, OFFICER_PASSWORD)
    officer = pin_today(Workspace.open(mine.data_dir, "canbo1", OFFICER_PASSWORD))
    registers.track(officer)
    win = open_window(qtbot, officer, ops)
    page = win.sync_page
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 1, timeout=WAIT)
    assert page.selected_conflict() is not None
    assert not page.confirm_btn.isEnabled() and not page.swap_btn.isEnabled()
    page.resolve_selected("swap")  # refused before it reaches the core
    assert page.conflicts.rowCount() == 1 and len(status(mine)["conflicts"]) == 1
    assert page.sync_btn.isEnabled()  # any user may sync
    # the chief's window on the same register may
    win2 = open_window(qtbot, mine, ops)
    qtbot.waitUntil(lambda: win2.sync_page.conflicts.rowCount() == 1, timeout=WAIT)
    assert win2.sync_page.confirm_btn.isEnabled() and win2.sync_page.swap_btn.isEnabled()


def test_an_officer_cannot_enrol_the_register(qtbot, add_officer, ops):
    win = open_window(qtbot, add_officer("canbo1"), ops)
    page = win.sync_page
    qtbot.waitUntil(lambda: page.status is not None, timeout=WAIT)
    assert page.enroll_form.isVisible() and not page.enroll_btn.isEnabled() and not page.url_edit.isEnabled()
    assert "Chỉ trưởng Công an xã hoặc quản trị tỉnh" in page.enroll_message.text()


def test_a_running_sync_stops_at_its_next_step_and_the_next_one_finishes(qtbot, registers, ops, server):
    from desktop_app.demo import person_inputs

    unit = f"{server.fresh_province()}101"
    ws = enrolled(server, registers(unit))
    with ws.batch():  # 2,500 persons: three push batches
        for data in person_inputs(2_500, seed=7):
            ws.persons.add(data)
    pending = status(ws)["pending"]
    win = open_window(qtbot, ws, ops)
    page = win.sync_page
    qtbot.waitUntil(lambda: page.status is not None and page.sync_btn.isEnabled(), timeout=WAIT)
    page.sync_now()
    assert page.stop_btn.isVisible() and page.stop_btn.isEnabled()
    qtbot.mouseClick(page.stop_btn, Qt.MouseButton.LeftButton)
    assert page.stage_label.text() == "Đang dừng đồng bộ…" and not page.stop_btn.isEnabled()
    qtbot.waitUntil(lambda: not page.running, timeout=WAIT)
    assert not page.stop_btn.isVisible()
    assert page.result_label.text().startswith("Đồng bộ không thành công: Lần đồng bộ bị dừng giữa chừng")
    st = status(ws)
    assert st["last_error"] == "interrupted" and 0 < st["pending"] <= pending  # stopped before the end
    qtbot.waitUntil(lambda: bar(win).startswith("Đồng bộ lỗi"), timeout=WAIT)  # never "synced"
    # nothing lost: the next sync sends the rest and ends well
    page.sync_now()
    qtbot.waitUntil(lambda: bar(win).startswith("Đã đồng bộ lúc"), timeout=WAIT)
    assert status(ws)["pending"] == 0 and status(ws)["last_error"] is None


@pytest.mark.parametrize(("chosen", "name"), [
    ("E:/xa-25101.wbb", "xa-25101.wbb"), ("E:/xa-25101", "xa-25101.wbb"), ("E:/Gói tháng 12 .WBB", "Gói tháng 12.wbb"),
    ("E:/ ", "WardBook_25101.wbb"), ("E:/ .wbb", "WardBook_25101.wbb"), ("E:/  xa  ", "xa.wbb"),
])
def test_the_export_file_name_survives_a_stray_key_in_the_dialog(chosen, name):
    """Space then Enter in the save dialog used to write a bundle named " .wbb"."""
    from pathlib import Path

    from desktop_app.ui.pages.sync_bundles import bundle_file_name

    assert bundle_file_name(chosen, "25101") == Path("E:/") / name
