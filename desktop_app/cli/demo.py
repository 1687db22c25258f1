"""`wardbook demo`: a sample register."""

from __future__ import annotations

import click

from desktop_app.cli.base import (
    _ctx,
    _emit,
    _password,
    _progress_printer,
    _username,
    cli,
    common,
    say,
)


@cli.command()
@click.option("--profile", type=click.Choice(["commune", "seed"]), default="commune", show_default=True)
@click.option("--persons", type=click.IntRange(1, 2_000_000), default=None)
@common
def demo(profile: str, persons: int | None) -> None:
    """Creates a sample register (made-up data) in the data folder."""
    from desktop_app.demo import create_demo

    data_dir = _ctx()["data_dir"]
    username = _username()
    password = _password("WARDBOOK_PASSWORD", say("prompt_demo_password"), confirm=True)
    progress = _progress_printer()

    with create_demo(data_dir, username=username, password=password, profile=profile,
                     persons=persons, progress=progress) as ws:
        counts = ws.exporter.dump(audit=False)["counts"]
    _emit({"data_dir": str(data_dir), "profile": profile, "counts": counts},
          lambda: click.echo(say("demo_done", profile=profile, data_dir=data_dir)
                             + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))))
