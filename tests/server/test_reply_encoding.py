"""The server's replies on the wire: Zstandard for a client that asks it (this release's),
gzip for one that asks gzip only (an older release), nothing for a small reply; the same JSON
whichever. And a pull page made as bytes is the page its rows and head say (Vietnamese text,
partial rows, echoes, tombstones)."""

from __future__ import annotations

import json

import pytest
import zstandard

from desktop_app.core.sync.protocol import API_PREFIX
from sync_server.api.middleware import accepts
from tests.server.conftest import Dev, new_id


class Register(Dev):
    def op(self, *args, **kw) -> dict:
        return {**super().op(*args, **kw), "updated_by": "canbo"}  # as a register sends them


def _raw_pull(dev: Dev, encoding: str, **params) -> tuple[str | None, bytes, dict]:
    """The pull's reply as it crossed the wire: its Content-Encoding, its body, its JSON."""
    with dev.client.stream("GET", API_PREFIX + "/sync/pull", headers={**dev.headers, "Accept-Encoding": encoding},
                           params={"unit": dev.unit, "after": 0, "limit": 500, **params}) as r:
        assert r.status_code == 200
        wire = b"".join(r.iter_raw())
        coding = r.headers.get("content-encoding")
        if coding is not None:
            assert r.headers["vary"].lower() == "accept-encoding"
            assert int(r.headers["content-length"]) == len(wire)
    if coding == "zstd":
        body = zstandard.ZstdDecompressor().decompressobj().decompress(wire)
    elif coding == "gzip":
        import gzip

        body = gzip.decompress(wire)
    else:
        body = wire
    return coding, wire, json.loads(body)


def _people(dev: Dev, n: int) -> list[str]:
    ids = [new_id() for _ in range(n)]
    dev.push(*[dev.op("person", r, {"given_name": "Ánh", "full_name": f"Nguyễn Thị Ánh {i}",
                                    "permanent_address": "Thôn Đông, xã Tích Sơn"}, kind="insert")
               for i, r in enumerate(ids)])
    return ids


def test_a_pull_page_goes_zstd_to_a_client_that_asks_it_and_gzip_to_an_older_one(client, app):
    a = Dev(client, app, "25101")
    _people(a, 60)
    coding, wire_z, page_z = _raw_pull(a, "zstd, gzip")
    assert coding == "zstd"
    assert _raw_pull(a, "gzip, deflate")[0] == "gzip"  # an older release's client
    assert _raw_pull(a, "gzip;q=1.0, zstd;q=0")[0] == "gzip"  # refused by its weight
    coding, wire_plain, page_plain = _raw_pull(a, "identity")
    assert coding is None
    assert page_z == page_plain and len(page_z["rows"]) == 60
    assert len(wire_z) < len(wire_plain) / 3
    # httpx, as the app's transport uses it, decodes the zstd reply by itself
    assert a.pull(limit=500) == page_plain


def test_a_small_reply_goes_as_it_is(client, app):
    a = Dev(client, app, "25101")
    r = client.get(API_PREFIX + "/sync/meta", headers={**a.headers, "Accept-Encoding": "zstd"})
    assert r.status_code == 200 and "content-encoding" not in r.headers
    assert len(r.content) < 1024 and r.json()["server_epoch"]


def test_an_error_reply_is_readable_whichever_encoding_is_asked(client, app):
    a = Dev(client, app, "25101")
    r = client.get(API_PREFIX + "/sync/pull", params={"unit": "99999", "after": 0},
                   headers={**a.headers, "Accept-Encoding": "zstd, gzip"})
    assert r.status_code == 403 and r.json()["detail"]["code"]


@pytest.mark.parametrize(("header", "zstd"), [
    ("zstd", True), ("gzip, zstd", True), ("ZSTD;q=0.5", True), ("zstd ; q=1", True),
    ("gzip", False), ("", False), ("zstd;q=0", False), ("zstd;q=0.0", False), ("zstd;q=0.000", False),
    ("xzstd, gzip", False), ("zstandard", False),
])
def test_accepts_reads_the_header_s_names_and_weights(header, zstd):
    assert accepts({"headers": [(b"accept-encoding", header.encode())]}, b"zstd") is zstd


def test_the_page_made_as_bytes_holds_every_kind_of_row(client, app):
    """Vietnamese values, a tombstone, an echo (the pusher's own row), a partial row (only the
    field changed since the cursor): the page's JSON holds each as the protocol says."""
    a, b = Register(client, app, "25101"), Register(client, app, "25101")
    ids = _people(a, 3)
    first = a.pull(limit=500)
    versions = {r["id"]: r["version"] for r in first["rows"]}
    cursor = first["upto"]
    a.push(a.op("person", ids[0], {"note": "Đã chuyển đi — “ghi chú”"}, base=versions[ids[0]]))
    b.push(b.op("person", ids[1], {"deleted": True}, kind="delete", base=versions[ids[1]]))
    page = _raw_pull(a, "zstd", after=cursor, echo=1, delta=1)[2]
    rows = {r["id"]: r for r in page["rows"]}
    assert rows[ids[0]].get("echo") is True and "fields" not in rows[ids[0]]
    assert rows[ids[1]]["deleted"] is True
    page_b = _raw_pull(b, "zstd", after=cursor, echo=1, delta=1)[2]
    mine = {r["id"]: r for r in page_b["rows"]}
    assert mine[ids[0]]["partial"] is True and mine[ids[0]]["fields"] == {"note": "Đã chuyển đi — “ghi chú”"}
    assert mine[ids[0]]["base"] == versions[ids[0]]
    whole = {r["id"]: r for r in a.pull(limit=500)["rows"]}
    assert whole[ids[2]]["fields"]["full_name"] == "Nguyễn Thị Ánh 2"
    assert whole[ids[0]]["fields"]["note"] == "Đã chuyển đi — “ghi chú”"


def test_only_json_and_text_replies_are_compressed_here():
    """A photo or a form (compressed already) goes as it is; a streamed reply too (the gzip
    middleware outside sees it); JSON and text go zstd."""
    from fastapi import FastAPI
    from fastapi.responses import Response, StreamingResponse
    from fastapi.testclient import TestClient

    from sync_server.api.middleware import ZstdResponses

    app = FastAPI()
    payload = ("Nguyễn Thị Ánh, thôn Đông; " * 400).encode()

    @app.get("/json")
    def as_json() -> Response:
        return Response(payload, media_type="application/json")

    @app.get("/photo")
    def photo() -> Response:
        return Response(payload, media_type="image/jpeg")

    @app.get("/stream")
    def stream() -> StreamingResponse:
        return StreamingResponse(iter([payload, payload]), media_type="application/json")

    app.add_middleware(ZstdResponses, minimum_size=1024, level=1)
    with TestClient(app) as c:
        for path, coding in (("/json", "zstd"), ("/photo", None), ("/stream", None)):
            with c.stream("GET", path, headers={"Accept-Encoding": "zstd"}) as r:
                wire = b"".join(r.iter_raw())
                assert r.headers.get("content-encoding") == coding, path
            body = zstandard.ZstdDecompressor().decompressobj().decompress(wire) if coding else wire
            assert body == (payload * 2 if path == "/stream" else payload)
