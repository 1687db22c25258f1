"""`wardbook documents …`: the document templates and the documents filled from the register
(issue 18): list, make, add-template, withdraw, preview."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from desktop_app.cli.base import DATE, EXIT_INPUT, CliExit, _emit, _open, cli, common, say
from desktop_app.vocabulary import language, text


@cli.group()
def documents() -> None:
    """Document templates and the documents filled from the register."""


def _docs(ws):
    from desktop_app.core.documents.service import Documents

    return Documents.of(ws)


@documents.command("list")
@click.option("--on", "on", type=DATE, default=None)
@click.option("--all", "all_versions", is_flag=True, default=False)
@common
def documents_list(on: dt.date | None, all_versions: bool) -> None:
    """The templates in force (id, title, category, legal basis, valid dates, version)."""
    lang = language()
    with _open() as ws:
        docs = _docs(ws)
        rows = docs.all_templates() if all_versions else docs.templates(on)
    from desktop_app.core.documents.templates import CATEGORIES

    order = list(CATEGORIES)
    rows = sorted(rows, key=lambda t: (order.index(t.category), t.key, t.version))
    out = [{**t.as_json(), "category_name": text("document_category", t.category, lang=lang),
            "title_shown": t.shown_title(lang), "basis_shown": t.shown_basis(lang)} for t in rows]

    def human() -> None:
        if not rows:
            click.echo(say("documents_none"))
        for t in rows:
            until = t.valid_to.strftime("%d/%m/%Y") if t.valid_to else "…"
            click.echo(f"{t.key:<22} v{t.version:<3} {t.valid_from:%d/%m/%Y}–{until:<10} "
                       f"{text('document_category', t.category, lang=lang)}: {t.shown_title(lang)}")
            click.echo(f"{'':<27}{say('documents_basis', basis=t.shown_basis(lang))}")

    _emit(out, human)


@documents.command("make")
@click.argument("template")
@click.option("--person", "person", default=None)
@click.option("--case", "case", default=None)
@click.option("--session", "session", default=None)
@click.option("--tip", "tip", default=None)
@click.option("--on", "on", type=DATE, default=None)
@click.option("--signer", default=None)
@click.option("--out", type=click.Path(path_type=Path), required=True)
@click.option("--pdf", is_flag=True, default=False)
@common
def documents_make(template: str, person: str | None, case: str | None, session: str | None, tip: str | None,
                   on: dt.date | None, signer: str | None, out: Path, pdf: bool) -> None:
    """Fills a template from the register and writes the .docx (numbered, kept and audited)."""
    from desktop_app.core.documents.service import to_pdf

    if out.suffix.lower() != ".docx":
        raise CliExit(EXIT_INPUT, say("documents_out_docx"))
    with _open() as ws:
        made = _docs(ws).make(template, person_id=person, case_id=case, session_id=session, tip_id=tip,
                              on=on, out=out, signer=signer)
    pdf_path = to_pdf(out) if pdf else None
    result = {"id": made.id, "out": str(made.path), "number": made.number, "template": made.template_key,
              "version": made.template_version, "pdf": str(pdf_path) if pdf_path else None}

    def human() -> None:
        click.echo(say("documents_made", number=made.number, path=made.path))
        if pdf and pdf_path:
            click.echo(say("documents_pdf", path=pdf_path))
        elif pdf:
            click.echo(say("documents_no_pdf"))

    _emit(result, human)


@documents.command("add-template")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--id", "key", default=None)
@click.option("--title", default=None)
@click.option("--category", type=click.Choice(["education", "court", "absence", "session", "tip", "reintegration",
                                               "other"]), default=None)
@click.option("--basis", default=None)
@click.option("--valid-from", "valid_from", type=DATE, default=None)
@click.option("--valid-to", "valid_to", type=DATE, default=None)
@click.option("--version", "template_version", type=int, default=None)
@click.option("--symbol", default=None)
@click.option("--needs", default=None)
@click.option("--publish", is_flag=True, default=False,
              help="Ban hành cho toàn tỉnh (sổ của Công an tỉnh): các xã nhận qua đồng bộ.")
@common
def documents_add_template(file: Path, key: str | None, title: str | None, category: str | None,
                           basis: str | None, valid_from: dt.date | None, valid_to: dt.date | None,
                           template_version: int | None, symbol: str | None, needs: str | None,
                           publish: bool) -> None:
    """Stores a commune's own form (.docx with placeholders) in the register; refused, with the list,
    when it names values the register does not have. `--publish` (a province register): published
    to every commune of the province, which receive it at their next sync."""
    if not file.is_file():
        raise CliExit(EXIT_INPUT, say("file_missing", path=file))
    side = file.with_suffix(".json")
    meta = json.loads(side.read_text(encoding="utf-8")) if side.is_file() else {}
    given = {"id": key, "title": title, "category": category, "basis": basis, "version": template_version,
             "symbol": symbol, "valid_from": valid_from.isoformat() if valid_from else None,
             "valid_to": valid_to.isoformat() if valid_to else None,
             "needs": [n.strip() for n in needs.split(",") if n.strip()] if needs else None}
    meta.update({k: v for k, v in given.items() if v is not None})
    meta.setdefault("id", None)
    with _open() as ws:
        docs = _docs(ws)
        if not meta.get("id"):
            meta.pop("id")
        info = docs.add_template(file, meta or None, publish=publish)
    _emit(info.as_json(), lambda: click.echo(say("documents_template_published" if publish
                                                 else "documents_template_added", id=info.key,
                                                 version=info.version, title=info.title)))


@documents.command("withdraw")
@click.argument("template")
@click.option("--version", "template_version", type=int, required=True)
@common
def documents_withdraw(template: str, template_version: int) -> None:
    """Withdraws a form the province published (a province register): it leaves every commune's
    list at their next sync; the documents already made from it stay."""
    with _open() as ws:
        _docs(ws).withdraw_published(template, template_version)
    _emit({"id": template, "version": template_version, "withdrawn": True},
          lambda: click.echo(say("documents_template_withdrawn", id=template, version=template_version)))


@documents.command("preview")
@click.argument("template")
@click.option("--out", type=click.Path(path_type=Path), required=True)
@common
def documents_preview(template: str, out: Path) -> None:
    """A template (an id, or a .docx file) filled for a made-up person: nothing stored."""
    from desktop_app.core.documents.service import write_out

    with _open() as ws:
        docs = _docs(ws)
        source = Path(template)
        data = docs.preview(source) if source.suffix.lower() == ".docx" and source.is_file() else \
            docs.preview(docs.template(template))
    write_out(out, data)
    _emit({"out": str(out)}, lambda: click.echo(say("documents_preview", path=out)))
