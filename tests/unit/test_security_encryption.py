"""Encryption at rest (issue 3, point 1), checked on the real files.

People with known names, CCCD numbers and addresses are written through the Workspace; then
the bytes of every file in the data folder (register.db, its WAL while the register is open,
the key slots, the automatic pre-migration copy, a backup) are searched for those values in
UTF-8 (composed and decomposed) and in the folded search form: none may appear. Without the
key, neither SQLCipher nor plain SQLite can read the file.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest
import sqlcipher3

from desktop_app.core.services.backup import make_backup
from desktop_app.core.services.workspace import backup_before_migration
from desktop_app.core.store.tables import Attachment
from desktop_app.core.textvn import fold

PEOPLE = [
    {"full_name": "Nguyễn Thị Huyền Trang", "birth_date": "1995", "gender": "female",
     "cccd": "001195012345", "permanent_address": "Số 17 ngõ Hoa Sữa, thôn Khuôn Phố",
     "current_address": "Khu tập thể Bưu Điện Quỳnh Lâm", "ethnicity": "Tày", "religion": "Phật giáo",
     "health_note": "Đang cai nghiện methadone"},
    {"full_name": "Đặng Văn Khoa", "birth_date": "1988", "gender": "male",
     "cccd": "026088098765", "permanent_address": "Xóm Đồng Quạ, Vĩnh Tường",
     "aliases": "Khoa Sẹo"},
]
ATTACHMENT_MARKER = b"QUYET-DINH-SCAN-MARKER-7f3a9c"


def needles() -> dict[str, bytes]:
    """Every value written, as it could appear in a file: UTF-8 NFC, UTF-8 NFD, folded."""
    out: dict[str, bytes] = {"attachment": ATTACHMENT_MARKER}
    for p in PEOPLE:
        for k, v in p.items():
            if k in ("birth_date", "gender") or len(v) < 5:
                continue
            out[f"{k}:{v}:nfc"] = unicodedata.normalize("NFC", v).encode("utf-8")
            out[f"{k}:{v}:nfd"] = unicodedata.normalize("NFD", v).encode("utf-8")
            if fold(v) != v:
                out[f"{k}:{v}:folded"] = fold(v).encode("utf-8")
        out[f"given:{p['full_name']}"] = fold(p["full_name"]).split()[-1].encode() + b" "  # e.g. "trang "
    # Long enough to be meaningful in random bytes.
    return {k: v for k, v in out.items() if len(v) >= 5}


def files_under(*roots: Path) -> list[Path]:
    out = []
    for root in roots:
        out += [p for p in ([root] if root.is_file() else root.rglob("*")) if p.is_file()]
    return out


def leaks(files: list[Path]) -> list[str]:
    found = []
    for f in files:
        data = f.read_bytes()
        for label, needle in needles().items():
            if needle in data:
                found.append(f"{f.name}: {label}")
    return found


@pytest.fixture
def filled(workspace):
    ids = [workspace.persons.add(p).created_id for p in PEOPLE]
    workspace.persons.update(ids[1], {"current_address": "Phòng 305 nhà B Thanh Xuân Bắc"})
    workspace.tips.add({"received_on": "2026-05-01", "channel": "phone", "reporter_name": "Hoàng Minh Tuấn",
                        "reporter_contact": "0912 345 678, Ngõ Trại Cá", "content": "Tố giác đánh bạc tại chợ Đầm"})
    with workspace._write() as tx:  # attachments live in the encrypted database
        tx.conn.execute(Attachment.__table__.insert(), {"sha256": "ab" * 32, "mime": "image/png", "size": 64,
                                                        "data": ATTACHMENT_MARKER * 2})
    workspace.persons.get(ids[0])
    return workspace, ids


def test_sanity_the_needles_are_really_written(filled):
    """The search below is only meaningful if the values are in the register: they are,
    readable through the Workspace."""
    ws, ids = filled
    got = ws.persons.get(ids[0], audit=False)
    assert got.full_name == PEOPLE[0]["full_name"] and got.cccd == PEOPLE[0]["cccd"]
    assert ws.persons.search("huyen trang", with_total=True).total == 1
    assert "Hoàng Minh Tuấn" in [t.reporter_name for t in ws.tips.list().rows]


def test_no_plaintext_in_any_file_while_open_and_after_close(filled, tmp_path):
    ws, _ = filled
    data_dir = ws.data_dir
    wal = data_dir / "register.db-wal"
    assert wal.exists() and wal.stat().st_size > 0  # the WAL holds the recent writes now
    assert leaks(files_under(data_dir)) == []

    backup_before_migration(data_dir, ws.engine)  # the automatic copy before a migration
    out = make_backup(ws, tmp_path / "backup.wbk").path
    ws.close()
    files = files_under(data_dir, out)
    assert {"register.db", "keyslots.json", "backup.wbk"} <= {f.name for f in files}
    assert any(f.name.startswith("pre-migration-") for f in files)
    assert leaks(files) == []
    # Not even the SQLite signature is there.
    assert not (data_dir / "register.db").read_bytes().startswith(b"SQLite format 3")


def test_the_needle_search_would_catch_plaintext(filled, tmp_path):
    """Control: the same search finds the values in a plain SQLite copy of the same rows."""
    ws, ids = filled
    plain = tmp_path / "plain.db"
    conn = sqlite3.connect(plain)
    row = ws.persons.get(ids[0], audit=False)
    conn.execute("CREATE TABLE p(full_name, cccd, addr, folded)")
    conn.execute("INSERT INTO p VALUES (?,?,?,?)", (row.full_name, row.cccd, row.permanent_address,
                                                    fold(row.full_name)))
    conn.commit()
    conn.close()
    assert len(leaks([plain])) >= 3


def test_without_the_key_nothing_reads_the_file(filled):
    ws, _ = filled
    db = ws.data_dir / "register.db"
    ws.close()

    with pytest.raises(sqlite3.DatabaseError):  # plain SQLite: not a database
        sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchone()

    raw = sqlcipher3.connect(str(db))  # SQLCipher without a key
    with pytest.raises(sqlcipher3.DatabaseError):
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    raw.close()

    raw = sqlcipher3.connect(str(db))  # SQLCipher with a wrong key
    raw.execute("PRAGMA key=\"x'" + "11" * 32 + "'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        raw.execute("SELECT count(*) FROM person").fetchone()
    raw.close()

    raw = sqlcipher3.connect(str(db))  # and a password guess
    raw.execute("PRAGMA key='Matkhau2026truong'")
    with pytest.raises(sqlcipher3.DatabaseError):
        raw.execute("SELECT count(*) FROM person").fetchone()
    raw.close()


def test_with_the_data_key_sqlcipher_reads_it(filled):
    """Control for the test above: the same raw connection with the data key works."""
    ws, _ = filled
    key = ws._data_key
    db = ws.data_dir / "register.db"
    ws.close()
    raw = sqlcipher3.connect(str(db))
    raw.execute(f"PRAGMA key=\"x'{key.hex()}'\"")
    assert raw.execute("SELECT count(*) FROM person").fetchone()[0] == 2
    assert raw.execute("PRAGMA cipher_integrity_check").fetchall() == []
    raw.close()


def test_key_slot_file_holds_no_key_and_no_personal_data(filled):
    ws, _ = filled
    text = (ws.data_dir / "keyslots.json").read_text(encoding="utf-8")
    assert ws._data_key.hex() not in text
    import base64

    assert base64.b64encode(ws._data_key).decode() not in text
    assert leaks([ws.data_dir / "keyslots.json"]) == []


def test_temp_files_stay_in_memory(workspace):
    with workspace._read() as conn:
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
