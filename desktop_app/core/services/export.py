"""`wardbook export`: a complete, stable, sorted dump of every live record in scope.

Used by tests (two replicas in the same scope must give identical dumps), by the sync hash check
and as a readable archive. Sync bookkeeping that legitimately differs between replicas (server
version, HLCs, outbox) is left out; tombstoned rows are left out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlmodel import col

from desktop_app.core.services import permissions as perm
from desktop_app.core.services.base import jsonable
from desktop_app.core.store.tables import SYNCED_TABLES, AdminUnit, AppUser, Rule

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

FORMAT = "wardbook-export"
LOCAL_ONLY = ("version", "updated_hlc", "field_hlc", "deleted")


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
