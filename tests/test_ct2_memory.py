"""The CTranslate2 engine's memory bounds: CPU batches split for the workers, an idle model
released and reloaded on the next call with the same output, and the malloc arena cap applied
once and never over a MALLOC_ARENA_MAX the environment set."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("ctranslate2", reason="the ctranslate2 engine needs the [fast] extra")

from summarizer import ct2  # noqa: E402
from summarizer.config import Settings  # noqa: E402
from summarizer.engines import require_local  # noqa: E402

TEXTS = ["The government approved the draft budget for next year.",
         "Heavy snow is expected in the northern regions on Friday."]


@pytest.fixture(scope="module", autouse=True)
def ct2_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    cache = tmp_path_factory.mktemp("ct2-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ct2.CACHE_ENV, str(cache))
        yield cache


def _engine(settings: Settings, **fields: object) -> ct2.Ct2Engine:
    """A fresh CPU int8 engine for en-ru (not the shared cached one: these tests unload it)."""
    spec = settings.translation.models["en-ru"]
    engine = ct2.Ct2Engine.load(spec, require_local(spec, "en-ru"), "cpu", 2, "int8")
    for name, value in fields.items():
        setattr(engine, name, value)
    return engine


def _translate(engine: ct2.Ct2Engine) -> list[str]:
    batch = [[">>rus<<", *engine.pieces(text), "</s>"] for text in TEXTS]
    return list(engine.translate_pieces(batch))


def test_cpu_engine_splits_calls_into_worker_batches(tiny_settings: Settings) -> None:
    assert _engine(tiny_settings).max_batch_size == ct2.CPU_MAX_BATCH_SIZE > 0


def test_released_model_is_unloaded_and_reloads_with_the_same_output(
        tiny_settings: Settings) -> None:
    engine = _engine(tiny_settings)
    before = _translate(engine)
    engine.release()
    assert not engine.translator.model_is_loaded
    assert _translate(engine) == before
    assert engine.translator.model_is_loaded


def test_idle_model_is_released_after_the_configured_time(tiny_settings: Settings) -> None:
    engine = _engine(tiny_settings, release_after=0.2)
    before = _translate(engine)
    assert engine.translator.model_is_loaded  # a call just ended: not idle long enough yet
    deadline = time.monotonic() + 10
    while engine.translator.model_is_loaded and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not engine.translator.model_is_loaded
    assert _translate(engine) == before


def test_arena_cap_is_applied_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []

    class Libc:
        def mallopt(self, parameter: int, value: int) -> int:
            calls.append((parameter, value))
            return 1

    monkeypatch.setattr(ct2.ctypes, "CDLL", lambda name: Libc())
    monkeypatch.setattr(ct2, "_native_bounded", False)
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    ct2.bound_native_memory()
    ct2.bound_native_memory()
    assert calls == [(-8, ct2.MALLOC_ARENAS)]


def test_arena_cap_leaves_an_explicit_environment_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ct2.ctypes, "CDLL", lambda name: pytest.fail("mallopt was called"))
    monkeypatch.setattr(ct2, "_native_bounded", False)
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    ct2.bound_native_memory()


def test_configured_idle_release_reaches_the_loaded_engine(tiny_settings) -> None:
    """`translation.idle_release_seconds` in models.yaml is what a loaded CTranslate2 engine
    releases its model after."""
    import dataclasses

    from summarizer.languages import Language
    from summarizer.translate import TranslatorRegistry

    settings = dataclasses.replace(tiny_settings.translation, engine="ctranslate2",
                                   idle_release_seconds=123.0)
    translator = TranslatorRegistry(settings).get(Language.ENGLISH, Language.RUSSIAN)
    translator.load()
    assert translator.engine.release_after == 123.0


def test_wide_models_get_more_rows_per_batch_than_base_ones(tmp_path) -> None:
    """tc-big (d_model 1024) needs wider batches for its speed; base keeps the memory bound."""
    import json

    from summarizer import ct2

    wide, base = tmp_path / "wide", tmp_path / "base"
    for folder, width in ((wide, 1024), (base, 512)):
        folder.mkdir()
        (folder / "config.json").write_text(json.dumps({"d_model": width}), encoding="utf-8")
    assert ct2.cpu_batch_rows(wide) == ct2.WIDE_MODEL_BATCH_SIZE > ct2.cpu_batch_rows(base)
    assert ct2.cpu_batch_rows(base) == ct2.CPU_MAX_BATCH_SIZE > 0


def test_configured_rows_per_batch_reach_the_loaded_engine(tiny_settings) -> None:
    """`translation.cpu_batch_rows` in models.yaml overrides the rows chosen by model width."""
    import dataclasses

    from summarizer.languages import Language
    from summarizer.translate import TranslatorRegistry

    settings = dataclasses.replace(tiny_settings.translation, engine="ctranslate2",
                                   cpu_batch_rows=2)
    translator = TranslatorRegistry(settings).get(Language.ENGLISH, Language.RUSSIAN)
    translator.load()
    assert translator.engine.max_batch_size == 2 != ct2.CPU_MAX_BATCH_SIZE
    assert translator.translate_many(["The council met on Monday."])[0]
