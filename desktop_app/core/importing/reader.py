"""Reading a workbook (.xlsx through openpyxl in read-only mode) or a .csv file into plain rows:
`RawSheet(name, rows=[(excel_row_number, [cell values])])`. Row numbers are the ones the user
sees in Excel (1-based, blank rows counted)."""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

__all__ = ["RawSheet", "read_file", "ReadError"]


class ReadError(Exception):
    def __init__(self, code: str, **params: Any):
        self.code, self.params = code, params
        super().__init__(code)


@dataclass
class RawSheet:
    name: str
    rows: list[tuple[int, list[Any]]]


def _nfc(v: Any) -> Any:
    return unicodedata.normalize("NFC", v) if isinstance(v, str) else v


def read_file(path: Path) -> list[RawSheet]:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return [_read_csv(path)]
    raise ReadError("file_format")


def _read_xlsx(path: Path) -> list[RawSheet]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise ReadError("file_unreadable", reason=str(e) or type(e).__name__) from e
    try:
        out = []
        for ws in wb.worksheets:
            if getattr(ws, "sheet_state", "visible") != "visible":
                continue
            if hasattr(ws, "reset_dimensions"):
                ws.reset_dimensions()  # trust the rows, not a stale <dimension> tag
            out.append(RawSheet(ws.title, list(_xlsx_rows(ws))))
        return out
    finally:
        wb.close()


def _xlsx_rows(ws: Any) -> Iterator[tuple[int, list[Any]]]:
    n = 0
    for cells in ws.iter_rows():
        n += 1
        rownum = next((c.row for c in cells if getattr(c, "row", None)), n)
        n = rownum
        values = [_nfc(c.value) for c in cells]
        while values and (values[-1] is None or (isinstance(values[-1], str) and not values[-1].strip())):
            values.pop()
        yield rownum, values


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Windows Vietnamese code page (tones as combining marks: NFC puts them together)
        return data.decode("cp1258")
    except UnicodeDecodeError as e:
        raise ReadError("file_encoding") from e


def _read_csv(path: Path) -> RawSheet:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ReadError("file_unreadable", reason=str(e)) from e
    textdata = unicodedata.normalize("NFC", _decode(raw))
    sample = textdata[:20000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    for i, rec in enumerate(csv.reader(io.StringIO(textdata, newline=""), dialect), start=1):
        while rec and not rec[-1].strip():
            rec.pop()
        rows.append((i, [v if v.strip() else None for v in rec]))
    return RawSheet(path.stem, rows)
