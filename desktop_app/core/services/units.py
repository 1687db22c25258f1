"""Administrative units (versioned) and the rule table."""

from __future__ import annotations

import builtins
import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlmodel import col

from desktop_app.core.domain.rules import RuleBook, RuleRow
from desktop_app.core.domain.schemas import UnitView
from desktop_app.core.domain.units import province_police
from desktop_app.core.errors import Problem, ValidationFailed
from desktop_app.core.services import permissions as perm
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.tables import AdminUnit, Rule
from desktop_app.core.textvn import fold

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


class UnitService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def load(self, units: list[dict[str, Any]]) -> Changes:
        """Adds or renames units (code, name, level, parent_code, valid_from…). A renamed unit
        closes its old row and opens a new one: history is never rewritten."""
        self.ws.require(perm.EDIT_RULES)
        problems = []
        for i, u in enumerate(units):
            code = str(u.get("code", ""))
            if not code.isdigit() or len(code) not in (2, 5):
                problems.append(Problem(f"units.{i}.code", "unit_code_format", {"value": code}))
            if not str(u.get("name", "")).strip():
                problems.append(Problem(f"units.{i}.name", "required"))
        if problems:
            raise ValidationFailed(problems)
        with self.ws._write() as tx:
            for i, u in enumerate(units):
                code, name = str(u["code"]), str(u["name"]).strip()
                valid_from = u.get("valid_from") or dt.date(2025, 7, 1)
                current = tx.conn.execute(select(AdminUnit.__table__).where(  # type: ignore[attr-defined]
                    col(AdminUnit.code) == code, col(AdminUnit.valid_to).is_(None))).mappings().first()
                if current and current["name"] == name:
                    continue
                if current and valid_from <= current["valid_from"]:
                    # A change must start after the row in force: closing that row earlier
                    # would rewrite history (or collide with it on the same date).
                    problems.append(Problem(f"units.{i}.valid_from", "unit_change_not_after_current",
                                            {"value": valid_from.isoformat(),
                                             "current_from": current["valid_from"].isoformat()}))
                    continue
                if current:
                    tx.conn.execute(AdminUnit.__table__.update().where(  # type: ignore[attr-defined]
                        AdminUnit.id == current["id"]).values(valid_to=valid_from))
                tx.conn.execute(AdminUnit.__table__.insert(), {  # type: ignore[attr-defined]
                    "code": code, "name": name, "level": u.get("level") or ("province" if len(code) == 2 else "commune"),
                    "parent_code": u.get("parent_code"), "scheme": u.get("scheme", "2025"),
                    "valid_from": valid_from, "valid_to": None, "successor_code": None,
                    "name_folded": fold(name)})
            if problems:
                raise ValidationFailed(problems)  # rolls back the whole batch
            tx.audit("units_loaded", "admin_unit", "", None, {"count": len(units)})
        return Changes(units=True)

    def list(self, *, level: str | None = None, on: dt.date | None = None,
             parent_code: str | None = None) -> list[UnitView]:
        on = on or self.ws.today()
        t = AdminUnit.__table__  # type: ignore[attr-defined]
        conds = [t.c.valid_from <= on, (t.c.valid_to.is_(None)) | (t.c.valid_to > on)]
        if level:
            conds.append(t.c.level == level)
        if parent_code:
            conds.append(t.c.parent_code == parent_code)
        with self.ws._read() as conn:
            rows = conn.execute(select(t).where(*conds).order_by(t.c.code)).mappings().all()
        return [UnitView.model_validate(r) for r in rows]

    def name(self, code: str, on: dt.date | None = None) -> str | None:
        for u in self.list(on=on):
            if u.code == code:
                return u.name
        return None

    def superior_agency(self, code: str) -> str:
        """The agency line above a unit's own on its official documents (Decree 30): a
        commune's provincial police, "Bộ Công an" for a province; "" when the commune's
        province is not known (a register created without it)."""
        if len(code) == 2:
            return "Bộ Công an"
        units = {u.code: u for u in self.list()}
        unit = units.get(code)
        province = units.get(unit.parent_code) if unit is not None and unit.parent_code else None
        return province_police(province.code, province.name) if province is not None else ""

    def complete(self, text: str, limit: int = 20) -> builtins.list[UnitView]:  # `list`: the method above
        """Units whose folded name or code starts with, or contains, the typed text."""
        f = fold(text)
        units = self.list()
        hits = [u for u in units if u.code.startswith(text.strip()) or f in fold(u.name)]
        hits.sort(key=lambda u: (not fold(u.name).startswith(f), u.level != "commune", u.name))
        return hits[:limit]


class RuleService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def list(self) -> list[RuleRow]:
        return self.ws.rules.rows()

    def set(self, key: str, value: Any, *, category: str | None = None,
            valid_from: dt.date, note: str = "") -> Changes:
        """A new value from `valid_from` on; the row in force until then is closed, not
        overwritten, so records made under the old rule keep their meaning."""
        self.ws.require(perm.EDIT_RULES)
        examples = [r.value for r in self.ws.rules.rows() if r.key == key]
        if not examples:
            raise ValidationFailed([Problem("key", "unknown_rule", {"value": key})])
        if not _same_shape(value, examples[0]):
            # The computations unpack these values (e.g. [min, max]); a wrong shape would
            # break every later write that consults the rule.
            raise ValidationFailed([Problem("value", "rule_value_shape",
                                            {"key": key, "expected": json.dumps(examples[0], ensure_ascii=False)})])
        with self.ws._write() as tx:
            t = Rule.__table__  # type: ignore[attr-defined]
            tx.conn.execute(t.update().where(
                t.c.key == key, t.c.category.is_(category) if category is None else t.c.category == category,
                # `<=`: a correction from the same date supersedes the row it corrects (which
                # is kept, closed on its first day, so it is never in force).
                t.c.valid_to.is_(None), t.c.valid_from <= valid_from).values(valid_to=valid_from))
            tx.conn.execute(t.insert(), {"key": key, "category": category,
                                         "value_json": json.dumps(value, ensure_ascii=False),
                                         "valid_from": valid_from, "valid_to": None, "basis": "M",
                                         "note": note})
            tx.audit("rule_changed", "rule", key, None,
                     {"category": category, "value": value, "valid_from": valid_from.isoformat()})
        self.ws.rules = RuleBook(self.ws._load_rules())
        return Changes(rules=True)


def _same_shape(value: Any, example: Any) -> bool:
    """True when `value` has the JSON shape of `example`: numbers for numbers, lists of the same
    length, dicts with the same keys, recursively."""
    if isinstance(example, bool) or isinstance(value, bool):
        return isinstance(example, bool) and isinstance(value, bool)
    if isinstance(example, (int, float)):
        return isinstance(value, (int, float))
    if isinstance(example, (list, tuple)):
        return (isinstance(value, (list, tuple)) and len(value) == len(example)
                and all(_same_shape(v, e) for v, e in zip(value, example)))
    if isinstance(example, dict):
        return (isinstance(value, dict) and set(map(str, value)) == set(map(str, example))
                and all(_same_shape(value[k], example[k]) for k in value))
    return isinstance(value, type(example))
