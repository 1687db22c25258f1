"""The one catalogue of WardBook's labels and messages outside the widgets: problem codes, field
names, sync errors and stages, store and sign-in errors, import row messages, the words of the
CLI. The core speaks in codes with parameters; the CLI, the import reports and the app word them
from here. (The widgets' own texts are Qt Linguist's: i18n/*.ts.)

The catalogue is GNU gettext: `vi.po` and `en.po` beside this file, one entry per code —
msgctxt is the group ("problem", "field", "sync_error", "store", "cli", …), msgid the code,
msgstr the text with {name} placeholders filled from the params. The .po files are committed
and compiled in memory when first used (no build step, works offline and in the PyInstaller
build, which ships them as data) into `gettext.GNUTranslations`.

    text("problem", "cccd_length", {"got": 11})            # the language of WARDBOOK_LANG
    text("problem", "cccd_length", {"got": 11}, lang="en")
    table("field", "vi")                                    # {code: text} of a group
"""

from __future__ import annotations

import ast
import datetime as dt
import functools
import gettext
import io
import os
import struct
from pathlib import Path
from typing import Any

__all__ = ["LANGUAGES", "codes", "has", "language", "table", "text", "translations"]

HERE = Path(__file__).resolve().parent
LANGUAGES = ("vi", "en")
SOURCE_LANGUAGE = "vi"
_CTX = "\x04"  # gettext's separator of context and id


def language() -> str:
    """The language of the command line and the core's worded outputs: WARDBOOK_LANG ("en…" →
    English), Vietnamese otherwise."""
    return "en" if os.environ.get("WARDBOOK_LANG", "vi").lower().startswith("en") else "vi"


def po_path(lang: str) -> Path:
    return HERE / f"{lang}.po"


def read_po(path: Path) -> dict[tuple[str, str], str]:
    """{(msgctxt, msgid): msgstr} of a .po file (the subset this catalogue uses: msgctxt,
    msgid, msgstr, each one or more quoted strings; comments skipped)."""
    out: dict[tuple[str, str], str] = {}
    entry: dict[str, str] = {}
    key = ""

    def flush() -> None:
        if "msgid" in entry and entry["msgid"]:
            out[(entry.get("msgctxt", ""), entry["msgid"])] = entry.get("msgstr", "")
        entry.clear()

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            if not line:
                flush()
            continue
        if line.startswith('"'):
            entry[key] += ast.literal_eval(line)
            continue
        word, _, rest = line.partition(" ")
        if word == "msgctxt" and "msgid" in entry:
            flush()
        key = word
        entry[key] = ast.literal_eval(rest)
    flush()
    return out


def compile_mo(messages: dict[tuple[str, str], str]) -> bytes:
    """The GNU .mo bytes of {(context, id): text} (as msgfmt writes them)."""
    keys = sorted((f"{c}{_CTX}{m}" if c else m).encode() for c, m in messages)
    lookup = {(f"{c}{_CTX}{m}" if c else m).encode(): s.encode() for (c, m), s in messages.items()}
    header = b"Content-Type: text/plain; charset=UTF-8\n"
    keys = [b""] + keys
    lookup[b""] = header
    ids = strs = b""
    offsets = []
    for k in keys:
        offsets.append((len(ids), len(k), len(strs), len(lookup[k])))
        ids += k + b"\0"
        strs += lookup[k] + b"\0"
    n = len(keys)
    key_start = 7 * 4 + 16 * n
    value_start = key_start + len(ids)
    koffsets: list[int] = []
    voffsets: list[int] = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + key_start]
        voffsets += [l2, o2 + value_start]
    out = struct.pack("Iiiiiii", 0x950412DE, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    out += struct.pack(f"{len(koffsets)}i", *koffsets) + struct.pack(f"{len(voffsets)}i", *voffsets)
    return out + ids + strs


@functools.cache
def messages(lang: str) -> dict[tuple[str, str], str]:
    return read_po(po_path(lang))


@functools.cache
def translations(lang: str) -> gettext.GNUTranslations:
    """The catalogue of `lang` ("vi", "en") as gettext translations."""
    if lang not in LANGUAGES:
        lang = SOURCE_LANGUAGE
    return gettext.GNUTranslations(io.BytesIO(compile_mo(messages(lang))))


def has(group: str, code: str, lang: str = SOURCE_LANGUAGE) -> bool:
    return bool(messages(lang).get((group, code)))


def codes(group: str, lang: str = SOURCE_LANGUAGE) -> list[str]:
    return [m for (c, m), s in messages(lang).items() if c == group and s]


def table(group: str, lang: str = SOURCE_LANGUAGE) -> dict[str, str]:
    """{code: text} of one group, in catalogue order."""
    return {m: s for (c, m), s in messages(lang).items() if c == group and s}


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def shown(value: Any) -> Any:
    """A parameter as a person reads it: an ISO date (the core's form) as dd/mm/yyyy, None as
    nothing."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    return value


def fill(template: str, params: dict[str, Any] | None = None) -> str:
    return template.format_map(_Params({k: shown(v) for k, v in (params or {}).items()}))


def text(group: str, code: str, params: dict[str, Any] | None = None, *, lang: str | None = None,
         default: str | None = None) -> str:
    """The text of `code` in `group`, its placeholders filled from `params`, in `lang` (default
    the language of WARDBOOK_LANG). A code missing in that language falls back to Vietnamese,
    then to `default`, then to the code with its params."""
    lang = lang if lang in LANGUAGES else language() if lang is None else SOURCE_LANGUAGE
    for each in (lang, SOURCE_LANGUAGE):
        if has(group, code, each):
            return fill(translations(each).pgettext(group, code), params)
    if default is not None:
        return fill(default, params)
    extra = ", ".join(f"{k}={v}" for k, v in sorted((params or {}).items()))
    return f"{code} ({extra})" if extra else code
