"""Public-key sealing for what one account may write but only some may read (issue 16).

Each account has its own key pairs, kept in its key slot (store/keyslots.py): an X25519 *box*
key (secrets granted to the account are sealed to it) and an Ed25519 *signing* key (its
certificate and what it signs). The private halves are wrapped under the account's password
key; the public halves sit in the slot in clear.

`seal` / `open_sealed`: one secret to one public key (ephemeral X25519, HKDF-SHA256,
AES-256-GCM) — used to grant the unit's sensitive key to an entitled account.

`FieldSealer` / `FieldOpener`: many short values (a reporter's name, an ethnicity) to a set of
recipient keys. A sealer draws one content key per session and wraps it once per recipient in
a header carried by every value (an X25519 exchange per session, not per value); the opener
caches the content key of each header, so reading a thousand values costs one exchange per
writer session. Values are text: ``wbs1:`` + base64url. The field's name is authenticated with
each value, so a sealed reporter name cannot be moved into another field or table.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from dataclasses import dataclass
from typing import Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SEALED_PREFIX = "wbs1:"
KID_BYTES = 8
_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw
_RAW_PRIV = serialization.PrivateFormat.Raw
_NOENC = serialization.NoEncryption()


class SealError(ValueError):
    """A sealed value or grant that is damaged, or not for any key we hold."""


def b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def unb64(s: str) -> bytes:
    try:
        return base64.b64decode(s.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as e:
        raise SealError(str(e)) from None


def kid_of(public: bytes) -> bytes:
    """A short id of a public key (the first bytes of its SHA-256)."""
    return hashlib.sha256(public).digest()[:KID_BYTES]


def x25519_public(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(_RAW, _RAW_PUB)


def ed25519_public(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(_RAW, _RAW_PUB)


def new_x25519() -> bytes:
    return X25519PrivateKey.generate().private_bytes(_RAW, _RAW_PRIV, _NOENC)


def new_ed25519() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(_RAW, _RAW_PRIV, _NOENC)


def sign(private: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(message)


def verify(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except Exception:  # noqa: BLE001 - InvalidSignature, a malformed key: both mean "no"
        return False
    return True


@dataclass(frozen=True)
class AccountKeys:
    """An account's private keys, as unwrapped from its slot (never written out in clear)."""

    box: bytes  # X25519 private
    sign: bytes  # Ed25519 private

    @classmethod
    def generate(cls) -> "AccountKeys":
        return cls(new_x25519(), new_ed25519())

    @property
    def box_pub(self) -> bytes:
        return x25519_public(self.box)

    @property
    def sign_pub(self) -> bytes:
        return ed25519_public(self.sign)

    def dump(self) -> bytes:
        return self.box + self.sign

    @classmethod
    def load(cls, raw: bytes) -> "AccountKeys":
        if len(raw) != 64:
            raise SealError("account keys have a wrong length")
        return cls(raw[:32], raw[32:])


def _derive(shared: bytes, eph_pub: bytes, recipient_pub: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_pub + recipient_pub,
                info=info).derive(shared)


def seal(recipient_pub: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """`plaintext` readable only with the private key of `recipient_pub`."""
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(_RAW, _RAW_PUB)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_pub))
    key = _derive(shared, eph_pub, recipient_pub, b"wardbook-seal-1")
    nonce = secrets.token_bytes(12)
    return eph_pub + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(private: bytes, blob: bytes, aad: bytes) -> bytes:
    if len(blob) < 32 + 12 + 16:
        raise SealError("sealed blob too short")
    priv = X25519PrivateKey.from_private_bytes(private)
    eph_pub, nonce, ct = blob[:32], blob[32:44], blob[44:]
    shared = priv.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    key = _derive(shared, eph_pub, priv.public_key().public_bytes(_RAW, _RAW_PUB), b"wardbook-seal-1")
    try:
        return AESGCM(key).decrypt(nonce, ct, aad)
    except InvalidTag:
        raise SealError("sealed blob does not open with this key") from None


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(SEALED_PREFIX)


_ZERO_NONCE = b"\0" * 12  # each wrap key is used once (fresh ephemeral key per header)


_DIRECT_INFO = b"wardbook-field-direct-1"


class FieldSealer:
    """Seals values for `recipients` (X25519 public keys). One per session: the content key
    and its header are drawn once; every value gets its own random nonce.

    Header: the session's ephemeral public key, then the number of recipients n and, for
    each, its key id and the content key wrapped for it (48 bytes). For ONE recipient (the
    unit's sensitive key: the usual case) the header is shorter, n = 0 and the key id alone:
    the content key is then derived from the exchange itself (HKDF), as `seal` does — a
    sealed ethnicity is a third shorter, and a first pull of 100,000 persons moves that much
    less. `compact=False` writes the long form for one recipient too (older registers wrote
    it; both open)."""

    def __init__(self, recipients: Iterable[bytes], *, compact: bool = True):
        keys = list(dict.fromkeys(recipients))  # in order, once each
        if not keys:
            raise SealError("no recipient to seal for")
        if len(keys) > 255:
            raise SealError("too many recipients")
        self.recipients = tuple(keys)
        eph = X25519PrivateKey.generate()
        eph_pub = eph.public_key().public_bytes(_RAW, _RAW_PUB)
        if compact and len(keys) == 1:
            pub = keys[0]
            self._ck = _derive(eph.exchange(X25519PublicKey.from_public_bytes(pub)), eph_pub, pub, _DIRECT_INFO)
            self._header = eph_pub + b"\0" + kid_of(pub)
            self._aead = AESGCM(self._ck)
            return
        self._ck = secrets.token_bytes(32)
        parts = [eph_pub, bytes([len(keys)])]
        for pub in keys:
            wrap = _derive(eph.exchange(X25519PublicKey.from_public_bytes(pub)), eph_pub, pub,
                           b"wardbook-field-1")
            parts += [kid_of(pub), AESGCM(wrap).encrypt(_ZERO_NONCE, self._ck, eph_pub)]
        self._header = b"".join(parts)
        self._aead = AESGCM(self._ck)

    def seal(self, field: str, value: str) -> str:
        """`value` sealed ("" stays "": an empty field holds nothing to protect)."""
        if value == "" or value is None:
            return value
        if is_sealed(value):
            return value  # already sealed (a pulled row passing through)
        nonce = secrets.token_bytes(12)
        ct = self._aead.encrypt(nonce, value.encode("utf-8"), field.encode("utf-8"))
        return SEALED_PREFIX + base64.urlsafe_b64encode(self._header + nonce + ct).decode("ascii")


def _split(value: str) -> tuple[bytes, bytes, list[tuple[bytes, bytes]], bytes, bytes]:
    try:
        raw = base64.urlsafe_b64decode(value[len(SEALED_PREFIX):].encode("ascii"))
    except (binascii.Error, UnicodeEncodeError, ValueError) as e:
        raise SealError(str(e)) from None
    if len(raw) < 33:
        raise SealError("sealed value too short")
    eph_pub, n = raw[:32], raw[32]
    pos, wraps = 33, []
    if n == 0:  # one recipient, its content key derived from the exchange (FieldSealer)
        kid = raw[33:33 + KID_BYTES]
        if len(kid) != KID_BYTES:
            raise SealError("sealed value header cut short")
        wraps.append((kid, b""))
        pos += KID_BYTES
    for _ in range(n):
        kid, wrapped = raw[pos:pos + KID_BYTES], raw[pos + KID_BYTES:pos + KID_BYTES + 48]
        if len(wrapped) != 48:
            raise SealError("sealed value header cut short")
        wraps.append((kid, wrapped))
        pos += KID_BYTES + 48
    header = raw[:pos]
    body = raw[pos:]
    if len(body) < 12 + 16:
        raise SealError("sealed value body cut short")
    return header, eph_pub, wraps, body[:12], body[12:]


def recipients_of(value: str) -> list[bytes]:
    """The key ids a sealed value was sealed for."""
    return [kid for kid, _ in _split(value)[2]]


class FieldOpener:
    """Opens sealed values with the private keys it holds (kid → X25519 private)."""

    def __init__(self, privates: Iterable[bytes]):
        self._keys = {kid_of(x25519_public(p)): p for p in privates}
        self._cache: dict[bytes, AESGCM | None] = {}

    @property
    def empty(self) -> bool:
        return not self._keys

    def _content_key(self, header: bytes, eph_pub: bytes, wraps: list[tuple[bytes, bytes]]) -> AESGCM | None:
        if header in self._cache:
            return self._cache[header]
        found: AESGCM | None = None
        for kid, wrapped in wraps:
            priv = self._keys.get(kid)
            if priv is None:
                continue
            p = X25519PrivateKey.from_private_bytes(priv)
            pub = p.public_key().public_bytes(_RAW, _RAW_PUB)
            try:
                shared = p.exchange(X25519PublicKey.from_public_bytes(eph_pub))
            except ValueError:  # a forged header (a low-order point): opens for no one
                continue
            if not wrapped:  # the short header: the content key is the exchange's own
                found = AESGCM(_derive(shared, eph_pub, pub, _DIRECT_INFO))
                break
            wrap = _derive(shared, eph_pub, pub, b"wardbook-field-1")
            try:
                found = AESGCM(AESGCM(wrap).decrypt(_ZERO_NONCE, wrapped, eph_pub))
                break
            except InvalidTag:
                continue
        if len(self._cache) > 4096:
            self._cache.clear()
        self._cache[header] = found
        return found

    def open(self, field: str, value: str | None) -> str | None:
        """The plaintext of a sealed value; a plain value as it is; None when no key we hold
        opens it (or it is damaged)."""
        if not is_sealed(value):
            return value
        assert value is not None
        try:
            header, eph_pub, wraps, nonce, ct = _split(value)
        except SealError:
            return None
        aead = self._content_key(header, eph_pub, wraps)
        if aead is None:
            return None
        try:
            return aead.decrypt(nonce, ct, field.encode("utf-8")).decode("utf-8")
        except (InvalidTag, UnicodeDecodeError):
            return None
