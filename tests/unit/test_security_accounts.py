"""Key slots, accounts and roles (issue 3, points 2, 3 and 7), on the real slot file and the
real SQLCipher file.

- adding a user, changing a password, removing a user rewrites that one slot; the other slots
  stay exactly as they were and the database is not re-encrypted (same data key, same salt,
  untouched pages byte-identical);
- a wrong password opens nothing and says so; 5 failures lock the account for a delay that
  grows; the chief resets an officer's password and so unlocks it; failed logins reach the
  audit log at the next successful login;
- officers get None for ethnicity, religion, health and a tip reporter's identity, from the
  core itself;
- Vietnamese passwords open whichever Unicode form they are typed in;
- a key-slot file of another register, a damaged one, a full disk while saving it: a clear
  StoreError and nothing lost.
"""

from __future__ import annotations

import json
import types
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.core.errors import AuthenticationFailed, NotFound, PermissionDenied, StoreError, ValidationFailed
from desktop_app.core.services.workspace import Workspace
from desktop_app.core.store import keyslots
from tests.conftest import CHIEF, CHIEF_PASSWORD, LOW_KDF, OFFICER_PASSWORD, add_person

PAGE = 4096


def slots_of(data_dir: Path) -> dict[str, str]:
    """Each slot as its exact serialised text."""
    data = json.loads((data_dir / "keyslots.json").read_text(encoding="utf-8"))
    return {u: json.dumps(s, sort_keys=True) for u, s in data["slots"].items()}


def pages(db: Path) -> list[bytes]:
    b = db.read_bytes()
    return [b[i:i + PAGE] for i in range(0, len(b), PAGE)]


def checkpoint(ws: Workspace) -> None:
    with ws.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# -- key slots -------------------------------------------------------------------------------------

def test_user_changes_rewrap_one_slot_and_never_reencrypt(workspace, add_officer):
    ws = workspace
    for i in range(150):  # a register big enough that "few pages changed" means something
        add_person(ws, f"Lò Văn Trang {i}", permanent_address="Bản Mường " * 15)
    officer = add_officer("canbo1")
    key = ws._data_key
    checkpoint(ws)
    db = ws.data_dir / "register.db"
    pages0, slots0 = pages(db), slots_of(ws.data_dir)
    assert set(slots0) == {CHIEF, "canbo1"}

    # Add a user: one new slot, the others untouched.
    ws.users.add({"username": "canbo2", "role": "officer"}, OFFICER_PASSWORD)
    slots1 = slots_of(ws.data_dir)
    assert set(slots1) == {CHIEF, "canbo1", "canbo2"}
    assert {u: slots1[u] for u in slots0} == slots0

    # Change a password: only that slot differs.
    officer.users.change_password(OFFICER_PASSWORD, "Moi2026canbo1x")
    slots2 = slots_of(ws.data_dir)
    assert slots2["canbo1"] != slots1["canbo1"]
    assert {u: s for u, s in slots2.items() if u != "canbo1"} == {u: s for u, s in slots1.items() if u != "canbo1"}

    # Remove (deactivate) a user: that slot goes, the others stay.
    ws.users.set_active("canbo2", False)
    slots3 = slots_of(ws.data_dir)
    assert set(slots3) == {CHIEF, "canbo1"}
    assert slots3 == {u: slots2[u] for u in (CHIEF, "canbo1")}

    # Every slot still opens the same data key; the file was not re-encrypted.
    sf = keyslots.SlotFile.load(ws.data_dir / "keyslots.json")
    assert sf.unwrap(CHIEF, CHIEF_PASSWORD) == key
    assert sf.unwrap("canbo1", "Moi2026canbo1x") == key
    assert sf.unwrap("canbo1", OFFICER_PASSWORD) is None
    assert sf.unwrap("canbo2", OFFICER_PASSWORD) is None
    checkpoint(ws)
    pages1 = pages(db)
    assert pages1[0][:16] == pages0[0][:16]  # SQLCipher salt
    same = sum(a == b for a, b in zip(pages0, pages1))
    assert len(pages0) > 100
    # A re-encryption rewrites every page (fresh IV per page); three user changes touch a few.
    assert same >= len(pages0) - 15, (same, len(pages0))


def test_wrong_password_and_unknown_user_open_nothing(workspace, data_dir):
    for user, pw in ((CHIEF, "Saimatkhau2026"), ("khongco", CHIEF_PASSWORD), (CHIEF, "")):
        with pytest.raises(AuthenticationFailed) as e:
            Workspace.open(data_dir, user, pw)
        assert e.value.reason == "bad_credentials"


def test_password_policy(workspace):
    with pytest.raises(ValidationFailed) as e:
        workspace.users.add({"username": "canbo9", "role": "officer"}, "ngan1")
    assert {p.code for p in e.value.problems} == {"password_too_short"}
    with pytest.raises(ValidationFailed) as e:
        workspace.users.add({"username": "canbo9", "role": "officer"}, "chicochudaithoi")
    assert "password_needs_letter_and_digit" in {p.code for p in e.value.problems}


@pytest.fixture
def clock(monkeypatch):
    """keyslots' notion of now, moved by hand."""
    now = [1_800_000_000.0]
    monkeypatch.setattr(keyslots, "time", types.SimpleNamespace(time=lambda: now[0]))
    return now


def test_five_failures_lock_with_a_growing_delay(workspace, add_officer, clock):
    add_officer("canbo1").close()
    d = workspace.data_dir
    for i in range(4):
        with pytest.raises(AuthenticationFailed) as e:
            Workspace.open(d, "canbo1", f"Sai{i}matkhau2026")
        assert e.value.reason == "bad_credentials"
    with pytest.raises(AuthenticationFailed) as e:  # the 5th failure locks
        Workspace.open(d, "canbo1", "Sai4matkhau2026")
    assert e.value.reason == "account_locked" and e.value.retry_after == pytest.approx(30)

    clock[0] += 10  # the right password does not open a locked account (and does not extend it)
    with pytest.raises(AuthenticationFailed) as e:
        Workspace.open(d, "canbo1", OFFICER_PASSWORD)
    assert e.value.reason == "account_locked" and e.value.retry_after == pytest.approx(20)

    clock[0] += 21  # lock over; one more failure locks again, for twice as long
    with pytest.raises(AuthenticationFailed) as e:
        Workspace.open(d, "canbo1", "Sai5matkhau2026")
    assert e.value.reason == "account_locked" and e.value.retry_after == pytest.approx(60)
    clock[0] += 30
    with pytest.raises(AuthenticationFailed) as e:
        Workspace.open(d, "canbo1", OFFICER_PASSWORD)
    assert e.value.reason == "account_locked" and e.value.retry_after == pytest.approx(30)

    clock[0] += 31  # and a third failure after that: 120 s
    with pytest.raises(AuthenticationFailed) as e:
        Workspace.open(d, "canbo1", "Sai6matkhau2026")
    assert e.value.retry_after == pytest.approx(120)

    clock[0] += 121
    ws = Workspace.open(d, "canbo1", OFFICER_PASSWORD)  # opens; the counter is cleared
    ws.close()
    assert keyslots.SlotFile.load(d / "keyslots.json").locked_for("canbo1") == 0
    # Another account was never affected.
    Workspace.open(d, CHIEF, CHIEF_PASSWORD).close()

    # Every failed attempt (locked ones too) is in the audit log, under the officer's name.
    failed = workspace.audit.list(action="login_failed", username="canbo1")
    reasons = [a.detail["reason"] for a in failed]
    assert reasons.count("bad_password") == 7 and reasons.count("account_locked") == 2
    assert workspace.audit.verify().ok


def test_chief_resets_a_locked_officer(workspace, add_officer, clock):
    add_officer("canbo1").close()
    chief = workspace  # opened before the failures: its copy of the slot file is older
    d = chief.data_dir
    for i in range(5):
        with pytest.raises(AuthenticationFailed):
            Workspace.open(d, "canbo1", f"Sai{i}matkhau2026")
    with pytest.raises(AuthenticationFailed) as e:
        Workspace.open(d, "canbo1", OFFICER_PASSWORD)
    assert e.value.reason == "account_locked"

    chief.users.reset_password("canbo1", "Datlai2026canbo")
    with pytest.raises(AuthenticationFailed):
        Workspace.open(d, "canbo1", OFFICER_PASSWORD)  # the old password is gone
    officer = Workspace.open(d, "canbo1", "Datlai2026canbo")  # no wait: unlocked by the reset
    officer.close()
    # The failures recorded while the chief's session was open were not lost by its save.
    failed = chief.audit.list(action="login_failed", username="canbo1")
    assert len(failed) == 7  # 5 bad passwords, 1 attempt while locked, 1 old password after reset
    assert chief.audit.list(action="password_reset")


def test_officer_cannot_reset_or_manage(workspace, add_officer):
    officer = add_officer("canbo1")
    with pytest.raises(PermissionDenied):
        officer.users.reset_password(CHIEF, "Datlai2026truong")
    with pytest.raises(PermissionDenied):
        officer.users.add({"username": "canbo7", "role": "officer"}, OFFICER_PASSWORD)
    with pytest.raises(PermissionDenied):
        workspace.users.reset_password(CHIEF, "Datlai2026truong")  # not one's own, either


def test_deactivated_account_opens_nothing(workspace, add_officer):
    add_officer("canbo1").close()
    workspace.users.set_active("canbo1", False)
    with pytest.raises(AuthenticationFailed):
        Workspace.open(workspace.data_dir, "canbo1", OFFICER_PASSWORD)
    # its key slot is gone: switching it back on is not enough, it needs a new password
    with pytest.raises(ValidationFailed) as e:
        workspace.users.set_active("canbo1", True)
    assert [p.code for p in e.value.problems] == ["reactivate_needs_password"]
    with pytest.raises(AuthenticationFailed):
        Workspace.open(workspace.data_dir, "canbo1", OFFICER_PASSWORD)
    actions = [a.action for a in workspace.audit.list(limit=10_000)]
    assert (actions.count("user_deactivated"), actions.count("user_activated")) == (1, 0)


# -- roles: sensitive fields and tip reporters ---------------------------------------------------------

def test_sensitive_fields_and_tip_reporters_hidden_from_officers(workspace, add_officer):
    chief = workspace
    pid = chief.persons.add({"full_name": "Hà Văn Mường", "ethnicity": "Mường", "religion": "Công giáo",
                             "health_note": "nghiện ma túy, đang điều trị"}).created_id
    tid = chief.tips.add({"received_on": "2026-05-02", "channel": "in_person", "reporter_name": "Bùi Thị Lan",
                          "reporter_contact": "0987 000 111", "content": "Tố giác trộm cắp"}).created_id
    officer = add_officer("canbo1")

    seen = officer.persons.get(pid)
    assert (seen.ethnicity, seen.religion, seen.health_note) == (None, None, None)
    assert seen.full_name == "Hà Văn Mường"
    tip = officer.tips.get(tid)
    assert (tip.reporter_name, tip.reporter_contact) == (None, None)
    assert tip.content == "Tố giác trộm cắp"
    assert all(t.reporter_name is None and t.reporter_contact is None for t in officer.tips.list().rows)
    with pytest.raises(ValidationFailed):  # cannot overwrite blind either
        officer.persons.update(pid, {"religion": "Không"})
    with pytest.raises(PermissionDenied):  # nor get them by exporting or reading the audit
        officer.exporter.dump()
    with pytest.raises(PermissionDenied):
        officer.audit.list()

    full = chief.persons.get(pid)
    assert (full.ethnicity, full.religion, full.health_note) == ("Mường", "Công giáo", "nghiện ma túy, đang điều trị")
    tip = chief.tips.get(tid)
    assert (tip.reporter_name, tip.reporter_contact) == ("Bùi Thị Lan", "0987 000 111")
    assert [t.reporter_name for t in chief.tips.list().rows] == ["Bùi Thị Lan"]
    assert chief.audit.list(action="view_tip_reporter")


# -- Vietnamese passwords ----------------------------------------------------------------------------------

def test_vietnamese_password_opens_in_either_unicode_form(tmp_path, low_kdf):
    pw = "Mật khẩu Đồng Tháp 2026 ưở"
    nfc, nfd = unicodedata.normalize("NFC", pw), unicodedata.normalize("NFD", pw)
    assert nfc != nfd and nfc.encode() != nfd.encode()
    d = tmp_path / "reg"
    Workspace.create(d, unit_code="09123", unit_name="Xã Tích Sơn", admin=CHIEF, password=nfc, kdf=LOW_KDF).close()
    Workspace.open(d, CHIEF, nfd).close()
    with Workspace.open(d, CHIEF, nfc) as ws:
        ws.users.add({"username": "canbo1", "role": "officer"}, "Cán bộ Hòa 2026".replace("ò", "o\u0300"))
        ws.users.change_password(nfc, "Mới Thuý 2026 nghĩa")
    Workspace.open(d, "canbo1", unicodedata.normalize("NFC", "Cán bộ Hòa 2026")).close()
    Workspace.open(d, CHIEF, unicodedata.normalize("NFD", "Mới Thuý 2026 nghĩa")).close()
    with pytest.raises(AuthenticationFailed):  # a different tone placement is a different password
        Workspace.open(d, CHIEF, "Mới Thúy 2026 nghĩa")


# -- bad slot files and full disks ----------------------------------------------------------------------------

def test_key_slots_of_another_register_are_refused(workspace, tmp_path):
    other = tmp_path / "other"
    # Same account name and password in both registers: still refused, before any password work.
    Workspace.create(other, unit_code="09124", unit_name="Xã Khác", admin=CHIEF, password=CHIEF_PASSWORD,
                     kdf=LOW_KDF).close()
    workspace.close()
    d = workspace.data_dir
    own = (d / "keyslots.json").read_bytes()
    db_before = (d / "register.db").read_bytes()
    (d / "keyslots.json").write_bytes((other / "keyslots.json").read_bytes())
    with pytest.raises(StoreError) as e:
        Workspace.open(d, CHIEF, CHIEF_PASSWORD)
    assert e.value.code == "keyslots_mismatch"
    assert (d / "register.db").read_bytes() == db_before
    (d / "keyslots.json").write_bytes(own)
    Workspace.open(d, CHIEF, CHIEF_PASSWORD).close()


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "other"}', b"\xff\xfe\x00",
                                     b'{"format": "wardbook-keyslots", "register_id": "x", "slots": []}'])
def test_damaged_key_slot_file_is_a_clear_error(workspace, content):
    workspace.close()
    (workspace.data_dir / "keyslots.json").write_bytes(content)
    with pytest.raises(StoreError) as e:
        Workspace.open(workspace.data_dir, CHIEF, CHIEF_PASSWORD)
    assert e.value.code == "keyslots_corrupt"


def test_damaged_slot_entry_is_a_clear_error(workspace):
    workspace.close()
    p = workspace.data_dir / "keyslots.json"
    data = json.loads(p.read_text())
    data["slots"][CHIEF]["salt"] = "***"
    p.write_text(json.dumps(data))
    with pytest.raises(StoreError) as e:
        Workspace.open(workspace.data_dir, CHIEF, CHIEF_PASSWORD)
    assert e.value.code == "keyslots_corrupt"


def _disk_full(monkeypatch):
    real_open = open

    def full_open(path, mode="r", *a, **kw):
        if "w" in mode:
            raise OSError(28, "No space left on device")
        return real_open(path, mode, *a, **kw)

    monkeypatch.setattr(keyslots, "open", full_open, raising=False)


def test_full_disk_while_adding_a_user_changes_nothing(workspace, monkeypatch):
    p = workspace.data_dir / "keyslots.json"
    before = p.read_bytes()
    _disk_full(monkeypatch)
    with pytest.raises(StoreError) as e:
        workspace.users.add({"username": "canbo1", "role": "officer"}, OFFICER_PASSWORD)
    assert e.value.code == "disk_full"
    assert p.read_bytes() == before
    assert not workspace._slots.has("canbo1")  # memory does not claim what the disk lacks
    with pytest.raises(NotFound):  # the user row was rolled back with it
        workspace.users.get("canbo1")
    assert not [a for a in workspace.audit.list(action="user_added") if a.entity_id == "canbo1"]
    assert not list(p.parent.glob(".keyslots*.tmp"))
    monkeypatch.undo()
    workspace.users.add({"username": "canbo1", "role": "officer"}, OFFICER_PASSWORD)
    Workspace.open(workspace.data_dir, "canbo1", OFFICER_PASSWORD).close()


def test_full_disk_while_changing_a_password_keeps_the_old_one(workspace, monkeypatch):
    _disk_full(monkeypatch)
    with pytest.raises(StoreError) as e:
        workspace.users.change_password(CHIEF_PASSWORD, "Moi2026truongx")
    assert e.value.code == "disk_full"
    monkeypatch.undo()
    workspace.users.add({"username": "canbo1", "role": "officer"}, OFFICER_PASSWORD)  # a later save
    Workspace.open(workspace.data_dir, CHIEF, CHIEF_PASSWORD).close()  # still the old password
    with pytest.raises(AuthenticationFailed):
        Workspace.open(workspace.data_dir, CHIEF, "Moi2026truongx")


def test_slot_saves_from_two_sessions_do_not_overwrite_each_other(workspace, data_dir):
    """Two sessions on one register (the app and the CLI): each adds a user; both slots stay."""
    other = Workspace.open(data_dir, CHIEF, CHIEF_PASSWORD)
    try:
        workspace.users.add({"username": "canbo1", "role": "officer"}, OFFICER_PASSWORD)
        other.users.add({"username": "canbo2", "role": "officer"}, OFFICER_PASSWORD)
    finally:
        other.close()
    assert {CHIEF, "canbo1", "canbo2"} == set(slots_of(data_dir))
    Workspace.open(data_dir, "canbo1", OFFICER_PASSWORD).close()
    Workspace.open(data_dir, "canbo2", OFFICER_PASSWORD).close()
    with workspace._read() as conn:
        assert conn.execute(text("SELECT count(*) FROM app_user")).scalar() == 3

