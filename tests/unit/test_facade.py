"""One facade (issue 17 item 1): outside desktop_app/core/services nothing uses a private part
of the Workspace (`ws._read()`, `ws._write()`, `ws._clock`, `ws._slots`, `ws._data_key`, …);
the core's other packages, the UI, the server and the bench go through `ws.db` and the services.

The source is scanned (AST), not grepped, so that a method of another class with the same name
called on `self` (a date field's `self._read`) does not count, and `self.ws._write()` does."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKSPACE = ROOT / "desktop_app" / "core" / "services" / "workspace.py"
SCANNED = ("desktop_app", "sync_server", "bench")
EXEMPT = ("desktop_app/core/services/",)

# Still allowed while their own lanes of issue 17 work on them (then this tuple becomes empty):
# core/importing ("rimport") and the CLI ("vocab"). Both had none left when this was written.
ALLOWED = ("desktop_app/core/importing/", "desktop_app/cli")


def _workspace_privates() -> set[str]:
    """Every private name of the Workspace class: its `_methods` and the `self._attrs` it sets."""
    tree = ast.parse(WORKSPACE.read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Workspace")
    names = {n.name for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    for node in ast.walk(cls):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"
                and isinstance(node.ctx, ast.Store)):
            names.add(node.attr)
    return {n for n in names if n.startswith("_") and not n.startswith("__")}


def _base_name(node: ast.expr) -> str:
    """`ws` for `ws`, `ws` for `self.ws`, `` for anything else (a call, a subscript…)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def private_uses(path: Path, privates: set[str]) -> list[tuple[int, str]]:
    """(line, source) of each private Workspace part used in `path`: one of the Workspace's
    private names on anything but `self`/`cls`, or any `_name` on something called ws/workspace."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.startswith("__"):
            continue
        base = node.value
        if isinstance(base, ast.Name) and base.id in ("self", "cls"):
            continue
        name = _base_name(base)
        if node.attr in privates or name in ("ws", "workspace", "_ws"):
            found.append((node.lineno, ast.unparse(node)))
    return found


def _scan() -> dict[str, list[tuple[int, str]]]:
    privates = _workspace_privates()
    out = {}
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel.startswith(EXEMPT) or "/.venv/" in rel:
                continue
            uses = private_uses(path, privates)
            if uses:
                out[rel] = uses
    return out


def test_the_scan_knows_the_workspace_privates() -> None:
    privates = _workspace_privates()
    assert {"_read", "_write", "_clock", "_slots", "_data_key"} <= privates


def test_the_scan_finds_a_private_use(tmp_path: Path) -> None:
    src = tmp_path / "m.py"
    src.write_text("def f(ws, page):\n"
                   "    with ws._read() as c: pass\n"
                   "    page.ws._clock.tick()\n"
                   "    ws._anything\n"
                   "    self._read()\n"
                   "    ws.db.read()\n", encoding="utf-8")
    uses = private_uses(src, _workspace_privates())
    assert sorted((line, code) for line, code in uses) == [
        (2, "ws._read"), (3, "page.ws._clock"), (4, "ws._anything")]


def test_no_private_workspace_use_outside_the_services() -> None:
    found = _scan()
    outside = {rel: uses for rel, uses in found.items() if not rel.startswith(ALLOWED)}
    assert outside == {}, "private Workspace parts used outside core/services (use ws.db or a service)"


def test_a_print_is_audited_through_a_core_write(workspace) -> None:
    from desktop_app.core.services.changes import Changes
    from tests.conftest import add_person

    pid = add_person(workspace, "Lý Văn In")
    before = len(workspace.audit.list(limit=10_000))
    changes = workspace.audit.record_print("person", pid, "pdf", what="person_file", person_id=pid)
    assert isinstance(changes, Changes) and changes.kinds() == ["audit"]
    log = workspace.audit.list(limit=10_000)
    assert len(log) == before + 1
    row = log[-1]
    assert (row.action, row.entity, row.entity_id, row.person_id, row.username) == (
        "print", "person", pid, pid, workspace.username)
    assert row.detail == {"what": "person_file", "target": "pdf"}
    assert workspace.audit.verify().ok
