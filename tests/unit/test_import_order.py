"""Every module of the sync and security code imports on its own, first thing in a fresh
interpreter (as the CLI, the server and the app import them, each in its own order): a cycle
that only the test suite's import order hides breaks a command in the field."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# the packages whose modules import one another most (the sync client and its pipeline)
PACKAGES = ("desktop_app/core/sync",)


def _modules() -> list[str]:
    out = []
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            rel = path.relative_to(ROOT).with_suffix("")
            parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
            out.append(".".join(parts))
    return out


def test_each_module_imports_first_in_a_fresh_interpreter():
    mods = _modules()
    assert len(mods) > 20
    # one interpreter per batch of modules would hide the cycles: one per module, a few at once
    def run(mod: str) -> tuple[str, str]:
        r = subprocess.run([sys.executable, "-c", f"import {mod}"], cwd=ROOT, capture_output=True, text=True,
                           timeout=120)
        return mod, (r.stderr.strip().splitlines() or [""])[-1] if r.returncode else ""

    with ThreadPoolExecutor(max_workers=4) as pool:
        failed = [(m, err) for m, err in pool.map(run, mods) if err]
    assert not failed, failed
