"""Sync that stays true (issue 15): a losing edit comes back to the laptop that made it, the
end-of-sync check compares content, restores lose nothing (a laptop enrolled after the backup
included), and derived columns are computed on each laptop, never merged. Real server process
(SQLite and PostgreSQL), real registers."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from desktop_app.core.sync.client import status, sync
from desktop_app.core.sync.transport import SyncError
from tests.conftest import add_person
from tests.sync.conftest import tables
from tests.sync.serverproc import server_command


def _conflicts(ws, *keys: str) -> list[tuple]:
    """The conflicts the register lists, each as the values of `keys`."""
    return [tuple(x[k] for k in keys) for x in status(ws)["conflicts"]]


def _agree_on_occupation(a, b, pid: str, *, kept: str, lost: str, lost_device: str) -> None:
    """Both laptops hold the same tables, `kept` as the person's occupation, and list one
    conflict: `lost`, the occupation `lost_device` had sent, lost to `kept`."""
    assert a.persons.get(pid).occupation == b.persons.get(pid).occupation == kept
    for ws in (a, b):
        c = _conflicts(ws, "field", "kept_value", "lost_value", "lost_device")
        assert c == [("occupation", kept, lost, lost_device)]
    assert tables(a) == tables(b)


def _search(ws, text: str) -> list[str]:
    return [r.id for r in ws.persons.search(text).rows]


def test_search_text_is_computed_on_each_laptop_from_the_merged_row(devices, server):
    unit = f"{server.fresh_province()}101"
    a, b, c = (devices.commune(unit) for _ in range(3))
    pid = add_person(a, "Trần Văn Cũ", current_address="Thôn Một")
    a.persons.add_old_id(pid, {"kind": "cmnd", "number": "123456789"})
    sync(a)
    sync(b)
    a.persons.update(pid, {"full_name": "Trần Văn Mới"})  # a renames
    b.persons.update(pid, {"current_address": "Thôn Hai"})  # b changes the address, concurrently
    sync(a)
    sync(b)
    sync(a)
    sync(c)
    for ws in (a, b, c):
        p = ws.persons.get(pid)
        assert (p.full_name, p.current_address) == ("Trần Văn Mới", "Thôn Hai")
        # the new name, the new address and the old ID number are found on every laptop
        assert pid in _search(ws, "tran van moi") and pid in _search(ws, "thon hai")
        assert pid in _search(ws, "123456789") and pid not in _search(ws, "van cu")
    assert tables(a) == tables(b) == tables(c)
    # no conflict on a derived column, nor on anything else: the edits touched different fields
    assert [status(ws)["conflicts"] for ws in (a, b, c)] == [[], [], []]


# -- restores (SQLite server files copied back, as tests/sync/test_recovery.py) -----------------


def _backup(tmp_path) -> None:
    (tmp_path / "backup").mkdir(exist_ok=True)
    for f in tmp_path.glob("server.db*"):
        shutil.copy2(f, tmp_path / "backup" / f.name)


def _restore(server, tmp_path, new_epoch: bool) -> None:
    server.stop()
    for f in tmp_path.glob("server.db*"):
        f.unlink()
    for f in (tmp_path / "backup").glob("server.db*"):
        shutil.copy2(f, tmp_path / f.name)
    if new_epoch:
        subprocess.run([*server_command(), "new-epoch", "--db", server.db_url], check=True,
                       capture_output=True, timeout=60)
    server.start()


@pytest.mark.parametrize("new_epoch", [False, True], ids=["forgot-new-epoch", "new-epoch"])
def test_a_laptop_enrolled_after_the_backup_gives_its_rows_back_when_enrolled_again(
        own_server, own_devices, tmp_path, new_epoch):
    a = own_devices.commune("25101")
    x1 = add_person(a, "Nguyễn Văn Trước")
    sync(a)
    _backup(tmp_path)
    late = own_devices.commune("25101")  # enrolled after the server's last backup
    sync(late)
    y1 = add_person(late, "Lê Thị Sau")
    late.persons.update(x1, {"note": "ghi chú của máy mới"})
    sync(late)
    sync(a)
    _restore(own_server, tmp_path, new_epoch)
    with pytest.raises(SyncError):
        sync(late)  # the restored server never heard of this laptop
    own_devices.enroll(late)  # the admin enrolls it again
    report = sync(late)
    assert report.recovered and set(report.checks.values()) == {"ok"}
    sync(a)
    assert tables(late) == tables(a)
    assert y1 in {r["id"] for r in tables(a)["person"]}
    assert a.persons.get(x1).note == late.persons.get(x1).note == "ghi chú của máy mới"
    fresh = own_devices.commune("25101")
    sync(fresh)
    assert tables(fresh) == tables(a)


@pytest.mark.parametrize("new_epoch", [False, True], ids=["forgot-new-epoch", "new-epoch"])
def test_a_laptop_enrolled_after_the_backup_and_again_after_the_restore_shows_its_re_sent_edit_that_loses(
        own_server, own_devices, tmp_path, new_epoch):
    """The restored server lost the enrollment too: the register's device id of then, which
    stamped its acknowledged edit, is one the server never heard of. Enrolled again (a new id),
    the register names its earlier ids in its restate, so that edit is judged its own: losing to
    an edit made on the restored server, it is a conflict, not a stale copy dropped silently
    (the fault harness's seed 5011)."""
    a = own_devices.commune("25101")
    pid = add_person(a, "Trịnh Văn Đăng Ký Lại")
    sync(a)
    _backup(tmp_path)
    late = own_devices.commune("25101")  # enrolled after the server's last backup
    sync(late)
    late.persons.update(pid, {"occupation": "thợ hàn"})  # acknowledged, then lost with the server's disk
    sync(late)
    _restore(own_server, tmp_path, new_epoch)
    a.persons.update(pid, {"occupation": "thợ điện"})  # later, on the restored server
    sync(a)
    with pytest.raises(SyncError):
        sync(late)  # the restored server never heard of this laptop
    own_devices.enroll(late)  # the admin enrolls it again
    report = sync(late)
    sync(a)
    assert report.recovered
    _agree_on_occupation(a, late, pid, kept="thợ điện", lost="thợ hàn", lost_device=late.device_id)


@pytest.mark.parametrize("new_epoch", [False, True], ids=["forgot-new-epoch", "new-epoch"])
def test_a_restated_copy_of_another_laptops_edit_that_replaces_one_pushed_since_the_restore_is_a_conflict(
        own_server, own_devices, tmp_path, new_epoch):
    """Laptop a pulled c's edit before the restore lost it; b pushed a concurrent edit to the
    restored server; a's restate carries c's stamp, later than b's, and replaces b's value. The
    replaced value is listed, though the restated one is not a's own edit (c, restating the same
    stamp later, finds nothing to replace): before, b's acknowledged edit vanished silently (the
    fault harness's PostgreSQL seed 5015)."""
    a, b, c = (own_devices.commune("25101") for _ in range(3))
    pid = add_person(a, "Cao Văn Bản Sao")
    for ws in (a, b, c):
        sync(ws)
    _backup(tmp_path)
    b.persons.update(pid, {"occupation": "thợ mộc"})  # made first, pushed after the restore
    c.persons.update(pid, {"occupation": "thợ điện"})  # made later: c's stamp wins
    sync(c)  # acknowledged, then lost with the server's disk
    add_person(c, "Cao Thị Sau Sao Lưu")  # more lost history: a's cursor stands past the restored counter
    sync(c)
    sync(a)  # a holds c's value now
    _restore(own_server, tmp_path, new_epoch)
    sync(b)  # acknowledged by the restored server
    report = sync(a)  # re-sends every row, c's value among them
    assert report.recovered
    for ws in (c, b, a):
        sync(ws)
    assert {ws.persons.get(pid).occupation for ws in (a, b, c)} == {"thợ điện"}
    for ws in (a, b, c):
        c_ = _conflicts(ws, "field", "kept_value", "lost_value")
        assert c_ == [("occupation", "thợ điện", "thợ mộc")]
    assert tables(a) == tables(b) == tables(c)


@pytest.mark.parametrize("told", [True, False], ids=["meta-says", "push-bounds"])
def test_forgot_new_epoch_a_base_version_from_the_lost_history_leaves_a_conflict(
        own_server, own_devices, tmp_path, monkeypatch, told):
    """Nobody ran new-epoch, and the restored server stamped enough versions since that a
    laptop's cursor does not look ahead of its counter. The server knows the last version it
    told that laptop about (its pulls): `/sync/meta` says it, the laptop's cursor stands above
    it, and it re-sends its rows. A laptop that does not ask (an older release: "push-bounds")
    pushes as usual, its edit's base version a number from the history the restore lost; the
    server bounds it by the same record. Either way the value the laptop's edit replaces,
    pushed after the restore, is a conflict, not judged seen and lost silently."""
    if not told:
        _older_release(monkeypatch)
    a, b, c = (own_devices.commune("25101") for _ in range(3))
    pid = add_person(a, "Lương Văn Quên")
    for ws in (a, b, c):
        sync(ws)
    _backup(tmp_path)
    a.persons.update(pid, {"note": "ghi chú sau sao lưu"})  # the history the restore loses
    sync(a)
    sync(b)  # b's copy of the row carries a version of that history
    _restore(own_server, tmp_path, False)
    c.persons.update(pid, {"occupation": "thợ mộc"})  # on the restored server
    for i in range(3):
        add_person(c, f"Lương Văn Mới {i}")  # the restored counter passes b's cursor
    sync(c)
    b.persons.update(pid, {"occupation": "thợ điện"})  # later: b's stamp wins
    report = sync(b)
    assert report.recovered == told  # told: b finds out and re-sends; else a plain push
    for ws in (a, b, c, a, b, c):
        sync(ws)
    assert {ws.persons.get(pid).occupation for ws in (a, b, c)} == {"thợ điện"}
    for ws in (a, b, c):
        got = _conflicts(ws, "field", "kept_value", "lost_value")
        assert ("occupation", "thợ điện", "thợ mộc") in got
    assert tables(a) == tables(b) == tables(c)


def test_an_edit_re_sent_after_a_restore_that_loses_is_a_conflict(own_server, own_devices, tmp_path):
    a, b = own_devices.commune("25101"), own_devices.commune("25101")
    pid = add_person(a, "Đỗ Văn Khôi Phục")
    sync(a)
    sync(b)
    _backup(tmp_path)
    a.persons.update(pid, {"occupation": "thợ mộc"})  # acknowledged, then lost with the server's disk
    sync(a)
    _restore(own_server, tmp_path, True)
    b.persons.update(pid, {"occupation": "thợ điện"})  # later, on the restored server
    sync(b)
    report = sync(a)  # a re-sends every row: its older edit loses, and says so
    sync(b)
    assert report.recovered
    _agree_on_occupation(a, b, pid, kept="thợ điện", lost="thợ mộc", lost_device=a.device_id)


def test_forgot_new_epoch_an_edit_pushed_to_the_restored_server_that_loses_to_a_re_sent_one_is_a_conflict(
        own_server, own_devices, tmp_path):
    """The restored server stamps versions again from the backup's counter: the numbers the
    recovering laptop's rows carry (from the history the restore lost) are the same numbers, so
    they cannot tell whether it saw the other laptop's edit. Its last sync's time does."""
    a, b = own_devices.commune("25101"), own_devices.commune("25101")
    pid = add_person(a, "Vũ Văn Quên")
    sync(a)
    sync(b)
    _backup(tmp_path)
    b.persons.update(pid, {"occupation": "thợ mộc"})  # made first, not synced yet
    a.persons.update(pid, {"occupation": "thợ điện"})  # made later: a's stamp is the later one
    sync(a)  # acknowledged, then lost with the server's disk
    _restore(own_server, tmp_path, False)  # and nobody runs new-epoch
    # and b changes a field a set when it added the person, which b saw: a re-sends the value
    # b replaced, a stale copy, no conflict
    b.persons.update(pid, {"phone": "0909000111"})
    sync(b)  # b's push meets nothing: the restored server never had a's edit
    report = sync(a)  # a finds its acknowledged edit gone, and re-sends every row
    sync(b)
    assert report.recovered
    # b's edit, acknowledged by the restored server, lost: shown, not silent
    _agree_on_occupation(a, b, pid, kept="thợ điện", lost="thợ mộc", lost_device=b.device_id)
    assert a.persons.get(pid).phone == b.persons.get(pid).phone == "0909000111"


def test_a_restated_row_the_server_holds_in_another_commune_leaves_the_register(devices, server):
    """A register that re-sends its rows (enrolled again, a restore) may hold a person the
    province moved to another commune since: the server refuses the re-sent row (out of
    scope), the register shows the refusal (before, a restate's reply was dropped unread) and
    the row goes, and the next sync re-sends nothing. (Where the pull brings no word of the
    move — the fault harness's PG seed 2004, after several restores — the refusal itself takes
    the row and its children out: before, the register restated at every sync.)"""
    from desktop_app.core.sync.client.state import set_meta

    p = server.fresh_province()
    a, prov = devices.commune(f"{p}101"), devices.province(p)
    devices.commune(f"{p}202")
    pid = add_person(a, "Lý Văn Chuyển")
    sync(a)
    sync(prov)
    prov.transfers.move_person(pid, f"{p}202", reason="Chuyển nơi cư trú")
    sync(prov)
    with a.db.write() as tx:
        set_meta(tx.conn, {"restate_pending": "1"})  # as a register enrolled again, not synced since
    report = sync(a)
    assert report.recovered and report.rejected == 1
    [refusal] = status(a)["rejections"]
    assert (refusal["row_id"], refusal["reason"]) == (pid, "out_of_scope")
    # listed with what the row held, not its blanks nor sealed text
    assert refusal["fields"]["full_name"] == "Lý Văn Chuyển"
    assert all(v not in (None, "") and not str(v).startswith("wbs1:") for v in refusal["fields"].values())
    assert pid not in {r["id"] for r in tables(a)["person"]}
    again = sync(a)
    assert not again.recovered and set(again.checks.values()) == {"ok"}


def _corrupt(ws, pid: str, occupation: str) -> None:
    """An insider's edit straight into the register: the content changes, the version does not."""
    with ws.db.write() as tx:
        tx.conn.exec_driver_sql("UPDATE person SET occupation = ? WHERE id = ?", (occupation, pid))


def test_the_check_compares_content_and_repairs_a_laptop_that_differs_at_the_same_version(devices, server):
    import datetime as dt

    from desktop_app.core.sync.client.state import set_meta

    unit = f"{server.fresh_province()}101"
    a, b = devices.commune(unit), devices.commune(unit)
    pid = add_person(a, "Hồ Văn Nội Dung", occupation="nông dân")
    other = add_person(a, "Hồ Thị Khác")
    sync(a)
    sync(b)
    version = b.persons.get(pid).version
    _corrupt(b, pid, "sai lệch")
    report = sync(b, check_content=True)  # asked for (wardbook sync --check-content)
    assert report.checks[unit] == "repulled"
    assert b.persons.get(pid).occupation == "nông dân" and b.persons.get(pid).version == version
    assert tables(b) == tables(a) and status(b)["pending"] == 0
    # by itself once a day: a day after the last comparison, the next sync compares content
    _corrupt(b, other, "sai lệch nữa")
    assert sync(b).checks[unit] == "ok"  # compared today already: ids and versions agree
    with b.db.write() as tx:
        day_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1, minutes=1)).isoformat()
        set_meta(tx.conn, {f"content_checked:{u}": day_ago for u in (unit, unit[:2])})
    assert sync(b).checks[unit] == "repulled"
    assert b.persons.get(other).occupation == "" and tables(b) == tables(a)
    assert sync(b).checks[unit] == "ok"


def _older_release(monkeypatch) -> None:
    """The laptop of an older release: no `told` in the meta it reads (ServerMeta.told)."""
    from desktop_app.core.sync.protocol import ServerMeta

    real = ServerMeta.model_validate.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(ServerMeta, "model_validate",
                        classmethod(lambda cls, obj, **kw: real(cls, {**obj, "told": {}}, **kw)
                                    if isinstance(obj, dict) else real(cls, obj, **kw)))


@pytest.mark.parametrize("told", [True, False], ids=["meta-says", "check-finds"])
def test_a_row_the_restored_server_lost_is_re_sent_not_swept_into_a_tombstone(
        own_server, own_devices, tmp_path, monkeypatch, told):
    # The server is copied back without new-epoch, and other laptops push enough afterwards that
    # this laptop's cursor is not ahead of the restored counters. The meta's `told` shows it (the
    # cursor stands above what the restored server told this laptop about); for a laptop that
    # does not ask, the end-of-sync check sees the loss.
    if not told:
        _older_release(monkeypatch)
    a, late, b = (own_devices.commune("25101") for _ in range(3))
    x1 = add_person(a, "Nguyễn Văn Đầu")
    for ws in (a, late, b):
        sync(ws)
    _backup(tmp_path)
    y = add_person(a, "Phạm Thị Mất")
    sync(a)
    sync(late)  # holds y, pulled (never pushed by it)
    _restore(own_server, tmp_path, False)
    for i in range(4):
        add_person(b, f"Trần Văn Sau{i}")
    sync(b)  # the restored counters move past `late`'s cursor
    report = sync(late)
    assert report.recovered and report.checks["25101"] == ("ok" if told else "repulled")
    assert late.persons.get(y).full_name == "Phạm Thị Mất"  # still live here
    fresh = own_devices.commune("25101")
    sync(fresh)  # the server has y again, before `a` ever syncs
    assert {x1, y} <= {r["id"] for r in tables(fresh)["person"]}
    assert tables(fresh) == tables(late)


def test_a_register_enrolled_again_is_known_to_the_server_by_the_device_id_it_stamps_with(devices, server):
    """Enrolled again, a register takes a new device id for its HLCs; the server's record of the
    enrollment names that id (it judges the register's own edits in a restate, and binds its
    authors, by it), not the one the register had before."""
    from sqlalchemy import text

    from sync_server.core.db import read_tx

    a = devices.commune(f"{server.fresh_province()}101")
    pid = add_person(a, "Phan Văn Đăng Ký")
    sync(a)
    before = a.device_id
    devices.enroll(a)
    assert a.device_id != before
    a.persons.update(pid, {"occupation": "thợ xây"})
    sync(a)
    with read_tx(server.engine) as conn:
        ids = [r for (r,) in conn.execute(text("SELECT local_device_id FROM device WHERE register_id = :r "
                                               "ORDER BY enrolled_at"), {"r": a.register_id})]
    assert ids == [before, a.device_id]
    with read_tx(server.engine) as conn:
        hlcs = conn.execute(text("SELECT field_hlc FROM record WHERE row_id = :r"), {"r": pid}).scalar()
    assert f'-{a.device_id}"' in hlcs  # the edit is stamped with the id the server knows


def test_a_copy_not_yet_told_apart_that_restates_over_the_originals_edit_leaves_a_conflict(
        own_server, own_devices, tmp_path):
    """A copied register syncs first after a new epoch: it re-sends its rows before the push
    that would show it is a copy (one device id, two registers), and its later value replaces
    the original's acknowledged one. That replaced value is a conflict, not a silent loss."""
    from sqlalchemy import text

    from desktop_app.core.services.workspace import Workspace
    from sync_server.core.db import read_tx
    from tests.conftest import CHIEF_PASSWORD, pin_today

    a = own_devices.commune("25101")
    pid = add_person(a, "Mai Văn Sao Chép")
    sync(a)
    shutil.copytree(a.data_dir, tmp_path / "copy")
    copy = pin_today(Workspace.open(tmp_path / "copy", "truong", CHIEF_PASSWORD))
    own_devices.opened.append(copy)
    a.persons.update(pid, {"note": "ghi chú của bản gốc"})
    copy.persons.update(pid, {"note": "ghi chú của bản sao"})  # later: its stamp wins
    sync(a)  # acknowledged
    own_server.stop()
    subprocess.run([*server_command(), "new-epoch", "--db", own_server.db_url], check=True,
                   capture_output=True, timeout=60)
    own_server.start()
    with pytest.raises(SyncError) as e:
        sync(copy)  # restates first (a new epoch), then its push shows it is a copy
    assert e.value.code == "device_cloned"
    with read_tx(own_server.engine) as conn:
        rows = conn.execute(text("SELECT kept_value, lost_value FROM sync_conflicts WHERE row_id = :r AND field = 'note'"),
                            {"r": pid}).all()
    assert rows == [('"ghi chú của bản sao"', '"ghi chú của bản gốc"')]
