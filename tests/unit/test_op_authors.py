"""Issue 16 item 3 on the laptop: every op in the outbox names its author and is covered by that
account's signature made when it was written (one per write transaction, groups of at most
GROUP_MAX), chained only from a head the account signed; a push batch never ends inside a
group; ops of before migration 0008 are stamped at their author's login."""

from __future__ import annotations

import json
from types import SimpleNamespace

from desktop_app.core.domain import opsig
from desktop_app.core.services.workspace import Workspace
from desktop_app.core.store.tables import Person
from desktop_app.core.sync.client.push import batch_end, read_outbox
from tests.conftest import CHIEF_PASSWORD, add_person, pin_today


def outbox(ws) -> list:
    with ws.db.read() as conn:
        return list(read_outbox(conn))


def groups(ws) -> list[list]:
    """The outbox's signed groups (each ends at the op carrying its seal)."""
    out, run = [], []
    for r in outbox(ws):
        run.append(r)
        if r.author_seal:
            out.append(run)
            run = []
    assert run == [], "an unsealed run at the end of the outbox"
    return out


def verifies(ws, group: list, pub: bytes) -> bool:
    """The group's seal checked as the server does: from its ops' content, not from the digest
    the outbox keeps."""
    n, prev, sig = opsig.decode_seal(group[-1].author_seal)
    assert n == len(group)
    hashes = [opsig.op_hash(ws.register_id, r.author, r.op_id, r.device_seq, r.table_name, r.row_id, r.unit_code,
                            r.op, r.base_version, r.schema_version, opsig.fields_text(json.loads(r.changed_fields)))
              for r in group]
    digest = opsig.group_digest(bytes.fromhex(prev), hashes)
    return opsig.verify_group(pub, opsig.decode_sig(sig), digest)


def test_each_write_is_one_signed_group_chained_to_the_last(workspace):
    pid = add_person(workspace, "Trần Văn Bình")
    workspace.persons.update(pid, {"note": "một"})
    workspace.persons.update(pid, {"note": "hai"})
    gs = groups(workspace)
    assert [len(g) for g in gs] == [1, 1, 1]
    assert {r.author for g in gs for r in g} == {"truong"}
    pub = workspace._keys.sign_pub
    assert all(verifies(workspace, g, pub) for g in gs)
    # each group names the digest of the one before (the stored seal's 4th part)
    seals = [g[-1].author_seal.split(".") for g in gs]
    assert seals[0][1] == opsig.ZERO_HEAD.hex()
    assert seals[1][1] == seals[0][3] and seals[2][1] == seals[1][3]
    # a changed op no longer verifies
    g = gs[1]
    g[0] = SimpleNamespace(**{**g[0]._asdict(), "changed_fields": '{"note":"ba"}'})
    assert not verifies(workspace, g, pub)


def test_a_bulk_write_is_sealed_in_groups_and_a_batch_never_cuts_one(workspace):
    rows = [{"full_name": f"Người {i}", "given_name": f"N{i}"} for i in range(600)]
    with workspace._write() as tx:
        tx.insert_many(Person, rows, unit_code=workspace.unit_code)
    pid = add_person(workspace, "Lê Thị Cúc")
    workspace.persons.update(pid, {"note": "x"})
    gs = groups(workspace)
    assert [len(g) for g in gs] == [opsig.GROUP_MAX, opsig.GROUP_MAX, 600 - 2 * opsig.GROUP_MAX, 1, 1]
    assert all(verifies(workspace, g, workspace._keys.sign_pub) for g in gs)
    rows = outbox(workspace)
    ends = {i + 1 for i, r in enumerate(rows) if r.author_seal}
    for size in (1, 100, 300, 1000):
        start = 0
        while start < len(rows):
            end = batch_end(rows, start, size)
            assert end in ends and end > start
            start = end


def test_a_head_the_account_did_not_sign_is_not_extended(workspace):
    """An insider writes a chain head in the chief's name (sync_meta): the chief's next group
    starts a chain of its own, so the forged head is covered by no signature of the chief."""
    add_person(workspace, "Phạm Văn Dũng")
    forged = opsig.encode_head(b"\x01" * 32, b"\x02" * 64)
    with workspace.db.write() as tx:
        tx.conn.exec_driver_sql("UPDATE sync_meta SET value = ? WHERE key = 'op_chain:truong'", (forged,))
    reopened = pin_today(Workspace.open(workspace.data_dir, "truong", CHIEF_PASSWORD))
    try:
        add_person(reopened, "Vũ Thị Én")
        last = groups(reopened)[-1]
        assert last[-1].author_seal.split(".")[1] == opsig.ZERO_HEAD.hex()
        assert verifies(reopened, last, reopened._keys.sign_pub)
    finally:
        reopened.close()


def test_ops_of_before_authors_are_stamped_at_their_author_login(workspace, add_officer):
    mine = add_person(workspace, "Hồ Văn Giang")
    officer = add_officer("canbo1")
    theirs = add_person(officer, "Đinh Thị Hoa")
    # as migration 0008 leaves an outbox written before it
    with workspace.db.write() as tx:
        tx.conn.exec_driver_sql("UPDATE sync_outbox SET author = NULL, author_seal = NULL")
        tx.conn.exec_driver_sql("DELETE FROM sync_meta WHERE key LIKE 'op_chain:%'")
        tx.conn.exec_driver_sql("INSERT INTO sync_meta (key, value) VALUES ('legacy_ops', '1')")
    reopened = pin_today(Workspace.open(workspace.data_dir, "truong", CHIEF_PASSWORD))
    try:
        by_row = {r.row_id: r for r in outbox(reopened)}
        assert by_row[mine].author == "truong" and by_row[mine].author_seal
        assert by_row[theirs].author is None  # the officer's: waits for the officer's login
        g = [r for r in outbox(reopened) if r.row_id == mine]
        assert verifies(reopened, g, reopened._keys.sign_pub)
    finally:
        reopened.close()


def test_an_outbox_of_before_0008_is_signed_at_the_first_login_after_the_upgrade(workspace):
    """The real upgrade: a register at 0006 with waiting ops is migrated when opened, and the
    chief's login stamps and signs the chief's ops; the mark is gone once none is left."""
    from tests.unit.test_migrations import _alembic

    pid = add_person(workspace, "Ngô Văn Khải")
    workspace.persons.update(pid, {"note": "trước khi nâng cấp"})
    _alembic(workspace.engine, "downgrade", "0006_published_template")
    workspace.close()
    ws = pin_today(Workspace.open(workspace.data_dir, "truong", CHIEF_PASSWORD))
    workspace._test_opened.append(ws)
    rows = outbox(ws)
    assert [(r.op, r.author) for r in rows] == [("insert", "truong"), ("update", "truong")]
    assert verifies(ws, rows, ws._keys.sign_pub)  # one group: the two ops are consecutive
    assert ws.meta("legacy_ops") == ""  # none left: not looked for again
