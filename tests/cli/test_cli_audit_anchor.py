"""`wardbook audit verify` against the anchor the server keeps, through the commands only
(issue 16 item 4): enroll, sync, an insider (an officer's password, the project's own modules)
rewrites a row and recomputes the chain, `wardbook audit verify` still intact by the chain alone
but failing against the anchor, in Vietnamese and English, exit 1; after the next sync the
server's `wardbook-server anchors` lists the device as flagged."""

from __future__ import annotations

import json

from tests.cli.test_cli_sync import enroll_code, register, run, server, server_cli  # noqa: F401 (fixtures)
from tests.conftest import OFFICER_PASSWORD


def _insider_rewrites(data_dir, seq: int) -> None:
    from desktop_app.core.services.workspace import Workspace
    from desktop_app.core.store.auditchain import GENESIS_HASH, audit_hash

    with Workspace.open(data_dir, "canbo1", OFFICER_PASSWORD) as ws, ws.db.write() as tx:
        c = tx.conn
        c.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        prev = c.exec_driver_sql("SELECT hash FROM audit_log WHERE seq = ?", (seq - 1,)).scalar() or GENESIS_HASH
        for r in c.exec_driver_sql("SELECT seq, at, username, action, entity, entity_id, person_id, detail "
                                   "FROM audit_log WHERE seq >= ? ORDER BY seq", (seq,)).all():
            detail = "{}" if r[0] == seq else r[7]
            h = audit_hash(prev, r[0], r[1], r[2], r[3], r[4], r[5], r[6], detail)
            c.exec_driver_sql("UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                              (detail, prev, h, r[0]))
            prev = h


def test_audit_verify_names_a_rewritten_chain_and_the_server_lists_the_flag(server, register, capsys,  # noqa: F811
                                                                            monkeypatch, low_kdf):
    from desktop_app.core.services.workspace import Workspace
    from tests.conftest import CHIEF_PASSWORD

    rc, out, err = run(capsys, "audit", "verify", "--json")
    assert rc == 0 and json.loads(out)["anchor"]["state"] == "none"
    rc, out, err = run(capsys, "audit", "verify")
    assert rc == 0 and "chưa được neo trên máy chủ" in out
    assert run(capsys, "enroll", "--server", server.url, "--code", enroll_code(server, register["unit"]))[0] == 0
    assert run(capsys, "sync")[0] == 0
    with Workspace.open(register["data"], "truong", CHIEF_PASSWORD) as ws:
        ws.users.add({"username": "canbo1", "role": "officer"}, OFFICER_PASSWORD)
    assert run(capsys, "sync")[0] == 0
    rc, out, err = run(capsys, "audit", "verify", "--json")
    data = json.loads(out)
    assert rc == 0 and data["ok"] is True and data["anchor"]["state"] == "ok"
    anchored = data["anchor"]["anchor_count"]
    rc, out, _ = run(capsys, "audit", "verify")
    assert rc == 0 and f"Khớp với mốc máy chủ đang giữ: {anchored} dòng đầu" in out

    _insider_rewrites(register["data"], anchored - 1)
    rc, out, err = run(capsys, "audit", "verify", "--json")
    data = json.loads(out)
    assert rc == 1 and data["ok"] is False and data["reason"] == "anchor_rewritten"
    assert data["first_broken_seq"] == data["anchor"]["first_seq"] and data["anchor"]["last_seq"] == anchored
    rc, out, err = run(capsys, "audit", "verify")
    assert rc == 1 and "Nhật ký bị viết lại" in out and f"tại dòng {anchored} không khớp" in out
    assert "Traceback" not in out + err
    monkeypatch.setenv("WARDBOOK_LANG", "en")
    rc, out, _ = run(capsys, "audit", "verify")
    assert rc == 1 and "The audit log was rewritten" in out
    monkeypatch.setenv("WARDBOOK_LANG", "vi")

    rc, out, err = run(capsys, "sync")
    assert rc == 0 and "Máy chủ từ chối mốc nhật ký" in out + err
    rc, out, _ = run(capsys, "audit", "verify")
    assert rc == 1 and "Máy chủ đã gắn cờ máy này" in out
    r = server_cli(server, "anchors", "--flagged")
    assert r.returncode == 0 and "NHẬT KÝ BỊ VIẾT LẠI" in r.stdout and register["unit"] in r.stdout
