"""The security models sheet: a model is found by its name, kind and area."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from desktop_app.core.importing import values as V
from desktop_app.core.importing.headers import HeaderMap
from desktop_app.core.importing.matching import key_text
from desktop_app.core.importing.results import CREATED, ERROR, UNCHANGED, UPDATED, RowError, RowOutcome
from desktop_app.core.importing.rows import cell_parser

if TYPE_CHECKING:
    from desktop_app.core.importing.engine import Importer

# -- security models -------------------------------------------------------------------------
MODEL_FIELDS = {"name": "name", "kind": "kind", "area": "area", "established_on": "established_on",
                "status": "status"}

def model_row(imp: "Importer", sheet: str, hm: HeaderMap, rownum: int, cells: list[Any]) -> RowOutcome:
    get, errors, parse = cell_parser(sheet, hm, rownum, cells)

    name = V.text(get("name"))
    if not name:
        errors.append(RowError(sheet, rownum, hm.headers.get("name"), "required"))
    kind = parse("kind", V.model_kind)
    area = V.text(get("area"))
    established = parse("established_on", lambda v: V.full_date(v, today=imp.today))
    status = parse("status", V.model_status)
    if errors:
        return RowOutcome(sheet, rownum, ERROR, name, errors=errors)
    call: Callable[[Callable[[], Any]], Any] = lambda fn: imp.service_call(sheet, rownum, hm, fn, MODEL_FIELDS)  # noqa: E731
    known = imp.cache.models_of(kind.value)
    match = known.get((key_text(name), key_text(area)))
    data = {"name": name, "kind": kind.value, "area": area, "established_on": established,
            "status": status.value}
    if match is None:
        mid = call(lambda: imp.ws.models.add(data)).created_id
        imp.remember(known, (key_text(name), key_text(area)),
                       _ModelStub(mid, name, area, established, status.value))
        return RowOutcome(sheet, rownum, CREATED, name, detail={"model_id": mid})
    new = {**data, "name": match.name, "area": match.area,
           "established_on": established or match.established_on}
    if new["established_on"] == match.established_on and new["status"] == match.status:
        return RowOutcome(sheet, rownum, UNCHANGED, name, detail={"model_id": match.id})
    call(lambda: imp.ws.models.update(match.id, new))
    imp.remember(known, (key_text(name), key_text(area)),
                   _ModelStub(match.id, match.name, match.area, new["established_on"], new["status"]))
    return RowOutcome(sheet, rownum, UPDATED, name, detail={"model_id": match.id})




@dataclass
class _ModelStub:
    id: str
    name: str
    area: str
    established_on: dt.date | None
    status: str

