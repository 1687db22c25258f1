"""Administrative units (DOMAIN §4). The 34 provinces from 1/7/2025 are seeded; commune lists
are loaded as data (the provincial server distributes its province's list)."""

from __future__ import annotations

PROVINCES_2025: dict[str, str] = {
    "01": "Hà Nội", "04": "Cao Bằng", "08": "Tuyên Quang", "11": "Điện Biên", "12": "Lai Châu",
    "14": "Sơn La", "15": "Lào Cai", "19": "Thái Nguyên", "20": "Lạng Sơn", "22": "Quảng Ninh",
    "24": "Bắc Ninh", "25": "Phú Thọ", "31": "Hải Phòng", "33": "Hưng Yên", "37": "Ninh Bình",
    "38": "Thanh Hóa", "40": "Nghệ An", "42": "Hà Tĩnh", "44": "Quảng Trị", "46": "Huế",
    "48": "Đà Nẵng", "51": "Quảng Ngãi", "52": "Gia Lai", "56": "Khánh Hòa", "66": "Đắk Lắk",
    "68": "Lâm Đồng", "75": "Đồng Nai", "79": "TP Hồ Chí Minh", "80": "Tây Ninh",
    "82": "Đồng Tháp", "86": "Vĩnh Long", "91": "An Giang", "92": "Cần Thơ", "96": "Cà Mau",
}


def is_unit_code(code: str) -> bool:
    """A province code (2 digits) or a commune code (5 digits)."""
    return code.isdigit() and len(code) in (2, 5)


# The centrally run cities among them (thành phố trực thuộc trung ương): their police is
# "Công an thành phố …", the others' "Công an tỉnh …".
CITIES_2025 = frozenset({"01", "31", "46", "48", "79", "92"})


def province_police(code: str, name: str) -> str:
    """The police of a province, as an agency line: "Công an tỉnh Phú Thọ", "Công an thành phố
    Hồ Chí Minh"."""
    if name.startswith("TP "):
        name = name[3:]
    return f"Công an {'thành phố' if code in CITIES_2025 else 'tỉnh'} {name}"
