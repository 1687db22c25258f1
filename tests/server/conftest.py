"""In-process server tests (FastAPI TestClient over an SQLite file): the merge rules, scope,
refusals and the admin commands, without a network."""

from __future__ import annotations

import gzip
import itertools
import json
import uuid

import pytest
from fastapi.testclient import TestClient

from desktop_app.core.sync.protocol import API_PREFIX


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'server.db'}"


@pytest.fixture
def app(db_url):
    from sync_server.core.config import Settings
    from sync_server.main import create_app

    application = create_app(Settings(db=db_url))
    yield application
    application.state.engine.dispose()


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        yield c


_ms = itertools.count(1_700_000_000_000, 10)


def hlc(device: str, ms: int | None = None) -> str:
    return f"{(ms if ms is not None else next(_ms)):012x}0000-{device}"


class Dev:
    """An enrolled device speaking the protocol by hand."""

    def __init__(self, client: TestClient, app, unit: str, *, role: str | None = None, parent: str | None = None,
                 local: str | None = None):
        from sync_server.core.db import write_tx
        from sync_server.services.enrollment import create_code

        with write_tx(app.state.engine) as conn:
            code = create_code(conn, unit, unit_name=f"Đơn vị {unit}", role=role,
                               parent_code=parent or (unit[:2] if len(unit) == 5 else None))
        self.client = client
        self.local = local or uuid.uuid4().hex[:12]
        r = client.post(API_PREFIX + "/enroll", json={"code": code, "register_id": "r", "device_id": self.local,
                                                      "unit_code": unit})
        assert r.status_code == 200, r.text
        self.enrolled = r.json()
        self.headers = {"Authorization": f"Bearer {self.enrolled['token']}"}
        self.seq = 0
        self.unit = unit

    def op(self, table: str, row_id: str, fields: dict, *, kind: str = "update", base: int = 0,
           unit: str | None = None, at: int | None = None, seq: int | None = None) -> dict:
        if seq is None:
            self.seq += 1
            seq = self.seq
        h = hlc(self.local, at)
        return {"op_id": str(uuid.uuid4()), "device_seq": seq, "table": table, "row_id": row_id,
                "unit_code": unit or self.unit, "op": kind, "fields": fields,
                "field_hlcs": {k: h for k in fields}, "base_version": base}

    def push(self, *ops: dict, expect: int = 200, **extra) -> dict:
        r = self.client.post(API_PREFIX + "/sync/push", json={"ops": list(ops), **extra}, headers=self.headers)
        assert r.status_code == expect, r.text
        return r.json()

    def pull(self, unit: str | None = None, after: int = 0, limit: int = 100, expect: int = 200) -> dict:
        r = self.client.get(API_PREFIX + "/sync/pull", params={"unit": unit or self.unit, "after": after,
                                                               "limit": limit}, headers=self.headers)
        assert r.status_code == expect, r.text
        return r.json()

    def rows(self, unit: str | None = None) -> dict[str, dict]:
        out, after = {}, 0
        while True:
            page = self.pull(unit, after)
            for r in page["rows"]:
                out[r["id"]] = r
            after = page["upto"]
            if not page["has_more"]:
                return out


def new_id() -> str:
    from desktop_app.core.ids import uuid7

    return uuid7()


def gz(obj) -> bytes:
    return gzip.compress(json.dumps(obj).encode())
