"""Abstractive summaries on tiny random seq2seq models in the layout of the real checkpoints.

The models are real `BartForConditionalGeneration` (English, byte-level BPE) and
`T5ForConditionalGeneration` (Russian, SentencePiece) objects built in the session by
benchmarks/make_models.py and loaded through `AutoTokenizer` / `AutoModelForSeq2SeqLM` like the
published ones. Their words are gibberish, so the tests check structure: chunks that fit the window,
map rounds that shrink the text, budgets, the short summary written from the long one, errors.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from summarizer import Language, Length, ModelError, UnsupportedLanguageError
from summarizer.abstractive import (
    AbstractiveSummarizer,
    SummaryModelSpec,
    TokenBudget,
    _fit,
)
from summarizer.config import DEFAULT_CONFIG, load_settings

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "benchmarks" / "data" / "summaries" / "en"

# Small budgets: random weights never stop early, so every summary is as long as its budget.
SHORT = TokenBudget(4, 16)
LONG = TokenBudget(16, 48)
BATCH = 8


@pytest.fixture(scope="module")
def summary_models(tmp_path_factory: pytest.TempPathFactory, make_models) -> dict[str, Path]:
    for package in ("transformers", "sentencepiece", "tokenizers"):
        pytest.importorskip(package, reason="abstractive summaries need the [translate] extra")
    return make_models.build_summary_models(tmp_path_factory.mktemp("summary-models"))


@pytest.fixture(scope="module")
def summarizer(summary_models: dict[str, Path]) -> AbstractiveSummarizer:
    return AbstractiveSummarizer(
        {
            "en": SummaryModelSpec(str(summary_models["en"])),
            "ru": SummaryModelSpec(str(summary_models["ru"]), prefix="summarize: "),
        },
        short=SHORT, long=LONG, batch_size=BATCH,
    )


@pytest.fixture(scope="module")
def presets() -> list[Length]:
    lengths = load_settings(DEFAULT_CONFIG).summary.lengths
    return [lengths.short, lengths.long]


@pytest.fixture(scope="module")
def long_article() -> str:
    """Benchmark articles joined until the text passes 3,000 words."""
    parts: list[str] = []
    for path in sorted(ARTICLES.glob("[0-9][0-9].txt")):
        parts.append(path.read_text(encoding="utf-8"))
        if sum(len(part.split()) for part in parts) >= 3000:
            return "\n\n".join(parts)
    pytest.skip("the English benchmark articles hold fewer than 3,000 words")


@pytest.fixture()
def generate_calls(summarizer: AbstractiveSummarizer, monkeypatch: pytest.MonkeyPatch):
    """Record every `generate` call of the real English model: (input ids, output ids)."""
    model = summarizer._model(Language.ENGLISH).model
    original = model.generate
    calls: list[tuple] = []

    def recording(*args, **kwargs):
        output = original(*args, **kwargs)
        calls.append((kwargs["input_ids"], output, kwargs))
        return output

    monkeypatch.setattr(model, "generate", recording)
    return calls


# --- the tiny models ----------------------------------------------------------------------------


def test_tiny_models_have_the_files_of_the_real_repos(summary_models: dict[str, Path]) -> None:
    common = {"config.json", "generation_config.json", "model.safetensors", "tokenizer_config.json"}
    assert common | {"vocab.json", "merges.txt"} == {p.name for p in summary_models["en"].iterdir()}
    assert common | {"spiece.model"} == {p.name for p in summary_models["ru"].iterdir()}


def test_tiny_models_load_like_the_published_ones(summary_models: dict[str, Path]) -> None:
    from transformers import AutoModelForSeq2SeqLM

    kinds = {language: type(AutoModelForSeq2SeqLM.from_pretrained(str(folder),
                                                                  local_files_only=True)).__name__
             for language, folder in summary_models.items()}
    assert kinds == {"en": "BartForConditionalGeneration", "ru": "T5ForConditionalGeneration"}


# --- map-reduce ---------------------------------------------------------------------------------


def test_long_article_is_summarized_chunk_by_chunk_then_reduced(
        summarizer, presets, long_article, generate_calls) -> None:
    summaries, trace = summarizer.summarize_with_trace(long_article, Language.ENGLISH, presets)
    first_round = trace.rounds[0]
    assert len(first_round) >= 5  # ~7,000 tokens in a 512-token window
    assert all(size <= trace.window for chunks in trace.rounds for size in chunks)
    # each round shrinks the text; the last one leaves a text that fits one window
    assert [len(chunks) for chunks in trace.rounds] == sorted(
        (len(chunks) for chunks in trace.rounds), reverse=True)
    map_calls = sum(math.ceil(len(chunks) / BATCH) for chunks in trace.rounds)
    assert len(generate_calls) == map_calls + 2  # the map batches, then long, then short
    assert [ids.shape[0] for ids, _, _ in generate_calls[:math.ceil(len(first_round) / BATCH)]
            ] == [min(BATCH, len(first_round) - start)
                  for start in range(0, len(first_round), BATCH)]
    assert all(ids.shape[1] <= trace.window for ids, _, _ in generate_calls)
    assert all(summary.text for summary in summaries)


def test_a_text_that_fits_the_window_needs_no_map_round(summarizer, presets,
                                                        generate_calls) -> None:
    text = (ROOT / "examples" / "news_en.txt").read_text(encoding="utf-8").split("\n\n")
    _, trace = summarizer.summarize_with_trace("\n\n".join(text[:3]), Language.ENGLISH, presets)
    assert trace.rounds == ()
    assert len(generate_calls) == 2


def test_a_sentence_longer_than_the_window_is_split_between_words(summarizer) -> None:
    model = summarizer._model(Language.ENGLISH)
    endless = " ".join(f"word{i} and more" for i in range(600))  # no sentence end at all
    chunks = model.pack(["A short opening sentence.", endless, "A closing sentence."])
    assert len(chunks) >= 3
    assert " ".join(chunks).split() == ["A", "short", "opening", "sentence.", *endless.split(),
                                        "A", "closing", "sentence."]
    sizes = model.count(chunks)
    assert max(sizes) + model.overhead <= model.window


# --- lengths ------------------------------------------------------------------------------------


def test_both_summaries_are_non_empty_and_within_their_token_budgets(
        summarizer, presets, generate_calls) -> None:
    text = (ROOT / "examples" / "news_en.txt").read_text(encoding="utf-8")
    (short, long), trace = summarizer.summarize_with_trace(text, Language.ENGLISH, presets)
    assert short.text and long.text
    short_tokens, long_tokens = trace.output_tokens
    assert SHORT.min_new_tokens <= short_tokens <= SHORT.max_new_tokens
    assert LONG.min_new_tokens <= long_tokens <= LONG.max_new_tokens
    # the model's own output, not our count: decoder start + at most max_new_tokens
    (_, long_output, _), (_, short_output, _) = generate_calls[-2:]
    assert long_output.shape[1] - 1 <= LONG.max_new_tokens
    assert short_output.shape[1] - 1 <= SHORT.max_new_tokens


def test_short_summary_is_written_from_the_long_summary(summarizer, presets,
                                                        generate_calls) -> None:
    text = (ROOT / "examples" / "news_en.txt").read_text(encoding="utf-8")
    short, long = summarizer.summarize(text, Language.ENGLISH, presets)
    tokenizer = summarizer._model(Language.ENGLISH).tokenizer
    short_input, _, short_options = generate_calls[-1]
    assert short_input[0].tolist() == tokenizer(long.text)["input_ids"]
    assert short_options["max_new_tokens"] == SHORT.max_new_tokens


def test_length_caps_keep_whole_sentences_within_the_limits() -> None:
    sentences = ["One two three.", "Four five six seven.", "Eight nine."]
    assert _fit(sentences, Length(sentences=2), 10) == tuple(sentences[:2])
    assert _fit(sentences, Length(words=8), 10) == tuple(sentences[:2])
    assert _fit(sentences, Length(ratio=0.1), 10) == tuple(sentences[:1])
    assert _fit(sentences, Length(words=2), 10) == ("One two",)  # never empty


def test_a_budget_must_allow_what_it_asks_for() -> None:
    with pytest.raises(ValueError, match="min_new_tokens"):
        TokenBudget(50, 10)


# --- languages and models -----------------------------------------------------------------------


def test_same_input_gives_the_same_summaries(summarizer, presets) -> None:
    text = (ROOT / "examples" / "news_ru.txt").read_text(encoding="utf-8")
    first = summarizer.summarize(text, Language.RUSSIAN, presets)
    second = summarizer.summarize(text, Language.RUSSIAN, presets)
    assert first == second
    assert all(summary.text for summary in first)


def test_prefix_is_given_to_the_model_with_every_chunk(summarizer, presets,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    model = summarizer._model(Language.RUSSIAN)
    inputs: list[str] = []
    original = model.model.generate

    def recording(*args, **kwargs):
        inputs.extend(model.tokenizer.batch_decode(kwargs["input_ids"], skip_special_tokens=True))
        return original(*args, **kwargs)

    monkeypatch.setattr(model.model, "generate", recording)
    text = (ROOT / "examples" / "news_ru.txt").read_text(encoding="utf-8")
    summarizer.summarize(text, "ru", presets)
    assert inputs and all(text.startswith("summarize:") for text in inputs)


def test_supports_and_available_tell_configured_from_downloaded(summarizer) -> None:
    missing = AbstractiveSummarizer({"en": SummaryModelSpec("summarizer-tests/no-such-model")})
    assert summarizer.supports("en") and summarizer.available(Language.ENGLISH)
    assert not summarizer.supports("kk") and not summarizer.available("kk")
    assert missing.supports("en") and not missing.available("en")


def test_a_model_not_downloaded_is_a_model_error_naming_the_download_command(presets) -> None:
    missing = AbstractiveSummarizer({"en": SummaryModelSpec("summarizer-tests/no-such-model")})
    with pytest.raises(ModelError, match=r"summarizer-tests/no-such-model.*"
                                         r"summarizer models download summary-en"):
        missing.summarize("Some text to summarize here.", Language.ENGLISH, presets)


def test_a_language_without_a_model_is_refused_with_the_alternatives(summarizer, presets) -> None:
    with pytest.raises(UnsupportedLanguageError, match="Kazakh.*configured: en, ru.*extractive"):
        summarizer.summarize("Бүгін жиын өтті.", Language.KAZAKH, presets)


def test_load_reports_seconds_and_loads_once(summarizer) -> None:
    summarizer.load("en")
    assert summarizer.load("en") < 0.5  # cached for the process


def test_built_from_the_settings_section_it_reads_every_field() -> None:
    from types import SimpleNamespace

    section = SimpleNamespace(
        models={"en": SummaryModelSpec("/nowhere")}, device="cpu", num_beams=2,
        no_repeat_ngram_size=4, batch_size=3,
        lengths=SimpleNamespace(short=TokenBudget(1, 8), long=TokenBudget(8, 64)))
    built = AbstractiveSummarizer.from_settings(section)
    assert (built.short, built.long) == (TokenBudget(1, 8), TokenBudget(8, 64))
    assert (built.num_beams, built.no_repeat_ngram_size, built.batch_size, built.device) == (
        2, 4, 3, "cpu")
    assert built.supports(Language.ENGLISH) and not built.available("en")
