"""The audit chain's link (DESIGN §3): how each audit_log row hashes its predecessor and its own
columns. In the store, so that the services (which write the chain) and the backup's file
checks (which verify a copy's chain) share it without the store importing the services."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

GENESIS_HASH = "0" * 64


def jsonable(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, bytes):
        return v.hex()
    if hasattr(v, "value") and not isinstance(v, (int, float, str, bool)):
        return v.value
    return v


# json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=jsonable),
# with its encoder built once (an import hashes two documents per row).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=jsonable)


def canonical(obj: Any) -> str:
    return _ENCODER.encode(obj)


def audit_hash(prev_hash: str, seq: int, at: str, username: str, action: str, entity: str,
               entity_id: str, person_id: str | None, detail: str) -> str:
    """The chain link: SHA-256 over the previous link and every column of this row (the
    sequence number included, so reordering rows breaks the chain too)."""
    body = canonical([seq, at, username, action, entity, entity_id, person_id, detail])
    return hashlib.sha256((prev_hash + "\n" + body).encode("utf-8")).hexdigest()
