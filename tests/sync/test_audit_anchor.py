"""The audit log anchored off the laptop (issue 16 item 4), end to end with a real server
process: a laptop syncs; an insider (an officer, their own password, the project's own modules)
deletes the last audit rows or rewrites one and recomputes the chain; `wardbook audit verify`
names it (at once against the anchor kept locally, and after the next sync even when the
insider also erased that local record), and `wardbook-server anchors` flags the device. A bundle
carries the anchor too."""

from __future__ import annotations

import json
import subprocess

from desktop_app.cli import main
from desktop_app.core.store.auditchain import GENESIS_HASH, audit_hash
from desktop_app.core.sync.bundle import bundle_export, bundle_import
from desktop_app.core.sync.client import sync
from tests.conftest import OFFICER_PASSWORD, add_person
from tests.sync.serverproc import server_command


def server_cli(server, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*server_command(), *args, "--db", server.db_url], capture_output=True, text=True,
                          timeout=120)


def anchors_of(server, ws) -> dict:
    """`wardbook-server anchors --json`: the row of this register's device."""
    r = server_cli(server, "anchors", "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    with ws.db.read() as conn:
        device = conn.exec_driver_sql("SELECT value FROM sync_meta WHERE key='server_device_id'").scalar()
    (row,) = [x for x in rows if x["device_id"] == device]
    return row


def chain_count(ws) -> int:
    with ws.db.read() as conn:
        return conn.exec_driver_sql("SELECT max(seq) FROM audit_log").scalar()


def _untrigger(c) -> None:
    """The append-only triggers dropped, as an insider holding the data key would."""
    c.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
    c.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")


def cut(insider, keep: int) -> None:
    """The insider deletes every audit row after `keep`."""
    with insider.db.write() as tx:
        _untrigger(tx.conn)
        tx.conn.exec_driver_sql("DELETE FROM audit_log WHERE seq > ?", (keep,))


def rewrite(insider, seq: int) -> None:
    """The insider changes row `seq` and recomputes every link after it with the project's own
    hash (store/auditchain.py): the chain walks clean again."""
    with insider.db.write() as tx:
        c = tx.conn
        _untrigger(c)
        prev = c.exec_driver_sql("SELECT hash FROM audit_log WHERE seq = ?", (seq - 1,)).scalar() or GENESIS_HASH
        rows = c.exec_driver_sql("SELECT seq, at, username, action, entity, entity_id, person_id, detail "
                                 "FROM audit_log WHERE seq >= ? ORDER BY seq", (seq,)).all()
        for r in rows:
            detail = json.dumps({"note": "không có gì"}) if r[0] == seq else r[7]
            h = audit_hash(prev, r[0], r[1], r[2], r[3], r[4], r[5], r[6], detail)
            c.exec_driver_sql("UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                              (detail, prev, h, r[0]))
            prev = h


def erase_local_anchor(insider) -> None:
    with insider.db.write() as tx:
        tx.conn.exec_driver_sql("DELETE FROM sync_meta WHERE key LIKE 'audit_anchor%'")


def verify_cli(ws, monkeypatch, capsys, user: str = "truong", password: str | None = None) -> tuple[int, dict, str]:
    """`wardbook audit verify` (JSON, then words) on the register's folder."""
    from tests.conftest import CHIEF_PASSWORD

    monkeypatch.setenv("WARDBOOK_DATA_DIR", str(ws.data_dir))
    monkeypatch.setenv("WARDBOOK_USER", user)
    monkeypatch.setenv("WARDBOOK_PASSWORD", password or CHIEF_PASSWORD)
    monkeypatch.setenv("WARDBOOK_LANG", "vi")
    capsys.readouterr()
    rc = main(["audit", "verify", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert main(["audit", "verify"]) == rc
    return rc, data, capsys.readouterr().out


def test_rows_cut_from_the_end_are_named_and_the_server_flags_the_device(devices, server, monkeypatch, capsys):
    p = server.fresh_province()
    a = devices.commune(f"{p}101")
    insider = devices.officer(a)
    add_person(a, "Nguyễn Văn Neo")
    sync(a)
    row = anchors_of(server, a)
    anchored = row["anchor_count"]
    assert row["flag"] is None and anchored >= 4
    assert a.audit.verify().ok and a.audit.verify().anchor.state == "ok"
    # a second sync extends the anchor (the first one's own rows included)
    add_person(a, "Trần Thị Hai")
    sync(a)
    row = anchors_of(server, a)
    assert row["anchor_count"] > anchored and row["flag"] is None
    anchored = row["anchor_count"]

    cut(insider, anchored - 5)
    assert insider.audit.verify().checked == anchored - 5  # the chain alone walks clean…
    rc, data, words = verify_cli(a, monkeypatch, capsys)
    assert rc != 0 and data["ok"] is False and data["reason"] == "anchor_cut"  # …the anchor does not
    # (the command's own login is a row: the chain has one more row than the insider left)
    assert data["anchor"]["count"] == anchored - 4
    assert data["anchor"]["first_seq"] == anchored - 3 and data["anchor"]["last_seq"] == anchored
    assert "bị cắt" in words and f"đến {anchored} đã mất" in words  # (its words: one login later)

    # the insider erases the local record of the anchor too: the next sync brings it back
    erase_local_anchor(insider)
    assert insider.audit.verify().anchor.state == "none"
    report = sync(a)
    assert "audit_anchor_cut" in report.warnings
    rc, data, words = verify_cli(a, monkeypatch, capsys)
    assert rc != 0 and data["reason"] == "anchor_cut" and data["anchor"]["anchor_count"] == anchored
    assert data["anchor"]["server_flag"] == "cut" and "gắn cờ" in words
    row = anchors_of(server, a)
    assert row["flag"] == "cut" and row["anchor_count"] == anchored  # never moved backwards
    listing = server_cli(server, "anchors", "--flagged")
    assert listing.returncode == 0 and "NHẬT KÝ BỊ CẮT" in listing.stdout and row["device_id"] in listing.stdout

    # the flag stays, sync after sync, until the admin resolves it; then the reported head is the base
    sync(a)
    assert anchors_of(server, a)["flag"] == "cut"
    r = server_cli(server, "anchors", "--accept", row["device_id"])
    assert r.returncode == 0, r.stderr
    sync(a)
    assert anchors_of(server, a)["flag"] is None
    assert a.audit.verify().ok


def test_a_rewritten_row_with_the_chain_recomputed_is_named(sqlite_devices, sqlite_server, monkeypatch, capsys):
    server = sqlite_server
    a = sqlite_devices.commune(f"{server.fresh_province()}101")
    insider = sqlite_devices.officer(a, "canbo2")
    add_person(a, "Lê Văn Một")
    sync(a)
    first = anchors_of(server, a)["anchor_count"]
    add_person(a, "Lê Văn Hai")
    sync(a)
    anchored = anchors_of(server, a)["anchor_count"]
    assert anchored > first

    rewrite(insider, first + 1)  # a row between the two anchors
    assert insider.audit.verify().anchor.state == "rewritten"
    rc, data, words = verify_cli(a, monkeypatch, capsys)
    assert rc != 0 and data["reason"] == "anchor_rewritten"
    # named between the last anchor that still matches and the first that does not
    assert data["anchor"]["first_seq"] == first + 1 and data["anchor"]["last_seq"] == anchored
    assert "viết lại" in words

    erase_local_anchor(insider)
    n_before = chain_count(a)
    report = sync(a)
    assert "audit_anchor_rewritten" in report.warnings
    assert chain_count(a) > n_before  # the chain grew past the anchor: still caught
    rc, data, _ = verify_cli(a, monkeypatch, capsys)
    assert rc != 0 and data["reason"] == "anchor_rewritten" and data["anchor"]["server_flag"] == "rewritten"
    assert anchors_of(server, a)["flag"] == "rewritten" and anchors_of(server, a)["anchor_count"] == anchored
    # an officer sees the same (any user may verify)
    rc, data, _ = verify_cli(a, monkeypatch, capsys, user="canbo2", password=OFFICER_PASSWORD)
    assert rc != 0 and data["reason"] == "anchor_rewritten"


def test_a_bundle_carries_the_anchor(sqlite_devices, sqlite_server, tmp_path, monkeypatch, capsys):
    server = sqlite_server
    a = sqlite_devices.commune(f"{server.fresh_province()}101")
    insider = sqlite_devices.officer(a, "canbo3")
    add_person(a, "Phạm Văn Giấy")

    def round_trip(name: str) -> None:
        bundle_export(a, tmp_path / f"{name}.wbb")
        r = server_cli(server, "bundle", "import", str(tmp_path / f"{name}.wbb"), "--reply", str(tmp_path / f"{name}-r.wbb"))
        assert r.returncode == 0, r.stderr
        bundle_import(a, tmp_path / f"{name}-r.wbb")

    round_trip("one")
    row = anchors_of(server, a)
    assert row["anchor_count"] and row["anchor_via"] == "bundle" and row["flag"] is None
    assert a.audit.verify().anchor.state == "ok"
    bundle_export(a, tmp_path / "old.wbb")  # made, then forgotten in a drawer
    add_person(a, "Phạm Văn Hai")
    round_trip("two")
    anchored = anchors_of(server, a)["anchor_count"]
    assert anchored > row["anchor_count"] and anchors_of(server, a)["flag"] is None
    # the older bundle imported after the newer one: older, not cut; the anchor stays
    r = server_cli(server, "bundle", "import", str(tmp_path / "old.wbb"), "--reply", str(tmp_path / "old-r.wbb"))
    assert r.returncode == 0, r.stderr
    assert anchors_of(server, a)["flag"] is None and anchors_of(server, a)["anchor_count"] == anchored

    # an old bundle imported again (a replay) flags nothing
    r = server_cli(server, "bundle", "import", str(tmp_path / "one.wbb"), "--reply", str(tmp_path / "again.wbb"))
    assert r.returncode == 0 and anchors_of(server, a)["flag"] is None

    cut(insider, anchored - 2)
    erase_local_anchor(insider)
    round_trip("three")
    assert anchors_of(server, a)["flag"] == "cut"
    rc, data, _ = verify_cli(a, monkeypatch, capsys)
    assert rc != 0 and data["reason"] == "anchor_cut" and data["anchor"]["anchor_count"] == anchored
