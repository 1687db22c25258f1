"""Pydantic schemas: what a write accepts (`…In`) and what a read returns (frozen `…View`).

Where an input or a view holds exactly a synced table's fields it derives from the table's
declaration in core/domain/records.py (`SessionIn(WarningSessionBase, _In)`); where it takes
some of them as they are, each such field's default, length and range come from there too
(`legal_basis: str = like(CaseFileBase, "legal_basis")`; a patch: `like(…, default=None)`);
the rest differ on purpose (input-only fields such as `PersonIn.old_ids`, free-form input the services
normalise, enum members instead of keys, fields a reader's role may not see) and say so.

Input models do the type and length checks; the services add the checks that need context
(CCCD against the birth year, rules, the person exists). `parse_input` turns pydantic's errors
into typed `Problem`s so that every refusal looks the same to the UI and the CLI.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional, TypeVar, get_args

import annotated_types as at
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic.fields import FieldInfo

from desktop_app.core.domain.records import (
    SYNCED_RECORDS,
    AbsenceBase,
    AttendanceBase,
    CaseEventBase,
    CaseFileBase,
    ContactBase,
    EvaluationBase,
    IdDocumentBase,
    PersonBase,
    SecurityModelBase,
    TipBase,
    ViolationBase,
    WarningSessionBase,
)
from desktop_app.core.domain.sealed import SEALED_FIELDS
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
    Role,
    SentenceKind,
    TipChannel,
)
from desktop_app.core.errors import Problem, ValidationFailed

M = TypeVar("M", bound=BaseModel)


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class _View(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)


class _SyncedView(_View):
    """A synced row as read: its id and unit, then (in a subclass that also derives from the
    row's `…Base`) its declared fields."""

    id: str
    unit_code: str


_CONSTRAINTS = ((at.MaxLen, "max_length"), (at.MinLen, "min_length"), (at.Ge, "ge"), (at.Le, "le"),
                (at.Gt, "gt"), (at.Lt, "lt"))


def _constraints(metadata: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for m in metadata:
        if isinstance(m, FieldInfo):  # Annotated[int, Field(ge=0, le=600)] (records.Months)
            out.update(_constraints(m.metadata))
        for kind, name in _CONSTRAINTS:
            if isinstance(m, kind):
                out[name] = getattr(m, name)
    return out


# (record class, field) -> the longest plaintext of a sealed field (domain/sealed.py)
_SEALED_PLAIN: dict[tuple[type[BaseModel], str], int] = {
    (SYNCED_RECORDS[t], n): m for t, fields in SEALED_FIELDS.items() for n, m in fields.items()}


def like(record: type[BaseModel], name: str, **override: Any) -> Any:
    """The Field of an input that takes a synced record's field as it is (records.py): its
    default, length and range come from the record's declaration, not written twice.
    `override` changes or adds to them: `default=None` for a patch, `min_length=1` where the
    input may not be empty. The input keeps its own annotation (an `Optional` for a patch)."""
    info = record.model_fields[name]
    kw: dict[str, Any] = {} if info.is_required() else {"default": info.default}
    kw |= _constraints(info.metadata)
    for arg in get_args(info.annotation):  # Optional[Annotated[int, …]]
        kw |= _constraints(getattr(arg, "__metadata__", ()))
    plain = _SEALED_PLAIN.get((record, name))
    if plain is not None:  # the record holds it sealed; an input takes the plaintext
        kw["max_length"] = plain
    kw |= override
    return Field(**kw)


def parse_input(model: type[M], data: M | dict[str, Any]) -> M:
    """Validates `data` into `model`, raising ValidationFailed with one Problem per field."""
    if isinstance(data, model):
        return data
    if isinstance(data, BaseModel):
        data = data.model_dump(exclude_unset=True)
    try:  # model.model_validate(data), without its wrapper (an import validates every row)
        return model.__pydantic_validator__.validate_python(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        problems = []
        for err in e.errors():
            loc = ".".join(str(x) for x in err["loc"]) or "input"
            params = {k: v for k, v in (err.get("ctx") or {}).items() if isinstance(v, (int, float, str))}
            if "input" in err and isinstance(err["input"], (str, int, float)):
                params.setdefault("value", err["input"])
            problems.append(Problem(loc, f"invalid_{err['type']}", params))
        raise ValidationFailed(problems) from None


# --- persons ------------------------------------------------------------------------------------

class IdDocumentIn(_In):
    kind: str = Field(default="cmnd", pattern="^(cmnd|cccd|passport|other)$")
    number: str = like(IdDocumentBase, "number", min_length=1)
    issued_on: Optional[dt.date] = None
    issued_by: str = like(IdDocumentBase, "issued_by")
    note: str = like(IdDocumentBase, "note")


class PersonIn(_In):
    """A person. Give `full_name` (one "Họ và tên" field) or the parts."""

    full_name: str = like(PersonBase, "full_name", default="")
    family_name: str = like(PersonBase, "family_name")
    middle_name: str = like(PersonBase, "middle_name")
    given_name: str = like(PersonBase, "given_name", default="")
    aliases: str = like(PersonBase, "aliases")
    birth_date: Optional[str] = Field(default=None, max_length=20)  # partial: 1990, 03/1990, …
    gender: Optional[Gender] = None
    cccd: Optional[str] = Field(default=None, max_length=20)
    cccd_override_reason: str = like(PersonBase, "cccd_override_reason")
    old_ids: list[IdDocumentIn] = Field(default_factory=list, max_length=20)
    permanent_address: str = like(PersonBase, "permanent_address")
    permanent_unit_code: Optional[str] = like(PersonBase, "permanent_unit_code")
    current_address: str = like(PersonBase, "current_address")
    current_unit_code: Optional[str] = like(PersonBase, "current_unit_code")
    occupation: str = like(PersonBase, "occupation")
    phone: str = like(PersonBase, "phone")
    ethnicity: str = like(PersonBase, "ethnicity")
    religion: str = like(PersonBase, "religion")
    health_note: str = like(PersonBase, "health_note")
    photo_sha256: Optional[str] = like(PersonBase, "photo_sha256")
    note: str = like(PersonBase, "note")


class PersonPatch(_In):
    """Fields to change on a person; unset fields stay as they are."""

    full_name: Optional[str] = like(PersonBase, "full_name", default=None)
    aliases: Optional[str] = like(PersonBase, "aliases", default=None)
    birth_date: Optional[str] = Field(default=None, max_length=20)
    gender: Optional[Gender] = None
    cccd: Optional[str] = Field(default=None, max_length=20)
    cccd_override_reason: Optional[str] = like(PersonBase, "cccd_override_reason", default=None)
    permanent_address: Optional[str] = like(PersonBase, "permanent_address", default=None)
    permanent_unit_code: Optional[str] = like(PersonBase, "permanent_unit_code", default=None)
    current_address: Optional[str] = like(PersonBase, "current_address", default=None)
    current_unit_code: Optional[str] = like(PersonBase, "current_unit_code", default=None)
    occupation: Optional[str] = like(PersonBase, "occupation", default=None)
    phone: Optional[str] = like(PersonBase, "phone", default=None)
    ethnicity: Optional[str] = like(PersonBase, "ethnicity", default=None)
    religion: Optional[str] = like(PersonBase, "religion", default=None)
    health_note: Optional[str] = like(PersonBase, "health_note", default=None)
    photo_sha256: Optional[str] = like(PersonBase, "photo_sha256", default=None)
    note: Optional[str] = like(PersonBase, "note", default=None)


SENSITIVE_PERSON_FIELDS = ("ethnicity", "religion", "health_note")


class PersonRow(_View):
    """One line of a person list."""

    id: str
    unit_code: str
    full_name: str
    birth_date: Optional[str]
    gender: Optional[str]
    cccd: Optional[str]
    current_address: str
    open_cases: int = 0
    # the categories of the person's open cases (CaseCategory values), sorted
    categories: tuple[str, ...] = ()
    # a search hit only: the fields the lists do not show in which a word of the query was
    # found when not all were in the shown ones ("aliases", "permanent_address", "old_id")
    matched: tuple[str, ...] = ()


class IdDocumentView(_View):
    id: str
    kind: str
    number: str
    issued_on: Optional[dt.date]
    issued_by: str


class PersonView(_View):
    id: str
    unit_code: str
    version: int
    family_name: str
    middle_name: str
    given_name: str
    full_name: str
    aliases: str
    birth_date: Optional[str]
    birth_year: Optional[int]
    gender: Optional[str]
    cccd: Optional[str]
    cccd_override_reason: str
    permanent_address: str
    permanent_unit_code: Optional[str]
    current_address: str
    current_unit_code: Optional[str]
    occupation: str
    phone: str
    # None when the reader's role may not see sensitive data (not "": that would read as empty)
    ethnicity: Optional[str]
    religion: Optional[str]
    health_note: Optional[str]
    photo_sha256: Optional[str]
    note: str
    old_ids: tuple[IdDocumentView, ...] = ()


# --- cases --------------------------------------------------------------------------------------

class CaseIn(_In):
    person_id: str
    category: CaseCategory
    legal_basis: str = like(CaseFileBase, "legal_basis")
    decision_number: str = like(CaseFileBase, "decision_number")
    decision_date: Optional[dt.date] = None
    issuer: str = like(CaseFileBase, "issuer")
    signer: str = like(CaseFileBase, "signer")
    effective_date: Optional[dt.date] = None
    judgment_ref: str = like(CaseFileBase, "judgment_ref")
    supplementary_penalty: str = like(CaseFileBase, "supplementary_penalty")
    supervising_org: str = like(CaseFileBase, "supervising_org")
    helper_name: str = like(CaseFileBase, "helper_name")
    officer: str = like(CaseFileBase, "officer")
    term_months: Optional[int] = like(CaseFileBase, "term_months")
    # Days where the law counts days (conditional release: the remaining prison term), added
    # after the months (DOMAIN §2).
    term_days: Optional[int] = like(CaseFileBase, "term_days")
    # Court cases keep both dates (DOMAIN §1): the first-instance judgment's pronouncement (a
    # suspended sentence's probation runs from it) and the day supervision started (non-
    # custodial reform from the day the body receives the judgment and execution decision).
    judgment_date: Optional[dt.date] = None
    supervision_start: Optional[dt.date] = None
    # Custody already served, deducted from non-custodial reform at 1 day = 3 days (Art. 36).
    custody_days: Optional[int] = like(CaseFileBase, "custody_days")
    # Ex-prisoners: the day the main penalty was completed (release), for record clearing.
    release_date: Optional[dt.date] = None
    # A supplementary penalty or civil obligation not done yet defers clearing (Art. 70(2)).
    obligations_pending: bool = False
    obligations_done_date: Optional[dt.date] = None
    # National-security crimes: clearing only by court decision (Art. 71).
    national_security: bool = False
    start_date: Optional[dt.date] = None
    status: CaseStatus = CaseStatus.ACTIVE
    sentence_kind: Optional[SentenceKind] = None
    classification: Optional[Classification] = None
    review_date: Optional[dt.date] = None
    note: str = like(CaseFileBase, "note")


class CasePatch(_In):
    category: Optional[CaseCategory] = None
    legal_basis: Optional[str] = like(CaseFileBase, "legal_basis", default=None)
    decision_number: Optional[str] = like(CaseFileBase, "decision_number", default=None)
    decision_date: Optional[dt.date] = None
    issuer: Optional[str] = like(CaseFileBase, "issuer", default=None)
    signer: Optional[str] = like(CaseFileBase, "signer", default=None)
    effective_date: Optional[dt.date] = None
    judgment_ref: Optional[str] = like(CaseFileBase, "judgment_ref", default=None)
    supplementary_penalty: Optional[str] = like(CaseFileBase, "supplementary_penalty", default=None)
    supervising_org: Optional[str] = like(CaseFileBase, "supervising_org", default=None)
    helper_name: Optional[str] = like(CaseFileBase, "helper_name", default=None)
    officer: Optional[str] = like(CaseFileBase, "officer", default=None)
    term_months: Optional[int] = like(CaseFileBase, "term_months", default=None)
    term_days: Optional[int] = like(CaseFileBase, "term_days", default=None)
    judgment_date: Optional[dt.date] = None
    supervision_start: Optional[dt.date] = None
    custody_days: Optional[int] = like(CaseFileBase, "custody_days", default=None)
    release_date: Optional[dt.date] = None
    obligations_pending: Optional[bool] = None
    obligations_done_date: Optional[dt.date] = None
    national_security: Optional[bool] = None
    start_date: Optional[dt.date] = None
    classification: Optional[Classification] = None
    sentence_kind: Optional[SentenceKind] = None
    review_date: Optional[dt.date] = None
    note: Optional[str] = like(CaseFileBase, "note", default=None)


class CaseClose(_In):
    status: CaseStatus
    actual_end: dt.date
    completion_cert_number: str = like(CaseFileBase, "completion_cert_number")
    note: str = like(CaseFileBase, "note")

    @field_validator("status")
    @classmethod
    def _closing_status(cls, v: CaseStatus) -> CaseStatus:
        if v in (CaseStatus.PROPOSED, CaseStatus.ACTIVE, CaseStatus.SUSPENDED):
            raise ValueError("status must be a closing status")
        return v


class CaseView(_View):
    id: str
    unit_code: str
    person_id: str
    category: str
    legal_basis: str
    decision_number: str
    decision_date: Optional[dt.date]
    issuer: str
    signer: str
    effective_date: Optional[dt.date]
    judgment_ref: str
    supplementary_penalty: str
    supervising_org: str
    helper_name: str
    officer: str
    term_months: Optional[int]
    term_days: Optional[int] = None
    judgment_date: Optional[dt.date] = None
    supervision_start: Optional[dt.date] = None
    custody_days: Optional[int] = None
    release_date: Optional[dt.date] = None
    obligations_pending: bool = False
    obligations_done_date: Optional[dt.date] = None
    national_security: bool = False
    clearing_state: str = ""
    start_date: Optional[dt.date]
    computed_end: Optional[dt.date]
    actual_end: Optional[dt.date]
    status: str
    sentence_kind: Optional[str]
    classification: Optional[str]
    completion_cert_number: str
    completion_date: Optional[dt.date]
    followup_end: Optional[dt.date]
    review_date: Optional[dt.date]
    override_reason: str
    note: str
    last_contact_date: Optional[dt.date]
    last_assessed_period: Optional[dt.date]


class ContactIn(_In):
    case_id: str
    kind: ContactKind
    date: dt.date
    officer: str = like(ContactBase, "officer")
    summary: str = like(ContactBase, "summary")
    compliant: bool = True


class EvaluationIn(_In):
    case_id: str
    period_kind: PeriodKind = PeriodKind.MONTH
    period_start: dt.date
    helper_comment: str = like(EvaluationBase, "helper_comment")
    police_assessment: str = like(EvaluationBase, "police_assessment")
    classification: Optional[Classification] = None
    self_report_received: bool = False


class AbsenceIn(_In):
    case_id: str
    start: dt.date
    end: dt.date
    permitted: bool = True
    reason: str = like(AbsenceBase, "reason")
    destination: str = like(AbsenceBase, "destination")


class ViolationIn(_In):
    case_id: str
    date: dt.date
    act: str = like(ViolationBase, "act", min_length=1)
    record_number: str = like(ViolationBase, "record_number")
    handling: str = like(ViolationBase, "handling")


class CaseEventIn(_In):
    case_id: str
    kind: EventKind
    date: dt.date
    months: int = like(CaseEventBase, "months")
    days: int = like(CaseEventBase, "days")
    other_unit_code: Optional[str] = like(CaseEventBase, "other_unit_code")
    decision_number: str = like(CaseEventBase, "decision_number")
    note: str = like(CaseEventBase, "note")


class TimelineEntry(_View):
    """One dated line of a case's history: a contact, evaluation, absence, violation or event."""

    kind: str  # contact | evaluation | absence | violation | event
    subkind: str
    id: str
    case_id: str
    date: dt.date
    summary: str
    data: dict[str, Any] = Field(default_factory=dict)
    # Corrected after it was first written (here or on another device): the old values are in
    # the audit trail (CaseService.timeline reads it from the row's per-field clocks).
    edited: bool = False


# --- sessions, tips, models ---------------------------------------------------------------------

class SessionIn(WarningSessionBase, _In):  # type: ignore[misc]  # SQLModel types model_config its own way
    """A session: exactly the synced fields (core/domain/records.py)."""


class AttendanceIn(_In):
    session_id: str
    person_id: str
    commitment_signed: bool = False
    parent_cosigned: bool = False
    note: str = like(AttendanceBase, "note")


class AttendanceView(_View):
    id: str
    session_id: str
    person_id: str
    full_name: str
    birth_date: Optional[str]
    commitment_signed: bool
    minor: bool
    parent_cosigned: bool
    cccd: Optional[str] = None
    note: str = ""


class SessionView(WarningSessionBase, _SyncedView):  # type: ignore[misc]
    attendances: int = 0
    commitments: int = 0


class TipIn(_In):
    received_on: dt.date
    channel: TipChannel
    anonymous: bool = False
    reporter_name: str = like(TipBase, "reporter_name")
    reporter_contact: str = like(TipBase, "reporter_contact")
    content: str = like(TipBase, "content", min_length=1)
    valuable: Optional[bool] = None
    result: str = like(TipBase, "result")


class TipView(_View):
    id: str
    unit_code: str
    received_on: dt.date
    channel: str
    anonymous: bool
    reporter_name: Optional[str]  # None when hidden from the reader's role
    reporter_contact: Optional[str]
    content: str
    valuable: Optional[bool]
    result: str


class ModelIn(_In):
    name: str = like(SecurityModelBase, "name", min_length=1)
    kind: ModelKind
    area: str = like(SecurityModelBase, "area")
    established_on: Optional[dt.date] = None
    status: ModelStatus = ModelStatus.ACTIVE


class ModelView(SecurityModelBase, _SyncedView):  # type: ignore[misc]
    """A security model as stored: the synced fields (core/domain/records.py) and its id."""


# --- users, units, due list, audit ----------------------------------------------------------------

class UserView(_View):
    username: str
    full_name: str
    role: str
    unit_code: str
    active: bool


class UserIn(_In):
    username: str = Field(min_length=2, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")
    full_name: str = Field(default="", max_length=120)
    role: Role = Role.OFFICER
    unit_code: Optional[str] = Field(default=None, max_length=16)


class UnitView(_View):
    code: str
    name: str
    level: str
    parent_code: Optional[str]
    scheme: str
    valid_from: dt.date
    valid_to: Optional[dt.date]
    successor_code: Optional[str]


class DueItem(_View):
    """One thing an officer must do. `days` < 0: overdue by that many days."""

    # assessment | visit | case_ending | record_clearing | record_clearing_court | never_applied
    # | review | revocation_request
    kind: str
    case_id: str
    person_id: str
    full_name: str
    category: str
    officer: str
    due_date: dt.date
    days: int
    period_start: Optional[dt.date] = None
    period_kind: Optional[str] = None
    # The legal basis / what the item asks for: a code of the catalogue's group "due_note"
    # ("" for none) and its params, worded by the caller (vocabulary.text("due_note", …)).
    note_code: str = ""
    note_params: dict[str, Any] = Field(default_factory=dict)


class AuditEntry(_View):
    seq: int
    at: str
    username: str
    action: str
    entity: str
    entity_id: str
    person_id: Optional[str]
    detail: dict[str, Any]
    hash: str


class Page(_View):
    """A slice of a long list with its total (for a paging table model)."""

    rows: tuple[Any, ...]
    total: int
    offset: int
    limit: int
