"""Issue 16 items 1 and 5, played by the insider: an officer of the commune, who knows only their
own password and uses the project's own modules, against the sealed fields (a tip reporter's
name and phone, ethnicity, religion, health). They unwrap the data key from their slot
(`keyslots.unlock_account`), open the register with `sqlcipher3`, read every column of every
table and every byte of every decrypted page (the WAL's too), try every grant of every slot with
their own box key, copy the chief's grant into their slot, and swap the register's public
sensitive key for one of their own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from desktop_app.core.services.sensitive import GRANT, META_PUB
from desktop_app.core.services.workspace import Workspace
from desktop_app.core.store import keyslots
from desktop_app.core.store.sealing import FieldOpener, SealError, new_x25519, open_sealed, x25519_public
from tests.conftest import CHIEF, CHIEF_PASSWORD, OFFICER_PASSWORD, add_person, pin_today

REPORTER = "Lương Thị Bích Ngọc"
PHONE = "0912 345 678"
OFFICER_REPORTER = "Đinh Công Tráng"
OFFICER_PHONE = "0987 654 321"
ETHNICITY = "Khơ Mú"
RELIGION = "Phật giáo Hòa Hảo"
HEALTH = "Viêm gan B mạn tính"
PERSON = "Quàng Văn Thưởng"  # not sealed: the control that proves the search sees plaintext
SECRETS = (REPORTER, PHONE, OFFICER_REPORTER, OFFICER_PHONE, ETHNICITY, RELIGION, HEALTH)


@pytest.fixture
def register(workspace, add_officer):
    """A register with a person's sensitive fields and two tips with reporters, one written by
    the chief and one by an officer; the officer's Workspace is returned beside it."""
    pid = add_person(workspace, PERSON, ethnicity=ETHNICITY, religion=RELIGION, health_note=HEALTH)
    chief_tip = workspace.tips.add({"received_on": "2026-05-01", "channel": "phone", "reporter_name": REPORTER,
                                    "reporter_contact": PHONE, "content": "Có người lạ mua bán hàng cấm"}).created_id
    officer = add_officer("canbo1")
    officer_tip = officer.tips.add({"received_on": "2026-05-02", "channel": "in_person",
                                    "reporter_name": OFFICER_REPORTER, "reporter_contact": OFFICER_PHONE,
                                    "content": "Tụ tập đánh bạc"}).created_id
    return workspace, officer, pid, chief_tip, officer_tip


# -- the app's own behaviour ----------------------------------------------------------------------

def test_the_chief_reads_what_anyone_wrote_and_the_officer_reads_it_hidden(register):
    chief, officer, pid, t1, t2 = register
    p = chief.persons.get(pid)
    assert (p.ethnicity, p.religion, p.health_note) == (ETHNICITY, RELIGION, HEALTH)
    assert (chief.tips.get(t1).reporter_name, chief.tips.get(t1).reporter_contact) == (REPORTER, PHONE)
    assert (chief.tips.get(t2).reporter_name, chief.tips.get(t2).reporter_contact) == (OFFICER_REPORTER, OFFICER_PHONE)
    # the chief finds a tip by its reporter (opened in Python for the search, never stored folded)
    assert [t.id for t in chief.tips.list(query="bich ngoc").rows] == [t1]
    assert [t.id for t in chief.tips.list(query="0987654321").rows] == [t2]
    # the officer wrote a reporter and reads it back hidden, like every other
    for tid in (t1, t2):
        v = officer.tips.get(tid)
        assert v.reporter_name is None and v.reporter_contact is None
    assert officer.tips.list(query="bich ngoc").rows == ()
    op = officer.persons.get(pid)
    assert (op.ethnicity, op.religion, op.health_note) == (None, None, None)


def test_an_unchanged_value_is_no_edit_and_a_changed_one_is_sealed_again(register):
    chief, _, pid, _, _ = register
    assert not chief.persons.update(pid, {"ethnicity": ETHNICITY}).persons  # same plaintext: nothing
    assert chief.persons.update(pid, {"religion": "Công giáo"}).persons
    assert chief.persons.get(pid).religion == "Công giáo"
    with chief.db.read() as conn:
        stored = conn.exec_driver_sql("SELECT religion FROM person WHERE id = ?", (pid,)).scalar()
    assert stored.startswith("wbs1:") and "Công" not in stored


def test_the_plaintext_is_validated_before_it_is_sealed(workspace):
    from desktop_app.core.errors import ValidationFailed

    with pytest.raises(ValidationFailed) as e:
        workspace.tips.add({"received_on": "2026-05-01", "channel": "phone", "reporter_name": "x" * 121,
                            "content": "c"})
    assert e.value.problems[0].field == "reporter_name"
    with pytest.raises(ValidationFailed):
        add_person(workspace, "Lò Văn Páo", ethnicity="x" * 61)


# -- the insider -----------------------------------------------------------------------------------

def _insider(data_dir: Path, username: str, password: str):
    """What the officer gets with their own password: the data key and their own keys."""
    slots = keyslots.SlotFile.load(data_dir / "keyslots.json")
    key, keys = keyslots.unlock_account(slots, username, password)
    return slots, key, keys


def _raw(data_dir: Path, key: bytes):
    conn = sqlcipher3.connect(str(data_dir / "register.db"))
    conn.execute(f"PRAGMA key=\"x'{key.hex()}'\"")
    return conn


def _every_text(conn) -> str:
    """Every value of every column of every table (virtual ones and their shadows included)."""
    out = []
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for row in conn.execute(f'SELECT * FROM "{name}"'):
            out += [v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v) for v in row]
    return "\n".join(out)


PAGE, RESERVE = 4096, 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of each page


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0  # page 1 begins with the file's salt
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(page[start:PAGE - RESERVE]) + dec.finalize()


def _decrypted_bytes(data_dir: Path, key: bytes) -> bytes:
    """Every page of the database file and every frame of its WAL, decrypted with the data key:
    free pages and old row versions included (what `SELECT` does not show)."""
    out = []
    db = (data_dir / "register.db").read_bytes()
    for i in range(0, len(db) - PAGE + 1, PAGE):
        out.append(_decrypt_page(db[i:i + PAGE], key, first=i == 0))
    wal = data_dir / "register.db-wal"
    if wal.exists():
        w = wal.read_bytes()
        for i in range(32, len(w) - 24 - PAGE + 1, 24 + PAGE):
            out.append(_decrypt_page(w[i + 24:i + 24 + PAGE], key, first=False))
    assert int.from_bytes(out[0][:2], "big") in (PAGE, 1)  # the header's page size: decrypted right
    return b"".join(out)


def test_an_officer_with_their_own_password_finds_no_sealed_value(register):
    chief, officer, *_ = register
    data_dir = chief.data_dir
    _, key, _ = _insider(data_dir, "canbo1", OFFICER_PASSWORD)
    conn = _raw(data_dir, key)
    try:
        everything = _every_text(conn)
    finally:
        conn.close()
    assert PERSON in everything  # the officer does read the register: the search is real
    for secret in SECRETS:
        assert secret not in everything, secret
    raw = _decrypted_bytes(data_dir, key)
    assert PERSON.encode() in raw
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
        assert secret.replace(" ", "").encode() not in raw, secret  # a phone's digits typed together


def test_no_grant_an_officer_can_reach_opens(register):
    chief, officer, pid, t1, _ = register
    slots, key, keys = _insider(chief.data_dir, "canbo1", OFFICER_PASSWORD)
    assert GRANT not in slots.granted("canbo1")
    tried = 0
    for user in slots.usernames():
        for name in slots.granted(user):
            tried += 1
            assert slots.open_grant(user, keys, name) is None
            blob = keyslots._unb64(slots.data["slots"][user]["grants"][name])
            for aad_user in slots.usernames():  # whatever context they guess
                with pytest.raises(SealError):
                    open_sealed(keys.box, blob, slots._aad(aad_user, f"grant:{name}"))
    assert tried >= 1
    # the chief's grant copied into the officer's own slot: sealed to the chief's box key
    slots.data["slots"]["canbo1"]["grants"] = dict(slots.data["slots"][CHIEF]["grants"])
    slots._touched_slots.add("canbo1")
    slots.save()
    assert slots.open_grant("canbo1", keys, GRANT) is None
    again = pin_today(Workspace.open(chief.data_dir, "canbo1", OFFICER_PASSWORD))
    try:
        assert again.tips.get(t1).reporter_name is None
        assert not again.sensitive.can_open
    finally:
        again.close()
    # the sealed values themselves do not open with any key the officer holds
    conn = _raw(chief.data_dir, key)
    try:
        stored = conn.execute("SELECT reporter_name FROM tip WHERE id = ?", (t1,)).fetchone()[0]
    finally:
        conn.close()
    assert FieldOpener([keys.box]).open("tip.reporter_name", stored) is None


def test_a_swapped_public_key_is_repaired_at_the_chiefs_login_and_audited(register, data_dir):
    chief, officer, _, _, _ = register
    _, key, _ = _insider(data_dir, "canbo1", OFFICER_PASSWORD)
    mine = new_x25519()  # the insider's own key: they would read what is sealed for it
    conn = _raw(data_dir, key)
    try:
        good = conn.execute("SELECT value FROM sync_meta WHERE key = ?", (META_PUB,)).fetchone()[0]
        conn.execute("UPDATE sync_meta SET value = ? WHERE key = ?", (x25519_public(mine).hex(), META_PUB))
        conn.commit()
    finally:
        conn.close()
    officer.sensitive.invalidate()
    tid = officer.tips.add({"received_on": "2026-05-03", "channel": "phone", "reporter_name": "Nông Thị Sáu",
                            "content": "Trộm cắp"}).created_id
    again = pin_today(Workspace.open(data_dir, CHIEF, CHIEF_PASSWORD))
    try:
        assert again.meta(META_PUB) == good
        rows = again.audit.list(action="sensitive_key_repaired")
        assert len(rows) == 1 and rows[0].detail["found"] == x25519_public(mine).hex()[:16]
    finally:
        again.close()
    # what the officer's session sealed meanwhile went to the insider's key only: the swap is
    # undone from the chief's login on, not before it (docs/threat-model.md 3.2)
    assert chief.tips.get(tid).reporter_name is None


def test_the_key_is_granted_to_entitled_accounts_only(workspace, add_officer, low_kdf):
    officer = add_officer("canbo1")
    workspace.users.add({"username": "pho", "role": "chief"}, CHIEF_PASSWORD + "x")
    slots = keyslots.SlotFile.load(workspace._slots.path)
    assert GRANT in slots.granted("pho") and GRANT not in slots.granted("canbo1")
    # a password reset writes new account keys: the grant is made again for a chief...
    workspace.users.reset_password("pho", "Matkhau-moi-2027")
    workspace.users.reset_password("canbo1", "Matkhau-moi-2027")
    slots = keyslots.SlotFile.load(workspace._slots.path)
    assert GRANT in slots.granted("pho") and GRANT not in slots.granted("canbo1")
    pho = pin_today(Workspace.open(workspace.data_dir, "pho", "Matkhau-moi-2027"))
    try:
        pid = add_person(workspace, PERSON, ethnicity=ETHNICITY)
        assert pho.persons.get(pid).ethnicity == ETHNICITY
    finally:
        pho.close()
    officer.close()


def test_catch_up_grants_an_entitled_account_that_lacks_the_key(workspace):
    workspace.users.add({"username": "pho", "role": "chief"}, CHIEF_PASSWORD)
    path = workspace._slots.path
    data = json.loads(path.read_text("utf-8"))
    data["slots"]["pho"]["grants"] = {}  # as if added by a session without the key
    path.write_text(json.dumps(data), "utf-8")
    pid = add_person(workspace, PERSON, ethnicity=ETHNICITY)
    pho = pin_today(Workspace.open(workspace.data_dir, "pho", CHIEF_PASSWORD))
    assert pho.persons.get(pid).ethnicity is None  # no grant: nothing opens (no new key either)
    pho.close()
    again = pin_today(Workspace.open(workspace.data_dir, CHIEF, CHIEF_PASSWORD))  # a holder logs in
    granted = [(a.entity_id, a.detail.get("by")) for a in again.audit.list(action="sensitive_key_granted")]
    assert sorted(granted, key=str) == sorted([("pho", None), ("pho", "catch_up")], key=str)
    again.close()
    pho = pin_today(Workspace.open(workspace.data_dir, "pho", CHIEF_PASSWORD))
    try:
        assert pho.persons.get(pid).ethnicity == ETHNICITY
    finally:
        pho.close()


def test_an_older_registers_plaintext_is_sealed_at_the_first_entitled_login(workspace, add_officer):
    """A register made before sealing: no sensitive key, no grants, plaintext in the rows."""
    pid = add_person(workspace, PERSON)
    tid = workspace.tips.add({"received_on": "2026-05-01", "channel": "phone", "content": "c"}).created_id
    add_officer("canbo1").close()
    d = workspace.data_dir
    conn = _raw(d, workspace._data_key)
    try:
        conn.execute("UPDATE person SET ethnicity = ?, religion = ?, health_note = ? WHERE id = ?",
                     (ETHNICITY, RELIGION, HEALTH, pid))
        conn.execute("UPDATE tip SET reporter_name = ?, reporter_contact = ? WHERE id = ?", (REPORTER, PHONE, tid))
        conn.execute("DELETE FROM sync_meta WHERE key = ?", (META_PUB,))
        conn.commit()
    finally:
        conn.close()
    data = json.loads(workspace._slots.path.read_text("utf-8"))
    for slot in data["slots"].values():
        slot["grants"] = {}
    workspace._slots.path.write_text(json.dumps(data), "utf-8")
    workspace.close()
    officer = pin_today(Workspace.open(d, "canbo1", OFFICER_PASSWORD))  # an officer first: no key made
    assert officer.meta(META_PUB) == ""
    officer.close()
    chief = pin_today(Workspace.open(d, CHIEF, CHIEF_PASSWORD))
    try:
        assert chief.meta(META_PUB) and GRANT in chief._slots.granted(CHIEF)
        assert chief.persons.get(pid).health_note == HEALTH and chief.tips.get(tid).reporter_name == REPORTER
        assert [a.detail["rows"] for a in chief.audit.list(action="sensitive_sealed")] == [{"person": 1, "tip": 1}]
        with chief.db.read() as conn2:
            ops = conn2.exec_driver_sql("SELECT changed_fields FROM sync_outbox WHERE op = 'update'").all()
            audit = " ".join(r[0] for r in conn2.exec_driver_sql(
                "SELECT detail FROM audit_log WHERE action IN ('edit', 'sensitive_sealed')").all())
        sealed_ops = [json.loads(o[0]) for o in ops]
        assert any(o.get("reporter_name", "").startswith("wbs1:") for o in sealed_ops)
        for secret in (REPORTER, PHONE, ETHNICITY, RELIGION, HEALTH):
            assert secret not in audit and all(secret not in json.dumps(o, ensure_ascii=False) for o in sealed_ops)
    finally:
        chief.close()
    _, key, _ = _insider(d, "canbo1", OFFICER_PASSWORD)
    conn = _raw(d, key)
    try:
        rows = " ".join(str(v) for r in conn.execute(
            "SELECT ethnicity, religion, health_note FROM person UNION ALL "
            "SELECT reporter_name, reporter_contact, '' FROM tip") for v in r)
    finally:
        conn.close()
    for secret in (REPORTER, PHONE, ETHNICITY, RELIGION, HEALTH):
        assert secret not in rows
    # nor in the pages: the cells the plaintext left were zeroed, the WAL checkpointed
    raw = _decrypted_bytes(d, key)
    for secret in (REPORTER, PHONE, ETHNICITY, RELIGION, HEALTH):
        assert secret.encode() not in raw, secret


# -- the other ways in: the import, the demo builder, the lists, the documents ---------------------

def test_an_imported_reporter_is_sealed(workspace, tmp_path):
    import openpyxl

    from desktop_app.core.importing import import_workbook

    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "Sổ tin báo"
    sheet.append(["Ngày tiếp nhận", "Hình thức tiếp nhận", "Người báo tin", "Nội dung tin", "Tin có giá trị", "Kết quả"])
    sheet.append(["06/01/2026", "Trực tiếp", REPORTER, "Đánh bạc tại nhà ông K", "Không", ""])
    sheet.append(["07/01/2026", "Trực tiếp", "x" * 121, "Trộm gà", "", ""])  # too long: refused
    wb.save(tmp_path / "tips.xlsx")
    res = import_workbook(workspace, tmp_path / "tips.xlsx", dry_run=False)
    assert sorted(o.status for s in res.sheets for o in s.outcomes) == ["created", "error"]
    assert [t.reporter_name for t in workspace.tips.list().rows] == [REPORTER]
    with workspace.db.read() as conn:
        stored = conn.exec_driver_sql("SELECT reporter_name FROM tip").scalar()
    assert stored.startswith("wbs1:")


def test_the_demo_builder_seals_what_it_makes(tmp_path, low_kdf):
    from desktop_app.demo import create_demo

    ws = create_demo(tmp_path / "demo", username="truong", password=CHIEF_PASSWORD, profile="commune", persons=20)
    try:
        with ws.db.read() as conn:
            rows = conn.exec_driver_sql("SELECT reporter_name, reporter_contact FROM tip WHERE anonymous = 0").all()
            ethnic = conn.exec_driver_sql("SELECT ethnicity FROM person WHERE ethnicity != ''").scalars().all()
        assert rows and ethnic
        assert all(v.startswith("wbs1:") for r in rows for v in r if v)
        assert all(v.startswith("wbs1:") for v in ethnic)
        names = {t.reporter_name for t in ws.tips.list(limit=1000).rows} - {None, ""}
        assert names and all(not n.startswith("wbs1:") for n in names)
    finally:
        ws.close()


def test_the_person_list_export_shows_the_sealed_fields_to_the_chief_only(register, tmp_path):
    from desktop_app.core.reports.lists import export_person_file_xlsx

    chief, officer, pid, _, _ = register
    import openpyxl

    def cells(ws) -> str:
        out = tmp_path / f"{ws.username}.xlsx"
        export_person_file_xlsx(ws, pid, out)
        book = openpyxl.load_workbook(out)
        return " ".join(str(c.value) for sh in book.worksheets for row in sh.iter_rows() for c in row if c.value)

    assert ETHNICITY in cells(chief) and HEALTH in cells(chief)
    assert ETHNICITY not in cells(officer)
