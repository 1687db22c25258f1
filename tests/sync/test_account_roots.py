"""Signed roles against a real server process (issue 16 item 2): a register's enrollment pins
its root of account certificates on the server; an officer who re-signed the register with a
root of their own (and deleted the laptop's pin) is let in by the laptop but cannot enroll the
register again — `root_mismatch` — until the province admin resets the root."""

from __future__ import annotations

import json

import pytest
import sqlcipher3
from click.testing import CliRunner

from desktop_app.core.domain import certs as certlib
from desktop_app.core.services.workspace import Workspace
from desktop_app.core.store import keyslots
from desktop_app.core.store.rootpin import RootPin
from desktop_app.core.store.sealing import AccountKeys
from desktop_app.core.sync.client import enroll
from desktop_app.core.sync.transport import SyncError
from sync_server.cli import cli
from tests.conftest import OFFICER_PASSWORD


def forge_root(ws: Workspace, username: str) -> None:
    """The insider's work with their own password: a root of their own in sync_meta, their
    account certified as chief by it, the laptop's pin deleted."""
    d = ws.data_dir
    slots = keyslots.SlotFile.load(d / "keyslots.json")
    key, mine = keyslots.unlock_account(slots, username, OFFICER_PASSWORD)
    fake = AccountKeys.generate()
    at = "2099-01-01T00:00:00+00:00"
    forged = [certlib.issue(register_id=ws.register_id, username="gia", role="chief", unit_code=ws.unit_code,
                            active=True, box_pub=fake.box_pub, sign_pub=fake.sign_pub, issued_at=at, issuer="gia",
                            issuer_sign_key=fake.sign),
              certlib.issue(register_id=ws.register_id, username=username, role="chief", unit_code=ws.unit_code,
                            active=True, box_pub=mine.box_pub, sign_pub=mine.sign_pub, issued_at=at, issuer="gia",
                            issuer_sign_key=fake.sign)]
    slots.set_cert(username, forged[1])
    slots.save()
    conn = sqlcipher3.connect(str(d / "register.db"), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key=\"x'{key.hex()}'\"")
        conn.execute("UPDATE sync_meta SET value = ? WHERE key = 'root_sign_pub'", (fake.sign_pub.hex(),))
        conn.execute("UPDATE app_user SET role = 'chief' WHERE username = ?", (username,))
        for c in forged:
            conn.execute("INSERT OR REPLACE INTO account_cert VALUES (?, ?, ?, ?)",
                         (c["username"], json.dumps(c), c["issued_at"], c["issuer"]))
    finally:
        conn.close()
    RootPin(ws.register_id).path.unlink()


def test_an_insiders_root_cannot_be_enrolled_until_the_admin_resets_it(own_devices, own_server):
    from sync_server.core.db import read_tx
    from sync_server.services.accounts import root_of

    ws = own_devices.commune("25101")
    with read_tx(own_server.engine) as conn:
        assert root_of(conn, ws.register_id) == ws._root == ws._keys.sign_pub
    own_devices.officer(ws, "canbo1")
    forge_root(ws, "canbo1")

    with Workspace.open(ws.data_dir, "canbo1", OFFICER_PASSWORD) as insider:
        assert insider.role.value == "chief"  # the laptop without its pin is fooled
        with pytest.raises(SyncError) as e:
            enroll(insider, own_server.url, own_server.enroll_code("25101", parent="25"))
        assert e.value.code == "root_mismatch"
        with read_tx(own_server.engine) as conn:
            assert root_of(conn, ws.register_id) == ws._keys.sign_pub

        db = own_server.db_url.removeprefix("sqlite:///")
        r = CliRunner().invoke(cli, ["devices", "--db", db, "--reset-root", ws.register_id], catch_exceptions=False)
        assert r.exit_code == 0, r.output
        enroll(insider, own_server.url, own_server.enroll_code("25101", parent="25"))
        with read_tx(own_server.engine) as conn:
            assert root_of(conn, ws.register_id) == insider._root != ws._keys.sign_pub
