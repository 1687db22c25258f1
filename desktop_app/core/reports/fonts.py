"""Fonts for printed documents: Times New Roman when the system has it (Decree 30/2020), else
the bundled Liberation Serif (metric-compatible with Times New Roman, SIL OFL, full Vietnamese
coverage) from resources/fonts/. `WARDBOOK_FONT_DIR` may point to another folder holding
either family."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.paths import resources_dir

__all__ = ["SerifFont", "find_serif", "BUNDLED_FONT_DIR", "DOCX_FONT_NAME"]

# resources/ sits beside desktop_app/ in a source tree, and in the bundle folder when frozen
# (see desktop_app.core.paths.app_root).
BUNDLED_FONT_DIR = resources_dir() / "fonts"
DOCX_FONT_NAME = "Times New Roman"  # Word has it; LibreOffice substitutes Liberation Serif

_TIMES = {"regular": ("times.ttf", "Times New Roman.ttf", "Times_New_Roman.ttf", "TimesNewRoman.ttf"),
          "bold": ("timesbd.ttf", "Times New Roman Bold.ttf", "Times_New_Roman_Bold.ttf"),
          "italic": ("timesi.ttf", "Times New Roman Italic.ttf", "Times_New_Roman_Italic.ttf"),
          "bolditalic": ("timesbi.ttf", "Times New Roman Bold Italic.ttf",
                         "Times_New_Roman_Bold_Italic.ttf")}
_LIBERATION = {"regular": ("LiberationSerif-Regular.ttf",), "bold": ("LiberationSerif-Bold.ttf",),
               "italic": ("LiberationSerif-Italic.ttf",), "bolditalic": ("LiberationSerif-BoldItalic.ttf",)}


@dataclass(frozen=True)
class SerifFont:
    family: str  # "Times New Roman" or "Liberation Serif"
    regular: Path
    bold: Path
    italic: Path
    bolditalic: Path


def _dirs() -> list[Path]:
    out = []
    if os.environ.get("WARDBOOK_FONT_DIR"):
        out.append(Path(os.environ["WARDBOOK_FONT_DIR"]))
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        out.append(Path(windir) / "Fonts")
    out += [Path("/usr/share/fonts/truetype/msttcorefonts"), Path("/usr/share/fonts/truetype/ms-fonts"),
            Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
            Path.home() / ".fonts", Path.home() / ".local/share/fonts"]
    return out


def _find(names: Mapping[str, tuple[str, ...]], dirs: list[Path], family: str) -> SerifFont | None:
    found: dict[str, Path] = {}
    for style, candidates in names.items():
        for d in dirs:
            hit = next((d / n for n in candidates if (d / n).is_file()), None)
            if hit:
                found[style] = hit
                break
        else:
            return None
    return SerifFont(family, found["regular"], found["bold"], found["italic"], found["bolditalic"])


def find_serif(prefer_times: bool = True) -> SerifFont:
    """Times New Roman if installed, else the bundled Liberation Serif. Raises FileNotFoundError
    when neither is there (a broken installation)."""
    if prefer_times:
        hit = _find(_TIMES, _dirs(), "Times New Roman")
        if hit:
            return hit
    dirs = [*([Path(os.environ["WARDBOOK_FONT_DIR"])] if os.environ.get("WARDBOOK_FONT_DIR") else []),
            BUNDLED_FONT_DIR, Path("/usr/share/fonts/truetype/liberation2")]
    hit = _find(_LIBERATION, dirs, "Liberation Serif")
    if hit:
        return hit
    raise FileNotFoundError(f"no serif font for documents (looked in {BUNDLED_FONT_DIR})")
