"""The server's clock, which bounds the order of changes (docs/architecture.md §3, "Clock
bound"): `now_ms()` is the time the server gives in /sync/meta and re-stamps with; a pushed
stamp more than `max_ahead_ms()` ahead of it is re-stamped (services/clockbound.py).

Both come from the settings (WARDBOOK_SERVER_CLOCK_MAX_AHEAD_SECONDS, and
WARDBOOK_SERVER_CLOCK_OFFSET_SECONDS, a shift of the server's own clock for tests), read once
per process: `create_app` configures them; a command run without the app (bundle import) reads
the environment at first use."""

from __future__ import annotations

import time

from sync_server.core.config import Settings

_conf: dict[str, float] = {}


def configure(settings: Settings) -> None:
    _conf["offset_ms"] = settings.clock_offset_seconds * 1000
    _conf["max_ahead_ms"] = settings.clock_max_ahead_seconds * 1000


def _get(key: str) -> float:
    if not _conf:
        configure(Settings())
    return _conf[key]


def now_ms() -> int:
    """The server's time in milliseconds (time.time(), so libfaketime fakes it too)."""
    return int(time.time() * 1000 + _get("offset_ms"))


def max_ahead_ms() -> int:
    """How far ahead of `now_ms()` a pushed stamp may be before it is re-stamped."""
    return int(_get("max_ahead_ms"))
