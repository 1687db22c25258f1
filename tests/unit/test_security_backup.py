"""Backups and restore (issue 3, points 5 and 7), on real files and, for the online backup, with
a real writer process working on the register meanwhile.

- a round trip gives back exactly what was backed up (export dump before == after), and the
  register that was replaced is kept aside, openable;
- a backup taken while another process writes is consistent (integrity, audit chain, every
  write reported before it started is in it);
- every kind of damage to a backup file is caught, before anything is touched; a wrong
  password, an officer's account, a backup of another register are refused;
- the automatic copy before a migration keeps the last N.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from desktop_app.core.errors import AuthenticationFailed, PermissionDenied, StoreError
from desktop_app.core.services import workspace as workspace_mod
from desktop_app.core.services.backup import inspect_backup, make_backup, restore_backup, verify_backup
from desktop_app.core.services.workspace import KEEP_MIGRATION_BACKUPS, Workspace, backup_before_migration
from desktop_app.core.store import backup as backup_mod
from desktop_app.core.store.backup import (
    MAGIC,
)
from tests.conftest import CHIEF, CHIEF_PASSWORD, LOW_KDF, OFFICER_PASSWORD, add_person, open_case

from .test_durability import Writer


def snapshot(data_dir: Path) -> dict[str, str]:
    return {str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(data_dir.rglob("*")) if p.is_file() and not p.name.endswith(".lock")}


@pytest.fixture
def full(workspace):
    """A register with people, a case, a tip and an officer."""
    for i in range(30):
        pid = add_person(workspace, f"Đinh Văn Lưu {i}", permanent_address=f"Thôn {i}")
    open_case(workspace, pid)
    workspace.tips.add({"received_on": "2026-05-01", "channel": "phone", "reporter_name": "Ngô Thị Báo",
                        "content": "Tố giác"})
    workspace.users.add({"username": "canbo1", "role": "officer"}, OFFICER_PASSWORD)
    return workspace


def test_round_trip_gives_back_exactly_what_was_backed_up(full, tmp_path):
    ws = full
    before = ws.exporter.dump(audit=False)
    info = make_backup(ws, tmp_path / "sao-luu.wbk")
    assert info.path.read_bytes().startswith(MAGIC)
    assert info.register_id == ws.register_id and info.unit_code == ws.unit_code
    assert info.counts["person"] == 30 and info.counts["case_file"] == 1 and info.counts["tip"] == 1
    assert info.created_by == CHIEF and info.audit_head > 0
    assert info.sha256 == hashlib.sha256(info.path.read_bytes()).hexdigest()

    later = add_person(ws, "Người Thêm Sau Sao Lưu")
    ws.persons.update(ws.persons.search("dinh van luu 3").rows[0].id, {"current_address": "Đã sửa"})
    d = ws.data_dir
    ws.close()

    r = restore_backup(info.path, d, username=CHIEF, password=CHIEF_PASSWORD)
    assert r.register_id == info.register_id and r.audit_ok and not r.forced
    assert r.moved_aside is not None and r.moved_aside.parent == d / "backups"
    assert r.moved_aside.name.startswith("before-restore-")
    with Workspace.open(d, CHIEF, CHIEF_PASSWORD) as ws2:
        assert ws2.exporter.dump(audit=False) == before
        assert ws2.persons.search("dinh van luu", limit=100, with_total=True).total == 30  # index rebuilt
        assert ws2.audit.verify().ok
        assert ws2.audit.list(action="restore")[0].detail["file"] == "sao-luu.wbk"
    Workspace.open(d, "canbo1", OFFICER_PASSWORD).close()  # every account of the backup works
    # The replaced register is kept, whole, and still opens (with what came after the backup).
    with Workspace.open(r.moved_aside, CHIEF, CHIEF_PASSWORD) as old:
        assert old.persons.get(later, audit=False).full_name == "Người Thêm Sau Sao Lưu"


def test_restore_onto_a_new_machine(full, tmp_path):
    info = make_backup(full, tmp_path / "b.wbk")
    before = full.exporter.dump(audit=False)
    target = tmp_path / "laptop-moi" / "data"
    r = restore_backup(info.path, target, username=CHIEF, password=CHIEF_PASSWORD)
    assert r.moved_aside is None
    with Workspace.open(target, CHIEF, CHIEF_PASSWORD) as ws:
        assert ws.exporter.dump(audit=False) == before
        assert ws.register_id == full.register_id


def test_backup_into_a_folder_and_no_silent_overwrite(full, tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    info = make_backup(full, out)
    assert info.path.parent == out and info.path.suffix == ".wbk"
    with pytest.raises(StoreError) as e:
        make_backup(full, info.path)
    assert e.value.code == "backup_exists"
    assert make_backup(full, info.path, overwrite=True).path == info.path
    assert [p.name for p in out.iterdir()] == [info.path.name]  # no temporary files left


def test_online_backup_while_another_process_writes(tmp_path, low_kdf):
    d = tmp_path / "register"
    Workspace.create(d, unit_code="09123", unit_name="Xã Tích Sơn", admin=CHIEF, password=CHIEF_PASSWORD,
                     kdf=LOW_KDF).close()
    ws = Workspace.open(d, CHIEF, CHIEF_PASSWORD)
    w = Writer(d, "ONLINE", pause=0.002, log=tmp_path / "writer.log")
    try:
        w.wait_for(20)
        infos = []
        for i in range(3):
            before_start = w.reported()
            infos.append((make_backup(ws, tmp_path / f"online-{i}.wbk"), before_start))
            w.wait_for(len(before_start) + 10)
    finally:
        w.kill()
        ws.close()
    for i, (info, before_start) in enumerate(infos):
        target = tmp_path / f"restored-{i}"
        r = restore_backup(info.path, target, username=CHIEF, password=CHIEF_PASSWORD)
        assert r.audit_ok
        with Workspace.open(target, CHIEF, CHIEF_PASSWORD) as rws:
            with rws._read() as conn:
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                ids = {row[0] for row in conn.execute(text("SELECT id FROM person"))}
            assert set(before_start) <= ids
            assert len(ids) == info.counts["person"]


# -- damaged backups ---------------------------------------------------------------------------------------

@pytest.fixture
def made(full, tmp_path):
    info = make_backup(full, tmp_path / "b.wbk")
    return full, info


def _offsets(path: Path) -> dict[str, int]:
    data = path.read_bytes()
    (hlen,) = struct.unpack(">I", data[16:20])
    header = json.loads(data[20:20 + hlen])
    start = 20 + hlen
    out = {"magic": 3, "header": 25}
    for p in header["parts"]:
        out[p["name"]] = start + int(p["size"]) // 2
        start += int(p["size"])
    out["trailer"] = len(data) - 5
    return out


@pytest.mark.parametrize("where", ["magic", "header", "register.db", "keyslots.json", "manifest.enc", "trailer"])
def test_any_flipped_byte_is_caught(made, where):
    ws, info = made
    p = info.path
    data = bytearray(p.read_bytes())
    data[_offsets(p)[where]] ^= 0x01
    p.write_bytes(bytes(data))
    with pytest.raises(StoreError) as e:
        inspect_backup(p)
    assert e.value.code == "backup_corrupt"
    with pytest.raises(StoreError) as e:
        verify_backup(p, username=CHIEF, password=CHIEF_PASSWORD)
    assert e.value.code == "backup_corrupt"


@pytest.mark.parametrize("keep", [0, 10, 100, 0.5, -1])
def test_truncated_backup_is_refused_and_the_register_kept(made, keep):
    ws, info = made
    data = info.path.read_bytes()
    n = int(len(data) * keep) if isinstance(keep, float) else (len(data) + keep if keep < 0 else keep)
    info.path.write_bytes(data[:n])
    d = ws.data_dir
    ws.close()
    before = snapshot(d)
    with pytest.raises(StoreError) as e:
        restore_backup(info.path, d, username=CHIEF, password=CHIEF_PASSWORD)
    assert e.value.code == "backup_corrupt"
    assert snapshot(d) == before
    assert not [p for p in d.iterdir() if p.name.startswith(".restore-")]
    Workspace.open(d, CHIEF, CHIEF_PASSWORD).close()


def test_consistently_forged_database_part_is_caught_by_its_contents(made, tmp_path):
    """A damaged database part with every checksum recomputed (so the container looks fine)
    still fails: SQLCipher's page HMACs and the checks of the copy catch it."""
    ws, info = made
    p = info.path
    data = p.read_bytes()
    (hlen,) = struct.unpack(">I", data[16:20])
    header = json.loads(data[20:20 + hlen])
    start = 20 + hlen
    parts, off = {}, start
    for part in header["parts"]:
        parts[part["name"]] = bytearray(data[off:off + int(part["size"])])
        off += int(part["size"])
    parts["register.db"][len(parts["register.db"]) // 2] ^= 0x01
    for part in header["parts"]:
        part["sha256"] = hashlib.sha256(parts[part["name"]]).hexdigest()
    forged = tmp_path / "forged.wbk"
    backup_mod._write_container(forged, header, [(n["name"], bytes(parts[n["name"]])) for n in header["parts"]])
    inspect_backup(forged)  # the container itself is now self-consistent
    with pytest.raises(StoreError) as e:
        verify_backup(forged, username=CHIEF, password=CHIEF_PASSWORD)
    assert e.value.code == "backup_corrupt"


def test_damage_while_writing_is_caught_before_the_file_gets_its_name(full, tmp_path, monkeypatch):
    real = backup_mod._write_container

    def faulty(target, header, parts):
        real(target, header, parts)
        with open(target, "r+b") as f:  # a bad sector, a flaky USB stick
            f.seek(target.stat().st_size // 2)
            b = f.read(1)
            f.seek(-1, 1)
            f.write(bytes([b[0] ^ 0xFF]))

    monkeypatch.setattr(backup_mod, "_write_container", faulty)
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(StoreError) as e:
        make_backup(full, out / "b.wbk")
    assert e.value.code == "backup_verify_failed"
    assert list(out.iterdir()) == []  # nothing under the name, no temporary leftovers
    assert not full.audit.list(action="backup")


def test_full_disk_while_writing_the_backup(full, tmp_path, monkeypatch):
    def full_disk(target, header, parts):
        with open(target, "wb") as f:
            f.write(b"WARDBOOK")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_mod, "_write_container", full_disk)
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(StoreError) as e:
        make_backup(full, out / "b.wbk")
    assert e.value.code == "disk_full"
    assert list(out.iterdir()) == []


def test_not_a_backup_at_all(tmp_path):
    p = tmp_path / "x.wbk"
    p.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    with pytest.raises(StoreError) as e:
        inspect_backup(p)
    assert e.value.code == "backup_corrupt"
    with pytest.raises(StoreError) as e:
        inspect_backup(tmp_path / "missing.wbk")
    assert e.value.code == "backup_not_found"


# -- who may restore what --------------------------------------------------------------------------------------

def test_wrong_password_is_refused_and_nothing_changes(made):
    ws, info = made
    d = ws.data_dir
    ws.close()
    before = snapshot(d)
    with pytest.raises(AuthenticationFailed) as e:
        restore_backup(info.path, d, username=CHIEF, password="Saimatkhau2026")
    assert e.value.reason == "bad_credentials"
    with pytest.raises(AuthenticationFailed):
        verify_backup(info.path, username="khongco", password=CHIEF_PASSWORD)
    assert snapshot(d) == before


def test_an_officer_can_neither_back_up_nor_restore(made, add_officer, tmp_path):
    ws, info = made
    officer = add_officer("canbo2")
    with pytest.raises(PermissionDenied):
        make_backup(officer, tmp_path / "x.wbk")
    officer.close()
    d = ws.data_dir
    ws.close()
    before = snapshot(d)
    with pytest.raises(PermissionDenied):
        restore_backup(info.path, d, username="canbo1", password=OFFICER_PASSWORD)
    assert snapshot(d) == before


def test_backup_of_another_register_is_refused_unless_forced(made, tmp_path):
    ws, info = made
    other_dir = tmp_path / "other"
    other = Workspace.create(other_dir, unit_code="09124", unit_name="Xã Bên", admin=CHIEF,
                             password=CHIEF_PASSWORD, kdf=LOW_KDF)
    add_person(other, "Người Xã Bên")
    before_other = other.exporter.dump(audit=False)
    other.close()
    d = ws.data_dir
    before = ws.exporter.dump(audit=False)
    ws.close()
    files = snapshot(d)
    with pytest.raises(StoreError) as e:
        restore_backup(info.path, other_dir, username=CHIEF, password=CHIEF_PASSWORD)
    assert e.value.code == "backup_other_register"
    with Workspace.open(other_dir, CHIEF, CHIEF_PASSWORD) as o:
        assert o.exporter.dump(audit=False) == before_other

    r = restore_backup(info.path, other_dir, username=CHIEF, password=CHIEF_PASSWORD, force=True)
    assert r.forced and r.moved_aside is not None
    with Workspace.open(other_dir, CHIEF, CHIEF_PASSWORD) as o:
        assert o.exporter.dump(audit=False) == before
    with Workspace.open(r.moved_aside, CHIEF, CHIEF_PASSWORD) as kept:  # the other register, kept
        assert kept.exporter.dump(audit=False) == before_other
    assert snapshot(d) == files  # the source register was never touched


def test_restore_over_a_register_whose_files_are_damaged(made):
    """The reason one restores: the register no longer opens. The damaged files are kept aside."""
    ws, info = made
    d = ws.data_dir
    before = ws.exporter.dump(audit=False)
    ws.close()
    (d / "register.db").write_bytes((d / "register.db").read_bytes()[:5000])
    (d / "keyslots.json").write_text("{broken")
    r = restore_backup(info.path, d, username=CHIEF, password=CHIEF_PASSWORD)
    assert (r.moved_aside / "keyslots.json").read_text() == "{broken"
    with Workspace.open(d, CHIEF, CHIEF_PASSWORD) as ws2:
        assert ws2.exporter.dump(audit=False) == before


# -- automatic copies before a migration -----------------------------------------------------------------------

def test_backup_before_migration_keeps_the_last_n(workspace):
    add_person(workspace, "Tô Văn Di")
    made = [backup_before_migration(workspace.data_dir, workspace.engine) for _ in range(KEEP_MIGRATION_BACKUPS + 3)]
    kept = sorted((workspace.data_dir / "backups").glob("pre-migration-*.db"))
    assert kept == sorted(made[-KEEP_MIGRATION_BACKUPS:])
    for p in kept:  # each is an encrypted copy that the data key opens
        assert not p.read_bytes().startswith(b"SQLite format 3")
        conn = sqlcipher3.connect(str(p))
        conn.execute(f"PRAGMA key=\"x'{workspace._data_key.hex()}'\"")
        assert conn.execute("SELECT full_name FROM person").fetchall() == [("Tô Văn Di",)]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_opening_a_register_that_needs_a_migration_backs_it_up_first(workspace, monkeypatch):
    d = workspace.data_dir
    workspace.close()
    calls = []
    monkeypatch.setattr(workspace_mod, "needs_migration", lambda engine: True)
    monkeypatch.setattr(workspace_mod, "migrate", lambda engine: calls.append("migrate") or True)
    real = workspace_mod.backup_before_migration

    def spy(data_dir, engine):
        calls.append("backup")
        return real(data_dir, engine)

    monkeypatch.setattr(workspace_mod, "backup_before_migration", spy)
    Workspace.open(d, CHIEF, CHIEF_PASSWORD).close()
    assert calls == ["backup", "migrate"]
    assert len(list((d / "backups").glob("pre-migration-*.db"))) == 1


def test_copy_folder_is_a_restorable_register(made, tmp_path):
    """The moved-aside folder and the backup both survive being copied around (USB stick)."""
    ws, info = made
    stick = tmp_path / "stick"
    stick.mkdir()
    shutil.copy2(info.path, stick / "copy.wbk")
    assert inspect_backup(stick / "copy.wbk").sha256 == info.sha256
