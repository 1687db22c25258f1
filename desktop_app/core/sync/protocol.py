"""The sync protocol (DESIGN §4): the pydantic schemas shared by the desktop client and the
provincial server (`sync_server` imports this module and `core.domain`, nothing else of the
desktop). Changing a schema here changes both ends at once; `PROTOCOL_VERSION` is bumped when
an older peer could misread the new shape.

Shape of one sync (after Anki's stages): meta → push (outbox, in `device_seq` order, batched)
→ pull (per unit in scope, `after=version`, paged, tombstones and moves included) → check
(per-table counts and a hash over (id, version), compared with the local replica).

Values travel as JSON scalars: dates as ISO `YYYY-MM-DD` text, booleans as JSON booleans.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from enum import StrEnum
from typing import Annotated, Any, Literal, Optional, Union

import orjson
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    TypeAdapter,
    ValidationError,
    with_config,
)
from typing_extensions import TypedDict

from desktop_app.core.domain.records import DERIVED_FIELDS, SYNCED_RECORDS, json_kind

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"
TOKEN_HEADER = "Authorization"  # "Bearer <device token>"

MAX_PUSH_OPS = 2000  # per request
PUSH_BATCH = 1000  # what the client sends per request
MAX_PULL_LIMIT = 20000
DEFAULT_PULL_LIMIT = 10000  # a page is one local transaction: about half a second of writes

# -- the synced tables and their fields --------------------------------------------------------
# Every business field of every synced table is declared once, in core/domain/records.py (the
# `…Base` models the store's tables are built from). The protocol derives from them its field
# table (JSON kind of each field, "?" = may be null) and one compiled validator per table
# (`OP_FIELDS`, `op_fields_error`), with which the server validates the fields of every pushed op (an unknown field or a bad value is a
# rejection, not a crash). The sync bookkeeping columns (id, version, HLCs, tombstone,
# updated_by) travel beside the fields, except `unit_code`, which is a field too: changing it
# moves the row to another commune (a transfer).
FieldKind = Literal["str", "str?", "int", "int?", "bool", "bool?", "date", "date?"]

TABLE_FIELDS: dict[str, dict[str, str]] = {
    table: {name: json_kind(base, name) for name in base.model_fields}
    for table, base in SYNCED_RECORDS.items()
}


def _iso_date(value: str) -> str:
    """A real calendar date as ISO text YYYY-MM-DD (how dates travel)."""
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        raise ValueError("not a date YYYY-MM-DD")
    dt.date.fromisoformat(value)  # ValueError on 2025-13-45
    return value


IsoDate = Annotated[str, AfterValidator(_iso_date)]


def _as_sent(ann: Any) -> Any:
    """A field's type as its value travels in JSON: dates as ISO text."""
    if ann is dt.date:
        return IsoDate
    args = getattr(ann, "__args__", None)
    if args and type(None) in args:
        inner = next(a for a in args if a is not type(None))
        return Optional[_as_sent(inner)]
    return ann


def _op_fields_type(base: type[BaseModel]) -> Any:
    """The fields an op of a table may carry: every field as declared, but none required (an
    update names only what changed), values as JSON holds them; strict (no "5" for 5, no true
    for 1), unknown fields refused. A TypedDict: validating it builds no model instance."""
    fields = {name: Annotated[_as_sent(info.annotation), *info.metadata] if info.metadata
              else _as_sent(info.annotation) for name, info in base.model_fields.items()}
    td = TypedDict(f"{base.__name__.removesuffix('Base')}OpFields", fields, total=False)  # type: ignore[misc]
    return with_config(ConfigDict(extra="forbid", strict=True))(td)


# One compiled validator per table, built once.
OP_FIELDS: dict[str, TypeAdapter[Any]] = {
    t: TypeAdapter(_op_fields_type(b)) for t, b in SYNCED_RECORDS.items()}
_OP_VALIDATE = {t: a.validator.validate_python for t, a in OP_FIELDS.items()}


def op_fields_error(table: str, fields: dict[str, Any]) -> tuple[str, str] | None:
    """(field, what is wrong) of the first business field of an op that its table's declaration
    refuses (a date that is no real date, a key outside its vocabulary, a text too long, a
    number out of range, a wrong JSON kind, an unknown field), or None. `fields` holds the
    op's business fields only (not `deleted` nor `unit_code`)."""
    try:
        _OP_VALIDATE[table](fields)
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        return ".".join(str(x) for x in err["loc"]) or "?", err["msg"]
    return None


SYNCED_TABLE_NAMES: tuple[str, ...] = tuple(TABLE_FIELDS)
# Fields an op may carry beside the table's own: the tombstone and the unit (a move).
META_FIELDS = ("deleted", "unit_code")

TableName = Literal[
    "person", "id_document", "case_file", "contact", "evaluation", "absence", "violation",
    "case_event", "warning_session", "attendance", "tip", "security_model", "published_template",
]

# -- scalar shapes -------------------------------------------------------------------------------
RowId = Annotated[str, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
UnitCode = Annotated[str, Field(pattern=r"^\d{2}(\d{3})?$")]
Hlc = Annotated[str, Field(pattern=r"^[0-9a-f]{16}-[0-9A-Za-z_.]{1,36}$")]
FieldName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
MAX_INT = 2**62  # versions and sequences fit a signed 64-bit column
Value = Union[StrictBool, Annotated[StrictInt, Field(ge=-MAX_INT, le=MAX_INT)], StrictFloat,
              Annotated[StrictStr, Field(max_length=20000)], None]


class _Msg(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DeviceRole(StrEnum):
    """What a device may push: the register's roles (core.domain.vocab.Role) plus a read-only
    viewer. An officer's device may not delete; a viewer only pulls."""

    OFFICER = "officer"
    CHIEF = "chief"
    PROVINCE_ADMIN = "province_admin"
    VIEWER = "viewer"


class OpKind(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


# Rejection.detail of an op refused because the server holds its row in a unit outside the
# device's scope (moved there): the row is no longer the device's to hold.
ROW_IN_UNIT = "the row is in unit "


class RejectReason(StrEnum):
    OUT_OF_SCOPE = "out_of_scope"  # the row's unit (or the unit it moves to) is not the device's
    NOT_PERMITTED = "not_permitted"  # the device's role may not do this (delete, any write)
    UNKNOWN_ROW = "unknown_row"  # update/delete of a row the server never received
    UNKNOWN_FIELD = "unknown_field"
    INVALID_VALUE = "invalid_value"
    WRONG_TABLE = "wrong_table"  # the id exists in another table
    # the row names a row (person, case, session) the server does not hold, or holds in a unit
    # out of the device's scope
    DANGLING_REFERENCE = "dangling_reference"
    SCHEMA_TOO_NEW = "schema_too_new"
    # a transfer that leaves part of a person's file behind: the person without a case, a
    # contact or an attendance of theirs, or one of those without the person (sync_server/services/moves.py)
    PARTIAL_MOVE = "partial_move"
    # the op's author signature (domain/opsig.py) or certificate chain does not hold, or an op
    # without one from a register whose root the server holds (sync_server/services/authors.py)
    AUTHOR_UNVERIFIED = "author_unverified"


class ConflictKind(StrEnum):
    FIELD = "field"  # two devices changed one field concurrently: the older HLC lost
    DELETE_BEATS_EDIT = "delete_beats_edit"  # an edit concurrent with a delete: kept here


# -- enrollment --------------------------------------------------------------------------------
class EnrollRequest(_Msg):
    code: Annotated[str, Field(min_length=4, max_length=64)]
    register_id: Annotated[str, Field(max_length=64)]
    device_id: Annotated[str, Field(pattern=r"^[0-9A-Za-z_.]{1,36}$")]  # the HLC device id
    unit_code: UnitCode  # the register's unit: must match the code's unit
    device_name: Annotated[str, Field(max_length=120)] = ""
    signing_key: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] | None = None  # Ed25519 public
    # The first outbox seq this register will push (a register used offline before it was
    # enrolled, or enrolled again after a revocation, does not start at 1).
    next_seq: Annotated[int, Field(ge=1, le=MAX_INT)] = 1
    box_key: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] | None = None  # X25519 public: reply bundles
    # X25519 public half of the register's sensitive key (issue 16): the other registers of the
    # unit (and the province's) seal the sensitive fields for it too. None before the register has one.
    sensitive_key: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] | None = None
    # The register's root of account certificates (Ed25519 public, issue 16 item 2): the server
    # pins it per register and checks every author's certificate back to it. None: a register
    # made before certificates, not yet certified by its creator.
    root_sign_pub: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] | None = None


class EnrollReply(_Msg):
    device_id: str
    token: str
    unit_code: UnitCode
    unit_name: str
    role: DeviceRole
    server_epoch: str
    server_key: str  # X25519 public key (hex): bundles are encrypted to it
    server_signing_key: str  # Ed25519 public key (hex): reply bundles are signed with it


# -- meta ----------------------------------------------------------------------------------------
class ProvinceUnit(_Msg):
    """A commune of the device's province that the server knows: where a person may be
    transferred to (a commune device's scope is its own unit only)."""

    code: UnitCode
    name: str = ""
    parent_code: Optional[str] = None


class UnitState(_Msg):
    code: UnitCode
    name: str = ""
    level: Literal["province", "commune"]
    parent_code: Optional[str] = None
    version: int  # the unit's counter: the highest version stamped so far
    tombstone_horizon: int = 0  # tombstones at or below this version may have been purged


class SensitiveKey(_Msg):
    """A key the sensitive fields of rows in `unit` are sealed for (issue 16): the register key
    of an enrolled device whose scope covers that unit, other than the asking device's own.
    `province`: the key of the province office's device (sealed for only where the commune's
    policy says so)."""

    unit: UnitCode
    key: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    province: bool = False


class ServerMeta(_Msg):
    protocol: int = PROTOCOL_VERSION
    server_epoch: str  # changes when the server is restored from a backup
    server_time_ms: int
    device_id: str
    role: DeviceRole
    unit_code: UnitCode
    acked_seq: int  # the device's last applied device_seq
    scope: list[UnitState]  # every unit this device syncs, from its token
    clock_max_ahead_ms: Optional[int] = None  # the clock bound (None: an older server, 5 minutes)
    province_units: list[ProvinceUnit] = []  # the communes of its province (transfer destinations)
    # Only when asked for (`/sync/meta?keys=1`): a laptop of an older release knows no such field.
    sensitive_keys: list[SensitiveKey] = []
    # Only when asked for (`?told=1`): per unit, the last version a pull told this device about.
    # A cursor above it is a number from a history the server lost (restored from a backup, and
    # nobody ran new-epoch): the register re-sends its rows and pulls again from the start.
    told: dict[UnitCode, int] = {}


class SensitiveKeyRequest(_Msg):
    """`POST /sync/sensitive-key`: the register's sensitive key, made after its enrollment."""

    key: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


# -- push ----------------------------------------------------------------------------------------
class Op(_Msg):
    """One local change, as appended to the outbox in the same transaction as the change."""

    op_id: RowId
    device_seq: Annotated[int, Field(ge=0, le=MAX_INT)]  # 0 only in a restate (see PushRequest.restate)
    table: TableName
    row_id: RowId
    unit_code: UnitCode  # the row's unit when the change was made (its new unit for a move)
    op: OpKind
    fields: dict[FieldName, Value]
    field_hlcs: dict[FieldName, Hlc]
    base_version: Annotated[int, Field(ge=0, le=MAX_INT)] = 0  # the row's server version the change saw
    schema_version: Annotated[int, Field(ge=1, le=1000)] = 1
    updated_by: Annotated[str, Field(max_length=64)] = ""
    # Issue 16 item 3 (domain/opsig.py): the account that wrote the op ("" in an op written
    # before authors were recorded), and on the last op of each signed group its seal:
    # "<ops in the group>.<previous digest, hex>.<Ed25519 signature, base64>", the digest empty
    # when it is the one of the same author's group just before in the push.
    author: Annotated[str, Field(max_length=64)] = ""
    seal: Optional[Annotated[str, Field(pattern=r"^[0-9]{1,4}\.([0-9a-f]{64})?\.[A-Za-z0-9+/]{86}==$")]] = None


# A push names the certificates of the authors of its ops (core/domain/certs.py), at most this many.
MAX_PUSH_CERTS = 64
MAX_FORMER_IDS = 64  # device ids a register keeps from its earlier enrollments


class PushRequest(_Msg):
    """A batch of ops in device_seq order. The server skips ops it already applied (so a resend
    is harmless) and refuses a gap. `epoch` is the server epoch the client last saw (None on its
    first sync). A `restate` batch re-sends rows the server may have lost (after a restore from
    backup): its ops carry device_seq 0, are merged by HLC like any other, and `next_seq` tells
    the server where the device's sequence stands now, and `seen_ms` the server's time at the end
    of the register's last whole sync: versions the server stamped later were never seen by it
    (a restore nobody announced leaves version numbers that mean two histories)."""

    epoch: Optional[str] = None
    ops: Annotated[list[Op], Field(max_length=MAX_PUSH_OPS)]
    restate: bool = False
    next_seq: Optional[Annotated[int, Field(ge=1, le=MAX_INT)]] = None
    seen_ms: Optional[Annotated[int, Field(ge=0, le=MAX_INT)]] = None
    # restate: the device ids this register stamped with before it was enrolled again (a
    # restored server may have lost those enrollments): its own edits, not stale copies
    former_ids: Annotated[list[Annotated[str, Field(pattern=r"^[0-9A-Za-z_.]{1,36}$")]],
                          Field(max_length=MAX_FORMER_IDS)] = []
    # {user name: certificate} of the authors the ops name (issue 16 item 3)
    certs: Annotated[dict[Annotated[str, Field(max_length=64)], dict[str, Any]], Field(max_length=MAX_PUSH_CERTS)] = {}


class Rejection(_Msg):
    op_id: str
    device_seq: int
    table: str
    row_id: str
    reason: RejectReason
    detail: str = ""


class Conflict(_Msg):
    """A value that lost a merge, kept for a person to confirm or swap."""

    id: str
    kind: ConflictKind
    table: str
    row_id: str
    unit_code: str
    field: str  # "deleted" for DELETE_BEATS_EDIT; then `lost_value` is the edit's fields
    kept_value: Value | dict[str, Value] = None
    kept_hlc: str = ""
    lost_value: Value | dict[str, Value] = None
    lost_hlc: str = ""
    lost_device: str = ""
    lost_by: str = ""
    version: int = 0
    created_at: str = ""


class ClockNotice(_Msg):
    """In a push reply: ops stamped more than `max_ahead_ms` ahead of the server's time were
    re-stamped at the server's time (keeping their device): the device's clock runs fast."""

    server_time_ms: int
    max_ahead_ms: int
    restamped: int  # how many ops


class PushReply(_Msg):
    clock_ahead: Optional[ClockNotice] = None
    acked_seq: int  # every op with device_seq <= this is applied, skipped or rejected
    applied: int
    skipped: int
    rejections: list[Rejection] = []
    conflicts: list[Conflict] = []
    server_epoch: str


# -- pull ----------------------------------------------------------------------------------------
class RowState(_Msg):
    """A row as the server holds it (tombstones included).

    An echo (`echo`, only in a page asked for with `echo`) is a row the asking device's own
    push left exactly as that device holds it: every field it sent won, over the version it
    had seen. It carries the new version (and `updated_hlc`, to check against) and nothing
    else; a device that does not hold the row so asks for the page again without echoes.

    A partial row (`partial`, only in a page asked for with `delta` from a cursor) carries only
    the fields changed after the page's `after` (with the whole `field_hlc`), and `base`: the
    last version at which a field it leaves out changed. A device that holds the row at `base`
    or a later version holds those fields as they are; one that does not (it never had the
    row, or the row changed again before the page that would have brought it was read) asks
    for the page again without echoes and partial rows. A row that moved unit, lost a merge or
    was refused goes whole (the device may hold changes the server did not keep)."""

    table: TableName
    id: str
    unit_code: str
    version: int
    deleted: bool
    echo: bool = False
    partial: bool = False
    base: int = 0
    fields: dict[str, Value] = {}
    # Canonical JSON text {field: hlc}, stored by the client as it comes. In a page asked for
    # with `short_hlcs` it may come short, naming lists of field names of the page's hlc_keys
    # (the same two dozen names would otherwise be half of every row): "=<n>" when every field
    # carries `updated_hlc` (a row written once, the bulk of a first pull), else groups such as
    # "=0;3:<hlc>" (see `expand_hlcs`, which rebuilds the exact canonical text).
    field_hlc: str = "{}"
    updated_hlc: str
    updated_by: str = ""


class MovedOut(_Msg):
    """A row that left this unit (a transfer) at `version` of this unit's counter."""

    table: TableName
    id: str
    to_unit: str
    version: int


class PullPage(_Msg):
    """Everything of `unit` stamped in (after, upto]: rows (the current state of each, in
    version order), rows moved out, conflicts. The client applies a page and stores `upto` as
    its cursor in one transaction; `has_more` asks for the next page."""

    unit: str
    after: int
    upto: int
    has_more: bool
    server_epoch: str
    tombstone_horizon: int
    rows: list[RowState]
    moved: list[MovedOut] = []
    conflicts: list[Conflict] = []
    hlc_keys: list[str] = []  # the field-name lists short `field_hlc` values refer to


_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def expand_hlcs(field_hlc: str, updated_hlc: str, hlc_keys: list[str]) -> str:
    """The canonical {field: hlc} text of a short `field_hlc`; a long one as it is.

    Short forms: "=<n>" (every field named in hlc_keys[n] at `updated_hlc`) or groups joined
    by ";", each "<n>" or "<n>:<hlc>" (the fields of hlc_keys[n] at that HLC). Raises
    ValueError (or IndexError) on a short form that does not name lists of the page."""
    if not field_hlc.startswith("="):
        return field_hlc
    body = field_hlc[1:]
    if ";" not in body and ":" not in body:
        names = hlc_keys[int(body)]
        if not names or '"' in names or "\\" in names:
            raise ValueError(f"bad hlc_keys entry {names!r}")
        sep = '":"' + updated_hlc + '"'
        return '{"' + names.replace(",", sep + ',"') + sep + "}"
    hlcs: dict[str, str] = {}
    for part in body.split(";"):
        n, _, h = part.partition(":")
        for name in hlc_keys[int(n)].split(","):
            if not name:
                raise ValueError(f"bad hlc_keys entry {hlc_keys[int(n)]!r}")
            hlcs[name] = h or updated_hlc
    return canonical_map(hlcs)


def canonical_map(m: dict[str, Any]) -> str:
    """A map as canonical JSON text — names in order, no space, non-ASCII as it is: what
    json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False) writes — at a fifth
    of its cost (a thousand rows a page or a push, several maps each). A float may be spelt
    otherwise (1e16 for 1e+16) and reads back the same."""
    return orjson.dumps(m, option=orjson.OPT_SORT_KEYS).decode()


# -- end-of-sync check ------------------------------------------------------------------------
class UnitCheck(_Msg):
    """The end-of-sync check of one unit.

    Always: the unit's current `version`, and a running digest of its rows (`rows` = how many,
    `digest` = XOR of `entry_hash(table, id, version)` over them, tombstones included until
    purged), kept up to date by every push, so the check costs nothing however big the unit.
    With `full`: counts of live rows per table and `full_digest`, a SHA-256 over
    (table, id, version, deleted) of the rows with version <= upto (tombstones at or below the
    horizon left out: they may be purged), computed on the spot."""

    unit: str
    upto: int
    version: int
    tombstone_horizon: int
    rows: int
    digest: str
    counts: Optional[dict[str, int]] = None
    full_digest: Optional[str] = None
    content_digest: Optional[str] = None  # with `content`: XOR of content_hash over the same rows


# A row's content as both sides hash it: its synced fields without derived columns and without
# fields at their declared default (a field the server never received is the laptop's default).
_DEFAULTS = {t: {n: f.default for n, f in b.model_fields.items() if not f.is_required()}
             for t, b in SYNCED_RECORDS.items()}
_BOOLS = {t: frozenset(n for n, k in kinds.items() if k.startswith("bool")) for t, kinds in TABLE_FIELDS.items()}


def content_hash(table: str, row_id: str, version: int, deleted: bool, fields: dict[str, Any]) -> int:
    """One row's share of UnitCheck.content_digest (128 bits; XORed): its id, version, tombstone
    and content, so two replicas agree only if they hold the same values at the same version."""
    skip, defaults, bools = DERIVED_FIELDS.get(table, frozenset()), _DEFAULTS.get(table, {}), _BOOLS.get(table, ())
    out = {}
    for k, v in fields.items():
        if k in skip or k in META_FIELDS or k not in TABLE_FIELDS[table]:
            continue
        if k in bools and v is not None:
            v = bool(v)
        if k not in defaults or v != defaults[k]:
            out[k] = v
    line = f"{table}:{row_id}:{version}:{int(bool(deleted))}:{_CANONICAL(out)}"
    return int.from_bytes(hashlib.sha256(line.encode()).digest()[:16], "big")


def entry_hash(table: str, row_id: str, version: int) -> int:
    """One row's share of a running digest (128 bits; digests XOR them)."""
    return int.from_bytes(hashlib.sha256(f"{table}:{row_id}:{version}".encode()).digest()[:16], "big")


def digest_hex(value: int) -> str:
    return f"{value:032x}"


def check_digest(items: list[tuple[str, str, int, bool]]) -> str:
    """The hash both sides compute: SHA-256 over sorted "table:id:version:deleted" lines."""
    h = hashlib.sha256()
    for table, row_id, version, deleted in sorted(items):
        h.update(f"{table}:{row_id}:{version}:{int(bool(deleted))}\n".encode())
    return h.hexdigest()


# -- errors ----------------------------------------------------------------------------------
class ErrorBody(_Msg):
    """Every refusal: a stable code (the client maps it to text) and a detail for logs."""

    code: str
    detail: str = ""
    expected_seq: Optional[int] = None
    server_epoch: Optional[str] = None


class ErrorReply(BaseModel):
    detail: ErrorBody


def unit_in_scope(unit: str, scope_root: str, communes: set[str] | frozenset[str]) -> bool:
    """A commune device syncs its commune; a province device (2-digit code) its own unit and
    every commune the server lists under it."""
    return unit == scope_root or (len(scope_root) == 2 and unit in communes)


# -- attachments ---------------------------------------------------------------------------------
# Fields that name an attachment by its SHA-256 (a person's photo). The bytes travel after the
# rows, content-addressed: uploaded in chunks that resume where the server stopped, downloaded
# with HTTP ranges.
BLOB_FIELDS: dict[str, tuple[str, ...]] = {
    t: tuple(f for f in fields if f.endswith("_sha256")) for t, fields in TABLE_FIELDS.items()
    if any(f.endswith("_sha256") for f in fields)}
BLOB_CHUNK = 1024 * 1024
MAX_BLOB_BYTES = 64 * 1024 * 1024
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class BlobStatus(_Msg):
    sha256: str
    size: int
    received: int  # an upload continues at this offset
    complete: bool


def is_sha256(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
