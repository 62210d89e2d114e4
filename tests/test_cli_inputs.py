"""The command line's inputs, outputs and messages (issues 10, 12, 14, 16): `--text`, URLs kept
intact, `-o FILE`, `--version`, one-line usage errors naming the command's help, Ctrl-C, the
language mix / title / flag warnings of the text output, `--kk-script` and `--strict`, and
batch's options sidecar.

Real detection and real files throughout; the few tests about how the CLI prints a `Result`
with a title or flags hand it a Result built here (the pipeline's own tests cover making one).
"""

from __future__ import annotations

import functools
import http.server
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_run import run_cli as _cli
from web_pages import running

from summarizer.config import DetectionSettings
from summarizer.detect import Detector

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ENGLISH = (EXAMPLES / "news_en.txt").read_text(encoding="utf-8")
KAZAKH = (EXAMPLES / "news_kk.txt").read_text(encoding="utf-8")
RUSSIAN = (EXAMPLES / "news_ru.txt").read_text(encoding="utf-8")


def _one_line(err: str) -> str:
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture(autouse=True)
def _no_env_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUMMARIZER_MODELS", raising=False)


@pytest.fixture(scope="module", autouse=True)
def _one_detector() -> Iterator[None]:
    """One real Detector for the module's in-process calls (profiles load once)."""
    import summarizer.pipeline as pipeline_module

    detectors: dict[DetectionSettings, Detector] = {}
    patch = pytest.MonkeyPatch()
    patch.setattr(pipeline_module, "Detector", lambda settings=None: detectors.setdefault(
        settings or DetectionSettings(), Detector(settings or DetectionSettings())))
    yield
    patch.undo()


# --- version and usage errors -------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import summarizer

    code, out, _ = _cli(capsys, "--version")
    assert code == 0
    assert out.strip() == f"summarizer {summarizer.__version__}"


@pytest.mark.parametrize(("argv", "hint"), [
    (["summarize", "--route", "fastest"], "summarizer summarize --help"),
    (["summarize", "--shrot", "2"], "summarizer summarize --help"),
    (["models", "download", "--bogus"], "summarizer models download --help"),
    (["batch", "in.jsonl"], "summarizer batch --help"),
    ([], "summarizer COMMAND --help"),
])
def test_usage_errors_are_one_line_naming_the_help(argv: list[str], hint: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, *argv)
    assert code == 2 and out == ""
    line = _one_line(err)
    assert line.startswith("summarizer: error: ") and line.endswith(f"(see {hint})"), line


# --- inputs -------------------------------------------------------------------------------------


def test_text_option_summarizes_the_text_given(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, "summarize", "--text", ENGLISH, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["detected_language"] == "en"
    assert data["short_summary"].split(". ")[0] in ENGLISH


def test_text_and_input_together_is_a_usage_error(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    code, _, err = _cli(capsys, "summarize", str(path), "--text", ENGLISH)
    assert code == 2
    assert "--text" in _one_line(err)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """A local web server for `tmp_path`; yields its base URL."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # stderr is the CLI's, under test
            pass

    handler = functools.partial(Quiet, directory=str(tmp_path))
    with running(http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)) as url:
        yield url


def test_a_url_argument_is_fetched_with_its_slashes(served: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "article.txt").write_text(RUSSIAN, encoding="utf-8")
    code, out, err = _cli(capsys, "summarize", f"{served}/article.txt", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["detected_language"] == "ru"
    assert data["short_summary"].split(". ")[0] in RUSSIAN
    code, _, err = _cli(capsys, "summarize", f"{served}/missing.txt")
    assert code == 9 and "404" in _one_line(err)


def test_output_file_gets_the_result_and_stdout_nothing(capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path) -> None:
    target = tmp_path / "result.json"
    code, out, err = _cli(capsys, "detect", "--text", RUSSIAN, "--format", "json", "-o",
                          str(target))
    assert code == 0, err
    assert out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["detected_language"] == "ru"


def test_output_into_a_missing_folder_fails_before_any_work(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.pipeline as pipeline_module

    def no_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pipeline ran")

    monkeypatch.setattr(pipeline_module.Pipeline, "run", no_work)
    code, out, err = _cli(capsys, "summarize", "--text", ENGLISH, "-o",
                          str(tmp_path / "nope" / "r.txt"))
    assert code == 3 and out == ""
    assert "does not exist" in _one_line(err)


# --- detection JSON and text output -------------------------------------------------------------


def test_detect_json_has_the_language_mix_and_segments(capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    russian_paragraph = RUSSIAN.strip().split("\n\n")[0]
    mixed = KAZAKH.strip() + "\n\n" + russian_paragraph + "\n"
    code, out, err = _cli(capsys, "detect", "--text", mixed, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["detected_language"] == "kk" and data["script"] == "Cyrl"
    assert {share["language"] for share in data["languages"]} >= {"kk", "ru"}
    segments = data["segments"]
    assert segments[0]["start"] == 0 and segments[-1]["end"] <= len(mixed)
    assert all(a["end"] <= b["start"] for a, b in zip(segments, segments[1:]))
    assert segments[-1]["language"] == "ru"


def _result_with(detection: object, **fields: object) -> object:
    from summarizer.languages import Language
    from summarizer.result import Result

    return Result(detection=detection, target_language=Language.KAZAKH, translation=None,
                  short_summary="Қысқа.", long_summary="Ұзын.", timings={"total": 0.1},
                  **fields)


def test_text_output_shows_title_mix_notes_and_warns_per_unrepaired_flag(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.pipeline as pipeline_module
    from summarizer.guard import Flag

    mixed = KAZAKH.strip() + "\n\n" + RUSSIAN.strip().split("\n\n")[0]
    detection = Detector().detect(mixed)
    flags = (Flag("number", 0, "1 200", "200", "1 200 missing in the output"),
             Flag("repeat", 1, "", "a a a", "a repeated phrase", repaired=True),
             Flag("length", 2, "x", "", "the output is empty"))
    result = _result_with(detection, title="Жаңа мектеп", flags=flags, notes=("a note",))
    monkeypatch.setattr(pipeline_module.Pipeline, "run", lambda self, text, **kw: result)
    code, out, err = _cli(capsys, "summarize", "--text", mixed)
    assert code == 0
    assert "Title:    Жаңа мектеп" in out
    mix = next(line for line in out.splitlines() if line.startswith("Mix:"))
    assert "Kazakh" in mix and "Russian" in mix and " %" in mix
    assert "Note:     a note" in out
    warnings = err.strip().splitlines()
    assert len(warnings) == 2, err  # the repaired flag is not a warning
    assert all(line.startswith("summarizer: warning: ") for line in warnings)
    assert "1 200 missing" in warnings[0] and "empty" in warnings[1]


def test_one_language_prints_no_mix_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, "summarize", "--text", ENGLISH)
    assert code == 0, err
    assert "Mix:" not in out


def test_kk_script_and_strict_reach_the_request(capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.pipeline as pipeline_module

    seen = []
    original = pipeline_module.Pipeline.run

    def spy(self, text, **kwargs):  # noqa: ANN001, ANN202
        seen.append(kwargs["request"])
        return original(self, text, **kwargs)

    monkeypatch.setattr(pipeline_module.Pipeline, "run", spy)
    code, _, err = _cli(capsys, "summarize", "--text", KAZAKH, "--kk-script", "latn",
                        "--strict")
    assert code == 0, err
    assert seen[0].kk_script == "latn" and seen[0].strict is True
    code, _, err = _cli(capsys, "summarize", "--text", KAZAKH, "--kk-script", "arab")
    assert code == 2 and "--kk-script" in _one_line(err)


# --- interruptions ------------------------------------------------------------------------------


def test_ctrl_c_inside_a_library_is_exit_130(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """langdetect's profile loader has a bare `except:` that turns Ctrl-C into its own
    LangDetectException; the CLI still sees the interrupt behind it."""
    from langdetect.lang_detect_exception import LangDetectException

    import summarizer.pipeline as pipeline_module

    def interrupted(self, text, **kwargs):  # noqa: ANN001, ANN202
        try:
            raise KeyboardInterrupt
        except BaseException:  # what langdetect does
            raise LangDetectException(0, "Profile format error") from None

    monkeypatch.setattr(pipeline_module.Pipeline, "run", interrupted)
    code, out, err = _cli(capsys, "summarize", "--text", ENGLISH)
    assert code == 130 and out == ""
    assert _one_line(err) == "summarizer: interrupted"


def test_ctrl_c_while_starting_is_exit_130(capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.cli as cli

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_parser", interrupted)
    with pytest.raises(SystemExit) as exit_:
        cli.entry()
    assert exit_.value.code == 130
    assert _one_line(capsys.readouterr().err) == "summarizer: interrupted"


# --- batch --------------------------------------------------------------------------------------


def _records(path: Path) -> Path:
    path.write_text("\n".join(json.dumps({"id": n, "body": text, "text": text[::-1]})
                              for n, text in enumerate((ENGLISH, RUSSIAN))) + "\n",
                    encoding="utf-8")
    return path


def test_batch_records_its_options_beside_output_and_names_a_changed_field(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source, output = _records(tmp_path / "in.jsonl"), tmp_path / "out.jsonl"
    code, _, err = _cli(capsys, "batch", str(source), str(output), "--text-field", "body",
                        "--strict", "--progress", "never")
    assert code == 0, err
    recorded = json.loads((tmp_path / "out.jsonl.options.json").read_text(encoding="utf-8"))
    assert recorded["text_field"] == "body" and recorded["strict"] is True
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert all(row["flags"] == [] for row in rows)  # extractive, nothing translated
    code, _, err = _cli(capsys, "batch", str(source), str(output), "--text-field", "text",
                        "--strict", "--progress", "never")
    assert code == 2
    line = _one_line(err)
    assert "--text-field" in line and "--force" in line


def test_batch_report_counts_flagged_records() -> None:
    from summarizer.batch import BatchReport

    report = BatchReport(total=5, ok=4, flagged=2, seconds=1.0)
    assert "4 ok (2 flagged)" in report.summary()
    assert "(0 flagged)" not in BatchReport(total=1, ok=1, seconds=1.0).summary()
