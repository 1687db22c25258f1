"""Security models of the movement (mô hình): self-managed boarding houses, "4 an toàn", …"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlmodel import col

from desktop_app.core.domain.schemas import ModelIn, ModelView, Page, parse_input
from desktop_app.core.errors import NotFound, Problem
from desktop_app.core.services.cases import settle
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.tables import SecurityModel
from desktop_app.core.textvn import text_collation_key

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


class ModelService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def _row(self, model_id: str) -> dict[str, Any]:
        with self.ws._read() as conn:
            row = conn.execute(select(SecurityModel.__table__).where(  # type: ignore[attr-defined]
                col(SecurityModel.id) == model_id, col(SecurityModel.deleted) == False)).mappings().first()  # noqa: E712
        scope = self.ws.scope_units()
        if row is None or (scope is not None and row["unit_code"] not in scope):
            raise NotFound("security_model", model_id)
        return dict(row)

    def _norm(self, inp: ModelIn) -> dict[str, Any]:
        problems = []
        if inp.established_on and inp.established_on > self.ws.today():
            problems.append(Problem("established_on", "date_in_future", {"value": inp.established_on.isoformat()}))
        settle(problems, None)
        return {**inp.model_dump(), "kind": inp.kind.value, "status": inp.status.value}

    def add(self, data: ModelIn | dict[str, Any], *, unit_code: str | None = None) -> Changes:
        inp = parse_input(ModelIn, data)
        unit_code = unit_code or self.ws.default_unit()
        self.ws.check_unit(unit_code)
        row = self._norm(inp)
        with self.ws._write() as tx:
            mid = tx.insert(SecurityModel, row, unit_code=unit_code)
        return Changes(models=True, created_id=mid)

    def update(self, model_id: str, data: ModelIn | dict[str, Any]) -> Changes:
        inp = parse_input(ModelIn, data)
        current = self._row(model_id)
        self.ws.check_unit(current["unit_code"])
        with self.ws._write() as tx:
            diff = tx.update(SecurityModel, model_id, self._norm(inp))
        return Changes(models=bool(diff))

    def get(self, model_id: str) -> ModelView:
        return ModelView.model_validate(self._row(model_id))

    def areas(self, *, kind: str | None = None) -> list[str]:
        """The areas (thôn, tổ dân phố…) that have a live model (of `kind`), in Vietnamese order:
        the choices of the page's area filter and the completion of the dialog's area field."""
        t = SecurityModel.__table__  # type: ignore[attr-defined]
        conds = [t.c.deleted == False, t.c.area != ""]  # noqa: E712
        scope = self.ws.scope_units()
        if scope is not None:
            conds.append(t.c.unit_code.in_(scope))
        if kind:
            conds.append(t.c.kind == kind)
        with self.ws._read() as conn:
            areas = conn.execute(select(t.c.area).where(*conds).distinct()).scalars().all()
        return sorted(areas, key=text_collation_key)

    def list(self, *, kind: str | None = None, area: str | None = None, limit: int = 500,
             offset: int = 0) -> Page:
        t = SecurityModel.__table__  # type: ignore[attr-defined]
        conds = [t.c.deleted == False]  # noqa: E712
        scope = self.ws.scope_units()
        if scope is not None:
            conds.append(t.c.unit_code.in_(scope))
        if kind:
            conds.append(t.c.kind == kind)
        if area:
            conds.append(t.c.area == area)
        with self.ws._read() as conn:
            rows = conn.execute(select(t).where(*conds).order_by(t.c.kind, t.c.name)
                                .limit(limit).offset(offset)).mappings().all()
            total = conn.execute(select(func.count()).select_from(t).where(*conds)).scalar_one()
        return Page(rows=tuple(ModelView.model_validate(r) for r in rows), total=total,
                    offset=offset, limit=limit)
