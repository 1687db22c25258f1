"""Property: whatever 2–5 registers do offline (creates, edits, deletes) and however their syncs
are cut short, a full sync makes every replica equal in scope, and every op the registers made
reached the server and was applied or is listed as a rejection. Real server process, on SQLite
and on PostgreSQL."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app.core.sync.client import status, sync
from desktop_app.core.sync.transport import SyncError
from tests.sync.conftest import Devices, tables
from tests.sync.serverproc import ServerProcess

FIELDS = {
    "occupation": ["nông dân", "thợ xây", "lái xe", ""],
    "note": ["a", "b", "ghi chú", ""],
    "current_address": ["thôn 1", "thôn 2", "tổ 5"],
    "full_name": ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"],
}
NAMES = ["Đỗ Văn Giang", "Vũ Thị Hoa", "Ngô Văn Khải", "Phạm Thị Lan", "Bùi Văn Minh"]


@st.composite
def scenarios(draw):
    n = draw(st.integers(2, 5))
    # device 0 is the province office; the others belong to one of two communes, some as
    # officers' devices (their deletes are refused by the server: rejections)
    communes = [draw(st.integers(0, 1)) for _ in range(n - 1)]
    roles = [draw(st.sampled_from(["chief", "chief", "officer"])) for _ in range(n - 1)]
    dev = st.integers(0, n - 1)
    step = st.one_of(
        st.tuples(st.just("create"), dev, st.integers(0, 1), st.sampled_from(NAMES)),
        st.tuples(st.just("edit"), dev, st.integers(0, 20), st.sampled_from(sorted(FIELDS)), st.integers(0, 3)),
        st.tuples(st.just("delete"), dev, st.integers(0, 20)),
        st.tuples(st.just("sync"), dev, st.none() | st.integers(1, 6)),
        st.tuples(st.just("drop"), dev),
    )
    steps = draw(st.lists(step, min_size=3, max_size=22))
    return communes, roles, steps


def _outbox_ids(ws) -> set[str]:
    with ws._read() as conn:
        return {r for (r,) in conn.exec_driver_sql("SELECT op_id FROM sync_outbox")}


def _live(ws) -> list[str]:
    return sorted(r["id"] for r in tables(ws)["person"])


def _run_scenario(server, monkeypatch, scenario):
    communes, roles, steps = scenario
    p = server.fresh_province()
    units = [f"{p}101", f"{p}202"]
    from sync_server.core.db import write_tx
    from sync_server.services.units import load_units

    with write_tx(server.engine) as conn:  # the province's commune list, as `units load` gives it
        load_units(conn, [{"code": u, "name": f"Xã {u}", "parent_code": p} for u in units])
    tmp = Path(tempfile.mkdtemp(prefix="wb-prop-"))
    devices = Devices(server, tmp, monkeypatch)
    try:
        regs = [devices.province(p)]
        for c, role in zip(communes, roles):
            regs.append(devices.commune(units[c], role=None if role == "chief" else role))
        made: dict[int, set[str]] = {i: set() for i in range(len(regs))}

        def note_ops():
            for i, ws in enumerate(regs):
                made[i] |= _outbox_ids(ws)

        for step in steps:
            kind, d = step[0], step[1]
            ws = regs[d]
            if kind == "create":
                unit = units[step[2]] if d == 0 else None
                ws.persons.add({"full_name": step[3]}, unit_code=unit)
            elif kind == "edit":
                live = _live(ws)
                if live:
                    field, value = step[3], FIELDS[step[3]][step[4] % len(FIELDS[step[3]])]
                    ws.persons.update(live[step[2] % len(live)], {field: value})
            elif kind == "delete":
                live = _live(ws)
                if live:
                    ws.persons.delete(live[step[2] % len(live)])
            elif kind == "sync":
                note_ops()
                cut = step[2]
                calls = [0]

                def interrupt(stage, done, total, cut=cut):
                    calls[0] += 1
                    if cut is not None and calls[0] >= cut:
                        raise KeyboardInterrupt

                try:
                    sync(ws, progress=interrupt, pull_limit=3)
                except KeyboardInterrupt:
                    pass
            elif kind == "drop":
                note_ops()
                server.faults(drop_replies=1, path="/sync/push")
                try:
                    sync(ws)
                except SyncError as e:
                    assert e.code == "server_unreachable"
                server.faults(drop_replies=0)
            note_ops()
        note_ops()
        for _ in range(2):
            for ws in regs:
                sync(ws)
        # replicas equal in scope
        prov_tables = tables(regs[0])
        for ws in regs[1:]:
            assert tables(ws) == {k: [r for r in v if r["unit_code"] == ws.unit_code] for k, v in prov_tables.items()}
        assert {r["unit_code"] for r in prov_tables["person"]} <= set(units)
        # every op reached the server, and was applied or is listed as a rejection
        from sync_server.models import AppliedOp, SyncConflict, SyncRejection

        with server.engine.connect() as conn:
            applied = {r for (r,) in conn.execute(select(AppliedOp.op_id))}
            rejected = {r for (r,) in conn.execute(select(SyncRejection.op_id))}
            conflicts = {(u, i) for (u, i) in conn.execute(select(SyncConflict.unit_code, SyncConflict.id))}
        for i, ws in enumerate(regs):
            st_ = status(ws)
            assert st_["pending"] == 0 and st_["last_error"] is None
            assert made[i] <= applied, made[i] - applied
            listed = {r["op_id"] for r in st_["rejections"]}
            assert listed == rejected & made[i]
            if roles[i - 1:i] == ["chief"] or i == 0:
                assert not listed  # only officers' devices have deletes refused
            mine = {c["id"] for c in st_["conflicts"]}
            assert mine == {cid for (u, cid) in conflicts if u in ([ws.unit_code] if i else units + [p])}
    finally:
        devices.close()


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(scenario=scenarios())
def test_random_offline_work_converges(sqlite_server, monkeypatch, scenario):
    _run_scenario(sqlite_server, monkeypatch, scenario)


@pytest.fixture(scope="module")
def pg_server(pg_url, tmp_path_factory):
    """Only the PostgreSQL server (the `server` fixture would start a SQLite one for nothing)."""
    proc = ServerProcess(pg_url, tmp_path_factory.mktemp("srvlog") / "server.log").start()
    yield proc
    proc.dispose()


@pytest.mark.slow
@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(scenario=scenarios())
def test_random_offline_work_converges_on_postgresql(pg_server, monkeypatch, scenario):
    assert pg_server.db_url.startswith("postgresql")
    _run_scenario(pg_server, monkeypatch, scenario)
