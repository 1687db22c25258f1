"""The Windows version resource (Properties → Details of WardBook.exe) from the package version
in pyproject.toml. build_installer.spec writes it into the build folder and hands it to
PyInstaller; `python build_support/version_info.py [OUT]` prints or writes it on its own."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def project_version(root: Path = ROOT) -> str:
    with open(root / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" → (0, 1, 0, 0); pre-release and local parts ("1.2.0rc1+g3e") are dropped."""
    nums = [int(n) for n in re.findall(r"\d+", version.split("+")[0].split("-")[0])[:3]]
    nums = (nums + [0, 0, 0])[:3]
    return (nums[0], nums[1], nums[2], 0)


def version_info_text(version: str, *, name: str = "WardBook", exe: str = "WardBook.exe") -> str:
    """The text form PyInstaller reads (`version=` in the spec), as `pyi-grab_version` writes it."""
    t = version_tuple(version)
    dotted = ".".join(map(str, t))
    strings = {
        "CompanyName": "WardBook",
        "FileDescription": "WardBook — Sổ quản lý đối tượng của Công an xã, phường",
        "FileVersion": dotted,
        "InternalName": name,
        "LegalCopyright": "WardBook contributors",
        "OriginalFilename": exe,
        "ProductName": "WardBook",
        "ProductVersion": version,
    }
    body = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
# Generated from pyproject.toml by build_support/version_info.py — do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={t},
    prodvers={t},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '042a04b0',
        [
{body}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x042a, 1200])])
  ]
)
"""


def write_version_file(path: Path, *, exe: str = "WardBook.exe", root: Path = ROOT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_info_text(project_version(root), exe=exe), encoding="utf-8")
    return path


if __name__ == "__main__":
    if len(sys.argv) > 1:
        print(write_version_file(Path(sys.argv[1])))
    else:
        print(version_info_text(project_version()), end="")
