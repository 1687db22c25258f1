"""`wardbook search`, `person show`: people."""

from __future__ import annotations

import click

from desktop_app.cli.base import (
    _emit,
    _open,
    cli,
    common,
)
from desktop_app.core.domain.dates import format_date

# --- people -----------------------------------------------------------------------------------------

@cli.command()
@click.argument("text")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@common
def search(text: str, limit: int) -> None:
    """Tìm người theo tên (không dấu cũng được), số CCCD hoặc địa chỉ."""
    with _open() as ws:
        page = ws.persons.search(text, limit=limit, with_total=True)
    rows = [r.model_dump() for r in page.rows]

    def human() -> None:
        if not rows:
            click.echo("Không tìm thấy ai.")
            return
        for r in page.rows:
            born = r.birth_date or ""
            click.echo(f"{r.full_name:<32} {born:<10} {r.cccd or '':<12} {r.current_address[:40]:<40} {r.id}")
        click.echo(f"({len(rows)}/{page.total})")

    _emit({"total": page.total, "rows": rows}, human)


@cli.group()
def person() -> None:
    """Hồ sơ một người."""


@person.command("show")
@click.argument("person_id")
@common
def person_show(person_id: str) -> None:
    """Xem hồ sơ một người (việc xem được ghi nhật ký)."""
    with _open() as ws:
        p = ws.persons.get(person_id)
        cases = ws.cases.for_person(person_id)
        timelines = {c.id: ws.cases.timeline(c.id) for c in cases}
    data = {"person": p.model_dump(mode="json"), "cases": [c.model_dump(mode="json") for c in cases],
            "timeline": {k: [e.model_dump(mode="json") for e in v] for k, v in timelines.items()}}

    def human() -> None:
        click.echo(f"{p.full_name}  ({p.id})")
        click.echo(f"  Ngày sinh: {p.birth_date or '—'}   Giới tính: {p.gender or '—'}   CCCD: {p.cccd or '—'}")
        click.echo(f"  Thường trú: {p.permanent_address or '—'}")
        click.echo(f"  Nơi ở hiện tại: {p.current_address or '—'}")
        from desktop_app.core.domain.vocab import CATEGORY_LABEL_VI, status_label_vi

        for c in cases:
            end = format_date(c.computed_end) if c.computed_end else "—"
            category = CATEGORY_LABEL_VI.get(c.category, c.category)  # type: ignore[call-overload]
            click.echo(f"  Hồ sơ {category} [{status_label_vi(c.category, c.status)}] "
                       f"QĐ {c.decision_number or '—'}, "
                       f"bắt đầu {format_date(c.start_date) if c.start_date else '—'}, kết thúc {end}")
            if c.followup_end or c.clearing_state:
                word = ("Được coi là chưa bị áp dụng" if c.category in ("community_education", "family_management")
                        else "Xóa án tích")
                state = {"deferred": "hoãn: chưa chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự",
                         "restarted": "tính lại từ khi chấp hành xong bản án mới (Điều 73(2) BLHS)",
                         "court_decision": "cần quyết định của Tòa án (Điều 71 BLHS)",
                         "no_sentence": "chưa ghi hình phạt chính"}.get(c.clearing_state, "")
                when = f"đến hạn {format_date(c.followup_end)}" if c.followup_end else ""
                click.echo(f"    {word}: {', '.join(x for x in (when, state) if x)}")
            for e in timelines[c.id][:10]:
                click.echo(f"    {format_date(e.date)} {e.kind}/{e.subkind}: {e.summary[:60]}")

    _emit(data, human)
