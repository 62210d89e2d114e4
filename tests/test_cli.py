"""The `summarizer` command: exit codes, one-line errors without tracebacks, and the offline success
paths (summarize, detect, JSON, standard input, BOM, length options, --help). Most cases call
`summarizer.cli.main` in-process; a few run `python -m summarizer` as a real process to prove that
nothing escapes as a traceback there either."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import run_cli as _cli

from summarizer import Language, Length
from summarizer.config import ENV_VAR, DetectionSettings
from summarizer.detect import Detector
from summarizer.pipeline import Pipeline
from summarizer.structure import parse
from summarizer.summarize import ExtractiveSummarizer

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
NEWS_EN = EXAMPLES / "news_en.txt"
NEWS_RU = EXAMPLES / "news_ru.txt"
NEWS_KK = EXAMPLES / "news_kk.txt"

JSON_KEYS = {
    "detected_language", "confidence", "reliable", "target_language", "translation", "translation_route",
    "short_summary", "long_summary", "method", "route", "summary_language", "notes", "timings",
    # the document as a whole (issues 12-16): headline, where it came from, language mix, guard
    "title", "source", "script", "languages", "segments", "flags",
}
ENGLISH_TEXT = ("The city council approved a new budget for public schools on Monday. "
                "It adds money for teachers and for new buildings.\n")
BAD_CONFIG = "summary:\n  lenghts:\n    short: {sentences: 2}\n"


def _assert_one_line_error(err: str) -> str:
    assert err.startswith("summarizer: error:"), err
    assert err.count("\n") == 1 and err.endswith("\n"), f"not exactly one line: {err!r}"
    assert "Traceback" not in err
    return err


def _process(*argv: str, stdin: bytes | None = None, cwd: Path | None = None,
             env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    environment.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "summarizer", *argv], input=stdin,
                          capture_output=True, cwd=cwd, env=environment, timeout=60, check=False)


def _write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


@pytest.fixture(autouse=True)
def _no_env_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.fixture(scope="module", autouse=True)
def _one_detector_per_settings() -> object:
    """Each CLI call builds a Pipeline whose new Detector loads ~60 langdetect profiles (~0.3 s).
    Reuse one Detector per (frozen) DetectionSettings for this module's in-process calls so the
    suite stays fast; detection itself still runs for real. Real processes build their own."""
    import summarizer.pipeline as pipeline_module

    detectors: dict[DetectionSettings, Detector] = {}

    def shared_detector(settings: DetectionSettings | None = None) -> Detector:
        key = settings or DetectionSettings()
        return detectors.setdefault(key, Detector(key))

    patch = pytest.MonkeyPatch()
    patch.setattr(pipeline_module, "Detector", shared_detector)
    yield
    patch.undo()


def _set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- input errors: exit code 3 ----------------------------------------------------------------


def test_missing_file_exits_3_with_one_line(capsys: pytest.CaptureFixture[str],
                                            tmp_path: Path) -> None:
    code, out, err = _cli(capsys, "summarize", str(tmp_path / "missing.txt"))
    assert code == 3
    assert out == ""
    assert "missing.txt" in _assert_one_line_error(err)


def test_missing_file_whose_name_has_a_newline_is_still_one_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _cli(capsys, "summarize", str(tmp_path / "two\nlines.txt"))
    assert code == 3
    assert "two\\nlines.txt" in _assert_one_line_error(err)


def test_directory_exits_3_with_one_line(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    code, out, err = _cli(capsys, "summarize", str(tmp_path))
    assert code == 3
    assert out == ""
    assert "directory" in _assert_one_line_error(err)


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  \n"], ids=["empty", "whitespace-only"])
def test_empty_file_exits_3_with_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                          content: bytes) -> None:
    path = _write(tmp_path / "empty.txt", content)
    code, out, err = _cli(capsys, "summarize", str(path))
    assert code == 3
    assert out == ""
    assert "empty" in _assert_one_line_error(err)


def test_a_latin1_file_is_decoded_not_refused(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    """Issue 14: text in a legacy encoding is read (the encoding is detected), not refused."""
    path = _write(tmp_path / "latin1.txt", "Café au lait, s'il vous plaît. Le café est très "
                  "bon ce matin.\n".encode("latin-1"))
    code, out, err = _cli(capsys, "detect", str(path))
    assert code == 0, err
    assert out.split("\t")[0] == "fr"


def test_binary_file_with_nul_bytes_exits_3_with_one_line(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    path = _write(tmp_path / "image.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    code, out, err = _cli(capsys, "summarize", str(path))
    assert code == 3
    assert out == ""
    assert "binary" in _assert_one_line_error(err)


def test_utf16_file_with_a_bom_is_decoded(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    """Issue 14: UTF-16 (Notepad's "Unicode") is decoded by its BOM, not refused."""
    path = _write(tmp_path / "notepad.txt", ENGLISH_TEXT.encode("utf-16"))  # with a BOM
    code, out, err = _cli(capsys, "summarize", str(path), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["detected_language"] == "en"
    first = data["short_summary"].split(".")[0]
    assert first and first in ENGLISH_TEXT


# --- language errors: exit codes 4 and 5 ------------------------------------------------------


@pytest.mark.parametrize("content", ["12345 !!! 3.14\n", "ok\n"], ids=["no-letters", "two-letters"])
def test_text_that_cannot_be_detected_exits_4(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                              content: str) -> None:
    path = _write(tmp_path / "numbers.txt", content)
    for command in ("summarize", "detect"):
        code, out, err = _cli(capsys, command, str(path))
        assert code == 4
        assert out == ""
        assert "language" in _assert_one_line_error(err)


@pytest.mark.parametrize("target", ["de", "xx"])
def test_unsupported_target_exits_5(capsys: pytest.CaptureFixture[str], target: str) -> None:
    code, out, err = _cli(capsys, "summarize", str(NEWS_EN), "--to", target)
    assert code == 5
    assert out == ""
    message = _assert_one_line_error(err)
    assert repr(target) in message and "en, ru, kk" in message


def test_unknown_source_language_exits_5(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _cli(capsys, "summarize", str(NEWS_EN), "--from", "xx")
    assert code == 5
    _assert_one_line_error(err)


# --- configuration errors: exit code 6 --------------------------------------------------------


@pytest.mark.parametrize("command", ["summarize", "detect"])
def test_malformed_config_via_option_exits_6_naming_the_key(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str) -> None:
    config = _write(tmp_path / "models.yaml", BAD_CONFIG)
    code, out, err = _cli(capsys, command, str(NEWS_EN), "--config", str(config))
    assert code == 6
    assert out == ""
    message = _assert_one_line_error(err)
    assert "summary.lenghts" in message and "lengths" in message


def test_malformed_config_via_env_var_exits_6_naming_the_key(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    config = _write(tmp_path / "models.yaml", "translation:\n  engine: onnx\n")
    monkeypatch.setenv(ENV_VAR, str(config))
    code, out, err = _cli(capsys, "summarize", str(NEWS_EN))
    assert code == 6
    assert out == ""
    message = _assert_one_line_error(err)
    assert "translation.engine" in message and "transformers" in message


def test_missing_config_file_exits_6(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _cli(capsys, "detect", str(NEWS_EN), "--config", str(tmp_path / "none.yaml"))
    assert code == 6
    assert "none.yaml" in _assert_one_line_error(err)


def test_invalid_yaml_config_exits_6_with_one_line(capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    config = _write(tmp_path / "models.yaml", "detection: [1, 2\n")
    code, _, err = _cli(capsys, "summarize", str(NEWS_EN), "--config", str(config))
    assert code == 6
    assert "YAML" in _assert_one_line_error(err)


# --- usage errors: exit code 2 ----------------------------------------------------------------


@pytest.mark.parametrize("argv", [
    ("summarize", str(NEWS_EN), "--short", "0"),
    ("summarize", str(NEWS_EN), "--long", "lots"),
    ("summarize", str(NEWS_EN), "--format", "xml"),
    ("frobnicate",),
    (),
], ids=["zero-short", "word-long", "bad-format", "unknown-command", "no-command"])
def test_bad_usage_exits_2_without_traceback(capsys: pytest.CaptureFixture[str],
                                             argv: tuple[str, ...]) -> None:
    code, out, err = _cli(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "error" in err and "Traceback" not in err


# --- success ----------------------------------------------------------------------------------


def test_summarize_sample_prints_both_summaries(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, "summarize", str(NEWS_EN))
    assert code == 0
    assert err == ""
    expected = Pipeline.from_config().run(NEWS_EN.read_text(encoding="utf-8"))
    assert "Short summary" in out and "Long summary" in out
    assert expected.short_summary in out
    assert expected.long_summary in out
    assert out.index("Short summary") < out.index(expected.short_summary) < out.index(
        "Long summary")


def test_summarize_json_has_exactly_the_documented_keys(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _cli(capsys, "summarize", str(NEWS_EN), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == JSON_KEYS
    assert data["detected_language"] == data["target_language"] == "en"
    assert data["translation"] is None
    assert data["short_summary"] and data["long_summary"]
    assert {"detect", "summarize", "total"} <= set(data["timings"])


@pytest.mark.parametrize(("path", "language"), [
    pytest.param(NEWS_EN, "en", id="en"),
    pytest.param(NEWS_RU, "ru", id="ru"),
    pytest.param(NEWS_KK, "kk", id="kk", marks=pytest.mark.skipif(
        not NEWS_KK.is_file(), reason="examples/news_kk.txt is not there")),
])
def test_detect_names_the_sample_language(capsys: pytest.CaptureFixture[str], path: Path,
                                          language: str) -> None:
    code, out, _ = _cli(capsys, "detect", str(path))
    assert code == 0
    assert out.split("\t")[0] == language
    assert Language(language).english_name in out

    code, out, _ = _cli(capsys, "detect", str(path), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["detected_language"] == language
    assert 0.0 <= data["confidence"] <= 1.0


def test_standard_input_is_read_with_a_dash(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _set_stdin(monkeypatch, NEWS_EN.read_bytes())
    code, out, _ = _cli(capsys, "summarize", "-", "--format", "json")
    assert code == 0
    from_file = Pipeline.from_config().run(NEWS_EN.read_text(encoding="utf-8"))
    assert json.loads(out)["short_summary"] == from_file.short_summary


def test_empty_standard_input_exits_3(capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _set_stdin(monkeypatch, b"")
    code, _, err = _cli(capsys, "summarize", "-")
    assert code == 3
    _assert_one_line_error(err)


def test_utf8_file_with_bom_works(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + ENGLISH_TEXT.encode("utf-8"))
    code, out, err = _cli(capsys, "summarize", str(path), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["detected_language"] == "en"
    assert "\ufeff" not in data["short_summary"]
    assert data["short_summary"].startswith("The city council")


def test_short_and_long_options_are_honoured(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _cli(capsys, "summarize", str(NEWS_EN), "--short", "1", "--long", "3",
                        "--format", "json")
    assert code == 0
    data = json.loads(out)
    short, long = ExtractiveSummarizer().summarize(
        NEWS_EN.read_text(encoding="utf-8"), Language.ENGLISH, [Length(sentences=1),
                                                                Length(sentences=3)])
    assert len(short.sentences) == 1 and len(long.sentences) == 3
    assert data["short_summary"] == short.text
    assert data["long_summary"] == long.text
    body = {s.text for s in parse(NEWS_EN.read_text(encoding="utf-8"), "en").body}
    assert data["short_summary"] in body


def test_word_budget_option_is_honoured(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _cli(capsys, "summarize", str(NEWS_EN), "--long", "120w", "--format", "json")
    assert code == 0
    assert 0 < len(json.loads(out)["long_summary"].split()) <= 120


def test_source_option_skips_detection(capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    path = _write(tmp_path / "short.txt", "ok\n")
    code, out, _ = _cli(capsys, "summarize", str(path), "--from", "en", "--format", "json")
    assert code == 0
    assert json.loads(out)["detected_language"] == "en"


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _cli(capsys, "--help")
    assert code == 0
    assert "summarize" in out and "detect" in out and "exit codes" in out


# --- real processes ---------------------------------------------------------------------------


def test_process_help_exits_0() -> None:
    result = _process("--help")
    assert result.returncode == 0
    assert b"usage: summarizer" in result.stdout
    assert result.stderr == b""


@pytest.mark.parametrize(("content", "code"), [
    (b"", 3), (b"\x7fELF\x02\x01\x01\x00\x00\x00", 3), (b"12345 !!! 3.14\n", 4),
], ids=["empty", "binary", "no-letters"])
def test_process_error_is_one_line_without_traceback(tmp_path: Path, content: bytes,
                                                     code: int) -> None:
    path = _write(tmp_path / "input.txt", content)
    result = _process("summarize", str(path), cwd=tmp_path)
    assert result.returncode == code
    assert result.stdout == b""
    _assert_one_line_error(result.stderr.decode("utf-8"))


def test_process_bad_config_from_env_exits_6_without_traceback(tmp_path: Path) -> None:
    config = _write(tmp_path / "models.yaml", BAD_CONFIG)
    result = _process("detect", str(NEWS_EN), env={ENV_VAR: str(config)}, cwd=tmp_path)
    assert result.returncode == 6
    assert "summary.lenghts" in _assert_one_line_error(result.stderr.decode("utf-8"))


def test_process_reads_standard_input_and_prints_json(tmp_path: Path) -> None:
    result = _process("summarize", "-", "--format", "json", stdin=NEWS_RU.read_bytes(),
                      cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))
    assert data["detected_language"] == "ru"
    assert set(data) == JSON_KEYS
