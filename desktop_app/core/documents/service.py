"""Documents filled from the register, as a Workspace extension (issue 18):

    docs = Documents.of(ws)
    docs.templates(on=date)                      # every template in force on `date`
    made = docs.make("gd-cam-ket", person_id=pid, out="cam-ket.docx")   # MadeDocument
    info = docs.add_template("mau-xa.docx", {"id": ..., "title": ..., "category": ...})
    data = docs.preview("mau-xa.docx")           # the form filled for a made-up person (bytes)

Rendering picks the template version in force on the document's date. A document made is
numbered (per unit, year and laptop: `<seq>.<device code>/<symbol>-<CAX|CAP|…>`), kept in the
register (encrypted, with its template's key, version and SHA-256) and audited, in one
transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from desktop_app.core.documents.gather import gather, number_symbol, sample_data, unit_data
from desktop_app.core.documents.model import DocumentData, render_context
from desktop_app.core.documents.templates import (
    CATEGORIES,
    TemplateInfo,
    check_placeholders,
    in_force,
    read_meta,
    shipped_templates,
)
from desktop_app.core.domain.records import MAX_PUBLISHED_TEMPLATE_BYTES
from desktop_app.core.domain.vocab import Role
from desktop_app.core.errors import NotFound, Problem, StoreError, ValidationFailed
from desktop_app.core.ids import uuid7
from desktop_app.core.services import permissions as perm
from desktop_app.core.store.doc_tables import DocumentTemplate, GeneratedDocument
from desktop_app.core.store.files import replace_file
from desktop_app.core.store.private import open_private
from desktop_app.core.store.tables import Attachment, PublishedTemplate

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

__all__ = ["Documents", "MadeDocument", "KeptDocument", "render", "find_pdf_converter", "to_pdf", "write_out"]


@dataclass(frozen=True)
class MadeDocument:
    id: str
    path: Path | None
    number: str
    template_key: str
    template_version: int
    title: str
    data: bytes


@dataclass(frozen=True)
class KeptDocument:
    """A document kept in a person's file (without its bytes)."""

    id: str
    number: str
    title: str
    template_key: str
    template_version: int
    doc_date: dt.date
    created_by: str
    created_at: dt.datetime
    person_id: str | None
    case_id: str | None
    session_id: str | None
    size: int


def render(template: bytes, data: DocumentData) -> bytes:
    """The template filled with `data` (every empty value a visible "…………" line), as .docx bytes."""
    from docxtpl import DocxTemplate

    tpl = DocxTemplate(io.BytesIO(template))
    try:
        tpl.render(render_context(data), autoescape=True)
    except Exception as e:  # a form's expression failing on the data (checked forms seldom do)
        raise ValidationFailed([Problem("template", "template_render_failed", {"error": str(e)[:200]})]) from e
    props = tpl.docx.core_properties
    props.title = data.doc.title
    props.subject = data.doc.number
    props.comments = "WardBook — tài liệu có dữ liệu cá nhân, không sao chép"
    buf = io.BytesIO()
    tpl.save(buf)
    return buf.getvalue()


def find_pdf_converter() -> str | None:
    """"soffice" (LibreOffice, any system), "word" (Windows with Microsoft Word and the docx2pdf
    package) or None: this computer cannot make a PDF of a .docx."""
    for name in ("soffice", "libreoffice"):
        if shutil.which(name):
            return shutil.which(name)
    if sys.platform == "win32":
        for base in (os.environ.get("ProgramFiles", r"C:\Program Files"),
                     os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")):
            exe = Path(base) / "LibreOffice" / "program" / "soffice.exe"
            if exe.is_file():
                return str(exe)
        try:
            import docx2pdf  # noqa: F401
            return "word"
        except ImportError:
            return None
    return None


def to_pdf(docx: Path | str, converter: str | None = None) -> Path | None:
    """A PDF beside `docx` (same name), or None when no converter is found or it failed."""
    docx = Path(docx)
    converter = converter or find_pdf_converter()
    if converter is None:
        return None
    pdf = docx.with_suffix(".pdf")
    try:
        if converter == "word":
            import docx2pdf

            docx2pdf.convert(str(docx), str(pdf))
        else:
            subprocess.run([converter, "--headless", "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
                           check=True, timeout=180, capture_output=True)
    except Exception:
        return None
    return pdf if pdf.is_file() else None


class Documents:
    """The document templates and the documents of one open register."""

    def __init__(self, ws: "Workspace"):
        self.ws = ws
        self._shipped: list[TemplateInfo] | None = None

    @classmethod
    def of(cls, ws: "Workspace") -> "Documents":
        return ws.extension(cls)

    # -- templates --------------------------------------------------------------------------
    def all_templates(self) -> list[TemplateInfo]:
        """Every version of every template: the shipped ones and the register's own."""
        if self._shipped is None:
            self._shipped = shipped_templates()
        t = DocumentTemplate.__table__  # type: ignore[attr-defined]
        with self.ws.db.read() as conn:
            rows = conn.execute(select(*[c for c in t.c if c.name != "data"])).mappings().all()
        own = [TemplateInfo(key=r["key"], title=r["title"], category=r["category"], basis=r["basis"],
                            version=r["version"], valid_from=r["valid_from"], valid_to=r["valid_to"],
                            symbol=r["symbol"], needs=tuple(n for n in r["needs"].split(",") if n),
                            origin="register", source=r["id"], sha256=r["sha256"]) for r in rows]
        return [*self._shipped, *self._published(), *own]

    def _published(self) -> list[TemplateInfo]:
        """The templates the province published (synced rows), those whose .docx is held."""
        p = PublishedTemplate.__table__  # type: ignore[attr-defined]
        a = Attachment.__table__  # type: ignore[attr-defined]
        with self.ws.db.read() as conn:
            rows = conn.execute(select(p).where(p.c.deleted == False, p.c.docx_sha256.in_(  # noqa: E712
                select(a.c.sha256)))).mappings().all()
        return [TemplateInfo(key=r["key"], title=r["title"], category=r["category"], basis=r["basis"],
                             version=r["template_version"], valid_from=r["valid_from"], valid_to=r["valid_to"],
                             symbol=r["symbol"], needs=tuple(n for n in r["needs"].split(",") if n),
                             origin="province", source=r["id"], sha256=r["docx_sha256"]) for r in rows]

    def templates(self, on: dt.date | None = None) -> list[TemplateInfo]:
        """The template of each key in force on `on` (today), by category then title."""
        on = on or self.ws.today()
        everything = self.all_templates()
        keys = sorted({t.key for t in everything})
        hits = [t for t in (in_force(everything, k, on) for k in keys) if t is not None]
        order = list(CATEGORIES)
        return sorted(hits, key=lambda t: (order.index(t.category), t.key))

    def template(self, key: str, on: dt.date | None = None) -> TemplateInfo:
        """The version of `key` in force on `on`; NotFound when none is."""
        on = on or self.ws.today()
        hit = in_force(self.all_templates(), key, on)
        if hit is None:
            raise NotFound("document_template", key)
        return hit

    def template_bytes(self, info: TemplateInfo) -> bytes:
        if info.origin == "shipped":
            return Path(info.source).read_bytes()
        if info.origin == "province":
            a = Attachment.__table__  # type: ignore[attr-defined]
            with self.ws.db.read() as conn:
                blob = conn.execute(select(a.c.data).where(a.c.sha256 == info.sha256)).scalar()
            if blob is None:
                raise NotFound("document_template", info.key)
            return bytes(blob)
        t = DocumentTemplate.__table__  # type: ignore[attr-defined]
        with self.ws.db.read() as conn:
            data = conn.execute(select(t.c.data).where(t.c.id == info.source)).scalar()
        if data is None:
            raise NotFound("document_template", info.key)
        return bytes(data)

    def check(self, data: bytes) -> None:
        """Refuses a template with placeholders the data model lacks (the list in the problem)."""
        check_placeholders(data)

    def add_template(self, source: Path | str | bytes, meta: dict[str, Any] | None = None, *,
                     publish: bool = False) -> TemplateInfo:
        """Stores a commune's own form in the register. `meta` (or `<file>.json` beside it, or
        the .docx's core properties: title, category = category key) gives id, title, category,
        basis, valid_from/valid_to, version, symbol, needs. Unknown placeholders are refused.
        `publish`: a province register's admin publishes it to every commune of the province (a
        synced row in the province's unit, its .docx an attachment; at most
        MAX_PUBLISHED_TEMPLATE_BYTES), checked here before anything leaves this laptop."""
        self.ws.require(perm.EDIT_RULES)
        if publish and (len(self.ws.unit_code) != 2 or self.ws.role != Role.PROVINCE_ADMIN):
            raise ValidationFailed([Problem("publish", "template_publish_province_only")])
        if isinstance(source, bytes):
            data, name = source, "form"
        else:
            path = Path(source)
            try:
                data = path.read_bytes()
            except OSError as e:
                raise ValidationFailed([Problem("file", "file_unreadable", {"reason": e.strerror or str(e)})]) from e
            name = path.stem
            side = path.with_suffix(".json")
            if meta is None and side.is_file():
                meta = json.loads(side.read_text(encoding="utf-8"))
        check_placeholders(data)
        meta = dict(meta or {})
        if not meta.get("title") or not meta.get("id"):
            from docx import Document

            props = Document(io.BytesIO(data)).core_properties
            meta.setdefault("title", props.title or name)
            meta.setdefault("category", props.category or "other")
            meta.setdefault("id", meta.get("id") or _slug(name))
        existing = [t for t in self.all_templates() if t.key == meta["id"]]
        meta.setdefault("version", max((t.version for t in existing), default=0) + 1)
        meta.setdefault("valid_from", self.ws.today().isoformat())
        info = read_meta(meta, origin="register", source="", sha256=hashlib.sha256(data).hexdigest())
        if any(t.version == info.version and t.origin == ("province" if publish else "register") for t in existing):
            raise ValidationFailed([Problem("version", "template_version_exists",
                                            {"id": info.key, "version": info.version})])
        if publish:
            return self._publish(info, data)
        row_id = uuid7()
        with self.ws.db.write() as tx:
            tx.conn.execute(DocumentTemplate.__table__.insert(), {  # type: ignore[attr-defined]
                "id": row_id, "key": info.key, "title": info.title, "category": info.category,
                "basis": info.basis, "version": info.version, "valid_from": info.valid_from,
                "valid_to": info.valid_to, "symbol": info.symbol, "needs": ",".join(info.needs),
                "sha256": info.sha256, "data": data, "added_by": self.ws.username,
                "added_at": dt.datetime.now(dt.UTC)})
            tx.audit("template_added", "document_template", row_id, None,
                     {"id": info.key, "version": info.version, "title": info.title, "sha256": info.sha256})
        return TemplateInfo(**{**info.__dict__, "source": row_id})

    def _publish(self, info: TemplateInfo, data: bytes) -> TemplateInfo:
        if len(data) > MAX_PUBLISHED_TEMPLATE_BYTES:
            raise ValidationFailed([Problem("file", "template_too_large",
                                            {"size": len(data), "max": MAX_PUBLISHED_TEMPLATE_BYTES})])
        values = {"key": info.key, "title": info.title, "category": info.category, "basis": info.basis,
                  "template_version": info.version, "valid_from": info.valid_from, "valid_to": info.valid_to,
                  "symbol": info.symbol, "needs": ",".join(info.needs), "docx_sha256": info.sha256,
                  "size": len(data)}
        problems = _declaration_problems(values)  # what the server would refuse, refused here
        if problems:
            raise ValidationFailed(problems)
        p = PublishedTemplate.__table__  # type: ignore[attr-defined]
        with self.ws.db.read() as conn:  # also the rows whose .docx is not here (all_templates skips them)
            taken = conn.execute(select(p.c.id).where(p.c.key == info.key, p.c.template_version == info.version,
                                                      p.c.deleted == False)).first()  # noqa: E712
        if taken is not None:
            raise ValidationFailed([Problem("version", "template_version_exists",
                                            {"id": info.key, "version": info.version})])
        with self.ws.db.write() as tx:
            tx.conn.execute(Attachment.__table__.insert().prefix_with("OR IGNORE"),  # type: ignore[attr-defined]
                            {"sha256": info.sha256, "mime": DOCX_MIME, "size": len(data), "data": data})
            row_id = tx.insert(PublishedTemplate, values, unit_code=self.ws.unit_code, audit=False)
            tx.audit("template_published", "document_template", row_id, None,
                     {"id": info.key, "version": info.version, "title": info.title, "sha256": info.sha256,
                      "unit": self.ws.unit_code})
        return TemplateInfo(**{**info.__dict__, "origin": "province", "source": row_id})

    def withdraw_published(self, key: str, version: int) -> None:
        """The province withdraws a form it published (a tombstone, synced: it leaves every
        commune's list at their next sync). Province admin only, as publishing."""
        self.ws.require(perm.EDIT_RULES)
        if len(self.ws.unit_code) != 2 or self.ws.role != Role.PROVINCE_ADMIN:
            raise ValidationFailed([Problem("publish", "template_publish_province_only")])
        p = PublishedTemplate.__table__  # type: ignore[attr-defined]
        with self.ws.db.write() as tx:
            row_id = tx.conn.execute(select(p.c.id).where(p.c.key == key, p.c.template_version == version,
                                                          p.c.deleted == False)).scalar()  # noqa: E712
            if row_id is None:
                raise NotFound("document_template", f"{key} v{version}")
            tx.delete(PublishedTemplate, row_id, detail={"id": key, "version": version})

    def preview(self, source: Path | str | bytes | TemplateInfo, on: dt.date | None = None) -> bytes:
        """A form filled for a made-up person of this unit (nothing stored, no number used)."""
        on = on or self.ws.today()
        if isinstance(source, TemplateInfo):
            info: TemplateInfo | None = source
            data = self.template_bytes(source)
        else:
            info = None
            data = source if isinstance(source, bytes) else Path(source).read_bytes()
        check_placeholders(data)
        return render(data, sample_data(self.ws, info, on))

    # -- documents --------------------------------------------------------------------------
    @property
    def device_code(self) -> str:
        """This laptop's part of a document number: 6 letters of its device id (random)."""
        return self.ws.device_id[-6:].upper()

    def data(self, key: str, *, on: dt.date | None = None, **refs: Any) -> DocumentData:
        """The facts a document of template `key` would carry (no number given yet)."""
        on = on or self.ws.today()
        return gather(self.ws, template=self.template(key, on), on=on, **refs)

    def make(self, key: str, *, person_id: str | None = None, case_id: str | None = None,
             session_id: str | None = None, tip_id: str | None = None, on: dt.date | None = None,
             out: Path | str | None = None, period_start: dt.date | None = None,
             signer: str | None = None) -> MadeDocument:
        """Fills the template of `key` in force on `on` (today) from the register, numbers it,
        keeps it in the register and audits it (one transaction), and writes it to `out`."""
        on = on or self.ws.today()
        info = self.template(key, on)
        # A document is about someone or something; what the register does not hold (no case,
        # no session for this person) prints as lines to fill by hand, never a refusal.
        if not (person_id or session_id or tip_id or case_id):
            raise ValidationFailed([Problem("person", "required")])
        template = self.template_bytes(info)
        draft = gather(self.ws, template=info, on=on, person_id=person_id, case_id=case_id, session_id=session_id,
                       tip_id=tip_id, period_start=period_start, signer=signer)
        unit_code = draft.unit.code or self.ws.unit_code
        self.ws.check_unit(unit_code)
        kind = unit_data(draft.unit.name).kind
        g = GeneratedDocument.__table__  # type: ignore[attr-defined]
        doc_id = uuid7()
        with self.ws.db.write() as tx:
            seq = (tx.conn.execute(select(func.max(g.c.seq)).where(
                g.c.unit_code == unit_code, g.c.year == on.year, g.c.device_code == self.device_code)).scalar() or 0) + 1
            number = f"{seq:02d}.{self.device_code}/{number_symbol(info.symbol, kind)}"
            filled = draft.model_copy(update={"doc": draft.doc.model_copy(
                update={"number": number, "number_line": f"Số: {number}"})})
            data = render(template, filled)
            person = person_id or (filled.person.id or None)
            tx.conn.execute(g.insert(), {
                "id": doc_id, "unit_code": unit_code, "year": on.year, "device_code": self.device_code,
                "seq": seq, "number": number, "template_key": info.key, "template_version": info.version,
                "template_sha256": info.sha256, "title": info.title, "person_id": person,
                "case_id": case_id or (filled.case.id or None), "session_id": session_id, "tip_id": tip_id,
                "doc_date": on, "created_by": self.ws.username, "created_at": dt.datetime.now(dt.UTC),
                "size": len(data), "data": data})
            tx.audit("document_made", "document", doc_id, person, {
                "template": info.key, "version": info.version, "number": number, "title": info.title,
                "date": on.isoformat(), "file": Path(out).name if out else ""})
        path = write_out(out, data) if out is not None else None
        return MadeDocument(doc_id, path, number, info.key, info.version, info.title, data)

    def kept(self, *, person_id: str | None = None, session_id: str | None = None) -> list[KeptDocument]:
        """The documents kept for a person (or a session), newest first."""
        g = GeneratedDocument.__table__  # type: ignore[attr-defined]
        conds = []
        if person_id:
            conds.append(g.c.person_id == person_id)
        if session_id:
            conds.append(g.c.session_id == session_id)
        cols = [c for c in g.c if c.name in KeptDocument.__dataclass_fields__]
        with self.ws.db.read() as conn:
            rows = conn.execute(select(*cols).where(*conds).order_by(g.c.created_at.desc())).mappings().all()
        return [KeptDocument(**dict(r)) for r in rows]

    def kept_bytes(self, doc_id: str) -> bytes:
        g = GeneratedDocument.__table__  # type: ignore[attr-defined]
        with self.ws.db.read() as conn:
            row = conn.execute(select(g.c.data, g.c.person_id).where(g.c.id == doc_id)).first()
        if row is None:
            raise NotFound("document", doc_id)
        self.ws.audit.record("export", entity="document", entity_id=doc_id, person_id=row[1],
                             detail={"what": "document_copy"})
        return bytes(row[0])


def _declaration_problems(values: dict[str, Any]) -> list[Problem]:
    """The published row checked against its declaration (domain/records.py), as the server
    checks it: a field too long or out of range is a problem naming it."""
    from pydantic import ValidationError

    from desktop_app.core.domain.records import PublishedTemplateBase

    try:
        PublishedTemplateBase.model_validate(values)
    except ValidationError as e:
        out = []
        for err in e.errors():
            name = str(err["loc"][0]) if err["loc"] else "template"
            limit = (err.get("ctx") or {}).get("max_length")
            out.append(Problem(name, "too_long", {"max": limit}) if err["type"] == "string_too_long"
                       else Problem(name, "invalid_value"))
        return out
    return []


DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def write_out(out: Path | str, data: bytes) -> Path:
    """`data` written to `out` through a temporary name (a reader never sees half a file; a file
    held open by Word is retried on Windows). A failure is StoreError("disk_write_failed"): the
    document is kept in the register all the same, and can be written out again."""
    path = Path(out)
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open_private(tmp, "wb") as f:  # a document names a person: 0600 (issue 16)
            f.write(data)
        replace_file(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise StoreError("disk_write_failed", f"{path}: {e.strerror or e}") from e
    return path


def _slug(name: str) -> str:
    from desktop_app.core.textvn import fold

    out = "".join(ch if ch.isalnum() else "-" for ch in fold(name))
    return "-".join(p for p in out.split("-") if p)[:60] or "mau"
