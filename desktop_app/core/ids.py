"""UUIDv7 identifiers made on the device (RFC 9562): time-ordered, so new rows append to the
end of the primary-key index, and unique without asking the server."""

from __future__ import annotations

import os
import threading
import time

# The random part of the ids comes from the operating system's generator read 4 KB at a time:
# one system call per 400 ids, not one per id (an import of 10,000 rows makes 25,000 ids, and
# os.urandom costs as much as the rest of uuid7). A forked child starts with an empty pool, so
# two processes never hand out the same bytes.
_POOL_BYTES = 4000
_lock = threading.Lock()
_pool = b""
_pos = 0


def _reset_pool() -> None:
    global _pool, _pos
    _pool, _pos = b"", 0


if hasattr(os, "register_at_fork"):  # (POSIX; Windows has no fork)
    os.register_at_fork(after_in_child=_reset_pool)


def _random10() -> bytes:
    global _pool, _pos
    with _lock:
        if _pos + 10 > len(_pool):
            _pool, _pos = os.urandom(_POOL_BYTES), 0
        out = _pool[_pos:_pos + 10]
        _pos += 10
    return out


def uuid7(now_ms: int | None = None) -> str:
    ms = int(time.time() * 1000) if now_ms is None else now_ms
    rand = int.from_bytes(_random10(), "big")
    rand_a = rand >> 68 & 0xFFF  # 12 bits
    rand_b = rand & ((1 << 62) - 1)  # 62 bits
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    h = f"{value:032x}"  # str(uuid.UUID(int=value)), without building the UUID
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def new_device_id() -> str:
    """A register's device id: the device part of the HLCs it stamps (12 hex digits)."""
    return uuid7()[-12:]
