"""Demo registers filled with realistic, made-up data (DESIGN §7, DOMAIN §7).
The demo is its own package, outside the core: the generator in builder.py, its data in
data/fixtures.json (loaded by data.py); this module holds the profiles and the entry points.

    ws = create_demo(data_dir, username="truong", password="…", profile="commune")

Two profiles:

* ``commune``: one commune register ("Xã Tích Sơn", 09001) signed in as its chief, with three
  officer accounts (canbo.an, canbo.binh, canbo.duc; they share the demo password) and about 300
  persons: cases of all eight categories with visits and other contacts, evaluations, absences,
  violations, events, warning sessions with attendances, citizen tips and security models,
  dated over 2024–2026 relative to today (most of it in 2025–2026).
* ``seed``: a province office register (25 Phú Thọ; Vĩnh Phúc was merged into it) signed in as
  the province admin, with the former Vĩnh Phúc communes named in the seed article (and more of
  the same area) loaded as commune units. Its first half of 2020 states exactly the article's
  figures, `SEED_FIGURES`, when counted by `ws.reports.figures(*SEED_PERIOD)`; everything else
  (other periods, other categories, contacts) is background data around them.

Everything is written through the Workspace's transactions (`Tx.insert_many`), so every row
has its sync columns and outbox entry, and the audit chain gets one "bulk_create" row per chunk.
The data is deterministic for a given `seed` (same names, dates and counts; row ids differ).
Unit codes of the communes are illustrative, not the official list; all persons are invented.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from desktop_app.core.domain.dates import add_months, add_years
from desktop_app.core.domain.vocab import CaseCategory as C
from desktop_app.core.domain.vocab import ModelKind as MK
from desktop_app.core.services.workspace import DB_NAME, SLOTS_NAME, Workspace
from desktop_app.core.textvn import fold
from desktop_app.demo.builder import _Demo
from desktop_app.demo.data import (
    _CATEGORY_WEIGHTS,
    _CATHOLIC,
    _INDUSTRIAL,
    _SPECS,
    _VILLAGE_A,
    _VILLAGE_B,
    CHUNK,
    COMMUNE_DEFAULT_PERSONS,
    PROFILES,
    SEED_ATTENDANCES,
    SEED_DEFAULT_PERSONS,
    SEED_FIGURES,
    SEED_MIN_PERSONS,
    SEED_PERIOD,
    SEED_UNITS,
    D,
    Progress,
    _between,
    _pick,
    _Unit,
)

__all__ = ["create_demo", "person_inputs", "SEED_FIGURES", "SEED_PERIOD", "SEED_ATTENDANCES", "PROFILES",
           "COMMUNE_DEFAULT_PERSONS", "SEED_DEFAULT_PERSONS", "SEED_MIN_PERSONS"]


# --- profiles ---------------------------------------------------------------------------------------

def _areas(rng: random.Random, unit_name: str, n: int) -> list[str]:
    if unit_name.startswith(("Phường", "Thị trấn")):
        named = rng.random() < 0.3
        if named:
            out: list[str] = []
            while len(out) < n:
                a = f"Tổ dân phố {rng.choice(_VILLAGE_A)} {rng.choice(_VILLAGE_B)}"
                if a not in out:
                    out.append(a)
            return out
        return [f"Tổ dân phố số {k}" for k in range(1, n + 1)]
    out = []
    while len(out) < n:
        a = f"Thôn {rng.choice(_VILLAGE_A)} {rng.choice(_VILLAGE_B)}" if rng.random() < 0.7 else f"Thôn {rng.choice(_VILLAGE_A)}"
        if a not in out:
            out.append(a)
    return out


def _commune_profile(ws: Workspace, demo: _Demo, n_persons: int, officers: list[str]) -> None:
    rng, today = demo.rng, demo.today
    unit = _Unit(ws.unit_code, ws.unit_name, "", "tỉnh Phú Thọ",
                 ["Thôn Đông", "Thôn Đoài", "Thôn Trung", "Thôn Vĩnh Thịnh", "Thôn Bảo Sơn", "Thôn Yên Lạc",
                  "Thôn Đồng Tâm", "Thôn Phú Hậu", "Thôn Tân Lập", "Thôn Hòa Bình"],
                 officers, "Đại úy Lê Văn Hùng", "Nguyễn Quang Vinh", old_district="thành phố Vĩnh Yên")
    start0 = add_years(today, -3)
    demo.population(unit, n_persons, window=(start0, today), bias=1.8)
    # warning sessions: about two a month since the start of 2025
    first = D(2025, 1, 1)
    per_month = max(2, n_persons // 150)
    months = (today.year - first.year) * 12 + today.month - first.month + 1
    for m in range(months):
        month = add_months(first, m)
        for _ in range(per_month):
            day = _between(rng, month, min(add_months(month, 1) - dt.timedelta(days=1), today))
            demo.sessions_for(unit, day, rng.randint(5, 25))
    # tips: a handful a month; recent ones still being checked
    per_month = max(6, n_persons // 40)
    for m in range(months):
        month = add_months(first, m)
        for _ in range(rng.randint(per_month - 2, per_month + 3)):
            day = _between(rng, month, min(add_months(month, 1) - dt.timedelta(days=1), today))
            recent = (today - day).days < 30
            valuable = None if recent and rng.random() < 0.6 else _pick(rng, [(True, 70), (False, 30)])
            demo.tip(unit, day, valuable)
    # security models of the commune
    for kind, name, area, since in [
        (MK.FIVE_SELF_MANAGED, "Thôn 5 tự quản về an ninh, trật tự", "Thôn Đông", D(2021, 3, 26)),
        (MK.FIVE_SELF_MANAGED, "Thôn 5 tự quản về an ninh, trật tự", "Thôn Vĩnh Thịnh", D(2022, 3, 26)),
        (MK.BOARDING_HOUSE, "Nhà trọ tự quản, an toàn về ANTT", "Thôn Trung", D(2019, 5, 10)),
        (MK.REINTEGRATION_SUPPORT, "Toàn dân tham gia quản lý, giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng",
         "Thôn Đoài", D(2018, 8, 19)),
        (MK.DRUG_FREE_WARD, "Xóa tệ nạn ma túy trên địa bàn", "Thôn Bảo Sơn", D(2020, 6, 26)),
        (MK.SAFE4_SCHOOL, "Mô hình “4 an toàn” Trường THCS Tích Sơn", "Thôn Trung", D(2019, 9, 5)),
        (MK.SAFE4_SCHOOL, "Mô hình “4 an toàn” Trường Tiểu học Tích Sơn", "Thôn Đông", D(2020, 9, 5)),
        (MK.SAFE4_AGENCY, "Mô hình “4 an toàn” tại UBND xã", "Thôn Trung", D(2019, 11, 20)),
        (MK.SAFE4_ENTERPRISE, "Mô hình “4 an toàn” Công ty TNHH May mặc Tân Lập", "Thôn Tân Lập", D(2022, 4, 2)),
        (MK.SAFE4_HOSPITAL, "Mô hình “4 an toàn” Trạm Y tế xã", "Thôn Trung", D(2023, 2, 27)),
        (MK.PARISH_NO_CRIME, "Họ giáo không có tội phạm", "Thôn Yên Lạc", D(2017, 12, 1)),
        (MK.OTHER, "Camera an ninh tại các trục đường liên thôn", "Thôn Hòa Bình", D(2024, 7, 1)),
        (MK.OTHER, "Tổ liên gia tự quản về ANTT", "Thôn Phú Hậu", D(2016, 4, 1)),
    ]:
        demo.model(unit, kind, name, area, min(since, today),
                   "dissolved" if name.startswith("Tổ liên gia") else "active")


def _seed_profile(ws: Workspace, demo: _Demo, n_persons: int) -> None:
    rng, today = demo.rng, demo.today
    h1_from, h1_to = SEED_PERIOD
    units: list[_Unit] = []
    for i, (name, district) in enumerate(SEED_UNITS):
        code = f"{8701 + 3 * i:05d}"
        slug = fold(name.split(" ", 1)[1] if not name.startswith("Thị trấn") else name[9:]).replace(" ", "")
        officers = [f"ca.{slug}.{k}" for k in (1, 2, 3)]
        weight = 1.6 if district.startswith("thành phố") else 1.0
        units.append(_Unit(code, name, district, "tỉnh Vĩnh Phúc", _areas(rng, name, rng.randint(10, 18)),
                           officers, demo.officer_title(), demo.full_name("male"), weight))
    ws.units.load([{"code": u.code, "name": u.name, "level": "commune", "parent_code": "25",
                    "valid_from": D(2019, 1, 1)} for u in units])
    weights = [u.weight for u in units]

    # background population, spread over the communes (every commune gets at least a few)
    n_persons = max(n_persons, SEED_MIN_PERSONS)
    share = [max(8, int(n_persons * w / sum(weights))) for w in weights]
    while sum(share) > n_persons:
        share[share.index(max(share))] -= 1
    while sum(share) < n_persons:
        share[rng.randrange(len(share))] += 1
    for unit, n in zip(units, share):
        demo.population(unit, n, window=(D(2019, 1, 1), today), bias=1.3, avoid_education=SEED_PERIOD)

    # 169 people put under community education in H1 2020 (all finished long ago)
    for _ in range(SEED_FIGURES["cases"]["opened"]["community_education"]):
        unit = rng.choices(units, weights)[0]
        start = _between(rng, h1_from, h1_to)
        spec = _SPECS[C.COMMUNITY_EDUCATION]
        p = demo.person(unit, birth=demo.birth_for(spec.age, start),
                        gender="male" if rng.random() < spec.male else "female")
        demo.case(p, C.COMMUNITY_EDUCATION, start)

    # warning sessions: exactly SEED_ATTENDANCES attendances in H1 2020
    left = SEED_ATTENDANCES
    while left > 0:
        unit = rng.choices(units, weights)[0]
        size = min(rng.randint(12, 40), len(unit.persons), left)
        demo.sessions_for(unit, _between(rng, h1_from, h1_to), size)
        left -= size
    # and background sessions in other periods, about one per commune every two months
    for unit in units:
        day = D(2019, 7, 1) + dt.timedelta(days=rng.randint(0, 40))
        while day <= today:
            if not h1_from <= day <= h1_to:
                demo.sessions_for(unit, day, rng.randint(5, 25))
            day += dt.timedelta(days=rng.randint(40, 80))

    # tips: 1,211 in H1 2020, 848 of them valuable; ~200 a month province-wide otherwise
    received, valuable = SEED_FIGURES["tips"]["received"], SEED_FIGURES["tips"]["valuable"]
    flags = [True] * valuable + [False] * (received - valuable)
    rng.shuffle(flags)
    for flag in flags:
        demo.tip(rng.choices(units, weights)[0], _between(rng, h1_from, h1_to), flag)
    month = D(2019, 7, 1)
    while month <= today:
        if not h1_from <= month <= h1_to:
            for _ in range(rng.randint(170, 230)):
                day = _between(rng, month, min(add_months(month, 1) - dt.timedelta(days=1), today))
                recent = (today - day).days < 30
                demo.tip(rng.choices(units, weights)[0], day,
                         None if recent and rng.random() < 0.6 else rng.random() < 0.7)
        month = add_months(month, 1)

    _seed_models(demo, units)


def _seed_models(demo: _Demo, units: list[_Unit]) -> None:
    """372 areas with movement models by 30/06/2020, 288 of them "4 an toàn" models
    (77 agencies, 48 enterprises, 14 hospitals, 149 schools); later and dissolved models
    around them."""
    rng, today = demo.rng, demo.today
    by_name = {u.name: u for u in units}
    until = SEED_PERIOD[1]

    def since() -> D:
        return _between(rng, D(2012, 1, 1), until)

    # which areas have models by mid-2020: exactly 372 (unit, area) pairs
    target = SEED_FIGURES["models"]["areas"]
    chosen: dict[str, list[str]] = {u.code: [] for u in units}
    pool = [(u, a) for u in units for a in u.areas]
    rng.shuffle(pool)
    per_unit = {u.code: 0 for u in units}
    picked: list[tuple[_Unit, str]] = []
    for u in units:  # every commune has at least five
        for a in u.areas[:5]:
            picked.append((u, a))
            per_unit[u.code] += 1
    taken = {(u.code, a) for u, a in picked}
    for u, a in pool:
        if len(picked) >= target:
            break
        if (u.code, a) not in taken:
            picked.append((u, a))
            taken.add((u.code, a))
    assert len(picked) == target, "not enough areas for the seed's models"
    for u, a in picked:
        chosen[u.code].append(a)
    covered: set[tuple[str, str]] = set()

    def add(unit: _Unit, kind: MK, name: str, area: str | None = None, when: D | None = None) -> None:
        area = area or rng.choice(chosen[unit.code])
        covered.add((unit.code, area))
        demo.model(unit, kind, name, area, when or since())

    # the article's own models
    for uname in ("Phường Khai Quang", "Xã Bá Hiến", "Phường Phúc Thắng"):
        u = by_name[uname]
        add(u, MK.BOARDING_HOUSE, "Nhà trọ tự quản, an toàn về ANTT", chosen[u.code][0])
    u = by_name["Phường Tích Sơn"]
    add(u, MK.REINTEGRATION_SUPPORT, "Toàn dân tham gia quản lý, giúp đỡ người chấp hành xong án phạt tù "
        "tái hòa nhập cộng đồng", chosen[u.code][0])
    u = by_name["Xã Đồng Quế"]
    add(u, MK.PARISH_NO_CRIME, "Họ giáo không có tội phạm", chosen[u.code][0])
    u = by_name["Phường Hội Hợp"]
    add(u, MK.DRUG_FREE_WARD, "Xóa tệ nạn ma túy trên địa bàn phường", chosen[u.code][0])

    # "4 an toàn": 149 schools, 77 agencies, 48 enterprises, 14 hospitals
    schools = [(u, f"Trường {lvl} {u.short}") for u in units for lvl in ("Mầm non", "Tiểu học", "THCS")]
    high = ["THPT Trần Phú", "THPT Chuyên Vĩnh Phúc", "THPT Liễn Sơn", "THPT Bến Tre", "THPT Xuân Hòa",
            "THPT Quang Hà", "THPT Nguyễn Thái Học", "THPT Bình Xuyên", "THPT Sông Lô", "THPT Tam Dương",
            "THPT Tam Đảo", "THPT Lê Xoay", "THPT Yên Lạc", "THPT Vĩnh Yên", "THPT Phúc Yên"]
    schools += [(rng.choice(units), f"Trường {h}") for h in high]
    schools = schools[:SEED_FIGURES["models"]["by_kind"]["safe4_school"]]
    agencies = [(u, f"UBND {u.kind} {u.short}") for u in units]
    extra_agency = ["Kho bạc Nhà nước", "Chi cục Thuế", "Bưu điện", "Trung tâm Văn hóa - Thể thao",
                    "Ngân hàng Nông nghiệp và Phát triển nông thôn - Phòng giao dịch", "Điện lực",
                    "Hạt Kiểm lâm", "Trung tâm Giáo dục nghề nghiệp"]
    while len(agencies) < SEED_FIGURES["models"]["by_kind"]["safe4_agency"]:
        u = rng.choice(units)
        name = f"{rng.choice(extra_agency)} {u.short}"
        if all(name != n for _, n in agencies):
            agencies.append((u, name))
    industrial = [u for u in units if u.name in _INDUSTRIAL]
    enterprises: list[tuple[_Unit, str]] = []
    firm_a = ["May mặc", "Điện tử", "Cơ khí", "Gạch ngói", "Bao bì", "Linh kiện ô tô", "Thực phẩm", "Vật liệu xây dựng"]
    firm_b = ["Hải Đăng", "Minh Phát", "Tân Tiến", "Phúc Hưng", "Việt Thành", "Thành Long", "Hoàng Gia", "An Khánh"]
    while len(enterprises) < SEED_FIGURES["models"]["by_kind"]["safe4_enterprise"]:
        u = rng.choice(industrial)
        name = f"Công ty {rng.choice(['TNHH', 'Cổ phần'])} {rng.choice(firm_a)} {rng.choice(firm_b)}"
        if all(name != n for _, n in enterprises):
            enterprises.append((u, name))
    hospitals = [(by_name["Phường Liên Bảo"], "Bệnh viện Đa khoa tỉnh Vĩnh Phúc"),
                 (by_name["Phường Khai Quang"], "Bệnh viện Sản - Nhi tỉnh Vĩnh Phúc"),
                 (by_name["Phường Hùng Vương"], "Bệnh viện Đa khoa khu vực Phúc Yên"),
                 (by_name["Phường Đống Đa"], "Bệnh viện Y dược cổ truyền tỉnh"),
                 (by_name["Phường Ngô Quyền"], "Bệnh viện Tâm thần tỉnh"),
                 (by_name["Phường Đồng Tâm"], "Bệnh viện Phục hồi chức năng tỉnh")]
    for uname in ("Thị trấn Hương Canh", "Thị trấn Tam Sơn", "Thị trấn Hợp Hòa", "Thị trấn Tam Đảo",
                  "Thị trấn Lập Thạch", "Thị trấn Vĩnh Tường", "Thị trấn Yên Lạc", "Xã Định Trung"):
        u = by_name[uname]
        hospitals.append((u, f"Trung tâm Y tế {u.district}" if u.district.startswith("huyện")
                          else "Bệnh viện Lao và bệnh phổi tỉnh"))
    hospitals = hospitals[:SEED_FIGURES["models"]["by_kind"]["safe4_hospital"]]
    for kind, places in ((MK.SAFE4_SCHOOL, schools), (MK.SAFE4_AGENCY, agencies),
                         (MK.SAFE4_ENTERPRISE, enterprises), (MK.SAFE4_HOSPITAL, hospitals)):
        for u, place in places:
            add(u, kind, f"Mô hình “4 an toàn” {place}")

    # every other chosen area gets a movement model; a quarter of the covered ones one more
    movement = [(MK.FIVE_SELF_MANAGED, 35), (MK.BOARDING_HOUSE, 15), (MK.OTHER, 25), (MK.DRUG_FREE_WARD, 10),
                (MK.REINTEGRATION_SUPPORT, 10), (MK.PARISH_NO_CRIME, 5)]
    names = {MK.FIVE_SELF_MANAGED: "{area} 5 tự quản về an ninh, trật tự",
             MK.BOARDING_HOUSE: "Nhà trọ tự quản, an toàn về ANTT {area}",
             MK.OTHER: "Tổ tự quản về an ninh, trật tự {area}",
             MK.DRUG_FREE_WARD: "{area} không có tệ nạn ma túy",
             MK.REINTEGRATION_SUPPORT: "Giúp đỡ người lầm lỗi tái hòa nhập cộng đồng {area}",
             MK.PARISH_NO_CRIME: "Họ giáo không có tội phạm {area}"}
    for u, a in picked:
        if (u.code, a) not in covered or rng.random() < 0.25:
            kind = _pick(rng, movement)
            if kind == MK.PARISH_NO_CRIME and u.name not in _CATHOLIC:
                kind = MK.FIVE_SELF_MANAGED
            if kind == MK.BOARDING_HOUSE and u.name not in _INDUSTRIAL:
                kind = MK.OTHER
            add(u, kind, names[kind].format(area=a.lower() if kind != MK.FIVE_SELF_MANAGED else a), a)

    # after mid-2020: new models (some in new areas), some since dissolved or suspended
    later_from = until + dt.timedelta(days=1)
    for _ in range(80):
        u = rng.choice(units)
        a = rng.choice(u.areas)
        kind = _pick(rng, movement + [(MK.SAFE4_SCHOOL, 8), (MK.SAFE4_AGENCY, 5), (MK.SAFE4_ENTERPRISE, 5)])
        if kind in (MK.SAFE4_SCHOOL, MK.SAFE4_AGENCY, MK.SAFE4_ENTERPRISE):
            name = f"Mô hình “4 an toàn” {rng.choice(['Trường THCS', 'Trường Tiểu học', 'UBND', 'Công ty TNHH'])} {u.short} {rng.randint(2, 9)}"
        else:
            name = names[kind].format(area=a.lower() if kind != MK.FIVE_SELF_MANAGED else a)
        status = _pick(rng, [("active", 80), ("dissolved", 12), ("suspended", 8)])
        demo.model(u, kind, name, a, _between(rng, later_from, today), status)


# --- entry point ------------------------------------------------------------------------------------

def create_demo(data_dir: Path | str, *, username: str, password: str, profile: str = "commune",
                persons: int | None = None, seed: int = 2020, progress: Progress | None = None,
                today: D | None = None, chunk: int = CHUNK) -> Workspace:
    """A NEW register in `data_dir` filled with demo data, signed in as `username` (a chief for
    the commune profile, a province admin for the seed profile). Raises StoreError
    ("register_exists") when a register is already there, ValidationFailed for a bad account.

    `persons` scales the number of persons (default COMMUNE_DEFAULT_PERSONS or
    SEED_DEFAULT_PERSONS; the seed profile uses at least SEED_MIN_PERSONS); on average each has
    about ten contacts. `progress(stage, done, total)` is called after every chunk written.
    `today` moves "now" for the generated dates (default: the system date)."""
    if profile not in PROFILES:
        raise ValueError(f"unknown demo profile {profile!r}; expected one of {PROFILES}")
    data_dir = Path(data_dir)
    today = today or dt.date.today()
    rng = random.Random(seed)
    if profile == "commune":
        ws = Workspace.create(data_dir, unit_code="09001", unit_name="Xã Tích Sơn", admin=username,
                              password=password, full_name="Lê Văn Hùng", parent_code="25")
    else:
        ws = Workspace.create(data_dir, unit_code="25", unit_name="Công an tỉnh Phú Thọ", admin=username,
                              password=password, full_name="Nguyễn Minh Quân")
    try:
        demo = _Demo(ws, rng, today, progress, chunk)
        if profile == "commune":
            officers = [username]
            for uname, full in (("canbo.an", "Nguyễn Văn An"), ("canbo.binh", "Trần Thị Bình"),
                                ("canbo.duc", "Phạm Minh Đức")):
                if uname != username:
                    ws.users.add({"username": uname, "full_name": full, "role": "officer"}, password)
                    officers += [uname, uname]  # officers carry most cases
            _commune_profile(ws, demo, COMMUNE_DEFAULT_PERSONS if persons is None else persons, officers)
        else:
            _seed_profile(ws, demo, SEED_DEFAULT_PERSONS if persons is None else persons)
        demo.flush()
        with ws.db.write() as tx:
            tx.audit("demo_created", "register", ws.register_id, None,
                     {"profile": profile, "seed": seed, "persons": len(demo.persons)})
    except BaseException:
        ws.close()
        for p in list(data_dir.glob(DB_NAME + "*")) + [data_dir / SLOTS_NAME]:
            p.unlink(missing_ok=True)
        raise
    return ws


def person_inputs(n: int, *, seed: int = 2020, today: D | None = None) -> list[dict[str, Any]]:
    """`n` realistic persons as `ws.persons.add` accepts them (names, partial birth dates,
    matching unique CCCDs, addresses in Xã Tích Sơn), deterministic for `seed`. For benchmarks
    and tests that write persons one by one."""
    rng = random.Random(seed)
    demo = _Demo(None, rng, today or dt.date.today(), None)  # type: ignore[arg-type]
    unit = _Unit("09001", "Xã Tích Sơn", "", "tỉnh Phú Thọ", ["Thôn Đông", "Thôn Đoài", "Thôn Trung"],
                 [], "", "")
    out = []
    for _ in range(n):
        spec = _SPECS[_pick(rng, _CATEGORY_WEIGHTS)]
        gender = "male" if rng.random() < spec.male else "female"
        out.append(demo.person_input(unit, birth=demo.birth_for(spec.age, demo.today), gender=gender)[0])
    return out
