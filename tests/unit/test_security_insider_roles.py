"""The insider against roles and slots (issue 16, item 2), on the real slot file and the real
SQLCipher file: an officer who knows only their own password uses the project's own modules
(`keyslots.unlock_account` for the data key and their key pairs, `sqlcipher3` with that key, the
slot file, `domain/certs.issue` with keys of their own) and tries to become a chief. Every try is
refused at login with "account_not_certified", and the refusal reaches the audit log at the next
good login. The honest paths (add, reset, deactivate, change a password) keep working.
"""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path
from typing import Iterator

import pytest
import sqlcipher3

from desktop_app.core.domain import certs as certlib
from desktop_app.core.errors import AuthenticationFailed, PermissionDenied
from desktop_app.core.services import accounts
from desktop_app.core.services.workspace import Workspace
from desktop_app.core.store import keyslots
from desktop_app.core.store.rootpin import RootPin
from desktop_app.core.store.sealing import AccountKeys
from tests.conftest import CHIEF, CHIEF_PASSWORD, LOW_KDF, OFFICER_PASSWORD, UNIT_CODE

INSIDER = "canbo1"


def insider_keys(data_dir: Path, password: str = OFFICER_PASSWORD) -> tuple[keyslots.SlotFile, bytes, AccountKeys]:
    """What the officer's own password gives them: the slot file, the data key, their keys."""
    slots = keyslots.SlotFile.load(data_dir / "keyslots.json")
    key, keys = keyslots.unlock_account(slots, INSIDER, password)
    return slots, key, keys


@contextlib.contextmanager
def raw(data_dir: Path, key: bytes) -> Iterator[sqlcipher3.Connection]:
    conn = sqlcipher3.connect(str(data_dir / "register.db"), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key=\"x'{key.hex()}'\"")
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
    finally:
        conn.close()


def store_cert(conn: sqlcipher3.Connection, cert: dict) -> None:
    conn.execute("INSERT OR REPLACE INTO account_cert(username, cert_json, issued_at, issuer) VALUES (?,?,?,?)",
                 (cert["username"], json.dumps(cert), cert["issued_at"], cert["issuer"]))


def put_cert_by_hand(data_dir: Path, username: str, cert: dict) -> None:
    """The slot file edited as text: a certificate into a slot whatever keys it holds (the
    module's own `set_cert` attaches a certificate only to the keys it names)."""
    path = data_dir / "keyslots.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["slots"][username]["cert"] = cert
    path.write_text(json.dumps(data), encoding="utf-8")


def refused(data_dir: Path, username: str, password: str) -> None:
    with pytest.raises(AuthenticationFailed) as e:
        Workspace.open(data_dir, username, password)
    assert e.value.reason == "account_not_certified"


def failed_logins(data_dir: Path) -> list[dict]:
    """The chief's next login writes the refusals to the audit log: their reasons."""
    with Workspace.open(data_dir, CHIEF, CHIEF_PASSWORD) as ws:
        return [dict(e.detail) | {"user": e.entity_id}
                for e in ws.audit.list(action="login_failed")]


@pytest.fixture
def register(workspace, add_officer):
    """A commune register with its chief (the root) and an officer, the insider."""
    add_officer(INSIDER)
    return workspace


# -- the probes ----------------------------------------------------------------------------------

def test_officer_setting_their_own_role_to_chief_is_refused(register):
    d = register.data_dir
    _, key, _ = insider_keys(d)
    with raw(d, key) as conn:
        conn.execute("UPDATE app_user SET role = 'chief' WHERE username = ?", (INSIDER,))
    refused(d, INSIDER, OFFICER_PASSWORD)
    assert {"user": INSIDER, "reason": "account_not_certified"}.items() <= failed_logins(d)[-1].items()


def test_a_chief_account_added_by_the_officer_is_refused(register):
    d = register.data_dir
    slots, key, keys = insider_keys(d)
    with raw(d, key) as conn:
        conn.execute("INSERT INTO app_user(username, full_name, role, unit_code, active, must_change_password, "
                     "created_at) VALUES ('gia', '', 'chief', ?, 1, 0, '2026-01-01 00:00:00')", (UNIT_CODE,))
    own = slots.put("gia", "Matkhau2026gia", key, LOW_KDF)
    slots.save()
    refused(d, "gia", "Matkhau2026gia")  # no certificate at all

    # A certificate of their own making: signed by the officer, who may issue nothing.
    cert = certlib.issue(register_id=slots.register_id, username="gia", role="chief", unit_code=UNIT_CODE,
                         active=True, box_pub=own.box_pub, sign_pub=own.sign_pub,
                         issued_at="2099-01-01T00:00:00+00:00", issuer=INSIDER, issuer_sign_key=keys.sign)
    slots = keyslots.SlotFile.load(d / "keyslots.json")
    slots.set_cert("gia", cert)
    slots.save()
    with raw(d, key) as conn:
        store_cert(conn, cert)
    refused(d, "gia", "Matkhau2026gia")
    # Self-signed, as if it were a root: not the register's root.
    selfsigned = certlib.issue(register_id=slots.register_id, username="gia", role="chief", unit_code=UNIT_CODE,
                               active=True, box_pub=own.box_pub, sign_pub=own.sign_pub,
                               issued_at="2099-01-01T00:00:00+00:00", issuer="gia", issuer_sign_key=own.sign)
    with raw(d, key) as conn:
        store_cert(conn, selfsigned)
    refused(d, "gia", "Matkhau2026gia")


def test_the_chiefs_slot_replaced_with_the_officers_password_is_refused(register):
    d = register.data_dir
    slots, key, _ = insider_keys(d)
    chief_cert = slots.cert(CHIEF)
    assert chief_cert is not None
    slots.put(CHIEF, "Matkhau2026gia", key, LOW_KDF)  # new keys under the officer's password
    slots.save()
    refused(d, CHIEF, "Matkhau2026gia")
    # …and with the chief's genuine certificate copied into that slot: its keys are not these.
    put_cert_by_hand(d, CHIEF, chief_cert)
    assert keyslots.SlotFile.load(d / "keyslots.json").cert(CHIEF) == chief_cert
    refused(d, CHIEF, "Matkhau2026gia")


def test_the_chiefs_certificate_copied_into_the_officers_slot_is_refused(register):
    d = register.data_dir
    slots, key, _ = insider_keys(d)
    chief_cert = slots.cert(CHIEF)
    put_cert_by_hand(d, INSIDER, dict(chief_cert))  # names the chief, holds the chief's keys
    with raw(d, key) as conn:
        conn.execute("UPDATE app_user SET role = 'chief' WHERE username = ?", (INSIDER,))
    refused(d, INSIDER, OFFICER_PASSWORD)
    # The chief's certificate renamed to the officer: the signature no longer holds.
    renamed = dict(chief_cert, username=INSIDER, issuer=CHIEF, issued_at="2099-01-01T00:00:00+00:00")
    put_cert_by_hand(d, INSIDER, renamed)
    refused(d, INSIDER, OFFICER_PASSWORD)
    with raw(d, key) as conn:  # …and in the register's copy too
        store_cert(conn, renamed)
    refused(d, INSIDER, OFFICER_PASSWORD)


def test_a_new_root_of_the_officers_own_is_refused_against_the_pin(register):
    d = register.data_dir
    slots, key, keys = insider_keys(d)
    rid = slots.register_id
    fake_root = AccountKeys.generate()
    at = "2099-01-01T00:00:00+00:00"
    root_cert = certlib.issue(register_id=rid, username="gia", role="chief", unit_code=UNIT_CODE, active=True,
                              box_pub=fake_root.box_pub, sign_pub=fake_root.sign_pub, issued_at=at,
                              issuer="gia", issuer_sign_key=fake_root.sign)
    mine = certlib.issue(register_id=rid, username=INSIDER, role="chief", unit_code=UNIT_CODE, active=True,
                         box_pub=keys.box_pub, sign_pub=keys.sign_pub, issued_at=at, issuer="gia",
                         issuer_sign_key=fake_root.sign)
    slots.set_cert(INSIDER, mine)
    slots.save()
    with raw(d, key) as conn:
        conn.execute("UPDATE sync_meta SET value = ? WHERE key = 'root_sign_pub'", (fake_root.sign_pub.hex(),))
        conn.execute("UPDATE app_user SET role = 'chief' WHERE username = ?", (INSIDER,))
        conn.execute("INSERT INTO app_user(username, full_name, role, unit_code, active, must_change_password, "
                     "created_at) VALUES ('gia', '', 'chief', ?, 1, 0, '2026-01-01 00:00:00')", (UNIT_CODE,))
        store_cert(conn, root_cert)
        store_cert(conn, mine)
    assert certlib.verify_chain({"gia": root_cert, INSIDER: mine}, INSIDER, fake_root.sign_pub, rid).role == "chief"
    refused(d, INSIDER, OFFICER_PASSWORD)  # the pin outside the data folder holds the real root
    # The pin hand-edited to the fake root: its MAC fails, every login is refused.
    pin = RootPin(rid)
    body = json.loads(pin.path.read_text())
    pin.path.write_text(json.dumps(dict(body, root_sign_pub=fake_root.sign_pub.hex())))
    refused(d, INSIDER, OFFICER_PASSWORD)
    refused(d, CHIEF, CHIEF_PASSWORD)
    # What remains (docs/threat-model.md 3.2): with the pin deleted, the next login trusts
    # sync_meta again — the server's copy of the root is then the check (tests/server).
    pin.path.unlink()
    with Workspace.open(d, INSIDER, OFFICER_PASSWORD) as ws:
        assert ws.role.value == "chief" and ws._root == fake_root.sign_pub


def test_an_old_certificate_put_back_after_a_deactivation_is_refused(register):
    d = register.data_dir
    slots, key, _ = insider_keys(d)
    saved_slot = json.loads((d / "keyslots.json").read_text())["slots"][INSIDER]
    register.users.set_active(INSIDER, False)
    with raw(d, key) as conn:  # the officer kept the data key and a copy of their slot
        conn.execute("UPDATE app_user SET active = 1 WHERE username = ?", (INSIDER,))
    data = json.loads((d / "keyslots.json").read_text())
    data["slots"][INSIDER] = saved_slot
    (d / "keyslots.json").write_text(json.dumps(data))
    refused(d, INSIDER, OFFICER_PASSWORD)  # the register's copy says inactive
    with raw(d, key) as conn:
        store_cert(conn, saved_slot["cert"])
    refused(d, INSIDER, OFFICER_PASSWORD)  # older than the newest this computer saw


# -- the honest paths ----------------------------------------------------------------------------

def test_chief_adds_an_officer_who_logs_in_certified(register):
    with Workspace.open(register.data_dir, INSIDER, OFFICER_PASSWORD) as ws:
        assert ws._chain == (INSIDER, CHIEF) and ws._root == register._keys.sign_pub
    cert = register._slots.cert(INSIDER)
    assert cert["issuer"] == CHIEF and cert["role"] == "officer"
    with register.db.read() as conn:
        assert accounts.register_certs(conn)[INSIDER] == cert
        assert accounts.meta_root(conn) == register._keys.sign_pub
    assert RootPin(register.register_id).root() == register._keys.sign_pub


def test_reset_deactivate_reactivate_and_change_password(register):
    d = register.data_dir
    register.users.reset_password(INSIDER, "Moi2026canbo1x")
    with Workspace.open(d, INSIDER, "Moi2026canbo1x") as ws:
        before = ws._slots.cert(INSIDER)
        ws.users.change_password("Moi2026canbo1x", "Khac2026canbo1y")
    with Workspace.open(d, INSIDER, "Khac2026canbo1y") as ws:
        assert ws._slots.cert(INSIDER) == before  # same keys, same certificate
    register.users.set_active(INSIDER, False)
    with pytest.raises(AuthenticationFailed) as e:
        Workspace.open(d, INSIDER, "Khac2026canbo1y")
    assert e.value.reason in ("bad_credentials", "account_disabled")
    register.users.reactivate(INSIDER, "Lai2026canbo1z")
    Workspace.open(d, INSIDER, "Lai2026canbo1z").close()


def test_a_second_chief_deactivated_leaves_the_officers_it_certified_certified(register):
    d = register.data_dir
    register.users.add({"username": "pho", "role": "chief"}, "Matkhau2026pho")
    with Workspace.open(d, "pho", "Matkhau2026pho") as pho:
        pho.users.add({"username": "canbo2", "role": "officer"}, OFFICER_PASSWORD)
        with pytest.raises(PermissionDenied):  # the root's keys cannot change
            pho.users.reset_password(CHIEF, "Matkhau2026moi")
        with pytest.raises(PermissionDenied):
            pho.users.set_active(CHIEF, False)
    with Workspace.open(d, "canbo2", OFFICER_PASSWORD) as ws:
        assert ws._chain == ("canbo2", "pho", CHIEF)
    register.users.set_active("pho", False)
    with Workspace.open(d, "canbo2", OFFICER_PASSWORD) as ws:
        assert ws._chain == ("canbo2", CHIEF)
    register.users.reset_password("canbo1", "Moi2026canbo1x")
    Workspace.open(d, "canbo1", "Moi2026canbo1x").close()


def test_a_register_made_before_certificates_is_certified_by_its_creator(register):
    d = register.data_dir
    rid = register.register_id
    with raw(d, register._data_key) as conn:  # as an older version left it
        conn.execute("DELETE FROM account_cert")
        conn.execute("DELETE FROM sync_meta WHERE key = 'root_sign_pub'")
    data = json.loads((d / "keyslots.json").read_text())
    for slot in data["slots"].values():
        slot.pop("cert", None)
    (d / "keyslots.json").write_text(json.dumps(data))
    RootPin(rid).path.unlink()
    register.close()

    with Workspace.open(d, INSIDER, OFFICER_PASSWORD) as ws:  # the legacy window
        assert ws._root is None
    with Workspace.open(d, CHIEF, CHIEF_PASSWORD) as ws:  # the creator: the root now
        assert ws._root == ws._keys.sign_pub
        rows = ws.audit.list(action="accounts_certified")
        assert len(rows) == 1 and rows[0].detail["certified"] == [CHIEF, INSIDER]
    assert RootPin(rid).root() is not None
    Workspace.open(d, INSIDER, OFFICER_PASSWORD).close()
    _, key, _ = insider_keys(d)
    with raw(d, key) as conn:
        conn.execute("UPDATE app_user SET role = 'chief' WHERE username = ?", (INSIDER,))
    refused(d, INSIDER, OFFICER_PASSWORD)


def test_the_certificate_check_costs_little(register):
    d = register.data_dir
    slots = keyslots.SlotFile.load(d / "keyslots.json")
    key, keys = keyslots.unlock_account(slots, INSIDER, OFFICER_PASSWORD)
    from desktop_app.core.store.tables import AppUser

    with register.db.read() as conn:
        user = AppUser.model_validate(dict(conn.exec_driver_sql(
            "SELECT * FROM app_user WHERE username = ?", (INSIDER,)).mappings().one()))
        t0 = time.perf_counter()
        for _ in range(20):
            accounts.check_login(conn, slots, user, keys, register.register_id)
        per_login = (time.perf_counter() - t0) / 20
    assert per_login < 0.05, per_login  # a few signature checks and one small table


def test_a_backup_restored_brings_its_older_certificates_back(register, tmp_path):
    """A restore is the one honest way back to older certificates: the chief restores a backup
    made before an officer's password was reset, and the officer's old password works again."""
    from desktop_app.core.services.backup import make_backup, restore_backup

    d = register.data_dir
    info = make_backup(register, tmp_path / "truoc.wbk")
    register.users.reset_password(INSIDER, "Moi2026canbo1x")
    Workspace.open(d, INSIDER, "Moi2026canbo1x").close()
    register.close()
    restore_backup(info.path, d, username=CHIEF, password=CHIEF_PASSWORD)
    with Workspace.open(d, INSIDER, OFFICER_PASSWORD) as ws:
        assert ws._chain == (INSIDER, CHIEF)


def test_a_province_registers_admin_is_the_root_and_certifies_its_accounts(province):
    province.users.add({"username": "canbo_tinh", "role": "officer"}, OFFICER_PASSWORD)
    with Workspace.open(province.data_dir, "canbo_tinh", OFFICER_PASSWORD) as ws:
        assert ws._chain == ("canbo_tinh", "tinh")
    assert province._slots.cert("tinh")["issuer"] == "tinh"
    assert province._slots.cert("tinh")["role"] == "province_admin"


def test_a_certificate_reissued_in_one_process_keeps_a_password_changed_in_another(register):
    """Re-issuing the certificates an account had signed touches other accounts' slots: only
    their certificate is written, never a stale copy of the rest of the slot."""
    d = register.data_dir
    register.users.add({"username": "pho", "role": "chief"}, "Matkhau2026pho")
    with Workspace.open(d, "pho", "Matkhau2026pho") as pho:
        pho.users.add({"username": "canbo2", "role": "officer"}, OFFICER_PASSWORD)
    register.users.add({"username": "canbo3", "role": "officer"}, OFFICER_PASSWORD)  # reads canbo2's slot
    assert register._slots.has("canbo2")
    with Workspace.open(d, "canbo2", OFFICER_PASSWORD) as other:  # another window, meanwhile
        other.users.change_password(OFFICER_PASSWORD, "Moi2026canbo2x")
    register.users.set_active("pho", False)  # re-issues canbo2's certificate, signed by the root
    with Workspace.open(d, "canbo2", "Moi2026canbo2x") as ws:
        assert ws._chain == ("canbo2", CHIEF)
