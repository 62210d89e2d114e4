"""`Pipeline.preload(request)` loads what runs under that request use, and nothing else."""

from __future__ import annotations

from summarizer import Language, Pipeline, Request

KAZAKH = ("Астанада жаңа кітапхана ашылды. Оған мыңдаған кітап әкелінді. "
          "Кітапхана күн сайын ашық болады.")


def test_preload_warms_exactly_the_models_of_the_request(tiny_settings) -> None:
    pipeline = Pipeline(tiny_settings)
    request = Request(target="ru", source="kk", route="translate-first", method="extractive")
    report = pipeline.preload(request)
    assert set(report.loaded) == {"kk-en", "en-ru"} and not report.skipped
    result = pipeline.run(KAZAKH, request=request)
    assert result.timings["load"] == 0.0  # both legs were already loaded by this pipeline
    assert result.detection.language == Language.KAZAKH


def test_preload_includes_the_summary_model_an_abstractive_run_uses(tiny_settings) -> None:
    pipeline = Pipeline(tiny_settings)
    report = pipeline.preload(Request(target="en", source="en", method="abstractive"))
    assert set(report.loaded) == {"summary-en"}
    result = pipeline.run("The council met on Monday. It passed the budget for schools. "
                          "Teachers welcomed it.", target="en", source="en",
                          method="abstractive")
    assert result.method == "abstractive" and result.timings["load"] < 0.05


def test_preload_without_a_request_covers_every_target_pair(tiny_settings) -> None:
    report = Pipeline(tiny_settings).preload()
    directions = set(tiny_settings.translation.models)
    assert directions <= set(report.loaded) | set(report.skipped)
    assert not {name for name in report.loaded if name.startswith("summary-")}  # extractive
