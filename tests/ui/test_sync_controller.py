"""The SyncController without any page: one sync at a time, its stages and outcome told in
signals, a stop that ends the sync at its next step, and the background sync's timer — against a
real `wardbook-server` process (SQLite)."""

from __future__ import annotations

from desktop_app.core.sync.client import status
from desktop_app.core.sync.transport import SyncError
from desktop_app.ui.sync_controller import SyncController
from tests.conftest import add_person
from tests.ui.test_sync_page import WAIT, enrolled, registers, server  # noqa: F401 - fixtures


def _lane_drained(qtbot, ops) -> None:
    """Waits until the reads queued before now have run (one lane, in order)."""
    done: list[int] = []
    ops.query(lambda: 1, on_done=done.append)
    qtbot.waitUntil(lambda: done == [1], timeout=WAIT)


def test_one_sync_at_a_time_told_in_signals(qtbot, registers, ops, server):
    ws = enrolled(server, registers(f"{server.fresh_province()}101"))
    add_person(ws, "Trần Văn Bình")
    ctl = SyncController(ws, ops)
    seen: list[object] = []
    ctl.started.connect(lambda: seen.append("started"))
    ctl.progressed.connect(lambda stage, _d, _t: seen.append(stage.partition(":")[0]))
    ctl.finished.connect(lambda report: seen.append(("finished", report.pushed)))
    ctl.state_changed.connect(lambda: seen.append("state"))
    announced: list[object] = []
    ops.operation_did_execute.connect(lambda changes, initiator: announced.append(changes) if initiator is ctl else None)
    with qtbot.waitSignal(ctl.state_changed, timeout=WAIT):
        assert ctl.sync_now() is True
        assert ctl.running
        assert ctl.sync_now() is False  # a second press while it runs starts nothing
    assert not ctl.running
    assert seen[0] == "started" and seen[-2:] == [("finished", 1), "state"]
    assert {"meta", "push", "pull", "check"} <= set(seen)
    assert seen.count("started") == 1
    assert len(announced) == 1 and announced[0].audit  # the pages hear what the sync changed
    st = status(ws)
    assert st["pending"] == 0 and st["last_error"] is None and st["last_report"]["pushed"] == 1


def test_a_stop_ends_the_sync_at_its_next_step(qtbot, registers, ops, server):
    ws = enrolled(server, registers(f"{server.fresh_province()}101"))
    add_person(ws, "Lê Thị Cúc")
    ctl = SyncController(ws, ops)
    stopping: list[int] = []
    ctl.stopping.connect(lambda: stopping.append(1))
    finished: list[object] = []
    ctl.finished.connect(finished.append)
    with qtbot.waitSignal(ctl.failed, timeout=WAIT) as failed:
        ctl.sync_now()
        ctl.cancel()
        assert ctl.stop_requested
        ctl.cancel()  # asked twice: said once
    assert stopping == [1] and finished == [] and not ctl.running and not ctl.stop_requested
    e = failed.args[0]
    assert isinstance(e, SyncError) and e.code == "interrupted"
    assert status(ws)["last_error"] == "interrupted"
    ctl.cancel()  # nothing running: nothing to say
    assert stopping == [1]
    # the next sync goes through
    with qtbot.waitSignal(ctl.finished, timeout=WAIT):
        ctl.sync_now()
    assert status(ws)["pending"] == 0 and status(ws)["last_error"] is None


def test_the_background_timer_and_the_sync_at_start(qtbot, registers, ops, server):
    ws = registers(f"{server.fresh_province()}101")  # not enrolled yet
    ctl = SyncController(ws, ops)
    started: list[int] = []
    ctl.started.connect(lambda: started.append(1))
    with qtbot.waitSignal(ctl.interval_changed, timeout=WAIT) as changed:
        ctl.set_interval(5)
    assert changed.args == [5] and ctl.timer.isActive() and ctl.timer.interval() == 5 * 60_000
    ctl.set_interval(0)
    assert not ctl.timer.isActive() and ctl.minutes == 0
    # at start, on a register that is not enrolled: the state is read, no sync is started
    ctl.set_interval(1, at_start=True)
    _lane_drained(qtbot, ops)
    assert started == [] and ctl.timer.isActive()
    # enrolled: the sync at start runs, without anyone pressing anything
    enrolled(server, ws)
    add_person(ws, "Phan Văn Duy")
    with qtbot.waitSignal(ctl.finished, timeout=WAIT):
        ctl.set_interval(1, at_start=True)
    assert started == [1] and status(ws)["pending"] == 0
    ctl.set_interval(0)
