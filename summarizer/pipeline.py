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
from typing import Any

from .abstractive import AbstractiveSummarizer
from .config import Length, Settings, load_settings
from .detect import Detection, Detector, language_runs
from .errors import FaithfulnessError, InputError, SummarizerError
from .execute import Stopwatch, execute, translate
from .hygiene import clean_text
from .inputs import Document
from .kazakh_latin import to_latin
from .languages import TARGETS, Engine, Language, Method, Route
from .plan import Capabilities, Leg, Plan, Translation, default_target, plan, translation_legs
from .progress import report
from .request import Request
from .result import Result, TranslationResult
from .summarize import ExtractiveSummarizer, Summarizer
from .translate import TranslatorRegistry

#: What a run accepts: text, or a `Document` read by `inputs.load_document` (URL, file, bytes).
Input = str | Document

__all__ = ["Pipeline", "Preloaded", "Result", "TranslationResult"]

#: A sentence for warming the detector up: it loads every n-gram profile (~0.3 s) once.
_WARM_UP_TEXT = "The council met on Monday to discuss the new budget for schools."

#: Detection labels at most this many characters of a text (cut at a line break): every sentence
#: is labelled, so a 1 MB text would take seconds; the rest is taken to continue the last segment.
DETECT_CHARS = 100_000


@dataclass(frozen=True)
class _Input:
    """One input after the boundary: clean text within the limit, its title, source and notes."""

    text: str
    title: str | None
    source: str | None
    notes: tuple[str, ...]


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

    def detect(self, text: Input) -> Detection:
        """Detect the language of `text` (raises `InputError` or `LanguageError`)."""
        return self._detect(self._input(text).text)[0]

    def run(self, text: Input, target: Language | str | None = None,
            source: Language | str | None = None, short: Length | None = None,
            long: Length | None = None, route: Route | str = Route.AUTO,
            method: Method | str | None = None, *, request: Request | None = None) -> Result:
        """Summarize `text` as `request` asks (or as the keyword options ask, see `Request`).

        `text` is a string or a `Document` (its title and source reach the result). `target`
        defaults to the text's own language; `source` skips detection; `short` and `long`
        override models.yaml's lengths; `route` and `method` are explained in plan.py. Raises
        `InputError` (empty, or over `limits.max_input_bytes`), `LanguageError`,
        `UnsupportedLanguageError`, `ModelError`, or `FaithfulnessError` (`request.strict` and a
        flag the guard could not repair).
        """
        request = request or Request(target, source, short, long, route, method)
        outcome = self.run_many([text], request=request)[0]
        if isinstance(outcome, SummarizerError):
            raise outcome
        return outcome

    def run_many(self, texts: Sequence[Input], target: Language | str | None = None,
                 source: Language | str | None = None, short: Length | None = None,
                 long: Length | None = None, route: Route | str = Route.AUTO,
                 method: Method | str | None = None, *, request: Request | None = None
                 ) -> list[Result | SummarizerError]:
        """Summarize many texts; the result or the error of each, in input order.

        Texts with the same plan are run together, so translation batches stay full across
        documents (the batch runner depends on this). Each text passes the input boundary once
        (`hygiene.clean_text` for strings, the size limit for both strings and Documents).
        """
        request = request or Request(target, source, short, long, route, method)
        lengths = [request.short or self.settings.summary.lengths.short,
                   request.long or self.settings.summary.lengths.long]
        capabilities = self.capabilities()
        outcomes: list[Result | SummarizerError | None] = [None] * len(texts)
        groups: dict[Plan, list[tuple[int, _Input, Detection, tuple[str, ...], Stopwatch]]] = {}
        for index, item in enumerate(texts):
            clock = Stopwatch()
            try:
                given = self._input(item)
                detection, detected = self._detection(given.text, request.source, clock)
                chosen = plan(request, detection, given.text, capabilities)
            except SummarizerError as exc:
                outcomes[index] = exc
                continue
            groups.setdefault(chosen, []).append((index, given, detection, detected, clock))
        translators = self._translators(request.engine)
        summarizers = {Method.EXTRACTIVE: self.extractive, Method.ABSTRACTIVE: self.abstractive}
        for chosen, group in groups.items():
            shared = Stopwatch()
            headlines = [title_of(given.text, detection.language)
                         for _, given, detection, _, _ in group]
            try:
                done = execute(chosen, [given.text for _, given, *_ in group], lengths,
                               translators, summarizers, shared,
                               [detection for _, _, detection, _, _ in group],
                               headlines=[headline is not None for headline in headlines],
                               detector=self.detector, kk_script=request.kk_script)
            except SummarizerError as exc:
                for index, *_ in group:
                    outcomes[index] = exc
                continue
            total_words = sum(len(given.text.split()) for _, given, *_ in group) or 1
            for number, (index, given, detection, detected, clock) in enumerate(group):
                short_summary, long_summary = done.summaries[number]
                # Shared stages are split by each text's share of the words; loading is not
                # shared work, every text waited for it.
                share = len(given.text.split()) / total_words
                for stage, seconds in shared.seconds.items():
                    clock.add(stage, seconds if stage == "load" else seconds * share)
                timings = dict(clock.seconds)
                timings["total"] = sum(timings.values())
                result = Result(
                    detection=detection,
                    target_language=chosen.target,
                    translation=done.translations[number],
                    short_summary=short_summary.text,
                    long_summary=long_summary.text,
                    timings=timings,
                    method=chosen.method,
                    models=done.models[number],
                    route=chosen.route,
                    summary_language=chosen.summary_language,
                    notes=_merged(chosen.notes, given.notes, detected, done.notes[number]),
                    title=given.title or headlines[number],
                    source=given.source,
                    flags=done.flags[number],
                )
                try:
                    _check_strict(request, result.flags)
                except FaithfulnessError as exc:
                    outcomes[index] = exc
                    continue
                outcomes[index] = result
        return [outcome for outcome in outcomes if outcome is not None]

    def translate(self, text: Input, target: Language | str | None = None,
                  source: Language | str | None = None,
                  engine: Engine | str | None = None, *,
                  request: Request | None = None) -> TranslationResult:
        """Translate `text` (a string or a `Document`) into `target` (en, ru or kk), detecting
        the source unless given.

        Each language segment goes through its own language's models, segments already in the
        target stay as they are, and every sentence is checked by the faithfulness guard
        (`TranslationResult.flags`). `request` may carry `kk_script` and `strict` (then
        `target`, `source` and `engine` come from it). Raises like `run`.
        """
        request = request or Request(target=target, source=source, engine=engine)
        started = time.perf_counter()
        given = self._input(text)
        clock = Stopwatch()
        detection, detected = self._detection(given.text, request.source, clock)
        target_language = request.target or default_target(detection.language)
        step = Translation(detection.language, target_language, translation_legs(
            detection.language, target_language, self.settings.translation))
        runs = None
        if request.source is None and len(detection.segments) > 1:
            runs = [[(language, piece) for language, _, piece in
                     language_runs(given.text, detection.segments)]]
        [done] = translate(step, [given.text], self._translators(request.engine), clock,
                           runs=runs, detector=self.detector)
        translated, flags = done.text, done.flags
        if request.kk_script == "latn" and target_language == Language.KAZAKH:
            translated = to_latin(translated)
            flags = tuple(dataclasses.replace(flag, output=to_latin(flag.output))
                          for flag in flags)
        _check_strict(request, flags)
        timings = dict(clock.seconds)
        timings["total"] = time.perf_counter() - started
        return TranslationResult(detection, target_language, translated, done.models, timings,
                                 notes=_merged(given.notes, detected),
                                 title=given.title, source=given.source, flags=flags)

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

    def _input(self, item: Input) -> _Input:
        """The input boundary, once per input: size limit (UTF-8 bytes, before any work), then
        `hygiene.clean_text` for a string (a `Document` was cleaned when it was read)."""
        limit = self.settings.limits.max_input_bytes
        if isinstance(item, Document):
            # What the user gave (the path, or the URL as typed); text typed in has none.
            source = None if item.source == "text" else item.source
            text, title, notes = item.text, item.title, item.notes
            label = source or "the document"
        elif isinstance(item, str):
            text, title, source, notes = item, None, None, ()
            label = "the text"
        else:
            raise InputError(f"expected text (str) or a Document, got {type(item).__name__}")
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > limit:
            raise InputError(f"{label} is {_mb(size)}; the limit is {_mb(limit)} "
                             "(limits.max_input_bytes in models.yaml)")
        if isinstance(item, str):
            text, notes = clean_text(text)
        if not text.strip():
            raise InputError("the input is empty: nothing to summarize")
        return _Input(text, title, source, notes)

    def _detection(self, text: str, source: Language | None,
                   clock: Stopwatch) -> tuple[Detection, tuple[str, ...]]:
        """The text's detection (or the named source) and notes about how it was made."""
        with clock.time("detect"):
            detection, notes = (self._detect(text) if source is None
                                else (Detection(source, 1.0), ()))
        report("detected", detection=detection)  # a front end shows it even if the run fails
        return detection, notes

    def _detect(self, text: str) -> tuple[Detection, tuple[str, ...]]:
        """Detect `text`, labelling at most `DETECT_CHARS` of it (cut at a line break, else a
        space): past that, the last segment is taken to run to the end, and a note says so."""
        if len(text) <= DETECT_CHARS:
            return self.detector.detect(text), ()
        cut = text.rfind("\n", 0, DETECT_CHARS)
        if cut < DETECT_CHARS // 2:
            cut = text.rfind(" ", 0, DETECT_CHARS)
        if cut < DETECT_CHARS // 2:
            cut = DETECT_CHARS
        head = self.detector.detect(text[:cut])
        segments = head.segments
        if segments:
            last = segments[-1]
            segments = (*segments[:-1], dataclasses.replace(last, end=len(text)))
        note = (f"detected the language from the first {cut:,} of {len(text):,} characters; "
                "the rest is taken to be in the language of the last segment")
        return dataclasses.replace(head, segments=segments), (note,)


#: How much of a text `title_of` parses: the first paragraph's lines, and paragraphs in all.
_TITLE_LINES = 6
_TITLE_PARAGRAPHS = 4


def title_of(text: str, language: Language) -> str | None:
    """The headline recognised at the top of `text` (see `structure.parse`), or None.

    Only the first paragraph's first six lines and the starts of the next three paragraphs are
    parsed: that is all a title decision reads (a long headline over a deck alone in its
    paragraph is one when more text follows the deck; an update, a rubric and the headline may
    share the first paragraph, "HEALTH" was shown as the title of judged en 117; an edit note
    may fill a paragraph of its own over them, round 98's en 865 had none), and a long text is
    not parsed twice in full.
    """
    from .segment import paragraphs
    from .structure import parse

    blocks = paragraphs(text)
    if not blocks:
        return None
    head = "\n".join(blocks[0].split("\n")[:_TITLE_LINES])
    for block in blocks[1:_TITLE_PARAGRAPHS]:
        head += "\n\n" + block[:500]
    parsing_language = language if language in TARGETS else Language.ENGLISH
    return parse(head, parsing_language).title


def _merged(*groups: Sequence[str]) -> tuple[str, ...]:
    """Notes of several sources in order, each once."""
    return tuple(dict.fromkeys(note for group in groups for note in group))


def _check_strict(request: Request, flags: Sequence[Any]) -> None:
    """`request.strict`: the first flag the guard could not repair is an error (exit 10)."""
    if not request.strict:
        return
    unrepaired = [flag for flag in flags if not flag.repaired]
    if unrepaired:
        first = unrepaired[0]
        detail = " ".join(first.detail.split())
        more = f" (and {len(unrepaired) - 1} more)" if len(unrepaired) > 1 else ""
        raise FaithfulnessError(
            f"strict: sentence {first.sentence + 1} failed the {first.kind} check: {detail}"
            f"{more}; run without strict to get the output with its flags")


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"

