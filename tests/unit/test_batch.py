"""`ws.batch()`: many service writes in one transaction, a savepoint per row, dry runs."""

from __future__ import annotations

import threading

import pytest
import sqlcipher3

from desktop_app.core.errors import ValidationFailed
from desktop_app.core.store.tables import Person
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


# -- the writer thread (Batch.write_later, Batch.checkpoint) -----------------------------------------

def _prepared(ws, names):
    return [ws.persons.prepare({"full_name": n}) for n in names]


def test_deferred_writes_run_on_the_writer_in_order_and_reads_wait_for_them(workspace):
    ws = workspace
    names = [f"Đinh Văn Số {i}" for i in range(30)]
    with ws.batch() as b:
        with b.write_later() as tx:
            ids = tx.insert_many(Person, _prepared(ws, names), unit_code=ws.default_unit(),
                                 audit_each=[None] * len(names))
        assert b._jobs  # handed to the writer, not run here
        # a read of this thread waits for the writer: it sees the rows
        assert ws.persons.search("dinh van so", limit=100, with_total=True).total == 30
        with b.write_later() as tx:  # a second unit, after the first
            tx.insert_many(Person, _prepared(ws, ["Đinh Văn Cuối"]), unit_code=ws.default_unit(),
                           audit_each=[None])
        b.checkpoint()  # the commit runs on the writer too
        b.wait()
        seen: list = []
        t = threading.Thread(target=lambda: seen.append(ws.persons.search("dinh van", limit=100, with_total=True).total))
        t.start()
        t.join()
        assert seen == [31]  # committed: another thread's connection sees it
        ws.persons.add({"full_name": "Đinh Thị Sau"})  # a write after it (a savepoint of its own)
    assert ws.persons.get(ids[0], audit=False).full_name == "Đinh Văn Số 0"
    assert ws.persons.search("dinh", limit=100, with_total=True).total == 32
    assert ws.audit.verify().ok  # the chain links written on the writer follow each other
    assert ws.sync_state.state().pending == 32


@pytest.mark.parametrize("rollback", [False, True])
def test_a_failed_deferred_write_is_raised_and_nothing_is_kept(workspace, rollback):
    ws = workspace
    before = table_counts(ws)
    rows = _prepared(ws, ["Hồ Văn Một", "Hồ Văn Hai"])
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
        with ws.batch(rollback=rollback) as b:
            with b.write_later() as tx:  # one id twice: refused when the writer runs it
                tx.insert_many(Person, rows, unit_code=ws.default_unit(), ids=["same-id", "same-id"])
            with b.write_later() as tx:  # queued behind it, never run: nothing runs after an error
                tx.insert_many(Person, _prepared(ws, ["Hồ Văn Ba"]), unit_code=ws.default_unit())
    assert table_counts(ws) == before


def test_a_deferred_write_cannot_read_and_leaves_the_transaction_as_it_was(workspace):
    ws = workspace
    with ws.batch() as b:
        with pytest.raises(RuntimeError):
            with b.write_later() as tx:
                tx.insert_many(Person, _prepared(ws, ["Lý Văn Chưa"]), unit_code=ws.default_unit())
                tx.cur.execute("SELECT count(*) FROM person").fetchone()
        with pytest.raises(RuntimeError):
            with b.write_later() as tx:
                tx.conn  # noqa: B018 - a statement through it would run before the deferred ones
        ws.persons.add({"full_name": "Lý Văn Có"})
    assert [r.full_name for r in ws.persons.search("ly van").rows] == ["Lý Văn Có"]
    assert ws.audit.verify().ok
    assert ws.sync_state.state().pending == 1


def test_checkpoints_one_after_another_commit_in_turn(workspace):
    """A checkpoint queued while the writer has not yet run the one before commits the
    transaction that one began (nothing written in between: rows that were all refused)."""
    ws = workspace
    with ws.batch() as b:
        with b.write_later() as tx:
            tx.insert_many(Person, _prepared(ws, ["Mai Văn Một"]), unit_code=ws.default_unit())
        for _ in range(5):
            b.checkpoint()
        ws.persons.add({"full_name": "Mai Văn Hai"})
        b.checkpoint()
        b.checkpoint()
    assert ws.persons.search("mai van", with_total=True).total == 2
    assert ws.audit.verify().ok
