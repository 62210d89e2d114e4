"""The Ray runner: the same results as the local runner (tiny translation models, several windows),
the same resume rule, fatal errors raised on the driver, and `--runner ray` from the command line.
A local Ray with 2 CPUs is started once for the module (~5 s); skipped without the [ray] extra."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("ray", reason="the Ray runner needs the [ray] extra: "
                    "pip install 'summarizer[ray]'")

from test_batch import _archive, _lines, _without_timings, _write_lines  # noqa: E402

from summarizer.batch import BatchJob, local_runner, run_batch  # noqa: E402
from summarizer.batch_ray import RayRunner  # noqa: E402
from summarizer.config import ENV_VAR, Length, load_settings  # noqa: E402
from summarizer.errors import ModelError  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.slow,
              pytest.mark.filterwarnings("ignore::DeprecationWarning")]  # from Ray's internals


@pytest.fixture(scope="module")
def local_ray():
    """A local Ray with 2 CPUs for this module; RayRunner uses it as it is and leaves it up."""
    import ray

    from summarizer.batch_ray import local_ray_on_loopback

    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False,
             **local_ray_on_loopback())
    yield ray
    ray.shutdown()


def test_command_line_runner_ray_starts_its_own_ray(tmp_path: Path) -> None:
    # First in the module: its process starts a Ray of its own while none runs here.
    source, ids = _archive(tmp_path / "in.jsonl", 30, bad_every=10)
    output = tmp_path / "out.jsonl"
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
    done = subprocess.run([sys.executable, "-m", "summarizer", "batch", str(source), str(output),
                           "--runner", "ray", "--num-cpus", "2", "--chunk-size", "8"],
                          capture_output=True, env=env, timeout=180, check=False)
    err = done.stderr.decode()
    assert done.returncode == 0, err
    assert "summarizer: 30 records: 27 ok, 3 failed" in err
    assert "Traceback" not in err
    assert [row["id"] for row in _lines(output)] == ids


def test_local_and_ray_runners_write_identical_results(local_ray, tiny_settings,
                                                       tmp_path: Path) -> None:
    # One paragraph per record, two summary sentences translated: translation dominates the
    # cost, and a loaded two-core machine still runs both runners in well under a minute.
    source, ids = _archive(tmp_path / "in.jsonl", 200, bad_every=25, max_paragraphs=1)
    job = BatchJob(settings=tiny_settings, target="en", long=Length(sentences=2),
                   route="summarize-first", chunk_size=16)
    local = run_batch(source, tmp_path / "local.jsonl", job, runner=local_runner)
    on_ray = run_batch(source, tmp_path / "ray.jsonl", job,
                       runner=RayRunner(num_cpus=2, window=100))  # two windows
    assert (on_ray.ok, on_ray.failed) == (local.ok, local.failed)
    local_rows = _without_timings(_lines(tmp_path / "local.jsonl"))
    ray_rows = _without_timings(_lines(tmp_path / "ray.jsonl"))
    assert [row["id"] for row in ray_rows] == ids  # input order, across windows
    assert ray_rows == local_rows
    translated = [row for row in ray_rows if row.get("translation_route")]
    assert len(translated) > 100  # the ru and kk records
    assert all(row["route"] == "summarize-first" for row in translated)


def test_ray_resume_skips_done_ids_and_appends_the_rest(local_ray, tmp_path: Path) -> None:
    source, _ = _archive(tmp_path / "in.jsonl", 100, bad_every=20)
    output = tmp_path / "out.jsonl"
    run_batch(source, output, BatchJob(chunk_size=16))
    expected = _without_timings(_lines(output))
    lines = output.read_bytes().split(b"\n")
    output.write_bytes(b"\n".join(lines[:40]) + b"\n" + lines[40][:25])  # killed mid-line

    report = run_batch(source, output, BatchJob(chunk_size=16), runner=RayRunner(num_cpus=2))
    assert (report.skipped, report.processed) == (40, 60)
    assert _without_timings(_lines(output)) == expected


def test_a_fatal_error_in_an_actor_is_raised_on_the_driver(local_ray, tmp_path: Path) -> None:
    config = tmp_path / "models.yaml"
    config.write_text("translation:\n  models:\n    ru-en:\n      model: " +
                      str(tmp_path / "no-such-model") + "\n", "utf-8")
    source = _write_lines(tmp_path / "in.jsonl", [
        {"id": "en", "text": "The city council approved a new budget on Monday."},
        {"id": "ru", "text": (ROOT / "examples" / "news_ru.txt").read_text("utf-8")},
    ])
    output = tmp_path / "out.jsonl"
    with pytest.raises(ModelError, match="no-such-model"):
        run_batch(source, output, BatchJob(settings=load_settings(config), target="en",
                                           chunk_size=1),
                  runner=RayRunner(num_cpus=2))
    assert [row["id"] for row in _lines(output)] == ["en"]
    assert json.loads(output.read_text("utf-8"))["route"] == "none"


LISTENERS = """
import os, re, subprocess, sys
from summarizer.batch_ray import local_ray_on_loopback
options = local_ray_on_loopback()
import ray
ray.init(num_cpus=1, include_dashboard=False, logging_level="ERROR", log_to_driver=False,
         **options)

def ours(pid):
    # Only this script's Ray: ss lists every process of the machine, other runs included.
    while pid > 1:
        if pid == os.getpid():
            return True
        try:
            with open(f"/proc/{pid}/stat") as stat:
                pid = int(stat.read().rsplit(")", 1)[1].split()[1])
        except OSError:
            return False
    return False

try:  # while Ray runs: its processes' ancestry is read from /proc
    out = subprocess.run(["ss", "-ltnpH"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        found = re.search(r'"(raylet|gcs_server|ray::[^"]*)",pid=(\\d+)', line)
        if found and ours(int(found.group(2))):
            print(line.split()[3])
finally:
    ray.shutdown()
"""


@pytest.mark.skipif(not Path("/usr/bin/ss").exists() and not Path("/bin/ss").exists(),
                    reason="needs ss (iproute2) to list listening sockets")
def test_a_local_ray_listens_on_loopback_only(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", LISTENERS], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path, check=False)
    addresses = done.stdout.split()
    assert done.returncode == 0, done.stderr[-2000:]
    assert addresses, "found no Ray server to check"
    assert all(a.startswith(("127.0.0.1:", "[::ffff:127.0.0.1]:", "[::1]:")) for a in addresses), \
        addresses
