"""Ops signed by their author (issue 16 item 3): the hashes, digests and signed bytes shared by
the laptop (which signs when the change is written) and the server (which checks before it
judges the op by its author's certified role). No Qt, no database.

- Every op the laptop writes names its **author** (the signed-in account) and has an **op
  hash**: SHA-256 over the register id, the author and every part of the op that never changes
  after it is written (`op_hash`). The HLC stamps are left out: the laptop rewrites the stamps
  of unsent ops (the clock bound, a copied register's new device id: client/stamps.py), and the
  server bounds them again; the author vouches for *what* changed, the HLC only orders it.
- The ops of one write transaction form a **group** (at most `GROUP_MAX`: a long import makes
  several). Its digest is SHA-256 over the author's previous group digest on this register
  (`prev`; `ZERO_HEAD` at the start of a chain) and the op hashes in order; the group's last op
  carries the **seal**: the group's size, `prev` and the author's Ed25519 signature over the
  digest (`signed_message`). One signature per write, whatever its size.
- Because each digest names the one before, a signature over an author's last group vouches for
  every group chained before it: the server checks the chain links (hashes only) and one
  signature per author and batch; a link that does not hold (an op taken out, a forged group
  that its author never signed) splits the chain, and each piece is checked on its own.
  The laptop extends an author's chain only from a head that author signed (sync_meta
  `op_chain:<user>`, checked with the account's public key before use), so an insider who
  writes a group in another account's name cannot get it chained under that account's next
  signature.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

GROUP_MAX = 256  # ops per signed group: a push batch never splits one (client/push.batch_end)
ZERO_HEAD = bytes(32)
_SIGNED_PREFIX = b"wardbook-op-group-1\0"
_ENC = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
CHAIN_META = "op_chain:"  # sync_meta key prefix: the author's last group digest and its signature


def fields_text(fields: Mapping[str, Any]) -> str:
    """The canonical text of an op's fields, as the outbox stores it (store/auditchain.canonical
    of JSON values gives the same text)."""
    return _ENC.encode(fields)


def op_hash(register_id: str, author: str, op_id: str, device_seq: int, table: str, row_id: str,
            unit_code: str, op: str, base_version: int, schema_version: int, fields: str) -> bytes:
    """SHA-256 of one op's signed content; `fields` is `fields_text` of its fields (last: the
    only part that may hold a newline is JSON text, where none is raw)."""
    head = f"{register_id}\n{author}\n{op_id}\n{device_seq}\n{table}\n{row_id}\n{unit_code}\n{op}\n" \
           f"{base_version}\n{schema_version}\n"
    return hashlib.sha256((head + fields).encode("utf-8")).digest()


def group_digest(prev: bytes, hashes: Iterable[bytes]) -> bytes:
    h = hashlib.sha256(prev)
    for x in hashes:
        h.update(x)
    return h.digest()


def signed_message(digest: bytes) -> bytes:
    return _SIGNED_PREFIX + digest


def verify_group(public: bytes, sig: bytes, digest: bytes) -> bool:
    """Whether `sig` is the Ed25519 signature of the group digest `digest` by `public`."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(sig, signed_message(digest))
    except Exception:  # noqa: BLE001 - InvalidSignature, a malformed key: both mean "no"
        return False
    return True


def encode_sig(sig: bytes) -> str:
    return base64.b64encode(sig).decode("ascii")


def decode_sig(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def encode_seal(n: int, prev: bytes, sig: bytes, digest: bytes) -> str:
    """The outbox's `author_seal` column: "<n>.<prev hex>.<signature base64>.<digest hex>"."""
    return f"{n}.{prev.hex()}.{encode_sig(sig)}.{digest.hex()}"


def wire_seal(stored: str, last_digest: dict[str, str], author: str) -> str:
    """The seal as an op carries it: "<n>.<prev hex>.<signature base64>", the previous digest
    left empty when it is the digest of the author's group just before in the same push (the
    server has computed it; 32 random bytes less an op for single edits). `last_digest`
    {author: digest hex} is the push's running state."""
    n, prev, sig, digest = stored.split(".")
    if last_digest.get(author) == prev:
        prev = ""
    last_digest[author] = digest
    return f"{n}.{prev}.{sig}"


def decode_seal(text: str) -> tuple[int, str, str]:
    """(n, prev hex — "" for the author's previous group in the push —, signature base64) of
    an op's seal."""
    n, prev, sig = text.split(".")[:3]
    return int(n), prev, sig


def encode_head(digest: bytes, sig: bytes) -> str:
    return f"{digest.hex()}.{encode_sig(sig)}"


def decode_head(text: str) -> tuple[bytes, bytes]:
    digest, _, sig = text.partition(".")
    return bytes.fromhex(digest), decode_sig(sig)
