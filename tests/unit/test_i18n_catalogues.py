"""The Qt Linguist catalogues in i18n/ (issue 6): finished in both languages, plural messages
with their forms, placeholders kept, and current with the code — what pyside6-lupdate finds in
desktop_app/ui now is exactly what the committed .ts files hold, the generated catalogue module
matches the core's tables, and no literal translate() call is one lupdate cannot see."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
UI = ROOT / "desktop_app" / "ui"
PLACEHOLDER = re.compile(r"\{(\w+)[^{}]*\}")
PLURAL = re.compile(r"%L?n")
FORMS = {"vi_VN": 1, "en_GB": 2}


def _update():
    """i18n/update.py, the script behind `make i18n`."""
    name = "wardbook_i18n_update"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, I18N / "update.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _ts_files() -> list[Path]:
    return sorted(p for p in I18N.glob("*.ts") if not p.name.startswith("."))


def _messages(path: Path):
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            yield root.get("language"), ctx.findtext("name"), m


def test_catalogues_exist():
    names = {p.name for p in _ts_files()}
    assert {"wardbook_vi.ts", "wardbook_en.ts"} <= names


@pytest.mark.parametrize("path", _ts_files(), ids=lambda p: p.name)
def test_every_message_is_translated(path):
    """No `unfinished`, no empty translation, the language's number of plural forms, and every
    {placeholder} and %n of the source in each form (a translation may also use the names its
    disambiguation comment offers, e.g. "{month}: the month's name")."""
    bad: list[str] = []
    for lang, ctx, m in _messages(path):
        source = m.findtext("source") or ""
        comment = m.findtext("comment") or ""
        tr = m.find("translation")
        where = f"{ctx}: {source[:60]!r}"
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            bad.append(f"{where}: {tr.get('type') if tr is not None else 'no translation'}")
            continue
        forms = [f.text or "" for f in tr.iter("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
        if m.get("numerus") == "yes" and lang in FORMS and len(forms) != FORMS[lang]:
            bad.append(f"{where}: {len(forms)} plural forms, {lang} has {FORMS[lang]}")
        if bool(PLURAL.search(source)) != (m.get("numerus") == "yes") and path.name.startswith("wardbook_"):
            bad.append(f"{where}: %n without numerus (or numerus without %n)")
        wanted = set(PLACEHOLDER.findall(source))
        extra = set(PLACEHOLDER.findall(comment))  # offered instead of some of the source's
        for f in forms:
            used = set(PLACEHOLDER.findall(f))
            if not f.strip():
                bad.append(f"{where}: empty translation")
            elif used - wanted - extra or (not extra and wanted - used):
                bad.append(f"{where}: placeholders {sorted(used)} ≠ {sorted(wanted)}")
            if PLURAL.search(source) and PLURAL.findall(source)[0] not in f:
                bad.append(f"{where}: {PLURAL.findall(source)[0]} missing in {f!r}")
    assert not bad, "\n".join(bad)


def test_generated_catalogue_module_is_current():
    u = _update()
    assert u.CATALOG.read_text(encoding="utf-8") == u.catalog_source(), \
        "desktop_app/ui/i18n_catalog.py is stale: run `make i18n`"


def test_lupdate_finds_nothing_missing_or_stale():
    """pyside6-lupdate over desktop_app/ui into a scratch file: every source text it finds is in
    both committed catalogues, and the catalogues hold nothing the code no longer has."""
    u = _update()
    found = {m.key for m in u.extract()}
    assert len(found) > 500
    for lang in u.LANGUAGES:
        committed = {m.key for m in u.read_ts(u.ts_path(lang))}
        missing, stale = sorted(found - committed), sorted(committed - found)
        assert not missing, f"not in wardbook_{lang}.ts (run `make i18n`): {missing[:10]}"
        assert not stale, f"no longer in the code, still in wardbook_{lang}.ts (run `make i18n`): {stale[:10]}"


def _literal_calls():
    """(file, line, context, source, disambiguation) of every translate()/QT_TRANSLATE_NOOP call
    in desktop_app/ui whose context and text are literals."""
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                continue
            ctx, src = node.args[0], node.args[1]
            if isinstance(ctx, ast.Constant) and isinstance(src, ast.Constant) and isinstance(src.value, str):
                dis = node.args[2] if len(node.args) > 2 else None
                comment = dis.value if isinstance(dis, ast.Constant) and isinstance(dis.value, str) else ""
                yield path.relative_to(ROOT), node.lineno, ctx.value, src.value, comment


def test_every_literal_call_is_in_the_catalogue():
    """pyside6-lupdate silently skips a translate() inside an f-string and one whose count is not
    a plain name (`translate(c, "%n …", None, len(x))`): such a text would stay Vietnamese in
    English. Every literal call found by Python's own parser must be in the catalogue."""
    u = _update()
    committed = {m.key for m in u.read_ts(u.ts_path("en"))}
    calls = list(_literal_calls())
    assert len(calls) > 500
    missing = [f"{f}:{line}: {ctx} {src!r}" for f, line, ctx, src, dis in calls if (ctx, src, dis) not in committed]
    assert not missing, "lupdate does not see these calls (f-string, or n not a plain name?):\n" + "\n".join(missing)


def test_catalog_tables_cover_the_shared_texts():
    """Every table of desktop_app/texts.py and every *_LABEL_VI of the vocabulary is in the
    generated catalogue, in the context desktop_app.ui translates it in."""
    u = _update()
    entries = set(u.catalog_entries())
    from desktop_app.core.domain.vocab import CATEGORY_LABEL_VI, STATUS_LABEL_VI
    from desktop_app.texts import FIELDS_VI, PROBLEMS_VI

    assert {("Fields", v) for v in FIELDS_VI.values()} <= entries
    assert {("Problems", v) for v in PROBLEMS_VI.values()} <= entries
    assert {("Vocab", v) for v in [*CATEGORY_LABEL_VI.values(), *STATUS_LABEL_VI.values()]} <= entries
