"""Sealed fields (issue 16 items 1 and 5): the values of these fields are stored, synced, pushed
and kept on the server only as sealed text, ``wbs1:`` + base64url (core/store/sealing.py seals
and opens them; this module only knows their shape, so that the domain declaration and the
provincial server can refuse plaintext without holding any key).

`SEALED_FIELDS` names them with the length their *plaintext* may have (what an input accepts);
the stored value is sealed text of at most `SEALED_MAX_CHARS`.
"""

from __future__ import annotations

import base64
import binascii

SEALED_PREFIX = "wbs1:"
KID_BYTES = 8
_WRAP_BYTES = 48  # the content key (32) wrapped with AES-GCM (+16)
SEALED_MAX_CHARS = 8000  # a 500-character health note for a few dozen recipients fits

# table -> {field: the longest plaintext it may hold}
SEALED_FIELDS: dict[str, dict[str, int]] = {
    "person": {"ethnicity": 60, "religion": 60, "health_note": 500},
    "tip": {"reporter_name": 120, "reporter_contact": 300},
}


def sealed_field(table: str, name: str) -> str:
    """The name a sealed value is bound to (authenticated with it): "tip.reporter_name"."""
    return f"{table}.{name}"


def well_formed(value: str) -> bool:
    """Whether `value` has the shape of a sealed value: the prefix, base64url, a header naming
    1..255 recipients with their wrapped keys (or, n = 0, one recipient's key id alone), a
    nonce and at least a tag. Says nothing of who can open it."""
    if not value.startswith(SEALED_PREFIX) or len(value) > SEALED_MAX_CHARS:
        return False
    try:
        raw = base64.urlsafe_b64decode(value[len(SEALED_PREFIX):].encode("ascii"))
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return False
    if len(raw) < 33:
        return False
    n = raw[32]
    if n == 0:  # the short header of one recipient: its key id alone (store/sealing.FieldSealer)
        return len(raw) - 33 - KID_BYTES >= 12 + 16
    body = len(raw) - 33 - n * (KID_BYTES + _WRAP_BYTES)
    return body >= 12 + 16


def check_sealed(value: str) -> str:
    """A pydantic validator: empty, or sealed text (never plaintext)."""
    if value == "" or well_formed(value):
        return value
    raise ValueError("not sealed text (a sensitive field travels and is kept sealed only)")
