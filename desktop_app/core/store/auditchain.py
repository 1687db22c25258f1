"""The audit chain's link (DESIGN §3): how each audit_log row hashes its predecessor and its own
columns. In the store, so that the services (which write the chain) and the backup's file
checks (which verify a copy's chain) share it without the store importing the services."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

import orjson

GENESIS_HASH = "0" * 64


def jsonable(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, bytes):
        return v.hex()
    if hasattr(v, "value") and not isinstance(v, (int, float, str, bool)):
        return v.value
    return v


# The canonical form: json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
# default=jsonable), with its encoder built once. The chain's hashes are taken over these bytes:
# they never change.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=jsonable)

# orjson writes the very same text for what a write's documents mostly hold (str keys; str,
# int, bool, None and date values — a date as its isoformat, as `jsonable` gives it; a dict of
# those one level down), five times faster (an import encodes three documents per row: its
# outbox entry, its audit detail and its chain link). Floats are left to json (orjson spells
# some of them differently: 1e16 vs 1e+16), datetimes too, and anything orjson refuses (an int
# beyond 64 bits, a lone surrogate). tests/unit/test_auditchain_canonical.py checks both give
# the same text.
_PLAIN = frozenset({str, int, bool, type(None), dt.date})
_PLAIN_OR_DICT = _PLAIN | {dict}
_STR = frozenset({str})
_SORTED = orjson.OPT_SORT_KEYS


def _flat(d: dict[Any, Any]) -> bool:
    return set(map(type, d)) <= _STR and set(map(type, d.values())) <= _PLAIN


def _fast(obj: Any) -> bytes | None:
    """The canonical form's UTF-8 bytes from orjson, or None when the document is one json
    must write (see above)."""
    kind = type(obj)
    if kind is dict:
        if set(map(type, obj)) <= _STR:
            values = set(map(type, obj.values()))
            if values <= _PLAIN or (values <= _PLAIN_OR_DICT and all(
                    _flat(v) for v in obj.values() if type(v) is dict)):
                try:
                    return orjson.dumps(obj, option=_SORTED)
                except TypeError:  # orjson.JSONEncodeError
                    pass
    elif kind is list and set(map(type, obj)) <= _PLAIN:
        try:
            return orjson.dumps(obj)
        except TypeError:
            pass
    return None


def canonical(obj: Any) -> str:
    fast = _fast(obj)
    return _ENCODER.encode(obj) if fast is None else fast.decode()


def audit_hash(prev_hash: str, seq: int, at: str, username: str, action: str, entity: str,
               entity_id: str, person_id: str | None, detail: str) -> str:
    """The chain link: SHA-256 over the previous link and every column of this row (the
    sequence number included, so reordering rows breaks the chain too):
    sha256(prev_hash + "\n" + canonical([seq, at, username, action, entity, entity_id,
    person_id, detail])), the body's bytes taken from orjson as they are when it writes them."""
    row = [seq, at, username, action, entity, entity_id, person_id, detail]
    body = _fast(row)
    if body is None:
        body = _ENCODER.encode(row).encode("utf-8")
    return hashlib.sha256(prev_hash.encode("utf-8") + b"\n" + body).hexdigest()
