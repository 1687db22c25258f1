"""PersonService.search and the People filters choose a query plan by how many persons match
(persons.py, bench/README.md). Whatever plan runs, the page and the total are the same: each
plan is forced here on the same register and checked against a plain Python filter."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop_app.core.services import person_search as P  # the search plans live there
from desktop_app.core.textvn import fold_tokens
from tests.conftest import LOW_KDF, pin_today

NAMES = ["Nguyễn Văn An", "Nguyễn Văn Anh", "Nguyễn Thị Bình", "Trần Văn Cường", "Trần Thị Dung",
         "Lê Văn Đức", "Phạm Thị Hoa", "Phạm Văn Hùng", "Hoàng Văn Khoa", "Vũ Thị Lan",
         "Đỗ Văn Long", "Bùi Thị Mai", "Ngô Văn Nam", "Nguyễn Văn Nam", "Đặng Thị Ngọc",
         "Nguyễn Hữu Phúc", "Trịnh Văn Quang", "Lý Thị Quỳnh", "Nguyễn Văn Sơn", "Tạ Văn Tâm"]
QUERIES = ["nguyen", "ng", "n", "van", "nguyen van", "0", "026", "tran thi", "thon dong", "xyz", "a"]
PLANS = {
    "few": {"_FEW_MATCHES": 10**9},
    "set": {"_FEW_MATCHES": -1, "_DENSE": 10.0},
    "probe": {"_FEW_MATCHES": -1, "_DENSE": 0.0},
}


def _fill(ws, unit_code=None):
    ids = {}
    for i, name in enumerate(NAMES):
        ids[name] = ws.persons.add({
            "full_name": name, "birth_date": str(1970 + i), "gender": "female" if " Thị " in name else "male",
            "cccd": f"026{'1' if ' Thị ' in name else '0'}{70 + i:02d}{i:06d}",
            "current_address": "Thôn Đông" if i % 2 else "Thôn Đoài"}, unit_code=unit_code).created_id
    # one deleted here (its search text is emptied), one deleted by a sync (still indexed)
    ws.persons.delete(ids["Tạ Văn Tâm"])
    with ws._write() as tx:
        tx.conn.execute(text("UPDATE person SET deleted = 1 WHERE id = :id"), {"id": ids["Lý Thị Quỳnh"]})
    return ids


def _expected(ws, query):
    """Live persons whose folded text has every query token as a word prefix, in sort order."""
    tokens = fold_tokens(query)
    with ws._read() as conn:
        rows = conn.execute(text("SELECT id, search_text FROM person WHERE deleted = 0 ORDER BY sort_key")).all()
    return [pid for pid, st in rows if all(any(w.startswith(t) for w in st.split()) for t in tokens)]


def _run(ws, monkeypatch, plan, query, **kw):
    with monkeypatch.context() as m:
        for name, value in PLANS[plan].items():
            m.setattr(P, name, value)
        return ws.persons.search(query, **kw)


@pytest.fixture
def province(tmp_path, low_kdf):
    from desktop_app.core.services.workspace import Workspace

    ws = pin_today(Workspace.create(tmp_path / "province", unit_code="26", unit_name="Tỉnh Vĩnh Phúc",
                                    admin="tinh", password="Matkhau2026tinh", kdf=LOW_KDF))
    yield ws
    ws.close()


@pytest.mark.parametrize("plan", sorted(PLANS))
def test_every_plan_gives_the_same_pages_and_totals(workspace, province, monkeypatch, plan):
    for ws, unit in ((workspace, None), (province, "26")):  # one unit in scope / every unit
        _fill(ws, unit_code=unit)
        for q in QUERIES:
            want = _expected(ws, q)
            full = _run(ws, monkeypatch, plan, q, limit=100, with_total=True)
            assert [r.id for r in full.rows] == want, (plan, q)
            assert full.total == len(want), (plan, q)
            # a short page: the total is counted, not taken from the page
            page = _run(ws, monkeypatch, plan, q, limit=3, offset=1, with_total=True)
            assert [r.id for r in page.rows] == want[1:4], (plan, q)
            assert page.total == len(want), (plan, q)


def test_filters_few_and_many_plans_agree(workspace, monkeypatch):
    ids = _fill(workspace)
    for name in ("Nguyễn Văn An", "Trần Thị Dung", "Phạm Văn Hùng"):
        workspace.cases.open({"person_id": ids[name], "category": "community_education",
                              "start_date": "2026-01-10", "term_months": 3,
                              "decision_number": f"{name[:3]}/QĐ", "officer": "truong"})
    pages = {}
    for plan, few in (("few", 10**9), ("many", -1)):
        monkeypatch.setattr(P, "_FEW_MATCHES", few)
        pages[plan] = [
            [r.id for r in workspace.persons.list(category="community_education").rows],
            workspace.persons.list(category="community_education", limit=2, offset=1).total,
            [r.id for r in workspace.persons.list(officer="truong", limit=2).rows],
            [r.id for r in workspace.persons.list(category="suspended_sentence").rows],
        ]
    assert pages["few"] == pages["many"]
    assert len(pages["few"][0]) == 3 and pages["few"][1] == 3 and pages["few"][3] == []


@pytest.mark.parametrize("plan", sorted(PLANS))
def test_search_with_case_filters_in_every_plan(workspace, province, monkeypatch, plan):
    """Text and case filters together (the People page with both): the persons matching the
    text who have a live case matching the filters, paged in SQL, with the right total."""
    for ws, unit in ((workspace, None), (province, "26")):
        ids = _fill(ws, unit_code=unit)
        with_case = {"Nguyễn Văn An", "Nguyễn Văn Nam", "Trần Thị Dung", "Phạm Văn Hùng", "Lý Thị Quỳnh"}
        for name in sorted(with_case):
            if name == "Lý Thị Quỳnh":
                continue  # deleted by a sync above: no case can be opened for it
            ws.cases.open({"person_id": ids[name], "category": "community_education",
                           "start_date": "2026-01-10", "term_months": 3,
                           "decision_number": f"{name[:3]}/QĐ", "officer": ws.username})
        keep = {ids[n] for n in with_case}
        for q in QUERIES:
            want = [pid for pid in _expected(ws, q) if pid in keep]
            full = _run(ws, monkeypatch, plan, q, limit=100, with_total=True, category="community_education")
            assert [r.id for r in full.rows] == want, (plan, q)
            assert full.total == len(want), (plan, q)
            page = _run(ws, monkeypatch, plan, q, limit=1, offset=1, with_total=True,
                        category="community_education", officer=ws.username)
            assert [r.id for r in page.rows] == want[1:2] and page.total == len(want), (plan, q)
            none = _run(ws, monkeypatch, plan, q, limit=100, with_total=True, category="suspended_sentence")
            assert none.rows == () and none.total == 0, (plan, q)


@pytest.mark.parametrize("plan", sorted(PLANS))
def test_due_filter_keeps_the_persons_with_work_on_the_due_list(workspace, monkeypatch, plan):
    import datetime as dt

    ws = workspace
    ids = _fill(ws)
    late = ws.cases.open({"person_id": ids["Nguyễn Văn An"], "category": "community_education",
                          "start_date": ws.today() - dt.timedelta(days=150), "term_months": 6,
                          "decision_number": "1/QĐ"}).created_id
    ws.cases.open({"person_id": ids["Trần Thị Dung"], "category": "community_education",  # starts later: not due
                   "start_date": ws.today() + dt.timedelta(days=40), "term_months": 6, "decision_number": "2/QĐ"})
    items = ws.due.list()
    overdue = {i.person_id for i in items if i.days < 0}
    anydue = {i.person_id for i in items}
    assert late and ids["Nguyễn Văn An"] in overdue and ids["Trần Thị Dung"] not in anydue
    for due, want in (("overdue", overdue), ("due", anydue)):
        listed = ws.persons.list(due=due)
        assert {r.id for r in listed.rows} == want and listed.total == len(want)
        for q in ("nguyen", "n", "0"):
            found = _run(ws, monkeypatch, plan, q, limit=100, with_total=True, due=due)
            expect = [pid for pid in _expected(ws, q) if pid in want]
            assert [r.id for r in found.rows] == expect and found.total == len(expect), (plan, q, due)
        none = _run(ws, monkeypatch, plan, "nguyen", limit=100, with_total=True, due=due, category="suspended_sentence")
        assert none.rows == () and none.total == 0
    with pytest.raises(ValueError):
        ws.persons.list(due="soon")


def test_the_due_filter_reuses_the_due_list_until_the_register_changes(workspace, monkeypatch):
    import datetime as dt

    ws = workspace
    ids = _fill(ws)
    ws.cases.open({"person_id": ids["Nguyễn Văn An"], "category": "community_education",
                   "start_date": ws.today() - dt.timedelta(days=150), "term_months": 6, "decision_number": "1/QĐ"})
    calls = []
    real = ws.due.list
    monkeypatch.setattr(ws.due, "list", lambda **kw: calls.append(kw) or real(**kw))
    for q in ("n", "ng", "ngu", "nguyen"):  # typing with the filter on: one due list
        assert [r.id for r in ws.persons.search(q, due="overdue").rows] == [ids["Nguyễn Văn An"]]
    assert len(calls) == 1
    # a change on this connection, then one from another connection (another thread): computed again
    ws.cases.open({"person_id": ids["Phạm Văn Hùng"], "category": "community_education",
                   "start_date": ws.today() - dt.timedelta(days=150), "term_months": 6, "decision_number": "2/QĐ"})
    assert {r.id for r in ws.persons.search("", due="overdue").rows} == {ids["Nguyễn Văn An"], ids["Phạm Văn Hùng"]}
    assert len(calls) == 2
    import threading

    t = threading.Thread(target=lambda: ws.cases.open({
        "person_id": ids["Bùi Thị Mai"], "category": "community_education",
        "start_date": ws.today() - dt.timedelta(days=150), "term_months": 6, "decision_number": "3/QĐ"}))
    t.start()
    t.join()
    assert ids["Bùi Thị Mai"] in {r.id for r in ws.persons.search("", due="overdue").rows}
    assert len(calls) == 3
