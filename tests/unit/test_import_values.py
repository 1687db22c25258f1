"""Header and value recognition for imports: the variants people type."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.importing import values as V
from desktop_app.core.importing.headers import SPECS, SheetKind, find_header, norm_header

D = dt.date
TODAY = D(2026, 5, 20)
P = SPECS[SheetKind.PERSONS]


@pytest.mark.parametrize("header,key", [
    ("Họ và tên", "full_name"), ("HỌ TÊN", "full_name"), ("  họ   và\ntên ", "full_name"),
    ("Ho va ten", "full_name"), ("Ngày tháng năm sinh", "birth_date"), ("Năm sinh", "birth_date"),
    ("Ngày sinh (dd/mm/yyyy)", "birth_date"), ("CCCD/CMND", "cccd"), ("Số CMND/CCCD", "cccd"),
    ("Số  CMND / CCCD", "cccd"), ("số cccd", "cccd"), ("Loại", "category"),
    ("Loại đối tượng", "category"), ("Thời hạn (tháng)", "term_months"), ("Thời hạn", "term_months"),
    ("Nơi ở hiện tại", "current_address"), ("HKTT", "permanent_address"), ("Số QĐ", "decision_number"),
])
def test_person_headers(header, key):
    assert P.key_for(header) == key


def test_other_sheet_headers_and_sheet_detection():
    assert SPECS[SheetKind.TIPS].key_for("Nội dung tin") == "content"
    assert SPECS[SheetKind.TIPS].key_for("Có giá trị") == "valuable"
    assert SPECS[SheetKind.SESSIONS].key_for("Người tham gia") == "attendees"
    assert SPECS[SheetKind.MODELS].key_for("Loại mô hình") == "kind"
    assert norm_header("Số CMND/CCCD") == "so cmnd cccd"
    rows = [(1, ["SỔ THEO DÕI"]), (2, []), (3, ["Ngày", "Địa điểm", "Chủ trì", "Nội dung",
                                                 "Người tham dự", "Cam kết"])]
    hm = find_header(rows, "Sheet1")
    assert (hm.kind, hm.row) == (SheetKind.SESSIONS, 3)
    rows = [(1, ["Ngày tiếp nhận", "Hình thức", "Người báo tin", "Nội dung", "Có giá trị"])]
    assert find_header(rows, "Sheet1").kind == SheetKind.TIPS
    assert find_header([(1, ["Việc", "Hạn"])], "Ghi chép") is None


@pytest.mark.parametrize("raw,expected", [
    ("Giáo dục tại xã", "community_education"), ("GIÁO DỤC TẠI XÃ, PHƯỜNG, THỊ TRẤN", "community_education"),
    ("Giao duc tai xa", "community_education"), ("Giáo dục tại xã (NĐ 120/2021)", "community_education"),
    ("Tái hòa nhập cộng đồng", "reintegration"), ("Tái hoà nhập cộng đồng", "reintegration"),
    ("Người chấp hành xong án phạt tù", "reintegration"), ("Án treo", "suspended_sentence"),
    ("án treo", "suspended_sentence"), ("Cải tạo không giam giữ", "non_custodial_reform"),
    ("Tha tù trước thời hạn có điều kiện", "conditional_release"), ("Ma túy", "drug_management"),
    ("Đối tượng lầm lỗi", "community_watch"), ("Quản lý tại gia đình", "family_management"),
])
def test_category_labels(raw, expected):
    assert V.category(raw) == expected


def test_unknown_category_and_blank():
    assert V.category(None) is None and V.category("  ") is None
    with pytest.raises(V.CellError) as e:
        V.category("Đi học thêm")
    assert (e.value.code, e.value.params) == ("category_unknown", {"value": "Đi học thêm"})


@pytest.mark.parametrize("raw,expected", [
    ("4 an toàn - nhà trường", "safe4_school"), ("“4 an toàn” trong nhà trường", "safe4_school"),
    ("Bốn an toàn - trường học", "safe4_school"), ("4 an toàn - cơ quan", "safe4_agency"),
    ("4 an toàn doanh nghiệp", "safe4_enterprise"), ("4 AN TOÀN - BỆNH VIỆN", "safe4_hospital"),
    ("Nhà trọ tự quản", "boarding_house"), ("Họ giáo không có tội phạm", "parish_no_crime"),
    ("5 tự quản", "five_self_managed"), ("Năm tự quản", "five_self_managed"),
    ("Xã, phường không có ma túy", "drug_free_ward"), ("Khác", "other"),
])
def test_model_kinds(raw, expected):
    assert V.model_kind(raw) == expected


def test_model_kind_unknown():
    for raw in ("Chăn nuôi an toàn", "4 an toàn"):
        with pytest.raises(V.CellError) as e:
            V.model_kind(raw)
        assert e.value.code == "model_kind_unknown"


def test_flags_and_gender():
    assert [V.flag(x) for x in ("x", "X", "Có", "co", "1", 1, True, "Không", "k", 0, None, "")] == \
        [True, True, True, True, True, True, True, False, False, False, None, None]
    with pytest.raises(V.CellError):
        V.flag("có lẽ")
    assert [V.gender(x) for x in ("Nam", "NỮ", "nu", "Khác", None)] == ["male", "female", "female", "other", None]
    with pytest.raises(V.CellError):
        V.gender("?")


def test_dates_as_typed():
    pd = lambda v: V.partial_date(v, today=TODAY).to_storage()  # noqa: E731
    assert pd("05/03/1990") == "1990-03-05"
    assert pd("5/3/90") == "1990-03-05"
    assert pd("5/3/05") == "2005-03-05"
    assert pd("1990") == "1990" and pd(1990) == "1990" and pd(1990.0) == "1990"
    assert pd("03/1990") == "1990-03"
    assert pd(dt.datetime(1990, 3, 5)) == "1990-03-05"
    assert pd(32937) == "1990-03-05"  # an Excel serial left unformatted
    assert pd("ngày 05 tháng 3 năm 1990") == "1990-03-05"
    assert pd("05/03/1990 00:00:00") == "1990-03-05"
    for bad, code in (("31/02/2020", "date_invalid"), ("hôm qua", "date_format"), ("1850", "date_out_of_range")):
        with pytest.raises(V.CellError) as e:
            V.partial_date(bad, today=TODAY)
        assert e.value.code == code
    fd = lambda v: V.full_date(v, today=TODAY)  # noqa: E731
    assert fd("1/2/26") == D(2026, 2, 1) and fd(dt.datetime(2026, 1, 10, 8, 30)) == D(2026, 1, 10)
    assert fd(46053) == D(2026, 1, 31)
    assert fd(46053.75) == D(2026, 1, 31)  # a date-time serial: its day
    assert fd(61) == D(1900, 3, 1)  # openpyxl's conversion keeps Excel's 1900 leap-year bug
    with pytest.raises(V.CellError) as e:
        fd(3_000_000)
    assert e.value.code == "date_format"
    with pytest.raises(V.CellError) as e:
        fd("2020")
    assert e.value.code == "date_needs_day"


@pytest.mark.parametrize("epoch1904", [False, True])
def test_date_cells_come_from_openpyxl(tmp_path, epoch1904):
    """A date-formatted cell is a datetime from openpyxl itself (its number format and the
    workbook's 1900/1904 epoch), an unformatted serial a number the parsers convert."""
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    from desktop_app.core.importing.reader import read_file

    wb = openpyxl.Workbook()
    if epoch1904:
        wb.epoch = CALENDAR_MAC_1904
    sh = wb.active
    sh.append(["Ngày", "Số"])
    sh.append([dt.datetime(1990, 3, 5), 32937])
    sh["A2"].number_format = "dd/mm/yyyy"
    wb.save(tmp_path / "d.xlsx")
    (_, cells), = [r for r in read_file(tmp_path / "d.xlsx")[0].rows if r[0] == 2]
    assert isinstance(cells[0], dt.datetime) and isinstance(cells[1], int)
    assert V.full_date(cells[0], today=TODAY) == D(1990, 3, 5)
    assert V.partial_date(cells[1], today=TODAY).to_storage() == "1990-03-05"


def test_cccd_cells_and_months_and_lists():
    assert V.cccd("001.090.000.123") == "001090000123"
    assert V.cccd(" 001 090 000 123 ") == "001090000123"
    assert V.cccd("001-090-000-123") == "001090000123"
    assert V.cccd(1090000123) == "001090000123"  # a number cell lost its leading zeros
    assert V.cccd(1.090000123e9) == "001090000123"
    assert V.cccd(123456789) == "123456789"  # an old 9-digit CMND stays as it is
    assert V.cccd(None) is None
    assert [V.months(x) for x in (6, "6", "6 tháng", "1 năm", "1 năm 6 tháng", "24.0", None)] == \
        [6, 6, 6, 12, 18, 24, None]
    with pytest.raises(V.CellError):
        V.months("sáu")
    assert V.split_list("A (01/01/1990);B ;\nC") == ["A (01/01/1990)", "B", "C"]
    assert [V.tip_channel(x) for x in ("Điện thoại", "trực tiếp", "Đơn thư", "Zalo", None)] == \
        ["phone", "in_person", "letter", "online", "other"]


# --- issue 14: terms in months and days, the main penalty, what happened in a case -------------

@pytest.mark.parametrize("raw,expected", [
    ("6", (6, 0)), (6, (6, 0)), ("1 năm 6 tháng", (18, 0)), ("3 tháng 10 ngày", (3, 10)),
    ("45 ngày", (0, 45)), ("2 năm", (24, 0)), (None, (None, 0)),
])
def test_term_months_and_days(raw, expected):
    assert V.term(raw) == expected


@pytest.mark.parametrize("raw", ["6,5 tháng", 6.5, "sáu tháng"])
def test_term_never_rounded(raw):
    with pytest.raises(V.CellError):
        V.term(raw)


@pytest.mark.parametrize("raw,expected", [
    ("Tù 3 năm", "prison_up_to_5y"), ("Tù 5 năm", "prison_up_to_5y"), ("tù 5 năm 1 tháng", "prison_5_to_15y"),
    ("18 tháng tù", "prison_up_to_5y"), ("Tù 20 năm", "prison_over_15y"), ("Chung thân", "life_or_death_commuted"),
    ("Phạt tiền", "fine"), ("Cải tạo không giam giữ", "non_custodial"), ("Tù cho hưởng án treo", "suspended"),
])
def test_sentence_brackets_of_art_70(raw, expected):
    assert V.sentence(raw) == expected


def test_sentence_unknown():
    with pytest.raises(V.CellError) as e:
        V.sentence("Khiển trách")
    assert e.value.code == "sentence_unknown"


@pytest.mark.parametrize("raw,expected", [
    ("Vắng mặt", ("absence", "")), ("Vắng mặt không phép", ("absence", "unauthorised")),
    ("Rút ngắn thời gian thử thách", ("event", "reduction")), ("Chấp hành xong", ("close", "completed")),
    ("Chấp hành xong hình phạt bổ sung", ("event", "obligations_done")),
    ("Đề nghị buộc chấp hành án phạt tù", ("event", "revocation_request")),
    ("Buộc chấp hành án phạt tù", ("event", "revocation")), ("Xét nghiệm ma túy", ("contact", "drug_test")),
    ("Triệu tập làm việc", ("contact", "summons")), ("Rút ngắn 3 tháng (QĐ 12)", ("event", "reduction")),
])
def test_activity_words(raw, expected):
    from desktop_app.core.importing.activity import activity_kind

    assert activity_kind(raw) == expected


@pytest.mark.parametrize("raw,expected", [("Quản lý sau cai nghiện", "after_rehab_management"),
                                          ("Quản chế", "probation_surveillance"), ("Cấm cư trú", "residence_ban")])
def test_new_categories(raw, expected):
    assert V.category(raw) == expected


def _clean_date_text_in_full(s: str) -> str:
    """_clean_date_text without its shortcut for digits and separators (every form tried)."""
    import re

    from desktop_app.core.textvn import fold

    s = " ".join(s.split())
    s = re.sub(r"\s+\d{1,2}:\d{2}(:\d{2})?$", "", s)
    f = fold(s)
    m = re.fullmatch(r"(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{2,4})", f)
    if m:
        return f"{m[1]}/{m[2]}/{m[3]}"
    m = re.fullmatch(r"(?:nam\s*)(\d{4})", f)
    if m:
        return m[1]
    return s


@pytest.mark.parametrize("raw", ["05/03/1990", " 5/3/1990 ", "1990", "03/1990", "1990-03-05", "05.03.1990",
                                 "", "-", "//", "05/03/1990 00:00:00", "05/03/1990 7:30", "ngày 05 tháng 3 năm 1990",
                                 "5 tháng 3 năm 1990", "năm 1990", "Năm 1990", "１９９０", "05 / 03 / 1990",
                                 "05/03/1990\t", "abc", "1990 12:00"])
def test_date_text_shortcut_changes_nothing(raw: str) -> None:
    assert V._clean_date_text(raw) == _clean_date_text_in_full(raw)


def test_birth_compatible_reads_partial_dates_part_by_part():
    """Unknown matches anything; a year (or month) alone matches every date within it; the
    comparison goes part by part ("1990-03" is not "1990-3", "199" is no year of "1990")."""
    from desktop_app.core.importing.matching import birth_compatible

    def by_parts(a, b):
        return not a or not b or all(x == y for x, y in zip(a.split("-"), b.split("-")))

    cases = [None, "", "1990", "1991", "1990-03", "1990-04", "1990-03-05", "1990-03-06", "199",
             "1990-3", "1990-", "1990-03-", "1990-031", "-", "1-2-3", "1990-03-05-1"]
    for a in cases:
        for b in cases:
            assert birth_compatible(a, b) == by_parts(a, b), (a, b)
    assert birth_compatible("1990", "1990-03-05") and birth_compatible("1990-03-05", "1990-03")
    assert not birth_compatible("1990-03", "1990-04-01") and not birth_compatible("199", "1990")
