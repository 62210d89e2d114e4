"""Translation of texts segment by segment, checked by the faithfulness guard.

A Kazakh article quoting a Russian speaker is two languages: each language segment goes through
the model of its own language (kk→X, ru→X, pivots as planned), a segment already in the target
language passes through untouched, and the pieces are put back where they were, so paragraphs and
line breaks stay. Kazakh written in the Latin alphabet is first written in Cyrillic (the OPUS-MT
Kazakh models read Cyrillic). Every translated piece goes through `guard.translate_checked`; the
flags' `sentence` indices count the sentences of the whole output text, in reading order.

This is what `execute.translate` calls; it knows no plan, only one translation step and the
language runs of each text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import UnsupportedLanguageError
from .kazakh_latin import to_cyrillic
from .languages import CYRILLIC, Language
from .plan import Translation, translation_legs
from .translate import TranslatorRegistry, layout

if TYPE_CHECKING:  # the guard (and its number tables) loads when something is translated
    from .guard import Flag

#: (language, piece): one stretch of a text in one language; the pieces of a text joined in order
#: are the text (see `detect.language_runs`).
Run = tuple[Language, str]

_EDGES = re.compile(r"^(\s*)(.*?)(\s*)$", re.DOTALL)
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


@dataclass(frozen=True)
class Translated:
    """One text after translation: the text, the guard's flags, the models used in order."""

    text: str
    flags: tuple[Flag, ...]
    models: tuple[str, ...]


def is_latin_kazakh(text: str) -> bool:
    """True when Kazakh `text` is written mostly in Latin letters (it needs `to_cyrillic`)."""
    return len(_LATIN.findall(text)) > len(CYRILLIC.findall(text))


def translate_runs(step: Translation, runs: Sequence[Sequence[Run]],
                   translators: TranslatorRegistry, *, detector: Any = None,
                   on_load: Any = None) -> list[Translated]:
    """Translate texts given as language runs into `step.target`, guarded.

    All pieces of one language across all texts are translated together (batches stay full);
    pieces in `step.target` are kept as they are; a piece in a language with no model route of its
    own goes through the step's route (its source language's models). Whitespace around each
    piece is kept, so sentences glued to a quotation keep their spaces. `on_load(seconds)` is
    told how long loading each translator took.
    """
    from .guard import translate_checked

    target = step.target
    # Work list per language: (text number, piece number, core text).
    jobs: dict[Language, list[tuple[int, int, str]]] = {}
    cores: list[list[tuple[str, str, str]]] = []  # per text, per piece: (lead, core, trail)
    for number, text_runs in enumerate(runs):
        pieces = []
        for index, (language, piece) in enumerate(text_runs):
            lead, core, trail = _EDGES.match(piece).groups()  # type: ignore[union-attr]
            pieces.append((lead, core, trail))
            if core and language != target:
                jobs.setdefault(language, []).append((number, index, core))
        cores.append(pieces)
    steps = {language: _step_for(language, step, translators) for language in jobs}
    outputs: dict[tuple[int, int], tuple[str, tuple[Flag, ...]]] = {}
    for language, work in jobs.items():
        sub = steps[language]
        translator, seconds = translators.ready(sub)
        if on_load is not None:
            on_load(seconds)
        texts = [to_cyrillic(core) if language == Language.KAZAKH and is_latin_kazakh(core)
                 else core for _, _, core in work]
        checked = translate_checked(translator, texts, sub.source, target, detector=detector)
        for (number, index, _), result in zip(work, checked):
            outputs[(number, index)] = (result.text, result.flags)
    translated = []
    for number, text_runs in enumerate(runs):
        parts: list[str] = []
        flags: list[Flag] = []
        models: dict[str, None] = {}
        offset = 0
        for index, (language, _) in enumerate(text_runs):
            lead, core, trail = cores[number][index]
            done = outputs.get((number, index))
            if done is None:
                parts.append(lead + core + trail)
                offset += _sentences(core, target)
                continue
            output, found = done
            models.update(dict.fromkeys(steps[language].models))
            flags += [dataclasses.replace(flag, sentence=flag.sentence + offset) for flag in found]
            offset += _sentences(core, steps[language].source)
            parts.append(lead + output + trail)
        translated.append(Translated("".join(parts), tuple(flags), tuple(models)))
    return translated


def _step_for(language: Language, step: Translation,
              translators: TranslatorRegistry) -> Translation:
    """The translation step for a segment in `language`: its own models where configured."""
    if language == step.source:
        return step
    try:
        legs = translation_legs(language, step.target, translators.settings)
    except UnsupportedLanguageError:
        return step  # no route of its own: the document's route is the best there is
    return Translation(language, step.target, legs)


def _sentences(text: str, language: Language) -> int:
    """How many translation units (sentences) `text` is cut into (see `translate.layout`)."""
    return sum(len(line) for line in layout(text, language))
