"""`summarizer batch`: resume after kill -9 and after a cut line, failed records written and counted,
output order, ids, input errors that stop a run before anything is written, and the local runner's
results matching `Pipeline.run_many`. Records come from benchmarks/batch_throughput.py (paragraphs
of the texts this project ships, with deliberately bad records); most runs are extractive, so they
need no model."""

from __future__ import annotations

import gzip
import importlib.util
import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest
from cli_run import run_cli as _cli

from summarizer.batch import BatchJob, read_results, run_batch
from summarizer.config import ENV_VAR
from summarizer.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent


def _bench() -> ModuleType:
    """benchmarks/batch_throughput.py, for its record generator (benchmarks is no package)."""
    if "batch_throughput" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "batch_throughput", ROOT / "benchmarks" / "batch_throughput.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["batch_throughput"] = module
        spec.loader.exec_module(module)
    return sys.modules["batch_throughput"]


def _archive(path: Path, count: int, bad_every: int = 0,
             max_paragraphs: int = 3) -> tuple[Path, list[str]]:
    records = _bench().sample_records(count, bad_every=bad_every, max_paragraphs=max_paragraphs)
    _bench().write_jsonl(records, path)
    return path, [record["id"] for record in records]


def _write_lines(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8")
    return path


def _lines(path: Path) -> list[dict]:
    """Every line of OUTPUT parsed; fails on a line that is not JSON or does not end the file
    with a newline."""
    data = path.read_bytes()
    assert data == b"" or data.endswith(b"\n"), "OUTPUT does not end with a newline"
    return [json.loads(line) for line in data.decode("utf-8").split("\n")[:-1]]


def _without_timings(rows: list[dict]) -> list[dict]:
    return [{key: value for key, value in row.items() if key != "timings"} for row in rows]


def _one_line_error(err: str) -> str:
    assert err.startswith("summarizer: error:"), err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def _batch_process(*argv: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
    return subprocess.Popen([sys.executable, "-m", "summarizer", "batch", *argv], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.fixture(autouse=True)
def _no_env_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


# --- resume -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_kill_9_halfway_then_rerun_writes_every_id_exactly_once(tmp_path: Path) -> None:
    source, ids = _archive(tmp_path / "in.jsonl", 1000, bad_every=50)
    output = tmp_path / "out.jsonl"
    process = _batch_process(str(source), str(output), "--chunk-size", "16")
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if output.exists() and output.read_bytes().count(b"\n") >= 400:
                break
            time.sleep(0.01)
        assert process.poll() is None, "the run ended before it could be killed: " + \
            process.stderr.read().decode()
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.communicate()
    written = output.read_bytes().count(b"\n")
    assert 400 <= written < 1000, written

    rerun = _batch_process(str(source), str(output), "--chunk-size", "16")
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err.decode()
    rows = _lines(output)
    assert [row["id"] for row in rows] == ids  # in order: the rest was appended after the kill
    assert len({row["id"] for row in rows}) == len(rows) == 1000
    assert f"{written} skipped as already done" in err.decode()


def test_ctrl_c_exits_130_keeping_finished_chunks(tmp_path: Path) -> None:
    source, ids = _archive(tmp_path / "in.jsonl", 1000)
    output = tmp_path / "out.jsonl"
    process = _batch_process(str(source), str(output), "--chunk-size", "16")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None and not (
            output.exists() and output.read_bytes().count(b"\n") >= 100):
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err.decode()
    assert "rerun the same command to resume" in err.decode()
    assert "Traceback" not in err.decode()
    rows = _lines(output)  # whole lines only
    assert [row["id"] for row in rows] == ids[:len(rows)]
    assert len(rows) % 16 == 0  # whole chunks


def test_a_cut_trailing_line_is_removed_and_its_record_done_again(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    source, ids = _archive(tmp_path / "in.jsonl", 60)
    output = tmp_path / "out.jsonl"
    run_batch(source, output, BatchJob(chunk_size=8))
    complete = output.read_bytes().split(b"\n")
    kept = b"\n".join(complete[:20]) + b"\n"
    output.write_bytes(kept + complete[20][: len(complete[20]) // 2])  # a line cut by kill -9

    with caplog.at_level(logging.WARNING, logger="summarizer"):
        report = run_batch(source, output, BatchJob(chunk_size=8))
    assert "cut line" in caplog.text
    assert output.read_bytes().startswith(kept)
    assert [row["id"] for row in _lines(output)] == ids  # resumed records appended in order
    assert (report.skipped, report.ok) == (20, 40)


def test_rerun_of_a_finished_job_writes_nothing(tmp_path: Path) -> None:
    source, _ = _archive(tmp_path / "in.jsonl", 30)
    output = tmp_path / "out.jsonl"
    run_batch(source, output, BatchJob(chunk_size=8))
    before = output.read_bytes()
    report = run_batch(source, output, BatchJob(chunk_size=8))
    assert output.read_bytes() == before
    assert (report.total, report.skipped, report.processed) == (30, 30, 0)


def test_a_damaged_complete_line_in_output_stops_with_exit_3(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source, _ = _archive(tmp_path / "in.jsonl", 10)
    output = tmp_path / "out.jsonl"
    output.write_text('{"id": "doc-00001", "short_summary": "x"}\nnot json\n', "utf-8")
    code, _, err = _cli(capsys, "batch", str(source), str(output))
    assert code == 3
    assert "out.jsonl line 2" in _one_line_error(err)


def test_a_second_run_on_the_same_output_is_refused(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    fcntl = pytest.importorskip("fcntl")
    source, _ = _archive(tmp_path / "in.jsonl", 10)
    output = tmp_path / "out.jsonl"
    with open(output, "ab") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        code, _, err = _cli(capsys, "batch", str(source), str(output))
    assert code == 1
    assert "another summarizer batch" in _one_line_error(err)
    assert output.read_bytes() == b""


# --- output -------------------------------------------------------------------------------------


def test_failed_records_are_written_with_their_error_and_counted(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rows = [
        {"id": "en", "text": (ROOT / "examples" / "news_en.txt").read_text("utf-8")},
        {"id": "empty", "text": "  \n"},
        {"id": "digits", "text": "2026 12 31 100 200"},
        {"id": "no-text", "body": "wrong field"},
        {"id": "null", "text": None},
        {"id": "number", "text": 42},
        {"id": "german", "text": "Der Stadtrat hat am Montag einen neuen Haushalt für die "
                                 "Schulen beschlossen. Das Geld ist für Lehrer und Gebäude."},
        {"id": "ru", "text": (ROOT / "examples" / "news_ru.txt").read_text("utf-8")},
    ]
    source = _write_lines(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    code, out, err = _cli(capsys, "batch", str(source), str(output))
    assert code == 0
    assert out == ""
    assert ("summarizer: 8 records: 2 ok, 6 failed (InputError 4, LanguageError 1, "
            "UnsupportedLanguageError 1), 0 skipped as already done;") in err
    written = {row["id"]: row for row in _lines(output)}
    assert list(written) == [row["id"] for row in rows]
    assert written["no-text"] == {"id": "no-text", "error": "the record has no 'text' field",
                                  "error_type": "InputError"}
    assert written["null"]["error"] == "the 'text' field is null, not text"
    assert written["number"]["error"] == "the 'text' field is a number, not text"
    assert written["empty"]["error_type"] == "InputError"
    assert written["digits"]["error_type"] == "LanguageError"
    assert written["german"]["error_type"] == "UnsupportedLanguageError"
    assert "German" in written["german"]["error"]
    assert written["ru"]["detected_language"] == "ru" and written["ru"]["short_summary"]


def test_successful_lines_are_the_id_and_the_result_of_run_many(tmp_path: Path) -> None:
    source, ids = _archive(tmp_path / "in.jsonl", 40)
    output = tmp_path / "out.jsonl"
    run_batch(source, output, BatchJob(chunk_size=16))
    texts = [json.loads(line)["text"] for line in source.read_text("utf-8").splitlines()]
    expected = [{"id": record_id, **result.to_dict()} for record_id, result in
                zip(ids, Pipeline.from_config().run_many(texts))]
    assert _without_timings(_lines(output)) == _without_timings(expected)
    assert list(_lines(output)[0])[:2] == ["id", "detected_language"]


def test_records_without_an_id_get_their_line_number(tmp_path: Path) -> None:
    text = "The city council approved a new budget for public schools on Monday."
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": text}) + "\n\n" + json.dumps({"text": text}) + "\n"
                      + json.dumps({"id": "named", "text": text}) + "\n", "utf-8")
    output = tmp_path / "out.jsonl"
    run_batch(source, output, BatchJob())
    assert [row["id"] for row in _lines(output)] == [1, 3, "named"]  # blank line 2 is counted
    assert read_results(output)[0]["short_summary"] == text


def test_id_field_and_text_field_name_other_fields(tmp_path: Path) -> None:
    text = "The city council approved a new budget for public schools on Monday."
    source = _write_lines(tmp_path / "in.jsonl", [{"key": 7, "body": text},
                                                   {"key": "7", "body": text}])
    output = tmp_path / "out.jsonl"
    run_batch(source, output, BatchJob(), text_field="body", id_field="key")
    assert [row["id"] for row in _lines(output)] == [7, "7"]  # 7 and "7" are different ids


def test_gzip_input_is_read(tmp_path: Path) -> None:
    plain, ids = _archive(tmp_path / "in.jsonl", 12)
    packed = tmp_path / "in.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    output = tmp_path / "out.jsonl"
    run_batch(packed, output, BatchJob())
    assert [row["id"] for row in _lines(output)] == ids


def test_parquet_input_gives_the_same_results_as_json_lines(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow", reason="Parquet needs the [parquet] extra (pyarrow)")
    import pyarrow.parquet as pq

    source, ids = _archive(tmp_path / "in.jsonl", 30, bad_every=7)
    records = [json.loads(line) for line in source.read_text("utf-8").splitlines()]
    texts = [record.get("text") if isinstance(record.get("text"), str) else None
             for record in records]
    pq.write_table(pa.table({"id": ids, "text": texts}), tmp_path / "in.parquet")
    source = _write_lines(source, [{"id": i, "text": t} for i, t in zip(ids, texts)])
    run_batch(source, tmp_path / "a.jsonl", BatchJob())
    run_batch(tmp_path / "in.parquet", tmp_path / "b.jsonl", BatchJob())
    assert _without_timings(_lines(tmp_path / "a.jsonl")) == \
        _without_timings(_lines(tmp_path / "b.jsonl"))


def test_progress_bar_shows_records_per_second(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    pytest.importorskip("tqdm")
    source, _ = _archive(tmp_path / "in.jsonl", 10)
    code, _, err = _cli(capsys, "batch", str(source), str(tmp_path / "out.jsonl"),
                        "--progress", "always")
    assert code == 0
    assert "rec/s" in err and "10/10" in err


# --- errors that stop a run ---------------------------------------------------------------------


def test_missing_input_exits_3_and_creates_no_output(capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    code, out, err = _cli(capsys, "batch", str(tmp_path / "missing.jsonl"),
                          str(tmp_path / "out.jsonl"))
    assert (code, out) == (3, "")
    assert "missing.jsonl: no such file" in _one_line_error(err)
    assert not (tmp_path / "out.jsonl").exists()


def test_bad_text_field_exits_3_naming_the_fields(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path) -> None:
    source, _ = _archive(tmp_path / "in.jsonl", 5)
    code, _, err = _cli(capsys, "batch", str(source), str(tmp_path / "out.jsonl"),
                        "--text-field", "body")
    assert code == 3
    message = _one_line_error(err)
    assert "no record has a 'body' field (fields: id, text)" in message
    assert "--text-field" in message
    assert not (tmp_path / "out.jsonl").exists()


def test_an_id_field_no_record_has_exits_3(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    source, _ = _archive(tmp_path / "in.jsonl", 5)
    code, _, err = _cli(capsys, "batch", str(source), str(tmp_path / "out.jsonl"),
                        "--id-field", "uid")
    assert code == 3
    assert "--id-field" in _one_line_error(err)


@pytest.mark.parametrize(("line", "expected"), [
    ('{"id": 2, "text": "broken', "line 2 is not valid JSON"),
    ('["a", "list"]', "line 2 is a JSON array, not an object"),
    ('{"id": 2.5, "text": "x"}', "line 2: the 'id' field is a number"),
    ('{"id": 1, "text": "again"}', 'id 1 is on lines 1 and 2'),
], ids=["bad-json", "not-an-object", "float-id", "duplicate-id"])
def test_a_bad_input_line_exits_3_before_anything_is_written(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, line: str, expected: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "The council met on Monday."}\n' + line + "\n", "utf-8")
    code, _, err = _cli(capsys, "batch", str(source), str(tmp_path / "out.jsonl"))
    assert code == 3
    assert expected in _one_line_error(err)
    assert not (tmp_path / "out.jsonl").exists()


def test_non_utf8_input_line_exits_3(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"id": 1, "text": "caf\xe9"}\n')
    code, _, err = _cli(capsys, "batch", str(source), str(tmp_path / "out.jsonl"))
    assert code == 3
    assert "line 1 is not valid UTF-8" in _one_line_error(err)


def test_output_that_is_the_input_is_refused(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    source, _ = _archive(tmp_path / "in.jsonl", 3)
    before = source.read_bytes()
    code, _, err = _cli(capsys, "batch", str(source), str(source))
    assert code == 3
    assert "is the input file" in _one_line_error(err)
    assert source.read_bytes() == before


def test_unsupported_target_exits_5_before_the_run(capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    source, _ = _archive(tmp_path / "in.jsonl", 3)
    code, _, err = _cli(capsys, "batch", str(source), str(tmp_path / "out.jsonl"), "--to", "de")
    assert code == 5
    _one_line_error(err)
    assert not (tmp_path / "out.jsonl").exists()


def test_a_missing_model_stops_the_run_with_exit_7_and_writes_no_line_of_that_chunk(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    config = tmp_path / "models.yaml"
    config.write_text("translation:\n  models:\n    ru-en:\n      model: " +
                      str(tmp_path / "no-such-model") + "\n", "utf-8")
    source = _write_lines(tmp_path / "in.jsonl", [
        {"id": "en", "text": "The city council approved a new budget on Monday."},
        {"id": "ru", "text": (ROOT / "examples" / "news_ru.txt").read_text("utf-8")},
    ])
    output = tmp_path / "out.jsonl"
    code, _, err = _cli(capsys, "batch", str(source), str(output), "--to", "en", "--config",
                        str(config), "--chunk-size", "1")
    assert code == 7
    assert "no-such-model" in _one_line_error(err)
    assert [row["id"] for row in _lines(output)] == ["en"]  # the first chunk was finished


def test_ray_options_need_the_ray_runner(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    source, _ = _archive(tmp_path / "in.jsonl", 3)
    code, _, err = _cli(capsys, "batch", str(source), str(tmp_path / "out.jsonl"),
                        "--num-cpus", "2")
    assert code == 2
    assert "--runner ray" in err


def test_bad_chunk_size_is_a_usage_error(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    code, _, err = _cli(capsys, "batch", "in.jsonl", "out.jsonl", "--chunk-size", "0")
    assert code == 2
    assert "--chunk-size" in err
