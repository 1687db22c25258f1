"""`make windows-installer-check`, second half: runs the setup program built from
build_support/wardbook.nsi under Wine (Debian's wine64), silently, in a fresh Wine prefix, and
checks what a Windows user would find.

    python build_support/windows_setup_check.py SETUP.exe VERSION WORKDIR

The payload is the Linux one-folder build standing in for the Windows one (its programs are
renamed *.exe but cannot run under Wine): this proves the setup script — files, shortcuts,
uninstall key, the upgrade's backup of the register, the uninstaller keeping or deleting the
data folder — not the Windows binaries (.github/workflows/windows.yml does that on Windows).

Steps: 1. fresh per-user install (/S): program folder, Start-menu and desktop shortcuts named
"Sổ quản lý đối tượng", HKCU uninstall key with the version; 2. upgrade over it with a register
in the data folder: refused while WardBook.exe runs (a small Windows program stands in for it),
then the register's files are copied to backups/before-upgrade-<old>-<stamp>/
unchanged, files only the old version had are gone; 3. silent uninstall: program, shortcuts and
key gone, data folder kept; 4. reinstall + `Uninstall.exe /S /DELETEDATA`: data folder gone too;
5. /ALLUSERS install (Wine runs as administrator) goes to Program Files and HKLM, and uninstalls;
6. with WARDBOOK_DATA_DIR naming a folder with Vietnamese letters and spaces: the upgrade's copy
goes there, and /DELETEDATA deletes only the register's files and backups in it.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

SHORTCUT = "Sổ quản lý đối tượng.lnk"
KEY = r"[Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\WardBook]"


def wine_binary() -> tuple[str, str] | None:
    for wine, server in (("/usr/lib/wine/wine64", "/usr/lib/wine/wineserver64"),
                         (shutil.which("wine64") or "", shutil.which("wineserver") or ""),
                         (shutil.which("wine") or "", shutil.which("wineserver") or "")):
        if wine and os.access(wine, os.X_OK) and server:
            return wine, server
    return None


class Wine:
    def __init__(self, work: Path) -> None:
        found = wine_binary()
        if found is None:
            raise SystemExit("wine64 not found")
        self.wine, self.server = found
        shutil.rmtree(work, ignore_errors=True)
        self.home = work / "home"  # the prefix's Desktop is a link to $HOME
        self.prefix = work / "prefix"
        self.home.mkdir(parents=True)
        self.env = {**os.environ, "WINEPREFIX": str(self.prefix), "HOME": str(self.home),
                    "WINEDEBUG": "-all", "WINEDLLOVERRIDES": "mscoree,mshtml=", "DISPLAY": ""}
        self.run("wineboot", "--init")

    def run(self, *args: str, check: bool = True) -> int:
        t0 = time.monotonic()
        rc = subprocess.run([self.wine, *args], env=self.env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600).returncode
        self.wait()
        shown = " ".join(Path(a).name if a.count("/") > 1 else a for a in args)
        print(f"  wine {shown}: exit {rc} ({time.monotonic() - t0:.1f} s)")
        if check and rc != 0:
            raise SystemExit(f"wine {args}: exit code {rc}")
        return rc

    def wait(self) -> None:
        """Until every Wine process ended (the uninstaller re-runs itself from %TEMP%)."""
        subprocess.run([self.server, "-w"], env=self.env, timeout=600)

    @property
    def user(self) -> Path:
        users = [p for p in (self.prefix / "drive_c" / "users").iterdir()
                 if p.is_dir() and p.name.lower() not in ("public", "default")]
        assert len(users) == 1, users
        return users[0]

    def win(self, path: Path) -> str:
        rel = path.relative_to(self.prefix / "drive_c")
        return "C:\\" + str(rel).replace("/", "\\")

    def registry(self, hive: str) -> str:
        return (self.prefix / hive).read_text(encoding="utf-8", errors="replace")


def uninstall_key(text: str) -> dict[str, str] | None:
    """The values of the WardBook uninstall key in a Wine .reg file, None if absent."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith(KEY):
            out = {}
            for value in lines[i + 1:]:
                if not value.strip() or value.startswith("["):
                    break
                if value.startswith('"') and "=" in value:
                    name, _, v = value.partition("=")
                    out[name.strip('"')] = v.strip('"')
            return out
    return None


def check(cond: bool, what: str) -> None:
    if not cond:
        raise SystemExit(f"FAILED: {what}")
    print(f"  ok: {what}")


def version_resource(exe: Path) -> dict[str, object]:
    """The fixed file version and the string values of a PE file's version resource (read from
    its bytes: VS_FIXEDFILEINFO after its signature, the strings as UTF-16 key/value pairs)."""
    data = exe.read_bytes()
    at = data.find(struct.pack("<I", 0xFEEF04BD))
    assert at > 0, "no VS_FIXEDFILEINFO"
    ms, ls = struct.unpack_from("<II", data, at + 8)
    out: dict[str, object] = {"FileVersion#": (ms >> 16, ms & 0xFFFF, ls >> 16, ls & 0xFFFF)}
    for key in ("ProductName", "ProductVersion", "FileDescription"):
        k = (key + "\0").encode("utf-16-le")
        i = data.find(k, at)
        if i < 0:
            continue
        i += len(k)
        i += (-i) % 4  # values are 32-bit aligned
        end = data.find(b"\0\0", i)
        while end >= 0 and (end - i) % 2:
            end = data.find(b"\0\0", end + 1)
        out[key] = data[i:end].decode("utf-16-le")
    return out


def build_sleeper(folder: Path, seconds: int) -> Path:
    """A tiny Windows program (made with makensis) that writes running.txt beside itself,
    sleeps, and removes it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sleeper.nsi").write_text(f"""Unicode true
Target amd64-unicode
OutFile "sleeper.exe"
SilentInstall silent
RequestExecutionLevel user
Section
  FileOpen $0 "$EXEDIR\\running.txt" w
  FileClose $0
  Sleep {seconds * 1000}
  Delete "$EXEDIR\\running.txt"
SectionEnd
""", encoding="utf-8")
    subprocess.run(["makensis", "-V1", str(folder / "sleeper.nsi")], check=True)
    return folder / "sleeper.exe"


def main(setup: Path, version: str, work: Path) -> None:
    t0 = time.monotonic()
    print("0. the setup program's version resource")
    res = version_resource(setup)
    nums = tuple(int(n) for n in version.split(".")[:3])
    check(res["FileVersion#"][:3] == nums, f"file version {res['FileVersion#']}")
    check(res.get("ProductVersion") == version and res.get("ProductName") == "WardBook",
          f"ProductName/ProductVersion {res.get('ProductName')} {res.get('ProductVersion')}")
    check("Sổ quản lý đối tượng" in str(res.get("FileDescription")), f"FileDescription {res.get('FileDescription')!r}")
    w = Wine(work)
    local = w.user / "AppData" / "Local"
    prog = local / "Programs" / "WardBook"
    data = local / "WardBook" / "WardBook"
    start_menu = w.user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    desktop = w.home  # Wine links the user's Desktop to $HOME

    print("1. per-user install (/S)")
    w.run(str(setup), "/S")
    check((prog / "WardBook.exe").is_file() and (prog / "wardbook-cli.exe").is_file()
          and (prog / "_internal").is_dir() and (prog / "Uninstall.exe").is_file(),
          f"program in {w.win(prog)}")
    check((start_menu / SHORTCUT).is_file(), "Start-menu shortcut " + SHORTCUT)
    check((desktop / SHORTCUT).is_file(), "desktop shortcut " + SHORTCUT)
    key = uninstall_key(w.registry("user.reg"))
    check(key is not None and key.get("DisplayVersion") == version and key.get("InstallScope") == "0",
          f"HKCU uninstall key, version {version}")
    check(uninstall_key(w.registry("system.reg")) is None, "nothing in HKLM (no administrator rights used)")

    print("2. upgrade over it, with a register in the data folder")
    data.mkdir(parents=True)
    register = {"register.db": os.urandom(64 * 1024), "register.db-wal": os.urandom(4096),
                "keyslots.json": '{"format": "wardbook-keyslots", "tên": "Nguyễn Văn A"}'.encode()}
    for name, content in register.items():
        (data / name).write_bytes(content)
    # While WardBook runs, a silent upgrade stops (exit code 2) before touching anything. A real
    # Windows program stands in for it (the payload's own programs are Linux ones).
    running = build_sleeper(work / "sleeper", seconds=15)
    shutil.copy(running, prog / "WardBook.exe")
    marker = prog / "running.txt"
    app = subprocess.Popen([w.wine, str(prog / "WardBook.exe")], env=w.env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        if marker.exists():
            break
        time.sleep(0.1)
    check(marker.exists(), "the stand-in WardBook.exe is running")
    rc = w.run(str(setup), "/S", check=False)  # returns once WardBook.exe ended too
    app.wait(timeout=120)
    check(rc == 2, "upgrade refused while WardBook runs (exit code 2)")
    check(not (data / "backups").exists() and (prog / "WardBook.exe").read_bytes() == running.read_bytes(),
          "nothing copied or replaced")
    (prog / "_internal" / "stale-from-old-version.txt").write_text("old", encoding="utf-8")
    w.run(str(setup), "/S")
    copies = sorted((data / "backups").glob(f"before-upgrade-{version}-*"))
    check(len(copies) == 1, "one backups/before-upgrade-<old version>-<stamp> folder")
    check(all((copies[0] / n).read_bytes() == c for n, c in register.items()),
          "the register's files copied unchanged before the upgrade")
    check(all((data / n).read_bytes() == c for n, c in register.items()), "the register itself untouched")
    check(not (prog / "_internal" / "stale-from-old-version.txt").exists() and (prog / "WardBook.exe").is_file(),
          "old program files replaced")

    print("3. silent uninstall keeps the data")
    w.run(str(prog / "Uninstall.exe"), "/S")
    check(not prog.exists(), "program folder removed")
    check(not (start_menu / SHORTCUT).exists() and not (desktop / SHORTCUT).exists(), "shortcuts removed")
    check(uninstall_key(w.registry("user.reg")) is None, "uninstall key removed")
    check(all((data / n).read_bytes() == c for n, c in register.items()) and copies[0].is_dir(),
          "data folder and its backups kept")

    print("4. reinstall, then uninstall /S /DELETEDATA")
    w.run(str(setup), "/S")
    w.run(str(prog / "Uninstall.exe"), "/S", "/DELETEDATA")
    check(not prog.exists() and not data.exists(), "program and data folder removed")

    print("5. per-machine install (/ALLUSERS)")
    w.run(str(setup), "/S", "/ALLUSERS")
    machine = w.prefix / "drive_c" / "Program Files" / "WardBook"
    check((machine / "WardBook.exe").is_file(), f"program in {w.win(machine)}")
    common_menu = w.prefix / "drive_c" / "ProgramData" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    check((common_menu / SHORTCUT).is_file(), "all-users Start-menu shortcut")
    key = uninstall_key(w.registry("system.reg"))
    check(key is not None and key.get("InstallScope") == "1", "HKLM uninstall key")
    w.run(str(machine / "Uninstall.exe"), "/S")
    check(not machine.exists() and uninstall_key(w.registry("system.reg")) is None, "per-machine uninstall")

    print("6. WARDBOOK_DATA_DIR with Vietnamese letters and spaces: upgrade copy there; /DELETEDATA")
    own = w.user / "Nguyễn Văn A" / "Dữ liệu WardBook"
    own.mkdir(parents=True)
    for name, content in register.items():
        (own / name).write_bytes(content)
    (own / "ghi chú riêng.txt").write_text("không phải của WardBook", encoding="utf-8")
    w.env["WARDBOOK_DATA_DIR"] = w.win(own)
    w.run(str(setup), "/S")
    w.run(str(setup), "/S")  # the upgrade
    copies = sorted((own / "backups").glob(f"before-upgrade-{version}-*"))
    check(len(copies) == 1 and all((copies[0] / n).read_bytes() == c for n, c in register.items()),
          f"register copied to {w.win(copies[0]) if copies else '?'}")
    w.run(str(prog / "Uninstall.exe"), "/S", "/DELETEDATA")
    check(not prog.exists() and not any((own / n).exists() for n in register) and not (own / "backups").exists(),
          "the register's files and backups deleted")
    check((own / "ghi chú riêng.txt").is_file(), "another file in that folder kept")
    del w.env["WARDBOOK_DATA_DIR"]

    shutil.rmtree(work, ignore_errors=True)
    print(f"windows setup under Wine: all checks passed ({time.monotonic() - t0:.0f} s)")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]).resolve(), sys.argv[2], Path(sys.argv[3]).resolve())
