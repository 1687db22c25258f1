"""The server's side of signed roles (issue 16 item 2): a register's root of account
certificates pinned at its first enrollment, a re-enrollment with another root refused
(`root_mismatch`) until the province admin resets it, and `verify_author` checking an author's
certificate chain against the pinned root — also with the certificates an insider forged on a
real register."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from desktop_app.core.domain import certs as certlib
from desktop_app.core.store.sealing import AccountKeys
from desktop_app.core.sync.protocol import API_PREFIX
from sync_server.cli import cli

RID = "0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000"
UNIT = "25101"
AT = "2026-12-05T08:00:00.000000+00:00"


def code_for(app, unit: str = UNIT) -> str:
    from sync_server.core.db import write_tx
    from sync_server.services.enrollment import create_code

    with write_tx(app.state.engine) as conn:
        return create_code(conn, unit, unit_name="Xã Một", parent_code=unit[:2])


def enroll(client, app, root: bytes | None, *, register_id: str = RID, expect: int = 200) -> dict:
    body = {"code": code_for(app), "register_id": register_id, "device_id": "dev1", "unit_code": UNIT}
    if root is not None:
        body["root_sign_pub"] = root.hex()
    r = client.post(API_PREFIX + "/enroll", json=body)
    assert r.status_code == expect, r.text
    return r.json()


def chain(root: AccountKeys, officer: AccountKeys, *, active: bool = True, rid: str = RID) -> dict:
    return {"truong": certlib.issue(register_id=rid, username="truong", role="chief", unit_code=UNIT, active=True,
                                    box_pub=root.box_pub, sign_pub=root.sign_pub, issued_at=AT, issuer="truong",
                                    issuer_sign_key=root.sign),
            "canbo1": certlib.issue(register_id=rid, username="canbo1", role="officer", unit_code=UNIT,
                                    active=active, box_pub=officer.box_pub, sign_pub=officer.sign_pub, issued_at=AT,
                                    issuer="truong", issuer_sign_key=root.sign)}


def test_the_root_is_pinned_at_enrollment_and_another_is_refused_until_reset(client, app, db_url):
    from sync_server.core.db import read_tx
    from sync_server.services import accounts

    root, other = AccountKeys.generate(), AccountKeys.generate()
    enroll(client, app, root.sign_pub)
    with read_tx(app.state.engine) as conn:
        assert accounts.root_of(conn, RID) == root.sign_pub
    enroll(client, app, root.sign_pub)  # enrolled again with the same root: fine
    refused = enroll(client, app, other.sign_pub, expect=409)
    assert refused["detail"]["code"] == "root_mismatch"
    enroll(client, app, None)  # a register without a root (made before certificates) changes nothing
    with read_tx(app.state.engine) as conn:
        assert accounts.root_of(conn, RID) == root.sign_pub

    db = db_url.removeprefix("sqlite:///")
    r = CliRunner().invoke(cli, ["devices", "--db", db, "--reset-root", RID], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(cli, ["devices", "--db", db, "--reset-root", "khong-co"], catch_exceptions=False)
    assert r.exit_code == 1
    enroll(client, app, other.sign_pub)  # after the admin's reset: the new root is pinned
    with read_tx(app.state.engine) as conn:
        assert accounts.root_of(conn, RID) == other.sign_pub


def test_verify_author_checks_the_chain_against_the_devices_root(client, app):
    from sync_server.services.accounts import verify_author

    root, officer = AccountKeys.generate(), AccountKeys.generate()
    device = enroll(client, app, root.sign_pub)["device_id"]
    engine = app.state.engine
    v = verify_author(engine, device, chain(root, officer), "canbo1")
    assert (v.username, v.role, v.chain, v.sign_pub) == ("canbo1", "officer", ("canbo1", "truong"), officer.sign_pub)

    fake = AccountKeys.generate()  # a chain of its own making, however well signed
    with pytest.raises(certlib.CertError) as e:
        verify_author(engine, device, chain(fake, officer), "canbo1")
    assert e.value.code == "cert_chain_broken"
    with pytest.raises(certlib.CertError) as e:
        verify_author(engine, device, chain(root, officer, active=False), "canbo1")
    assert e.value.code == "cert_inactive"
    with pytest.raises(certlib.CertError) as e:
        verify_author(engine, device, chain(root, officer, rid="another-register"), "canbo1")
    assert e.value.code == "cert_invalid"
    promoted = chain(root, officer)
    promoted["canbo1"] = dict(promoted["canbo1"], role="chief")  # the role rewritten: signature fails
    with pytest.raises(certlib.CertError) as e:
        verify_author(engine, device, promoted, "canbo1")
    assert e.value.code == "cert_invalid"
    with pytest.raises(certlib.CertError) as e:
        verify_author(engine, "no-such-device", chain(root, officer), "canbo1")
    assert e.value.code == "cert_root_unknown"
    unrooted = enroll(client, app, None, register_id="legacy-register")["device_id"]
    with pytest.raises(certlib.CertError) as e:
        verify_author(engine, unrooted, chain(root, officer, rid="legacy-register"), "canbo1")
    assert e.value.code == "cert_root_unknown"


def test_an_insiders_root_on_a_real_register_is_refused_by_the_server(client, app, workspace, add_officer):
    """The officer re-signs the register with a root of their own and deletes the pin on the
    laptop (the window docs/threat-model.md 3.2 names): the laptop lets them in as chief, the
    server — which pinned the real root at enrollment — does not."""
    import sqlcipher3

    from desktop_app.core.services import accounts as local
    from desktop_app.core.services.workspace import Workspace
    from desktop_app.core.store import keyslots
    from desktop_app.core.store.rootpin import RootPin
    from sync_server.services.accounts import verify_author
    from tests.conftest import OFFICER_PASSWORD

    ws = workspace
    add_officer("canbo1")
    body = {"code": code_for(app, ws.unit_code), "register_id": ws.register_id, "device_id": ws.device_id,
            "unit_code": ws.unit_code, "root_sign_pub": ws._root.hex()}
    device = client.post(API_PREFIX + "/enroll", json=body).json()["device_id"]
    with ws.db.read() as conn:
        honest = local.known_certs(conn, ws._slots)
    assert verify_author(app.state.engine, device, honest, "canbo1").role == "officer"

    d = ws.data_dir
    slots = keyslots.SlotFile.load(d / "keyslots.json")
    key, mine = keyslots.unlock_account(slots, "canbo1", OFFICER_PASSWORD)
    fake = AccountKeys.generate()
    forged = {"gia": certlib.issue(register_id=ws.register_id, username="gia", role="chief", unit_code=ws.unit_code,
                                   active=True, box_pub=fake.box_pub, sign_pub=fake.sign_pub, issued_at=AT,
                                   issuer="gia", issuer_sign_key=fake.sign),
              "canbo1": certlib.issue(register_id=ws.register_id, username="canbo1", role="chief",
                                      unit_code=ws.unit_code, active=True, box_pub=mine.box_pub,
                                      sign_pub=mine.sign_pub, issued_at="2099-01-01T00:00:00+00:00", issuer="gia",
                                      issuer_sign_key=fake.sign)}
    slots.set_cert("canbo1", forged["canbo1"])
    slots.save()
    conn = sqlcipher3.connect(str(d / "register.db"), isolation_level=None)
    conn.execute(f"PRAGMA key=\"x'{key.hex()}'\"")
    conn.execute("UPDATE sync_meta SET value = ? WHERE key = 'root_sign_pub'", (fake.sign_pub.hex(),))
    conn.execute("UPDATE app_user SET role = 'chief' WHERE username = 'canbo1'")
    for c in forged.values():
        conn.execute("INSERT OR REPLACE INTO account_cert VALUES (?, ?, ?, ?)",
                     (c["username"], json.dumps(c), c["issued_at"], c["issuer"]))
    conn.close()
    RootPin(ws.register_id).path.unlink()
    with Workspace.open(d, "canbo1", OFFICER_PASSWORD) as insider:
        assert insider.role.value == "chief"  # the laptop alone is fooled …
        with insider.db.read() as c:
            claimed = local.known_certs(c, insider._slots)
        again = dict(body, code=code_for(app, ws.unit_code), root_sign_pub=insider._root.hex())
    with pytest.raises(certlib.CertError):  # … the server is not
        verify_author(app.state.engine, device, claimed, "canbo1")
    r = client.post(API_PREFIX + "/enroll", json=again)
    assert r.status_code == 409 and r.json()["detail"]["code"] == "root_mismatch"
