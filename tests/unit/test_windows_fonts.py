"""Documents on Windows: Times New Roman from %WINDIR%\\Fonts when it is there (every Windows
has it), else the Liberation Serif shipped in resources/fonts (SIL OFL, Times-metric, full
Vietnamese), which the build bundles (build_installer.spec refuses to build without it)."""

from __future__ import annotations

import shutil

from desktop_app.core.reports import fonts

WINDOWS_NAMES = {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf", "bolditalic": "timesbi.ttf"}
LIBERATION = {"regular": "LiberationSerif-Regular.ttf", "bold": "LiberationSerif-Bold.ttf",
              "italic": "LiberationSerif-Italic.ttf", "bolditalic": "LiberationSerif-BoldItalic.ttf"}


def test_times_new_roman_is_taken_from_the_windows_fonts_folder(tmp_path, monkeypatch):
    windir = tmp_path / "Windows"
    (windir / "Fonts").mkdir(parents=True)
    for style, name in WINDOWS_NAMES.items():  # stand-ins under the names Windows gives them
        shutil.copy(fonts.BUNDLED_FONT_DIR / LIBERATION[style], windir / "Fonts" / name)
    monkeypatch.delenv("WARDBOOK_FONT_DIR", raising=False)
    monkeypatch.setenv("WINDIR", str(windir))
    found = fonts.find_serif()
    assert found.family == "Times New Roman"
    assert {s: getattr(found, s) for s in WINDOWS_NAMES} == {s: windir / "Fonts" / n for s, n in WINDOWS_NAMES.items()}


def test_without_times_the_bundled_liberation_serif_and_its_licence(monkeypatch):
    monkeypatch.delenv("WARDBOOK_FONT_DIR", raising=False)
    monkeypatch.setattr(fonts, "_dirs", lambda: [])  # a machine without Times New Roman
    found = fonts.find_serif()
    assert found.family == "Liberation Serif"
    assert all(getattr(found, s) == fonts.BUNDLED_FONT_DIR / n for s, n in LIBERATION.items())
    licence = (fonts.BUNDLED_FONT_DIR / "LICENSE-OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence.upper()
