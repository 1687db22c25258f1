"""Bundles on removable media (DESIGN §4): the push and pull payloads of the protocol
(`protocol.py`) sealed in a file for a commune with no network."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field, ValidationError

from desktop_app.core.sync.protocol import PushRequest, _Msg

# -- bundles on removable media ------------------------------------------------------------------
# The same push/pull payloads in a file: gzip-compressed, encrypted to the recipient's X25519 key
# (an ephemeral key agreement, HKDF-SHA256, AES-256-GCM with the header as associated data) and
# signed with the sender's Ed25519 key over everything before the signature. A request goes
# from a register to the server (encrypted to the server's key, signed by the device); the reply
# comes back (encrypted to the device's key, signed by the server).
#
#   file = MAGIC | u32 header length | header JSON | ciphertext | Ed25519 signature (64 bytes)

BUNDLE_MAGIC = b"WBBNDL01"
MAX_BUNDLE_BYTES = 512 * 1024 * 1024


class BundleError(Exception):
    """A bundle refused: `code` is one of bundle_corrupt, bundle_bad_signature, bundle_foreign,
    bundle_unknown_device, bundle_wrong_kind, bundle_too_large."""

    def __init__(self, code: str, detail: str = ""):
        self.code, self.detail = code, detail
        super().__init__(f"{code}: {detail}" if detail else code)


class BundleHeader(_Msg):
    format: Literal["wardbook-bundle"] = "wardbook-bundle"
    version: Literal[1] = 1
    kind: Literal["request", "reply"]
    bundle_id: str
    device_id: str  # the server's id of the device (sender of a request, recipient of a reply)
    created_at: str
    in_reply_to: Optional[str] = None
    sender_key: str  # ephemeral X25519 public key, hex
    nonce: str  # AES-GCM nonce, hex


# Attachments (photos, the province's forms) travel in bundles too, base64 in the payload, up to
# this many bytes each way per bundle; the rest waits for the next bundle (still pending).
BUNDLE_BLOB_BUDGET = 48 * 1024 * 1024


class BundleBlob(_Msg):
    """An attachment carried in a bundle: its name (SHA-256 of the bytes), type and bytes."""

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    mime: str = Field(default="application/octet-stream", max_length=60)
    data: str  # base64

    def raw(self) -> bytes | None:
        """The bytes, None when they are not base64 or do not hash to the name."""
        import base64
        import binascii
        import hashlib

        try:
            data = base64.b64decode(self.data.encode("ascii"), validate=True)
        except (binascii.Error, ValueError):
            return None
        return data if hashlib.sha256(data).hexdigest() == self.sha256 else None


class BundleRequest(_Msg):
    bundle_id: str
    pushes: list[PushRequest]  # the outbox, in device_seq order, in batches
    cursors: dict[str, int]  # unit -> the version this register has pulled up to (its province's
    #                          published forms under the province's code)
    blobs: list[BundleBlob] = Field(default_factory=list)  # attachments the pushed rows name
    want: list[str] = Field(default_factory=list)  # attachments named by pulled rows, still missing


def _bundle_key(shared: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"wardbook-bundle-v1").derive(shared)


def seal_bundle(*, kind: str, bundle_id: str, device_id: str, created_at: str, payload: bytes,
                recipient_key: str, signing_key: str, in_reply_to: str | None = None) -> bytes:
    """Compresses, encrypts to `recipient_key` (X25519 public, hex) and signs with `signing_key`
    (Ed25519 private, hex)."""
    import gzip
    import os

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    eph = X25519PrivateKey.generate()
    shared = eph.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(recipient_key)))
    nonce = os.urandom(12)
    header = BundleHeader(kind=kind, bundle_id=bundle_id, device_id=device_id, created_at=created_at,
                          in_reply_to=in_reply_to, nonce=nonce.hex(),
                          sender_key=eph.public_key().public_bytes(serialization.Encoding.Raw,
                                                                   serialization.PublicFormat.Raw).hex())
    hb = header.model_dump_json().encode()
    prefix = BUNDLE_MAGIC + len(hb).to_bytes(4, "big") + hb
    body = prefix + AESGCM(_bundle_key(shared)).encrypt(nonce, gzip.compress(payload, 6), prefix)
    return body + Ed25519PrivateKey.from_private_bytes(bytes.fromhex(signing_key)).sign(body)


def read_bundle_header(data: bytes) -> BundleHeader:
    """The header in clear (who sent it, for whom), before any check of the signature."""

    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError("bundle_too_large", f"{len(data)} bytes")
    if len(data) < len(BUNDLE_MAGIC) + 4 + 64 or not data.startswith(BUNDLE_MAGIC):
        raise BundleError("bundle_corrupt", "not a WardBook bundle")
    n = int.from_bytes(data[len(BUNDLE_MAGIC):len(BUNDLE_MAGIC) + 4], "big")
    start = len(BUNDLE_MAGIC) + 4
    if n > 65536 or start + n + 64 > len(data):
        raise BundleError("bundle_corrupt", "truncated header")
    try:
        return BundleHeader.model_validate_json(data[start:start + n])
    except ValidationError as e:
        raise BundleError("bundle_corrupt", "bad header") from e


def open_bundle(data: bytes, *, sender_public: str, recipient_private: str) -> tuple[BundleHeader, bytes]:
    """Checks the signature against `sender_public` (Ed25519, hex), then decrypts with
    `recipient_private` (X25519, hex). Refuses a tampered bundle (bundle_bad_signature: any
    changed byte, or a sender other than the one expected) and one sealed for someone else
    (bundle_foreign)."""
    import zlib

    from cryptography.exceptions import InvalidSignature, InvalidTag
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = read_bundle_header(data)
    body, sig = data[:-64], data[-64:]
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(sender_public)).verify(sig, body)
    except (InvalidSignature, ValueError) as e:
        raise BundleError("bundle_bad_signature", "the signature does not match: tampered, or from another sender") from e
    n = int.from_bytes(data[len(BUNDLE_MAGIC):len(BUNDLE_MAGIC) + 4], "big")
    prefix = body[:len(BUNDLE_MAGIC) + 4 + n]
    try:
        shared = X25519PrivateKey.from_private_bytes(bytes.fromhex(recipient_private)).exchange(
            X25519PublicKey.from_public_bytes(bytes.fromhex(header.sender_key)))
        packed = AESGCM(_bundle_key(shared)).decrypt(bytes.fromhex(header.nonce), body[len(prefix):], prefix)
    except (InvalidTag, ValueError) as e:
        raise BundleError("bundle_foreign", "this bundle was not sealed for this recipient") from e
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        payload = d.decompress(packed, MAX_BUNDLE_BYTES * 4)
        if d.unconsumed_tail:
            raise BundleError("bundle_too_large", "payload too large")
    except zlib.error as e:
        raise BundleError("bundle_corrupt", "bad compression") from e
    return header, payload
