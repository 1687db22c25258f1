"""The input schemas take a synced field's default, length and range from its one declaration
(core/domain/records.py) through `schemas.like`: the same limits in the input, its patch and the
table, so that they cannot drift apart."""

from __future__ import annotations

import pytest

from desktop_app.core.domain import records as R
from desktop_app.core.domain import schemas as S
from desktop_app.core.errors import ValidationFailed

# (input model, record, fields it takes as the record declares them, fields it may not leave empty)
DERIVED = [
    (S.PersonIn, R.PersonBase, ["family_name", "middle_name", "aliases", "permanent_address", "phone",
                                "health_note", "photo_sha256", "note"], []),
    (S.IdDocumentIn, R.IdDocumentBase, ["number", "issued_by", "note"], ["number"]),
    (S.CaseIn, R.CaseFileBase, ["legal_basis", "decision_number", "helper_name", "officer", "term_months",
                                "term_days", "custody_days", "note"], []),
    (S.CaseClose, R.CaseFileBase, ["completion_cert_number", "note"], []),
    (S.ContactIn, R.ContactBase, ["officer", "summary"], []),
    (S.EvaluationIn, R.EvaluationBase, ["helper_comment", "police_assessment"], []),
    (S.AbsenceIn, R.AbsenceBase, ["reason", "destination"], []),
    (S.ViolationIn, R.ViolationBase, ["act", "record_number", "handling"], ["act"]),
    (S.CaseEventIn, R.CaseEventBase, ["months", "days", "other_unit_code", "decision_number", "note"], []),
    (S.AttendanceIn, R.AttendanceBase, ["note"], []),
    (S.TipIn, R.TipBase, ["reporter_name", "reporter_contact", "content", "result"], ["content"]),
    (S.ModelIn, R.SecurityModelBase, ["name", "area"], ["name"]),
]
PATCHES = [(S.PersonPatch, R.PersonBase, ["full_name", "aliases", "occupation", "note"]),
           (S.CasePatch, R.CaseFileBase, ["legal_basis", "signer", "term_months", "custody_days", "note"])]


def limits(model, name: str) -> dict:
    """A field's default and limits as `like` reads them."""
    info = S.like(model, name)
    return {"default": info.default, **S._constraints(info.metadata)}


@pytest.mark.parametrize(("model", "record", "names", "not_empty"), DERIVED)
def test_inputs_take_the_records_limits(model, record, names, not_empty):
    for name in names:
        want = limits(record, name) | ({"min_length": 1} if name in not_empty else {})
        assert limits(model, name) == want, name
        assert want.keys() - {"default"}, f"{record.__name__}.{name} declares no limit to take"


@pytest.mark.parametrize(("model", "record", "names"), PATCHES)
def test_patches_take_the_limits_and_leave_unset_fields_alone(model, record, names):
    for name in names:
        assert limits(model, name) == limits(record, name) | {"default": None}, name
    assert S.parse_input(model, {}).model_dump(exclude_unset=True) == {}


def test_the_limits_refuse_and_accept_as_the_record_does():
    longest = R.CaseFileBase.model_fields["legal_basis"].metadata[0].max_length
    for model, extra in ((S.CaseIn, {"person_id": "p", "category": "community_education"}), (S.CasePatch, {})):
        assert S.parse_input(model, {**extra, "legal_basis": "x" * longest}).legal_basis == "x" * longest
        with pytest.raises(ValidationFailed) as e:
            S.parse_input(model, {**extra, "legal_basis": "x" * (longest + 1), "term_months": 601})
        assert sorted((p.field, p.code) for p in e.value.problems) == [
            ("legal_basis", "invalid_string_too_long"), ("term_months", "invalid_less_than_equal")]
    with pytest.raises(ValidationFailed) as e:
        S.parse_input(S.ViolationIn, {"case_id": "c", "date": "2026-01-02", "act": ""})
    assert [(p.field, p.code) for p in e.value.problems] == [("act", "invalid_string_too_short")]
