"""Translation through the `summarizer` command and the offline model errors: `summarize --to`
and `translate` on the tiny Marian models, `models list` / `models download`, and what happens
when the configured models are not in the Hugging Face cache (exit 7, one line, at once).

"No models" is made real, not faked: an empty temporary HF_HOME for processes, and for in-process
calls huggingface_hub's cache folder pointed at an empty temporary folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_run import run_cli as _cli

from summarizer import Language, ModelError, Pipeline, load_settings
from summarizer.config import DEFAULT_CONFIG, ENV_VAR
from summarizer.segment import paragraphs

ROOT = Path(__file__).resolve().parent.parent
NEWS_KK = ROOT / "examples" / "news_kk.txt"
NEWS_EN = ROOT / "examples" / "news_en.txt"
DEFAULT_MODELS = load_settings(DEFAULT_CONFIG).translation.models
#: Environment variables that could point huggingface_hub at a developer's own cache.
_CACHE_VARS = ("HF_HOME", "HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "TRANSFORMERS_CACHE",
               "XDG_CACHE_HOME", ENV_VAR)


def _process(hf_home: Path, *argv: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run `python -m summarizer` offline with an empty HF_HOME; return it and its wall time."""
    environment = {k: v for k, v in os.environ.items() if k not in _CACHE_VARS}
    environment.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                        "HF_HOME": str(hf_home)})
    started = time.perf_counter()
    completed = subprocess.run([sys.executable, "-m", "summarizer", *argv], capture_output=True,
                               text=True, cwd=ROOT, env=environment, timeout=60, check=False)
    return completed, time.perf_counter() - started


def _one_line(err: str) -> str:
    assert err.startswith("summarizer: error:"), err
    assert err.count("\n") == 1 and err.endswith("\n"), f"not exactly one line: {err!r}"
    assert "Traceback" not in err
    return err


@pytest.fixture(autouse=True)
def _no_env_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.fixture
def hf_home(tmp_path: Path) -> Path:
    """An empty Hugging Face home for subprocesses."""
    home = tmp_path / "hf-home"
    home.mkdir()
    return home


@pytest.fixture
def empty_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """In this process, huggingface_hub looks for models in an empty folder."""
    from huggingface_hub import constants

    cache = tmp_path / "hub"
    cache.mkdir()
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(cache))
    return cache


# --- translation through the command line -------------------------------------------------------


def test_summarize_kazakh_to_russian_goes_through_english_and_keeps_paragraphs(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tiny_models: Path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tiny_models))
    code, out, err = _cli(capsys, "summarize", str(NEWS_KK), "--to", "ru", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    folder = tiny_models.parent.resolve()
    assert data["detected_language"] == "kk" and data["target_language"] == "ru"
    assert data["translation_route"] == [str(folder / "kk-en"), str(folder / "en-ru")]
    source = NEWS_KK.read_text(encoding="utf-8")
    assert len(paragraphs(data["translation"])) == len(paragraphs(source)) > 10
    assert data["translation"].count("\n") == source.count("\n")
    assert data["short_summary"] and data["long_summary"]


def test_translate_command_prints_the_translation_line_for_line(
        capsys: pytest.CaptureFixture[str], tiny_models: Path) -> None:
    source = NEWS_EN.read_text(encoding="utf-8")
    code, out, err = _cli(capsys, "translate", str(NEWS_EN), "--to", "ru", "--config",
                          str(tiny_models))
    assert code == 0, err
    assert out.strip() and out.strip() != source.strip()
    assert [not line.strip() for line in out.rstrip("\n").split("\n")] == \
        [not line.strip() for line in source.rstrip("\n").split("\n")]


def test_translate_command_json_names_the_route(capsys: pytest.CaptureFixture[str],
                                                tiny_models: Path) -> None:
    code, out, err = _cli(capsys, "translate", str(NEWS_EN), "--to", "kk", "--config",
                          str(tiny_models), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["translation_route"] == [str(tiny_models.parent.resolve() / "en-kk")]
    assert data["detected_language"] == "en" and data["translation"]


def test_translate_command_into_the_texts_own_language_prints_it_unchanged(
        capsys: pytest.CaptureFixture[str], tiny_models: Path) -> None:
    code, out, _ = _cli(capsys, "translate", str(NEWS_EN), "--to", "en", "--config",
                        str(tiny_models))
    assert code == 0
    assert out.rstrip("\n") == NEWS_EN.read_text(encoding="utf-8").rstrip("\n")


def test_translate_command_without_a_target_exits_2(capsys: pytest.CaptureFixture[str],
                                                    tiny_models: Path) -> None:
    code, out, err = _cli(capsys, "translate", str(NEWS_EN), "--config", str(tiny_models))
    assert code == 2 and out == ""
    assert "--to" in err and "Traceback" not in err


# --- models that are not downloaded -------------------------------------------------------------


def test_process_without_models_exits_7_at_once_with_one_line(hf_home: Path) -> None:
    completed, seconds = _process(hf_home, "summarize", str(NEWS_KK), "--to", "ru")
    assert completed.returncode == 7, completed.stderr
    assert seconds < 5, f"took {seconds:.1f} s: something waited on the network"
    message = _one_line(completed.stderr)
    assert DEFAULT_MODELS["kk-en"].model in message and DEFAULT_MODELS["en-ru"].model in message
    assert "summarizer models download kk-en en-ru" in message
    assert completed.stdout == ""


def test_library_without_models_raises_model_error_naming_them(empty_cache: Path) -> None:
    pipeline = Pipeline(load_settings(DEFAULT_CONFIG))
    text = NEWS_KK.read_text(encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(ModelError) as info:
        pipeline.run(text, target="ru")
    assert time.perf_counter() - started < 5
    message = str(info.value)
    assert DEFAULT_MODELS["kk-en"].model in message and DEFAULT_MODELS["en-ru"].model in message
    assert "summarizer models download kk-en en-ru" in message
    assert "\n" not in message and info.value.exit_code == 7
    with pytest.raises(ModelError, match="summarizer models download en-kk"):
        pipeline.translate("The council approved the budget on Monday.", "kk", source="en")


def test_loading_one_missing_model_says_how_to_download_it(empty_cache: Path) -> None:
    pipeline = Pipeline(load_settings(DEFAULT_CONFIG))
    translator = pipeline.translators.get(Language.RUSSIAN, Language.ENGLISH)
    with pytest.raises(ModelError) as info:
        translator.load()
    message = str(info.value)
    assert DEFAULT_MODELS["ru-en"].model in message
    assert "summarizer models download ru-en" in message


# --- models list / download -----------------------------------------------------------------


def _text_rows(out: str) -> dict[str, str]:
    """`models list` text output by its first column (translation directions, and any other
    models the configuration names, e.g. summarization models)."""
    rows = [line for line in out.strip().split("\n") if line.strip()]
    by_name = {line.split()[0]: line for line in rows}
    assert len(by_name) == len(rows), "a name is listed twice"
    return by_name


def test_models_list_shows_every_tiny_model_as_local(capsys: pytest.CaptureFixture[str],
                                                     tiny_models: Path) -> None:
    settings = load_settings(tiny_models).translation
    code, out, err = _cli(capsys, "models", "list", "--config", str(tiny_models))
    assert code == 0, err
    rows = _text_rows(out)
    assert set(settings.models) <= set(rows)
    for direction, spec in settings.models.items():
        line = rows[direction]
        assert f"{spec.model}@{spec.revision}" in line and line.rstrip().endswith("local")
        assert (spec.target_token or "") in line


def test_models_list_json_says_every_tiny_model_is_available(
        capsys: pytest.CaptureFixture[str], tiny_models: Path) -> None:
    settings = load_settings(tiny_models).translation
    code, out, _ = _cli(capsys, "models", "list", "--config", str(tiny_models), "--format", "json")
    assert code == 0
    rows = {row["direction"]: row for row in json.loads(out)["models"]}
    assert set(settings.models) <= set(rows)
    for direction, spec in settings.models.items():
        row = rows[direction]
        assert row["model"] == spec.model and row["target_token"] == spec.target_token
        assert row["available"] is True and row["path"] == spec.model


def test_models_list_without_a_cache_says_what_to_download(hf_home: Path) -> None:
    completed, _ = _process(hf_home, "models", "list")
    assert completed.returncode == 0, completed.stderr
    rows = _text_rows(completed.stdout)
    assert set(DEFAULT_MODELS) <= set(rows)
    for direction, spec in DEFAULT_MODELS.items():
        line = rows[direction]
        assert f"{spec.model}@{spec.revision}" in line
        assert line.rstrip().endswith(f"missing (summarizer models download {direction})")


def test_models_list_json_without_a_cache_says_nothing_is_available(hf_home: Path) -> None:
    completed, _ = _process(hf_home, "models", "list", "--format", "json")
    assert completed.returncode == 0, completed.stderr
    rows = {row["direction"]: row for row in json.loads(completed.stdout)["models"]}
    assert set(DEFAULT_MODELS) <= set(rows)
    for direction, spec in DEFAULT_MODELS.items():
        assert rows[direction]["model"] == spec.model
        assert rows[direction]["available"] is False and rows[direction]["path"] is None


def test_models_download_of_an_unknown_direction_exits_5_naming_the_valid_ones(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, "models", "download", "xx-yy")
    assert code == 5 and out == ""
    message = _one_line(err)
    assert "xx-yy" in message
    assert all(direction in message for direction in DEFAULT_MODELS)
