"""The one place that knows the order of a run: Request → detect → Plan → execute → Result.

Front ends (CLI, web demo, batch runner) build a `Pipeline` once and a `Request` per run; they only
format what comes back. Planning is plan.py (pure), running a plan is execute.py.
"""

from __future__ import annotations

import dataclasses
import itertools
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from .abstractive import AbstractiveSummarizer
from .config import Length, Settings, load_settings
from .detect import Detection, Detector
from .errors import InputError, SummarizerError
from .execute import Stopwatch, execute, translate
from .languages import TARGETS, Engine, Language, Method, Route
from .plan import Capabilities, Leg, Plan, Translation, default_target, plan, translation_legs
from .progress import report
from .request import Request
from .result import Result, TranslationResult
from .summarize import ExtractiveSummarizer, Summarizer
from .translate import TranslatorRegistry

__all__ = ["Pipeline", "Preloaded", "Result", "TranslationResult"]

#: A sentence for warming the detector up: it loads every n-gram profile (~0.3 s) once.
_WARM_UP_TEXT = "The council met on Monday to discuss the new budget for schools."


@dataclass(frozen=True)
class Preloaded:
    """What `preload` did: seconds per step that ran, and why each skipped model was skipped.

    Keys of `loaded` and `skipped` are translation directions ("kk-en") and summary models
    ("summary-en").
    """

    detector_seconds: float
    loaded: dict[str, float] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)


@dataclass
class Pipeline:
    """Detection, translation and summarization wired together with one configuration."""

    settings: Settings = field(default_factory=Settings)
    detector: Detector | None = None
    extractive: Summarizer | None = None
    abstractive: AbstractiveSummarizer | None = None
    translators: TranslatorRegistry | None = None

    def __post_init__(self) -> None:
        self.detector = self.detector or Detector(self.settings.detection)
        self.extractive = self.extractive or ExtractiveSummarizer()
        self.abstractive = self.abstractive or AbstractiveSummarizer.from_settings(
            self.settings.summary.abstractive)  # cheap: models load on first use
        self.translators = self.translators or TranslatorRegistry(self.settings.translation)
        self._registries = {Engine(self.settings.translation.engine): self.translators}

    @classmethod
    def from_config(cls, path: str | None = None) -> Pipeline:
        """Build from `models.yaml` (`path`, else $SUMMARIZER_MODELS, else the project's own)."""
        return cls(load_settings(path))

    # --- the runs -------------------------------------------------------------------------------

    def detect(self, text: str) -> Detection:
        """Detect the language of `text` (raises `InputError` or `LanguageError`)."""
        return self.detector.detect(_checked(text))

    def run(self, text: str, target: Language | str | None = None,
            source: Language | str | None = None, short: Length | None = None,
            long: Length | None = None, route: Route | str = Route.AUTO,
            method: Method | str | None = None, *, request: Request | None = None) -> Result:
        """Summarize `text` as `request` asks (or as the keyword options ask, see `Request`).

        `target` defaults to the text's own language; `source` skips detection; `short` and
        `long` override models.yaml's lengths; `route` and `method` are explained in plan.py.
        """
        request = request or Request(target, source, short, long, route, method)
        outcome = self.run_many([text], request=request)[0]
        if isinstance(outcome, SummarizerError):
            raise outcome
        return outcome

    def run_many(self, texts: Sequence[str], target: Language | str | None = None,
                 source: Language | str | None = None, short: Length | None = None,
                 long: Length | None = None, route: Route | str = Route.AUTO,
                 method: Method | str | None = None, *, request: Request | None = None
                 ) -> list[Result | SummarizerError]:
        """Summarize many texts; the result or the error of each, in input order.

        Texts with the same plan are run together, so translation batches stay full across
        documents (the batch runner depends on this).
        """
        request = request or Request(target, source, short, long, route, method)
        lengths = [request.short or self.settings.summary.lengths.short,
                   request.long or self.settings.summary.lengths.long]
        capabilities = self.capabilities()
        outcomes: list[Result | SummarizerError | None] = [None] * len(texts)
        groups: dict[Plan, list[tuple[int, str, Detection, Stopwatch]]] = {}
        for index, text in enumerate(texts):
            clock = Stopwatch()
            try:
                text = _checked(text)
                detection = self._detection(text, request.source, clock)
                chosen = plan(request, detection, text, capabilities)
            except SummarizerError as exc:
                outcomes[index] = exc
                continue
            groups.setdefault(chosen, []).append((index, text, detection, clock))
        translators = self._translators(request.engine)
        summarizers = {Method.EXTRACTIVE: self.extractive, Method.ABSTRACTIVE: self.abstractive}
        for chosen, group in groups.items():
            shared = Stopwatch()
            try:
                done = execute(chosen, [text for _, text, _, _ in group], lengths, translators,
                               summarizers, shared)
            except SummarizerError as exc:
                for index, *_ in group:
                    outcomes[index] = exc
                continue
            total_words = sum(len(text.split()) for _, text, _, _ in group) or 1
            for (index, text, detection, clock), translation, (short_summary, long_summary) in \
                    zip(group, done.translations, done.summaries):
                # Shared stages are split by each text's share of the words; loading is not
                # shared work, every text waited for it.
                share = len(text.split()) / total_words
                for stage, seconds in shared.seconds.items():
                    clock.add(stage, seconds if stage == "load" else seconds * share)
                timings = dict(clock.seconds)
                timings["total"] = sum(timings.values())
                outcomes[index] = Result(
                    detection=detection,
                    target_language=chosen.target,
                    translation=translation,
                    short_summary=short_summary.text,
                    long_summary=long_summary.text,
                    timings=timings,
                    method=chosen.method,
                    models=chosen.models,
                    route=chosen.route,
                    summary_language=chosen.summary_language,
                    notes=chosen.notes,
                )
        return [outcome for outcome in outcomes if outcome is not None]

    def translate(self, text: str, target: Language | str,
                  source: Language | str | None = None,
                  engine: Engine | str | None = None) -> TranslationResult:
        """Translate `text` into `target` (en, ru or kk), detecting the source unless given."""
        text = _checked(text)
        request = Request(target=target, source=source, engine=engine)
        clock = Stopwatch()
        started = time.perf_counter()
        detection = self._detection(text, request.source, clock)
        target_language = request.target or default_target(detection.language)
        step = Translation(detection.language, target_language, translation_legs(
            detection.language, target_language, self.settings.translation))
        registry = self._translators(request.engine)
        translator, seconds = registry.ready(step)
        clock.add("load", seconds)
        with clock.time("translate"):
            translated = translator.translate_many([text])[0]
        timings = dict(clock.seconds)
        timings["total"] = time.perf_counter() - started
        return TranslationResult(detection, target_language, translated, step.models, timings)

    # --- planning -------------------------------------------------------------------------------

    def capabilities(self) -> Capabilities:
        """What the planner may use: models.yaml, and which summary models are local."""
        return Capabilities.from_settings(self.settings, self.abstractive.available)

    def plan(self, text: str, source: Language, target: Language, route: Route | str = Route.AUTO,
             method: Method | str | None = None) -> Plan:
        """The plan for `text` in `source`, summarized in `target` (see plan.plan)."""
        request = Request(target, source, route=route, method=method)
        return plan(request, Detection(source, 1.0), text, self.capabilities())

    def choose_route(self, text: str, source: Language, target: Language,
                     route: Route | str) -> str:
        """Which route a text takes: "none", "translate-first" or "summarize-first"."""
        return self.plan(text, source, target, route, Method.EXTRACTIVE).route

    # --- warming up -----------------------------------------------------------------------------

    def preload(self, request: Request | None = None) -> Preloaded:
        """Load now what runs under `request` can use: the detector's profiles, the translation
        models of every direction between the target languages (and from the request's source),
        and the abstractive models the plans name. A web service calls this once at start.

        A model that is missing (or fails to load) is skipped, not raised: it becomes an error
        only when a run needs it, with the message that says how to get it.
        """
        request = request or Request()
        started = time.perf_counter()
        self.detect(_WARM_UP_TEXT)
        report = Preloaded(time.perf_counter() - started)
        translators = self._translators(request.engine)
        for name, leg, language in self._preload_targets(request):
            if name in report.loaded or name in report.skipped:
                continue
            try:
                if leg is not None:
                    translator = translators.leg(leg.direction, leg.spec, language)
                    translators.check_legs(language, translator.target, (leg,))
                    report.loaded[name] = translator.load()
                else:
                    report.loaded[name] = self.abstractive.preload(language)
            except SummarizerError as exc:
                report.skipped[name] = str(exc)
        return report

    def _preload_targets(self, request: Request) -> list[tuple[str, Leg | None, Language]]:
        """(name, translation leg or None, its source or summary language) of everything runs
        under `request` may use, in a stable order."""
        capabilities = self.capabilities()
        # Any non-target language stands for all of them (they share the "any-en" model).
        sources = [request.source] if request.source else [*TARGETS, Language.UKRAINIAN]
        targets = [request.target] if request.target else list(TARGETS)
        routes = [request.route] if request.route != Route.AUTO else [Route.TRANSLATE_FIRST,
                                                                        Route.SUMMARIZE_FIRST]
        found: list[tuple[str, Leg | None, Language]] = []
        for source, target, route in itertools.product(sources, targets, routes):
            try:
                chosen = plan(dataclasses.replace(request, target=target, route=route),
                              Detection(source, 1.0), "", capabilities)
            except SummarizerError:
                continue  # a run would fail the same way, before loading anything
            for step in (chosen.translate_text, chosen.translate_back):
                if step is not None:
                    found += [(leg.direction, leg, reads)
                              for leg, reads in zip(step.legs, step.reads())]
            if chosen.method == Method.ABSTRACTIVE:
                language = chosen.summary_language
                found.append((f"summary-{language.value}", None, language))
        return found

    # --- steps ----------------------------------------------------------------------------------

    def _translators(self, engine: Engine | None) -> TranslatorRegistry:
        """The registry for `engine` (default: the configured one); one per engine, kept."""
        engine = Engine(engine or self.settings.translation.engine)
        if engine not in self._registries:
            self._registries[engine] = TranslatorRegistry(dataclasses.replace(
                self.settings.translation, engine=engine))
        return self._registries[engine]

    def _detection(self, text: str, source: Language | None, clock: Stopwatch) -> Detection:
        with clock.time("detect"):
            detection = self.detector.detect(text) if source is None else Detection(source, 1.0)
        report("detected", detection=detection)  # a front end shows it even if the run fails
        return detection


def _checked(text: str) -> str:
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}")
    if not text.strip():
        raise InputError("the input is empty: nothing to summarize")
    return text

