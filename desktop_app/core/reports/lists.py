"""Lists to Excel (issue 5, item 4): the people list (with the page's search and filters), the
due list, and one person's file. Read only through the Workspace services, so scope and the
sensitive-field rules apply as on screen; every workbook carries the watermark (user and time)
on each sheet and in the print footer, and every export is audit-logged ("export").

    export_people_xlsx(ws, "ds.xlsx", query="an", category="suspended_sentence")
    export_due_xlsx(ws, "viec.xlsx", officer="canbo1")
    export_person_file_xlsx(ws, person_id, "hoso.xlsx")

Column headers are Vietnamese; full dates are real Excel dates shown as dd/mm/yyyy, partial
birth dates ("1990", "03/1990") are text as the register keeps them. Files are written to a
temporary name first and moved into place, so a failed export never leaves half a workbook.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence

from desktop_app.core.domain.dates import PartialDate, format_date
from desktop_app.core.domain.vocab import (
    CATEGORY_LABEL_VI,
    CONTACT_LABEL_VI,
    OPEN_STATUSES,
    STATUS_LABEL_VI,
    status_label_vi,
)
from desktop_app.core.reports.layout import watermark_text
from desktop_app.core.services import permissions as perm
from desktop_app.core.store.files import replace_file
from desktop_app.core.store.private import make_private
from desktop_app.vocabulary import table

if TYPE_CHECKING:
    from openpyxl import Workbook

    from desktop_app.core.domain.schemas import SessionView, TimelineEntry
    from desktop_app.core.services.workspace import Workspace

__all__ = ["ListExport", "export_people_xlsx", "export_due_xlsx", "export_person_file_xlsx",
           "DUE_KIND_LABEL_VI", "DATE_FORMAT"]

DATE_FORMAT = "DD/MM/YYYY"
HEADER_ROW = 5  # title, subtitle, watermark, blank, then the column headers
PAGE = 2000

DUE_KIND_LABEL_VI = {"assessment": "Đánh giá định kỳ", "visit": "Thăm gặp",
                     "case_ending": "Sắp hết thời hạn",
                     "record_clearing": "Đến hạn xóa án tích / coi như chưa bị áp dụng",
                     "review": "Rà soát, phân loại",
                     "record_clearing_court": "Xóa án tích (cần quyết định của Tòa án)",
                     "never_applied": "Được coi là chưa bị áp dụng",
                     "revocation_request": "Đề nghị Tòa án buộc chấp hành án phạt tù"}
DUE_KIND_ORDER = ["assessment", "visit", "case_ending", "review", "revocation_request", "record_clearing",
                  "record_clearing_court", "never_applied"]
_DATE_COMES = frozenset({"record_clearing", "record_clearing_court", "never_applied"})
GENDER_VI = table("gender")  # the one catalogue's words (documents are Vietnamese)
TIMELINE_KIND_VI = table("record_kind")
PERIOD_KIND_VI = {"month": "Tháng", "quarter": "Quý", "half": "6 tháng", "year": "Năm"}
EVENT_KIND_VI = {"extension": "Gia hạn", "reduction": "Rút ngắn thời hạn",
                 "exemption": "Miễn chấp hành", "transfer_out": "Chuyển đi",
                 "transfer_in": "Chuyển đến", "new_conviction": "Phạm tội mới"}
ABSENCE_VI = {"permitted": "Có phép", "unauthorised": "Không phép"}


@dataclass(frozen=True)
class ListExport:
    path: Path
    rows: int  # data rows written (people, due items, or a person's cases)
    watermark: str


# -------------------------------------------------------------------------------------------
# Small helpers


def _label(table: Mapping[Any, str], key: str | None) -> str:
    if not key:
        return ""
    for k, v in table.items():
        if k == key:
            return v
    return key


def _birth(stored: str | None) -> str:
    if not stored:
        return ""
    try:
        return PartialDate.from_storage(stored).display()
    except Exception:  # noqa: BLE001 - a value the register kept as typed
        return stored


def _when(days: int) -> str:
    if days < 0:
        return f"Quá hạn {-days} ngày"
    if days == 0:
        return "Hôm nay"
    return f"Còn {days} ngày"


class _Sheet:
    """One list on one worksheet: title, subtitle, watermark, header row, rows; borders,
    widths, frozen header, autofilter, A4 print setup with the watermark in the footer."""

    def __init__(self, wb: Any, name: str, *, first: bool = False):
        self.ws = wb.active if first else wb.create_sheet()
        self.ws.title = name[:31]

    def write(self, *, title: str, subtitle: str, watermark: str, headers: Sequence[str],
              rows: Iterable[Sequence[Any]], widths: Sequence[int], landscape: bool = True) -> int:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
        from openpyxl.utils import get_column_letter

        ws = self.ws
        thin = Side(style="thin", color="000000")
        box = Border(top=thin, bottom=thin, left=thin, right=thin)
        ws.cell(1, 1, title).font = Font(bold=True, size=13)
        ws.cell(2, 1, subtitle).font = Font(italic=True)
        ws.cell(3, 1, watermark).font = Font(italic=True, size=8, color="707070")
        for j, h in enumerate(headers, start=1):
            c = ws.cell(HEADER_ROW, j, h)
            c.font, c.border = Font(bold=True), box
            c.fill = PatternFill("solid", fgColor="F2F2F2")
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[HEADER_ROW].height = 30
        n = 0
        for n, values in enumerate(rows, start=1):
            for j, v in enumerate(values, start=1):
                c = ws.cell(HEADER_ROW + n, j, None if v == "" else v)
                c.border = box
                c.alignment = Alignment(vertical="top", wrap_text=True,
                                        horizontal="center" if j == 1 else None)
                if isinstance(v, dt.date):
                    c.number_format = DATE_FORMAT
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(j)].width = w
        ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
        if n:
            ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(headers))}{HEADER_ROW + n}"
        ws.oddHeader.center.text = title
        ws.oddFooter.center.text = watermark
        ws.oddFooter.right.text = "&P/&N"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        return n

    def pairs(self, *, title: str, subtitle: str, watermark: str,
              items: Sequence[tuple[str, Any]]) -> None:
        """A two-column label: value block (a person's identity)."""
        from openpyxl.styles import Alignment, Font

        ws = self.ws
        ws.cell(1, 1, title).font = Font(bold=True, size=13)
        ws.cell(2, 1, subtitle).font = Font(italic=True)
        ws.cell(3, 1, watermark).font = Font(italic=True, size=8, color="707070")
        for i, (label, value) in enumerate(items):
            ws.cell(HEADER_ROW + i, 1, label).font = Font(bold=True)
            c = ws.cell(HEADER_ROW + i, 2, None if value in ("", None) else value)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(value, dt.date):
                c.number_format = DATE_FORMAT
        ws.column_dimensions["A"].width = 26
        ws.column_dimensions["B"].width = 70
        ws.oddHeader.center.text = title
        ws.oddFooter.center.text = watermark
        ws.page_setup.paperSize = ws.PAPERSIZE_A4


def _save(wb: Any, path: Path, *, title: str, user: str, watermark: str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.title = title
    wb.properties.creator = user
    wb.properties.description = watermark
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        wb.save(tmp)
        make_private(tmp)  # personal data: 0600 (issue 16)
        replace_file(tmp, path)  # Windows: retried while another program holds it
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def _new_workbook() -> Workbook:
    from openpyxl import Workbook

    return Workbook()


# -------------------------------------------------------------------------------------------
# People


def _all_pages(fetch: Callable[[int], Any]) -> list[Any]:
    out: list[Any] = []
    offset = 0
    while True:
        page = fetch(offset)
        out.extend(page.rows)
        offset += PAGE
        if len(page.rows) < PAGE:
            return out


def _people(ws: "Workspace", query: str, filters: dict[str, Any]) -> list[Any]:
    """The rows the People page shows for the same search text and filters, all of them."""
    active = {k: v for k, v in filters.items() if v}
    return _all_pages(lambda o: ws.persons.search(query, limit=PAGE, offset=o, **active))


_DUE_FILTER_VI = {"due": "có việc đến hạn", "overdue": "có việc quá hạn"}


def _filter_text(ws: "Workspace", query: str, category: str | None, status: str | None,
                 officer: str | None, unit_code: str | None, due: str | None = None) -> str:
    parts = []
    if query.strip():
        parts.append(f"tìm “{query.strip()}”")
    if category:
        parts.append(f"loại đối tượng: {_label(CATEGORY_LABEL_VI, category)}")
    if status:
        parts.append(f"trạng thái hồ sơ: {_label(STATUS_LABEL_VI, status)}")
    if officer:
        parts.append(f"cán bộ phụ trách: {ws.users.full_names().get(officer, officer)}")
    if unit_code:
        parts.append(f"đơn vị: {unit_code}")
    if due:
        parts.append(_DUE_FILTER_VI.get(due, due))
    return "; ".join(parts) if parts else "toàn bộ danh sách"


def export_people_xlsx(ws: "Workspace", path: Path | str, *, query: str = "",
                       category: str | None = None, status: str | None = None,
                       officer: str | None = None, unit_code: str | None = None,
                       due: str | None = None) -> ListExport:
    """Everyone the People page lists for this search text and these filters (not only the rows
    loaded on screen), with the categories and officers of their open cases. Needs the export
    permission: the list carries many people's identity numbers."""
    ws.require(perm.EXPORT)
    at = dt.datetime.now()
    mark = watermark_text(ws.full_name, at)
    rows = _people(ws, query, {"category": category, "status": status, "officer": officer,
                               "unit_code": unit_code, "due": due})
    several_units = len({r.unit_code for r in rows}) > 1
    names = ws.users.full_names()

    def body() -> Iterator[list[Any]]:
        for i, r in enumerate(rows, start=1):
            cats, officers = [], []
            if r.open_cases:
                for c in ws.cases.for_person(r.id):
                    if c.status in OPEN_STATUSES:
                        cats.append(_label(CATEGORY_LABEL_VI, c.category))
                        officer_name = names.get(c.officer, c.officer)
                        if officer_name and officer_name not in officers:
                            officers.append(officer_name)
            out = [i, r.full_name, _birth(r.birth_date), _label(GENDER_VI, r.gender), r.cccd or "",
                   r.current_address, "; ".join(dict.fromkeys(cats)), ", ".join(officers)]
            if several_units:
                out.append(r.unit_code)
            yield out

    headers = ["TT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Nơi ở hiện tại",
               "Loại đối tượng (hồ sơ đang quản lý)", "Cán bộ phụ trách"]
    widths = [6, 26, 12, 9, 15, 38, 34, 16]
    if several_units:
        headers.append("Đơn vị")
        widths.append(10)
    wb = _new_workbook()
    title = "DANH SÁCH NGƯỜI VÀ HỒ SƠ QUẢN LÝ"
    filt = _filter_text(ws, query, category, status, officer, unit_code, due)
    n = _Sheet(wb, "Danh sách", first=True).write(
        title=title, subtitle=f"{ws.unit_name} — {filt} — {len(rows)} người",
        watermark=mark, headers=headers, rows=body(), widths=widths)
    path = _save(wb, Path(path), title=title, user=ws.full_name, watermark=mark)
    ws.audit.record("export", entity="people_list", detail={
        "format": "xlsx", "file": path.name, "rows": n, "query": query,
        "filters": {k: v for k, v in (("category", category), ("status", status),
                                      ("officer", officer), ("unit_code", unit_code)) if v},
        "watermark": mark})
    return ListExport(path, n, mark)


# -------------------------------------------------------------------------------------------
# Due list


def export_due_xlsx(ws: "Workspace", path: Path | str, *, on: dt.date | None = None,
                    officer: str | None = None) -> ListExport:
    """The due list as the Due page shows it (grouped by kind, most urgent first)."""
    on = on or ws.today()
    at = dt.datetime.now()
    mark = watermark_text(ws.full_name, at)
    order = {k: i for i, k in enumerate(DUE_KIND_ORDER)}
    items = sorted(ws.due.list(on=on, officer=officer),
                   key=lambda i: (order.get(i.kind, 9), i.days, i.full_name))
    names = ws.users.full_names()
    rows = [[n, _label(DUE_KIND_LABEL_VI, i.kind), i.due_date,
             ("Đến hạn" if i.days <= 0 else _when(i.days)) if i.kind in _DATE_COMES else _when(i.days), i.full_name,
             _label(CATEGORY_LABEL_VI, i.category), names.get(i.officer, i.officer)]
            for n, i in enumerate(items, start=1)]
    overdue = sum(1 for i in items if i.days < 0 and i.kind not in _DATE_COMES)
    who = f" — cán bộ phụ trách: {names.get(officer, officer)}" if officer else ""
    wb = _new_workbook()
    title = f"DANH SÁCH VIỆC ĐẾN HẠN NGÀY {format_date(on)}"
    n = _Sheet(wb, "Việc đến hạn", first=True).write(
        title=title, subtitle=f"{ws.unit_name}{who} — {len(items)} việc, {overdue} việc quá hạn",
        watermark=mark,
        headers=["TT", "Việc", "Hạn", "Tình trạng", "Họ và tên", "Loại đối tượng", "Cán bộ phụ trách"],
        rows=rows, widths=[6, 30, 12, 16, 26, 34, 16])
    path = _save(wb, Path(path), title=title, user=ws.full_name, watermark=mark)
    ws.audit.record("export", entity="due_list", detail={
        "format": "xlsx", "file": path.name, "rows": n, "on": on.isoformat(),
        "officer": officer, "watermark": mark})
    return ListExport(path, n, mark)


# -------------------------------------------------------------------------------------------
# A person's file


def _timeline_detail(e: TimelineEntry, names: dict[str, str] | None = None) -> str:
    d = e.data or {}
    if e.kind == "contact":
        out = _label(CONTACT_LABEL_VI, e.subkind)
        if d.get("officer"):
            out += f" — cán bộ {(names or {}).get(d['officer'], d['officer'])}"
        if d.get("compliant") is False:
            out += " — không chấp hành"
        return out
    if e.kind == "evaluation":
        out = f"{_label(PERIOD_KIND_VI, e.subkind)} từ {format_date(e.date)}"
        if d.get("classification"):
            out += f" — xếp loại {d['classification']}"
        return out
    if e.kind == "absence":
        out = _label(ABSENCE_VI, e.subkind)
        if d.get("end"):
            out += f" đến {format_date(dt.date.fromisoformat(d['end']))}"
        if d.get("destination"):
            out += f" — nơi đến: {d['destination']}"
        return out
    if e.kind == "violation":
        parts = [x for x in (d.get("record_number"), d.get("handling")) if x]
        return "; ".join(parts)
    if e.kind == "event":
        out = _label(EVENT_KIND_VI, e.subkind)
        if d.get("months"):
            out += f" {d['months']} tháng"
        if d.get("other_unit_code"):
            out += f" ({d['other_unit_code']})"
        return out
    return e.subkind


def export_person_file_xlsx(ws: "Workspace", person_id: str, path: Path | str) -> ListExport:
    """A person's file: identity, every case, the timeline of every case, sessions attended.
    Sensitive fields appear only for roles that may read them (the core blanks them)."""
    at = dt.datetime.now()
    mark = watermark_text(ws.full_name, at)
    p = ws.persons.get(person_id, audit=False)  # the export row below is the record of access
    cases = ws.cases.for_person(person_id)
    names = ws.users.full_names()
    timelines = {c.id: ws.cases.timeline(c.id) for c in cases}
    sessions: list[SessionView] = ws.sessions.for_person(person_id)
    subtitle = f"{ws.unit_name} — hồ sơ của {p.full_name}"
    wb = _new_workbook()
    ident: list[tuple[str, Any]] = [
        ("Họ và tên", p.full_name), ("Tên gọi khác", p.aliases), ("Ngày sinh", _birth(p.birth_date)),
        ("Giới tính", _label(GENDER_VI, p.gender)), ("Số CCCD", p.cccd or ""),
        ("Giấy tờ cũ", ", ".join(f"{d.kind.upper()} {d.number}" for d in p.old_ids)),
        ("Nơi thường trú", p.permanent_address), ("Nơi ở hiện tại", p.current_address),
        ("Nghề nghiệp", p.occupation), ("Điện thoại", p.phone)]
    if p.ethnicity is not None:  # None: this role may not read the sensitive fields
        ident += [("Dân tộc", p.ethnicity), ("Tôn giáo", p.religion or ""),
                  ("Tình trạng sức khỏe", p.health_note or "")]
    ident.append(("Ghi chú", p.note))
    _Sheet(wb, "Nhân thân", first=True).pairs(title=f"HỒ SƠ ĐỐI TƯỢNG: {p.full_name.upper()}",
                                               subtitle=subtitle, watermark=mark, items=ident)
    n = _Sheet(wb, "Hồ sơ quản lý").write(
        title="CÁC HỒ SƠ QUẢN LÝ", subtitle=subtitle, watermark=mark,
        headers=["TT", "Loại đối tượng", "Trạng thái", "Số quyết định", "Ngày quyết định",
                 "Cơ quan ban hành", "Ngày bắt đầu", "Thời hạn (tháng)", "Kết thúc dự kiến",
                 "Kết thúc thực tế", "Người giúp đỡ", "Cán bộ phụ trách"],
        rows=[[i, _label(CATEGORY_LABEL_VI, c.category), status_label_vi(c.category, c.status),
               c.decision_number, c.decision_date or "", c.issuer, c.start_date or "",
               c.term_months if c.term_months is not None else "", c.computed_end or "",
               c.actual_end or "", c.helper_name, names.get(c.officer, c.officer)]
              for i, c in enumerate(cases, start=1)],
        widths=[6, 30, 16, 16, 12, 24, 12, 10, 12, 12, 20, 14])
    cat = {c.id: _label(CATEGORY_LABEL_VI, c.category) for c in cases}
    entries = sorted((e for c in cases for e in timelines[c.id]),
                     key=lambda e: (e.date, e.kind), reverse=True)
    _Sheet(wb, "Diễn biến").write(
        title="DIỄN BIẾN QUẢN LÝ", subtitle=subtitle, watermark=mark,
        headers=["TT", "Ngày", "Hồ sơ", "Loại", "Chi tiết", "Nội dung"],
        rows=[[i, e.date, cat.get(e.case_id, ""), TIMELINE_KIND_VI.get(e.kind, e.kind),
               _timeline_detail(e, names), e.summary] for i, e in enumerate(entries, start=1)],
        widths=[6, 12, 26, 12, 34, 50])
    _Sheet(wb, "Buổi răn đe").write(
        title="CÁC BUỔI GỌI HỎI, RĂN ĐE, GIÁO DỤC ĐÃ THAM DỰ", subtitle=subtitle, watermark=mark,
        headers=["TT", "Ngày", "Địa điểm", "Chủ trì", "Nội dung"],
        rows=[[i, s.date, s.place, s.chair, s.topic] for i, s in enumerate(sessions, start=1)],
        widths=[6, 12, 30, 22, 50])
    path = _save(wb, Path(path), title=f"Hồ sơ {p.full_name}", user=ws.full_name, watermark=mark)
    ws.audit.record("export", entity="person_file", entity_id=person_id, person_id=person_id,
                    detail={"format": "xlsx", "file": path.name, "cases": n, "watermark": mark})
    return ListExport(path, n, mark)
