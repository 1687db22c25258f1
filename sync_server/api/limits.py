"""Limits before any parsing (issue 15): request bodies are counted as they arrive, plain or
compressed, and /enroll — the one route a stranger can reach without a token — is capped
lower and rate-limited per client address.

- A body announced (Content-Length) or found (counted chunk by chunk) to be larger than its
  cap is answered 413 `body_too_large` before the application sees a byte of it; a plain body
  is read here, within the cap, and handed on. A gzip body is left to GzipRequestMiddleware,
  which caps both its compressed and its decompressed size (`max_body_bytes`).
- /enroll: at most `enroll_attempts` requests per `enroll_window` seconds per client
  address (a sliding window, per worker process): the next is answered 429 `rate_limited`
  with Retry-After. The address is the TCP peer's, or, with `trust_proxy`, for a loopback
  peer (a reverse proxy on this machine), the last one of its X-Forwarded-For.
"""

from __future__ import annotations

import collections
import math
import threading
import time
from typing import Any, Callable

from sync_server.api.middleware import _error

Scope = dict[str, Any]


def _header(scope: Scope, name: bytes) -> bytes:
    return next((v for k, v in scope.get("headers") or [] if k == name), b"").strip().lower()


class RateLimiter:
    """N events per window per key, a sliding window of timestamps (thread-safe)."""

    def __init__(self, attempts: int, window: float, clock: Callable[[], float] = time.monotonic):
        self.attempts, self.window, self.clock = attempts, window, clock
        self._seen: dict[str, collections.deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> float:
        """Records an attempt; returns 0 when allowed, else the seconds until one is."""
        now = self.clock()
        with self._lock:
            q = self._seen.setdefault(key, collections.deque())
            while q and q[0] <= now - self.window:
                q.popleft()
            if len(q) >= self.attempts:
                return max(q[0] + self.window - now, 0.001)
            q.append(now)
            if len(self._seen) > 10000:  # forget idle addresses
                for k in [k for k, v in self._seen.items() if not v or v[-1] <= now - self.window]:
                    del self._seen[k]
            return 0.0


class RequestLimits:
    def __init__(self, app: Any, max_bytes: int, enroll_max_bytes: int, enroll_attempts: int,
                 enroll_window: float, trust_proxy: bool = False):
        self.app, self.max_bytes, self.enroll_max_bytes = app, max_bytes, enroll_max_bytes
        self.trust_proxy = trust_proxy
        self.limiter = RateLimiter(enroll_attempts, enroll_window) if enroll_attempts > 0 else None

    def _address(self, scope: Scope) -> str:
        peer = str((scope.get("client") or ("?", 0))[0])
        if self.trust_proxy and peer in ("127.0.0.1", "::1"):
            forwarded = _header(scope, b"x-forwarded-for").decode("latin-1")
            if forwarded:
                return forwarded.rsplit(",", 1)[-1].strip()
        return peer

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        enroll = scope.get("path", "").endswith("/enroll")
        if enroll and self.limiter is not None:
            wait = self.limiter.hit(self._address(scope))
            if wait:
                return await _error(send, 429, "rate_limited", f"too many enrollment attempts; retry in {wait:.0f} s",
                                    headers=[(b"retry-after", str(math.ceil(wait)).encode())])
        cap = min(self.enroll_max_bytes, self.max_bytes) if enroll else self.max_bytes
        declared = _header(scope, b"content-length")
        if declared.isdigit() and int(declared) > cap:
            return await _error(send, 413, "body_too_large", f"more than {cap} bytes")
        if _header(scope, b"content-encoding") not in (b"", b"identity"):
            return await self.app(scope, receive, send)  # GzipRequestMiddleware caps it
        if scope.get("method") in ("GET", "HEAD") and not declared:
            return await self.app(scope, receive, send)
        chunks, size, more = [], 0, True
        while more:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return None
            part = msg.get("body", b"")
            size += len(part)
            if size > cap:
                return await _error(send, 413, "body_too_large", f"more than {cap} bytes")
            chunks.append(part)
            more = msg.get("more_body", False)
        body = b"".join(chunks)
        delivered = False

        async def replay() -> dict[str, Any]:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)
