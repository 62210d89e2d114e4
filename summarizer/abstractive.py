"""Abstractive summaries: a seq2seq model writes new sentences instead of picking the article's own.

Published checkpoints that fit (scores as their model cards report them):

* English: `sshleifer/distilbart-cnn-12-6` (306M parameters; CNN/DailyMail ROUGE-2 21.3, ROUGE-L
  30.6) or `facebook/bart-large-cnn` (406M; ROUGE-1/2/L 44.1 / 21.1 / 30.6).
* Russian: `IlyaGusev/mbart_ru_sum_gazeta` (Gazeta ROUGE-1/2/L 32.4 / 14.3 / 28.0) or
  `IlyaGusev/rut5_base_sum_gazeta` (32.2 / 14.4 / 28.1).
* Multilingual: `csebuetnlp/mT5_multilingual_XLSum` (45 languages, no Kazakh; ROUGE-1 ru 32.2,
  en 37.6).

There is no Kazakh model, so `supports("kk")` is False: the pipeline either summarizes the English
(or Russian) translation and translates the summary, or stays extractive.

How a summary is made:

* **Map-reduce for long inputs.** A model reads a fixed window of tokens (1024 for BART, 512 for
  T5). A longer text is cut on sentence boundaries into chunks that fit, counted with the model's
  own tokenizer; every chunk is summarized ("map", `batch_size` chunks per `generate` call), the
  partial summaries are joined, and while the join is still longer than the window the map is
  repeated on it. The final "reduce" call summarizes the text that fits.
* **Long first, short from long.** The long summary is written from the (reduced) text; the short
  summary is written from the long summary. For extractive summaries "the short summary extends
  into the long one" means its sentences are all in the long one. A model rewrites, so here it
  means: the short summary is a condensation of the long one and says nothing the long one does
  not say (as far as the model is faithful). The order of the returned list is the same: shortest
  first.
* **Lengths are token budgets.** Models count tokens, not words or sentences: the short summary is
  generated with `short` (≈ one headline-like sentence, ~30 words), the long one with `long`
  (≈ one paragraph, ~120 words); asked for more than two lengths, the longest gets `long` and
  every other one `short`. The `Length` a caller passes is still honoured as a cap on the result:
  whole sentences beyond its sentence or word limit are dropped (the budgets are sized so that the
  default lengths rarely cut anything).
* Beam search (`num_beams`), `no_repeat_ngram_size`, and each model's own `length_penalty` from its
  generation config. No sampling, so the same input gives the same summary.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Length, SummaryModelSpec, TokenBudget
from .errors import UnsupportedLanguageError
from .languages import Language
from .progress import report
from .segment import segment, split_sentences
from .summarize import Summary

log = logging.getLogger("summarizer")

#: Fallback input window when neither the model config nor the tokenizer states one (T5 models).
DEFAULT_WINDOW = 512
#: Tokens kept free in each chunk: joining sentences can merge or split a token at each seam.
_SLACK = 4
#: Map rounds before the joined partial summaries are simply cut at the window (each round shrinks
#: the text at least twofold, so 8 rounds cover a text ~256 windows long).
MAX_ROUNDS = 8
#: Tokenizers without a real limit report a huge sentinel as model_max_length.
_NO_LIMIT = 1_000_000


@dataclass(frozen=True)
class MapReduceTrace:
    """What one call did, for tests and benchmarks.

    `window`: tokens one model call reads. `rounds`: per map round, each chunk's size in tokens with
    the prefix and special tokens (never over `window` unless one word is longer than the window,
    which truncation then cuts); empty when the text fit at once.
    `output_tokens`: tokens generated for each summary, in the order of the lengths.
    """

    window: int
    rounds: tuple[tuple[int, ...], ...] = ()
    output_tokens: tuple[int, ...] = ()


# --- the summarizer -----------------------------------------------------------------------------


class AbstractiveSummarizer:
    """Summaries written by a seq2seq model per language, each loaded on first use and kept by
    this summarizer (a pipeline keeps one summarizer, so its models load once)."""

    method = "abstractive"

    def __init__(self, models: Mapping[Language | str, SummaryModelSpec],
                 short: TokenBudget = TokenBudget(12, 48),
                 long: TokenBudget = TokenBudget(80, 200), *, num_beams: int = 4,
                 no_repeat_ngram_size: int = 3, batch_size: int = 8,
                 device: str = "auto") -> None:
        if num_beams < 1 or batch_size < 1 or no_repeat_ngram_size < 0:
            raise ValueError("num_beams and batch_size must be at least 1, "
                             "no_repeat_ngram_size at least 0")
        self.models = {Language(language): spec for language, spec in models.items()}
        self.short, self.long = short, long
        self.num_beams = num_beams
        self.no_repeat_ngram_size = no_repeat_ngram_size
        self.batch_size = batch_size
        self.device = device
        self._loaded: dict[Language, _Model] = {}

    @classmethod
    def from_settings(cls, settings: Any) -> AbstractiveSummarizer:
        """Build from the `summary.abstractive` section of models.yaml: any object with the fields
        models, lengths.short, lengths.long, num_beams, no_repeat_ngram_size, batch_size, device."""
        return cls(settings.models, settings.lengths.short, settings.lengths.long,
                   num_beams=settings.num_beams,
                   no_repeat_ngram_size=settings.no_repeat_ngram_size,
                   batch_size=settings.batch_size, device=settings.device)

    def supports(self, language: Language | str) -> bool:
        """Whether a model is configured for `language` (downloaded or not)."""
        return Language(language) in self.models

    def available(self, language: Language | str) -> bool:
        """Whether the model for `language` is on this machine, so summarizing needs no network.

        Cheap (a file lookup, nothing is loaded): the pipeline's `auto` method asks this first.
        """
        from .local import local_model_dir

        spec = self.models.get(Language(language))
        return spec is not None and local_model_dir(_lookup_spec(spec)) is not None

    def preload(self, language: Language | str) -> float:
        """Load the model for `language` now (see `load`); the seconds it took."""
        return self.load(language)

    def load(self, language: Language | str) -> float:
        """Load the model for `language` now instead of on the first summary; return the seconds it
        took (about 0 when already loaded). Raises like `summarize` when there is no model."""
        started = time.perf_counter()
        self._model(Language(language))
        return time.perf_counter() - started

    def summarize(self, text: str, language: Language, lengths: Sequence[Length]) -> list[Summary]:
        """One summary per length, shortest first; each shorter one condenses the next one."""
        return self.summarize_with_trace(text, language, lengths)[0]

    def summarize_with_trace(self, text: str, language: Language, lengths: Sequence[Length]
                             ) -> tuple[list[Summary], MapReduceTrace]:
        """`summarize`, plus what the map-reduce did (chunk sizes per round, tokens generated)."""
        model = self._model(Language(language))
        units = [sentence.text for sentence in segment(text, language)]
        document_sentences = len(units)
        if not units or not lengths:
            return [Summary(()) for _ in lengths], MapReduceTrace(model.window)

        rounds: list[tuple[int, ...]] = []
        chunks = model.pack(units)
        while len(chunks) > 1 and len(rounds) < MAX_ROUNDS:
            partials, sizes = [], []
            for start in range(0, len(chunks), self.batch_size):
                texts, read, _ = self._generate(model, chunks[start:start + self.batch_size],
                                                self._map_budget(model))
                partials += texts
                sizes += read
            rounds.append(tuple(sizes))
            units = [s for partial in partials for s in split_sentences(partial, language)]
            chunks = model.pack(units)
        if len(chunks) > 1:
            log.warning("text still %d windows long after %d map rounds: cut at the window",
                        len(chunks), MAX_ROUNDS)

        # Longest first: each shorter summary is written from the one after it.
        budgets = [self.short] * (len(lengths) - 1) + [self.long]
        source = " ".join(chunks)
        summaries: list[Summary] = []
        produced: list[int] = []
        for length, budget in reversed(list(zip(lengths, budgets, strict=True))):
            [written], _, [count] = self._generate(model, [source], budget)
            sentences = _fit(split_sentences(written, language), length, document_sentences)
            summaries.append(Summary(sentences))
            produced.append(count)
            source = " ".join(sentences) or source
        summaries.reverse()
        produced.reverse()
        return summaries, MapReduceTrace(model.window, tuple(rounds), tuple(produced))

    def _map_budget(self, model: _Model) -> TokenBudget:
        """The long budget, capped at a quarter window so that every map round shrinks the text."""
        most = max(1, min(self.long.max_new_tokens, model.room // 4))
        return TokenBudget(min(self.long.min_new_tokens, most), most)

    def _generate(self, model: _Model, texts: Sequence[str], budget: TokenBudget
                  ) -> tuple[list[str], list[int], list[int]]:
        return model.generate(texts, budget, self.num_beams, self.no_repeat_ngram_size)

    def _model(self, language: Language) -> _Model:
        from .local import require_local, resolve_device

        spec = self.models.get(language)
        if spec is None:
            configured = ", ".join(code.value for code in self.models) or "none"
            raise UnsupportedLanguageError(
                f"no abstractive summarization model for {language.english_name} "
                f"({language.value}); configured: {configured}. Use the extractive method, or "
                "summarize in a configured language and translate the summary"
            )
        if language not in self._loaded:
            path = require_local(_lookup_spec(spec), f"summary-{language.value}")
            self._loaded[language] = _load(spec, path, resolve_device(self.device))
        return self._loaded[language]


def _lookup_spec(spec: SummaryModelSpec) -> Any:
    """The translation-style `ModelSpec` that `local.local_model_dir` knows how to find."""
    from .config import ModelSpec

    return ModelSpec(spec.model, spec.revision)


# --- the model: tokens in, tokens out -------------------------------------------------------------


@dataclass
class _Model:
    """A loaded tokenizer + seq2seq model, with the window its inputs must fit in."""

    spec: SummaryModelSpec
    tokenizer: Any
    model: Any
    device: str
    window: int
    max_output: int  # decoder positions (learned position embeddings end somewhere; T5's do not)
    overhead: int = field(init=False)  # tokens of the prefix and special tokens in every input

    def __post_init__(self) -> None:
        prefix = len(self.tokenizer(self.spec.prefix, add_special_tokens=False)["input_ids"])
        self.overhead = prefix + self.tokenizer.num_special_tokens_to_add()

    @property
    def room(self) -> int:
        """Tokens of text one chunk may hold."""
        return max(1, self.window - self.overhead - _SLACK)

    def count(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in
                self.tokenizer(list(texts), add_special_tokens=False)["input_ids"]]

    def pack(self, units: Sequence[str]) -> list[str]:
        """Join sentences into as few chunks as fit the window, in order.

        A sentence longer than the window is split between words; a single word longer than the
        window (no real text has one) is cut by the tokenizer's truncation.
        """
        if not units:
            return []
        pieces: list[str] = []
        counts: list[int] = []
        for unit, size in zip(units, self.count([" " + u for u in units]), strict=True):
            if size <= self.room:
                pieces.append(unit)
                counts.append(size)
                continue
            words = unit.split()
            word_sizes = self.count([" " + word for word in words])
            for group in _greedy(words, word_sizes, self.room):
                pieces.append(" ".join(words[i] for i in group))
                counts.append(sum(word_sizes[i] for i in group))
        return [" ".join(pieces[i] for i in group) for group in _greedy(pieces, counts, self.room)]

    def generate(self, texts: Sequence[str], budget: TokenBudget, num_beams: int,
                 no_repeat_ngram_size: int) -> tuple[list[str], list[int], list[int]]:
        """Summaries of `texts` in one batched call, with the tokens read and written per text."""
        import torch

        inputs = [self.spec.prefix + text for text in texts]
        specials = self.tokenizer.num_special_tokens_to_add()
        read = [size + specials for size in self.count(inputs)]  # before truncation, if any
        batch = self.tokenizer(inputs, padding=True, truncation=True, max_length=self.window,
                               return_tensors="pt").to(self.device)
        with torch.inference_mode():
            output = self.model.generate(
                **batch,
                num_beams=num_beams,
                no_repeat_ngram_size=no_repeat_ngram_size,
                min_new_tokens=budget.min_new_tokens,
                max_new_tokens=min(budget.max_new_tokens, self.max_output),
                do_sample=False,
            )
        pad = self.tokenizer.pad_token_id
        written = [int((row[1:] != pad).sum()) for row in output]  # row[0]: decoder start
        texts_out = [" ".join(t.split()) for t in
                     self.tokenizer.batch_decode(output, skip_special_tokens=True)]
        return texts_out, read, written


def _load(spec: SummaryModelSpec, path: Path, device: str) -> _Model:
    """Load the model in `path` (the first summary pays for it, not the import)."""
    from .local import load_pretrained

    report("load", spec.model)  # cached afterwards: reported the first time only
    tokenizer, model = load_pretrained(spec.model, path, device, "AutoTokenizer",
                                       "AutoModelForSeq2SeqLM", "abstractive summaries")
    # Our budgets replace the checkpoint's own min/max length (bart-large-cnn: 56 / 142 tokens);
    # clearing them also stops transformers warning on every call that both are set.
    model.generation_config.min_length = None
    model.generation_config.max_length = None
    positions = getattr(model.config, "max_position_embeddings", None)
    return _Model(spec, tokenizer, model, device, _window(model.config, tokenizer, spec),
                  positions - 2 if positions else 10**6)


def _window(config: Any, tokenizer: Any, spec: SummaryModelSpec) -> int:
    """The most input tokens the model takes: positions it has, the tokenizer's stated limit."""
    limits = [
        getattr(config, "max_position_embeddings", None),
        getattr(config, "n_positions", None),
        tokenizer.model_max_length if tokenizer.model_max_length < _NO_LIMIT else None,
        spec.max_input_tokens,
    ]
    found = [limit for limit in limits if isinstance(limit, int) and limit > 0]
    return min(found) if found else DEFAULT_WINDOW


# --- pure steps ---------------------------------------------------------------------------------


def _greedy(items: Sequence[str], sizes: Sequence[int], room: int) -> list[list[int]]:
    """Indices of `items` grouped in order, each group's sizes summing to at most `room`."""
    groups: list[list[int]] = []
    total = 0
    for index, size in enumerate(sizes):
        if groups and total + size <= room:
            groups[-1].append(index)
            total += size
        else:
            groups.append([index])
            total = size
    return groups


def _fit(sentences: Sequence[str], length: Length, document_sentences: int) -> tuple[str, ...]:
    """Whole sentences, in order, within the length's sentence and word limits.

    A first sentence longer than the word limit is cut at the limit: a summary is never empty
    while the model wrote something.
    """
    most = len(sentences)
    if length.sentences is not None:
        most = min(most, length.sentences)
    if length.ratio is not None:
        most = min(most, max(1, math.ceil(length.ratio * document_sentences)))
    words_left = length.words if length.words is not None else math.inf
    kept: list[str] = []
    for sentence in sentences[:most]:
        size = len(sentence.split())
        if size > words_left:
            break
        kept.append(sentence)
        words_left -= size
    if not kept and sentences and length.words is not None:
        kept = [" ".join(sentences[0].split()[:length.words])]
    return tuple(kept)
