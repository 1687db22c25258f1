"""What a period report says, independent of the file format: sections with a heading, the
sentences of the body and one table each, all in Vietnamese. The xlsx, docx and pdf writers
lay out the same content."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.domain.dates import format_number
from desktop_app.core.domain.vocab import ModelKind
from desktop_app.core.reports.period import period_phrase

__all__ = ["Table", "Section", "build_sections", "report_title", "closing_paragraph", "n"]


def n(x: Any) -> str:
    """1234 → "1.234"."""
    return format_number(int(x or 0))


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Any]]  # numbers stay numbers (the xlsx keeps them numeric)
    widths: list[float]  # relative column widths
    align: list[str]  # "left" | "center" | "right" per column
    total_row: bool = False  # the last row is a total (bold)


@dataclass
class Section:
    key: str
    heading: str
    sheet: str  # the xlsx sheet name (≤ 31 characters)
    paragraphs: list[str] = field(default_factory=list)
    table: Table | None = None


TITLE = "BÁO CÁO"


def report_title(report: dict[str, Any]) -> tuple[str, str]:
    """("BÁO CÁO", the abstract line naming the subject and the period)."""
    # The movement's own name (Phong trào Toàn dân bảo vệ an ninh Tổ quốc), as section V says.
    return TITLE, ("Kết quả công tác quản lý đối tượng, tiếp nhận tin tố giác tội phạm và xây "
                   f"dựng phong trào toàn dân bảo vệ an ninh Tổ quốc {period_phrase(report)}")


def closing_paragraph(report: dict[str, Any], unit_name: str) -> str:
    return (f"Trên đây là báo cáo kết quả công tác {period_phrase(report)} của "
            f"{unit_name.strip() or 'đơn vị'}./.")


def _pct(part: int, whole: int) -> str:
    if not whole:
        return "0"
    return format_number(100 * part / whole, 1)


def build_sections(report: dict[str, Any]) -> list[Section]:
    cats = report["labels"]["categories"]
    kinds = report["labels"]["model_kinds"]
    tips, cases, warn = report["tips"], report["cases"], report["warnings"]
    contacts, models = report["contacts"], report["models"]
    out: list[Section] = []

    out.append(Section(
        "tips", "I. TIẾP NHẬN, XỬ LÝ TIN BÁO, TỐ GIÁC TỘI PHẠM", "Tin tố giác",
        [f"Trong kỳ, đơn vị tiếp nhận {n(tips['received'])} tin báo, tố giác tội phạm của quần "
         f"chúng nhân dân, trong đó {n(tips['valuable'])} tin có giá trị "
         f"(đạt {_pct(tips['valuable'], tips['received'])}%)."],
        Table(["TT", "Nội dung", "Số lượng"],
              [[1, "Tin báo, tố giác tội phạm tiếp nhận", tips["received"]],
               [2, "Trong đó: tin có giá trị", tips["valuable"]]],
              [0.08, 0.67, 0.25], ["center", "left", "center"])))

    rows = []
    for i, (key, label) in enumerate(cats.items(), start=1):
        rows.append([i, label, cases["opened"].get(key, 0), cases["closed"].get(key, 0),
                     cases["active_at_end"].get(key, 0)])
    rows.append(["", "Tổng cộng", cases["totals"]["opened"], cases["totals"]["closed"],
                 cases["totals"]["active_at_end"]])
    ce = cases["opened"].get("community_education", 0)
    out.append(Section(
        "cases", "II. CÔNG TÁC QUẢN LÝ, GIÁO DỤC, GIÚP ĐỠ ĐỐI TƯỢNG", "Hồ sơ quản lý",
        [f"Trong kỳ, đưa {n(cases['totals']['opened'])} người vào diện quản lý, giáo dục, giúp đỡ "
         f"(trong đó {n(ce)} người áp dụng biện pháp giáo dục tại xã, phường, thị trấn); kết thúc "
         f"quản lý {n(cases['totals']['closed'])} người; đến cuối kỳ đang quản lý "
         f"{n(cases['totals']['active_at_end'])} người."],
        Table(["TT", "Loại đối tượng", "Đưa vào quản lý trong kỳ", "Kết thúc trong kỳ",
               "Đang quản lý cuối kỳ"], rows,
              [0.07, 0.45, 0.16, 0.16, 0.16], ["center", "left", "center", "center", "center"],
              total_row=True)))

    out.append(Section(
        "warnings", "III. GỌI HỎI, RĂN ĐE, GIÁO DỤC", "Răn đe giáo dục",
        [f"Tổ chức {n(warn['sessions'])} buổi gọi hỏi, răn đe, giáo dục với {n(warn['attendances'])} "
         f"lượt người tham dự ({n(warn['persons'])} người); {n(warn['commitments'])} lượt người "
         "viết bản cam kết không vi phạm pháp luật."],
        Table(["TT", "Nội dung", "Số lượng"],
              [[1, "Số buổi gọi hỏi, răn đe, giáo dục", warn["sessions"]],
               [2, "Số lượt người tham dự", warn["attendances"]],
               [3, "Số người tham dự", warn["persons"]],
               [4, "Số lượt ký bản cam kết", warn["commitments"]]],
              [0.08, 0.67, 0.25], ["center", "left", "center"])))

    out.append(Section(
        "contacts", "IV. TIẾP XÚC, KIỂM TRA ĐỐI TƯỢNG", "Tiếp xúc",
        [f"Cán bộ tiếp xúc, kiểm tra đối tượng {n(contacts['total'])} lượt (thăm gặp tại nhà, "
         "trình diện, gọi điện, nhận bản tự nhận xét); đến cuối kỳ còn "
         f"{n(contacts['overdue_at_end'])} hồ sơ quá hạn tiếp xúc."],
        Table(["TT", "Nội dung", "Số lượng"],
              [[1, "Số lượt tiếp xúc, kiểm tra trong kỳ", contacts["total"]],
               [2, "Hồ sơ quá hạn tiếp xúc cuối kỳ", contacts["overdue_at_end"]]],
              [0.08, 0.67, 0.25], ["center", "left", "center"])))

    active = models["active"]
    s4 = {k: active.get(k, 0) for k in (ModelKind.SAFE4_AGENCY, ModelKind.SAFE4_ENTERPRISE,
                                        ModelKind.SAFE4_HOSPITAL, ModelKind.SAFE4_SCHOOL)}
    rows = [[i, kinds.get(k, k), v] for i, (k, v) in enumerate(active.items(), start=1)]
    rows.append(["", "Tổng cộng", models["total"]])
    out.append(Section(
        "models", "V. XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC", "Mô hình",
        [f"Duy trì {n(models['total'])} mô hình phong trào đang hoạt động tại {n(models['areas'])} "
         f"địa bàn; trong đó {n(models['safe4_total'])} mô hình “4 an toàn” "
         f"({n(s4[ModelKind.SAFE4_AGENCY])} cơ quan, {n(s4[ModelKind.SAFE4_ENTERPRISE])} doanh "
         f"nghiệp, {n(s4[ModelKind.SAFE4_HOSPITAL])} bệnh viện, {n(s4[ModelKind.SAFE4_SCHOOL])} "
         "nhà trường)."],
        Table(["TT", "Loại mô hình", "Số mô hình đang hoạt động"], rows,
              [0.08, 0.62, 0.30], ["center", "left", "center"], total_row=True)))

    court = report.get("court")
    if court:
        t = court["totals"]
        rows = [[i, cats.get(cat, cat), court["active_at_end"][cat], court["breaches"][cat],
                 court["revocation_requests"][cat], court["revocations"][cat], court["shortened"][cat],
                 court["exemptions"][cat], court["completed"][cat]]
                for i, cat in enumerate(court["active_at_end"], start=1)]
        rows.append(["", "Tổng cộng", t["active_at_end"], t["breaches"], t["revocation_requests"],
                     t["revocations"], t["shortened"], t["exemptions"], t["completed"]])
        out.append(Section(
            "court", "VI. QUẢN LÝ NGƯỜI CHẤP HÀNH ÁN HÌNH SỰ TẠI CỘNG ĐỒNG", "Thi hành án hình sự",
            [f"Đến cuối kỳ đang giám sát, giáo dục {n(t['active_at_end'])} người chấp hành án hình sự "
             f"tại cộng đồng. Trong kỳ: {n(t['breaches'])} lượt vi phạm nghĩa vụ; đề nghị Tòa án buộc "
             f"chấp hành án phạt tù {n(t['revocation_requests'])} trường hợp, Tòa án đã quyết định buộc "
             f"chấp hành {n(t['revocations'])} trường hợp; {n(t['shortened'])} trường hợp được rút ngắn "
             f"thời hạn, {n(t['exemptions'])} trường hợp được miễn chấp hành; {n(t['completed'])} người "
             f"chấp hành xong; {n(court['records_cleared'])} người đủ điều kiện đương nhiên được xóa án "
             "tích."],
            Table(["TT", "Loại", "Đang chấp hành cuối kỳ", "Vi phạm", "Đề nghị buộc chấp hành",
                   "Bị buộc chấp hành", "Rút ngắn", "Miễn", "Chấp hành xong"], rows,
                  [0.05, 0.23, 0.11, 0.09, 0.12, 0.11, 0.09, 0.08, 0.12],
                  ["center", "left"] + ["center"] * 7, total_row=True)))

    if report.get("by_unit"):
        rows = []
        for i, u in enumerate(report["by_unit"], start=1):
            rows.append([i, u["unit_name"], u["tips"]["received"], u["tips"]["valuable"],
                         u["cases"]["totals"]["opened"], u["cases"]["totals"]["active_at_end"],
                         u["warnings"]["attendances"], u["models"]["total"]])
        rows.append(["", "Tổng cộng", tips["received"], tips["valuable"], cases["totals"]["opened"],
                     cases["totals"]["active_at_end"], warn["attendances"], models["total"]])
        out.append(Section(
            "units", "VII. SỐ LIỆU THEO ĐƠN VỊ", "Theo đơn vị",
            [f"Số liệu của {n(len(report['by_unit']))} đơn vị cấp xã trong kỳ:"],
            Table(["TT", "Đơn vị", "Tin tố giác", "Tin có giá trị", "Đưa vào quản lý",
                   "Đang quản lý cuối kỳ", "Lượt răn đe", "Mô hình"], rows,
                  [0.06, 0.28, 0.11, 0.11, 0.11, 0.12, 0.11, 0.10],
                  ["center", "left"] + ["center"] * 6, total_row=True)))
    return out
