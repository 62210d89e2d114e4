"""The planner, table-driven: every (source, target, route, method, model availability) case.

The expected plan of each case comes from the rules written out below as tables (which legs a
language pair takes, which summary models exist), not from the planner. The same cases run once
more in a fresh interpreter where torch, transformers and ctranslate2 cannot be imported, which
proves that planning needs no model code.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from summarizer.config import ModelSpec, TranslationSettings
from summarizer.detect import Detection
from summarizer.errors import UnsupportedLanguageError, UsageError
from summarizer.languages import Language, Method, Route
from summarizer.plan import Capabilities, plan
from summarizer.request import Request

ROOT = Path(__file__).resolve().parent.parent
DIRECTIONS = ("en-ru", "ru-en", "kk-en", "en-kk", "any-en")
#: The models each language pair goes through with the directions above ("de": any language
#: without its own model).
LEGS = {
    ("en", "ru"): ("en-ru",), ("ru", "en"): ("ru-en",), ("kk", "en"): ("kk-en",),
    ("en", "kk"): ("en-kk",), ("kk", "ru"): ("kk-en", "en-ru"), ("ru", "kk"): ("ru-en", "en-kk"),
    ("de", "en"): ("any-en",), ("de", "ru"): ("any-en", "en-ru"), ("de", "kk"): ("any-en", "en-kk"),
}
THRESHOLD = 50  # summarize_first_words
SHORT_TEXT = "word " * THRESHOLD
LONG_TEXT = "word " * (THRESHOLD + 1)


@dataclass(frozen=True)
class Models:
    """Which abstractive summary models are configured, and which of those are local."""

    configured: frozenset[str]
    local: frozenset[str]


AVAILABILITY = {
    "none configured": Models(frozenset(), frozenset()),
    "en+ru, none local": Models(frozenset({"en", "ru"}), frozenset()),
    "en+ru, en local": Models(frozenset({"en", "ru"}), frozenset({"en"})),
    "en+ru, both local": Models(frozenset({"en", "ru"}), frozenset({"en", "ru"})),
    "ru only, ru local": Models(frozenset({"ru"}), frozenset({"ru"})),
}
SOURCES = ("en", "ru", "kk", "de")
TARGETS = (None, "en", "ru", "kk")
ROUTES = (("auto", SHORT_TEXT), ("auto", LONG_TEXT), ("translate-first", SHORT_TEXT),
          ("translate-first", LONG_TEXT), ("summarize-first", SHORT_TEXT))
METHODS = ("extractive", "abstractive", "auto")
CASES = list(itertools.product(SOURCES, TARGETS, ROUTES, METHODS, AVAILABILITY))


def expected(source: str, target: str | None, route: str, text: str, method: str,
             models: Models) -> tuple[str, str, str, tuple[str, ...], bool] | str:
    """(summary language, method, route name, directions, noted) — or the error's key words."""
    if target is None:
        if source == "de":
            return "choose a target language"
        target = source
    if source == target:
        language = source
    elif route == "summarize-first" and source == "de":
        return "use route translate-first"
    elif route == "summarize-first" or (route == "auto" and source != "de"
                                         and len(text.split()) > THRESHOLD):
        language = source
    else:
        language = target
    noted = False
    if method == "auto":
        ran = "abstractive" if language in models.local else "extractive"
        noted = ran == "extractive"
    elif method == "abstractive":
        ran = "abstractive"
        if language not in models.configured:
            if "en" not in models.configured:
                return "use method extractive"
            language, noted = "en", True
    else:
        ran = "extractive"
    directions = LEGS.get((source, language), ()) + LEGS.get((language, target), ())
    if source == language == target:
        name = "none"
    elif language == target:
        name = "translate-first"
    elif language == source:
        name = "summarize-first"
    else:
        name = f"via-{language}"
    return language, ran, name, directions, noted


def capabilities(models: Models) -> Capabilities:
    translation = TranslationSettings(models={d: ModelSpec(f"/models/{d}") for d in DIRECTIONS})
    return Capabilities(translation, frozenset(Language(code) for code in models.configured),
                        summarize_first_words=THRESHOLD,
                        abstractive_local=lambda language: language.value in models.local)


def check(case: tuple) -> None:
    source, target, (route, text), method, availability = case
    models = AVAILABILITY[availability]
    want = expected(source, target, route, text, method, models)
    request = Request(target=target, route=route, method=method)
    detection = Detection(Language(source), 0.99)
    if isinstance(want, str):
        with pytest.raises(UnsupportedLanguageError, match=want):
            plan(request, detection, text, capabilities(models))
        return
    got = plan(request, detection, text, capabilities(models))
    language, ran, name, directions, noted = want
    assert (got.summary_language, got.method, got.route) == (language, ran, name), case
    assert got.models == tuple(f"/models/{d}" for d in directions), case
    steps = [step for step in (got.translate_text, got.translate_back) if step is not None]
    assert tuple(leg.direction for step in steps for leg in step.legs) == directions, case
    assert bool(got.notes) == noted, case
    assert got.keep_translation == (language == got.target != got.source), case


@pytest.mark.parametrize("case", CASES, ids=["-".join(str(p if not isinstance(p, tuple) else
                                                       f"{p[0]}{len(p[1].split())}")
                                                   for p in case) for case in CASES])
def test_plan(case: tuple) -> None:
    check(case)


def test_the_table_covers_every_combination() -> None:
    assert len(CASES) == len(SOURCES) * len(TARGETS) * len(ROUTES) * len(METHODS) * 5
    outcomes = {type(expected(s, t, r, x, m, AVAILABILITY[a])) for s, t, (r, x), m, a in CASES}
    assert outcomes == {str, tuple}  # both plans and refusals are exercised


def test_plans_with_the_same_steps_are_equal_so_texts_group_together() -> None:
    models = AVAILABILITY["en+ru, en local"]
    first = plan(Request("ru"), Detection(Language.KAZAKH, 0.9), SHORT_TEXT, capabilities(models))
    second = plan(Request("ru"), Detection(Language.KAZAKH, 0.5), "other words " * 5,
                  capabilities(models))
    assert first == second and hash(first) == hash(second)


@pytest.mark.parametrize(("options", "message"), [
    ({"route": "sideways"}, "unknown route 'sideways'; choose one of: auto, translate-first"),
    ({"method": "magic"}, "unknown method 'magic'; choose one of: extractive, abstractive"),
    ({"engine": "onnx"}, "unknown engine 'onnx'; choose one of: transformers, ctranslate2"),
    ({"short": "0w"}, "short summary: "),
])
def test_a_bad_option_is_refused_when_the_request_is_built(options: dict, message: str) -> None:
    with pytest.raises(UsageError, match=message) as caught:
        Request(**options)
    assert caught.value.exit_code == 2 and isinstance(caught.value, ValueError)


def test_planning_needs_neither_torch_nor_transformers() -> None:
    code = f"""
import importlib.util, sys
for name in ("torch", "transformers", "ctranslate2", "sentencepiece"):
    sys.modules[name] = None  # any import of them now raises ImportError
sys.path.insert(0, {str(ROOT)!r})
spec = importlib.util.spec_from_file_location("table", {str(Path(__file__))!r})
table = sys.modules["table"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(table)
for case in table.CASES:
    table.check(case)
assert not any(sys.modules.get(name) for name in ("torch", "transformers", "ctranslate2"))
print(len(table.CASES))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == len(CASES)
