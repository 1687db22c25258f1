"""The "Loại việc" column of the activity sheet (issue 14): what happened inside a case, in the
words commune registers use, mapped to the service that records it."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from desktop_app.core.importing import values as V
from desktop_app.core.textvn import fold


class ActivityKind(StrEnum):
    ABSENCE = "absence"
    VIOLATION = "violation"
    EVALUATION = "evaluation"
    CONTACT = "contact"
    EVENT = "event"
    CLOSE = "close"


A = ActivityKind
_WORDS: dict[str, tuple[ActivityKind, str]] = {}


def _add(kind: ActivityKind, sub: str, *labels: str) -> None:
    for label in labels:
        _WORDS[" ".join(re.sub(r"[^0-9a-z]+", " ", fold(label)).split())] = (kind, sub)


_add(A.ABSENCE, "", "Vắng mặt", "Tạm vắng", "Khai báo tạm vắng", "Vắng mặt có phép", "Vắng mặt được phép")
_add(A.ABSENCE, "unauthorised", "Vắng mặt không phép", "Vắng mặt trái phép", "Vắng mặt không được phép",
     "Vắng mặt không xin phép", "Bỏ đi khỏi nơi cư trú")
_add(A.VIOLATION, "", "Vi phạm", "Vi phạm nghĩa vụ", "Vi phạm nghĩa vụ thử thách")
_add(A.EVALUATION, "", "Đánh giá", "Nhận xét", "Nhận xét, đánh giá", "Nhận xét đánh giá", "Đánh giá định kỳ",
     "Xếp loại")
_add(A.EVENT, "extension", "Gia hạn", "Kéo dài thời hạn")
_add(A.EVENT, "reduction", "Rút ngắn", "Rút ngắn thời hạn", "Rút ngắn thời gian thử thách", "Giảm thời hạn",
     "Giảm thời hạn chấp hành án", "Giảm án")
_add(A.EVENT, "exemption", "Miễn chấp hành", "Miễn chấp hành án", "Miễn chấp hành phần còn lại",
     "Miễn chấp hành hình phạt")
_add(A.EVENT, "revocation_request", "Đề nghị buộc chấp hành án phạt tù",
     "Đề nghị Tòa án buộc chấp hành án phạt tù", "Đề nghị hủy án treo", "Đề nghị hủy quyết định tha tù")
_add(A.EVENT, "revocation", "Buộc chấp hành án phạt tù", "Tòa án buộc chấp hành án phạt tù", "Hủy án treo",
     "Hủy quyết định tha tù trước thời hạn", "Buộc chấp hành phần hình phạt tù còn lại")
_add(A.EVENT, "new_conviction", "Kết án mới", "Bị kết án mới", "Phạm tội mới")
_add(A.EVENT, "obligations_done", "Chấp hành xong hình phạt bổ sung", "Xong hình phạt bổ sung",
     "Chấp hành xong nghĩa vụ dân sự", "Chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự")
_add(A.CLOSE, "completed", "Chấp hành xong", "Kết thúc", "Hoàn thành", "Hết thời hạn", "Hết thời gian thử thách",
     "Được xóa án tích", "Đã được xóa án tích", "Đưa ra khỏi diện quản lý")
_add(A.CLOSE, "terminated_early", "Chấm dứt trước thời hạn")
_add(A.CLOSE, "deceased", "Chết", "Đã chết")
_add(A.CONTACT, "home_visit", "Thăm gặp", "Thăm gặp tại nhà", "Gặp tại nhà")
_add(A.CONTACT, "station_checkin", "Trình diện", "Trình diện tại trụ sở")
_add(A.CONTACT, "phone_call", "Gọi điện")
_add(A.CONTACT, "self_report", "Nhận bản tự nhận xét", "Bản tự nhận xét", "Tự nhận xét")
_add(A.CONTACT, "drug_test", "Xét nghiệm ma túy", "Xét nghiệm")
_add(A.CONTACT, "summons", "Triệu tập làm việc", "Triệu tập", "Mời làm việc")


def activity_kind(v: Any) -> tuple[ActivityKind, str] | None:
    """"Vắng mặt không phép" → (absence, "unauthorised"); "Rút ngắn" → (event, "reduction")."""
    if V.is_blank(v):
        return None
    key = " ".join(re.sub(r"[^0-9a-z]+", " ", fold(V.text(v))).split())
    if key in _WORDS:
        return _WORDS[key]
    for word in sorted(_WORDS, key=len, reverse=True):  # "Rút ngắn 3 tháng (QĐ 12)"
        if key.startswith(word + " "):
            return _WORDS[word]
    raise V.CellError("activity_unknown", value=V.text(v))
