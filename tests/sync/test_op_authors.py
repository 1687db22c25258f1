"""Issue 16 item 3, end to end with a real server process (SQLite and PostgreSQL): ops signed
by their author when written, judged on the server by the author's certified role whatever
account is signed in when the push happens; `updated_by` is the verified author; a tampered op
or a forged certificate is refused `author_unverified` and shown on the laptop."""

from __future__ import annotations

from sqlalchemy import text

from desktop_app.core.domain import certs
from desktop_app.core.store.tables import Person
from desktop_app.core.sync.client import status, sync
from sync_server.core.db import read_tx
from tests.conftest import add_person

ISSUED = "2026-12-05T00:00:00+00:00"


def certify(chief, *others) -> dict:
    """The certificates of the register's accounts as the register issued them (the chief is
    the root; the others were added by the chief), the same in every open workspace's slots."""
    out = {}
    for ws in (chief, *others):
        cert = ws._slots.cert(ws.username)
        assert cert is not None and certs.verify_chain({**out, ws.username: cert, chief.username:
                                                        chief._slots.cert(chief.username)},
                                                       ws.username, chief._keys.sign_pub, chief.register_id)
        out[ws.username] = cert
    return out


def pin_root(server, chief) -> None:
    """The register's root is on the server since its enrollment (services/accounts.pin_root)."""
    from sync_server.services.accounts import root_of

    with read_tx(server.engine) as conn:
        assert root_of(conn, chief.register_id) == chief._keys.sign_pub


def stored(server, row_id: str) -> tuple[bool, str]:
    with read_tx(server.engine) as conn:
        deleted, by = conn.execute(text("SELECT deleted, updated_by FROM record WHERE row_id = :r"),
                                   {"r": row_id}).one()
    return bool(deleted), by


def reasons(ws) -> list[tuple[str, str]]:
    return [(r["row_id"], r["reason"]) for r in status(ws)["rejections"]]


def _setup(devices, server):
    p = server.fresh_province()
    chief = devices.commune(f"{p}101")
    pid = add_person(chief, "Lê Văn Tám")
    sync(chief)
    officer = devices.officer(chief)
    certify(chief, officer)
    pin_root(server, chief)
    return chief, officer, pid


def test_an_officer_signed_in_on_the_chief_laptop_cannot_delete(devices, server):
    """The laptop is enrolled as the chief's: its token carries the chief's role. An officer
    who bypasses the app's own check (the project's modules, their own password) writes the
    delete: it is signed with the officer's key, and the server refuses it."""
    chief, officer, pid = _setup(devices, server)
    with officer.db.write() as tx:
        tx.delete(Person, pid)
    sync(officer)
    assert reasons(officer) == [(pid, "not_permitted")]
    assert stored(server, pid)[0] is False
    # after the sync the laptop holds the server's row again
    assert officer.persons.get(pid) is not None


def test_a_chief_delete_pushed_while_an_officer_is_signed_in_passes(devices, server):
    chief, officer, pid = _setup(devices, server)
    chief.persons.delete(pid)  # written (and signed) by the chief
    sync(officer)  # pushed by whoever is signed in later
    assert reasons(officer) == []
    deleted, by = stored(server, pid)
    assert deleted is True
    assert by.startswith("truong@") and by == f"truong@{chief.device_id}"


def test_an_edit_by_the_officer_is_stored_under_the_officer(devices, server):
    chief, officer, pid = _setup(devices, server)
    officer.persons.update(pid, {"note": "Đã gặp"})
    sync(chief)  # the chief signed in pushes the officer's edit: it stays the officer's
    assert reasons(chief) == []
    assert stored(server, pid)[1] == f"canbo1@{chief.device_id}"


def test_an_op_changed_after_it_was_signed_is_refused(devices, server):
    chief, officer, pid = _setup(devices, server)
    chief.persons.update(pid, {"note": "Gặp tại nhà"})
    other = add_person(officer, "Đỗ Thị Hằng")
    # an insider rewrites the chief's signed edit into a delete-looking change of another field
    with officer.db.write() as tx:
        tx.conn.exec_driver_sql("UPDATE sync_outbox SET changed_fields = ? WHERE row_id = ?",
                                ('{"note":"Đã chuyển đi nơi khác"}', pid))
    sync(officer)
    assert reasons(officer) == [(pid, "author_unverified")]
    with read_tx(server.engine) as conn:
        data = conn.execute(text("SELECT data FROM record WHERE row_id = :r"), {"r": pid}).scalar_one()
    assert "Đã chuyển" not in data and "Gặp tại nhà" not in data
    assert stored(server, other) == (False, f"canbo1@{chief.device_id}")  # the rest passes


def test_an_op_in_the_chief_name_without_the_chief_key_is_refused(devices, server):
    """The officer writes the delete and relabels it as the chief's (author column): the seal
    is the officer's, so it does not verify against the chief's certificate."""
    chief, officer, pid = _setup(devices, server)
    with officer.db.write() as tx:
        tx.delete(Person, pid)
        tx.conn.exec_driver_sql("UPDATE sync_outbox SET author = 'truong' WHERE row_id = ?", (pid,))
    sync(officer)
    assert reasons(officer) == [(pid, "author_unverified")]
    assert stored(server, pid)[0] is False


def test_a_certificate_forged_by_the_officer_is_refused(devices, server):
    """The officer sets their own certificate's role to chief (its signature then fails), or
    signs one of their own (no chain to the register's root): refused either way."""
    chief, officer, pid = _setup(devices, server)
    forged = {**officer._slots.cert("canbo1"), "role": "chief"}
    officer._slots.set_cert("canbo1", forged)
    with officer.db.write() as tx:
        tx.delete(Person, pid)
    sync(officer)
    assert reasons(officer) == [(pid, "author_unverified")]
    assert "cert_invalid" in status(officer)["rejections"][0]["detail"]
    assert stored(server, pid)[0] is False

    k = officer._keys
    own = certs.issue(register_id=officer.register_id, username="canbo1", role="chief", unit_code=officer.unit_code,
                      active=True, box_pub=k.box_pub, sign_pub=k.sign_pub, issued_at=ISSUED, issuer="canbo1",
                      issuer_sign_key=k.sign)
    officer._slots.set_cert("canbo1", own)
    with officer.db.write() as tx:
        tx.delete(Person, pid)
    sync(officer)
    assert [r["detail"] for r in status(officer)["rejections"] if r["row_id"] == pid][-1].endswith("cert_chain_broken")
    assert stored(server, pid)[0] is False


def test_without_a_root_on_the_server_the_device_role_still_decides(devices, server):
    """The transition: a register whose root the server does not hold (enrolled before issue
    16) is judged by the device's role, as before, and named by the op's author."""
    p = server.fresh_province()
    chief = devices.commune(f"{p}101")
    pid = add_person(chief, "Phan Văn Út")
    officer = devices.officer(chief)
    officer.persons.update(pid, {"note": "Ghi chú"})
    sync(chief)
    assert reasons(chief) == []
    assert stored(server, pid)[1] == f"canbo1@{chief.device_id}"


def test_bundles_carry_the_authors_too(devices, server, tmp_path):
    """By USB: the officer signed in exports the chief's delete and an officer's delete; the
    server applies the chief's and refuses the officer's."""
    import subprocess

    from desktop_app.core.sync.bundle import bundle_export, bundle_import
    from tests.sync.serverproc import server_command

    chief, officer, pid = _setup(devices, server)
    other = add_person(chief, "Mai Văn Tư")
    sync(chief)
    chief.persons.delete(pid)
    with officer.db.write() as tx:
        tx.delete(Person, other)
    bundle_export(officer, tmp_path / "req.wbb")
    r = subprocess.run([*server_command(), "bundle", "import", "--db", server.db_url, str(tmp_path / "req.wbb"),
                        "--reply", str(tmp_path / "rep.wbb")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    bundle_import(officer, tmp_path / "rep.wbb")
    assert reasons(officer) == [(other, "not_permitted")]
    assert stored(server, pid) == (True, f"truong@{chief.device_id}")
    assert stored(server, other)[0] is False


def test_a_restate_is_judged_by_the_account_running_the_sync(devices, server):
    """A restate re-sends every row (tombstones included), signed by whoever runs the sync: an
    officer's restated tombstone of a row the server holds live is the officer's delete,
    refused; a tombstone of a row the server holds deleted destroys nothing (it may be one a
    restored server lost) and is taken; the chief's restate is judged by the chief's role."""
    from desktop_app.core.sync.client.state import set_meta as set_local_meta

    chief, officer, pid = _setup(devices, server)
    def tombstone_here() -> None:  # an insider's tombstone, straight into the officer's register
        with officer.db.write() as tx:
            tx.conn.exec_driver_sql("UPDATE person SET deleted = 1 WHERE id = ?", (pid,))

    tombstone_here()

    def restate_as(ws) -> list[str]:
        with ws.db.write() as tx:
            set_local_meta(tx.conn, {"restate_pending": "1"})  # as a register enrolled again
        assert sync(ws).recovered
        with read_tx(server.engine) as conn:
            return [r for (r,) in conn.execute(text("SELECT reason FROM sync_rejections WHERE row_id = :r"),
                                               {"r": pid})]

    assert restate_as(officer) == ["not_permitted"]
    assert stored(server, pid)[0] is False
    with officer.db.read() as conn:  # the server's row back in the officer's register
        assert conn.exec_driver_sql("SELECT deleted FROM person WHERE id = ?", (pid,)).scalar() == 0
    chief.persons.delete(pid)
    sync(chief)
    tombstone_here()
    assert restate_as(officer) == ["not_permitted"]  # nothing new: the row is deleted on the server
    assert restate_as(chief) == ["not_permitted"]
    assert stored(server, pid) == (True, f"truong@{chief.device_id}")
