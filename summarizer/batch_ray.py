"""The batch job on Ray Data: the same chunks and the same output, on many processes or machines.

    pending records → windows of WINDOW_RECORDS → rows of one chunk each (`ray.data.from_items`)
        → `map_batches(SummarizeActor, batch_size=1, compute=ActorPoolStrategy(size=N))`
        → rows back in input order → `run_batch` appends them to OUTPUT (append + fsync)

A row is a whole chunk (the `--chunk-size` records the local runner passes to one `run_many`
call), not a record: every record is summarized with the same neighbours as locally, so both
runners write the same results, and Ray's own batching cannot split a chunk. Each actor builds
one `Pipeline` from the settings the driver read (`BatchJob.settings`), so each model loads
once per actor. Records already in OUTPUT are skipped before anything is
submitted; the driver holds one window of texts at a time, and the actors start again for each
window (a model load per window, small next to summarizing WINDOW_RECORDS records).

On a cluster (`address`: "auto", "host:6379" or "ray://host:10001"), every node needs
summarizer installed and the models at the paths models.yaml gives (or in its Hugging Face
cache); INPUT and OUTPUT stay on the driver's machine.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any

from .batch import FATAL_ERRORS, BatchJob, Outcome, chunked, summarize_chunk
from .batch_inputs import Record
from .errors import DependencyError, SummarizerError

#: Records per Ray dataset: bounds the driver's memory (texts of one window) and amortizes the
#: actors' start and model loads.
WINDOW_RECORDS = 20_000

#: Environment the actors need to behave like this process (never reach the model hub).
FORWARDED_ENV = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")


class SummarizeActor:
    """Ray Data callable class: one pipeline per actor, one chunk per row.

    A row's "chunk" is the chunk's records as JSON; the answer's "outcomes" is the chunk's
    outcomes as JSON, and "fatal" is `[error type, message]` as JSON when a fatal error stopped
    the chunk ("" otherwise), so the driver can raise it as the same SummarizerError.
    """

    def __init__(self, job: BatchJob) -> None:
        from .pipeline import Pipeline

        self.job = job
        self.pipeline = Pipeline(job.settings)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        outcomes, fatal = [], []
        for chunk in batch["chunk"]:
            records = [Record.from_row(row) for row in json.loads(chunk)]
            try:
                done = summarize_chunk(self.pipeline, records, self.job)
            except FATAL_ERRORS as exc:
                outcomes.append("[]")
                fatal.append(json.dumps([type(exc).__name__, str(exc)]))
                continue
            outcomes.append(json.dumps([[o.id, o.line, o.error_type] for o in done],
                                       ensure_ascii=False))
            fatal.append("")
        return {"outcomes": outcomes, "fatal": fatal}


@dataclass
class RayRunner:
    """A `Runner` (see batch.py) on Ray Data.

    `address` None starts a local Ray with `num_cpus` CPUs (default: all); otherwise it joins
    that cluster. `num_cpus` is also the number of actors (one CPU each); default: every CPU
    Ray reports. A Ray already initialized in this process is used as it is and left running.
    """

    address: str | None = None
    num_cpus: int | None = None
    window: int = WINDOW_RECORDS

    def __call__(self, records: Iterator[Record], job: BatchJob
                 ) -> Generator[list[Outcome], None, None]:
        if self.address is None:
            local_ray_on_loopback()
        ray = _import_ray()
        started_here = self._connect(ray)
        context = ray.data.DataContext.get_current()
        saved = context.execution_options.preserve_order, context.enable_progress_bars
        try:
            actors = self.num_cpus or max(1, int(ray.cluster_resources().get("CPU", 1)))
            logging.getLogger("ray.data").setLevel(logging.ERROR)  # no notes between our lines
            context.execution_options.preserve_order = True  # OUTPUT follows input order
            context.enable_progress_bars = False  # run_batch draws the one bar
            for window in chunked(records, self.window):
                yield from self._run_window(ray, window, job, actors)
        finally:
            context.execution_options.preserve_order, context.enable_progress_bars = saved
            if started_here:
                ray.shutdown()

    @staticmethod
    def _run_window(ray: Any, window: list[Record], job: BatchJob,
                    actors: int) -> Generator[list[Outcome], None, None]:
        items = [{"chunk": json.dumps([record.to_row() for record in chunk], ensure_ascii=False)}
                 for chunk in chunked(window, job.chunk_size)]
        dataset = ray.data.from_items(items, override_num_blocks=len(items))
        results = dataset.map_batches(
            SummarizeActor,
            fn_constructor_kwargs={"job": job},
            batch_size=1,
            # One chunk in flight per actor: the next chunk goes to whichever actor is free, so
            # one slow chunk does not hold back a chunk queued behind it on the same actor.
            compute=ray.data.ActorPoolStrategy(size=min(actors, len(items)),
                                               max_tasks_in_flight_per_actor=1),
            num_cpus=1,
            batch_format="numpy",
        )
        # Blocks as they come, no prefetch: iter_rows() holds each finished chunk back until the
        # next one is done, which delays its write (and loses it to a kill).
        for batch in results.iter_batches(batch_size=None, prefetch_batches=0,
                                          batch_format="numpy"):
            for outcomes, fatal in zip(batch["outcomes"], batch["fatal"]):
                if fatal:
                    name, message = json.loads(fatal)
                    raise _fatal(name, message)
                yield [Outcome(*item) for item in json.loads(outcomes)]

    def _connect(self, ray: Any) -> bool:
        """Start or join Ray unless this process already did; True when started here."""
        if ray.is_initialized():
            return False
        env = {name: os.environ[name] for name in FORWARDED_ENV if name in os.environ}
        options: dict[str, Any] = {"logging_level": logging.ERROR, "log_to_driver": False,
                                   "runtime_env": {"env_vars": env} if env else None}
        if self.address is None:
            options.update(num_cpus=self.num_cpus, include_dashboard=False,
                           **local_ray_on_loopback())
        try:
            ray.init(address=self.address, **options)
        except Exception as exc:  # noqa: BLE001 (ray raises ConnectionError, ValueError, ...)
            where = f"the Ray cluster at {self.address}" if self.address else "a local Ray"
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise SummarizerError(f"cannot start or join {where}: {first}") from None
        return True


def local_ray_on_loopback() -> dict[str, Any]:
    """Make a Ray started by this process listen on 127.0.0.1 only; returns the `ray.init`
    options that do it.

    Ray's servers (GCS, raylet, workers, object manager) have no authentication. On Linux they
    listen on the machine's address and on every interface by default; Ray's "single machine"
    mode, the default on macOS and Windows, binds them to loopback. Its switch is read when
    `ray` is first imported (so it is set here, before the import) and inherited by the
    processes Ray starts; naming the node's address as loopback (`_node_ip_address`) does the
    same when `ray` was imported earlier in the process. A cluster (`--ray-address`) is joined
    as configured: point it at the head node's address (see the README).
    """
    os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    return {"_node_ip_address": "127.0.0.1"}


def _fatal(name: str, message: str) -> SummarizerError:
    for kind in FATAL_ERRORS:
        if kind.__name__ == name:
            return kind(message)
    return SummarizerError(message)


def _import_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError:
        raise DependencyError("the Ray runner needs ray: pip install 'summarizer[ray]'") from None
    return ray
