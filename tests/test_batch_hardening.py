"""`summarizer batch` on what real exports contain and on the mistakes people make with reruns:
lone surrogates and NULs in records, a rerun with other options, OUTPUT "-", no tqdm."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cli_run import run_cli as _cli

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = (ROOT / "examples" / "news_en.txt").read_text(encoding="utf-8")
RUSSIAN = (ROOT / "examples" / "news_ru.txt").read_text(encoding="utf-8")


def _input(path: Path) -> Path:
    """Three records: plain, one with a lone surrogate (a broken JSON export writes the escape
    "\\ud83d" on its own), one with NUL and other control characters."""
    lines = [
        json.dumps({"id": "plain", "text": ENGLISH}),
        json.dumps({"id": "surrogate", "text": ENGLISH.replace(
            "grain terminal opened", "grain \ud83d terminal opened", 1)}),  # in the lead
        json.dumps({"id": "nul", "text": RUSSIAN.replace("водовода", "водо\x00\x07вода", 2)}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="ascii")  # json.dumps escapes everything
    return path


@pytest.fixture(autouse=True)
def _no_env_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUMMARIZER_MODELS", raising=False)


def test_lone_surrogates_and_nuls_do_not_stop_a_batch(capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    source, output = _input(tmp_path / "in.jsonl"), tmp_path / "out.jsonl"
    code, _, err = _cli(capsys, "batch", str(source), str(output), "--progress", "never")
    assert code == 0, err
    data = output.read_bytes()
    data.decode("utf-8")  # strict: a lone surrogate would not encode
    assert b"\\u0000" not in data and b"\x00" not in data
    rows = [json.loads(line) for line in data.splitlines()]
    assert [row["id"] for row in rows] == ["plain", "surrogate", "nul"]
    assert all(row.get("error") is None and row["short_summary"] for row in rows), rows
    assert "\ud83d" not in rows[1]["long_summary"]


def test_a_rerun_with_other_options_is_refused_naming_the_option(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source, output = _input(tmp_path / "in.jsonl"), tmp_path / "out.jsonl"
    assert _cli(capsys, "batch", str(source), str(output), "--progress", "never")[0] == 0
    before = output.read_bytes()
    code, _, err = _cli(capsys, "batch", str(source), str(output), "--short", "1",
                        "--progress", "never")
    assert code == 2
    assert err.count("\n") == 1 and "--short" in err and "--force" in err, err
    assert output.read_bytes() == before
    code, _, err = _cli(capsys, "batch", str(source), str(output), "--short", "1", "--force",
                        "--progress", "never")
    assert code == 0, err


def test_output_dash_writes_results_to_standard_output(capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    source = _input(tmp_path / "in.jsonl")
    code, out, err = _cli(capsys, "batch", str(source), "-", "--progress", "never")
    assert code == 0, err
    assert not (tmp_path / "-").exists()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["plain", "surrogate", "nul"]


def test_batch_runs_without_tqdm(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm now raises ImportError
    source, output = _input(tmp_path / "in.jsonl"), tmp_path / "out.jsonl"
    code, _, err = _cli(capsys, "batch", str(source), str(output), "--progress", "always")
    assert code == 0, err
    assert len(output.read_text(encoding="utf-8").splitlines()) == 3
