"""The UI operations package (desktop_app/ui/operations), one test per feature: each operation
calls the core on a worker thread (never the GUI thread) and hands the core's own result to
`on_done` on the GUI thread; a write is announced with its caller as the initiator."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from desktop_app.ui.operations import due as due_op
from desktop_app.ui.operations import models as models_op
from desktop_app.ui.operations import persons as persons_op
from desktop_app.ui.operations import reports as reports_op
from desktop_app.ui.operations import sessions as sessions_op
from desktop_app.ui.operations import sync as sync_op
from desktop_app.ui.operations import tips as tips_op
from desktop_app.ui.operations import visits as visits_op
from tests.conftest import add_person, open_case

D = dt.date


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


class Spy:
    """Wraps a core service's method: the real call, its thread and its return value kept."""

    def __init__(self, monkeypatch, service: Any, name: str):
        real = getattr(service, name)
        self.calls: list[tuple[threading.Thread, Any]] = []

        def call(*args, **kwargs):
            result = real(*args, **kwargs)
            self.calls.append((threading.current_thread(), result))
            return result

        monkeypatch.setattr(service, name, call)

    @property
    def result(self) -> Any:
        [(thread, result)] = self.calls
        assert thread is not threading.main_thread()  # the core ran off the GUI thread
        return result


def run(qtbot, operation, **kw) -> Any:
    """Runs `operation(..., on_done=...)`; returns what on_done got, checked to land on the GUI thread."""
    got: list[tuple[threading.Thread, Any]] = []
    operation(on_done=lambda r: got.append((threading.current_thread(), r)), **kw)
    qtbot.waitUntil(lambda: bool(got), timeout=20_000)
    [(thread, result)] = got
    assert thread is threading.main_thread()
    return result


def test_persons_operations(qtbot, monkeypatch, workspace, ops, parent):
    pid = add_person(workspace, "Nguyễn Văn Toàn", birth_date="1990")
    spy = Spy(monkeypatch, workspace.persons, "search")
    page = run(qtbot, persons_op.search_persons, parent=parent, ops=ops, ws=workspace, text="nguyen van toan")
    assert page is spy.result and [r.id for r in page.rows] == [pid]
    spy = Spy(monkeypatch, workspace.persons, "get")
    person, cases, timelines, sessions, photo = run(qtbot, persons_op.load_person_file, parent=parent, ops=ops,
                                                    ws=workspace, person_id=pid, audit=False)
    assert person is spy.result and person.full_name == "Nguyễn Văn Toàn"
    assert (cases, timelines, sessions, photo) == ([], {}, [], None)


def test_visits_operations(qtbot, monkeypatch, workspace, ops, parent):
    pid = add_person(workspace, "Lê Văn Hòa", birth_date="1991")
    case = open_case(workspace, pid)
    cid = workspace.visits.record_contact({"case_id": case, "kind": "home_visit", "date": D(2026, 5, 1),
                                           "summary": "Gặp mẹ"}).created_id
    spy = Spy(monkeypatch, workspace.visits, "record")
    record = run(qtbot, visits_op.load_record, parent=parent, ops=ops, ws=workspace, kind="contact", record_id=cid)
    assert record is spy.result and record.summary == "Gặp mẹ"
    announced = []
    ops.operation_did_execute.connect(lambda ch, who: announced.append((ch, who)))
    spy = Spy(monkeypatch, workspace.visits, "remove")
    changes = run(qtbot, visits_op.remove_record, parent=parent, ops=ops, ws=workspace, kind="contact", record_id=cid)
    assert changes is spy.result and changes.visits
    assert announced == [(changes, parent)]
    assert all(e.kind != "contact" for e in workspace.cases.timeline(case))


def test_sessions_operations(qtbot, monkeypatch, workspace, ops, parent):
    a, b = add_person(workspace, "Phạm Văn An", birth_date="1990"), add_person(workspace, "Đỗ Thị Bình", birth_date="2012")
    sid = workspace.sessions.create({"date": D(2026, 5, 2), "place": "Hội trường thôn Đông"}).created_id
    spy = Spy(monkeypatch, workspace.sessions, "add_attendees")
    changes = run(qtbot, sessions_op.add_attendees, parent=parent, ops=ops, ws=workspace, session_id=sid,
                  person_ids=[a, b])
    assert changes is spy.result and changes.sessions
    spy = Spy(monkeypatch, workspace.sessions, "attendees")
    rows = run(qtbot, sessions_op.list_attendees, parent=parent, ops=ops, ws=workspace, session_id=sid)
    assert rows is spy.result and {r.person_id for r in rows} == {a, b}
    minor = next(r for r in rows if r.person_id == b)
    spy = Spy(monkeypatch, workspace.sessions, "set_commitment")
    run(qtbot, sessions_op.set_commitment, parent=parent, ops=ops, ws=workspace, attendance_id=minor.id,
        signed=True, parent_cosigned=True)
    assert spy.result.sessions
    after = next(r for r in workspace.sessions.attendees(sid) if r.person_id == b)
    assert after.commitment_signed and after.parent_cosigned
    spy = Spy(monkeypatch, workspace.sessions, "remove_attendee")
    run(qtbot, sessions_op.remove_attendee, parent=parent, ops=ops, ws=workspace, attendance_id=minor.id)
    assert spy.result.sessions
    assert [r.person_id for r in workspace.sessions.attendees(sid)] == [a]
    spy = Spy(monkeypatch, workspace.sessions, "list")
    page = run(qtbot, sessions_op.list_sessions, parent=parent, ops=ops, ws=workspace)
    assert page is spy.result and [s.id for s in page.rows] == [sid]


def test_tips_operations(qtbot, monkeypatch, workspace, ops, parent):
    workspace.tips.add({"received_on": D(2026, 3, 3), "channel": "phone", "content": "Đánh bạc đầu thôn"})
    spy = Spy(monkeypatch, workspace.tips, "list")
    page = run(qtbot, tips_op.list_tips, parent=parent, ops=ops, ws=workspace)
    assert page is spy.result and [t.content for t in page.rows] == ["Đánh bạc đầu thôn"]


def test_models_operations(qtbot, monkeypatch, workspace, ops, parent):
    workspace.models.add({"name": "Trường THCS Tích Sơn", "kind": "safe4_school", "area": "Thôn Đông",
                          "established_on": D(2020, 9, 5), "status": "active"})
    spy = Spy(monkeypatch, workspace.models, "list")
    page, kind_areas, areas = run(qtbot, models_op.load_models, parent=parent, ops=ops, ws=workspace, kind=None,
                                  area=None)
    assert page is spy.result and [m.name for m in page.rows] == ["Trường THCS Tích Sơn"]
    assert kind_areas == areas == ["Thôn Đông"]


def test_due_operations(qtbot, monkeypatch, workspace, ops, parent):
    pid = add_person(workspace, "Vũ Văn Giang", birth_date="1980")
    open_case(workspace, pid, term_months=3, start_date=D(2026, 1, 10))  # no contact since: overdue
    spy = Spy(monkeypatch, workspace.due, "list")
    items = run(qtbot, due_op.list_due, parent=parent, ops=ops, ws=workspace, officer=None)
    assert items is spy.result and pid in {i.person_id for i in items}


def test_reports_operations(qtbot, workspace, ops, parent, tmp_path):
    workspace.tips.add({"received_on": D(2026, 3, 3), "channel": "phone", "content": "tin", "valuable": True})
    report = run(qtbot, reports_op.compute_report, parent=parent, ops=ops, ws=workspace, start=D(2026, 1, 1),
                 end=D(2026, 5, 20), unit=None, label=None)
    assert report["period"]["from"] == "2026-01-01"
    out = tmp_path / "báo cáo.json"
    written, path = run(qtbot, reports_op.export_report, parent=parent, ops=ops, ws=workspace, start=D(2026, 1, 1),
                        end=D(2026, 5, 20), unit=None, label=None, path=out, fmt="json", doc={})
    # the same figures, computed again for the file (its own time of generation: the two runs
    # may fall either side of a second)
    assert written["generated_at"] >= report["generated_at"]
    assert {k: v for k, v in written.items() if k != "generated_at"} == \
        {k: v for k, v in report.items() if k != "generated_at"}
    assert path == out and out.exists()
    assert [e.detail["file"] for e in workspace.audit.list(action="export")] == ["báo cáo.json"]


def test_sync_operations(qtbot, workspace, ops, parent):
    # not enrolled: the core refuses, and the refusal reaches on_error on the GUI thread
    got: list[tuple[threading.Thread, BaseException]] = []
    sync_op.export_bundle(parent=parent, ops=ops, ws=workspace, path="không có.wbb", on_done=lambda r: got.append(r),
                          on_error=lambda e: got.append((threading.current_thread(), e)))
    qtbot.waitUntil(lambda: bool(got), timeout=20_000)
    [(thread, error)] = got
    assert thread is threading.main_thread()
    from desktop_app.core.sync.transport import SyncError

    assert isinstance(error, SyncError) and error.code == "not_enrolled"
