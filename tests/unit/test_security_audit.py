"""The audit trail (issue 3, point 4): what is recorded, and that the SHA-256 chain catches a row
edited, deleted or reordered behind the application's back, through a raw SQLCipher connection
with the data key (the append-only triggers dropped first, as an attacker with the key would)."""

from __future__ import annotations

import datetime as dt
from typing import Callable

import pytest
import sqlcipher3

from desktop_app.core.errors import AuthenticationFailed
from desktop_app.core.services.backup import make_backup
from desktop_app.core.services.maintenance import doctor
from desktop_app.core.services.workspace import Workspace
from tests.conftest import CHIEF, add_person


def actions(ws, **kw) -> list[str]:
    return [a.action for a in ws.audit.list(limit=10_000, **kw)]


def test_logins_views_edits_exports_and_user_changes_are_recorded(workspace, add_officer, tmp_path):
    chief = workspace
    officer = add_officer("canbo1")
    pid = add_person(chief, "Lý Văn Sổ", current_address="Thôn Cũ")
    officer.persons.get(pid)
    chief.persons.update(pid, {"current_address": "Thôn Mới", "phone": "0912000111"})
    chief.exporter.dump()
    make_backup(chief, tmp_path / "b.wbk")
    chief.users.reset_password("canbo1", "Datlai2026canbo")
    with pytest.raises(AuthenticationFailed):
        Workspace.open(chief.data_dir, "canbo1", "Sai2026matkhau")
    Workspace.open(chief.data_dir, "canbo1", "Datlai2026canbo").close()
    chief.users.set_active("canbo1", False)

    log = chief.audit.list(limit=10_000)
    by = lambda action: [a for a in log if a.action == action]  # noqa: E731
    assert [a.username for a in by("login")] == ["canbo1", "canbo1"]  # the chief created the register
    assert by("register_created") and by("user_added")[0].entity_id == CHIEF
    assert [a.entity_id for a in by("user_added")][-1] == "canbo1"
    views = [a for a in by("view_person") if a.person_id == pid]
    assert views and views[0].username == "canbo1"
    edit = [a for a in by("edit") if a.person_id == pid][0]
    assert edit.username == CHIEF
    assert edit.detail["changes"]["current_address"] == ["Thôn Cũ", "Thôn Mới"]
    assert edit.detail["changes"]["phone"] == ["", "0912000111"]
    assert by("export") and by("export")[0].detail["counts"]["person"] == 1
    assert by("backup") and by("backup")[0].detail["file"] == "b.wbk"
    assert by("password_reset")[0].entity_id == "canbo1"
    failed = by("login_failed")
    assert failed and failed[0].username == "canbo1" and failed[0].detail["reason"] == "bad_password"
    assert by("user_deactivated")[0].entity_id == "canbo1"
    assert chief.audit.verify().ok

    # The filters of `wardbook audit list`.
    assert {a.person_id for a in chief.audit.list(person_id=pid)} == {pid}
    assert set(actions(chief, person_id=pid)) >= {"view_person", "edit"}
    assert [a.entity_id for a in by("create") if a.entity == "person"] == [pid]
    assert {a.username for a in chief.audit.list(username="canbo1")} == {"canbo1"}
    today = dt.datetime.now(dt.UTC).date()
    assert len(chief.audit.list(date_from=today, date_to=today, limit=10_000)) == len(log)
    assert chief.audit.list(date_from=today + dt.timedelta(days=1)) == []


def test_the_triggers_refuse_edits_through_the_application_connection(workspace):
    import sqlalchemy.exc

    with pytest.raises(sqlalchemy.exc.DatabaseError, match="append-only"):
        with workspace.engine.connect() as conn:
            conn.exec_driver_sql("UPDATE audit_log SET detail = '{}' WHERE seq = 1")
    with pytest.raises(sqlalchemy.exc.DatabaseError, match="append-only"):
        with workspace.engine.connect() as conn:
            conn.exec_driver_sql("DELETE FROM audit_log WHERE seq = 1")
    assert workspace.audit.verify().ok


# -- tampering with a raw SQLCipher connection ---------------------------------------------------------

def raw_tamper(ws, sql: Callable[[sqlcipher3.Connection], None]) -> None:
    conn = sqlcipher3.connect(str(ws.data_dir / "register.db"), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key=\"x'{ws._data_key.hex()}'\"")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        sql(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()


@pytest.fixture
def logged(workspace):
    """A register with a dozen audit rows."""
    for i in range(4):
        pid = add_person(workspace, f"Mai Văn Chuỗi {i}")
        workspace.persons.get(pid)
    n = workspace.audit.verify().checked
    assert n >= 10
    return workspace


def test_an_edited_row_breaks_the_chain_at_that_row(logged):
    raw_tamper(logged, lambda c: c.execute(
        "UPDATE audit_log SET detail = '{\"changes\":{}}' WHERE seq = 6"))
    v = logged.audit.verify()
    assert (v.ok, v.first_broken_seq, v.reason) == (False, 6, "hash_mismatch")
    assert "audit_chain" in doctor(logged).problems


def test_an_edited_row_with_its_hash_recomputed_breaks_the_next_link(logged):
    from desktop_app.core.services.base import audit_hash

    def rehash(c):
        seq, at, user, action, entity, entity_id, person_id, _detail, prev = c.execute(
            "SELECT seq, at, username, action, entity, entity_id, person_id, detail, prev_hash "
            "FROM audit_log WHERE seq = 5").fetchone()
        detail = '{"forged":true}'
        h = audit_hash(prev, seq, at, user, action, entity, entity_id, person_id, detail)
        c.execute("UPDATE audit_log SET detail = ?, hash = ? WHERE seq = 5", (detail, h))

    raw_tamper(logged, rehash)
    v = logged.audit.verify()
    assert (v.ok, v.first_broken_seq, v.reason) == (False, 6, "link_mismatch")


def test_a_deleted_row_breaks_the_chain_at_its_place(logged):
    raw_tamper(logged, lambda c: c.execute("DELETE FROM audit_log WHERE seq = 4"))
    v = logged.audit.verify()
    assert (v.ok, v.first_broken_seq) == (False, 4)
    assert v.reason == "gap"


def test_deleting_the_last_rows_is_not_caught_by_the_chain_alone(logged):
    """Documents a limit: a chain has no anchor for its end, so cutting the newest rows leaves a
    valid shorter chain. A backup's manifest records the audit head, so the cut shows against it."""
    last = logged.audit.verify().checked
    raw_tamper(logged, lambda c: c.execute("DELETE FROM audit_log WHERE seq = ?", (last,)))
    assert logged.audit.verify().ok


def test_swapped_rows_break_the_chain_at_the_first_of_them(logged):
    def swap(c):
        c.execute("UPDATE audit_log SET seq = -1 WHERE seq = 3")
        c.execute("UPDATE audit_log SET seq = 3 WHERE seq = 7")
        c.execute("UPDATE audit_log SET seq = 7 WHERE seq = -1")

    raw_tamper(logged, swap)
    v = logged.audit.verify()
    assert (v.ok, v.first_broken_seq) == (False, 3)
    assert v.reason in ("link_mismatch", "hash_mismatch")


def test_verify_is_green_on_an_untouched_log_after_reopening(logged):
    d = logged.data_dir
    logged.close()
    with Workspace.open(d, CHIEF, "Matkhau2026truong") as ws:
        v = ws.audit.verify()
        assert v.ok and v.first_broken_seq is None and v.checked >= 11
