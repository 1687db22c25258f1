"""The /enroll rate limiter on a faked clock, and whose address it counts (the end-to-end
limits are in tests/sync/test_limits.py)."""

from __future__ import annotations

from sync_server.api.limits import RateLimiter, RequestLimits


def test_a_sliding_window_per_address():
    now = [1000.0]
    rl = RateLimiter(3, 60, clock=lambda: now[0])
    assert [rl.hit("10.0.0.1") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert rl.hit("10.0.0.1") == 60.0  # until the first attempt leaves the window
    assert rl.hit("10.0.0.2") == 0.0  # another address has its own count
    now[0] += 30
    assert rl.hit("10.0.0.1") == 30.0
    now[0] += 30.5
    # the first three left the window (a refused attempt is not counted)
    assert [rl.hit("10.0.0.1") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert rl.hit("10.0.0.1") == 60.0


def test_the_forwarded_address_counts_only_from_a_trusted_proxy():
    def scope(peer: str, forwarded: str | None) -> dict:
        headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
        return {"type": "http", "client": (peer, 5000), "headers": headers}

    plain = RequestLimits(None, 1 << 20, 1 << 16, 3, 60)
    proxied = RequestLimits(None, 1 << 20, 1 << 16, 3, 60, trust_proxy=True)
    assert plain._address(scope("127.0.0.1", "203.0.113.9")) == "127.0.0.1"
    assert proxied._address(scope("127.0.0.1", "1.2.3.4, 203.0.113.9")) == "203.0.113.9"
    assert proxied._address(scope("198.51.100.7", "203.0.113.9")) == "198.51.100.7"  # not from the proxy
    assert proxied._address(scope("::1", None)) == "::1"


def test_every_refusal_the_server_can_give_is_worded_in_both_languages():
    from desktop_app import vocabulary as V
    from desktop_app.core.sync.protocol import RejectReason

    for lang in V.LANGUAGES:
        assert all(V.has("sync_reason", r.value, lang) for r in RejectReason), lang
        assert all(V.has("sync_error", code, lang) for code in ("rate_limited", "body_too_large")), lang
    assert "máy chủ không có" in V.text("sync_reason", "dangling_reference", lang="vi")
