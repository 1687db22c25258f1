"""Many devices pushing into one commune at once while another device pulls page by page:
versions stay unique, no pull skips a change that commits late, the running digest stays exact,
no update is lost. Real server process, SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time
import uuid

import httpx

from desktop_app.core.ids import uuid7
from desktop_app.core.sync.protocol import API_PREFIX, digest_hex, entry_hash


def _enroll(server, unit: str, local: str) -> httpx.Client:
    code = server.enroll_code(unit, parent=unit[:2])
    r = httpx.post(server.url + API_PREFIX + "/enroll",
                   json={"code": code, "register_id": "r", "device_id": local, "unit_code": unit})
    r.raise_for_status()
    return httpx.Client(base_url=server.url + API_PREFIX, timeout=60,
                        headers={"Authorization": f"Bearer {r.json()['token']}"})


def test_concurrent_pushes_and_a_pull_in_between(server):
    unit = f"{server.fresh_province()}101"
    rows = [uuid7() for _ in range(10)]
    writers = [(f"w{i}", _enroll(server, unit, f"w{i}")) for i in range(6)]
    reader = _enroll(server, unit, "reader")
    errors: list[BaseException] = []
    lock = threading.Lock()

    def write(local: str, client: httpx.Client) -> None:
        try:
            seq = 0
            for rnd in range(8):
                ops = []
                for rid in rows:
                    seq += 1
                    h = f"{int(time.time() * 1000):012x}{seq:04x}-{local}"
                    if rnd == 0:
                        fields = {"given_name": "An", "full_name": "Nguyễn Văn An", "note": f"{local}-{rnd}"}
                    else:
                        fields = {"note": f"{local}-{rnd}", "occupation": local}
                    ops.append({"op_id": str(uuid.uuid4()), "device_seq": seq, "table": "person", "row_id": rid,
                                "unit_code": unit, "op": "insert" if rnd == 0 else "update", "fields": fields,
                                "field_hlcs": {k: h for k in fields}, "base_version": 0})
                r = client.post("/sync/push", json={"ops": ops})
                r.raise_for_status()
                assert r.json()["acked_seq"] == seq and not r.json()["rejections"]
        except BaseException as e:  # noqa: BLE001
            with lock:
                errors.append(e)

    state: dict[str, dict] = {}
    done = threading.Event()

    def read() -> None:
        after = 0
        try:
            while True:
                finished = done.is_set()
                page = reader.get("/sync/pull", params={"unit": unit, "after": after, "limit": 3}).json()
                for r in page["rows"]:
                    state[r["id"]] = r
                after = page["upto"]
                if finished and not page["has_more"]:
                    return
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=write, args=w) for w in writers]
    rt = threading.Thread(target=read)
    rt.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    rt.join()
    assert not errors, errors
    # the reader, which pulled while the writers pushed, holds exactly the final state
    final: dict[str, dict] = {}
    after = 0
    while True:
        page = reader.get("/sync/pull", params={"unit": unit, "after": after}).json()
        final.update({r["id"]: r for r in page["rows"]})
        after = page["upto"]
        if not page["has_more"]:
            break
    assert set(final) == set(rows)
    assert {k: (v["version"], v["fields"]) for k, v in state.items()} == \
        {k: (v["version"], v["fields"]) for k, v in final.items()}
    # each field holds the value of the change with the highest HLC: the writer named in its HLC
    import json

    for r in final.values():
        hlcs = json.loads(r["field_hlc"])
        assert r["fields"]["note"].split("-")[0] == hlcs["note"].split("-")[1]
        assert r["fields"]["occupation"] == hlcs["occupation"].split("-")[1]
    versions = [r["version"] for r in final.values()]
    assert len(set(versions)) == len(versions)
    chk = reader.get("/sync/check", params={"unit": unit, "upto": after}).json()
    x = 0
    for r in final.values():
        x ^= entry_hash("person", r["id"], r["version"])
    assert (chk["rows"], chk["digest"], chk["version"]) == (len(final), digest_hex(x), after)
    conflicts = reader.get("/sync/pull", params={"unit": unit, "after": 0}).json()["conflicts"]
    assert conflicts  # six devices editing the same fields concurrently: the losers are kept
