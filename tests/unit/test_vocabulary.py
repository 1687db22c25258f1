"""The one catalogue (desktop_app/vocabulary/*.po): every code worded in Vietnamese and English
with the same placeholders, every code the core emits present, gettext reading it, the wording
conflicts resolved once."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from desktop_app import cli_text, texts
from desktop_app import vocabulary as V
from desktop_app.core.errors import Problem
from desktop_app.core.importing import messages

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "desktop_app" / "core"

# Calls of the core that carry a code, the position of the code among the arguments, and the
# catalogue group that words it.
CODE_CALLS = {
    "Problem": (1, "problem"), "RowError": (3, "problem"), "CellError": (0, "problem"),
    "ReadError": (0, "problem"), "StoreError": (0, "store"), "SyncError": (0, "sync_error"),
    "AuthenticationFailed": (0, "auth"),
}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def codes_in_core() -> dict[tuple[str, str], str]:
    """{(group, code): where} for every literal code the core passes to a problem or error."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name not in CODE_CALLS:
                continue
            pos, group = CODE_CALLS[name]
            arg = node.args[pos] if len(node.args) > pos else None
            if arg is None:
                arg = next((k.value for k in node.keywords if k.arg in ("code", "reason")), None)
            literals = [arg] if isinstance(arg, ast.Constant) else (
                [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [])
            for lit in literals:
                if isinstance(lit, ast.Constant) and isinstance(lit.value, str):
                    found.setdefault((group, lit.value), f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_the_scan_finds_the_core_codes():
    found = codes_in_core()
    # a few known emitters of each kind, so that a broken scan cannot pass by finding nothing
    for key in [("problem", "cccd_length"), ("problem", "sheet_not_recognised"), ("problem", "gender_unknown"),
                ("problem", "file_format"), ("store", "disk_full"), ("sync_error", "bad_url"),
                ("auth", "bad_credentials")]:
        assert key in found, key
    assert len(found) > 100


def test_every_code_the_core_emits_is_in_the_catalogue_in_both_languages():
    missing = {f"{g}.{c} ({where})": lang for (g, c), where in codes_in_core().items()
               for lang in V.LANGUAGES if not V.has(g, c, lang)}
    assert not missing


def test_every_entry_has_vietnamese_and_english_with_the_same_placeholders():
    vi, en = V.messages("vi"), V.messages("en")
    assert set(vi) == set(en)
    assert len(vi) > 300
    for key, source in vi.items():
        assert source.strip(), key
        assert en[key].strip(), key
        assert _placeholders(source) == _placeholders(en[key]), key


# English entries that quote Vietnamese on purpose: the values a spreadsheet cell must hold
# (the import reads Vietnamese words) and the name of a decree.
QUOTES_VIETNAMESE = {"gender_unknown", "flag_unknown", "category_unknown", "model_kind_unknown",
                     "model_status_unknown", "channel_unknown", "months_format", "activity_unknown",
                     "sentence_unknown", "rule_absence_total_exceeded"}


def test_english_is_english():
    vn = re.compile(r"[À-ỹđĐ]")
    quoting = {code for (group, code), text in V.messages("en").items() if vn.search(text)}
    assert quoting <= QUOTES_VIETNAMESE


def test_gettext_reads_the_catalogue():
    t = V.translations("en")
    assert t.pgettext("problem", "cccd_length") == "must have 12 digits (got {got})"
    assert V.translations("vi").pgettext("field", "cccd") == "Số CCCD"
    assert t.pgettext("problem", "no_such_code") == "no_such_code"


def test_text_fills_params_and_falls_back():
    assert V.text("problem", "cccd_length", {"got": 11}, lang="vi") == "phải có 12 chữ số (đã nhập 11)"
    assert V.text("problem", "date_in_future", {"value": "2031-02-03"}, lang="en") == \
        "must not be in the future (03/02/2031)"
    assert V.text("problem", "no_such_code", {"a": 1}, lang="en") == "no_such_code (a=1)"
    assert V.text("problem", "cccd_length", {}, lang="en") == "must have 12 digits (got ?)"


def test_the_language_follows_wardbook_lang(monkeypatch):
    monkeypatch.setenv("WARDBOOK_LANG", "en")
    assert V.language() == "en"
    assert cli_text.problem_text(Problem("cccd", "cccd_length", {"got": 3})) == \
        "CCCD number (cccd): must have 12 digits (got 3) [error: cccd_length]"
    monkeypatch.setenv("WARDBOOK_LANG", "vi")
    assert cli_text.problem_text(Problem("cccd", "cccd_length", {"got": 3})) == \
        "Số CCCD (cccd): phải có 12 chữ số (đã nhập 3) [lỗi: cccd_length]"


def test_import_messages_come_from_the_catalogue():
    assert messages.message_vi("person_ambiguous", {"value": "An", "count": 2}) == \
        "“An” trùng tên với 2 người trong sổ; ghi thêm ngày sinh hoặc số CCCD"
    assert messages.message("person_ambiguous", {"value": "An", "count": 2}, lang="en") == \
        "“An” matches 2 persons in the register; add the birth date or the CCCD number"
    assert messages.describe("Đối tượng", 7, "Số CCCD", "cccd_length", {"got": 11}, lang="en") == \
        "Sheet “Đối tượng”, row 7, column “Số CCCD”: must have 12 digits (got 11)"
    source = (CORE / "importing" / "messages.py").read_text(encoding="utf-8")
    assert not re.search(r"[À-ỹđĐ]{2,}", source.split('"""', 2)[2]), "messages.py words nothing itself"


def test_the_label_tables_are_views_of_the_catalogue():
    assert texts.PROBLEMS_VI == {**V.table("problem")}
    assert texts.FIELDS_VI == V.table("field")
    assert texts.SYNC_ERROR_FALLBACK_VI == V.table("sync_error")["unknown"]


@pytest.mark.parametrize("lang", V.LANGUAGES)
def test_the_wording_conflicts_are_resolved_once(lang):
    # a contact record is one thing wherever it is named
    assert V.text("sync_table", "contact", lang=lang) == V.text("record_kind", "contact", lang=lang)
    # the genders are worded once, in the catalogue
    assert V.table("gender", lang).keys() == {"male", "female", "other"}


def test_po_compiles_like_msgfmt(tmp_path):
    """The in-memory .mo is a real GNU catalogue: gettext reads it back from a file."""
    import gettext

    mo = tmp_path / "wardbook.mo"
    mo.write_bytes(V.compile_mo({("problem", "x"): "ẍ", ("", "plain"): "Plain"}))
    with mo.open("rb") as f:
        t = gettext.GNUTranslations(f)
    assert t.pgettext("problem", "x") == "ẍ"
    assert t.gettext("plain") == "Plain"
