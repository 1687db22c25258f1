"""The benchmark harness (bench/run.py) runs end to end on a tiny register and writes every figure
with its floor and ratio. No timing is asserted here: that is what the bars in the table are for."""

from __future__ import annotations

import json
import tempfile

from desktop_app.core.store import keyslots
from tests.conftest import LOW_KDF

FIGURES = {"search_p50", "search_p95", "write_throughput", "due_p50", "due_p95", "unlock",
           "enc_search_p95", "enc_write", "report_json", "import_people", "gui_start", "gui_start_lower_bound", "gui_after_enter", "gui_memory",
           "gui_search_p50", "gui_search_p95"}
CONTEXT = {"search_p50", "due_p50", "due_all_p95", "gui_search_p50", "gui_start_lower_bound", "gui_after_enter"}


def test_quick_run_writes_every_figure_with_floor_and_ratio(tmp_path, monkeypatch, capsys):
    from bench import run as bench

    monkeypatch.setattr(keyslots, "DEFAULT_KDF", dict(LOW_KDF))
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where the harness builds its registers
    out = tmp_path / "results.json"
    assert bench.main(["--quick", "--persons", "50", "--out", str(out)]) == 0

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["date"] and data["machine"]["python"] and data["machine"]["sqlcipher_version"]
    assert data["dataset"]["rows"]["person"] > 0 and data["dataset"]["rows"]["contact"] > 0
    figures = {f["key"]: f for f in data["figures"]}
    assert FIGURES <= set(figures)
    for f in figures.values():
        assert f["value"] > 0 and f["unit"]
        assert f["floor"] is not None and f["floor"] > 0, f["key"]
        assert f["ratio"] is not None and f["ratio"] > 0, f["key"]
        assert f["bar"] and f["passed"] in (True, False, None)
    for key in FIGURES - CONTEXT:
        assert figures[key]["passed"] in (True, False), f"{key} has no bar"
    assert data["failed"] == [k for k, f in figures.items() if f["passed"] is False]

    table = capsys.readouterr().out
    assert "Floor" in table and "Ratio" in table
    assert "FAIL" in table if data["failed"] else "All bars pass." in table
    # the temporary registers are gone
    assert not list(scratch.iterdir())
