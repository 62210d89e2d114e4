"""The bad-input table: every mistake a user can make on the command line ends with one line on
standard error, the documented exit code and no traceback.

Each row is (case id, argv builder, stdin bytes, expected exit code). The rows call the CLI's
`main()` in-process (a process per row costs seconds on a busy machine); a few rows that depend
on the interpreter or the operating system (/dev/zero, a FIFO, the network) run a real process,
and `PROCESS_ROWS` runs a sample of the table that way too, as a user would.
"""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "examples" / "news_en.txt").read_text(encoding="utf-8")
MACEDONIAN = ("Владата денеска ја усвои новата стратегија за развој на железничката мрежа во "
              "земјата. Министерот рече дека работите ќе започнат наесен и ќе траат три години.")

Argv = Callable[[Path], list[str]]


def _file(name: str, data: bytes | str) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return str(path)
    return make


def _article(folder: Path) -> str:
    return _file("article.txt", ARTICLE)(folder)


def _config(text: str) -> Callable[[Path], str]:
    return _file("models.yaml", text)


def _jsonl(lines: str) -> Callable[[Path], str]:
    return _file("in.jsonl", lines)


CASES: list[tuple[str, Argv, bytes | None, int]] = [
    # input problems: exit 3
    ("missing file", lambda d: ["summarize", str(d / "nope.txt")], None, 3),
    ("directory", lambda d: ["summarize", str(d)], None, 3),
    ("empty file", lambda d: ["summarize", _file("e.txt", b"")(d)], None, 3),
    ("whitespace only", lambda d: ["summarize", _file("w.txt", " \n\t \n")(d)], None, 3),
    ("empty stdin", lambda d: ["summarize", "-"], b"", 3),
    ("png bytes", lambda d: ["summarize", _file("x.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256))
                                                * 40)(d)], None, 3),
    ("zip bytes", lambda d: ["detect", _file("x.zip", b"PK\x03\x04" + bytes(4000))(d)], None, 3),
    ("dev zero", lambda d: ["summarize", "/dev/zero"], None, 3),
    ("oversized file", lambda d: ["summarize", _file("big.txt", ("word " * 700_000))(d)], None,
     3),
    ("detect missing file", lambda d: ["detect", str(d / "nope.txt")], None, 3),
    ("translate missing file", lambda d: ["translate", str(d / "nope.txt"), "--to", "ru"], None,
     3),
    ("batch missing input", lambda d: ["batch", str(d / "nope.jsonl"), str(d / "out.jsonl")],
     None, 3),
    ("batch input is a directory", lambda d: ["batch", str(d), str(d / "out.jsonl")], None, 3),
    ("batch bad json line", lambda d: ["batch", _jsonl('{"text": "a"}\n{not json\n')(d),
                                       str(d / "out.jsonl")], None, 3),
    ("batch missing text field", lambda d: ["batch", _jsonl('{"body": "x"}\n')(d),
                                            str(d / "out.jsonl")], None, 3),
    # language problems: exit 4 and 5
    ("digits only", lambda d: ["summarize", "-"], b"12345 678 90", 4),
    ("punctuation only", lambda d: ["detect", "-"], b"... !!! ??? ---", 4),
    ("hello", lambda d: ["summarize", "-"], b"Hello", 4),
    ("macedonian without --to", lambda d: ["summarize", "-"], MACEDONIAN.encode(), 5),
    ("unknown --from", lambda d: ["summarize", _article(d), "--from", "zz"], None, 5),
    ("unsupported --to", lambda d: ["summarize", _article(d), "--to", "de"], None, 5),
    ("models download unknown direction", lambda d: ["models", "download", "xx-yy"], None, 5),
    ("models convert unknown direction", lambda d: ["models", "convert", "de-fr"], None, 5),
    # configuration problems: exit 6
    ("missing --config", lambda d: ["summarize", _article(d), "--config", str(d / "no.yaml")],
     None, 6),
    ("yaml syntax error", lambda d: ["summarize", _article(d), "--config",
                                     _config("translation: [unclosed\n")(d)], None, 6),
    ("unknown config key", lambda d: ["detect", _article(d), "--config",
                                      _config("detections: {}\n")(d)], None, 6),
    ("bad config value", lambda d: ["summarize", _article(d), "--config",
                                    _config("translation:\n  num_beams: -3\n")(d)], None, 6),
    # models missing: exit 7
    ("translate without local models", lambda d: ["translate", _article(d), "--to", "ru"], None,
     7),
    ("summarize --to without local models", lambda d: ["summarize", _article(d), "--to", "kk",
                                                       "--route", "translate-first"], None, 7),
    ("abstractive without local model", lambda d: ["summarize", _article(d), "--method",
                                                   "abstractive"], None, 7),
    ("models download offline", lambda d: ["models", "download", "en-ru"], None, 7),
    # command-line usage: exit 2
    ("no command", lambda d: [], None, 2),
    ("unknown command", lambda d: ["summarise", "x.txt"], None, 2),
    ("unknown option", lambda d: ["summarize", "--shrot", "2"], None, 2),
    ("short zero", lambda d: ["summarize", _article(d), "--short", "0"], None, 2),
    ("short negative", lambda d: ["summarize", _article(d), "--short", "-5"], None, 2),
    ("short garbage", lambda d: ["summarize", _article(d), "--short", "abc"], None, 2),
    ("ratio over 100", lambda d: ["summarize", _article(d), "--long", "150%"], None, 2),
    ("long shorter than short", lambda d: ["summarize", _article(d), "--short", "5", "--long",
                                           "1"], None, 2),
    ("bad route", lambda d: ["summarize", _article(d), "--route", "fastest"], None, 2),
    ("bad method", lambda d: ["summarize", _article(d), "--method", "magic"], None, 2),
    ("bad engine", lambda d: ["translate", _article(d), "--to", "ru", "--engine", "onnx"], None,
     2),
    ("bad format", lambda d: ["detect", _article(d), "--format", "xml"], None, 2),
    ("translate without --to", lambda d: ["translate", _article(d)], None, 2),
    ("batch chunk size zero", lambda d: ["batch", _jsonl('{"text": "a"}\n')(d),
                                         str(d / "o.jsonl"), "--chunk-size", "0"], None, 2),
    ("ray options without ray", lambda d: ["batch", _jsonl('{"text": "a"}\n')(d),
                                           str(d / "o.jsonl"), "--num-cpus", "2"], None, 2),
]


def _run(argv: list[str], stdin: bytes | None, home: Path) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "SUMMARIZER_MODELS"}
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HOME": str(home),
                "XDG_CONFIG_HOME": str(home / "xdg")})
    return subprocess.run([sys.executable, "-m", "summarizer", *argv], input=stdin or b"",
                          capture_output=True, env=env, timeout=90, check=False)


def _assert_one_line(err: bytes, case: str) -> None:
    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text, f"{case}: traceback\n{text}"
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, f"{case}: expected one stderr line, got {len(lines)}:\n{text}"
    assert lines[0].startswith("summarizer"), f"{case}: {lines[0]!r}"


@pytest.fixture
def offline_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty Hugging Face home and user config folder, and no SUMMARIZER_MODELS."""
    monkeypatch.delenv("SUMMARIZER_MODELS", raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf" / "hub"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path


#: Rows that only a real process may run: reading /dev/zero without a cap would eat the test's
#: own memory.
PROCESS_ONLY = {"dev zero"}
IN_PROCESS = [case for case in CASES if case[0] not in PROCESS_ONLY]


@pytest.mark.parametrize(("case", "argv", "stdin", "code"), IN_PROCESS,
                         ids=[c[0] for c in IN_PROCESS])
def test_bad_input_is_one_line_with_its_exit_code(case: str, argv: Argv, stdin: bytes | None,
                                                  code: int, offline_home: Path,
                                                  capsys: pytest.CaptureFixture[bytes],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.cli import main

    work = offline_home / "work"
    work.mkdir()
    arguments = argv(work)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin or b""),
                                                       encoding="utf-8"))
    try:
        returned = main(arguments)
    except SystemExit as exit_:
        returned = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    _assert_one_line(err.encode(), case)
    assert returned == code, (case, returned, err)
    assert out == "", f"{case}: wrote to stdout: {out[:200]!r}"


PROCESS_ROWS = ("dev zero", "no command", "short garbage", "macedonian without --to",
                "missing --config", "translate without local models")


@pytest.mark.parametrize("row", PROCESS_ROWS)
def test_bad_input_in_a_real_process(row: str, tmp_path: Path) -> None:
    case, argv, stdin, code = next(c for c in CASES if c[0] == row)
    done = _run(argv(tmp_path), stdin, tmp_path / "hf")
    _assert_one_line(done.stderr, case)
    assert done.returncode == code, (case, done.returncode, done.stderr.decode(errors="replace"))
    assert done.stdout == b""


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 30


def test_fifo_without_writer_is_refused_quickly(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    started = time.monotonic()
    done = _run(["summarize", str(fifo)], None, tmp_path / "hf")
    assert time.monotonic() - started < 30
    _assert_one_line(done.stderr, "fifo")
    assert done.returncode == 3


def test_models_download_without_network_and_without_offline_flag_is_one_line(
        tmp_path: Path) -> None:
    """No HF_HUB_OFFLINE: huggingface_hub tries the network (none here) and raises httpx errors;
    the user still gets one line and a non-zero exit within 30 s."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("SUMMARIZER_MODELS", "HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    env.update({"HF_HOME": str(tmp_path / "hf"), "HF_ENDPOINT": "http://127.0.0.1:9"})
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "summarizer", "models", "download", "en-ru"],
                          capture_output=True, env=env, timeout=60, check=False)
    assert time.monotonic() - started < 30
    _assert_one_line(done.stderr, "download without network")
    assert done.returncode == 7
