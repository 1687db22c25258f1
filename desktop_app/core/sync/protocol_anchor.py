"""The audit anchor, part of the sync protocol shared with the server (issue 16 item 4;
docs/architecture.md "Audit chain and anchors").

The audit log's chain (store/auditchain.py) has no secret: an insider holding the data key can
delete rows from its end, or rewrite a row and recompute every link after it, and the chain is
intact again. So with each sync and each bundle the register sends its audit *head*: how many
rows its chain has (`count`) and the hash of the last one (`head`), signed with the device's
Ed25519 key from enrollment. The server keeps these anchors. A later anchor must extend the last
one the server accepted: the register sends with it `prev_count` (the count of the last anchor
the server acknowledged to it) and `prev_hash`, the hash its chain has *now* at that row. The
server refuses to move the anchor backwards (count below the accepted count: rows cut from the
end) and flags a device whose chain at the accepted count no longer hashes to the accepted head
(a row rewritten and the chain recomputed). A register that names another previous anchor than
the server's (a lost reply, a restored server, a forged sync_meta) is answered `stale` with the
server's anchor, and the client sends again with the hash at that count.

    anchor = sign_anchor(AuditAnchor(...), signing_key_hex)
    verify_anchor(anchor, public_key_hex)  # -> bool
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from desktop_app.core.sync.protocol_bundle import BundleRequest

MAX_COUNT = 2**62
_SHA = r"^([0-9a-f]{64})?$"


class AnchorStatus(StrEnum):
    ok = "ok"  # accepted: the anchor moved (or stayed, the same head again)
    stale = "stale"  # prev_count is not the server's anchor: send again with the hash at `count`
    cut = "cut"  # fewer rows than the accepted anchor: rows were removed from the end
    rewritten = "rewritten"  # the chain at the accepted count hashes to another head
    bad_signature = "bad_signature"  # not signed by this device's enrolled key


FLAGS = (AnchorStatus.cut, AnchorStatus.rewritten, AnchorStatus.bad_signature)


class AuditAnchor(BaseModel):
    model_config = ConfigDict(extra="forbid")
    device_id: str = Field(max_length=36)  # the server's id of the device (signed: no replay elsewhere)
    register_id: str = Field(max_length=64)
    count: int = Field(ge=0, le=MAX_COUNT)  # rows of the audit chain (its last seq)
    head: str = Field(default="", pattern=_SHA)  # the hash of row `count` ("" when the chain is empty)
    prev_count: int = Field(default=0, ge=0, le=MAX_COUNT)  # the last anchor acknowledged to the register
    prev_hash: str = Field(default="", pattern=_SHA)  # the chain's hash at prev_count now ("" when 0 or beyond the chain)
    at: str = Field(max_length=40)  # when the register made it (its clock: for people, not checks)
    signature: str = Field(default="", pattern=r"^([0-9a-f]{128})?$")

    def signed_bytes(self) -> bytes:
        body = self.model_dump(exclude={"signature"})
        return ("wardbook-audit-anchor-v1\n" + "\n".join(f"{k}={body[k]}" for k in sorted(body))).encode("utf-8")


class AnchorReply(BaseModel):
    """What the server holds for the device after this anchor: its accepted anchor (count, head,
    when), and whether the device is flagged (its chain once failed to extend the anchor)."""
    model_config = ConfigDict(extra="forbid")
    status: AnchorStatus
    count: int = Field(ge=0, le=MAX_COUNT)
    head: str = Field(default="", pattern=_SHA)
    at: str = ""
    flagged: str = ""  # the first unresolved flag's status ("" when none)
    flagged_count: int = 0  # the count the device sent then


class AnchoredBundleRequest(BundleRequest):
    """A request bundle with the register's audit anchor (protocol.BundleRequest plus one
    optional field: a bundle of an older register, without it, still reads)."""
    anchor: AuditAnchor | None = None
    # The register reads ServerMeta.told in the reply (as `/sync/meta?told=1`): a cursor it
    # holds above it is a number from a history the server lost. (A register of an older
    # release does not ask, and its reply's meta carries no such field.)
    told: bool = False


def sign_anchor(anchor: AuditAnchor, signing_key: str) -> AuditAnchor:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(signing_key))
    return anchor.model_copy(update={"signature": key.sign(anchor.signed_bytes()).hex()})


def verify_anchor(anchor: AuditAnchor, public_key: str | None) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if not public_key or not anchor.signature:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key)).verify(
            bytes.fromhex(anchor.signature), anchor.signed_bytes())
    except (InvalidSignature, ValueError):
        return False
    return True
