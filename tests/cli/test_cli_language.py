"""The command line speaks one language at a time: every message, problem, help text and table
header in English under WARDBOOK_LANG=en (no Vietnamese letter but in the register's own data),
Vietnamese otherwise. Progress uses click's bar on a terminal."""

from __future__ import annotations

import io
import json
import re

import click
import pytest

from desktop_app.cli import cli, main

PASSWORD = "Matkhau2026ab"
VIETNAMESE = re.compile(r"[À-ỹđĐ]")


@pytest.fixture(scope="module")
def demo_register(tmp_path_factory):
    data = tmp_path_factory.mktemp("lang") / "data"
    mp = pytest.MonkeyPatch()
    mp.setenv("WARDBOOK_PASSWORD", PASSWORD)
    mp.setenv("WARDBOOK_USER", "truong")
    mp.setenv("WARDBOOK_LANG", "vi")
    try:
        assert main(["demo", "--persons", "12", "--data-dir", str(data), "--json"]) == 0
    finally:
        mp.undo()
    return data


@pytest.fixture
def run(demo_register, monkeypatch, capsys):
    monkeypatch.setenv("WARDBOOK_DATA_DIR", str(demo_register))
    monkeypatch.setenv("WARDBOOK_USER", "truong")
    monkeypatch.setenv("WARDBOOK_PASSWORD", PASSWORD)
    capsys.readouterr()

    def run(*args: str) -> tuple[int, str]:
        rc = main(list(args))
        out = capsys.readouterr()
        return rc, out.out + out.err

    return run


def _strings(obj) -> set[str]:
    if isinstance(obj, str):
        return {obj}
    if isinstance(obj, dict):
        return set().union(*(_strings(v) for v in obj.values())) if obj else set()
    if isinstance(obj, list):
        return set().union(*(_strings(v) for v in obj)) if obj else set()
    return set()


def _data_words(run) -> list[str]:
    """The register's own texts (names, addresses, notes, the unit's name): data, not words of
    the program; longest first, with the cuts the tables show (40 and 60 characters)."""
    words: set[str] = set()
    for args in (["search", "", "--limit", "1000", "--json"], ["users", "list", "--json"]):
        rc, out = run(*args)
        assert rc == 0
        words |= _strings(json.loads(out))
    rc, out = run("search", "", "--limit", "1000", "--json")
    for row in json.loads(out)["rows"]:
        rc, shown = run("person", "show", row["id"], "--json")
        assert rc == 0
        words |= _strings(json.loads(shown))
    words |= {w[:60] for w in words} | {w[:40] for w in words}
    return sorted((w for w in words if w.strip()), key=len, reverse=True)


def _commands() -> list[list[str]]:
    out: list[list[str]] = []

    def visit(cmd: click.Command, path: list[str]) -> None:
        out.append(path)
        if isinstance(cmd, click.Group):
            for name, sub in cmd.commands.items():
                visit(sub, [*path, name])

    visit(cli, [])
    return out


def _session(run, tmp_path) -> str:
    """The main commands, their help and their refusals; everything they print."""
    texts = []

    def keep(*args: str, rc: int | None = None) -> None:
        code, out = run(*args)
        if rc is not None:
            assert code == rc, (args, out)
        texts.append(out)

    for path in _commands():
        keep(*path, "--help", rc=0)
    rc, out = run("search", "", "--json")
    person_id = json.loads(out)["rows"][0]["id"]
    keep("search", "Nguyen", rc=0)
    keep("search", "zzzz-nobody", rc=0)
    keep("person", "show", person_id, rc=0)
    keep("due", "--within", "60", rc=0)
    keep("users", "list", rc=0)
    keep("audit", "verify", rc=0)
    keep("doctor", rc=0)
    keep("sync", "status", rc=0)
    keep("export", "--out", str(tmp_path / "dump.json"), "--yes", rc=0)
    keep("import", "template", "--out", str(tmp_path / "template.xlsx"), rc=0)
    keep("backup", "--out", str(tmp_path / "b"), rc=0)
    # refusals: a problem, a missing file, a bad date, an unknown person, a wrong password,
    # a missing register, a sync without a server
    keep("report", "--from", "01/01/2026", "--to", "31/03/2026", "--format", "xlsx", rc=2)
    keep("report", "--from", "31/03/2026", "--to", "01/01/2026", rc=2)
    keep("due", "--on", "31/02/2026", rc=2)
    keep("import", str(tmp_path / "none.xlsx"), rc=2)
    keep("person", "show", "no-such-id", rc=2)
    keep("sync", rc=1)
    keep("audit", "verify", "--data-dir", str(tmp_path / "empty"), rc=1)
    return "\n".join(texts)


def test_english_cli_has_no_vietnamese_word(run, monkeypatch, tmp_path):
    data = _data_words(run)
    monkeypatch.setenv("WARDBOOK_LANG", "en")
    text = _session(run, tmp_path)
    monkeypatch.setenv("WARDBOOK_PASSWORD", "wrong-password-1")
    code, wrong = run("doctor")
    assert code == 3
    text += "\n" + wrong
    assert "The register is intact." in text and "Wrong user name or password." in text
    assert "Changes to send:" in text and "Output file (--out): needed for the xlsx format." in text
    assert "Date (on):" in text and "[error: date_invalid]" in text
    for word in data:
        text = text.replace(word, "")
    left = [line for line in text.splitlines() if VIETNAMESE.search(line)]
    assert not left, left[:10]


def test_vietnamese_cli(run, monkeypatch, tmp_path):
    monkeypatch.setenv("WARDBOOK_LANG", "vi")
    text = _session(run, tmp_path)
    assert "Sổ đăng ký nguyên vẹn." in text and "Thay đổi chờ gửi:" in text
    assert "Tệp kết quả (--out): cần cho định dạng xlsx." in text
    assert "[lỗi: date_invalid]" in text and "Thư mục sổ đăng ký (WARDBOOK_DATA_DIR)." in text
    assert "Changes to send" not in text and "[error:" not in text
    assert "Cách dùng: wardbook" in text and "Tùy chọn:" in text and "In hướng dẫn này rồi thoát." in text
    assert "Usage:" not in text and "Show this message" not in text


def test_clicks_own_words_follow_the_language(monkeypatch, capsys):
    """Usage, headings and click's refusals (missing argument, bad choice, unknown command or
    option) from the catalogue's group "click" in Vietnamese, click's English under
    WARDBOOK_LANG=en, switching both ways in one process."""

    def said(*args: str) -> str:
        main(list(args))
        out = capsys.readouterr()
        return out.out + out.err

    for lang in ("vi", "en", "vi"):
        monkeypatch.setenv("WARDBOOK_LANG", lang)
        texts = [said("users", "add", "--help"), said("--help"), said("users", "add"),
                 said("users", "add", "x", "--role", "boss"), said("nosuch"), said("users", "add", "--bogus")]
        if lang == "vi":
            assert texts[0].startswith("Cách dùng: wardbook users add [OPTIONS] NEW_USERNAME")
            assert "Tùy chọn:" in texts[0] and "[mặc định: officer]" in texts[0]
            assert "In hướng dẫn này rồi thoát." in texts[0]
            assert "Lệnh:" in texts[1] and "In phiên bản rồi thoát." in texts[1]
            assert texts[2].strip() == "Thiếu tham số 'NEW_USERNAME'."
            assert texts[3].strip() == ("Giá trị không hợp lệ cho '--role': 'boss' không thuộc 'officer', "
                                        "'chief', 'province_admin'.")
            assert texts[4].strip() == "Không có lệnh 'nosuch'."
            assert texts[5].strip().startswith("Không có tùy chọn '--bogus'. Có phải ý là")
        else:
            assert texts[0].startswith("Usage: wardbook users add") and "Options:" in texts[0]
            assert "Show this message and exit." in texts[0] and "[default: officer]" in texts[0]
            assert "Commands:" in texts[1] and "Show the version and exit." in texts[1]
            assert texts[2].strip() == "Missing argument 'NEW_USERNAME'."
            assert texts[4].strip() == "No such command 'nosuch'."
            assert not any(VIETNAMESE.search(t) for t in texts[2:])


def test_every_command_and_option_has_help_in_both_languages():
    from desktop_app import vocabulary as V

    for path in _commands():
        cmd = cli
        for name in path:
            cmd = cmd.commands[name]
        key = "help." + (".".join(path) or "wardbook")
        for lang in V.LANGUAGES:
            assert V.has("cli", key, lang), (key, lang)
            for p in cmd.params:
                if isinstance(p, click.Option) and p.name != "version" and p.name not in ("data_dir", "username", "as_json"):
                    assert V.has("cli", f"{key}.{p.name}", lang), (key, p.name, lang)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_clicks_bar_on_a_terminal_and_lines_in_a_pipe(monkeypatch):
    from desktop_app.cli.base import Progress

    with click.Context(cli) as ctx:
        ctx.meta["json"] = False
        term = _Terminal()
        monkeypatch.setattr("sys.stderr", term)
        p = Progress()
        for i in range(1, 6):
            p("persons", i, 5)
        p.finish()
        shown = term.getvalue()
        assert "persons" in shown and "5/5" in shown and "[" in shown and "#" in shown  # click's bar

        pipe = io.StringIO()
        monkeypatch.setattr("sys.stderr", pipe)
        p = Progress()
        p("persons", 3, 5)
        p("persons", 5, 5)
        assert pipe.getvalue() == f"\r{'persons: 3/5':<48}\r{'persons: 5/5':<48}\n"

        ctx.meta["json"] = True
        quiet = io.StringIO()
        monkeypatch.setattr("sys.stderr", quiet)
        p = Progress()
        p("persons", 5, 5)
        assert quiet.getvalue() == ""
