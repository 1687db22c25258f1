"""Document templates as data: a .docx with docxtpl (Jinja) placeholders plus its metadata (id,
title, category, legal basis, valid-from/valid-to, version, number symbol), and the check of its
placeholders against the data model (model.DocumentData).

The shipped templates live in resources/documents/ as `<name>.docx` beside `<name>.json`; a
commune's own forms are stored in the register (store table `document_template`).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from desktop_app.core.documents.model import LIST_ITEMS, DocumentData
from desktop_app.core.domain.vocab import JUDGMENT_CATEGORIES, MEASURE_CATEGORIES, CaseCategory
from desktop_app.core.errors import Problem, ValidationFailed
from desktop_app.core.paths import resources_dir

__all__ = ["TemplateInfo", "CATEGORIES", "fitting_categories", "template_category_of_case", "REFERENCE_BASIS", "shipped_templates", "check_placeholders",
           "placeholder_problems", "in_force", "read_meta", "SHIPPED_DIR"]

SHIPPED_DIR = resources_dir() / "documents"
REFERENCE_BASIS = "Mẫu tham khảo"  # no official form at hand: the layout is ours
# category key -> Vietnamese heading (the picker groups templates by it)
CATEGORIES: dict[str, str] = {
    "education": "Giáo dục tại xã, phường, thị trấn",
    "court": "Án treo, cải tạo không giam giữ",
    "absence": "Vắng mặt tại nơi cư trú",
    "session": "Gọi hỏi, răn đe, giáo dục",
    "tip": "Tin báo, tố giác tội phạm",
    "reintegration": "Người chấp hành xong án phạt tù",
    "other": "Khác",
}

# Case categories (domain vocab "category") by the template category that serves them.
CASES_BY_TEMPLATE_CATEGORY: dict[str, frozenset[str]] = {
    "education": frozenset(c.value for c in MEASURE_CATEGORIES),
    "court": frozenset(c.value for c in JUDGMENT_CATEGORIES),
    "reintegration": frozenset({CaseCategory.REINTEGRATION.value}),
}


def template_category_of_case(case_category: str) -> str | None:
    """The template category whose forms serve a case of `case_category` ("court" for a
    suspended sentence), None when no group of forms is the case's own."""
    for group, cases in CASES_BY_TEMPLATE_CATEGORY.items():
        if case_category in cases:
            return group
    return None


def fitting_categories(*, case_category: str | None = None, session: bool = False,
                       tip: bool = False) -> frozenset[str]:
    """The template categories that fit what a document is made for: a tip's forms for a tip,
    a session's for a session, else the case's own group with the forms that serve any
    supervised person (absence, other). Empty: nothing to narrow by (every form fits)."""
    if tip:
        return frozenset({"tip"})
    if session:
        return frozenset({"session"})
    if case_category is None:
        return frozenset()
    own = template_category_of_case(case_category)
    return frozenset({"absence", "other"} | ({own} if own else set()))


@dataclass(frozen=True)
class TemplateInfo:
    key: str  # the template's id, stable across versions: "gd-cam-ket"
    title: str
    category: str
    basis: str  # legal basis, or REFERENCE_BASIS
    version: int
    valid_from: dt.date
    valid_to: dt.date | None  # exclusive; None: no end
    symbol: str = "CAX"  # the number's symbol before the unit suffix: "KH" → "KH-CAP"
    needs: tuple[str, ...] = ()  # "case" | "session" | "tip": what the document is about
    origin: str = "shipped"  # shipped | province (published through sync) | register
    source: str = ""  # the file (shipped) or the register row id
    sha256: str = ""
    title_en: str = ""  # for the English CLI/interface; the document itself is Vietnamese
    basis_en: str = ""
    placeholders: tuple[str, ...] = field(default=(), compare=False)

    def in_force(self, on: dt.date) -> bool:
        return self.valid_from <= on and (self.valid_to is None or on < self.valid_to)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.key, "title": self.title, "category": self.category, "basis": self.basis,
                "version": self.version, "valid_from": self.valid_from.isoformat(),
                "valid_to": self.valid_to.isoformat() if self.valid_to else None,
                "symbol": self.symbol, "needs": list(self.needs), "origin": self.origin,
                "title_en": self.title_en, "basis_en": self.basis_en}

    def shown_title(self, lang: str) -> str:
        return self.title_en if lang == "en" and self.title_en else self.title

    def shown_basis(self, lang: str) -> str:
        return self.basis_en if lang == "en" and self.basis_en else self.basis


def read_meta(meta: dict[str, Any], *, origin: str, source: str, sha256: str = "") -> TemplateInfo:
    """A TemplateInfo from the metadata JSON (keys of `TemplateInfo.as_json`)."""
    problems = [Problem(k, "required") for k in ("id", "title") if not str(meta.get(k) or "").strip()]
    category = str(meta.get("category") or "other")
    if category not in CATEGORIES:
        problems.append(Problem("category", "template_bad_category", {"value": category}))
    try:
        valid_from = dt.date.fromisoformat(str(meta.get("valid_from") or "2000-01-01"))
        valid_to = dt.date.fromisoformat(str(meta["valid_to"])) if meta.get("valid_to") else None
        version = int(meta.get("version") or 1)
    except (TypeError, ValueError):
        problems.append(Problem("valid_from", "template_bad_dates"))
        valid_from, valid_to, version = dt.date(2000, 1, 1), None, 1
    if valid_to is not None and valid_to <= valid_from:
        problems.append(Problem("valid_to", "template_bad_dates"))
    needs = tuple(str(n) for n in meta.get("needs") or ())
    if any(n not in ("case", "session", "tip") for n in needs):
        problems.append(Problem("needs", "template_bad_needs", {"value": ", ".join(needs)}))
    if problems:
        raise ValidationFailed(problems)
    return TemplateInfo(key=str(meta["id"]).strip(), title=str(meta["title"]).strip(), category=category,
                        basis=str(meta.get("basis") or REFERENCE_BASIS).strip(), version=version,
                        valid_from=valid_from, valid_to=valid_to, symbol=str(meta.get("symbol") or "CAX"),
                        needs=needs, origin=origin, source=source, sha256=sha256,
                        title_en=str(meta.get("title_en") or ""), basis_en=str(meta.get("basis_en") or ""))


def shipped_templates(folder: Path | None = None) -> list[TemplateInfo]:
    """The templates in resources/documents (each `.docx` with its `.json`)."""
    import hashlib

    folder = folder or SHIPPED_DIR
    out = []
    for meta_path in sorted(folder.glob("*.json")):
        docx = meta_path.with_suffix(".docx")
        if not docx.is_file():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        out.append(read_meta(meta, origin="shipped", source=str(docx),
                             sha256=hashlib.sha256(docx.read_bytes()).hexdigest()))
    return out


# At the same version: the commune's own form, then the province's published one, then shipped.
_RANK = {"register": 2, "province": 1, "shipped": 0}


def in_force(templates: Iterable[TemplateInfo], key: str, on: dt.date) -> TemplateInfo | None:
    """The version of template `key` in force on `on`: the highest version among those in force,
    the register's own before a shipped one of the same version."""
    hits = [t for t in templates if t.key == key and t.in_force(on)]
    if not hits:
        return None
    return max(hits, key=lambda t: (t.version, _RANK.get(t.origin, 0), t.valid_from))


# -- placeholders -----------------------------------------------------------------------------

def _template_ast(data: bytes) -> Any:
    """The Jinja AST of a docx template (body, headers and footers), as docxtpl renders it."""
    from docxtpl import DocxTemplate
    from jinja2 import Environment

    tpl = DocxTemplate(io.BytesIO(data))
    tpl.init_docx()
    xml = tpl.patch_xml(tpl.get_xml())
    for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
        for _rel, part in tpl.get_headers_footers(uri):
            xml += tpl.patch_xml(tpl.get_part_xml(part))
    return Environment().parse(xml)


_Kind = Any  # a pydantic model class, ("list", model class), "scalar" or "any"


def _field_kind(model: type[BaseModel], name: str) -> _Kind | None:
    f = model.model_fields.get(name)
    if f is None:
        return None
    ann = f.annotation
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return ann
    if model is DocumentData and name in LIST_ITEMS:
        return ("list", LIST_ITEMS[name])
    return "scalar"


def placeholder_problems(data: bytes) -> list[str]:
    """The placeholders of the template that the data model lacks ("person.nickname", "foo"),
    sorted. Raises ValidationFailed(template_syntax) when the template is not valid Jinja or
    not a .docx."""
    from jinja2 import Environment, TemplateSyntaxError, nodes

    try:
        tree = _template_ast(data)
        Environment().compile(tree)  # an unknown filter or test is refused here, not at rendering
    except TemplateSyntaxError as e:  # TemplateAssertionError too
        raise ValidationFailed([Problem("template", "template_syntax", {"line": e.lineno, "error": e.message or ""})]) from e
    except Exception as e:  # not a zip, not a Word document
        raise ValidationFailed([Problem("template", "template_not_docx")]) from e
    unknown: set[str] = set()
    root: dict[str, _Kind] = {name: _field_kind(DocumentData, name) for name in DocumentData.model_fields}
    root["loop"] = "any"

    def resolve(node: Any, scope: dict[str, _Kind]) -> tuple[_Kind | None, str]:
        if isinstance(node, nodes.Name):
            kind = scope.get(node.name)
            if kind is None:
                unknown.add(node.name)
            return kind, node.name
        if isinstance(node, nodes.Getattr) or (isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const)
                                               and isinstance(node.arg.value, str)):
            attr = node.attr if isinstance(node, nodes.Getattr) else str(node.arg.value)  # type: ignore[attr-defined]
            kind, path = resolve(node.node, scope)
            here = f"{path}.{attr}"
            if kind is None or kind == "any":
                return kind, here
            if isinstance(kind, type):
                sub = _field_kind(kind, attr)
                if sub is None:
                    unknown.add(here)
                return sub, here
            if kind == "scalar" and hasattr(str, attr):  # a string method: .upper(), .strip()
                return "any", here
            unknown.add(here)
            return None, here
        walk(node, scope)
        return "any", ""

    def walk(node: Any, scope: dict[str, _Kind]) -> None:
        if isinstance(node, (nodes.Name, nodes.Getattr)) or (
                isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const)):
            if not (isinstance(node, nodes.Name) and node.ctx != "load"):
                resolve(node, scope)
            return
        if isinstance(node, nodes.For):
            kind, _ = resolve(node.iter, scope)
            inner = dict(scope)
            item: _Kind = kind[1] if isinstance(kind, tuple) else "any"
            for target in node.target.find_all(nodes.Name) if not isinstance(node.target, nodes.Name) else [node.target]:
                inner[target.name] = item if isinstance(node.target, nodes.Name) else "any"
            for child in (*node.body, *node.else_):
                walk(child, inner)
            if node.test is not None:
                walk(node.test, inner)
            return
        if isinstance(node, nodes.Assign):
            walk(node.node, scope)
            for target in node.target.find_all(nodes.Name) if not isinstance(node.target, nodes.Name) else [node.target]:
                scope[target.name] = "any"
            return
        if isinstance(node, (nodes.Macro, nodes.CallBlock)):
            inner = dict(scope)
            for arg in getattr(node, "args", []):
                inner[arg.name] = "any"
            for child in node.iter_child_nodes():
                walk(child, inner)
            return
        for child in node.iter_child_nodes():
            walk(child, scope)

    walk(tree, dict(root))
    return sorted(unknown)


def check_placeholders(data: bytes) -> list[str]:
    """Refuses (ValidationFailed, code template_unknown_placeholders with the list) a template
    naming values the data model lacks; returns [] when all are known."""
    unknown = placeholder_problems(data)
    if unknown:
        raise ValidationFailed([Problem("template", "template_unknown_placeholders",
                                        {"names": ", ".join(unknown), "count": len(unknown)})])
    return []
