"""ASGI middleware: gzip-compressed request bodies (the client compresses every push), replies
compressed with Zstandard for a client that accepts it, and the fault injection the end-to-end
tests use (only installed when settings.test_hooks is on)."""

from __future__ import annotations

import json
import zlib
from typing import Any

import anyio.to_thread
import zstandard

Scope = dict[str, Any]


async def _read_body(receive: Any, limit: int) -> bytes | None:
    chunks, size, more = [], 0, True
    while more:
        msg = await receive()
        part = msg.get("body", b"")
        size += len(part)
        if size > limit:
            return None
        chunks.append(part)
        more = msg.get("more_body", False)
    return b"".join(chunks)


async def _error(send: Any, status: int, code: str, detail: str,
                 headers: list[tuple[bytes, bytes]] | None = None) -> None:
    body = json.dumps({"detail": {"code": code, "detail": detail}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


class GzipRequestMiddleware:
    def __init__(self, app: Any, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = scope.get("headers") or []
        encoding = next((v for k, v in headers if k == b"content-encoding"), b"").strip().lower()
        if encoding in (b"", b"identity"):
            return await self.app(scope, receive, send)
        if encoding != b"gzip":
            return await _error(send, 415, "unsupported_encoding", encoding.decode("latin-1"))
        raw = await _read_body(receive, self.max_bytes)
        if raw is None:
            return await _error(send, 413, "body_too_large", f"more than {self.max_bytes} bytes")
        try:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            data = d.decompress(raw, self.max_bytes + 1)
            if len(data) > self.max_bytes or d.unconsumed_tail:
                return await _error(send, 413, "body_too_large", f"more than {self.max_bytes} bytes")
        except zlib.error as e:
            return await _error(send, 400, "bad_gzip", str(e))
        new_headers = [(k, v) for k, v in headers if k not in (b"content-encoding", b"content-length")]
        new_headers.append((b"content-length", str(len(data)).encode()))
        delivered = False

        async def receive_decoded() -> dict[str, Any]:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": data, "more_body": False}
            return await receive()

        await self.app(dict(scope, headers=new_headers), receive_decoded, send)


def accepts(scope: Scope, coding: bytes) -> bool:
    """Whether the request's Accept-Encoding names `coding` (with a weight above 0)."""
    value = next((v for k, v in scope.get("headers") or [] if k == b"accept-encoding"), b"")
    for item in value.lower().split(b","):
        name, _, params = item.partition(b";")
        if name.strip() == coding:
            q = params.strip()
            return not (q.startswith(b"q=") and q[2:].strip().rstrip(b"0").rstrip(b".") in (b"", b"0"))
    return False


class ZstdResponses:
    """A whole reply of `minimum_size` bytes or more, not encoded yet, compressed with
    Zstandard (level `level`) when the request accepts `zstd`: a 10,000-row pull page (12 MB)
    compresses in a quarter of gzip level 2's time to a fifth fewer bytes, and the device
    decompresses it in a quarter of the time. A reply of `thread_size` bytes or more is
    compressed on a worker thread (the event loop serves the other devices meanwhile). A
    streamed reply, a small one, one that is not JSON or text (an attachment: a photo, a form,
    compressed already), or a request that does not accept zstd goes on as it is (to the gzip
    middleware around this one: an older client asks gzip only)."""

    def __init__(self, app: Any, minimum_size: int = 1024, level: int = 1, thread_size: int = 128 * 1024):
        self.app, self.minimum_size, self.level, self.thread_size = app, minimum_size, level, thread_size

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not accepts(scope, b"zstd"):
            return await self.app(scope, receive, send)
        start: dict[str, Any] | None = None
        passing = False

        async def compressing(msg: dict[str, Any]) -> None:
            nonlocal start, passing
            if passing or msg["type"] not in ("http.response.start", "http.response.body"):
                return await send(msg)
            if msg["type"] == "http.response.start":
                start = msg
                return None
            assert start is not None, "a body before its start"
            headers = list(start.get("headers") or [])
            body = msg.get("body", b"")
            kind = next((v for k, v in headers if k.lower() == b"content-type"), b"").lower()
            if msg.get("more_body") or len(body) < self.minimum_size or start["status"] == 206 \
                    or not kind.startswith((b"application/json", b"text/")) \
                    or any(k.lower() == b"content-encoding" for k, _ in headers):
                passing = True
                await send(start)
                return await send(msg)
            if len(body) >= self.thread_size:
                packed = await anyio.to_thread.run_sync(self._compress, body)
            else:
                packed = self._compress(body)
            headers = [(k, v) for k, v in headers if k.lower() not in (b"content-length", b"vary")]
            headers += [(b"content-encoding", b"zstd"), (b"content-length", str(len(packed)).encode()),
                        (b"vary", b"Accept-Encoding")]
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": packed})

        await self.app(scope, receive, compressing)

    def _compress(self, body: bytes) -> bytes:
        return zstandard.ZstdCompressor(level=self.level).compress(body)


class FaultInjector:
    """Test-only: `POST /api/v1/_test/faults {"drop_replies": n, "fail_503": m, "path": "/sync/push"}`
    arms the next n requests whose path ends with `path` to run (and commit) and then lose
    their reply (the connection is cut after the status line), and the next m to answer 503
    without running."""

    def __init__(self, app: Any):
        self.app = app
        self.drop = 0
        self.fail = 0
        self.path = "/sync/push"

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        if path.endswith("/_test/faults"):
            body = await _read_body(receive, 1 << 16) or b"{}"
            cfg = json.loads(body or b"{}")
            self.drop = int(cfg.get("drop_replies", 0))
            self.fail = int(cfg.get("fail_503", 0))
            self.path = str(cfg.get("path", "/sync/push"))
            out = json.dumps({"drop_replies": self.drop, "fail_503": self.fail, "path": self.path}).encode()
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"application/json"),
                                    (b"content-length", str(len(out)).encode())]})
            await send({"type": "http.response.body", "body": out})
            return
        if path.endswith(self.path) and self.fail > 0:
            self.fail -= 1
            return await _error(send, 503, "test_unavailable", "injected 503")
        if path.endswith(self.path) and self.drop > 0:
            self.drop -= 1
            captured: list[dict[str, Any]] = []

            async def capture(msg: dict[str, Any]) -> None:
                captured.append(msg)

            await self.app(scope, receive, capture)  # runs to the end: the push is committed
            start = next(m for m in captured if m["type"] == "http.response.start")
            await send(start)
            raise ConnectionAbortedError("test hook: reply dropped after commit")
        return await self.app(scope, receive, send)
