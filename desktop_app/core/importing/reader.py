"""Reading a workbook (.xlsx through openpyxl in read-only mode) or a .csv file into plain rows:
`RawSheet(name, rows=[(excel_row_number, [cell values])])`. Row numbers are the ones the user
sees in Excel (1-based, blank rows counted).

`open_workbook` gives the import its rows. A small file is read whole here (`read_file`). A big
workbook is read by a second process (`spawn`, as on Windows) that streams the rows through a
pipe while this process imports the rows already read: openpyxl's XML parsing holds the GIL, so a
thread would not overlap it. The reader sends each visible sheet's first rows first (for the
header and the order of the sheets), then the sheets whole in the order the import asks for,
in chunks; the pipe's buffer keeps it at most a few chunks ahead. It imports this module alone
(with openpyxl), never the engine or the register."""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import multiprocessing
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generator, Iterator, Protocol, Sequence

__all__ = ["RawSheet", "read_file", "ReadError", "open_workbook", "Workbook", "SheetHead",
           "ReaderUnavailable", "READ_AHEAD_MIN_BYTES"]

# A workbook this big (≈ 4,000 rows, ~0.3 s of reading) is read by a second process: smaller
# ones take less to read than a process takes to start (more on Windows, where a frozen app
# starts again as the child).
READ_AHEAD_MIN_BYTES = 256 * 1024
_CHUNK_ROWS = 500  # rows per message from the reading process


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


def _load_xlsx(path: Path) -> Any:
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise ReadError("file_unreadable", reason=str(e) or type(e).__name__) from e


def _visible(wb: Any) -> list[Any]:
    return [ws for ws in wb.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]


def _read_xlsx(path: Path) -> list[RawSheet]:
    wb = _load_xlsx(path)
    try:
        out = []
        for ws in _visible(wb):
            if hasattr(ws, "reset_dimensions"):
                ws.reset_dimensions()  # trust the rows, not a stale <dimension> tag
            out.append(RawSheet(ws.title, list(_xlsx_rows(ws))))
        return out
    except Exception as e:  # a damaged part openpyxl meets while reading (broken XML, a bad zip member)
        raise ReadError("file_unreadable", reason=str(e) or type(e).__name__) from e
    finally:
        wb.close()


def _xlsx_rows(ws: Any) -> Generator[tuple[int, list[Any]], None, None]:
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


# -- the rows an import reads ----------------------------------------------------------------

@dataclass(frozen=True)
class SheetHead:
    """A visible sheet as the import first sees it: its name, its first rows (where the header
    is looked for) and its last row number (exact when read here; from the sheet's own
    <dimension> tag, an estimate for the progress bar, when read ahead; None when unknown)."""
    name: str
    head: list[tuple[int, list[Any]]]
    last_row: int | None


class Workbook(Protocol):
    """What `open_workbook` gives: `sheets` (one head per visible sheet), then `stream(order)`:
    for each sheet index in `order`, (index, every row of that sheet from its first), each
    iterator read to its end before the next (a ReadError may come from any of them)."""

    @property
    def sheets(self) -> list[SheetHead]: ...

    def stream(self, order: Sequence[int]) -> Iterator[tuple[int, Iterator[tuple[int, list[Any]]]]]: ...

    def in_hand(self, i: int) -> list[tuple[int, list[Any]]] | None:
        """Sheet i's rows when they are all read already (a file read here), else None."""


class _InMemory:
    """A file read whole here (a CSV, a small workbook)."""

    def __init__(self, sheets: list[RawSheet], head_rows: int):
        self._raw = sheets
        self.sheets = [SheetHead(s.name, s.rows[:head_rows], s.rows[-1][0] if s.rows else 0) for s in sheets]

    def stream(self, order: Sequence[int]) -> Iterator[tuple[int, Iterator[tuple[int, list[Any]]]]]:
        for i in order:
            yield i, iter(self._raw[i].rows)

    def in_hand(self, i: int) -> list[tuple[int, list[Any]]] | None:
        return self._raw[i].rows


class ReaderUnavailable(Exception):
    """The reading process could not start, or ended before its first word (a security tool
    blocking the program from starting itself again, no memory for a second process): the
    caller reads the file here instead. Nothing was read from it, so nothing was imported."""


class _ReadAhead:
    """A workbook read by a second process (see the module's docstring)."""

    def __init__(self, path: Path, head_rows: int):
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe(duplex=True)
        self._proc = ctx.Process(target=_serve, args=(str(path), child, head_rows), daemon=True,
                                 name="wardbook-workbook-reader")
        try:
            self._proc.start()
        except (OSError, RuntimeError) as e:
            self._conn.close()
            raise ReaderUnavailable(str(e) or type(e).__name__) from e
        finally:
            child.close()  # ours is closed: the child's death reads as the pipe's end here
        self._sheets: list[SheetHead] | None = None

    @property
    def sheets(self) -> list[SheetHead]:
        """Waited for at first use: the import loads the register's keys while the process starts."""
        if self._sheets is None:
            self._sheets = [SheetHead(name, head, last) for name, head, last in self._recv("sheets")[1]]
        return self._sheets

    def _recv(self, *kinds: str) -> tuple[Any, ...]:
        try:
            msg = self._conn.recv()
        except (EOFError, OSError) as e:  # the reading process ended without a word
            ended = f"reader process ended ({self._proc.exitcode})"
            if self._sheets is None:  # before its first: it never read the file
                raise ReaderUnavailable(ended) from e
            raise ReadError("file_unreadable", reason=ended) from e  # midway (killed, out of memory)
        if msg[0] == "error":
            raise ReadError(msg[1], **msg[2])
        if msg[0] not in kinds:
            raise ReadError("file_unreadable", reason=f"reader sent {msg[0]!r}")
        return tuple(msg)

    def stream(self, order: Sequence[int]) -> Iterator[tuple[int, Iterator[tuple[int, list[Any]]]]]:
        self._conn.send(list(order))
        for i in order:
            yield i, self._rows(i)

    def _rows(self, i: int) -> Iterator[tuple[int, list[Any]]]:
        while True:
            msg = self._recv("rows", "end")
            if msg[1] != i:
                raise ReadError("file_unreadable", reason=f"reader sent sheet {msg[1]} for {i}")
            if msg[0] == "end":
                return
            yield from msg[2]

    def in_hand(self, i: int) -> list[tuple[int, list[Any]]] | None:
        return None

    def close(self) -> None:
        """Ends the reading process (at once when the import stopped early)."""
        self._conn.close()
        self._proc.join(timeout=2)
        if self._proc.is_alive():
            self._proc.terminate()
            self._proc.join(timeout=5)


def _serve(path: str, conn: Any, head_rows: int) -> None:
    """The reading process: the heads, then the sheets in the order it is sent."""
    with contextlib.suppress(BrokenPipeError, EOFError, ConnectionError):  # the importer went away
        try:
            wb = _load_xlsx(Path(path))
            try:
                sheets = _visible(wb)
                heads = []
                for ws in sheets:
                    last = ws.max_row if isinstance(getattr(ws, "max_row", None), int) else None
                    if hasattr(ws, "reset_dimensions"):
                        ws.reset_dimensions()  # trust the rows, not a stale <dimension> tag
                    rows = _xlsx_rows(ws)
                    heads.append((ws.title, list(itertools.islice(rows, head_rows)), last))
                    rows.close()
                conn.send(("sheets", heads))
                for i in conn.recv():
                    chunk: list[tuple[int, list[Any]]] = []
                    for row in _xlsx_rows(sheets[i]):
                        chunk.append(row)
                        if len(chunk) == _CHUNK_ROWS:
                            conn.send(("rows", i, chunk))
                            chunk = []
                    if chunk:
                        conn.send(("rows", i, chunk))
                    conn.send(("end", i))
            finally:
                wb.close()
        except ReadError as e:
            conn.send(("error", e.code, e.params))
        except Exception as e:  # a damaged part of the file openpyxl meets while reading
            conn.send(("error", "file_unreadable", {"reason": str(e) or type(e).__name__}))
        finally:
            conn.close()


@contextlib.contextmanager
def open_workbook(path: Path | str, head_rows: int, *, ahead: bool | None = None) -> Iterator[Workbook]:
    """The file's rows for an import (raises ReadError): read whole here, or read ahead by a
    second process for a workbook of READ_AHEAD_MIN_BYTES or more (`ahead`: True or False
    whatever its size; the self-test's check of the process). `head_rows`: how many first rows
    of each sheet `sheets` holds."""
    path = Path(path)
    big = False
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        with contextlib.suppress(OSError):  # an unreadable file is read here, which says why
            big = path.stat().st_size >= READ_AHEAD_MIN_BYTES if ahead is None else ahead
    if not big:
        yield _InMemory(read_file(path), head_rows)
        return
    book = _ReadAhead(path, head_rows)
    try:
        yield book
    finally:
        book.close()
