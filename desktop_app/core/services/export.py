"""`wardbook export`: a complete, stable, sorted dump of every live record in scope.

Used by tests (two replicas in the same scope must give identical dumps), by the sync hash check
and as a readable archive. Sync bookkeeping that legitimately differs between replicas (server
version, HLCs, outbox) is left out; tombstoned rows are left out.

`write()` is the export a person takes away (issue 16, item 7): chief or province admin only
(perm.EXPORT, checked here, not in the CLI), confirmed by the caller, watermarked inside the JSON
(who, when, unit, the "MẬT" banner), written 0600, optionally encrypted to a password
(store/exportfile.py: Argon2id + AES-256-GCM), and audited ("export", entity "register")."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlmodel import col

from desktop_app.core.domain.sealed import SEALED_FIELDS
from desktop_app.core.errors import Problem, ValidationFailed
from desktop_app.core.services import permissions as perm
from desktop_app.core.services.base import jsonable
from desktop_app.core.store import exportfile
from desktop_app.core.store.tables import SYNCED_TABLES, AdminUnit, AppUser, Rule
from desktop_app.vocabulary import text

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

FORMAT = "wardbook-export"
LOCAL_ONLY = ("version", "updated_hlc", "field_hlc", "deleted")
MIN_EXPORT_PASSWORD = 10


def banner() -> str:
    """The classification line inside every export: always Vietnamese (the file is a police
    document whatever the interface language)."""
    return text("export", "banner", lang="vi")


@dataclass(frozen=True)
class ExportWritten:
    path: Path
    counts: dict[str, int]
    encrypted: bool
    watermark: dict[str, Any]


class ExportService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def dump(self, *, audit: bool = True) -> dict[str, Any]:
        self.ws.require(perm.EXPORT)
        scope = self.ws.scope_units()
        out: dict[str, Any] = {"format": FORMAT, "version": 1, "register_unit": self.ws.unit_code,
                               "scope": scope, "tables": {}}
        with self.ws._read() as conn:
            for name in sorted(SYNCED_TABLES):
                t = SYNCED_TABLES[name].__table__  # type: ignore[attr-defined]
                q = select(t).where(t.c.deleted == False)  # noqa: E712
                if scope is not None:
                    q = q.where(t.c.unit_code.in_(scope))
                rows = conn.execute(q.order_by(t.c.id)).mappings().all()
                out["tables"][name] = [
                    {k: jsonable(v) for k, v in sorted(r.items()) if k not in LOCAL_ONLY} for r in rows
                ]
                sealed = SEALED_FIELDS.get(name, {})
                for r in out["tables"][name] if sealed else ():
                    # the export is an entitled role's (EXPORT): opened where this register's
                    # sensitive key opens them, left sealed where it does not (issue 16)
                    for k in sealed:
                        opened = self.ws.sensitive.open(name, k, r.get(k))
                        if opened is not None:
                            r[k] = opened
            units = conn.execute(select(AdminUnit.__table__).order_by(  # type: ignore[attr-defined]
                col(AdminUnit.code), col(AdminUnit.valid_from))).mappings()
            out["admin_units"] = [{k: jsonable(v) for k, v in sorted(r.items()) if k != "id"} for r in units]
            rules = conn.execute(select(Rule.__table__).order_by(  # type: ignore[attr-defined]
                col(Rule.key), col(Rule.category), col(Rule.valid_from))).mappings()
            out["rules"] = [{k: jsonable(v) for k, v in sorted(r.items()) if k != "id"} for r in rules]
            users = conn.execute(select(col(AppUser.username), col(AppUser.full_name), col(AppUser.role),
                                        col(AppUser.unit_code), col(AppUser.active)).order_by(
                col(AppUser.username))).mappings()
            out["users"] = [dict(r) for r in users]
        out["counts"] = {k: len(v) for k, v in out["tables"].items()}
        if audit:
            self.ws.audit.record("export", entity="register", detail={"format": "json", "counts": out["counts"]})
        return out

    def write(self, out: Path | str, *, confirmed: bool, password: str | None = None,
              now: dt.datetime | None = None) -> ExportWritten:
        """The register's JSON export to `out`, for a chief or a province admin only. `confirmed`
        must be True (the caller asked the person, or a script said --yes); `password` encrypts
        the file (at least MIN_EXPORT_PASSWORD characters). Audited once the file is in place;
        if the audit row cannot be written the file is removed again."""
        self.ws.require(perm.EXPORT)
        if not confirmed:
            raise ValidationFailed([Problem("confirm", "export_not_confirmed")])
        if password is not None and len(password) < MIN_EXPORT_PASSWORD:
            raise ValidationFailed([Problem("password", "password_too_short", {"min": MIN_EXPORT_PASSWORD})])
        out = Path(out)
        at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        dump = self.dump(audit=False)
        mark = {"banner": banner(), "exported_by": self.ws.username, "full_name": self.ws.full_name,
                "role": self.ws.role.value, "exported_at": at.isoformat(timespec="seconds"),
                "unit_code": self.ws.unit_code, "unit_name": self.ws.unit_name,
                "device_id": self.ws.device_id, "register_id": self.ws.register_id}
        doc = {"watermark": mark, **dump}
        plain = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        data = exportfile.encrypt(plain, password) if password is not None else plain
        exportfile.write_private(out, data)
        try:
            self.ws.audit.record("export", entity="register", detail={
                "format": "json", "counts": dump["counts"], "file": out.name,
                "encrypted": password is not None, "exported_at": mark["exported_at"]})
        except BaseException:
            out.unlink(missing_ok=True)
            raise
        return ExportWritten(out, dump["counts"], password is not None, mark)
