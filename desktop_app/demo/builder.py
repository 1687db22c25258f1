"""The demo generator: writes made-up persons, cases, contacts, sessions, tips and models through
the Workspace's transactions (see desktop_app/demo/__init__.py for the profiles)."""

from __future__ import annotations

import datetime as dt
import random
from itertools import islice
from typing import Any, Iterable, Iterator

from desktop_app.core.domain import rules as R
from desktop_app.core.domain.dates import PartialDate, add_months, add_years
from desktop_app.core.domain.vocab import CaseCategory as C
from desktop_app.core.domain.vocab import CaseStatus as S
from desktop_app.core.domain.vocab import EventKind as E
from desktop_app.core.domain.vocab import ModelKind as MK
from desktop_app.core.domain.vocab import SentenceKind as SK
from desktop_app.core.domain.vocab import TipChannel as TC
from desktop_app.core.ids import uuid7
from desktop_app.core.services.persons import build_search_text
from desktop_app.core.services.workspace import Workspace
from desktop_app.core.store.tables import (
    Absence,
    Attendance,
    CaseEvent,
    CaseFile,
    Contact,
    Evaluation,
    IdDocument,
    Person,
    SecurityModel,
    Tip,
    Violation,
    WarningSession,
)
from desktop_app.demo.data import (  # noqa: F401
    _ABSENCE_REASONS,
    _ALIASES,
    _BIRTH_PROVINCE,
    _CATEGORY_WEIGHTS,
    _CONTACT_BAD,
    _CONTACT_TEXT,
    _ELSEWHERE,
    _ETHNICITY,
    _FAMILY,
    _GIVEN_F,
    _GIVEN_M,
    _HELPER_COMMENT,
    _JUDGMENT,
    _MEASURE,
    _MIDDLE_F,
    _MIDDLE_M,
    _OCCUPATIONS,
    _ORGS,
    _P,
    _POLICE_ASSESS,
    _PRISONS,
    _RANKS,
    _RELIGION,
    _SESSION_TOPICS,
    _SPECS,
    _TIP_TEXT,
    _TIP_VALUELESS,
    _VILLAGE_A,
    _VILLAGE_B,
    _VIOLATIONS,
    _WORK,
    CHUNK,
    NEW_JUDGMENT_LAW,
    D,
    Progress,
    _between,
    _Case,
    _dmy,
    _pick,
    _Unit,
)


class _Demo:
    def __init__(self, ws: Workspace, rng: random.Random, today: D, progress: Progress | None,
                 chunk: int = CHUNK):
        self.ws, self.rng, self.today = ws, rng, today
        self.progress = progress or (lambda stage, done, total: None)
        self.chunk = chunk
        self.cccds: set[str] = set()
        self.counters: dict[tuple[str, int, str], int] = {}
        self.persons: list[dict[str, Any]] = []
        self.id_docs: list[dict[str, Any]] = []
        self.cases: list[_Case] = []
        self.absences: list[dict[str, Any]] = []
        self.violations: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.sessions: list[dict[str, Any]] = []
        self.attendances: list[dict[str, Any]] = []
        self.tips: list[dict[str, Any]] = []
        self.models: list[dict[str, Any]] = []

    # -- small helpers ---------------------------------------------------------------------------
    def name(self, gender: str) -> tuple[str, str, str]:
        rng = self.rng
        fam = _pick(rng, _FAMILY)
        if gender == "female":
            return fam, _pick(rng, _MIDDLE_F), rng.choice(_GIVEN_F)
        return fam, _pick(rng, _MIDDLE_M), rng.choice(_GIVEN_M)

    def full_name(self, gender: str | None = None) -> str:
        g = gender or self.rng.choice(["male", "female"])
        return " ".join(self.name(g))

    def officer_title(self) -> str:
        return f"{self.rng.choice(_RANKS)} {self.full_name('male' if self.rng.random() < 0.8 else 'female')}"

    def number(self, unit: _Unit, year: int, series: str) -> int:
        key = (unit.code, year, series)
        self.counters[key] = self.counters.get(key, self.rng.randint(1, 20)) + self.rng.randint(1, 4)
        return self.counters[key]

    def cccd(self, birth_year: int, gender: str) -> str:
        province = _pick(self.rng, _BIRTH_PROVINCE)
        digit = {1900: 0, 2000: 2, 2100: 4}[birth_year // 100 * 100] + (1 if gender == "female" else 0)
        while True:
            n = f"{province}{digit}{birth_year % 100:02d}{self.rng.randrange(10**6):06d}"
            if n not in self.cccds:
                self.cccds.add(n)
                return n

    # -- persons ---------------------------------------------------------------------------------
    def person_input(self, unit: _Unit, *, birth: D, gender: str) -> tuple[dict[str, Any], str]:
        """What a user would type for one person (PersonIn fields), and the area they live in."""
        rng, today = self.rng, self.today
        fam, mid, giv = self.name(gender)
        r = rng.random()
        birth_text = _dmy(birth) if r < 0.9 else (f"{birth.month:02d}/{birth.year}" if r < 0.94 else str(birth.year))
        age = (today - birth).days // 365
        area = rng.choice(unit.areas)
        outsider = rng.random() < 0.08
        current = unit.address(area)
        permanent = f"{rng.choice(['Thôn', 'Xóm', 'Tổ dân phố'])} {rng.choice(_VILLAGE_A)} {rng.choice(_VILLAGE_B)}, {rng.choice(_ELSEWHERE)}" if outsider else current
        data: dict[str, Any] = {
            "family_name": fam, "middle_name": mid, "given_name": giv, "birth_date": birth_text,
            "gender": gender, "permanent_address": permanent, "current_address": current,
            "permanent_unit_code": None if outsider else unit.code, "current_unit_code": unit.code,
            "occupation": "Học sinh" if age < 18 and rng.random() < 0.7 else _pick(rng, _OCCUPATIONS),
            "ethnicity": _pick(rng, _ETHNICITY), "religion": _pick(rng, _RELIGION),
        }
        if age >= 14 or rng.random() < 0.25:
            data["cccd"] = self.cccd(birth.year, gender)
        if age >= 16 and rng.random() < 0.7:
            data["phone"] = rng.choice(["09", "03", "08", "07"]) + f"{rng.randrange(10**8):08d}"
        if gender == "male" and rng.random() < 0.06:
            data["aliases"] = rng.choice(_ALIASES)
        if rng.random() < 0.03:
            data["health_note"] = rng.choice(["Nghiện ma túy, đã cai nghiện tại cơ sở", "Bệnh phổi mạn tính",
                                              "Rối loạn tâm thần nhẹ"])
        return data, area

    def person(self, unit: _Unit, *, birth: D, gender: str) -> _P:
        rng = self.rng
        data, area = self.person_input(unit, birth=birth, gender=gender)
        age = (self.today - birth).days // 365
        row = self.ws.persons.prepare(data, check_duplicates=False)
        pid = uuid7()
        row["id"], row["unit_code"] = pid, unit.code
        if birth.year <= 1998 and age >= 16 and rng.random() < 0.25:
            number = "135" + f"{rng.randrange(10**6):06d}"
            issued = _between(rng, add_years(birth, 16), min(add_years(birth, 25), D(2016, 1, 1)))
            self.id_docs.append({"id": uuid7(), "unit_code": unit.code, "person_id": pid, "kind": "cmnd",
                                 "number": number, "issued_on": issued, "issued_by": "Công an tỉnh Vĩnh Phúc",
                                 "note": "CMND cũ"})
            row["search_text"] = build_search_text(row, [number])
        self.persons.append(row)
        latest = PartialDate.from_storage(row["birth_date"]).latest()
        p = _P(pid, unit, gender, latest, row["full_name"], area)
        unit.persons.append(p)
        return p

    def birth_for(self, age: tuple[int, int], on: D) -> D:
        years = self.rng.randint(*age)
        return add_years(on, -years) - dt.timedelta(days=self.rng.randint(0, 364))

    # -- cases -----------------------------------------------------------------------------------
    def case(self, p: _P, cat: C, start: D, *, officer: str | None = None,
             status: S | None = None) -> _Case:
        rng, today, unit = self.rng, self.today, p.unit
        spec = _SPECS[cat]
        term = rng.choice(spec.terms) if spec.terms else None
        ext = red = unauth_days = 0
        events: list[dict[str, Any]] = []
        unauth: tuple[D, D] | None = None
        if term:
            if cat in (C.SUSPENDED_SENTENCE, C.NON_CUSTODIAL_REFORM) and term >= 12 and rng.random() < 0.08:
                when = add_months(start, (term + 1) // 2) + dt.timedelta(days=rng.randint(0, 20))
                if when <= today:
                    red = rng.choice([3, 6]) if term >= 24 else 3
                    events.append({"kind": E.REDUCTION.value, "date": when, "months": red,
                                   "decision_number": f"{self.number(unit, when.year, 'CA')}/{when.year}/QĐ-CA",
                                   "note": "Rút ngắn thời gian thử thách do chấp hành tốt"})
            if cat in (*_MEASURE, C.DRUG_MANAGEMENT) and rng.random() < 0.02:
                when = add_months(start, term - 1)
                if when <= today:
                    ext = 1
                    events.append({"kind": E.EXTENSION.value, "date": when, "months": 1,
                                   "decision_number": f"{self.number(unit, when.year, 'QĐ')}/QĐ-UBND",
                                   "note": "Kéo dài thời hạn do không chấp hành đầy đủ nghĩa vụ"})
            if cat in (*_MEASURE, *_JUDGMENT) and rng.random() < 0.025:
                days = rng.randint(4, 25)
                a = start + dt.timedelta(days=rng.randint(10, max(11, term * 12)))
                if a + dt.timedelta(days=days) < today:
                    unauth, unauth_days = (a, a + dt.timedelta(days=days - 1)), days
        end = R.case_end(start, term, extension_months=ext, reduction_months=red,
                         unauthorised_absence_days=unauth_days) if term else None

        actual_end: D | None = None
        if status is None:
            status = S.ACTIVE
            if start > today:
                status = S.PROPOSED
            elif end is not None and end < today:
                r = rng.random()
                if r < 0.86:
                    status, actual_end = S.COMPLETED, end
                elif r < 0.91 and cat != C.CONDITIONAL_RELEASE:
                    status = S.TERMINATED_EARLY
                    actual_end = _between(rng, start + (end - start) / 2, end)
                elif r < 0.96:
                    status = S.TRANSFERRED
                elif r < 0.985:
                    status = S.REVOKED
                else:
                    status = S.DECEASED
            elif end is None:
                age_days = (today - start).days
                # the older an open-ended case, the likelier it has been closed
                if cat == C.REINTEGRATION and age_days > 540 and rng.random() < min(0.9, age_days / 1500):
                    status = S.COMPLETED
                    actual_end = start + dt.timedelta(days=rng.randint(365, min(age_days, 1100)))
                elif cat == C.COMMUNITY_WATCH and age_days > 300 and rng.random() < min(0.9, age_days / 1000):
                    status = S.COMPLETED
                    actual_end = start + dt.timedelta(days=rng.randint(180, min(age_days, 900)))
                elif age_days > 60 and rng.random() < 0.03:
                    status = S.TRANSFERRED
            elif (today - start).days > 60 and rng.random() < 0.02:
                status = S.TRANSFERRED
            elif rng.random() < 0.015:
                status = S.SUSPENDED
        elif status == S.COMPLETED:
            actual_end = end or _between(rng, start + dt.timedelta(days=180), today)
        if status in (S.TRANSFERRED, S.REVOKED, S.DECEASED) and actual_end is None:
            actual_end = _between(rng, start + dt.timedelta(days=20), min(end or today, today))
        if actual_end is not None and actual_end > today:
            actual_end = today
        if status == S.TRANSFERRED:
            events.append({"kind": E.TRANSFER_OUT.value, "date": actual_end, "months": 0,
                           "other_unit_code": self.other_unit(unit),
                           "decision_number": "", "note": "Chuyển hồ sơ do đối tượng thay đổi nơi cư trú"})
        if status not in (S.PROPOSED,) and rng.random() < 0.03:
            events.append({"kind": E.TRANSFER_IN.value, "date": start, "months": 0,
                           "other_unit_code": self.other_unit(unit), "decision_number": "",
                           "note": "Tiếp nhận hồ sơ chuyển đến từ nơi cư trú cũ"})
        if cat == C.NON_CUSTODIAL_REFORM and status == S.TERMINATED_EARLY and rng.random() < 0.5:
            events.append({"kind": E.EXEMPTION.value, "date": actual_end, "months": 0,
                           "decision_number": f"{self.number(unit, actual_end.year, 'CA')}/{actual_end.year}/QĐ-CA",
                           "note": "Miễn chấp hành phần thời gian còn lại"})

        # contacts, from a few days after the start to the end (or today); some cases lag behind
        lagging = status == S.ACTIVE and rng.random() < 0.12
        cend = actual_end or today
        if lagging:
            cend = min(cend, today - dt.timedelta(days=rng.randint(35, 80)))
        if end is not None and status in (S.ACTIVE, S.SUSPENDED):
            cend = min(cend, end)
        dates: list[D] = []
        if status != S.PROPOSED:
            d = start + dt.timedelta(days=rng.randint(1, 7))
            lo, hi = spec.gap
            while d <= cend:
                dates.append(d)
                d += dt.timedelta(days=rng.randint(lo, hi))

        # evaluations: every period whose assessment is due, or done early; laggards miss some
        a = self.ws.rules.get("assessment", cat, start)
        periods: list[D] = []
        period_kind = a["period"] if a else "month"
        if a and status != S.PROPOSED:
            stop = actual_end or (min(end, today) if end else today)
            p_start = R.period_start(start, period_kind)
            while p_start <= stop:
                nxt = R.next_period(p_start, period_kind)
                if R.assessment_due_date(p_start, period_kind, a["due_day"]) <= today or (
                        nxt <= today and rng.random() < 0.5):
                    periods.append(p_start)
                else:
                    break
                p_start = nxt
            if lagging and periods:
                del periods[len(periods) - rng.randint(1, min(2, len(periods))):]
        classes = [self.classification(cat) for _ in periods]
        classification = classes[-1] if classes else (self.classification(cat) if cat == C.REINTEGRATION else None)
        if cat == C.REINTEGRATION and status == S.ACTIVE and rng.random() < 0.02 and dates:
            when = dates[-1]
            events.append({"kind": E.NEW_CONVICTION.value, "date": when, "months": 0, "decision_number": "",
                           "note": "Bị khởi tố về tội trộm cắp tài sản, đang bị tạm giam"})
            classification = "D"

        row = self.case_row(p, cat, start, term, end, status, actual_end, classification,
                            officer or rng.choice(unit.officers))
        row["last_contact_date"] = dates[-1] if dates else None
        row["last_assessed_period"] = periods[-1] if periods else None
        cid = row["id"]
        for ev in events:
            self.events.append({"id": uuid7(), "unit_code": unit.code, "case_id": cid,
                                "other_unit_code": None, **ev})
        if unauth:
            self.absences.append({"id": uuid7(), "unit_code": unit.code, "case_id": cid, "start": unauth[0],
                                  "end": unauth[1], "permitted": False, "counted_toward_term": False,
                                  "reason": "Tự ý đi khỏi nơi cư trú không khai báo",
                                  "destination": "Không rõ", "override_reason": ""})
        if status != S.PROPOSED and cat != C.COMMUNITY_WATCH and rng.random() < 0.09:
            days = rng.randint(3, 30)
            last = cend - dt.timedelta(days=days)
            if last > start + dt.timedelta(days=10):
                a0 = _between(rng, start + dt.timedelta(days=10), last)
                reason, dest = rng.choice(_ABSENCE_REASONS)
                self.absences.append({"id": uuid7(), "unit_code": unit.code, "case_id": cid, "start": a0,
                                      "end": a0 + dt.timedelta(days=days - 1), "permitted": True,
                                      "counted_toward_term": True, "reason": reason, "destination": dest,
                                      "override_reason": ""})
        if dates and rng.random() < 0.04:
            when = rng.choice(dates)
            act, handling = rng.choice(_VIOLATIONS)
            self.violations.append({"id": uuid7(), "unit_code": unit.code, "case_id": cid, "date": when,
                                    "act": act, "handling": handling,
                                    "record_number": f"{self.number(unit, when.year, 'BB')}/BB-VPHC"})
        c = _Case(row, p, dates, periods, period_kind, classes)
        self.cases.append(c)
        return c

    def classification(self, cat: C) -> str:
        if cat == C.REINTEGRATION:
            return _pick(self.rng, [("A", 60), ("B", 25), ("C", 12), ("D", 3)])
        return _pick(self.rng, [("A", 70), ("B", 25), ("C", 5)])

    def other_unit(self, unit: _Unit) -> str:
        return f"{(int(unit.code) + self.rng.choice([-6, -3, 3, 6, 9])) % 100000:05d}"

    def case_row(self, p: _P, cat: C, start: D, term: int | None, end: D | None, status: S,
                 actual_end: D | None, classification: str | None, officer: str) -> dict[str, Any]:
        rng, unit = self.rng, p.unit
        row: dict[str, Any] = {
            "id": uuid7(), "unit_code": unit.code, "person_id": p.id, "category": cat.value,
            "legal_basis": "", "decision_number": "", "decision_date": None, "issuer": "", "signer": "",
            "effective_date": None, "judgment_ref": "", "supplementary_penalty": "", "supervising_org": "",
            "helper_name": "", "officer": officer, "term_months": term, "start_date": start,
            "computed_end": end, "actual_end": actual_end, "status": status.value, "sentence_kind": None,
            "classification": classification, "completion_cert_number": "", "completion_date": None,
            "followup_end": None, "review_date": None, "override_reason": "", "note": "",
        }
        commune = f"{unit.kind} {unit.short}"
        decided = start - dt.timedelta(days=rng.randint(1, 10))
        if cat in _MEASURE or cat == C.DRUG_MANAGEMENT:
            row.update(decision_number=f"{self.number(unit, decided.year, 'QĐ')}/QĐ-UBND", decision_date=decided,
                       issuer=f"Chủ tịch UBND {commune}", signer=unit.chairman, effective_date=start)
            if cat == C.DRUG_MANAGEMENT:
                row.update(legal_basis="Luật Phòng, chống ma túy 2021; Nghị định 105/2021/NĐ-CP",
                           supervising_org=f"UBND {commune}")
            else:
                org = rng.choice(_ORGS)
                row.update(legal_basis="Luật Xử lý vi phạm hành chính; Nghị định 120/2021/NĐ-CP",
                           supervising_org=f"{org} {commune}")
                if cat == C.FAMILY_MANAGEMENT:
                    row["helper_name"] = f"{self.full_name('male')} (bố)" if rng.random() < 0.6 else f"{self.full_name('female')} (mẹ)"
                else:
                    row["helper_name"] = f"{self.full_name()} ({org} {p.area.lower()})"[:120]
        elif cat in _JUDGMENT:
            judged = start - dt.timedelta(days=rng.randint(20, 80))
            sk = {C.SUSPENDED_SENTENCE: SK.SUSPENDED, C.NON_CUSTODIAL_REFORM: SK.NON_CUSTODIAL}.get(cat) or \
                _pick(rng, [(SK.PRISON_UP_TO_5Y, 70), (SK.PRISON_5_TO_15Y, 30)])
            court = unit.court(judged)
            law = ("Luật Thi hành án hình sự 2025 (Luật số 127/2025/QH15)" if start >= NEW_JUDGMENT_LAW
                   else "Luật Thi hành án hình sự 2019; Thông tư 65/2019/TT-BCA")
            row.update(legal_basis=law, sentence_kind=sk.value,
                       judgment_ref=f"Bản án số {self.number(unit, judged.year, 'HS')}/{judged.year}/HS-ST ngày {_dmy(judged)} của {court}",
                       decision_number=f"{self.number(unit, decided.year, 'CA')}/{decided.year}/QĐ-CA",
                       decision_date=decided, issuer=f"Chánh án {court}", signer=self.full_name(),
                       effective_date=start, supervising_org=f"UBND {commune}")
            if cat == C.SUSPENDED_SENTENCE and rng.random() < 0.2:
                row["supplementary_penalty"] = rng.choice(["Phạt tiền 10.000.000 đồng", "Cấm đảm nhiệm chức vụ 2 năm",
                                                           "Phạt tiền 20.000.000 đồng"])
        elif cat == C.REINTEGRATION:
            sk = _pick(rng, [(SK.PRISON_UP_TO_5Y, 60), (SK.PRISON_5_TO_15Y, 30), (SK.PRISON_OVER_15Y, 8),
                             (SK.LIFE_OR_DEATH_COMMUTED, 2)])
            years = {SK.PRISON_UP_TO_5Y: (1, 5), SK.PRISON_5_TO_15Y: (6, 15), SK.PRISON_OVER_15Y: (16, 20),
                     SK.LIFE_OR_DEATH_COMMUTED: (20, 25)}[sk]
            judged = add_years(start, -rng.randint(*years)) - dt.timedelta(days=rng.randint(30, 200))
            prison, code = rng.choice(_PRISONS)
            released = start - dt.timedelta(days=rng.randint(0, 5))
            row.update(legal_basis="Nghị định 49/2020/NĐ-CP; Thông tư 10/2024/TT-BCA", sentence_kind=sk.value,
                       judgment_ref=f"Bản án số {self.number(unit, judged.year, 'HS')}/{judged.year}/HS-ST ngày {_dmy(judged)} của {unit.court(judged)}",
                       decision_number=f"{rng.randint(10, 900)}/GCN-{code}", decision_date=released,
                       issuer=prison, signer=self.full_name('male'), effective_date=start,
                       supervising_org=f"UBND {commune}", release_date=released)
            clearing = R.record_clearing(completed_on=released, sentence=sk, rules=self.ws.rules)
            row.update(followup_end=clearing.date, clearing_state=clearing.state)
        else:  # community watch
            org = rng.choice(_ORGS)
            row.update(legal_basis=f"Phong trào toàn dân bảo vệ an ninh Tổ quốc; danh sách thông qua Hội đồng an ninh {commune}",
                       supervising_org=f"{org} {commune}", decision_date=decided,
                       decision_number=f"{self.number(unit, decided.year, 'QĐ')}/QĐ-UBND", issuer=f"UBND {commune}",
                       signer=unit.chairman, helper_name=f"{self.full_name()} ({org})")
            months = 6
            review = add_months(start, months)
            horizon = (actual_end or self.today) - dt.timedelta(days=rng.randint(0, 40))
            while review < horizon:
                review = add_months(review, months)
            row["review_date"] = review
        if status == S.COMPLETED and actual_end is not None:
            minor = R.is_minor(p.birth, row["decision_date"] or start)
            row["completion_date"] = actual_end
            row["followup_end"] = R.followup_window_end(category=cat, completed_on=actual_end, minor=minor,
                                                        sentence=row["sentence_kind"], rules=self.ws.rules)
            if cat != C.COMMUNITY_WATCH:
                row["completion_cert_number"] = f"{self.number(unit, actual_end.year, 'GCN')}/GCN-UBND"
        if status == S.PROPOSED:
            row.update(decision_number="", decision_date=None, effective_date=None,
                       note="Đề nghị áp dụng, chờ quyết định")
        if status == S.DECEASED:
            row["note"] = "Đối tượng chết do bệnh"
        if status == S.REVOKED:
            row["note"] = "Hủy bỏ quyết định theo kết quả xem xét lại"
        return row

    # -- background population of a unit ---------------------------------------------------------
    def population(self, unit: _Unit, n: int, *, window: tuple[D, D], bias: float,
                   avoid_education: tuple[D, D] | None = None) -> None:
        """`n` persons of `unit`, most with one case (some two, some none) started in `window`
        (weighted toward its end by `bias` > 1); community-education cases never start inside
        `avoid_education` (the seed period's figure is fixed)."""
        rng, today = self.rng, self.today
        a, b = window
        span = (b - a).days
        for _ in range(n):
            r = rng.random()
            if r < 0.08:  # no case: a young person known from warning sessions only
                self.person(unit, birth=self.birth_for((14, 25), today), gender="male" if rng.random() < 0.8 else "female")
                continue
            cat = _pick(rng, _CATEGORY_WEIGHTS)
            start = b - dt.timedelta(days=int(span * rng.random() ** bias))
            if start > today:
                start = today
            if (avoid_education and cat == C.COMMUNITY_EDUCATION
                    and avoid_education[0] <= start <= avoid_education[1]):
                start = avoid_education[1] + dt.timedelta(days=rng.randint(1, 150))
            if rng.random() < 0.004:
                start = today + dt.timedelta(days=rng.randint(2, 20))  # proposed, not decided yet
            spec = _SPECS[cat]
            gender = "male" if rng.random() < spec.male else "female"
            p = self.person(unit, birth=self.birth_for(spec.age, min(start, today)), gender=gender)
            self.case(p, cat, start)
            if r > 0.88 and cat not in _MEASURE:  # an earlier, finished measure
                prev = _pick(rng, [(C.COMMUNITY_EDUCATION, 3), (C.COMMUNITY_WATCH, 4), (C.DRUG_MANAGEMENT, 2),
                                   (C.SUSPENDED_SENTENCE, 1)])
                pstart = start - dt.timedelta(days=rng.randint(400, 1400))
                if not (avoid_education and prev == C.COMMUNITY_EDUCATION
                        and avoid_education[0] <= pstart <= avoid_education[1]):
                    if R.is_minor(p.birth, pstart) is False or prev == C.COMMUNITY_WATCH:
                        self.case(p, prev, pstart, status=S.COMPLETED)

    def sessions_for(self, unit: _Unit, day: D, size: int, *, topic: str | None = None) -> None:
        rng = self.rng
        size = min(size, len(unit.persons))
        if size <= 0:
            return
        sid = uuid7()
        place = rng.choice([f"Hội trường UBND {unit.kind} {unit.short}", f"Trụ sở Công an {unit.kind} {unit.short}",
                            f"Nhà văn hóa {rng.choice(unit.areas).lower()}"])
        self.sessions.append({"id": sid, "unit_code": unit.code, "date": day, "place": place,
                              "chair": f"{unit.chief} - Trưởng Công an {unit.kind}",
                              "topic": topic or rng.choice(_SESSION_TOPICS)})
        for p in rng.sample(unit.persons, size):
            minor = R.is_minor(p.birth, day)
            signed = rng.random() < 0.85
            self.attendances.append({"id": uuid7(), "unit_code": unit.code, "session_id": sid, "person_id": p.id,
                                     "commitment_signed": signed, "minor": minor,
                                     "parent_cosigned": minor and signed and rng.random() < 0.9,
                                     "note": ""})

    def tip(self, unit: _Unit, day: D, valuable: bool | None) -> None:
        rng = self.rng
        content, result = rng.choice(_TIP_TEXT)
        area = rng.choice(unit.areas).lower()
        anonymous = rng.random() < 0.4
        channel = _pick(rng, [(TC.MAILBOX, 25), (TC.HOTLINE, 25), (TC.ONLINE, 20), (TC.LETTER, 20), (TC.OTHER, 10)]
                        if anonymous else
                        [(TC.IN_PERSON, 40), (TC.PHONE, 30), (TC.HOTLINE, 10), (TC.LETTER, 10), (TC.ONLINE, 10)])
        row = {"id": uuid7(), "unit_code": unit.code, "received_on": day, "channel": channel.value,
               "anonymous": anonymous, "reporter_name": "", "reporter_contact": "",
               "content": content.format(area=area), "valuable": valuable,
               "result": (result.format(n=rng.randint(2, 9)) if valuable else
                          (rng.choice(_TIP_VALUELESS) if valuable is False else "Đang xác minh"))}
        if not anonymous:
            row["reporter_name"] = self.full_name()
            row["reporter_contact"] = (rng.choice(["09", "03", "08"]) + f"{rng.randrange(10**8):08d}"
                                       if rng.random() < 0.7 else unit.address(rng.choice(unit.areas)))
        self.tips.append(row)

    def model(self, unit: _Unit, kind: MK, name: str, area: str, established: D, status: str = "active") -> None:
        self.models.append({"id": uuid7(), "unit_code": unit.code, "name": name[:200], "kind": kind.value,
                            "area": area, "established_on": established, "status": status})

    # -- writing ---------------------------------------------------------------------------------
    def write(self, model: type, rows: Iterable[dict[str, Any]], total: int, stage: str) -> None:
        it = iter(rows)
        done = 0
        if total == 0:
            self.progress(stage, 0, 0)
            return
        while True:
            batch = list(islice(it, self.chunk))
            if not batch:
                break
            with self.ws.db.write() as tx:
                tx.insert_many(model, batch, unit_code=[r["unit_code"] for r in batch])
            done += len(batch)
            self.progress(stage, done, total)

    def contact_rows(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        for c in self.cases:
            kinds = _SPECS[C(c.row["category"])].kinds
            for d in c.contact_dates:
                kind = _pick(rng, kinds)
                compliant = rng.random() > 0.04
                summary = (rng.choice(_CONTACT_TEXT[kind]).format(work=rng.choice(_WORK)) if compliant
                           else rng.choice(_CONTACT_BAD))
                yield {"id": uuid7(), "unit_code": c.row["unit_code"], "case_id": c.row["id"],
                       "person_id": c.row["person_id"], "kind": kind.value, "date": d,
                       "officer": c.row["officer"], "summary": summary, "compliant": compliant}

    def evaluation_rows(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        for c in self.cases:
            judgment = c.row["category"] in {x.value for x in _JUDGMENT}
            for p, cls in zip(c.periods, c.classes):
                yield {"id": uuid7(), "unit_code": c.row["unit_code"], "case_id": c.row["id"],
                       "period_kind": c.period_kind, "period_start": p,
                       "helper_comment": rng.choice(_HELPER_COMMENT[cls]),
                       "police_assessment": _POLICE_ASSESS[cls], "classification": cls,
                       "self_report_received": judgment and rng.random() < 0.92}

    def flush(self) -> None:
        self.write(Person, self.persons, len(self.persons), "persons")
        self.write(IdDocument, self.id_docs, len(self.id_docs), "id_documents")
        self.write(CaseFile, (c.row for c in self.cases), len(self.cases), "cases")
        self.write(Contact, self.contact_rows(), sum(len(c.contact_dates) for c in self.cases), "contacts")
        self.write(Evaluation, self.evaluation_rows(), sum(len(c.periods) for c in self.cases), "evaluations")
        self.write(Absence, self.absences, len(self.absences), "absences")
        self.write(Violation, self.violations, len(self.violations), "violations")
        self.write(CaseEvent, self.events, len(self.events), "events")
        self.write(WarningSession, self.sessions, len(self.sessions), "sessions")
        self.write(Attendance, self.attendances, len(self.attendances), "attendances")
        self.write(Tip, self.tips, len(self.tips), "tips")
        self.write(SecurityModel, self.models, len(self.models), "models")
