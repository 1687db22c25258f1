"""SQLModel tables of the local register (DESIGN §3).

A synced table's business fields are declared once, in `core/domain/records.py` (`PersonBase`,
…); its table here adds the sync columns and the composite indexes.

Every synced row carries the sync columns of `SyncColumns`: a UUIDv7 id made on the device, the
unit it belongs to (the sync partition), the server-assigned version (0 until synced), the HLC of
its last change and of each field, a tombstone flag and who changed it last.

Dates are `datetime.date`; partial birth dates are stored as sortable text ("1990", "1990-03",
"1990-03-05") next to the birth year, which queries use.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any, Collection, Optional

from pydantic_core import PydanticUndefined
from sqlalchemy import Column, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop_app.core.domain.records import (
    AbsenceBase,
    AttendanceBase,
    CaseEventBase,
    CaseFileBase,
    ContactBase,
    EvaluationBase,
    IdDocumentBase,
    PersonBase,
    PublishedTemplateBase,
    SecurityModelBase,
    TipBase,
    ViolationBase,
    WarningSessionBase,
)

SCHEMA_VERSION = 1


class SyncColumns(SQLModel):
    id: str = Field(primary_key=True, max_length=36)
    unit_code: str = Field(index=True, max_length=16)
    version: int = Field(default=0)
    updated_hlc: str = Field(default="", max_length=64)
    field_hlc: str = Field(default="{}")  # JSON: field -> HLC
    deleted: bool = Field(default=False)
    updated_by: str = Field(default="", max_length=64)


class Person(PersonBase, SyncColumns, table=True):
    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_unit_sort", "unit_code", "deleted", "sort_key"),
        Index("ix_person_deleted_sort", "deleted", "sort_key", "id"),  # migration 0002
    )
    # no index of its own (migration 0003): ix_person_unit_sort starts with it
    unit_code: str = Field(max_length=16)


class IdDocument(IdDocumentBase, SyncColumns, table=True):
    __tablename__ = "id_document"


class CaseFile(CaseFileBase, SyncColumns, table=True):
    __tablename__ = "case_file"
    __table_args__ = (
        Index("ix_case_unit_status", "unit_code", "deleted", "status"),
        Index("ix_case_person", "person_id"),
        # migration 0002: the People filters and the period report, answered from the index
        Index("ix_case_person_status", "person_id", "deleted", "status"),
        Index("ix_case_filter_category", "category", "deleted", "status", "officer", "person_id"),
        Index("ix_case_filter_status", "status", "deleted", "followup_end", "category", "officer", "person_id"),
        Index("ix_case_filter_officer", "officer", "deleted", "category", "status", "person_id"),
        Index("ix_case_period", "deleted", "start_date", "actual_end", "status", "category", "unit_code", "id"),
        Index("ix_case_unit_period", "unit_code", "deleted", "start_date", "actual_end", "status", "category", "id"),
    )


class Contact(ContactBase, SyncColumns, table=True):
    __tablename__ = "contact"
    __table_args__ = (
        Index("ix_contact_case_date", "case_id", "date"),
        # migration 0002
        Index("ix_contact_deleted_date", "deleted", "date", "unit_code"),
        Index("ix_contact_unit_date", "unit_code", "deleted", "date"),
        Index("ix_contact_case_live_date", "case_id", "deleted", "date"),
    )


class Evaluation(EvaluationBase, SyncColumns, table=True):
    __tablename__ = "evaluation"
    __table_args__ = (Index("ix_eval_case_period", "case_id", "period_start"),)


class Absence(AbsenceBase, SyncColumns, table=True):
    __tablename__ = "absence"


class Violation(ViolationBase, SyncColumns, table=True):
    __tablename__ = "violation"


class CaseEvent(CaseEventBase, SyncColumns, table=True):
    __tablename__ = "case_event"


class WarningSession(WarningSessionBase, SyncColumns, table=True):
    __tablename__ = "warning_session"
    __table_args__ = (Index("ix_session_unit_date", "unit_code", "date"),)


class Attendance(AttendanceBase, SyncColumns, table=True):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)


class Tip(TipBase, SyncColumns, table=True):
    __tablename__ = "tip"
    __table_args__ = (Index("ix_tip_unit_date", "unit_code", "received_on"),)


class SecurityModel(SecurityModelBase, SyncColumns, table=True):
    __tablename__ = "security_model"


class PublishedTemplate(PublishedTemplateBase, SyncColumns, table=True):
    """A template the province published (synced; migration 0006_published_template)."""

    __tablename__ = "published_template"


class Attachment(SQLModel, table=True):
    """Photos and scanned decisions, content-addressed. The bytes live inside the encrypted
    database, so they are encrypted with it."""

    __tablename__ = "attachment"
    sha256: str = Field(primary_key=True, max_length=64)
    mime: str = Field(default="application/octet-stream", max_length=60)
    size: int = 0
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))


class AdminUnit(SQLModel, table=True):
    """Versioned administrative units (DOMAIN §4). A code is never reused for another unit at
    the same level; a change of name or a merger closes one row and opens another."""

    __tablename__ = "admin_unit"
    __table_args__ = (UniqueConstraint("code", "scheme", "valid_from"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    code: str = Field(max_length=16, index=True)
    name: str = Field(max_length=200)
    level: str = Field(max_length=10)  # province | commune
    parent_code: Optional[str] = Field(default=None, max_length=16)
    scheme: str = Field(default="2025", max_length=16)
    valid_from: dt.date = Field(default=dt.date(2025, 7, 1))
    valid_to: Optional[dt.date] = None
    successor_code: Optional[str] = Field(default=None, max_length=16)
    name_folded: str = Field(default="", max_length=200)


class Rule(SQLModel, table=True):
    __tablename__ = "rule"
    id: Optional[int] = Field(default=None, primary_key=True)
    key: str = Field(max_length=64, index=True)
    category: Optional[str] = Field(default=None, max_length=32)
    value_json: str
    valid_from: dt.date
    valid_to: Optional[dt.date] = None
    basis: str = Field(default="M", max_length=1)
    note: str = Field(default="", max_length=300)


class AppUser(SQLModel, table=True):
    """Local accounts. The password itself lives only as the key slot that wraps the data key
    (see keyslots.py); this row holds who the person is and what they may do."""

    __tablename__ = "app_user"
    username: str = Field(primary_key=True, max_length=64)
    full_name: str = Field(default="", max_length=120)
    role: str = Field(max_length=20)
    unit_code: str = Field(max_length=16)
    active: bool = True
    must_change_password: bool = False
    created_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))


class AccountCert(SQLModel, table=True):
    """The latest certificate of each account (domain/certs.py), a copy of the one in its key
    slot: the chain of a slot's certificate is checked against these (issuers' certificates),
    also when slots were copied. Local, never synced (migration 0007_account_certs)."""

    __tablename__ = "account_cert"
    username: str = Field(primary_key=True, max_length=64)
    cert_json: str
    issued_at: str = Field(max_length=40)
    issuer: str = Field(max_length=64)


class AuditLog(SQLModel, table=True):
    """Append-only, chained by SHA-256 over (previous hash, this row's content)."""

    __tablename__ = "audit_log"
    seq: Optional[int] = Field(default=None, primary_key=True)
    at: str = Field(max_length=40)  # ISO UTC timestamp, part of the hash
    username: str = Field(default="", max_length=64, index=True)
    action: str = Field(max_length=32)
    entity: str = Field(default="", max_length=32)
    entity_id: str = Field(default="", max_length=36)
    person_id: Optional[str] = Field(default=None, max_length=36, index=True)
    detail: str = Field(default="{}")
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class SyncOutbox(SQLModel, table=True):
    """Local changes not yet acknowledged by the server (DESIGN §4)."""

    __tablename__ = "sync_outbox"
    op_id: str = Field(primary_key=True, max_length=36)
    device_seq: int = Field(index=True, unique=True)
    table_name: str = Field(max_length=32)
    row_id: str = Field(max_length=36)
    unit_code: str = Field(max_length=16)
    op: str = Field(max_length=8)  # insert | update | delete
    changed_fields: str  # JSON: field -> new value
    field_hlcs: str  # "*<hlc>" (every changed field at that HLC), or JSON field -> HLC: see outbox_hlcs
    base_version: int = 0
    schema_version: int = SCHEMA_VERSION
    # Who wrote it (the signed-in account; None: written before migration 0008) and, on the last
    # op of each signed group, "<n>.<prev digest hex>.<Ed25519 signature>" (domain/opsig.py).
    author: Optional[str] = Field(default=None, max_length=64)
    author_seal: Optional[str] = Field(default=None)


class SyncMeta(SQLModel, table=True):
    __tablename__ = "sync_meta"
    key: str = Field(primary_key=True, max_length=64)
    value: str = ""


SYNCED_TABLES: dict[str, type[SyncColumns]] = {
    t.__tablename__: t
    for t in (
        Person,
        IdDocument,
        CaseFile,
        Contact,
        Evaluation,
        Absence,
        Violation,
        CaseEvent,
        WarningSession,
        Attendance,
        Tip,
        SecurityModel,
        PublishedTemplate,
    )
}

# The sync columns every synced row carries (SyncColumns), in table order; the rest of a
# synced table's columns are its business fields, each with its own HLC.
SYNC_COLUMNS: tuple[str, ...] = tuple(SyncColumns.model_fields)

# `field_hlc` of a row whose every business field was last set at its `updated_hlc` (a row made
# here, or pulled, and not edited since: most rows). One character instead of the {field: hlc}
# document, which is about 1 KB for a person; `field_hlc_map` reads both forms alike.
UNIFORM_HLC = "*"


@functools.cache
def business_fields(table: str) -> tuple[str, ...]:
    """The synced fields of `table` that carry their own HLC, in column order."""
    return tuple(c.name for c in SYNCED_TABLES[table].__table__.columns  # type: ignore[attr-defined]
                 if c.name not in SYNC_COLUMNS)


@functools.cache
def business_defaults(table: str) -> dict[str, object]:
    """{field: the value a row gets when it does not name the field} of `table`'s business
    fields, as the store holds it (enum values, not members; a required field's zero). Shared:
    not to be changed by the caller."""
    model = SYNCED_TABLES[table]
    columns = model.__table__.columns  # type: ignore[attr-defined]
    out: dict[str, object] = {}
    for name in business_fields(table):
        d = getattr(model.model_fields.get(name), "default", None)
        if d is None or d is PydanticUndefined:
            col = columns[name]
            py = getattr(col.type, "python_type", str) if not col.nullable else None
            d = None if py is None else {int: 0, bool: False, float: 0.0}.get(py, "")
        out[name] = d if isinstance(d, (str, int, float, bool)) or d is None else getattr(d, "value", d)
    return out


def field_hlc_map(table: str, field_hlc: str | None, updated_hlc: str) -> dict[str, str]:
    """{field: HLC} of a row's `field_hlc` text, either form."""
    if field_hlc == UNIFORM_HLC:
        return dict.fromkeys(business_fields(table), updated_hlc)
    hlcs: dict[str, str] = json.loads(field_hlc or "{}")
    return hlcs


def outbox_pending(conn: Any) -> int:
    """How many changes wait in the outbox, from its first and last `device_seq` (two index
    look-ups, where count(*) reads every entry: half a second for a register of 2 M waiting
    changes). Exact because entries get consecutive numbers in the transaction that writes them
    and leave only as a prefix (an acknowledgement deletes every entry up to its number)."""
    first, last = conn.exec_driver_sql(
        "SELECT (SELECT min(device_seq) FROM sync_outbox), (SELECT max(device_seq) FROM sync_outbox)").one()
    return 0 if first is None else int(last) - int(first) + 1


def outbox_hlcs(field_hlcs: str, changed_fields: "str | dict[str, object]") -> dict[str, str]:
    """{field: HLC} of an outbox entry. Every entry stamps its changed fields with one HLC, so
    the store keeps `UNIFORM_HLC` + that HLC (older entries: the {field: hlc} document)."""
    if field_hlcs.startswith(UNIFORM_HLC):
        fields = json.loads(changed_fields) if isinstance(changed_fields, str) else changed_fields
        return dict.fromkeys(fields, field_hlcs[1:])
    hlcs: dict[str, str] = json.loads(field_hlcs)
    return hlcs


def is_uniform(table: str, fields: "Collection[str]") -> bool:
    """Whether a row stamped with one HLC on exactly `fields` may store `UNIFORM_HLC`."""
    names = business_fields(table)
    return len(fields) == len(names) and all(f in fields for f in names)


# The full-text index (the FTS5 virtual table person_fts and its shadow tables) is made by the
# migrations in raw SQL: SQLAlchemy cannot declare it.
RAW_SQL_TABLES = ("person_fts",)


def autogenerate_includes(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Alembic's `include_object`: what autogenerate compares (everything but the raw-SQL
    tables above)."""
    return not (type_ == "table" and reflected and compare_to is None and name is not None
                and name.startswith(RAW_SQL_TABLES))


# The paperwork's tables (issue 18) live in their own module; imported here so that the metadata
# (Alembic, the autogenerate test) holds them.
from desktop_app.core.store.doc_tables import DocumentTemplate, GeneratedDocument  # noqa: E402,F401
