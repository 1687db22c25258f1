"""Settings declared once: the core's list (register and environment scopes) and the UI's
(this computer, QSettings); the Administration fields built from them; the environment's
overrides read through the same declarations; the language moved from settings.json."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel, QSpinBox

from desktop_app.core.domain.settings import DECLARATIONS, ENVIRONMENT_SETTINGS, REGISTER_SETTINGS, Scope


def test_every_core_label_reaches_the_catalogues():
    from desktop_app.ui import settings

    assert settings.core_texts() <= set(settings._CORE_LABELS)
    assert {s.scope for s in DECLARATIONS} == {Scope.REGISTER, Scope.ENVIRONMENT}


def test_register_settings_parse_and_validate():
    idle = REGISTER_SETTINGS["idle_lock_minutes"]
    assert (idle.default, idle.lo, idle.hi) == (10, 1, 120)
    assert idle.parse(None) == 10 and idle.parse("") == 10 and idle.parse("7") == 7
    assert idle.parse("0") == 10 and idle.parse("121") == 10 and idle.parse("abc") == 10
    assert idle.valid(1) and idle.valid(120) and not idle.valid(0) and not idle.valid(True) and not idle.valid(5.0)
    sync = REGISTER_SETTINGS["sync_minutes"]
    assert sync.valid(0) and not sync.valid(241)


def test_environment_overrides_through_the_declarations():
    idle, sync = REGISTER_SETTINGS["idle_lock_minutes"], REGISTER_SETTINGS["sync_minutes"]
    lang = ENVIRONMENT_SETTINGS["language"]
    assert idle.from_env({}) is None and idle.from_env({"WARDBOOK_IDLE_MINUTES": " "}) is None
    assert idle.from_env({"WARDBOOK_IDLE_MINUTES": "0.5"}) == 0.5  # a run may lock after seconds
    assert idle.from_env({"WARDBOOK_IDLE_MINUTES": "ten"}) is None
    assert sync.from_env({"WARDBOOK_SYNC_MINUTES": "0"}) == 0
    assert lang.from_env({}) is None
    assert lang.from_env({"WARDBOOK_LANG": "EN_gb"}) == "en"
    assert lang.from_env({"WARDBOOK_LANG": "xx"}) == "vi"  # a language nobody knows: the source language


def test_the_app_reads_its_overrides_from_the_environment(monkeypatch):
    from desktop_app.ui.app import parse_args

    monkeypatch.setenv("WARDBOOK_IDLE_MINUTES", "2.5")
    monkeypatch.setenv("WARDBOOK_SYNC_MINUTES", "0")
    args = parse_args([])
    assert (args.idle_minutes, args.sync_minutes) == (2.5, 0)
    assert parse_args(["--idle-minutes", "4"]).idle_minutes == 4  # the command line wins
    monkeypatch.delenv("WARDBOOK_IDLE_MINUTES")
    monkeypatch.delenv("WARDBOOK_SYNC_MINUTES")
    args = parse_args([])
    assert (args.idle_minutes, args.sync_minutes) == (None, None)  # the register's settings


def test_the_language_moves_from_settings_json_to_qsettings_once(monkeypatch, tmp_path):
    from desktop_app.ui import i18n

    cfg = tmp_path / "cấu hình"
    cfg.mkdir()
    (cfg / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    monkeypatch.setenv("WARDBOOK_CONFIG_DIR", str(cfg))
    monkeypatch.delenv("WARDBOOK_LANG", raising=False)
    assert i18n.saved_language() == "en"  # the former file is read
    assert "language=en" in (cfg / "window.ini").read_text(encoding="utf-8")  # and its value moved
    (cfg / "settings.json").write_text(json.dumps({"language": "vi"}), encoding="utf-8")
    assert i18n.saved_language() == "en"  # read once: QSettings holds it now
    i18n.save_language("vi")
    assert i18n.saved_language() == "vi"
    monkeypatch.setenv("WARDBOOK_LANG", "en")
    assert i18n.saved_language() == "en"  # one run


def test_the_unit_tab_builds_its_fields_from_the_declarations(qtbot, workspace, ops):
    from desktop_app.ui.pages.admin import AdminPage

    page = AdminPage(workspace, ops)
    qtbot.addWidget(page)
    box = page.unit.settings
    assert list(box) == list(REGISTER_SETTINGS)
    for name, spec in REGISTER_SETTINGS.items():
        spin = page.unit.findChild(QSpinBox, name)
        assert spin is box[name] and (spin.minimum(), spin.maximum()) == (spec.lo, spec.hi)
        buddies = [lbl for lbl in page.unit.findChildren(QLabel) if lbl.buddy() is spin]
        assert len(buddies) == 1 and buddies[0].text() == spec.label  # Vietnamese: the source text
        assert spin.suffix() == spec.suffix
    combo = page.language.combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(ENVIRONMENT_SETTINGS["language"].choices)
