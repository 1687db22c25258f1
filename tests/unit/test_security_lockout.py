"""Issue 16, item 6, played by the insider: clearing the lockout in keyslots.json (by hand, or by
putting back an older copy) does not unlock the account; the record kept outside the data folder
wins, and a hand-edited copy of that record counts as a lock."""

from __future__ import annotations

import json
import os
import shutil
import types

import pytest

from desktop_app.core.errors import AuthenticationFailed
from desktop_app.core.services.workspace import Workspace
from desktop_app.core.store import keyslots, lockguard
from tests.conftest import CHIEF, CHIEF_PASSWORD, OFFICER_PASSWORD


@pytest.fixture
def clock(monkeypatch):
    now = [1_800_000_000.0]
    monkeypatch.setattr(keyslots, "time", types.SimpleNamespace(time=lambda: now[0]))
    return now


@pytest.fixture
def config(tmp_path, monkeypatch):
    """This test's own per-user config folder (outside the data folder)."""
    folder = tmp_path / "cau-hinh người dùng"
    monkeypatch.setenv("WARDBOOK_CONFIG_DIR", str(folder))
    monkeypatch.setenv("WARDBOOK_NO_KEYRING", "1")  # the file fallback, whatever this machine has
    return folder


def lock_out(d, user: str) -> None:
    for i in range(keyslots.MAX_FAILURES):
        with pytest.raises(AuthenticationFailed):
            Workspace.open(d, user, f"Sai{i}matkhau2026")
    with pytest.raises(AuthenticationFailed) as e:
        Workspace.open(d, user, CHIEF_PASSWORD if user == CHIEF else OFFICER_PASSWORD)
    assert e.value.reason == "account_locked"


def erase_lockout_in_slot_file(d) -> None:
    path = d / "keyslots.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["lockout"], data["pending_audit"] = {}, []
    path.write_text(json.dumps(data), encoding="utf-8")


def test_editing_the_slot_file_does_not_clear_the_lockout(config, workspace, clock):
    d = workspace.data_dir
    lock_out(d, CHIEF)
    erase_lockout_in_slot_file(d)
    assert keyslots.SlotFile.load(d / "keyslots.json").data["lockout"] == {}
    with pytest.raises(AuthenticationFailed) as e:
        Workspace.open(d, CHIEF, CHIEF_PASSWORD)
    assert e.value.reason == "account_locked" and e.value.retry_after == pytest.approx(30)
    # The count goes on from the stricter record: one more wrong guess doubles the lock.
    clock[0] += 31
    erase_lockout_in_slot_file(d)
    with pytest.raises(AuthenticationFailed) as e:
        Workspace.open(d, CHIEF, "Sai9matkhau2026")
    assert e.value.reason == "account_locked" and e.value.retry_after == pytest.approx(60)
    clock[0] += 61
    Workspace.open(d, CHIEF, CHIEF_PASSWORD).close()  # the lock ends on time, and clears both
    assert lockguard.LockoutMirror(workspace.register_id).state(CHIEF, clock[0]) is None


def test_an_older_copy_of_the_slot_file_does_not_clear_it(config, workspace, add_officer, clock, tmp_path):
    add_officer("canbo1").close()
    d = workspace.data_dir
    shutil.copy(d / "keyslots.json", tmp_path / "old.json")
    lock_out(d, "canbo1")
    shutil.copy(tmp_path / "old.json", d / "keyslots.json")
    with pytest.raises(AuthenticationFailed) as e:
        Workspace.open(d, "canbo1", OFFICER_PASSWORD)
    assert e.value.reason == "account_locked"
    # The chief's reset still unlocks (it clears both records).
    workspace.users.reset_password("canbo1", "Datlai2026canbo")
    Workspace.open(d, "canbo1", "Datlai2026canbo").close()


def test_a_hand_edited_record_counts_as_a_lock(config, workspace, clock):
    d = workspace.data_dir
    with pytest.raises(AuthenticationFailed):
        Workspace.open(d, CHIEF, "Sai1matkhau2026")
    mirror = lockguard.LockoutMirror(workspace.register_id)
    raw = json.loads(mirror.path.read_text(encoding="utf-8"))
    assert raw["accounts"][CHIEF]["failures"] == 1
    raw["accounts"] = {}  # the insider wipes it without the key: the MAC no longer matches
    mirror.path.write_text(json.dumps(raw), encoding="utf-8")
    clock[0] += 5
    os.utime(mirror.path, (clock[0], clock[0]))  # edited "now" on the test's clock
    clock[0] += 1
    with pytest.raises(AuthenticationFailed) as e:
        Workspace.open(d, CHIEF, CHIEF_PASSWORD)
    assert e.value.reason == "account_locked"
    clock[0] += keyslots.LOCK_BASE_SECONDS + 1
    Workspace.open(d, CHIEF, CHIEF_PASSWORD).close()  # …for one lock period, then opens again


def test_the_record_lives_outside_the_data_folder(config, workspace):
    with pytest.raises(AuthenticationFailed):
        Workspace.open(workspace.data_dir, CHIEF, "Sai1matkhau2026")
    mirror = lockguard.LockoutMirror(workspace.register_id)
    assert mirror.path.is_file() and config in mirror.path.parents
    assert workspace.data_dir not in mirror.path.parents
    assert lockguard.where_key_lives() in ("file", "dpapi")
