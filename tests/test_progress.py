"""Progress reports: an observer sees the steps of runs started inside its block, and only those;
two threads observing at once each see their own; without an observer, reporting does nothing."""

from __future__ import annotations

import threading

import pytest

from summarizer.progress import Step, observe, report


def test_an_observer_sees_the_steps_inside_its_block_only() -> None:
    seen: list[Step] = []
    report("translate", "en-ru", 1, 2)  # nobody listens: nothing happens
    with observe(seen.append):
        report("load", "opus-mt-en-ru")
        report("translate", "en-ru", 1, 2)
    report("summarize")
    assert seen == [Step("load", "opus-mt-en-ru"), Step("translate", "en-ru", 1, 2)]


def test_an_inner_observer_replaces_the_outer_one_until_it_ends() -> None:
    outer: list[str] = []
    inner: list[str] = []
    with observe(lambda step: outer.append(step.stage)):
        report("detected")
        with observe(lambda step: inner.append(step.stage)):
            report("translate")
        report("summarize")
    assert (outer, inner) == (["detected", "summarize"], ["translate"])


def test_threads_observe_their_own_runs() -> None:
    seen: dict[str, list[str]] = {"a": [], "b": []}
    barrier = threading.Barrier(2)

    def run(name: str) -> None:
        with observe(lambda step: seen[name].append(step.detail)):
            barrier.wait()
            for _ in range(50):
                report("translate", name)

    threads = [threading.Thread(target=run, args=(name,)) for name in seen]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {"a": ["a"] * 50, "b": ["b"] * 50}


def test_an_observer_can_stop_the_run() -> None:
    class Stop(Exception):
        pass

    def stop(step: Step) -> None:
        raise Stop

    with pytest.raises(Stop), observe(stop):
        report("translate", "en-ru", 0, 10)
