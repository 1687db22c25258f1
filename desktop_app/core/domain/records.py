"""The synced records, declared once (issue 17 item 4; after full-stack-fastapi-template's
model families: `Base` → table / In / View / Op).

Each `…Base` below holds every business field of one synced table: its type, nullability,
default, length, range or closed vocabulary, and its storage hints (index, foreign key). From it
come:
- the store's SQLModel table (`store/tables.py`: `class Person(PersonBase, SyncColumns,
  table=True)`), which adds only the sync bookkeeping columns and composite indexes;
- the sync protocol's field table and op validation (`core/sync/protocol.py`: `TABLE_FIELDS`,
  `op_fields_error`), which the provincial server uses on every pushed op;
- the input schemas where they take the same fields (`core/domain/schemas.py`).

A closed vocabulary is stored and sent as its plain key (`str`), checked by `OneOf`; a range or
length is checked here too. Changing a field here changes the table (write the migration: the
Alembic test compares them), the server's checks and the schemas at once.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Any, Optional

from pydantic import AfterValidator
from sqlmodel import AutoString, Field, SQLModel

from desktop_app.core.domain.dates import MAX_YEAR, MIN_YEAR
from desktop_app.core.domain.sealed import SEALED_FIELDS, SEALED_MAX_CHARS, check_sealed
from desktop_app.core.domain.vocab import (
    CaseCategory,
    CaseStatus,
    Classification,
    ContactKind,
    EventKind,
    Gender,
    ModelKind,
    ModelStatus,
    PeriodKind,
    SentenceKind,
    TipChannel,
)


def OneOf(*choices: type[Enum] | str) -> AfterValidator:
    """A validator: the value is one of the keys of the given enums or strings."""
    keys = frozenset(str(m.value) for c in choices if not isinstance(c, str) for m in c) \
        | frozenset(c for c in choices if isinstance(c, str))
    shown = ", ".join(sorted(keys))

    def check(value: str) -> str:
        if value not in keys:
            raise ValueError(f"not one of {shown}")
        return value

    return AfterValidator(check)


def _partial_date(value: str) -> str:
    """A sortable partial date: YYYY, YYYY-MM or YYYY-MM-DD, a real one."""
    n = len(value)
    if n == 4 and value.isascii() and value.isdigit():
        pass
    elif n in (7, 10) and value[4] == "-" and (n == 7 or value[7] == "-"):
        dt.date.fromisoformat(value if n == 10 else value + "-01")  # ValueError on a 30 February
    else:
        raise ValueError("not a partial date YYYY[-MM[-DD]]")
    if not MIN_YEAR <= int(value[:4]) <= MAX_YEAR:
        raise ValueError(f"year outside {MIN_YEAR}..{MAX_YEAR}")
    return value


PartialDate = Annotated[str, AfterValidator(_partial_date)]
GenderKey = Annotated[str, OneOf(Gender)]
ClassificationKey = Annotated[str, OneOf(Classification)]
Months = Annotated[int, Field(ge=0, le=600)]
# A sealed field (domain/sealed.py): empty or sealed text, never plaintext.
SealedText = Annotated[str, AfterValidator(check_sealed)]


def _sealed(table: str, name: str) -> Any:
    """The Field of a sealed field: sealed text up to SEALED_MAX_CHARS; the column keeps the
    declared length of its plaintext (SQLite does not enforce it; the register's schema is
    unchanged)."""
    return Field(default="", max_length=SEALED_MAX_CHARS,
                 sa_type=AutoString(length=SEALED_FIELDS[table][name]))
Days = Annotated[int, Field(ge=0, le=20000)]


class PersonBase(SQLModel):
    family_name: str = Field(default="", max_length=60)
    middle_name: str = Field(default="", max_length=80)
    given_name: str = Field(max_length=60)
    full_name: str = Field(max_length=200)
    aliases: str = Field(default="", max_length=200)
    sort_key: str = Field(default="", max_length=400)
    search_text: str = Field(default="")  # folded names, aliases, CCCD, addresses: fed to FTS
    birth_date: Optional[PartialDate] = Field(default=None, max_length=10)  # partial, sortable
    birth_year: Optional[int] = Field(default=None, ge=MIN_YEAR, le=MAX_YEAR)  # no index (migration 0003)
    gender: Optional[GenderKey] = Field(default=None, max_length=8)
    cccd: Optional[str] = Field(default=None, max_length=12, index=True)
    cccd_override_reason: str = Field(default="", max_length=500)
    permanent_address: str = Field(default="", max_length=300)
    permanent_unit_code: Optional[str] = Field(default=None, max_length=16)
    permanent_unit_scheme: str = Field(default="2025", max_length=16)
    current_address: str = Field(default="", max_length=300)
    current_unit_code: Optional[str] = Field(default=None, max_length=16)
    current_unit_scheme: str = Field(default="2025", max_length=16)
    occupation: str = Field(default="", max_length=120)
    phone: str = Field(default="", max_length=30)
    # Sensitive personal data (Decree 356/2025): only roles allowed may read them.
    # Stored sealed (domain/sealed.py, issue 16): only the unit's sensitive key opens them.
    ethnicity: SealedText = _sealed("person", "ethnicity")
    religion: SealedText = _sealed("person", "religion")
    health_note: SealedText = _sealed("person", "health_note")
    photo_sha256: Optional[str] = Field(default=None, max_length=64)
    note: str = Field(default="", max_length=2000)


class IdDocumentBase(SQLModel):
    """Old ID documents (9-digit CMND, earlier CCCD, passport): kept as history."""

    person_id: str = Field(foreign_key="person.id", index=True)
    kind: Annotated[str, OneOf("cmnd", "cccd", "passport", "other")] = Field(max_length=16)
    number: str = Field(max_length=20, index=True)
    issued_on: Optional[dt.date] = None
    issued_by: str = Field(default="", max_length=200)
    note: str = Field(default="", max_length=300)


class CaseFileBase(SQLModel):
    """A supervision file (hồ sơ quản lý) of one person under one category."""

    person_id: str = Field(foreign_key="person.id")
    category: Annotated[str, OneOf(CaseCategory)] = Field(max_length=32, index=True)
    legal_basis: str = Field(default="", max_length=300)
    decision_number: str = Field(default="", max_length=60)
    decision_date: Optional[dt.date] = None
    issuer: str = Field(default="", max_length=200)
    signer: str = Field(default="", max_length=120)
    effective_date: Optional[dt.date] = None
    judgment_ref: str = Field(default="", max_length=200)
    supplementary_penalty: str = Field(default="", max_length=300)
    supervising_org: str = Field(default="", max_length=200)
    helper_name: str = Field(default="", max_length=120)
    officer: str = Field(default="", max_length=64, index=True)
    term_months: Optional[Months] = None
    # migration 0004 (issue 14): days where the law counts days, both court dates, custody
    # deducted, release date and what defers or restarts record clearing.
    term_days: Optional[Days] = None
    judgment_date: Optional[dt.date] = None
    supervision_start: Optional[dt.date] = None
    custody_days: Optional[Days] = None
    release_date: Optional[dt.date] = None
    obligations_pending: bool = False
    obligations_done_date: Optional[dt.date] = None
    national_security: bool = False
    clearing_state: str = Field(default="", max_length=20)
    start_date: Optional[dt.date] = None
    computed_end: Optional[dt.date] = Field(default=None, index=True)
    actual_end: Optional[dt.date] = None
    status: Annotated[str, OneOf(CaseStatus)] = Field(default="active", max_length=20)
    sentence_kind: Optional[Annotated[str, OneOf(SentenceKind)]] = Field(default=None, max_length=32)
    classification: Optional[ClassificationKey] = Field(default=None, max_length=2)
    completion_cert_number: str = Field(default="", max_length=60)
    completion_date: Optional[dt.date] = None
    followup_end: Optional[dt.date] = Field(default=None, index=True)
    review_date: Optional[dt.date] = None
    override_reason: str = Field(default="", max_length=500)
    note: str = Field(default="", max_length=2000)
    # Denormalised by the core on every contact/evaluation write so the due list is one query.
    last_contact_date: Optional[dt.date] = None
    last_assessed_period: Optional[dt.date] = None


class ContactBase(SQLModel):
    """Home visit, station check-in, phone call or self-report received."""

    case_id: str = Field(foreign_key="case_file.id")
    person_id: str = Field(foreign_key="person.id", index=True)
    kind: Annotated[str, OneOf(ContactKind)] = Field(max_length=20)
    date: dt.date
    officer: str = Field(default="", max_length=64)
    summary: str = Field(default="", max_length=2000)
    compliant: bool = True


class EvaluationBase(SQLModel):
    case_id: str = Field(foreign_key="case_file.id")
    period_kind: Annotated[str, OneOf(PeriodKind)] = Field(max_length=10)
    period_start: dt.date
    helper_comment: str = Field(default="", max_length=2000)
    police_assessment: str = Field(default="", max_length=2000)
    classification: Optional[ClassificationKey] = Field(default=None, max_length=2)
    self_report_received: bool = False


class AbsenceBase(SQLModel):
    case_id: str = Field(foreign_key="case_file.id", index=True)
    start: dt.date
    end: dt.date
    permitted: bool = True
    counted_toward_term: bool = True
    reason: str = Field(default="", max_length=500)
    destination: str = Field(default="", max_length=300)
    override_reason: str = Field(default="", max_length=500)


class ViolationBase(SQLModel):
    case_id: str = Field(foreign_key="case_file.id", index=True)
    date: dt.date
    act: str = Field(max_length=1000)
    record_number: str = Field(default="", max_length=60)
    handling: str = Field(default="", max_length=1000)


class CaseEventBase(SQLModel):
    """Extension, reduction, exemption, transfer out/in, new conviction."""

    case_id: str = Field(foreign_key="case_file.id", index=True)
    kind: Annotated[str, OneOf(EventKind)] = Field(max_length=20)
    date: dt.date
    months: Months = 0
    days: Days = 0  # migration 0004: a court's reduction in days
    other_unit_code: Optional[str] = Field(default=None, max_length=16)
    decision_number: str = Field(default="", max_length=60)
    note: str = Field(default="", max_length=1000)


class WarningSessionBase(SQLModel):
    """Buổi gọi hỏi, răn đe, giáo dục."""

    date: dt.date
    place: str = Field(default="", max_length=300)
    chair: str = Field(default="", max_length=120)
    topic: str = Field(default="", max_length=500)


class AttendanceBase(SQLModel):
    """One person at one session: one "lượt"."""

    session_id: str = Field(foreign_key="warning_session.id", index=True)
    person_id: str = Field(foreign_key="person.id", index=True)
    commitment_signed: bool = False
    minor: bool = False
    parent_cosigned: bool = False
    note: str = Field(default="", max_length=500)


class TipBase(SQLModel):
    """Nguồn tin tố giác tội phạm. The reporter's identity is protected."""

    received_on: dt.date
    channel: Annotated[str, OneOf(TipChannel)] = Field(max_length=16)
    anonymous: bool = False
    reporter_name: SealedText = _sealed("tip", "reporter_name")  # sealed (issue 16)
    reporter_contact: SealedText = _sealed("tip", "reporter_contact")
    content: str = Field(max_length=4000)
    valuable: Optional[bool] = None
    result: str = Field(default="", max_length=2000)


class SecurityModelBase(SQLModel):
    """Mô hình phong trào toàn dân bảo vệ an ninh Tổ quốc."""

    name: str = Field(max_length=200)
    kind: Annotated[str, OneOf(ModelKind)] = Field(max_length=24, index=True)
    area: str = Field(default="", max_length=200)
    established_on: Optional[dt.date] = None
    status: Annotated[str, OneOf(ModelStatus)] = Field(default="active", max_length=12)


# The .docx of a published template travels as an attachment (content-addressed, chunked):
# at most this many bytes (a Word form is tens of kilobytes; photos and scans do not belong in it).
MAX_PUBLISHED_TEMPLATE_BYTES = 1024 * 1024


class PublishedTemplateBase(SQLModel):
    """A document template the province publishes to its communes (issue 18 item 2): the row
    lives in the province's unit ("25"); only a province admin's device writes it, and every
    commune device of the province pulls it read-only (sync_server/services/published.py).
    Its .docx is the attachment `docx_sha256` names."""

    key: str = Field(max_length=80, index=True)
    title: str = Field(max_length=300)
    category: Annotated[str, OneOf("education", "court", "absence", "session", "tip", "reintegration",
                                   "other")] = Field(max_length=32)
    basis: str = Field(default="", max_length=300)
    template_version: int = Field(ge=1, le=100000)  # `version` is the sync column's
    valid_from: dt.date
    valid_to: Optional[dt.date] = None
    symbol: str = Field(default="CAX", max_length=20)
    needs: str = Field(default="", max_length=60)  # comma-separated: case, session, tip
    docx_sha256: str = Field(max_length=64)
    size: int = Field(ge=1, le=MAX_PUBLISHED_TEMPLATE_BYTES)


# Table name -> its field declaration, in the order the protocol lists the tables.
SYNCED_RECORDS: dict[str, type[SQLModel]] = {
    "person": PersonBase,
    "id_document": IdDocumentBase,
    "case_file": CaseFileBase,
    "contact": ContactBase,
    "evaluation": EvaluationBase,
    "absence": AbsenceBase,
    "violation": ViolationBase,
    "case_event": CaseEventBase,
    "warning_session": WarningSessionBase,
    "attendance": AttendanceBase,
    "tip": TipBase,
    "security_model": SecurityModelBase,
    "published_template": PublishedTemplateBase,
}

# Tables only a province admin's device writes, in a province unit (2-digit code), and that
# every commune device of the province pulls read-only (sync_server/services/rules.py, published.py).
PROVINCE_TABLES: frozenset[str] = frozenset({"published_template"})

# Columns each laptop computes from the merged row (sync/derived.py): never in an op, never
# merged or stored by the server, never in a pull page (a value sent anyway is ignored).
DERIVED_FIELDS: dict[str, frozenset[str]] = {"person": frozenset({"sort_key", "search_text"})}


# What the declaration says about whole rows (the provincial server checks pushed ops with it,
# sync_server/services/rules.py): the fields an insert must carry (declared without a default),
# and the references (a field naming a row of another table: `Field(foreign_key="person.id")`).
REQUIRED_FIELDS: dict[str, frozenset[str]] = {
    table: frozenset(n for n, info in base.model_fields.items() if info.is_required())
    for table, base in SYNCED_RECORDS.items()
}
REFERENCES: dict[str, dict[str, str]] = {
    table: {n: fk.split(".", 1)[0] for n, info in base.model_fields.items()
            if isinstance(fk := getattr(info, "foreign_key", None), str)}
    for table, base in SYNCED_RECORDS.items()
}


def _children() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for child, refs in REFERENCES.items():
        for name, parent in refs.items():
            out.setdefault(parent, []).append((child, name))
    return out


# parent table -> [(child table, the child's field naming it)]: what closes with a deleted row
CHILDREN: dict[str, list[tuple[str, str]]] = _children()


def json_kind(model: type[SQLModel], name: str) -> str:
    """The JSON kind of a field as the protocol names it: str | int | bool | date, "?" if null
    is allowed."""
    info = model.model_fields[name]
    ann: Any = info.annotation
    nullable = False
    args = getattr(ann, "__args__", None)
    if args and type(None) in args:
        nullable = True
        ann = next(a for a in args if a is not type(None))
    ann = getattr(ann, "__origin__", ann) if getattr(ann, "__metadata__", None) else ann
    kind = {str: "str", int: "int", bool: "bool", dt.date: "date"}[ann]
    return kind + ("?" if nullable else "")
