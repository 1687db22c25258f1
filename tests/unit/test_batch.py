"""`ws.batch()`: many service writes in one transaction, a savepoint per row, dry runs."""

from __future__ import annotations

import threading

import pytest

from desktop_app.core.errors import ValidationFailed
from tests.conftest import table_counts


def test_batch_commits_all_rows_once_and_keeps_the_chains(workspace):
    ws = workspace
    with ws.batch() as b:
        for i in range(50):
            with b.row():
                ws.persons.add({"full_name": f"Nguyễn Văn Số {i}"})
    assert ws.persons.list(limit=1).total == 50
    assert ws.audit.verify().ok
    assert ws.sync_state.state().pending == 50


def test_refused_row_leaves_nothing_and_later_rows_go_on(workspace):
    ws = workspace
    before = table_counts(ws)
    with ws.batch() as b:
        with pytest.raises(ValidationFailed):
            with b.row():
                pid = ws.persons.add({"full_name": "Lê Văn Hỏng"}).created_id
                ws.cases.open({"person_id": pid, "category": "community_education", "term_months": 99})
        with b.row():
            ws.persons.add({"full_name": "Lê Văn Được"})
    after = table_counts(ws)
    assert after["person"] == before["person"] + 1
    assert after["case_file"] == before["case_file"]
    assert [r.full_name for r in ws.persons.search("le van").rows] == ["Lê Văn Được"]
    assert ws.audit.verify().ok


def test_dry_run_writes_nothing_but_reads_its_own_writes(workspace):
    ws = workspace
    before = table_counts(ws)
    seen = []
    with ws.batch(rollback=True) as b:
        with b.row():
            ws.persons.add({"full_name": "Phan Văn Thử"})
        seen.append(ws.persons.search("phan van thu").rows)
        other: list = []
        t = threading.Thread(target=lambda: other.append(ws.persons.search("phan van thu").rows))
        t.start()
        t.join()
        assert other == [()]  # another thread does not see the uncommitted row
    assert len(seen[0]) == 1
    assert table_counts(ws) == before


def test_checkpoint_commits_part_way(workspace):
    ws = workspace
    with pytest.raises(RuntimeError):
        with ws.batch() as b:
            ws.persons.add({"full_name": "Vũ Văn Một"})
            b.checkpoint()
            ws.persons.add({"full_name": "Vũ Văn Hai"})
            raise RuntimeError("stop")
    assert [r.full_name for r in ws.persons.search("vu van").rows] == ["Vũ Văn Một"]
    assert ws.audit.verify().ok
