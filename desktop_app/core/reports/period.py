"""The period report (issue 5, DOMAIN §7): the figures a monthly, quarterly, six-month or
yearly report states, as a JSON-ready dict, with Vietnamese labels for every row; and the
preset windows (month, quarter, "6 tháng đầu năm" by the configurable cut-off, year)."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop_app.core.domain.dates import format_date
from desktop_app.core.domain.rules import ReportWindow, RuleBook, half_year_window
from desktop_app.core.domain.vocab import (
    CATEGORY_LABEL_VI,
    COURT_CATEGORIES,
    MODEL_KIND_LABEL_VI,
    SAFE4_KINDS,
    CaseCategory,
    ModelKind,
)

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

__all__ = ["period_report", "preset_window", "preset_label", "PRESET_KINDS", "REPORT_FORMAT",
           "period_phrase", "CONVENTIONS", "cutoff_text"]

REPORT_FORMAT = "wardbook-period-report"
PRESET_KINDS = ("month", "quarter", "half", "year")


# -------------------------------------------------------------------------------------------
# Presets


CONVENTIONS = ("government", "calendar")


def _cutoff(rules: RuleBook, year: int) -> tuple[int, int, int]:
    """(start day, end day, months the start lies before the calendar period) of the reporting
    cut-off, read from the rule `report_half_year` (default 15/12 → 14/06: day 15 of the month
    before, day 14 of the period's last month; Decree 09/2019/NĐ-CP)."""
    cut = rules.get("report_half_year", on=dt.date(year, 6, 1)) or {"from": [1, 1], "to": [6, 30]}
    (fm, fd), (tm, td) = cut["from"], cut["to"]
    shift = (tm - fm) % 12 - 5  # a six-month window: 0 when it starts in January, 1 in December
    return fd, td, max(0, shift)


def _month_shift(year: int, month: int, back: int) -> tuple[int, int]:
    m = month - back
    return (year, m) if m >= 1 else (year - 1, m + 12)


def _cut_window(year: int, first: int, last: int, rules: RuleBook) -> ReportWindow:
    """The calendar months first..last of `year` by the reporting cut-off."""
    fd, td, back = _cutoff(rules, year)
    sy, sm = _month_shift(year, first, back)
    last_day = calendar.monthrange(year, last)[1]
    end_day = last_day if (fd == 1 and back == 0) else min(td, last_day)
    return ReportWindow(dt.date(sy, sm, min(fd, calendar.monthrange(sy, sm)[1])), dt.date(year, last, end_day))


def preset_window(kind: str, year: int, index: int = 1, rules: RuleBook | None = None,
                  convention: str = "government") -> ReportWindow:
    """The dates of a preset period (both inclusive), the same way for every preset:
    - "government" (the default): the reporting cut-off of the rule `report_half_year`
      (default 15/12 of the previous year to 14/06, Decree 09/2019/NĐ-CP): a month runs from
      the 15th of the month before to the 14th, a quarter from 15/12, 15/03, 15/06, 15/09 to
      14/03, 14/06, 14/09, 14/12; "6 tháng đầu năm" is the rule's window, "6 tháng cuối năm" the
      rest of that report year; the year from the first half's start to the day before next
      year's;
    - "calendar": calendar months, quarters, halves (1/1–30/6, 1/7–31/12) and years."""
    if convention not in CONVENTIONS:
        raise ValueError(f"unknown convention {convention!r} (government, calendar)")
    rules = rules or RuleBook.default()
    if kind == "month":
        if not 1 <= index <= 12:
            raise ValueError("month index must be 1..12")
        first = last = index
    elif kind == "quarter":
        if not 1 <= index <= 4:
            raise ValueError("quarter index must be 1..4")
        first, last = 3 * (index - 1) + 1, 3 * index
    elif kind == "half":
        if index not in (1, 2):
            raise ValueError("half index must be 1 or 2")
        first, last = (1, 6) if index == 1 else (7, 12)
    elif kind == "year":
        first, last = 1, 12
    else:
        raise ValueError(f"unknown preset {kind!r} (month, quarter, half, year)")
    if convention == "calendar":
        return ReportWindow(dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1]))
    if kind in ("month", "quarter"):
        return _cut_window(year, first, last, rules)
    h1 = half_year_window(year, rules)
    next_start = half_year_window(year + 1, rules).start
    if kind == "half":
        return h1 if index == 1 else ReportWindow(h1.end + dt.timedelta(days=1), next_start - dt.timedelta(days=1))
    return ReportWindow(h1.start, next_start - dt.timedelta(days=1))


def cutoff_text(rules: RuleBook | None = None, year: int | None = None) -> str:
    """The cut-off as people write it: "15/12–14/6" (the first half year's window)."""
    rules = rules or RuleBook.default()
    w = half_year_window(year or dt.date.today().year, rules)
    return f"{w.start.day}/{w.start.month}–{w.end.day}/{w.end.month}"


def preset_label(kind: str, year: int, index: int = 1) -> str:
    """"tháng 3 năm 2026", "quý II năm 2026", "6 tháng đầu năm 2026", "năm 2026"."""
    if kind == "month":
        return f"tháng {index} năm {year}"
    if kind == "quarter":
        return f"quý {('I', 'II', 'III', 'IV')[index - 1]} năm {year}"
    if kind == "half":
        return f"6 tháng {'đầu' if index == 1 else 'cuối'} năm {year}"
    if kind == "year":
        return f"năm {year}"
    raise ValueError(kind)


def period_phrase(report: dict[str, Any]) -> str:
    """"6 tháng đầu năm 2026 (từ ngày 15/12/2025 đến ngày 14/6/2026)" or the dates alone."""
    p = report["period"]
    d1, d2 = dt.date.fromisoformat(p["from"]), dt.date.fromisoformat(p["to"])
    dates = f"từ ngày {format_date(d1)} đến ngày {format_date(d2)}"
    return f"{p['label']} ({dates})" if p.get("label") else dates


# -------------------------------------------------------------------------------------------
# The report


def _by_category(d: dict[str, int]) -> dict[str, int]:
    out = {c.value: int(d.get(c.value, 0)) for c in CaseCategory}
    for k, v in d.items():  # a category the vocabulary no longer knows still counts
        out.setdefault(k, int(v))
    return out


def _by_kind(d: dict[str, int]) -> dict[str, int]:
    out = {k.value: int(d.get(k.value, 0)) for k in ModelKind}
    for k, v in d.items():
        out.setdefault(k, int(v))
    return out


COURT_KEYS = ("breaches", "revocation_requests", "revocations", "shortened", "exemptions", "completed")


def _court(f: dict[str, Any], active_at_end: dict[str, int]) -> dict[str, Any]:
    """The court-sentence section (issue 14): per court category, the cases under supervision
    at the end, breaches, requests to the court to revoke, revocations, shortened terms,
    exemptions and completions in the period; and the records cleared in the period."""
    c = f.get("court", {})
    cats = [k.value for k in sorted(COURT_CATEGORIES, key=list(CaseCategory).index)]
    by = {k: {cat: int(c.get(k, {}).get(cat, 0)) for cat in cats} for k in COURT_KEYS}
    by["active_at_end"] = {cat: int(active_at_end.get(cat, 0)) for cat in cats}
    return {**by, "totals": {k: sum(v.values()) for k, v in by.items()},
            "records_cleared": int(c.get("records_cleared", 0))}


def _section(f: dict[str, Any]) -> dict[str, Any]:
    cases = {k: _by_category(f["cases"][k]) for k in ("opened", "active_at_end", "closed")}
    active = _by_kind(f["models"]["by_kind"])
    return {
        "court": _court(f, cases["active_at_end"]),
        "tips": {"received": f["tips"]["received"], "valuable": f["tips"]["valuable"]},
        "cases": {**cases, "totals": {k: sum(v.values()) for k, v in cases.items()}},
        "warnings": {"sessions": f["warnings"]["sessions"],
                     "attendances": f["warnings"]["attendances"],
                     "persons": f.get("warning_persons", 0),
                     "commitments": f["warnings"]["commitments"]},
        "contacts": {"total": f.get("contacts", {}).get("total", 0),
                     "overdue_at_end": f.get("contacts", {}).get("overdue_at_end", 0)},
        "models": {"active": active,
                   "safe4": {k.value: active.get(k.value, 0) for k in sorted(SAFE4_KINDS)},
                   "safe4_total": f["models"]["safe4_total"], "total": f["models"]["total"],
                   "areas": f["models"]["areas"]},
    }


def period_report(ws: "Workspace", date_from: dt.date, date_to: dt.date,
                  unit_code: str | None = None, *, label: str | None = None) -> dict[str, Any]:
    """The period report as a JSON-ready dict:

    period {from, to, unit_code, label}, unit {code, name}, generated_at, generated_by,
    tips {received, valuable}, cases {opened, active_at_end, closed: {category: n} for every
    category, totals}, warnings {sessions, attendances (lượt), persons, commitments},
    contacts {total, overdue_at_end}, court {active_at_end, breaches, revocation_requests,
    revocations, shortened, exemptions, completed: {court category: n}, totals,
    records_cleared}, models {active: {kind: n} for every kind, safe4,
    safe4_total, total, areas}, labels {categories, model_kinds} (Vietnamese), and by_unit
    (the same sections per commune) when the register holds records of several communes and
    no unit was asked for."""
    if date_to < date_from:
        raise ValueError("date_to before date_from")
    f = ws.reports.figures(date_from, date_to, unit_code=unit_code)
    names = {u.code: u.name for u in ws.units.list(on=date_to)} if hasattr(ws, "units") else {}
    code = unit_code or ws.unit_code
    report: dict[str, Any] = {
        "format": REPORT_FORMAT, "version": 1,
        "period": {"from": date_from.isoformat(), "to": date_to.isoformat(), "unit_code": unit_code,
                   "label": label or ""},
        "unit": {"code": code, "name": names.get(code) or (ws.unit_name if code == ws.unit_code else code)},
        "generated_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "generated_by": ws.full_name,  # printed ("Xuất bởi <Họ tên>"); the login is in the audit row
        **_section(f),
        "labels": {"categories": {c.value: CATEGORY_LABEL_VI[c] for c in CaseCategory},
                   "model_kinds": {k.value: MODEL_KIND_LABEL_VI[k] for k in ModelKind}},
    }
    units = [u for u in f.get("units", []) if u]
    if unit_code is None and len(units) > 1:
        report["by_unit"] = [
            {"unit_code": u, "unit_name": names.get(u, u),
             **_section(ws.reports.figures(date_from, date_to, unit_code=u))}
            for u in units]
    return report
