"""Issue 15, limits, against a real server process: request bodies are capped before parsing,
plain or compressed, streamed or announced, and /enroll is rate-limited per client address."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import httpx
import pytest

from desktop_app.core.sync.protocol import API_PREFIX
from tests.sync.serverproc import ServerProcess

MiB = 1024 * 1024


@pytest.fixture(scope="module")
def limited(tmp_path_factory):
    db = f"sqlite:///{tmp_path_factory.mktemp('srv') / 'server.db'}"
    proc = ServerProcess(db, tmp_path_factory.mktemp("srvlog") / "server.log", test_hooks=False,
                         env={"WARDBOOK_SERVER_ENROLL_ATTEMPTS": "3", "WARDBOOK_SERVER_ENROLL_WINDOW": "600",
                              "WARDBOOK_SERVER_MAX_BODY_BYTES": str(8 * MiB)}).start()
    yield proc
    proc.dispose()


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def stream(total: int, chunk: int = MiB):
    sent = 0
    while sent < total:
        n = min(chunk, total - sent)
        sent += n
        yield b" " * n


def post(url: str, **kw) -> httpx.Response | None:
    """The reply, or None when the server closed the connection while the body was still
    going (it answered and stopped reading)."""
    try:
        return httpx.post(url, timeout=60, **kw)
    except (httpx.WriteError, httpx.RemoteProtocolError, httpx.ReadError):
        return None


def check_413(r: httpx.Response | None) -> None:
    """The server answers 413 and stops reading: the client may still be sending (then the
    reply is lost to it, or cut short)."""
    if r is None:
        return
    assert r.status_code == 413, r.status_code
    if r.content:
        assert r.json()["detail"]["code"] == "body_too_large"


def test_oversized_bodies_are_refused_before_parsing(limited):
    before = rss_kib(limited.proc.pid)
    url = limited.url + API_PREFIX
    # a 300 MB plain body streamed (no Content-Length) to /enroll, the route anyone can reach
    r = post(url + "/enroll", content=stream(300 * MiB), headers={"content-type": "application/json"})
    check_413(r)
    # a plain push body past the cap (8 MiB here), streamed
    r = post(url + "/sync/push", content=stream(9 * MiB), headers={"content-type": "application/json"})
    check_413(r)
    # a compressed body that inflates past the cap (8 MiB here)
    bomb = gzip.compress(b"[" + b" " * (20 * MiB) + b"]")
    r = httpx.post(url + "/sync/push", content=bomb, timeout=30,
                   headers={"content-type": "application/json", "content-encoding": "gzip"})
    assert r.status_code == 413 and r.json()["detail"]["code"] == "body_too_large"
    # the server is alive, answers normally, and did not take the bodies in
    assert httpx.get(url + "/utils/health", timeout=10).status_code == 200
    assert rss_kib(limited.proc.pid) - before < 40 * 1024


def _length(reply: bytes) -> int:
    for line in reply.partition(b"\r\n\r\n")[0].split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":", 1)[1])
    return 1 << 30


def test_an_announced_oversized_body_is_refused_at_once(limited):
    import socket

    host, port = "127.0.0.1", limited.port
    with socket.create_connection((host, port), timeout=10) as s:
        s.sendall(f"POST {API_PREFIX}/enroll HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                  f"Content-Length: {300 * MiB}\r\n\r\n".encode())
        reply = b""  # no byte of the body is sent: the reply comes all the same
        while b"\r\n\r\n" not in reply or len(reply.partition(b"\r\n\r\n")[2]) < _length(reply):
            part = s.recv(65536)
            if not part:
                break
            reply += part
    head, _, body = reply.decode("latin-1").partition("\r\n\r\n")
    assert head.startswith("HTTP/1.1 413"), head
    assert json.loads(body)["detail"]["code"] == "body_too_large"


def test_enroll_is_rate_limited_per_address(limited):
    url = limited.url + API_PREFIX + "/enroll"
    body = {"code": "WRONG-CODE-1234", "register_id": "r", "device_id": "dev1", "unit_code": "25101"}
    seen = [httpx.post(url, json=body, timeout=10) for _ in range(5)]
    codes = [r.status_code for r in seen]
    # (an earlier test of this module may have used some of the 3 attempts)
    assert codes[-1] == 429 and set(codes) <= {403, 429} and codes == sorted(codes), codes
    last = seen[-1]
    assert last.json()["detail"]["code"] == "rate_limited"
    assert 0 < int(last.headers["retry-after"]) <= 600
    # other routes are not limited
    assert httpx.get(limited.url + API_PREFIX + "/utils/health", timeout=10).status_code == 200
