"""The server's tables (SQLModel, on a registry of their own so that they never mix with the
desktop register's tables when both are imported in one process) and the public shapes of the
admin listings (the template's `…Public` family).

Rows of every synced table live in one generic `record` table: the server merges by field and
HLC, validating each pushed value with its declaration (core/domain/records.py, through
protocol.op_fields_error); its own tables never name a synced field.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import BigInteger, Column, Index, LargeBinary, Text
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel


class ServerModel(SQLModel, registry=registry()):
    pass


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ServerMetaRow(ServerModel, table=True):
    """server_epoch, the bundle keys."""

    __tablename__ = "server_meta"
    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(sa_column=Column(Text, nullable=False))


class UnitBase(ServerModel):
    code: str = Field(primary_key=True, max_length=16)
    name: str = Field(default="", max_length=200)
    level: str = Field(max_length=10)  # province | commune
    parent_code: Optional[str] = Field(default=None, max_length=16, index=True)


class Unit(UnitBase, table=True):
    __tablename__ = "unit"


class UnitPublic(UnitBase):
    pass


class UnitCounter(ServerModel, table=True):
    """The per-unit version counter, locked by every push that stamps versions in the unit (not a
    database SEQUENCE: a slow transaction could commit a lower value after a client pulled past
    it). Tombstones at or below `tombstone_horizon` may have been purged."""

    __tablename__ = "unit_counter"
    unit_code: str = Field(primary_key=True, max_length=16)
    version: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    tombstone_horizon: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    # The running digest of the unit's records (protocol.UnitCheck): how many, and the XOR of
    # their entry hashes, updated in the same transaction as the records.
    row_count: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    digest: str = Field(default="0" * 32, max_length=32)


class UnitClock(ServerModel, table=True):
    """When each version was stamped: a push that stamps versions in a unit writes the unit's
    last version and the server's time (clock.now_ms). After a restore nobody announced with
    `new-epoch`, a register that re-sends its rows says when it last synced; the versions this
    database stamped after that time are ones it never saw, whatever numbers its rows carry
    (services/push._base_version)."""

    __tablename__ = "unit_clock"
    __table_args__ = (Index("ix_unit_clock_unit_at", "unit_code", "at_ms"),)
    unit_code: str = Field(primary_key=True, max_length=16)
    version: int = Field(sa_column=Column(BigInteger, primary_key=True))
    at_ms: int = Field(sa_column=Column(BigInteger, nullable=False))


class DeviceSeen(ServerModel, table=True):
    """The last version of each unit this database told a device about (the pull pages it
    sent: a device cannot have seen a later one). After a restore nobody announced, the restored
    database stamps versions again from the backup's counter, and an edit's base version may be
    a number from the history the restore lost: bounded by this, the versions stamped since
    count as unseen (services/push._base_version)."""

    __tablename__ = "device_seen"
    device_id: str = Field(primary_key=True, max_length=36)
    unit_code: str = Field(primary_key=True, max_length=16)
    version: int = Field(sa_column=Column(BigInteger, nullable=False))


class EnrollCode(ServerModel, table=True):
    """A one-time enrollment code, kept only as its SHA-256."""

    __tablename__ = "enroll_code"
    code_hash: str = Field(primary_key=True, max_length=64)
    unit_code: str = Field(max_length=16)
    role: str = Field(max_length=20)
    created_at: dt.datetime = Field(default_factory=_now)
    expires_at: dt.datetime
    used_at: Optional[dt.datetime] = None
    device_id: Optional[str] = Field(default=None, max_length=36)


class DeviceBase(ServerModel):
    id: str = Field(primary_key=True, max_length=36)
    unit_code: str = Field(max_length=16, index=True)
    role: str = Field(max_length=20)
    name: str = Field(default="", max_length=120)
    local_device_id: str = Field(default="", max_length=36)  # the device part of its HLCs
    register_id: str = Field(default="", max_length=64)
    enrolled_at: dt.datetime = Field(default_factory=_now)
    last_seen_at: Optional[dt.datetime] = None
    last_applied_seq: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    revoked: bool = False


class Device(DeviceBase, table=True):
    __tablename__ = "device"
    token_hash: str = Field(max_length=64, unique=True)
    signing_key: Optional[str] = Field(default=None, max_length=64)  # Ed25519 public key, hex
    box_key: Optional[str] = Field(default=None, max_length=64)  # X25519 public key, hex (reply bundles)
    # X25519 public half of the register's sensitive key, hex (issue 16, migration s0004): the
    # sensitive fields of the units this device's scope covers are sealed for it too.
    sensitive_key: Optional[str] = Field(default=None, max_length=64)


class DevicePublic(DeviceBase):
    pass


class AppliedOp(ServerModel, table=True):
    """Which op each device_seq of a device was: a resend with the same seq but another op id
    means two machines share one device token (a cloned laptop)."""

    __tablename__ = "applied_op"
    device_id: str = Field(primary_key=True, max_length=36)
    device_seq: int = Field(sa_column=Column(BigInteger, primary_key=True))
    op_id: str = Field(max_length=36)


WHOLE = "~whole"  # Record.field_ver's key of the version the row goes whole from
# Record.field_ver's key of {field: the HLC of the value the field's last change replaced}: a
# value re-sent after a restore that the change replaced was seen by whoever made the change
# (a stale copy, no conflict); see push.apply_op
PREV = "~prev"


class Record(ServerModel, table=True):
    """The current state of one synced row. `data` and `field_hlc` are canonical JSON
    ({field: value}, {field: HLC}); `field_ver` records the version at which each field last
    changed, which tells a concurrent change (made without having seen it) from a later one;
    under the key WHOLE (not a field name), the last version from which the row must be pulled
    whole (a move to another unit, a losing or refused change: services/pull._changed_fields)."""

    __tablename__ = "record"
    # row_id alone: an id is unique across tables, and a push checks that it is not reused
    __table_args__ = (Index("ix_record_unit_version", "unit_code", "version"), Index("ix_record_row_id", "row_id"))
    table_name: str = Field(primary_key=True, max_length=32)
    row_id: str = Field(primary_key=True, max_length=36)
    unit_code: str = Field(max_length=16)
    version: int = Field(sa_column=Column(BigInteger, nullable=False))
    deleted: bool = False
    data: str = Field(sa_column=Column(Text, nullable=False))
    field_hlc: str = Field(sa_column=Column(Text, nullable=False))
    field_ver: str = Field(sa_column=Column(Text, nullable=False))
    updated_hlc: str = Field(default="", max_length=64)
    updated_by: str = Field(default="", max_length=64)
    # The device whose push left the row exactly as that device holds it (every field it sent
    # won, over the version it had seen); None after any other write. That device's pull gets
    # the row as an "echo": its new version only (protocol.RowState.echo).
    echo_of: Optional[str] = Field(default=None, max_length=36)


class MovedOut(ServerModel, table=True):
    """A row that left `from_unit` (a transfer between communes), stamped with a version of
    `from_unit`'s counter so that the old commune's devices learn it in their pull."""

    __tablename__ = "moved_out"
    __table_args__ = (Index("ix_moved_unit_version", "from_unit", "version"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    table_name: str = Field(max_length=32)
    row_id: str = Field(max_length=36)
    from_unit: str = Field(max_length=16)
    to_unit: str = Field(max_length=16)
    version: int = Field(sa_column=Column(BigInteger, nullable=False))


class SyncConflict(ServerModel, table=True):
    """The loser of a concurrent change, never dropped silently (DESIGN §4)."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_conflict_unit_version", "unit_code", "version"),)
    id: str = Field(primary_key=True, max_length=36)
    unit_code: str = Field(max_length=16)
    version: int = Field(sa_column=Column(BigInteger, nullable=False))
    kind: str = Field(max_length=24)
    table_name: str = Field(max_length=32)
    row_id: str = Field(max_length=36)
    field: str = Field(max_length=64)
    kept_value: str = Field(sa_column=Column(Text, nullable=False))  # JSON
    kept_hlc: str = Field(default="", max_length=64)
    lost_value: str = Field(sa_column=Column(Text, nullable=False))  # JSON
    lost_hlc: str = Field(default="", max_length=64)
    lost_device: str = Field(default="", max_length=36)
    lost_by: str = Field(default="", max_length=64)
    created_at: dt.datetime = Field(default_factory=_now)


class SyncRejection(ServerModel, table=True):
    """An op the server refused (scope, permission, validation): acknowledged so that it never
    blocks the ops behind it, and reported to the device with its reason."""

    __tablename__ = "sync_rejections"
    id: Optional[int] = Field(default=None, primary_key=True)
    device_id: str = Field(max_length=36, index=True)
    op_id: str = Field(max_length=36)
    device_seq: int = Field(sa_column=Column(BigInteger, nullable=False))
    table_name: str = Field(max_length=32)
    row_id: str = Field(max_length=36)
    unit_code: str = Field(max_length=16)
    reason: str = Field(max_length=32)
    detail: str = Field(default="", max_length=500)
    created_at: dt.datetime = Field(default_factory=_now)


class BundleSeen(ServerModel, table=True):
    """Bundles already imported (replay safety): importing one twice only answers again."""

    __tablename__ = "bundle_seen"
    bundle_id: str = Field(primary_key=True, max_length=36)
    device_id: str = Field(max_length=36)
    imported_at: dt.datetime = Field(default_factory=_now)


class Blob(ServerModel, table=True):
    """An attachment (photo, scanned decision), content-addressed by SHA-256. Uploaded in
    chunks (`blob_chunk`), so an upload cut short resumes at `received`; `complete` once the
    bytes hash to the name."""

    __tablename__ = "blob"
    sha256: str = Field(primary_key=True, max_length=64)
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    received: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    complete: bool = False
    mime: str = Field(default="application/octet-stream", max_length=60)
    created_at: dt.datetime = Field(default_factory=_now)


class BlobChunk(ServerModel, table=True):
    __tablename__ = "blob_chunk"
    sha256: str = Field(primary_key=True, max_length=64)
    offset: int = Field(sa_column=Column(BigInteger, primary_key=True))
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class BlobRef(ServerModel, table=True):
    """Which units' rows name a blob: a device may fetch (or send) a blob only when a row of its
    scope names it."""

    __tablename__ = "blob_ref"
    sha256: str = Field(primary_key=True, max_length=64)
    unit_code: str = Field(primary_key=True, max_length=16)


class AuditAnchorRow(ServerModel, table=True):
    """An audit anchor a device sent (protocol_anchor.AuditAnchor, issue 16 item 4): the count
    and head of its audit chain, signed by the device. The device's anchor is its latest row
    of status ok (or `accepted`: a base the admin set after looking into a flag); a row of
    status cut / rewritten / bad_signature is a flag, shown until the admin resolves it."""

    __tablename__ = "audit_anchor"
    __table_args__ = (Index("ix_audit_anchor_device", "device_id", "id"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    device_id: str = Field(max_length=36)
    count: int = Field(sa_column=Column(BigInteger, nullable=False))
    head: str = Field(default="", max_length=64)
    prev_count: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    prev_hash: str = Field(default="", max_length=64)
    signed_at: str = Field(default="", max_length=40)  # the device's clock
    signature: str = Field(default="", max_length=128)
    via: str = Field(default="sync", max_length=10)  # sync | bundle | admin
    status: str = Field(max_length=16)
    received_at: dt.datetime = Field(default_factory=_now)
    resolved_at: Optional[dt.datetime] = None  # a flag the admin resolved (`anchors --accept`)


class AccountRoot(ServerModel, table=True):
    """The root of a register's account certificates (issue 16 item 2): the Ed25519 public key
    of its first chief, taken at its first enrollment. Every op's author is checked back to it
    (services/accounts.verify_author); a re-enrollment naming another root is refused
    (`root_mismatch`) until the province admin resets it (`wardbook-server devices
    --reset-root`)."""

    __tablename__ = "account_root"
    register_id: str = Field(primary_key=True, max_length=64)
    root_sign_pub: str = Field(max_length=64)  # hex
    unit_code: str = Field(default="", max_length=16)
    device_id: str = Field(default="", max_length=36)  # the device whose enrollment pinned it
    pinned_at: dt.datetime = Field(default_factory=_now)
