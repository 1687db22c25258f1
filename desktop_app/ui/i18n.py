"""The interface language: Vietnamese (the source language of every UI string) or English.

The choice is a per-computer setting (desktop_app/ui/settings.py: QSettings in the platform's
user config folder, `WARDBOOK_CONFIG_DIR` overrides the folder; `WARDBOOK_LANG=en|vi` overrides
the setting for one run, as it does for the command line: core/domain/settings.py). `install()` loads, for the chosen language, Qt's
own catalogue (qtbase_xx.qm from Qt's translations folder, else ours in i18n/ — Qt ships no
Vietnamese one) and WardBook's (i18n/wardbook_xx.qm, built from i18n/wardbook_xx.ts by
`make i18n`), and sets the default QLocale, which dates and numbers follow (desktop_app.ui.texts).

The language takes effect for windows built after `install()`: the login dialog rebuilds
itself at once, the main window on the next start."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.ui import settings
from desktop_app.ui.settings import config_dir  # noqa: F401 (where it was first: main_window, tests)

log = logging.getLogger(__name__)

# Each language named in itself, so whoever cannot read the current one still finds theirs.
LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
# English uses the British conventions: day/month/year like Vietnamese, so a date reads the
# same in both languages and in the date fields (which take dd/mm/yyyy).
_LOCALES = {
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def normalise(code: str | None) -> str:
    code = (code or "").strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


# -- the setting --------------------------------------------------------------------------------
def saved_language() -> str:
    """The language to start in: WARDBOOK_LANG, else the saved choice, else Vietnamese."""
    return normalise(settings.effective("language"))


def save_language(code: str) -> None:
    """Remembers the choice for the next start (a failure is logged, the app keeps working in
    the language it has)."""
    settings.write("language", normalise(code))


# -- loading ------------------------------------------------------------------------------------
def locale_for(code: str) -> QLocale:
    language, country = _LOCALES[normalise(code)]
    return QLocale(language, country)


def catalogue_dirs() -> list[Path]:
    from desktop_app.core.paths import i18n_dir

    return [i18n_dir()]


def current_language() -> str:
    return _current


def install(code: str | None = None) -> list[str]:
    """Makes `code` (default: the saved language) the interface language of this process:
    replaces the translators installed before, sets the default locale. Returns the catalogue
    files loaded (a missing one is logged: the texts then show in Vietnamese)."""
    global _current
    code = normalise(code if code is not None else saved_language())
    app = QCoreApplication.instance()
    for t in _installed:
        if app is not None:
            app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(locale_for(code))
    _current = code
    loaded: list[str] = []
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    # Qt's own strings first (searched last), ours after (searched first).
    wanted = [(f"qtbase_{code}.qm", [qt_dir, *catalogue_dirs()]),
              (f"wardbook_{code}.qm", catalogue_dirs())]
    for name, dirs in wanted:
        for d in dirs:
            path = d / name
            if not path.is_file():
                continue
            t = QTranslator()
            if t.load(str(path)):
                if app is not None:
                    app.installTranslator(t)
                _installed.append(t)
                loaded.append(str(path))
                break
            log.warning("cannot load the catalogue %s", path)
        else:
            if name.startswith("wardbook_") and code != DEFAULT_LANGUAGE:
                log.warning("no %s in %s: run `make i18n`; the interface stays in Vietnamese",
                            name, ", ".join(str(d) for d in dirs))
    return loaded
