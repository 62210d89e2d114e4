"""The executor: runs one `Plan` over a group of texts, timing each stage.

It only follows the plan: translate the texts into the summary language, summarize, translate the
summaries into the target. Every translation goes through `translate`, the one seam: there each
language segment of a text goes to its own language's models (segmented.py) and every translated
sentence is checked by the faithfulness guard (guard.py); abstractive summaries are checked
against the text they were written from.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .config import Length
from .detect import Detection, language_runs
from .kazakh_latin import to_cyrillic, to_latin
from .languages import Language, Method
from .plan import Plan, Translation
from .progress import report
from .segmented import Run, Translated, translate_runs
from .structure import parse
from .summarize import Summarizer, Summary
from .translate import TranslatorRegistry

if TYPE_CHECKING:  # the guard (and its number tables) loads when something is checked
    from .guard import Flag


@dataclass
class Stopwatch:
    """Seconds per stage, in the order the stages first ran; a stage may run several times."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def time(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.perf_counter() - started)

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds


@dataclass(frozen=True)
class Executed:
    """What running a plan over a group made, per text: its translation into the summary language
    (None unless the plan keeps it), its summaries (shortest first), the guard's flags, the
    translation models used (in order of first use) and the summarizer's notes."""

    translations: list[str | None]
    summaries: list[list[Summary]]
    flags: list[tuple[Flag, ...]]
    models: list[tuple[str, ...]]
    notes: list[tuple[str, ...]]


def execute(plan: Plan, texts: Sequence[str], lengths: Sequence[Length],
            translators: TranslatorRegistry, summarizers: Mapping[Method, Summarizer],
            clock: Stopwatch, detections: Sequence[Detection] | None = None, *,
            headlines: Sequence[bool] | None = None, detector: Any = None,
            kk_script: str = "cyrl") -> Executed:
    """Run `plan` over `texts` (all with the same plan): translate, summarize, translate back.

    `detections` (one per text) give the language segments the text translation follows (none:
    each text is one segment in the plan's source language); `detector` is the guard's;
    `kk_script` "latn" writes Kazakh output (summaries, a translation into Kazakh) in the Latin
    alphabet. `headlines[i]` says that text i opens with a headline (recognised in its own
    language): after translation its first line is then kept out of the summaries, since a
    translated headline no longer looks like one.
    """
    runs = [_runs(plan, text, detections[i] if detections else None)
            for i, text in enumerate(texts)]
    done = translate(plan.translate_text, list(texts), translators, clock, runs=runs,
                     detector=detector)
    translated = [item.text for item in done]
    summarizer = summarizers[plan.method]
    language = plan.summary_language
    if plan.method == Method.ABSTRACTIVE:
        clock.add("load", summarizer.load(language))  # type: ignore[attr-defined]
    report("summarize", plan.method)
    with clock.time("summarize"):
        summaries = [_summarize(summarizer, text, language, lengths, bool(
            plan.translate_text and headlines and headlines[number]))
            for number, text in enumerate(translated)]
    flags = [list(item.flags) for item in done]
    models = [list(item.models) for item in done]
    if plan.method == Method.ABSTRACTIVE:
        for number, (text, nested) in enumerate(zip(translated, summaries)):
            flags[number] += _summary_flags(text, nested, language)
    notes = [tuple(dict.fromkeys(note for summary in nested for note in summary.notes))
             for nested in summaries]
    if plan.translate_back is not None:
        # Summarized first: the summary sentences are the text's own, each in its segment's
        # language (a Russian quotation in a Kazakh summary goes through the Russian model).
        languages = _sentence_languages(texts, detections, summaries) \
            if plan.translate_text is None and detections else {}
        summaries, back_flags, back_models = _translate_summaries(
            plan.translate_back, summaries, translators, clock, detector, languages)
        for number in range(len(texts)):
            flags[number] += back_flags[number]
            models[number] += back_models[number]
    translations: list[str | None] = (list(translated) if plan.keep_translation
                                      else [None] * len(texts))
    if kk_script == "latn" and plan.target == Language.KAZAKH:
        translations = [None if text is None else to_latin(text) for text in translations]
        summaries = [[Summary(tuple(to_latin(s) for s in summary.sentences), summary.notes)
                      for summary in nested] for nested in summaries]
        flags = [[dataclasses.replace(flag, output=to_latin(flag.output)) for flag in found]
                 for found in flags]
    elif plan.target == Language.KAZAKH == plan.source and detections:
        # A Kazakh text written in Latin letters, summarized in Kazakh: its summaries are its own
        # sentences, so they are Latin too; the Cyrillic default applies to them as well.
        summaries = [[Summary(tuple(to_cyrillic(s) for s in summary.sentences), summary.notes)
                      for summary in nested] if detection.script == "Latn" else nested
                     for nested, detection in zip(summaries, detections)]
    return Executed(translations, summaries, [tuple(found) for found in flags],
                    [tuple(dict.fromkeys(used)) for used in models], notes)


def translate(step: Translation | None, texts: list[str], translators: TranslatorRegistry,
              clock: Stopwatch, *, runs: Sequence[Sequence[Run]] | None = None,
              detector: Any = None) -> list[Translated]:
    """Translate `texts` as the step says, checked by the faithfulness guard (unchanged, with no
    flags, when there is no step).

    The one seam every translation of a run goes through. `runs` (per text) are its language
    segments: each goes through its own language's models (see `segmented.translate_runs`);
    without them a text is one segment in the step's source language.
    """
    if step is None:
        return [Translated(text, (), ()) for text in texts]
    if runs is None:
        runs = [[(step.source, text)] for text in texts]
    with clock.time("translate"):
        loading = Stopwatch()
        done = translate_runs(step, runs, translators, detector=detector,
                              on_load=lambda seconds: loading.add("load", seconds))
    # Loading happened inside the translate stage: move it to its own stage.
    load = loading.seconds.get("load", 0.0)
    clock.add("load", load)
    clock.add("translate", -load)
    return done


def _runs(plan: Plan, text: str, detection: Detection | None) -> list[Run]:
    """The language runs of `text` for the plan's text translation: the detection's segments,
    or the whole text in the plan's source language when there are none (a named source)."""
    if detection is None or len(detection.segments) < 2:
        return [(plan.source, text)]
    return [(language, piece) for language, _, piece in language_runs(text, detection.segments)]


def _summarize(summarizer: Summarizer, text: str, language: Language, lengths: Sequence[Length],
               headline: bool) -> list[Summary]:
    """Summarize `text`; when it opens with a (translated) headline, that first line is the
    article's title, never a summary sentence."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    body = "\n".join(lines[first + 1:]) if first is not None else ""
    if not headline or not body.strip():
        return summarizer.summarize(text, language, lengths)
    summarize_article = getattr(summarizer, "summarize_article", None)
    if summarize_article is None:
        return summarizer.summarize(body, language, lengths)
    article = dataclasses.replace(parse(body, language), title=lines[first].strip())
    return summarize_article(article, language, lengths)


def _summary_flags(article: str, summaries: Sequence[Summary], language: Language) -> list[Flag]:
    """The guard's checks of abstractive summaries against the article they were written from;
    the detail says which summary (`sentence` indexes that summary's sentences)."""
    from .guard import check_summary

    names = ("short", "long") if len(summaries) == 2 else tuple(
        f"summary {number + 1}" for number in range(len(summaries)))
    found: list[Flag] = []
    for name, summary in zip(names, summaries):
        found += [dataclasses.replace(flag, detail=f"{name} summary: {flag.detail}")
                  for flag in check_summary(article, summary.text, language)]
    return found


def _sentence_languages(texts: Sequence[str], detections: Sequence[Detection],
                        summaries: Sequence[Sequence[Summary]]) -> dict[str, Language]:
    """The language of each summary sentence found in its text: that of the segment it starts
    in. Sentences not found verbatim (shortened ones) are left out: they take the step's."""
    found: dict[str, Language] = {}
    for text, detection, nested in zip(texts, detections, summaries):
        if len(detection.segments) < 2:
            continue
        for sentence in {s for summary in nested for s in summary.sentences}:
            at = text.find(sentence)
            segment = next((seg for seg in detection.segments if seg.start <= at < seg.end),
                           None) if at >= 0 else None
            if segment is not None:
                found.setdefault(sentence, segment.language)
    return found


def _translate_summaries(step: Translation, summaries: list[list[Summary]],
                         translators: TranslatorRegistry, clock: Stopwatch, detector: Any,
                         languages: Mapping[str, Language] | None = None
                         ) -> tuple[list[list[Summary]], list[list[Flag]], list[list[str]]]:
    """Translate the sentences of every long summary once; the shorter summaries reuse them,
    so a short summary stays a part of its long summary after translation. Notes are kept.

    `languages` names the language of sentences not in the step's source language. Returns the
    translated summaries, and per text the guard's flags (`sentence`: the index in the longest
    summary, which holds every sentence) and the models used.
    """
    sentences = sorted({s for nested in summaries for summary in nested for s in
                        summary.sentences})
    languages = languages or {}
    runs = [[(languages.get(sentence, step.source), sentence)] for sentence in sentences]
    done = dict(zip(sentences, translate(step, sentences, translators, clock, runs=runs,
                                         detector=detector)))
    translated = [[Summary(tuple(done[s].text for s in summary.sentences), summary.notes)
                   for summary in nested] for nested in summaries]
    flags: list[list[Flag]] = []
    models: list[list[str]] = []
    for nested in summaries:
        longest = nested[-1].sentences if nested else ()
        found: list[Flag] = []
        used: list[str] = []
        for position, sentence in enumerate(longest):
            found += [dataclasses.replace(flag, sentence=position,
                                          detail=f"summary: {flag.detail}")
                      for flag in done[sentence].flags]
            used += done[sentence].models
        flags.append(found)
        models.append(used)
    return translated, flags, models
