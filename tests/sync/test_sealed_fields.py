"""Issue 16 item 5 end to end, over HTTP against a real server process: the sensitive fields
leave the laptop sealed, the server holds ciphertext only and refuses plaintext, a second
register of the commune reads what was written after it enrolled, and the province office
reads them only while the commune's policy says so."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import httpx
from sqlalchemy import text

from desktop_app.core.services.sensitive import META_RECIPIENTS, SETTING_PROVINCE
from desktop_app.core.sync.client import sync
from desktop_app.core.sync.protocol import API_PREFIX
from tests.conftest import add_person

REPORTER, PHONE = "Lương Thị Bích Ngọc", "0912345678"
ETHNICITY, RELIGION, HEALTH = "Khơ Mú", "Phật giáo Hòa Hảo", "Viêm gan B mạn tính"


def _tip(ws, reporter: str, contact: str = "") -> str:
    return ws.tips.add({"received_on": "2026-05-01", "channel": "phone", "reporter_name": reporter,
                        "reporter_contact": contact, "content": "Có người lạ mua bán hàng cấm"}).created_id


def _server_text(server, *, raw: bool = True) -> str:
    """Every value of every table of the server's database, and (`raw`) the bytes of its file,
    free pages and journal included."""
    from sqlalchemy import inspect

    out = []
    with server.engine.connect() as conn:
        for name in inspect(conn).get_table_names():
            out += [str(r) for r in conn.execute(text(f'SELECT * FROM "{name}"')).all()]
    if not raw:
        return "\n".join(out)
    path = Path(server.db_url.removeprefix("sqlite:///"))
    for f in path.parent.glob(path.name + "*"):
        out.append(f.read_bytes().decode("utf-8", "replace"))
    return "\n".join(out)


def test_the_server_keeps_ciphertext_only_and_refuses_plaintext(sqlite_devices, sqlite_server):
    p = sqlite_server.fresh_province()
    a = sqlite_devices.commune(f"{p}101")
    officer = sqlite_devices.officer(a)
    pid = add_person(a, "Quàng Văn Thưởng", ethnicity=ETHNICITY, religion=RELIGION, health_note=HEALTH)
    _tip(a, REPORTER, PHONE)
    _tip(officer, "Đinh Công Tráng", "0987654321")  # an officer records a reporter too
    report = sync(officer)  # any account syncs; the ops are sealed already
    assert report.rejected == 0 and report.pushed >= 3
    stored = _server_text(sqlite_server)
    assert "Quàng Văn Thưởng" in stored  # the server has the rows
    for secret in (REPORTER, PHONE, ETHNICITY, RELIGION, HEALTH, "Đinh Công Tráng", "0987654321"):
        assert secret not in stored, secret
    assert '"reporter_name":"wbs1:' in stored

    # a client of its own (the insider's, with the device token) pushing plaintext is refused
    token = a.meta("device_token")
    op_id, row_id = str(uuid.uuid4()), str(uuid.uuid4())
    hlc = f"{'0' * 15}1-{a.device_id}"
    seq = int(a.meta("device_seq")) + 1
    body = {"ops": [{"op_id": op_id, "device_seq": seq, "table": "tip", "row_id": row_id,
                     "unit_code": a.unit_code, "op": "insert", "updated_by": "truong",
                     "fields": {"received_on": "2026-05-01", "channel": "phone", "content": "x",
                                "reporter_name": REPORTER},
                     "field_hlcs": {k: hlc for k in ("received_on", "channel", "content", "reporter_name")}}],
            "epoch": a.meta("server_epoch")}
    r = httpx.post(sqlite_server.url + API_PREFIX + "/sync/push", json=body,
                   headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert r.status_code == 200, r.text
    rejected = r.json()["rejections"]
    # refused: unsigned (the register's root is pinned: issue 16.3), and plaintext besides
    # (tests/server: a signed op with plaintext in a sealed field is refused invalid_value)
    assert [x["row_id"] for x in rejected] == [row_id]
    assert rejected[0]["reason"] in ("author_unverified", "invalid_value")
    assert REPORTER not in _server_text(sqlite_server)
    assert a.persons.get(pid).ethnicity == ETHNICITY


def test_a_second_register_of_the_commune_and_the_province_read_what_is_sealed_for_them(
        sqlite_devices, sqlite_server):
    p = sqlite_server.fresh_province()
    unit = f"{p}101"
    a = sqlite_devices.commune(unit)
    prov = sqlite_devices.province(p)
    before = _tip(a, "Người Trước")  # written before the second register enrolled
    sync(a)
    b = sqlite_devices.commune(unit)  # the commune's second laptop, its own register and key
    sync(b)
    sync(a)  # a learns b's key (and the province's)
    listed = json.loads(a.meta(META_RECIPIENTS))
    assert {(r["unit"], r["province"]) for r in listed} == {(unit, False), (unit, True)}
    after = _tip(a, REPORTER, PHONE)
    pid = add_person(a, "Quàng Văn Thưởng", ethnicity=ETHNICITY)
    sync(a)
    sync(b)
    sync(prov)
    assert (b.tips.get(after).reporter_name, b.tips.get(after).reporter_contact) == (REPORTER, PHONE)
    assert b.persons.get(pid).ethnicity == ETHNICITY
    assert b.tips.get(before).reporter_name is None  # sealed before b had a key anyone knew
    assert prov.tips.get(after).reporter_name == REPORTER  # the policy is on by default
    # what b writes, a reads (b learnt a's key at its sync)
    from_b = _tip(b, "Nông Thị Sáu")
    sync(b)
    sync(a)
    assert a.tips.get(from_b).reporter_name == "Nông Thị Sáu"

    # the policy off: new values are sealed for the commune's registers only
    a.set_settings({SETTING_PROVINCE: 0})
    hidden = _tip(a, "Mùa A Dính")
    sync(a)
    sync(prov)
    sync(b)
    assert prov.tips.get(hidden).reporter_name is None
    assert b.tips.get(hidden).reporter_name == "Mùa A Dính"
    assert prov.tips.get(after).reporter_name == REPORTER  # what it could read stays readable


def test_a_key_made_after_enrollment_reaches_the_server(sqlite_devices, sqlite_server):
    """A register enrolled before it had a sensitive key (made before issue 16) sends the key
    made at its next entitled login with its next sync."""
    from desktop_app.core.services.sensitive import META_PUB, META_SENT

    p = sqlite_server.fresh_province()
    a = sqlite_devices.commune(f"{p}101")
    b = sqlite_devices.commune(f"{p}101")
    with a.db.write() as tx:  # as if the key came after the enrollment
        tx.conn.exec_driver_sql("UPDATE sync_meta SET value = '' WHERE key = ?", (META_SENT,))
    with sqlite_server.engine.begin() as conn:
        conn.execute(text("UPDATE device SET sensitive_key = NULL WHERE register_id = :r"), {"r": a.register_id})
    sync(b)
    assert json.loads(b.meta(META_RECIPIENTS) or "[]") == []
    sync(a)
    assert a.meta(META_SENT) == a.meta(META_PUB)
    sync(b)
    assert [r["key"] for r in json.loads(b.meta(META_RECIPIENTS))] == [a.meta(META_PUB)]


def test_an_older_register_syncs_only_once_its_chief_has_sealed_it(sqlite_devices, sqlite_server):
    """A register made before sealing (no sensitive key): an officer records a reporter in
    plaintext; their sync is refused until the chief signs in, whose login makes the key and
    seals the row and the unsent op alike; then the server receives ciphertext only."""
    import pytest

    from desktop_app.core.services.sensitive import META_PUB, META_SENT
    from desktop_app.core.services.workspace import Workspace
    from desktop_app.core.sync.transport import SyncError
    from tests.conftest import CHIEF_PASSWORD, pin_today

    p = sqlite_server.fresh_province()
    a = sqlite_devices.commune(f"{p}101")
    officer = sqlite_devices.officer(a)
    sync(a)
    with a.db.write() as tx:  # back to before issue 16: no key, no grants
        tx.conn.exec_driver_sql("DELETE FROM sync_meta WHERE key IN (?, ?)", (META_PUB, META_SENT))
    slots = json.loads(a._slots.path.read_text("utf-8"))
    for slot in slots["slots"].values():
        slot["grants"] = {}
    a._slots.path.write_text(json.dumps(slots), "utf-8")
    officer.sensitive.invalidate()
    tid = _tip(officer, REPORTER, PHONE)
    with officer.db.read() as conn:
        assert conn.exec_driver_sql("SELECT reporter_name FROM tip WHERE id = ?", (tid,)).scalar() == REPORTER
    with pytest.raises(SyncError) as e:
        sync(officer)
    assert e.value.code == "sensitive_key_missing"
    chief = pin_today(Workspace.open(a.data_dir, "truong", CHIEF_PASSWORD))
    sqlite_devices.opened.append(chief)
    with chief.db.read() as conn:
        ops = [json.loads(f) for (f,) in conn.exec_driver_sql(
            "SELECT changed_fields FROM sync_outbox WHERE row_id = ?", (tid,)).all()]
    assert ops and all(o.get("reporter_name", "wbs1:").startswith("wbs1:") for o in ops)
    report = sync(officer)
    assert report.rejected == 0
    assert REPORTER not in _server_text(sqlite_server) and PHONE not in _server_text(sqlite_server)
    assert chief.tips.get(tid).reporter_name == REPORTER
    sync(chief)
    assert chief.meta(META_SENT) == chief.meta(META_PUB)  # the new key reached the server


def test_plaintext_the_server_kept_from_before_is_sealed_by_the_register_that_pulls_it(
        sqlite_devices, sqlite_server):
    """The server's copy of a row from before sealing (plaintext in its data): a register that
    pulls it puts its "swept" flag down, and its chief's next login seals it as an edit that
    reaches the server."""
    from desktop_app.core.services.sensitive import META_SWEPT
    from desktop_app.core.services.workspace import Workspace
    from tests.conftest import CHIEF_PASSWORD, pin_today

    p = sqlite_server.fresh_province()
    a = sqlite_devices.commune(f"{p}101")
    tid = _tip(a, "placeholder")
    sync(a)
    with sqlite_server.engine.begin() as conn:  # as the server held it before the upgrade
        data = json.loads(conn.execute(text("SELECT data FROM record WHERE row_id = :r"), {"r": tid}).scalar())
        data["reporter_name"] = REPORTER
        conn.execute(text("UPDATE record SET data = :d WHERE row_id = :r"),
                     {"d": json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")), "r": tid})
    b = sqlite_devices.commune(f"{p}101")
    assert b.meta(META_SWEPT) == "1"
    sync(b)
    assert b.meta(META_SWEPT) == ""  # the pulled row holds plaintext
    chief = pin_today(Workspace.open(b.data_dir, "truong", CHIEF_PASSWORD))
    sqlite_devices.opened.append(chief)
    assert chief.meta(META_SWEPT) == "1"
    with chief.db.read() as conn:
        assert conn.exec_driver_sql("SELECT reporter_name FROM tip WHERE id = ?", (tid,)).scalar().startswith("wbs1:")
    assert chief.tips.get(tid).reporter_name == REPORTER  # sealed for b's own key (and a's)
    assert sync(chief).rejected == 0
    # the server's rows hold it sealed now (its database file may keep the old cell in free
    # space until SQLite reuses it or PostgreSQL vacuums: docs/threat-model.md 3.4)
    assert REPORTER not in _server_text(sqlite_server, raw=False)


def test_an_officers_sync_never_sends_a_swapped_public_key(sqlite_devices, sqlite_server):
    """The insider puts a key of their own in sync_meta and syncs: the server keeps the
    register's real key (only a session holding the key tells the server), so the other
    registers of the commune go on sealing for the chief, not for the insider."""
    from desktop_app.core.services.sensitive import META_PUB
    from desktop_app.core.store.sealing import new_x25519, x25519_public

    p = sqlite_server.fresh_province()
    a = sqlite_devices.commune(f"{p}101")
    officer = sqlite_devices.officer(a)
    real = a.meta(META_PUB)
    mine = x25519_public(new_x25519()).hex()
    with officer.db.write() as tx:
        tx.conn.exec_driver_sql("UPDATE sync_meta SET value = ? WHERE key = ?", (mine, META_PUB))
        tx.conn.exec_driver_sql("DELETE FROM sync_meta WHERE key = 'sensitive_pub_sent'")
    sync(officer)
    with sqlite_server.engine.connect() as conn:
        keys = conn.execute(text("SELECT sensitive_key FROM device WHERE register_id = :r"),
                            {"r": a.register_id}).scalars().all()
    assert keys == [real]
    b = sqlite_devices.commune(f"{p}101")
    sync(b)
    assert [r["key"] for r in json.loads(b.meta(META_RECIPIENTS))] == [real]
