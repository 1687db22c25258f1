"""People: add, edit, find, show. Names are stored in parts and folded for search; the CCCD is
checked against the birth year and gender (a mismatch is a warning with an override reason).
The search and the person lists are person_search.py's (`PersonSearch`, inherited)."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlmodel import col

from desktop_app.core.domain.cccd import check_cccd, normalize_cccd
from desktop_app.core.domain.dates import PartialDate
from desktop_app.core.domain.schemas import (
    SENSITIVE_PERSON_FIELDS,
    IdDocumentView,
    PersonIn,
    PersonPatch,
    PersonView,
    parse_input,
)
from desktop_app.core.domain.units import is_unit_code
from desktop_app.core.errors import NotFound, Problem, ValidationFailed
from desktop_app.core.ids import uuid7
from desktop_app.core.services import permissions as perm
from desktop_app.core.services.changes import Changes
from desktop_app.core.services.person_search import (  # noqa: F401 - build_search_text re-exported
    PersonSearch,
    build_search_text,
)
from desktop_app.core.store.blobs import drop_unnamed
from desktop_app.core.store.tables import Attachment, CaseFile, IdDocument, Person
from desktop_app.core.textvn import (
    collation_key,
    join_name,
    normalize_name,
    split_full_name,
)

if TYPE_CHECKING:
    from desktop_app.core.services.base import Tx
    from desktop_app.core.services.workspace import Workspace

_SQL_PERSON_ROW = ("SELECT " + ", ".join(c.name for c in Person.__table__.columns)  # type: ignore[attr-defined]
                   + " FROM person WHERE id = ? AND deleted = 0")

PHOTO_MAX_BYTES = 2 * 1024 * 1024
_PHOTO_MAGIC = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"))


def photo_mime(data: bytes) -> str | None:
    """image/jpeg or image/png by the file's first bytes; None for anything else."""
    return next((mime for magic, mime in _PHOTO_MAGIC if data[:len(magic)] == magic), None)


class PersonService(PersonSearch):
    def __init__(self, ws: "Workspace"):
        self.ws = ws
        self._due_cache: tuple[tuple[Any, ...], str] | None = None  # see _due_ids

    # -- validation ----------------------------------------------------------------------------
    def _normalise(self, data: dict[str, Any], *, today: dt.date) -> tuple[dict[str, Any], list[Problem]]:
        """Turns checked input into row values; returns the problems found (errors and
        warnings). Only fields present in `data` are touched."""
        out: dict[str, Any] = {}
        problems: list[Problem] = []
        if "full_name" in data or any(k in data for k in ("family_name", "middle_name", "given_name")):
            if data.get("full_name"):
                fam, mid, giv = split_full_name(data["full_name"])
            else:
                fam, mid, giv = (normalize_name(data.get(k) or "") for k in
                                 ("family_name", "middle_name", "given_name"))
            if not giv:
                problems.append(Problem("full_name", "required"))
            out.update(family_name=fam, middle_name=mid, given_name=giv,
                       full_name=join_name(fam, mid, giv), sort_key=collation_key(fam, mid, giv))
        if "birth_date" in data:
            raw = data["birth_date"]
            if raw in (None, ""):
                out.update(birth_date=None, birth_year=None)
            else:
                try:
                    pd = PartialDate.parse(str(raw))
                except ValidationFailed as e:
                    problems += [Problem("birth_date", p.code, p.params) for p in e.problems]
                else:
                    if pd.earliest() > today:
                        problems.append(Problem("birth_date", "date_in_future", {"value": pd.display()}))
                    elif pd.year < today.year - 120:
                        problems.append(Problem("birth_date", "date_too_old", {"value": pd.display()}))
                    out.update(birth_date=pd.to_storage(), birth_year=pd.year)
        if "gender" in data:
            g = data["gender"]
            out["gender"] = None if g is None else str(getattr(g, "value", g))
        if "cccd" in data:
            raw = data["cccd"]
            out["cccd"] = normalize_cccd(raw) if raw else None
        for k in ("aliases", "permanent_address", "current_address", "occupation", "phone",
                  "ethnicity", "religion", "health_note", "note", "cccd_override_reason",
                  "permanent_unit_code", "current_unit_code", "photo_sha256"):
            if k in data:
                v = data[k]
                out[k] = v.strip() if isinstance(v, str) else v
        for k in ("permanent_unit_code", "current_unit_code"):
            if out.get(k) == "":
                out[k] = None
            elif out.get(k) and not is_unit_code(out[k]):
                problems.append(Problem(k, "unit_code_format", {"value": out[k]}))
        return out, problems

    @staticmethod
    def _check_cccd_rules(row: dict[str, Any], problems: list[Problem]) -> bool:
        """The CCCD's own checks (format, birth year, gender). True when the number is well
        formed, so the register should be searched for another holder."""
        cccd = row.get("cccd")
        if not cccd:
            return False
        problems += check_cccd(cccd, birth_year=row.get("birth_year"), gender=row.get("gender"))
        return not any(p.severity == "error" for p in problems if p.field == "cccd")

    @staticmethod
    def _cccd_holder(cur: Any, cccd: str, exclude_id: str | None) -> Problem | None:
        """cccd_duplicate when another live person already has `cccd` (ix_person_cccd). `cur`
        is a DBAPI cursor (a write transaction's Tx.cur) or a SQLAlchemy Connection."""
        sql = "SELECT id, full_name FROM person WHERE cccd = ? AND deleted = 0"
        params: tuple[Any, ...] = (cccd,)
        if exclude_id:
            sql += " AND id != ?"
            params += (exclude_id,)
        sql += " LIMIT 1"
        run = getattr(cur, "exec_driver_sql", None) or cur.execute
        other = run(sql, params).fetchone()
        if other is None:
            return None
        return Problem("cccd", "cccd_duplicate", {"person_id": other[0], "name": other[1]})

    def _check_cccd(self, row: dict[str, Any], problems: list[Problem], exclude_id: str | None) -> None:
        if not self._check_cccd_rules(row, problems):
            return
        with self.ws._read() as conn:
            dup = self._cccd_holder(conn, row["cccd"], exclude_id)
        if dup:
            problems.append(dup)

    @staticmethod
    def _settle(problems: list[Problem], override_reason: str) -> tuple[Problem, ...]:
        """Errors refuse the write; warnings refuse it unless a reason overrides them."""
        errors = [p for p in problems if p.severity == "error"]
        warnings = [p for p in problems if p.severity == "warning"]
        if errors or (warnings and not override_reason.strip()):
            raise ValidationFailed(errors + warnings)
        return tuple(warnings)

    # -- writes --------------------------------------------------------------------------------
    def add(self, data: PersonIn | dict[str, Any], *, unit_code: str | None = None) -> Changes:
        """A new person in `unit_code` (default: the user's unit). CCCD mismatches with the
        birth year or gender need `cccd_override_reason`."""
        inp = parse_input(PersonIn, data)
        unit_code = unit_code or self.ws.default_unit()
        self.ws.check_unit(unit_code)
        row, problems = self._normalise(inp.model_dump(), today=self.ws.today())
        if not self.ws.can(perm.VIEW_SENSITIVE):
            # As in update(): a role that may not read sensitive fields may not write them.
            problems += [Problem(k, "not_permitted") for k in SENSITIVE_PERSON_FIELDS if row.get(k)]
        look_up = self._check_cccd_rules(row, problems)
        at = len(problems)  # a duplicate is reported here, before the old ids' problems
        old_numbers = []
        for i, doc in enumerate(inp.old_ids):
            number = normalize_cccd(doc.number)
            if not number.isalnum():
                problems.append(Problem(f"old_ids.{i}.number", "id_number_format", {"value": doc.number}))
            old_numbers.append(number)
        row["search_text"] = build_search_text(row, old_numbers)
        with self.ws._write() as tx:
            # The duplicate-CCCD check reads inside the write transaction (which holds the write
            # lock from BEGIN IMMEDIATE): no second connection per add, and no other writer can
            # give the number to someone else between the check and the insert. A refusal
            # raises here and the transaction rolls back with nothing written.
            if look_up:
                dup = self._cccd_holder(tx.cur, row["cccd"], None)
                if dup:
                    problems.insert(at, dup)
            overridden = self._settle(problems, row.get("cccd_override_reason", ""))
            pid = uuid7()
            tx.insert(Person, row, unit_code=unit_code, person_id=pid, row_id=pid)
            for doc, number in zip(inp.old_ids, old_numbers):
                tx.insert(IdDocument, {**doc.model_dump(), "number": number, "person_id": pid},
                          unit_code=unit_code, person_id=pid)
            if overridden:
                tx.audit("rule_override", "person", pid, pid,
                         {"reason": row.get("cccd_override_reason", ""),
                          "warnings": [p.code for p in overridden]})
        return Changes(persons=True, created_id=pid, overridden=overridden)

    def add_many_in(self, tx: "Tx", rows: list[dict[str, Any]], unit_code: str) -> list[str]:
        """Bulk insert inside the caller's transaction (demo data, import). Input must already
        be normalised by `prepare`."""
        return [tx.insert(Person, r, unit_code=unit_code) for r in rows]

    def prepare(self, data: PersonIn | dict[str, Any], *, check_duplicates: bool = True) -> dict[str, Any]:
        """Validates and normalises one person for a bulk write; raises ValidationFailed."""
        inp = parse_input(PersonIn, data)
        # inp.model_dump(exclude={"old_ids"}) for its plain fields (str, None, a Gender): the
        # model's own values as they are (an import prepares every row)
        dumped = inp.__dict__.copy()
        del dumped["old_ids"]
        row, problems = self._normalise(dumped, today=self.ws.today())
        if check_duplicates:
            self._check_cccd(row, problems, None)
        elif row.get("cccd"):
            problems += check_cccd(row["cccd"], birth_year=row.get("birth_year"), gender=row.get("gender"))
        self._settle(problems, row.get("cccd_override_reason", ""))
        row["search_text"] = build_search_text(row)
        return row

    def update(self, person_id: str, patch: PersonPatch | dict[str, Any]) -> Changes:
        inp = parse_input(PersonPatch, patch)
        data = inp.model_dump(exclude_unset=True)
        current = self._row(person_id)
        self.ws.check_unit(current["unit_code"])
        if not self.ws.can(perm.VIEW_SENSITIVE):
            # A role that cannot read sensitive fields cannot overwrite them blindly either.
            for k in SENSITIVE_PERSON_FIELDS:
                if k in data:
                    raise ValidationFailed([Problem(k, "not_permitted")])
        row, problems = self._normalise(data, today=self.ws.today())
        merged = {**current, **row}
        if "cccd" in row or "birth_date" in row or "gender" in row:
            if merged.get("cccd"):
                self._check_cccd(merged, problems, person_id)
        reason = data.get("cccd_override_reason")
        if reason is None:
            # The reason already on file covers only the mismatches it was given for; a new
            # one needs a new reason (never a silent accept).
            prior = set()
            if current.get("cccd") and (current.get("cccd_override_reason") or "").strip():
                prior = {(p.code, tuple(sorted(p.params.items()))) for p in check_cccd(
                    current["cccd"], birth_year=current["birth_year"], gender=current["gender"])
                    if p.severity == "warning"}
            problems = [p for p in problems if p.severity == "error"
                        or (p.code, tuple(sorted(p.params.items()))) not in prior]
            reason = ""
        overridden = self._settle(problems, reason)
        with self.ws._read() as conn:
            old_numbers = list(conn.execute(select(col(IdDocument.number)).where(
                col(IdDocument.person_id) == person_id, col(IdDocument.deleted) == False)).scalars())  # noqa: E712
        row["search_text"] = build_search_text(merged, old_numbers)
        with self.ws._write() as tx:
            diff = tx.update(Person, person_id, row, person_id=person_id)
            if overridden:
                tx.audit("rule_override", "person", person_id, person_id,
                         {"reason": reason, "warnings": [p.code for p in overridden]})
        return Changes(persons=bool(diff), overridden=overridden)

    def delete(self, person_id: str) -> Changes:
        """Tombstones a person. Refused while live case files or session attendances still
        point at them (they would stay in the due list, figures and export as orphans)."""
        self.ws.require(perm.DELETE_RECORDS)
        current = self._row(person_id)
        self.ws.check_unit(current["unit_code"])
        from desktop_app.core.store.tables import Attendance

        with self.ws._read() as conn:
            n_cases, n_att = (conn.execute(select(func.count()).select_from(t).where(
                col(t.person_id) == person_id, col(t.deleted) == False)).scalar_one()  # noqa: E712
                for t in (CaseFile, Attendance))
        if n_cases or n_att:
            raise ValidationFailed([Problem("person_id", "person_has_records",
                                            {"cases": n_cases, "attendances": n_att})])
        with self.ws._write() as tx:
            tx.delete(Person, person_id, person_id=person_id, blank=("search_text",))
        return Changes(persons=True)

    def add_old_id(self, person_id: str, doc: dict[str, Any]) -> Changes:
        from desktop_app.core.domain.schemas import IdDocumentIn

        inp = parse_input(IdDocumentIn, doc)
        current = self._row(person_id)
        self.ws.check_unit(current["unit_code"])
        number = normalize_cccd(inp.number)
        with self.ws._read() as conn:
            olds = list(conn.execute(select(col(IdDocument.number)).where(
                col(IdDocument.person_id) == person_id, col(IdDocument.deleted) == False)).scalars())  # noqa: E712
        with self.ws._write() as tx:
            did = tx.insert(IdDocument, {**inp.model_dump(), "number": number, "person_id": person_id},
                            unit_code=current["unit_code"], person_id=person_id)
            tx.update(Person, person_id, {"search_text": build_search_text(current, olds + [number])},
                      person_id=person_id, audit=False)
        return Changes(persons=True, created_id=did)

    # -- the photo (DESIGN §3: an attachment in the encrypted database, keyed by SHA-256) -------
    def set_photo(self, person_id: str, data: bytes) -> Changes:
        """Stores a JPEG or PNG (at most PHOTO_MAX_BYTES; the app scales a picture down
        before) and names it in the person's row, in one transaction: the row's change is
        audited and synced, the bytes follow it at the next sync (core.sync.attachments)."""
        current = self._row(person_id)
        self.ws.check_unit(current["unit_code"])
        mime = photo_mime(data)
        if mime is None:
            raise ValidationFailed([Problem("photo", "photo_format")])
        if len(data) > PHOTO_MAX_BYTES:
            raise ValidationFailed([Problem("photo", "photo_too_large", {"max_kb": PHOTO_MAX_BYTES // 1024})])
        sha = hashlib.sha256(data).hexdigest()
        with self.ws._write() as tx:
            tx.conn.execute(Attachment.__table__.insert().prefix_with("OR IGNORE"),  # type: ignore[attr-defined]
                            {"sha256": sha, "mime": mime, "size": len(data), "data": data,
                             "created_at": dt.datetime.now(dt.UTC)})
            diff = tx.update(Person, person_id, {"photo_sha256": sha}, person_id=person_id)
            if current.get("photo_sha256") and current["photo_sha256"] != sha:
                drop_unnamed(tx.conn, [current["photo_sha256"]])  # the old one, unless named elsewhere
        return Changes(persons=bool(diff))

    def remove_photo(self, person_id: str) -> Changes:
        """Takes the photo off the person's row; its bytes leave this register too when no
        other person's row names them."""
        current = self._row(person_id)
        self.ws.check_unit(current["unit_code"])
        if not current.get("photo_sha256"):
            return Changes()
        with self.ws._write() as tx:
            diff = tx.update(Person, person_id, {"photo_sha256": None}, person_id=person_id)
            drop_unnamed(tx.conn, [current["photo_sha256"]])
        return Changes(persons=bool(diff))

    def photo(self, person_id: str) -> bytes | None:
        """The person's photo (JPEG or PNG bytes), or None: none named, or named but its bytes
        not here yet (they come with the next sync)."""
        sha = self._row(person_id).get("photo_sha256")
        if not sha:
            return None
        with self.ws._read() as conn:
            row = conn.exec_driver_sql(f"SELECT data FROM {Attachment.__tablename__} WHERE sha256 = ?",
                                       (sha,)).first()
        return bytes(row[0]) if row else None

    # -- reads ---------------------------------------------------------------------------------
    def _row(self, person_id: str) -> dict[str, Any]:
        # Sent as it is: every case opened, edit and file view reads its person first (an import
        # of 10,000 rows with cases does it thousands of times), and the person's columns are
        # all text and integers but `deleted`, which is set back to a bool.
        with self.ws._read() as conn:
            row = conn.exec_driver_sql(_SQL_PERSON_ROW, (person_id,)).mappings().first()
        if row is None:
            raise NotFound("person", person_id)
        scope = self.ws.scope_units()
        if scope is not None and row["unit_code"] not in scope:
            raise NotFound("person", person_id)
        out = dict(row)
        out["deleted"] = bool(out["deleted"])
        return out

    def get(self, person_id: str, *, audit: bool = True) -> PersonView:
        """A person's record. Viewing is audit-logged; sensitive fields come back as None to
        roles that may not read them."""
        row = self._row(person_id)
        with self.ws._read() as conn:
            docs = conn.execute(select(IdDocument.__table__).where(  # type: ignore[attr-defined]
                col(IdDocument.person_id) == person_id, col(IdDocument.deleted) == False)  # noqa: E712
                .order_by(col(IdDocument.issued_on))).mappings().all()
        # Sealed (issue 16): opened only for a role that may read them, with the unit's key;
        # None to any other role (and where no key held here opens the value).
        self.ws.sensitive.reveal("person", row, allowed=self.ws.can(perm.VIEW_SENSITIVE))
        if audit:
            with self.ws._write() as tx:
                tx.audit("view_person", "person", person_id, person_id, {})
        return PersonView.model_validate({**row, "old_ids": [IdDocumentView.model_validate(d) for d in docs]})
