"""The audit chain checked against its anchor (issue 16 item 4): intact, cut from the end,
rewritten with the chain recomputed — on a real register, with the project's own hash; and the
anchor message's signature (protocol_anchor) and the server's rules (services/anchors.py) on a
real server database."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.core.services import audit_anchor
from desktop_app.core.services.audit_anchor import Anchor
from desktop_app.core.store.auditchain import GENESIS_HASH, audit_hash
from tests.conftest import add_person


def _tamper(ws, fn) -> None:
    with ws.db.write() as tx:
        tx.conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        tx.conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        fn(tx.conn)


def _rewrite(c, seq: int) -> None:
    prev = c.exec_driver_sql("SELECT hash FROM audit_log WHERE seq = ?", (seq - 1,)).scalar() or GENESIS_HASH
    for r in c.exec_driver_sql("SELECT seq, at, username, action, entity, entity_id, person_id, detail "
                               "FROM audit_log WHERE seq >= ? ORDER BY seq", (seq,)).all():
        detail = '{"forged":true}' if r[0] == seq else r[7]
        h = audit_hash(prev, r[0], r[1], r[2], r[3], r[4], r[5], r[6], detail)
        c.exec_driver_sql("UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?", (detail, prev, h, r[0]))
        prev = h


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _anchors(ws, *counts: int) -> list[Anchor]:
    """Anchors of the chain as it is now, received now."""
    with ws.db.read() as conn:
        return [Anchor(n, audit_anchor.hash_at(conn, n), _now()) for n in counts]


def _check(ws, anchors):
    with ws.db.read() as conn:
        return audit_anchor.check(conn, anchors)


@pytest.fixture
def logged(workspace):
    for i in range(12):
        add_person(workspace, f"Đinh Văn Neo {i}")
    assert workspace.audit.verify().checked >= 12
    return workspace


def test_intact_chain_matches_its_anchors_and_grows_past_them(logged):
    anchors = _anchors(logged, 3, 8)
    add_person(logged, "Đinh Thị Sau")
    v = _check(logged, anchors)
    assert (v.state, v.anchor_count, v.first_seq) == ("ok", 8, None) and v.count > 8
    assert _check(logged, []).state == "none"


def test_rows_cut_from_the_end_are_named(logged):
    n = logged.audit.verify().checked
    anchors = _anchors(logged, 4, n)
    _tamper(logged, lambda c: c.exec_driver_sql("DELETE FROM audit_log WHERE seq > ?", (n - 3,)))
    v = _check(logged, anchors)
    assert (v.state, v.count, v.first_seq, v.last_seq) == ("cut", n - 3, n - 2, n)


def test_rows_cut_then_written_on_past_the_anchor_are_named_a_cut(logged):
    n = logged.audit.verify().checked
    anchors = _anchors(logged, 4, n)
    _tamper(logged, lambda c: c.exec_driver_sql("DELETE FROM audit_log WHERE seq > ?", (n - 3,)))
    with logged.db.write() as tx:  # the register written on, a later second than the anchor
        for i in range(5):
            tx.audit("login", "user", "truong", None, {}, at=f"2099-01-01T00:00:0{i}.000+00:00")
    v = _check(logged, anchors)
    assert (v.state, v.first_seq, v.last_seq) == ("cut", n - 2, n) and v.count == n + 2
    assert logged.audit.verify().checked == n + 2  # the chain alone walks clean


def test_a_rewritten_row_is_named_between_the_anchors_around_it(logged):
    n = logged.audit.verify().checked
    anchors = _anchors(logged, 3, 7, n)
    _tamper(logged, lambda c: _rewrite(c, 9))
    v = _check(logged, anchors)
    assert (v.state, v.first_seq, v.last_seq) == ("rewritten", 8, n)
    _tamper(logged, lambda c: _rewrite(c, 2))  # before every anchor
    v = _check(logged, anchors)
    assert (v.state, v.first_seq, v.last_seq) == ("rewritten", 1, 3)


def test_verify_reads_the_anchor_the_server_answered(logged):
    """The anchor as sync_meta keeps it (written by the sync client from the server's answer):
    `audit.verify()` fails with the reason and the rows; intact otherwise."""
    n = logged.audit.verify().checked
    with logged.db.write() as tx:
        c = tx.conn
        for count, at in ((5, _now()), (n, _now())):
            values = audit_anchor.anchor_values(c, count, audit_anchor.hash_at(c, count), at, "", 0)
            for k, v in values.items():
                c.exec_driver_sql("INSERT INTO sync_meta(key, value) VALUES (?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (k, v))
    assert json.loads(values["audit_anchor_history"])[0][0] == 5
    v = logged.audit.verify()
    assert v.ok and v.anchor.state == "ok" and v.anchor.anchor_count == n
    _tamper(logged, lambda c: _rewrite(c, 7))
    v = logged.audit.verify()
    assert (v.ok, v.reason, v.first_broken_seq, v.anchor.last_seq) == (False, "anchor_rewritten", 6, n)


# -- the message and the server's rules ----------------------------------------------------------------

def _keys():
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    k = Ed25519PrivateKey.generate()
    raw = serialization.Encoding.Raw
    return (k.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()).hex(),
            k.public_key().public_bytes(raw, serialization.PublicFormat.Raw).hex())


def _h(i: int) -> str:
    return f"{i:064x}"


def test_the_server_moves_an_anchor_forward_only_and_flags_a_chain_that_does_not_extend_it(tmp_path):
    from desktop_app.core.sync.protocol_anchor import AuditAnchor, sign_anchor, verify_anchor
    from sync_server.core.db import make_engine, migrate, write_tx
    from sync_server.services import anchors

    priv, pub = _keys()
    other, _ = _keys()
    engine = make_engine(f"sqlite:///{tmp_path / 's.db'}")
    migrate(engine)

    def send(count, head, prev_count=0, prev_hash="", key=priv, at="2026-12-01T08:00:00+00:00", via="sync"):
        a = sign_anchor(AuditAnchor(device_id="dev-1", register_id="r", count=count, head=head,
                                    prev_count=prev_count, prev_hash=prev_hash, at=at), key)
        with write_tx(engine) as conn:
            return anchors.record_anchor(conn, "dev-1", pub, a, via=via)

    first = sign_anchor(AuditAnchor(device_id="dev-1", register_id="r", count=1, head=_h(1), at="x"), priv)
    assert verify_anchor(first, pub) and not verify_anchor(first.model_copy(update={"count": 2}), pub)
    assert send(10, _h(10)).status == "ok"
    r = send(20, _h(20), 10, _h(10))
    assert (r.status, r.count, r.head, r.flagged) == ("ok", 20, _h(20), "")
    r = send(25, _h(25), 10, _h(10))  # names an older anchor: told the server's
    assert (r.status, r.count) == ("stale", 20)
    r = send(15, _h(15), 20, "")  # below the anchor: refused, flagged
    assert (r.status, r.count, r.flagged, r.flagged_count) == ("cut", 20, "cut", 15)
    r = send(30, _h(30), 20, _h(99))  # another hash at the anchored count
    assert (r.status, r.count, r.flagged) == ("rewritten", 20, "cut")
    r = send(31, _h(31), 20, _h(20), key=other)  # not the device's key
    assert (r.status, r.count) == ("bad_signature", 20)
    r = send(32, _h(32), 20, _h(20))  # a good one still moves it; the flags stay
    assert (r.status, r.count, r.flagged) == ("ok", 32, "cut")
    # an older bundle (signed before the anchor, extending an anchor it names) is not a cut
    r = send(12, _h(12), 10, _h(10), at="2026-11-30T08:00:00+00:00", via="bundle")
    assert (r.status, r.count) == ("stale", 32)
    with write_tx(engine) as conn:
        done = anchors.accept(conn, "dev-1")
    assert done == {"device_id": "dev-1", "resolved": 3, "count": 30}
    r = send(40, _h(40), 30, _h(30))
    assert (r.status, r.count, r.flagged) == ("ok", 40, "")
    engine.dispose()
