"""Writes the shipped document templates (resources/documents/*.docx and their .json metadata)
in the Decree 30/2020 layout, reproducibly:

    python -m build_support.make_document_templates      # or: make document-templates

Each template is data: its metadata (id, title, category, legal basis — "mẫu tham khảo" where the
official form was not at hand —, version, valid-from/valid-to, number symbol, what it needs) and
its content, written with docxtpl (Jinja) placeholders of the one data model
(desktop_app/core/documents/model.py). The .docx files are committed; run this after a change
here and commit what it writes (tests/documents check every template against the model)."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from build_support import document_layout as D  # noqa: E402

OUT = ROOT / "resources" / "documents"
REF = "mẫu tham khảo"
EDU = f"Luật Xử lý vi phạm hành chính; Nghị định 120/2021/NĐ-CP — {REF}"
COURT_OLD = f"Luật Thi hành án hình sự 2019; Thông tư 65/2019/TT-BCA — {REF}"
COURT_NEW = f"Luật Thi hành án hình sự số 127/2025/QH15 (hiệu lực 01/7/2026) — {REF}"
REINT = f"Nghị định 49/2020/NĐ-CP; Thông tư 10/2024/TT-BCA — {REF}"
RESIDENCE = f"Luật Thi hành án hình sự; Luật Cư trú (Điều 31) — {REF}"

PERSON_LINES = [
    "Họ và tên: {{ person.full_name }}; giới tính: {{ person.gender }}; sinh ngày: {{ person.birth_date }}",
    "Số định danh cá nhân (CCCD): {{ person.cccd }}",
    "Nơi thường trú: {{ person.permanent_address }}",
    "Nơi ở hiện nay: {{ person.current_address }}",
    "Nghề nghiệp: {{ person.occupation }}",
]
CASE_LINE = ("Theo {{ case.decision_number }} ngày {{ case.decision_date.number }} của {{ case.issuer }} "
             "({{ case.category_name }}), thời hạn {{ case.term }}, từ ngày {{ case.start.number }} "
             "đến ngày {{ case.end.number }}.")
POLICE_SIGN = ["{{ signer.title }}", "{{ signer.full_name }}"]
RECIPIENTS = ["Như trên;", "Lưu: hồ sơ, VT."]


def _person(doc: Any) -> None:
    for line in PERSON_LINES:
        D.body(doc, line, indent=False)


def T(id: str, title: str, category: str, basis: str, symbol: str, header: str, content: list[Any],
      sign: dict[str, Any], *, abstract: str = "", needs: tuple[str, ...] = (), version: int = 1,
      valid_from: str = "2025-07-01", valid_to: str | None = None) -> dict[str, Any]:
    return {"meta": {"id": id, "title": title, "category": category, "basis": basis, "version": version,
                     "valid_from": valid_from, "valid_to": valid_to, "symbol": symbol, "needs": list(needs)},
            "header": header, "abstract": abstract, "content": content, "sign": sign}


def court_report(version: int, basis: str, law: str, valid_from: str, valid_to: str | None) -> dict[str, Any]:
    return T("an-bao-cao-dinh-ky", "Báo cáo định kỳ kết quả giám sát, giáo dục người chấp hành án", "court",
             basis, "BC", "agency", [
                 ("p", "Kính gửi: {{ case.supervising_org }}", {"indent": False, "align": D.CENTER}),
                 ("p", f"Căn cứ {law}; {{{{ unit.police }}}} báo cáo kết quả giám sát, giáo dục người chấp hành án "
                       "{{ period.label }} như sau:"),
                 ("h", "I. THÔNG TIN NGƯỜI CHẤP HÀNH ÁN"), ("person",),
                 ("p", "Bản án: {{ case.judgment_ref }} ngày {{ case.judgment_date.number }}; hình phạt: "
                       "{{ case.category_name }}, thời hạn {{ case.term }} (từ {{ case.start.number }} đến "
                       "{{ case.end.number }}). Hình phạt bổ sung: {{ case.supplementary_penalty }}."),
                 ("h", "II. KẾT QUẢ GIÁM SÁT, GIÁO DỤC"),
                 ("table", ["STT", "Ngày", "Nội dung"], "timeline", "r",
                  ["{{ r.no }}", "{{ r.date }}", "{{ r.kind }}: {{ r.summary }}"], [0.1, 0.2, 0.7]),
                 ("h", "III. VI PHẠM NGHĨA VỤ (NẾU CÓ)"),
                 ("table", ["STT", "Ngày", "Hành vi vi phạm"], "breaches", "b",
                  ["{{ b.no }}", "{{ b.date }}", "{{ b.act }}"], [0.1, 0.2, 0.7]),
                 ("h", "IV. NHẬN XÉT, ĐỀ XUẤT"),
                 ("p", "Xếp loại: {{ case.classification }}. Đề xuất: …………"),
             ], {"right": ["{{ signer.title }}", "{{ signer.full_name }}"],
                 "recipients": ["Như trên;", "Viện kiểm sát (để biết);", "Lưu: hồ sơ, VT."]},
             abstract="{{ period.label }}", needs=("case",), version=version, valid_from=valid_from,
             valid_to=valid_to)


TEMPLATES: list[dict[str, Any]] = [
    # -- the education measure (giáo dục tại xã, phường, thị trấn) ---------------------------
    T("gd-ke-hoach", "Kế hoạch quản lý, giáo dục, giúp đỡ người chấp hành biện pháp giáo dục", "education",
      EDU, "KH", "agency", [
          ("p", CASE_LINE), ("p", "{{ unit.police }} xây dựng kế hoạch quản lý, giáo dục, giúp đỡ đối với:"),
          ("person",),
          ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
          ("p", "Giúp người chấp hành nhận thức rõ sai phạm, chấp hành đúng quy định; phối hợp gia đình, "
                "tổ chức được giao giúp đỡ theo dõi, động viên."),
          ("h", "II. NỘI DUNG"),
          ("p", "Người được giao giúp đỡ: {{ helper.full_name }} ({{ helper.title }}). Cán bộ theo dõi: "
                "{{ officer.full_name }}."),
          ("p", "Hằng tháng người chấp hành báo cáo bằng văn bản; người được giao giúp đỡ nhận xét; Công an "
                "{{ unit.kind }} kiểm tra, đánh giá vào tuần đầu của tháng."),
          ("h", "III. TỔ CHỨC THỰC HIỆN"),
          ("p", "Thời gian thực hiện từ ngày {{ case.start.number }} đến ngày {{ case.end.number }}."),
      ], {"right": POLICE_SIGN, "recipients": ["Chủ tịch UBND {{ unit.kind }} (để báo cáo);",
                                              "{{ helper.full_name }} (để thực hiện);", "Lưu: hồ sơ."]},
      needs=("case",)),
    T("gd-cam-ket", "Bản cam kết", "education", EDU, "CK", "citizen", [
        ("p", "Kính gửi: {{ unit.police }}", {"indent": False, "align": D.CENTER}),
        ("p", "Tôi là:", {"indent": False}), ("person",),
        ("p", CASE_LINE),
        ("p", "Tôi xin cam kết: chấp hành nghiêm chỉnh chính sách, pháp luật; thực hiện đầy đủ nghĩa vụ của người "
              "chấp hành biện pháp giáo dục; chịu sự quản lý, giáo dục, giúp đỡ của {{ unit.police }}, "
              "của {{ helper.full_name }} và gia đình; có mặt khi được triệu tập; báo cáo hằng tháng bằng văn bản."),
        ("p", "Nếu vi phạm, tôi xin chịu hoàn toàn trách nhiệm trước pháp luật."),
    ], {"left": ["XÁC NHẬN CỦA CÔNG AN {{ unit.kind_upper }}", "{{ officer.full_name }}"],
        "right": ["NGƯỜI CAM KẾT", "(Ký, ghi rõ họ tên)", "{{ person.full_name }}"]}, needs=("case",)),
    T("gd-tu-nhan-xet", "Bản tự nhận xét", "education", EDU, "TNX", "citizen", [
        ("p", "Kính gửi: {{ unit.police }}", {"indent": False, "align": D.CENTER}),
        ("p", "Tôi là:", {"indent": False}), ("person",), ("p", CASE_LINE),
        ("p", "Tôi tự nhận xét việc chấp hành {{ period.label }} (từ {{ period.start.number }} đến "
              "{{ period.end.number }}) như sau:"),
        ("p", "1. Việc chấp hành chính sách, pháp luật: …………"),
        ("p", "2. Việc thực hiện nghĩa vụ, lao động, học tập: …………"),
        ("p", "3. Tự đánh giá, phương hướng tháng tới: …………"),
    ], {"left": ["Ý KIẾN NGƯỜI ĐƯỢC GIAO GIÚP ĐỠ", "{{ helper.full_name }}"],
        "right": ["NGƯỜI VIẾT NHẬN XÉT", "(Ký, ghi rõ họ tên)", "{{ person.full_name }}"]}, needs=("case",)),
    T("gd-nhan-xet-giup-do", "Nhận xét hằng tháng của người được giao giúp đỡ", "education", EDU, "NX",
      "citizen", [
          ("p", "Kính gửi: {{ unit.police }}", {"indent": False, "align": D.CENTER}),
          ("p", "Tôi là {{ helper.full_name }} ({{ helper.title }}), được giao giúp đỡ người chấp hành biện pháp "
                "giáo dục:"), ("person",), ("p", CASE_LINE),
          ("p", "Nhận xét {{ period.label }} (từ {{ period.start.number }} đến {{ period.end.number }}):"),
          ("table", ["STT", "Ngày", "Diễn biến"], "timeline", "r",
           ["{{ r.no }}", "{{ r.date }}", "{{ r.kind }}: {{ r.summary }}"], [0.1, 0.2, 0.7]),
          ("p", "Ưu điểm: …………"), ("p", "Tồn tại: …………"), ("p", "Đề xuất: …………"),
      ], {"left": [], "right": ["NGƯỜI ĐƯỢC GIAO GIÚP ĐỠ", "(Ký, ghi rõ họ tên)", "{{ helper.full_name }}"]},
      needs=("case",)),
    T("gd-chung-nhan", "Giấy chứng nhận đã chấp hành xong biện pháp giáo dục tại xã, phường, thị trấn",
      "education", EDU, "GCN-UBND", "committee", [
          ("p", "CHỦ TỊCH ỦY BAN NHÂN DÂN {{ unit.kind_upper }} {{ unit.place.upper() }}",
           {"indent": False, "align": D.CENTER, "bold": True}),
          ("p", "Chứng nhận:", {"indent": False}), ("person",),
          ("p", CASE_LINE),
          ("p", "Đã chấp hành xong biện pháp giáo dục tại {{ unit.kind }} kể từ ngày {{ case.actual_end.number }}."),
      ], {"right": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "…………"],
          "recipients": ["Người được chứng nhận;", "{{ unit.police }};", "Lưu: VT."]}, needs=("case",)),
    # -- suspended sentence / non-custodial reform (án treo, cải tạo không giam giữ) -------------
    T("an-nhan-xet-thang", "Bản nhận xét hằng tháng về việc chấp hành án", "court", COURT_OLD.replace(
        "Luật Thi hành án hình sự 2019", "Luật Thi hành án hình sự"), "NX", "agency", [
          ("p", "{{ unit.police }} nhận xét việc chấp hành án {{ period.label }} của:"), ("person",),
          ("p", "Bản án: {{ case.judgment_ref }}; hình phạt: {{ case.category_name }}, thời hạn {{ case.term }} "
                "(từ {{ case.start.number }} đến {{ case.end.number }})."),
          ("h", "1. Diễn biến trong tháng"),
          ("table", ["STT", "Ngày", "Nội dung"], "timeline", "r",
           ["{{ r.no }}", "{{ r.date }}", "{{ r.kind }}: {{ r.summary }}"], [0.1, 0.2, 0.7]),
          ("h", "2. Vi phạm nghĩa vụ"),
          ("table", ["STT", "Ngày", "Hành vi vi phạm"], "breaches", "b",
           ["{{ b.no }}", "{{ b.date }}", "{{ b.act }}"], [0.1, 0.2, 0.7]),
          ("h", "3. Nhận xét, xếp loại"), ("p", "Xếp loại: {{ case.classification }}. Nhận xét: …………"),
      ], {"right": POLICE_SIGN, "recipients": ["Người chấp hành án;", "Lưu: hồ sơ."]},
      abstract="{{ period.label }}", needs=("case",)),
    T("an-tu-nhan-xet", "Bản tự nhận xét của người chấp hành án", "court", COURT_OLD.replace(
        "Luật Thi hành án hình sự 2019", "Luật Thi hành án hình sự"), "TNX", "citizen", [
          ("p", "Kính gửi: {{ unit.police }}", {"indent": False, "align": D.CENTER}),
          ("p", "Tôi là:", {"indent": False}), ("person",),
          ("p", "Đang chấp hành {{ case.category_name }} theo bản án {{ case.judgment_ref }}, thời hạn "
                "{{ case.term }} (từ {{ case.start.number }} đến {{ case.end.number }})."),
          ("p", "Tôi tự nhận xét việc chấp hành án {{ period.label }}:"),
          ("p", "1. Chấp hành pháp luật, nghĩa vụ của người chấp hành án: …………"),
          ("p", "2. Lao động, học tập, sinh hoạt: …………"),
          ("p", "3. Việc thực hiện hình phạt bổ sung, nghĩa vụ dân sự: …………"),
      ], {"left": [], "right": ["NGƯỜI CHẤP HÀNH ÁN", "(Ký, ghi rõ họ tên)", "{{ person.full_name }}"]},
      needs=("case",)),
    court_report(1, COURT_OLD, "Luật Thi hành án hình sự năm 2019", "2020-01-01", "2026-07-01"),
    court_report(2, COURT_NEW, "Luật Thi hành án hình sự số 127/2025/QH15", "2026-07-01", None),
    T("an-nhan-xet-ket-thuc", "Bản nhận xét quá trình chấp hành án khi hết thời hạn", "court",
      COURT_OLD.replace("Luật Thi hành án hình sự 2019", "Luật Thi hành án hình sự"), "NX", "agency", [
          ("p", "Kính gửi: {{ case.supervising_org }}", {"indent": False, "align": D.CENTER}),
          ("p", "{{ unit.police }} nhận xét quá trình chấp hành án của:"), ("person",),
          ("p", "Bản án: {{ case.judgment_ref }}; hình phạt: {{ case.category_name }}, thời hạn {{ case.term }} "
                "(từ {{ case.start.number }} đến {{ case.end.number }})."),
          ("h", "1. Quá trình chấp hành"),
          ("table", ["STT", "Ngày", "Nội dung"], "timeline", "r",
           ["{{ r.no }}", "{{ r.date }}", "{{ r.kind }}: {{ r.summary }}"], [0.1, 0.2, 0.7]),
          ("h", "2. Vắng mặt tại nơi cư trú"),
          ("table", ["STT", "Từ ngày", "Đến ngày", "Nơi đến", "Có phép"], "absences", "a",
           ["{{ a.no }}", "{{ a.start }}", "{{ a.end }}", "{{ a.destination }}", "{{ a.permitted }}"],
           [0.08, 0.17, 0.17, 0.38, 0.2]),
          ("h", "3. Vi phạm nghĩa vụ"),
          ("table", ["STT", "Ngày", "Hành vi vi phạm"], "breaches", "b",
           ["{{ b.no }}", "{{ b.date }}", "{{ b.act }}"], [0.1, 0.2, 0.7]),
          ("h", "4. Nhận xét chung"), ("p", "…………"),
      ], {"right": POLICE_SIGN, "recipients": RECIPIENTS}, needs=("case",)),
    # -- absences (vắng mặt tại nơi cư trú) ------------------------------------------------------
    T("vm-don-xin", "Đơn xin phép vắng mặt tại nơi cư trú", "absence", RESIDENCE, "DXP", "citizen", [
        ("p", "Kính gửi: {{ unit.police }}", {"indent": False, "align": D.CENTER}),
        ("p", "Tôi là:", {"indent": False}), ("person",),
        ("p", "Đang chấp hành: {{ case.category_name }} (từ {{ case.start.number }} đến {{ case.end.number }})."),
        ("p", "Tôi xin phép vắng mặt tại nơi cư trú từ ngày {{ absence.start.number }} đến ngày "
              "{{ absence.end.number }} ({{ absence.days }} ngày)."),
        ("p", "Nơi đến: {{ absence.destination }}."), ("p", "Lý do: {{ absence.reason }}."),
        ("p", "Tôi cam kết có mặt đúng hạn và trình báo với Công an nơi đến theo quy định."),
    ], {"left": [], "right": ["NGƯỜI LÀM ĐƠN", "(Ký, ghi rõ họ tên)", "{{ person.full_name }}"]},
      needs=("case",)),
    T("vm-giay-phep", "Giấy phép vắng mặt tại nơi cư trú", "absence", RESIDENCE, "GP", "agency", [
        ("p", "{{ unit.police }} cho phép:", {"indent": False}), ("person",),
        ("p", "Đang chấp hành: {{ case.category_name }} (từ {{ case.start.number }} đến {{ case.end.number }})."),
        ("p", "Được vắng mặt tại nơi cư trú từ ngày {{ absence.start.number }} đến ngày {{ absence.end.number }} "
              "({{ absence.days }} ngày)."),
        ("p", "Nơi đến: {{ absence.destination }}. Lý do: {{ absence.reason }}."),
        ("p", "Người được cho phép phải trình báo với Công an cấp xã nơi đến và có mặt tại nơi cư trú đúng hạn."),
    ], {"right": POLICE_SIGN, "recipients": ["Người được cho phép;", "Công an nơi đến;", "Lưu: hồ sơ."]},
      needs=("case",)),
    T("vm-thong-bao", "Thông báo về việc người chấp hành án vắng mặt tại nơi cư trú", "absence", RESIDENCE, "TB",
      "agency", [
          ("p", "Kính gửi: Công an cấp xã nơi đến ({{ absence.destination }})", {"indent": False, "align": D.CENTER}),
          ("p", "{{ unit.police }} thông báo:"), ("person",),
          ("p", "Đang chấp hành: {{ case.category_name }}, đã được cho phép vắng mặt từ ngày {{ absence.start.number }} "
                "đến ngày {{ absence.end.number }}; lý do: {{ absence.reason }}."),
          ("p", "Đề nghị Công an nơi đến phối hợp quản lý trong thời gian người này lưu trú tại địa phương; "
                "nếu vi phạm, thông báo cho {{ unit.police }} (cán bộ {{ officer.full_name }})."),
      ], {"right": POLICE_SIGN, "recipients": ["Như trên;", "Lưu: hồ sơ."]}, needs=("case",)),
    # -- warning sessions (gọi hỏi, răn đe, giáo dục) -------------------------------------------
    T("rd-bien-ban", "Biên bản buổi gọi hỏi, răn đe, giáo dục", "session", "Mẫu tham khảo", "BB", "agency", [
        ("p", "Hồi …… giờ {{ session.date.words }}, tại {{ session.place }}, {{ unit.police }} tổ chức buổi gọi "
              "hỏi, răn đe, giáo dục."),
        ("p", "Chủ trì: {{ session.chair }}. Nội dung: {{ session.topic }}."),
        ("p", "Thành phần được gọi hỏi, răn đe, giáo dục gồm:"),
        ("table", ["STT", "Họ và tên", "Ngày sinh", "Cam kết", "Cha/mẹ ký"], "attendees", "a",
         ["{{ a.no }}", "{{ a.full_name }}", "{{ a.birth_date }}", "{{ a.commitment }}", "{{ a.parent_cosigned }}"],
         [0.08, 0.37, 0.18, 0.17, 0.2]),
        ("p", "Buổi làm việc kết thúc hồi …… giờ cùng ngày; biên bản đã được đọc lại cho những người có mặt nghe "
              "và cùng ký xác nhận."),
    ], {"left": ["NGƯỜI GHI BIÊN BẢN", "{{ officer.full_name }}"],
        "right": ["NGƯỜI CHỦ TRÌ", "{{ session.chair }}"]}, needs=("session",)),
    T("rd-cam-ket", "Bản cam kết (sau buổi gọi hỏi, răn đe, giáo dục)", "session", "Mẫu tham khảo", "CK",
      "citizen", [
          ("p", "Kính gửi: {{ unit.police }}", {"indent": False, "align": D.CENTER}),
          ("p", "Tôi là:", {"indent": False}), ("person",),
          ("p", "Đã tham dự buổi gọi hỏi, răn đe, giáo dục {{ session.date.words }} tại {{ session.place }}."),
          ("p", "Tôi xin cam kết: chấp hành nghiêm chỉnh pháp luật; không tụ tập gây rối, không tham gia các tệ nạn "
                "xã hội; có mặt khi được Công an {{ unit.kind }} mời làm việc."),
          ("raw", "{%p if person.minor %}"),
          ("p", "Người đại diện hợp pháp (cha/mẹ/người giám hộ) cùng ký cam kết, có trách nhiệm quản lý, giáo dục "
                "con em."),
          ("raw", "{%p endif %}"),
      ], {"left": ["NGƯỜI ĐẠI DIỆN (nếu người cam kết chưa đủ 18 tuổi)", "(Ký, ghi rõ họ tên)", "…………"],
          "right": ["NGƯỜI CAM KẾT", "(Ký, ghi rõ họ tên)", "{{ person.full_name }}"]}, needs=("session",)),
    # -- crime tips (tin báo, tố giác tội phạm) -------------------------------------------------
    T("tb-tiep-nhan", "Biên bản tiếp nhận nguồn tin về tội phạm", "tip", "Bộ luật Tố tụng hình sự — mẫu tham khảo",
      "BB", "agency", [
          ("p", "Hồi …… giờ {{ tip.received_on.words }}, tại trụ sở {{ unit.police }}, tôi: {{ officer.full_name }}, "
                "{{ officer.title }}, tiếp nhận nguồn tin về tội phạm."),
          ("p", "Hình thức tiếp nhận: {{ tip.channel }}."),
          ("p", "Người cung cấp: {{ tip.reporter }}; liên hệ: {{ tip.reporter_contact }} (danh tính được giữ bí mật "
                "theo quy định)."),
          ("p", "Nội dung nguồn tin: {{ tip.content }}"),
          ("p", "Biên bản lập xong, đã đọc lại cho người cung cấp nghe và cùng ký xác nhận."),
      ], {"left": ["NGƯỜI CUNG CẤP TIN", "(Ký, ghi rõ họ tên)", "…………"],
          "right": ["NGƯỜI TIẾP NHẬN", "{{ officer.full_name }}"]}, needs=("tip",)),
    T("tb-chuyen", "Công văn chuyển nguồn tin về tội phạm", "tip", "Bộ luật Tố tụng hình sự — mẫu tham khảo",
      "CV", "agency", [
          ("p", "Kính gửi: Cơ quan có thẩm quyền giải quyết …………", {"indent": False, "align": D.CENTER}),
          ("p", "Ngày {{ tip.received_on.number }}, {{ unit.police }} tiếp nhận nguồn tin về tội phạm "
                "({{ tip.channel }}), nội dung: {{ tip.content }}"),
          ("p", "Người cung cấp nguồn tin: {{ tip.reporter }} (danh tính được giữ bí mật theo quy định)."),
          ("p", "Kết quả kiểm tra ban đầu: {{ tip.result }}."),
          ("p", "{{ unit.police }} chuyển nguồn tin cùng tài liệu kèm theo để giải quyết theo thẩm quyền."),
      ], {"right": POLICE_SIGN, "recipients": ["Như trên;", "Viện kiểm sát (để kiểm sát);", "Lưu: VT."]},
      needs=("tip",)),
    # -- people released from prison (tái hòa nhập cộng đồng) -----------------------------------
    T("tn-trinh-dien", "Biên bản về việc người chấp hành xong án phạt tù trình diện", "reintegration", REINT,
      "BB", "agency", [
          ("p", "Hôm nay, {{ doc.date.words }}, tại trụ sở {{ unit.police }}, tôi: {{ officer.full_name }}, "
                "{{ officer.title }}, lập biên bản với:"), ("person",),
          ("p", "Chấp hành xong án phạt tù theo bản án {{ case.judgment_ref }}; ra trại ngày "
                "{{ case.start.number }}; giấy chứng nhận số {{ case.decision_number }} của {{ case.issuer }}."),
          ("p", "Người chấp hành xong án phạt tù đã trình diện, xuất trình giấy tờ và cam kết chấp hành pháp luật, "
                "tham gia các hoạt động tái hòa nhập cộng đồng tại địa phương."),
      ], {"left": ["NGƯỜI TRÌNH DIỆN", "(Ký, ghi rõ họ tên)", "{{ person.full_name }}"],
          "right": ["CÁN BỘ LẬP BIÊN BẢN", "{{ officer.full_name }}"]}, needs=("case",)),
    T("tn-xac-minh", "Văn bản trả lời xác minh nơi cư trú của người sắp chấp hành xong án phạt tù",
      "reintegration", REINT, "CV", "agency", [
          ("p", "Kính gửi: {{ case.issuer }}", {"indent": False, "align": D.CENTER}),
          ("p", "Thực hiện đề nghị xác minh nơi cư trú, {{ unit.police }} trả lời như sau:"), ("person",),
          ("p", "Kết quả xác minh: người nêu trên có nơi cư trú tại {{ person.permanent_address }}; gia đình đồng ý "
                "tiếp nhận; {{ unit.police }} sẽ tiếp nhận, quản lý và giúp đỡ tái hòa nhập cộng đồng."),
      ], {"right": POLICE_SIGN, "recipients": ["Như trên;", "Lưu: hồ sơ, VT."]}, needs=("case",)),
]


# English titles and bases, for the English interface and CLI (the documents stay Vietnamese).
EN_REF = "reference form"
EN_EDU = f"Law on Handling Administrative Violations; Decree 120/2021/ND-CP ({EN_REF})"
EN_COURT = f"Law on Execution of Criminal Judgments; Circular 65/2019/TT-BCA ({EN_REF})"
EN_REINT = f"Decree 49/2020/ND-CP; Circular 10/2024/TT-BCA ({EN_REF})"
EN_RES = f"Law on Execution of Criminal Judgments; Residence Law Art. 31 ({EN_REF})"
EN_TIP = f"Criminal Procedure Code ({EN_REF})"
ENGLISH: dict[str, tuple[str, str]] = {
    "gd-ke-hoach": ("Education measure: management, education and support plan", EN_EDU),
    "gd-cam-ket": ("Education measure: the person's commitment", EN_EDU),
    "gd-tu-nhan-xet": ("Education measure: the person's self-review", EN_EDU),
    "gd-nhan-xet-giup-do": ("Education measure: the helper's monthly review", EN_EDU),
    "gd-chung-nhan": ("Education measure: completion certificate", EN_EDU),
    "an-nhan-xet-thang": ("Court sentence: the commune's monthly review", EN_COURT),
    "an-tu-nhan-xet": ("Court sentence: the person's self-report", EN_COURT),
    "an-bao-cao-dinh-ky": ("Court sentence: periodic report to the judgment-execution body", EN_COURT),
    "an-nhan-xet-ket-thuc": ("Court sentence: end-of-term review", EN_COURT),
    "vm-don-xin": ("Absence: the person's request", EN_RES),
    "vm-giay-phep": ("Absence: permit", EN_RES),
    "vm-thong-bao": ("Absence: notice to the destination commune", EN_RES),
    "rd-bien-ban": ("Warning session: minutes", EN_REF.capitalize()),
    "rd-cam-ket": ("Warning session: an attendee's commitment", EN_REF.capitalize()),
    "tb-tiep-nhan": ("Crime tip: intake record", EN_TIP),
    "tb-chuyen": ("Crime tip: transfer note", EN_TIP),
    "tn-trinh-dien": ("Released prisoner: report-in record", EN_REINT),
    "tn-xac-minh": ("Released prisoner: residence verification reply", EN_REINT),
}


def build(spec: dict[str, Any]) -> Any:
    doc = D.new_document()
    D.header(doc, spec["header"])
    D.title(doc, spec["meta"]["title"].upper(), spec["abstract"])
    for item in spec["content"]:
        kind = item[0]
        if kind == "p":
            opts = item[2] if len(item) > 2 else {}
            D.body(doc, item[1], indent=opts.get("indent", True), bold=opts.get("bold", False),
                   align=opts.get("align", D.JUSTIFY))
        elif kind == "h":
            D.body(doc, item[1], bold=True, indent=False)
        elif kind == "person":
            _person(doc)
        elif kind == "raw":
            D.raw(doc, item[1])
        elif kind == "table":
            D.table(doc, *item[1:])
    D.para(doc, "", after=6)
    sign = spec["sign"]
    D.signatures(doc, sign.get("left", []), sign["right"], recipients=sign.get("recipients"))
    doc.core_properties.title = spec["meta"]["title"]
    doc.core_properties.category = spec["meta"]["category"]
    return doc


def _normalise(path: Path) -> None:
    """The same bytes for the same content: fixed zip timestamps and a fixed creation date."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main(out: Path = OUT) -> None:
    import datetime as dt

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.docx"):
        old.unlink()
    for old in out.glob("*.json"):
        old.unlink()
    for spec in TEMPLATES:
        meta = spec["meta"]
        title_en, basis_en = ENGLISH[meta["id"]]
        if meta["id"] == "an-bao-cao-dinh-ky" and meta["version"] == 2:
            basis_en = f"Law on Execution of Criminal Judgments No. 127/2025/QH15, in force 1/7/2026 ({EN_REF})"
        meta = {**meta, "title_en": title_en, "basis_en": basis_en}
        name = f"{meta['id']}.v{meta['version']}"
        doc = build(spec)
        doc.core_properties.created = doc.core_properties.modified = dt.datetime(2026, 1, 1)
        doc.core_properties.revision = 1
        doc.save(str(out / f"{name}.docx"))
        _normalise(out / f"{name}.docx")
        (out / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(TEMPLATES)} templates written to {out}")


if __name__ == "__main__":
    main()
