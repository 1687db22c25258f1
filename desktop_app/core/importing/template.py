"""The blank import template: the four sheets with their header rows, a one-line hint under the
title, drop-down lists for the closed vocabularies (category, model kind, status, channel,
gender, yes/no) and text-formatted CCCD cells (so Excel keeps the leading zero)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.domain.vocab import (
    CATEGORY_LABEL_VI,
    MODEL_KIND_LABEL_VI,
    TIP_CHANNEL_LABEL_VI,
)
from desktop_app.core.importing.headers import SPECS, SheetKind

__all__ = ["write_template", "TEMPLATE_ROWS"]

TEMPLATE_ROWS = 2000  # rows that get the drop-down lists and text formats
_HEADER_ROW = 3

_HINTS = {
    SheetKind.PERSONS: "Mỗi dòng một người (và một hồ sơ quản lý nếu ghi Loại đối tượng). Ngày ghi "
                       "dd/mm/yyyy; ngày sinh có thể chỉ ghi năm. Số CCCD 12 chữ số.",
    SheetKind.TIPS: "Mỗi dòng một tin. Có giá trị: ghi x hoặc Có / Không. Người báo tin để trống "
                    "nếu nặc danh.",
    SheetKind.SESSIONS: "Mỗi dòng một buổi. Người tham dự và Cam kết: họ tên (dd/mm/yyyy) hoặc số "
                        "CCCD, cách nhau bằng dấu ;",
    SheetKind.MODELS: "Mỗi dòng một mô hình. Loại mô hình chọn trong danh sách.",
    SheetKind.ACTIVITY: "Mỗi dòng một việc trong hồ sơ đã có: Vắng mặt (Được phép: Có/Không), Vi phạm, "
                        "Đánh giá (Ngày = kỳ), Rút ngắn, Miễn chấp hành, Đề nghị buộc chấp hành án "
                        "phạt tù, Buộc chấp hành án phạt tù, Kết án mới, Chấp hành xong hình phạt bổ "
                        "sung, Chấp hành xong, Thăm gặp, Xét nghiệm ma túy, Triệu tập làm việc.",
}


def write_template(path: Path | str) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    wb = Workbook()
    first = wb.active  # the empty sheet of a new workbook
    assert first is not None
    wb.remove(first)
    lists = wb.create_sheet("Danh mục")
    choices = {
        "category": list(CATEGORY_LABEL_VI.values()),
        "kind": list(MODEL_KIND_LABEL_VI.values()),
        "channel": list(TIP_CHANNEL_LABEL_VI.values()),
        "status": ["Đang hoạt động", "Tạm dừng", "Giải thể"],
        "gender": ["Nam", "Nữ", "Khác"],
        "valuable": ["Có", "Không"],
        "activity": ["Vắng mặt", "Vi phạm", "Đánh giá", "Gia hạn", "Rút ngắn", "Miễn chấp hành",
                     "Đề nghị buộc chấp hành án phạt tù", "Buộc chấp hành án phạt tù", "Kết án mới",
                     "Chấp hành xong hình phạt bổ sung", "Chấp hành xong", "Thăm gặp",
                     "Xét nghiệm ma túy", "Triệu tập làm việc"],
        "permitted": ["Có", "Không"],
    }
    ranges = {}
    for col, (key, items) in enumerate(choices.items(), start=1):
        letter = get_column_letter(col)
        lists.cell(1, col, key).font = Font(bold=True)
        for i, item in enumerate(items, start=2):
            lists.cell(i, col, item)
        lists.column_dimensions[letter].width = 40
        ranges[key] = f"'Danh mục'!${letter}$2:${letter}${len(items) + 1}"
    thin = Side(style="thin", color="808080")
    for kind, spec in SPECS.items():
        ws = wb.create_sheet(spec.title)
        ws.cell(1, 1, spec.title.upper()).font = Font(bold=True, size=13)
        ws.cell(2, 1, _HINTS[kind]).font = Font(italic=True, size=10, color="555555")
        for col, c in enumerate(spec.columns, start=1):
            cell = ws.cell(_HEADER_ROW, col, c.label)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            letter = get_column_letter(col)
            ws.column_dimensions[letter].width = c.width
            if c.key == "cccd":
                for r in range(_HEADER_ROW + 1, _HEADER_ROW + 1 + TEMPLATE_ROWS):
                    ws.cell(r, col).number_format = "@"
            if c.key in ranges:
                dv = DataValidation(type="list", formula1=ranges[c.key], allow_blank=True,
                                    showErrorMessage=c.key in ("kind", "gender"))
                dv.error = "Chọn một giá trị trong danh sách"
                ws.add_data_validation(dv)
                dv.add(f"{letter}{_HEADER_ROW + 1}:{letter}{_HEADER_ROW + TEMPLATE_ROWS}")
        ws.freeze_panes = ws.cell(_HEADER_ROW + 1, 1)
    wb.move_sheet("Danh mục", offset=len(SPECS))
    lists.sheet_state = "hidden"  # the lists behind the drop-downs; not imported
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
