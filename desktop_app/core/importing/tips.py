"""The citizen tips sheet: a tip is found by its date and content."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from desktop_app.core.domain.dates import format_date
from desktop_app.core.importing import values as V
from desktop_app.core.importing.headers import HeaderMap
from desktop_app.core.importing.matching import key_text
from desktop_app.core.importing.results import CREATED, ERROR, UNCHANGED, UPDATED, RowError, RowOutcome
from desktop_app.core.importing.rows import cell_parser, multiline
from desktop_app.core.textvn import fold

if TYPE_CHECKING:
    from desktop_app.core.importing.engine import Importer

# -- tips --------------------------------------------------------------------------------
TIP_FIELDS = {"received_on": "received_on", "channel": "channel", "reporter_name": "reporter",
              "reporter_contact": "reporter", "anonymous": "reporter", "content": "content",
              "valuable": "valuable", "result": "result"}
_ANONYMOUS = {"nac danh", "an danh", "giau ten", "khong ro", "khong ro nguoi bao",
              "khong", "khong ro danh tinh", "dau ten", "anonymous"}

def tip_row(imp: "Importer", sheet: str, hm: HeaderMap, rownum: int, cells: list[Any]) -> RowOutcome:
    get, errors, parse = cell_parser(sheet, hm, rownum, cells)

    received = parse("received_on", lambda v: V.full_date(v, today=imp.today))
    if received is None and not any(e.column == hm.headers.get("received_on") for e in errors):
        errors.append(RowError(sheet, rownum, hm.headers.get("received_on"), "required"))
    channel = parse("channel", V.tip_channel)
    valuable = parse("valuable", V.flag)
    content = multiline(get("content"))
    if not content:
        errors.append(RowError(sheet, rownum, hm.headers.get("content"), "required"))
    reporter = V.text(get("reporter"))
    result = multiline(get("result"))
    label = f"{format_date(received)} {content[:40]}" if received else content[:40]
    if errors:
        return RowOutcome(sheet, rownum, ERROR, label, errors=errors)
    anonymous = not reporter or fold(reporter).strip(" .") in _ANONYMOUS
    call: Callable[[Callable[[], Any]], Any] = lambda fn: imp.service_call(sheet, rownum, hm, fn, TIP_FIELDS)  # noqa: E731
    known = imp.cache.tips_on(received)
    match = known.get(key_text(content))
    if match is None:
        data = {"received_on": received, "channel": channel.value, "anonymous": anonymous,
                "reporter_name": "" if anonymous else reporter, "content": content,
                "valuable": valuable, "result": result}
        changes = call(lambda: imp.ws.tips.add(data))
        imp.remember(known, key_text(content), _TipStub(changes.created_id, valuable, result))
        return RowOutcome(sheet, rownum, CREATED, label, detail={"tip_id": changes.created_id})
    new_valuable = match.valuable if valuable is None else valuable
    new_result = match.result if not result else result
    if new_valuable == match.valuable and new_result == match.result:
        return RowOutcome(sheet, rownum, UNCHANGED, label, detail={"tip_id": match.id})
    call(lambda: imp.ws.tips.mark(match.id, valuable=new_valuable, result=new_result))
    imp.remember(known, key_text(content), _TipStub(match.id, new_valuable, new_result))
    return RowOutcome(sheet, rownum, UPDATED, label, detail={"tip_id": match.id})



@dataclass
class _TipStub:
    id: str
    valuable: bool | None
    result: str

