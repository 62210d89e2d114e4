"""Translation: one translator for every engine, identity and pivot translators, their registry.

Data path of `Translator.translate_many(texts)`:

    texts → lines (kept, so paragraphs and line breaks survive) → sentences (segment.py)
          → SentencePiece pieces → over-long sentences split at word starts (never truncated)
          → all pieces of all texts sorted by length → batches → engine → put back in place

Everything above is plain Python and is shared by both engines; an engine only turns batches of
pieces into target text (`engines.py`, `ct2.py`). Pivot translation (kk → en → ru) composes two
translators, as argos-translate does.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from .config import ModelSpec, TranslationSettings
from .errors import ModelError
from .languages import Language
from .plan import Leg, Translation, translation_legs
from .progress import report
from .segment import split_sentences


class Translator(Protocol):
    """Translates text from one language into another, keeping line structure."""

    source: Language
    target: Language

    @property
    def models(self) -> tuple[str, ...]:
        """The model ids used, in order (empty for identity)."""
        ...

    def load(self) -> float:
        """Load whatever is needed now; return the seconds it took (0 when already loaded)."""
        ...

    def translate_many(self, texts: Sequence[str]) -> list[str]:
        ...

    def safer(self) -> Translator:
        """The same route with loop-resistant decoding (the faithfulness guard's retry)."""
        ...


@dataclass
class IdentityTranslator:
    """Source and target are the same language: the text is returned unchanged."""

    source: Language
    target: Language

    @property
    def models(self) -> tuple[str, ...]:
        return ()

    def load(self) -> float:
        return 0.0

    def translate_many(self, texts: Sequence[str]) -> list[str]:
        return list(texts)

    def safer(self) -> IdentityTranslator:
        return self


@dataclass
class PivotTranslator:
    """Two translators in a row, e.g. Kazakh → English → Russian."""

    first: Translator
    second: Translator

    @property
    def source(self) -> Language:
        return self.first.source

    @property
    def target(self) -> Language:
        return self.second.target

    @property
    def models(self) -> tuple[str, ...]:
        return (*self.first.models, *self.second.models)

    def load(self) -> float:
        return self.first.load() + self.second.load()

    def translate_many(self, texts: Sequence[str]) -> list[str]:
        return self.second.translate_many(self.first.translate_many(texts))

    def safer(self) -> PivotTranslator:
        return PivotTranslator(self.first.safer(), self.second.safer())


class Engine(Protocol):
    """A loaded model that turns batches of source pieces into target sentences."""

    def pieces(self, text: str) -> list[str]:
        """SentencePiece pieces of `text`, without target token or end-of-sentence mark."""
        ...

    def translate_pieces(self, batch: Sequence[Sequence[str]]) -> Sequence[str]:
        """Translate a batch; each item already carries the target token, if any, and `</s>`.

        The result may be lazy (reading item i waits for it), so that an engine can work on
        several batches at once.
        """
        ...


@dataclass
class MarianTranslator:
    """One Marian model bound to one direction, loaded on first use."""

    source: Language
    target: Language
    direction: str
    spec: ModelSpec
    settings: TranslationSettings
    _engine: Engine | None = field(default=None, init=False, repr=False)
    #: Progress reports (see progress.py); off for the guard's retries, which re-translate a few
    #: sentences a front end has already counted.
    _reports: bool = field(default=True, init=False, repr=False)

    @property
    def models(self) -> tuple[str, ...]:
        return (self.spec.model,)

    def load(self) -> float:
        if self._engine is not None:
            return 0.0
        from .engines import load_engine
        from .local import require_local

        started = time.perf_counter()
        path = require_local(self.spec, self.direction)
        report("load", self.spec.model)
        self._engine = load_engine(self.spec, path, self.settings.engine, self.settings.device,
                                   self.settings.num_beams, self.settings.quantization,
                                   self.settings.allow_pickle, self.settings.cpu_batch_rows)
        if self.settings.idle_release_seconds and hasattr(self._engine, "release_after"):
            # A long-running process (the demo, a batch worker) gives an idle model's memory
            # back; the next call loads it again (CTranslate2: ~0.1-0.2 s).
            self._engine.release_after = self.settings.idle_release_seconds
        return time.perf_counter() - started

    @property
    def engine(self) -> Engine:
        self.load()
        assert self._engine is not None
        return self._engine

    def safer(self) -> MarianTranslator:
        """The same model (loaded once) decoding with `marian.SAFER_DECODING`."""
        twin = MarianTranslator(self.source, self.target, self.direction, self.spec,
                                self.settings)
        twin._engine = self.engine.safer()
        twin._reports = False
        return twin

    def translate_many(self, texts: Sequence[str]) -> list[str]:
        """Translate several texts at once; batches stay full across texts."""
        layouts = [layout(text, self.source) for text in texts]
        units = [unit for lines_of in layouts for line in lines_of for unit in line]
        translated = self.translate_units(units)
        results, position = [], 0
        for lines_of in layouts:
            lines = []
            for line in lines_of:
                lines.append(" ".join(translated[position:position + len(line)]))
                position += len(line)
            results.append("\n".join(lines))
        return results

    def translate_units(self, units: Sequence[str]) -> list[str]:
        """Translate sentences: split the over-long, sort by length, batch, restore the order."""
        engine = self.engine
        prefix = [self.spec.target_token] if self.spec.target_token else []
        limit = self.settings.max_input_tokens - len(prefix) - 1
        chunks: list[list[str]] = []  # model inputs
        owners: list[int] = []  # the unit each chunk belongs to
        for number, unit in enumerate(units):
            for piece_run in split_pieces(engine.pieces(unit), limit):
                chunks.append([*prefix, *piece_run, "</s>"])
                owners.append(number)
        outputs = [""] * len(chunks)
        order = sorted(range(len(chunks)), key=lambda i: len(chunks[i]))
        size = self.settings.batch_size
        batches = [order[start:start + size] for start in range(0, len(order), size)]
        # Every batch is handed over before any result is read: an engine that returns at once
        # (CTranslate2) keeps all its workers busy, one batch each.
        # Progress counts a batch when its work is done: on return for an engine that answers
        # with a list (transformers), when read for one that answers lazily (CTranslate2).
        done = 0
        tell = report if self._reports else _silent
        tell("translate", self.direction, done, len(chunks))
        results = []
        for batch in batches:
            results.append(engine.translate_pieces([chunks[i] for i in batch]))
            if isinstance(results[-1], list):
                done += len(batch)
                tell("translate", self.direction, done, len(chunks))
        for batch, texts in zip(batches, results):
            for i, text in zip(batch, texts):
                outputs[i] = text
            if not isinstance(texts, list):
                done += len(batch)
                tell("translate", self.direction, done, len(chunks))
        joined: list[list[str]] = [[] for _ in units]
        for owner, text in zip(owners, outputs):
            joined[owner].append(text)
        return [" ".join(part for part in parts if part) for parts in joined]


def _silent(*_: object) -> None:
    """A `report` that says nothing."""


def split_pieces(pieces: list[str], limit: int) -> list[list[str]]:
    """Split a sentence's pieces into runs of at most `limit`, preferring clause ends, then word
    starts; a run is never cut inside a word unless one word alone is longer than the limit."""
    if len(pieces) <= limit:
        return [pieces] if pieces else []
    runs, start = [], 0
    while len(pieces) - start > limit:
        window = range(start + limit, start + limit // 2, -1)
        # A clause end is punctuation followed by a new word: "48,6" and "12:30" are not.
        cut = next((i for i in window if pieces[i - 1].rstrip().endswith((",", ";", ":"))
                    and pieces[i].startswith("▁")), None)
        if cut is None:
            cut = next((i for i in window if pieces[i].startswith("▁")), start + limit)
        runs.append(pieces[start:cut])
        start = cut
    runs.append(pieces[start:])
    return runs


_LINE_SPLIT = re.compile(r"\n")
_SEGMENTED = ("en", "ru", "kk")


def layout(text: str, language: Language | str) -> list[list[str]]:
    """Lines of the text, each a list of its sentences (an empty list for a blank line).

    The one way a text is cut for translation: `MarianTranslator.translate_many` and the
    faithfulness guard (`guard.translate_checked`) both use it, so a guard flag's sentence index
    is the translator's unit index. Languages without their own sentence rules are cut as English.
    """
    code = str(language)
    segmenter_language = code if code in _SEGMENTED else "en"
    return [
        split_sentences(line, segmenter_language) if line.strip() else []
        for line in _LINE_SPLIT.split(text.replace("\r\n", "\n"))
    ]


# --- the registry -------------------------------------------------------------------------------


class TranslatorRegistry:
    """Builds translators for (source, target) pairs and keeps them, so each model loads once."""

    def __init__(self, settings: TranslationSettings) -> None:
        self.settings = settings
        self._legs: dict[str, MarianTranslator] = {}

    def get(self, source: Language, target: Language) -> Translator:
        """The translator for `source` → `target` (identity for the same language)."""
        return self.for_step(Translation(source, target,
                                         translation_legs(source, target, self.settings)))

    def for_step(self, step: Translation) -> Translator:
        """The translator for a planned translation step (see plan.py): its legs in a row."""
        if not step.legs:
            return IdentityTranslator(step.source, step.target)
        translators = [self.leg(direction, spec, reads)
                       for (direction, spec), reads in zip(step.legs, step.reads())]
        translator: Translator = translators[0]
        for leg in translators[1:]:
            translator = PivotTranslator(translator, leg)
        return translator

    def ready(self, step: Translation) -> tuple[Translator, float]:
        """The step's translator, checked available and loaded; and the seconds loading took."""
        translator = self.for_step(step)
        self.check_legs(step.source, step.target, step.legs)
        return translator, translator.load()

    def leg(self, direction: str, spec: ModelSpec, source: Language) -> MarianTranslator:
        """The translator of one model (`source` steers sentence splitting), kept for reuse."""
        key = f"{direction}:{source.value}"
        if key not in self._legs:
            target = Language(direction.split("-")[1])
            self._legs[key] = MarianTranslator(source, target, direction, spec, self.settings)
        return self._legs[key]

    def check_available(self, source: Language, target: Language) -> None:
        """Raise `ModelError` naming every model of the route that is not available locally."""
        self.check_legs(source, target, translation_legs(source, target, self.settings))

    @staticmethod
    def check_legs(source: Language, target: Language, legs: Sequence[Leg]) -> None:
        """Raise `ModelError` naming every model of `legs` that is not available locally."""
        from .local import local_model_dir, require_local

        missing = [(direction, spec) for direction, spec in legs if local_model_dir(spec) is None]
        if not missing:
            return
        for direction, spec in missing:
            if spec.is_local:
                require_local(spec, direction)  # a folder to fix, not a model to download
        names = ", ".join(spec.model for _, spec in missing)
        directions = " ".join(direction for direction, _ in missing)
        raise ModelError(
            f"{source.value} → {target.value} needs {names}, not available locally; run "
            f"`summarizer models download {directions}` where the Hugging Face hub is reachable",
            downloads=tuple(direction for direction, _ in missing),
        )
