"""Build random-weight Marian translation models in the exact Helsinki-NLP OPUS-MT file layout.

No machine of this project reaches the Hugging Face hub, so tests and benchmarks translate with
models built here: real `MarianMTModel` and `MarianTokenizer` objects, saved with the files an
OPUS-MT repo holds (config.json, generation_config.json, model.safetensors, source.spm, target.spm,
vocab.json, tokenizer_config.json), loadable with the same `from_pretrained` calls users run.

One unigram SentencePiece model is trained in-process on text this project wrote itself (examples
and benchmark data in English, Russian, Kazakh and their neighbours) and shared by every direction,
so every model can tokenize every language. Weights are random: the output is gibberish, but it is
gibberish that depends on the input, which is what the pipeline's tests need.

    python benchmarks/make_models.py --shape tiny --out /tmp/models
    python benchmarks/make_models.py --shape auto --out /tmp/real --directions en-ru,kk-en
    python benchmarks/make_models.py --shape base --out /tmp/opus --directions en-ru

`--shape tiny` (d_model 32, 2+2 layers, ~1k vocab) builds all directions in seconds. The two real
shapes are for speed and memory benchmarks: `base` (alias `opus`) is plain opus-mt-xx-yy (d_model
512, 6+6 layers, 8 heads, ~62k vocab, ~77M parameters, ~300 MB per direction); `tc-big` is
opus-mt-tc-big-* and opus-mt-tc-bible-big-* (d_model 1024, 6+6 layers, 16 heads, FFN 4096, 57k
shared vocab holding many `>>xxx<<` target tokens, 1,024 positions, ~240M parameters, ~950 MB).
`auto` gives each direction the shape its configured model really has (`shape_of`).
`DIR/models.yaml` is the source configuration with each built direction's `model:` pointing at
`./<direction>`; point SUMMARIZER_MODELS at it.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import sys
import tempfile
import time
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

#: Our own text, never anything downloaded: the examples and the benchmark data.
#: The SentencePiece training text: a fixed set, so the tiny test models stay the same models
#: when the evaluation data grows (articles 01-10 of the summary set, not the held-out ones).
TEXT_GLOBS = (
    "examples/*.txt",
    "benchmarks/data/summaries/*/0[1-9]*.txt",
    "benchmarks/data/summaries/*/10.txt",  # not "10*": that takes in 100 and up as they come
    "benchmarks/data/summaries/*/10.*.txt",
    "benchmarks/data/detect/*.txt",
)


def _transformer(d_model: int, layers: int, heads: int, ffn: int, **extra: float) -> dict:
    """MarianConfig keywords for a symmetric encoder-decoder: `layers` each side."""
    return dict(
        d_model=d_model,
        encoder_layers=layers,
        decoder_layers=layers,
        encoder_attention_heads=heads,
        decoder_attention_heads=heads,
        encoder_ffn_dim=ffn,
        decoder_ffn_dim=ffn,
        **extra,
    )


#: Target-language tokens of the real multi-target vocabularies (tc-big zle, tc-bible-big trk and
#: deu_eng_fra_por_spa): each sits in the vocabulary as one token, as in the released models.
TC_BIG_TARGET_TOKENS = (
    ">>bel<<", ">>rus<<", ">>ukr<<", ">>rue<<", ">>orv<<",
    ">>deu<<", ">>eng<<", ">>fra<<", ">>por<<", ">>spa<<",
    ">>aze_Latn<<", ">>bak<<", ">>chv<<", ">>crh<<", ">>kaz<<", ">>kaz_Cyrl<<", ">>kaz_Latn<<",
    ">>kir_Cyrl<<", ">>tat<<", ">>tuk<<", ">>tur<<", ">>uig_Arab<<", ">>uzb_Latn<<", ">>uzb_Cyrl<<",
    ">>sah<<", ">>tyv<<",
)

#: Model shapes. `init_std=0.5` for tiny because with the default 0.02 a random model emits the
#: same output for every input (FIELD_NOTES). `vocab_size` is what vocab.json is padded to with
#: filler before the >>xx<< tokens and <pad>; None: no filler. `target_tokens`: put in every
#: direction's vocabulary besides its configured one. Beams and max_length are the real ones.
SHAPES = {
    # Random weights never emit </s>, so every output runs to generation_config.max_length: the
    # tiny shape lowers it from the real 512 to keep tests fast (the translator honours it).
    "tiny": {"model": _transformer(32, 2, 2, 64, init_std=0.5), "spm_vocab": 1000, "vocab_size": None,
             "max_length": 48, "positions": 512, "target_tokens": ()},
    # The real OPUS-MT base shape (en-ru: vocab 62,518). Our text yields ~12k pieces of the 60k
    # asked for; filler makes the embedding and output layer their real size.
    "base": {"model": _transformer(512, 6, 8, 2048, activation_function="swish"),
             "spm_vocab": 60_000, "vocab_size": 62_000, "max_length": 512, "positions": 512,
             "target_tokens": ()},
    # The real tc-big shape (opus-mt-tc-big-en-zle: vocab 57,186, shared embeddings, relu,
    # 1,024 positions; tc-bible-big the same layout with a 55-60k vocabulary).
    "tc-big": {"model": _transformer(1024, 6, 16, 4096, activation_function="relu"),
               "spm_vocab": 60_000, "vocab_size": 57_000, "max_length": 512, "positions": 1024,
               "target_tokens": TC_BIG_TARGET_TOKENS},
}
SHAPES["opus"] = SHAPES["base"]  # the name earlier benchmarks and notes use
#: `--shape` choices: a shape for every direction, or `auto` (each direction's real one).
SHAPE_CHOICES = ("auto", *SHAPES)


def shape_of(model_id: str) -> str:
    """The shape of a configured model id: tc-big for the opus-mt-tc-big-* and
    opus-mt-tc-bible-big-* families, base for every other (plain opus-mt-xx-yy) model."""
    name = model_id.rsplit("/", 1)[-1].lower()
    return "tc-big" if name.startswith(("opus-mt-tc-big", "opus-mt-tc-bible-big")) else "base"


def resolve_shape(shape: str, model_id: str) -> str:
    """`shape` itself, or with `auto` the shape of `model_id` (see `shape_of`)."""
    if shape == "auto":
        return shape_of(model_id)
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}; choices: {', '.join(SHAPE_CHOICES)}")
    return shape

PAD = "<pad>"
NUM_BEAMS = 4  # what real OPUS-MT generation configs say (some say 6)
MAX_LENGTH = 512


def corpus_lines(root: Path = ROOT) -> list[str]:
    """Return the non-empty lines of every text file the project wrote itself, in a stable order."""
    files = sorted({path for pattern in TEXT_GLOBS for path in root.glob(pattern)})
    lines = [
        line.strip()
        for path in files
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if not lines:
        raise FileNotFoundError(f"no training text found under {root} ({', '.join(TEXT_GLOBS)})")
    return lines


def train_sentencepiece(lines: Sequence[str], vocab_size: int) -> bytes:
    """Train a unigram SentencePiece model in memory and return its serialized bytes.

    Ids follow OPUS-MT: `</s>` is 0, `<unk>` is 1, no BOS and no pad piece (Marian's `<pad>` lives
    only in vocab.json). `hard_vocab_limit=False` lets `vocab_size` be an upper bound, so a small
    text gives as many pieces as it can instead of failing.
    """
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        model_type="unigram",
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=1.0,
        eos_id=0,
        unk_id=1,
        bos_id=-1,
        pad_id=-1,
        max_sentence_length=16_384,
        minloglevel=2,  # quiet: only errors
    )
    return model.getvalue()


def spm_pieces(model_bytes: bytes) -> list[str]:
    """Return the pieces of a serialized SentencePiece model in id order."""
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=model_bytes)
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def build_vocab(
    pieces: Sequence[str], target_tokens: Sequence[str], size: int | None
) -> dict[str, int]:
    """Return vocab.json's token→id map: pieces, filler up to `size`, target tokens, <pad> last."""
    tokens = list(pieces)
    known = set(tokens)
    counter = 0
    while size is not None and len(tokens) < size:
        counter += 1
        filler = f"▁x{counter:05d}"
        if filler not in known:
            tokens.append(filler)
    tokens += [token for token in target_tokens if token not in known]
    tokens.append(PAD)
    return {token: index for index, token in enumerate(tokens)}


def marian_config(vocab_size: int, shape: str) -> Any:
    """The `MarianConfig` of a direction of `shape`: `<pad>` (the last id) starts decoding and
    `</s>` (id 0) ends it; embeddings shared between encoder, decoder and output, as in OPUS-MT."""
    from transformers import MarianConfig

    pad = vocab_size - 1
    return MarianConfig(
        vocab_size=vocab_size,
        decoder_vocab_size=vocab_size,
        pad_token_id=pad,
        decoder_start_token_id=pad,
        eos_token_id=0,
        forced_eos_token_id=0,
        bos_token_id=0,
        max_position_embeddings=SHAPES[shape]["positions"],
        share_encoder_decoder_embeddings=True,
        scale_embedding=True,
        **{"activation_function": "swish", **SHAPES[shape]["model"]},
    )


def generation_config(vocab_size: int, shape: str) -> Any:
    """The generation settings OPUS-MT repos ship: beam 4, `<pad>` banned, max_length 512."""
    from transformers import GenerationConfig

    pad = vocab_size - 1
    return GenerationConfig(
        bad_words_ids=[[pad]],
        bos_token_id=0,
        decoder_start_token_id=pad,
        eos_token_id=0,
        forced_eos_token_id=0,
        max_length=SHAPES[shape]["max_length"],
        num_beams=NUM_BEAMS,
        pad_token_id=pad,
    )


def write_tokenizer(out: Path, spm_bytes: bytes, vocab: dict[str, int]) -> None:
    """Write the tokenizer files of an OPUS-MT repo (source/target.spm, vocab.json, config)."""
    from transformers import MarianTokenizer

    with tempfile.TemporaryDirectory() as staging:
        spm_path = Path(staging) / "source.spm"
        vocab_path = Path(staging) / "vocab.json"
        spm_path.write_bytes(spm_bytes)
        vocab_path.write_text(json.dumps(vocab, ensure_ascii=False, indent=2), encoding="utf-8")
        tokenizer = MarianTokenizer(str(spm_path), str(spm_path), str(vocab_path))
        tokenizer.save_pretrained(out)


def build_direction(
    out: Path, spm_bytes: bytes, vocab: dict[str, int], shape: str, seed: int
) -> tuple[int, int]:
    """Write one OPUS-MT-layout model folder at `out`; return (vocab size, parameter count).

    A folder already at `out` is replaced, so no file of an earlier build is left behind.
    """
    import torch
    from transformers import MarianMTModel

    size = len(vocab)
    if out.exists():
        shutil.rmtree(out)
    write_tokenizer(out, spm_bytes, vocab)
    torch.manual_seed(seed)
    model = MarianMTModel(marian_config(size, shape))
    model.generation_config = generation_config(size, shape)
    model.save_pretrained(out)
    return size, model.num_parameters()


#: Small generation budgets for the tiny summarization models: random weights never stop early.
TINY_SUMMARY_LENGTHS = {"short": {"min_new_tokens": 4, "max_new_tokens": 16},
                        "long": {"min_new_tokens": 16, "max_new_tokens": 48}}


def write_settings(out_dir: Path, source: Path, built: dict,
                   summaries: dict[str, Path] | None = None) -> Path:
    """Write `out_dir/models.yaml`: the source file's settings, models pointing at `./<direction>`.

    Only the directions in `built` (direction → ModelSpec) are listed, so every model path exists;
    with `summaries` (language → folder), summary.abstractive lists those models too.
    """
    import yaml

    data = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    models = {}
    for direction, spec in built.items():
        entry = {"model": f"./{direction}", "revision": "main"}
        if spec.target_token is not None:
            entry["target_token"] = spec.target_token
        models[direction] = entry
    data.setdefault("translation", {})["models"] = models
    abstractive = data.setdefault("summary", {}).setdefault("abstractive", {})
    abstractive["models"] = {
        language: {"model": f"./{folder.name}", "revision": "main",
                   **({"prefix": "summarize: "} if SUMMARY_SHAPES[language]["kind"] == "t5"
                      else {})}
        for language, folder in (summaries or {}).items()
    }
    if summaries:
        abstractive["lengths"] = TINY_SUMMARY_LENGTHS
    path = out_dir / "models.yaml"
    header = f"# Generated by benchmarks/make_models.py from {source}: random-weight models.\n"
    path.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
    return path


def direction_tokens(target_token: str | None, shape: str) -> list[str]:
    """The `>>xxx<<` tokens of one direction's vocabulary: its configured one, then the shape's."""
    first = [target_token] if target_token else []
    return first + [token for token in SHAPES[shape]["target_tokens"] if token not in first]


def build_models(
    out_dir: str | Path,
    shape: str = "tiny",
    config: str | Path | None = None,
    directions: Sequence[str] | None = None,
    verbose: bool = False,
    summaries: bool | None = None,
) -> Path:
    """Build a model folder per translation direction under `out_dir`; return its models.yaml.

    `summaries` (default: only for the tiny shape) also builds the tiny summarization models
    (`build_summary_models`) and lists them under summary.abstractive in the models.yaml.
    `shape` is one of SHAPE_CHOICES; `auto` gives each direction its configured model's shape.

    Directions come from `config` (default: the project's models.yaml, never SUMMARIZER_MODELS,
    which may point at a generated file); `directions` builds only some of them. Each direction
    gets its own torch seed, so two directions translate differently.
    """
    from summarizer.config import DEFAULT_CONFIG, load_settings

    if shape not in SHAPE_CHOICES:
        raise ValueError(f"unknown shape {shape!r}; choices: {', '.join(SHAPE_CHOICES)}")
    started = time.perf_counter()
    settings = load_settings(config or DEFAULT_CONFIG)
    specs = dict(settings.translation.models)
    if directions is not None:
        unknown = [d for d in directions if d not in specs]
        if unknown:
            raise ValueError(
                f"direction {unknown[0]!r} is not in {settings.path}; choices: {', '.join(specs)}"
            )
        specs = {d: specs[d] for d in directions}
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    shapes = {direction: resolve_shape(shape, spec.model) for direction, spec in specs.items()}
    trained: dict[int, tuple[bytes, list[str]]] = {}  # one SentencePiece model per size asked
    for direction, spec in specs.items():
        wanted = SHAPES[shapes[direction]]
        if wanted["spm_vocab"] not in trained:
            spm_bytes = train_sentencepiece(corpus_lines(), wanted["spm_vocab"])
            trained[wanted["spm_vocab"]] = (spm_bytes, spm_pieces(spm_bytes))
        spm_bytes, pieces = trained[wanted["spm_vocab"]]
        vocab = build_vocab(pieces, direction_tokens(spec.target_token, shapes[direction]),
                            wanted["vocab_size"])
        seed = zlib.crc32(direction.encode())
        size, params = build_direction(out_dir / direction, spm_bytes, vocab, shapes[direction],
                                       seed)
        if verbose:
            print(f"{out_dir / direction}: {shapes[direction]} shape, vocab {size:,}, "
                  f"{params:,} parameters", flush=True)

    if summaries is None:
        summaries = shape == "tiny"
    summary_models = build_summary_models(out_dir) if summaries else {}
    path = write_settings(out_dir, settings.path, specs, summary_models)
    load_settings(path)  # the generated file must pass the same validation as the real one
    if verbose:
        seconds = time.perf_counter() - started
        print(f"{path}: {len(specs)} directions, {shape} shape, {seconds:.1f} s in all")
    return path


# --- summarization models -----------------------------------------------------------------------

#: Tiny seq2seq shapes in the file layout of the real summarization repos. English is BART-shaped
#: like sshleifer/distilbart-cnn-12-6 (byte-level BPE: vocab.json + merges.txt); Russian is
#: T5-shaped like IlyaGusev/rut5_base_sum_gazeta (SentencePiece unigram: spiece.model). Both
#: tokenizers are trained here on our own text. `window` is the input limit in tokens (BART's real
#: one is 1024): a 3,000-word article is ~7,000 tokens of this small vocabulary, ~15 windows.
SUMMARY_SHAPES = {
    "en": {"kind": "bart", "vocab": 4000, "window": 512},
    "ru": {"kind": "t5", "vocab": 1000, "window": 512},
}


def build_summary_models(out_dir: str | Path, languages: Sequence[str] = ("en", "ru"),
                         seed: int = 0) -> dict[str, Path]:
    """Write a tiny random summarization model per language under `out_dir/summary-<lang>`.

    They load with `AutoTokenizer` / `AutoModelForSeq2SeqLM.from_pretrained` exactly as the real
    checkpoints do. Random weights rarely emit `</s>`, so every output runs to the
    `max_new_tokens` the summarizer asks for: tests stay fast by asking for little.
    """
    unknown = [language for language in languages if language not in SUMMARY_SHAPES]
    if unknown:
        raise ValueError(f"no summary model shape for {unknown[0]!r}; choices: "
                         f"{', '.join(SUMMARY_SHAPES)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = corpus_lines()
    built = {}
    for language in languages:
        shape = SUMMARY_SHAPES[language]
        folder = out_dir / f"summary-{language}"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        build = _build_bart if shape["kind"] == "bart" else _build_t5
        build(folder, lines, shape["vocab"], shape["window"], seed + zlib.crc32(language.encode()))
        built[language] = folder
    return built


def _build_bart(folder: Path, lines: Sequence[str], vocab_size: int, window: int,
                seed: int) -> None:
    """BART with a byte-level BPE tokenizer, generation settings as in facebook/bart-large-cnn."""
    import torch
    from tokenizers import ByteLevelBPETokenizer
    from transformers import BartConfig, BartForConditionalGeneration, GenerationConfig

    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(lines, vocab_size=vocab_size, min_frequency=2, show_progress=False,
                            special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"])
    bpe.save_model(str(folder))  # vocab.json + merges.txt, as the real repos hold them
    (folder / "tokenizer_config.json").write_text(json.dumps(
        {"tokenizer_class": "BartTokenizer", "model_max_length": window}, indent=2), "utf-8")
    config = BartConfig(
        vocab_size=bpe.get_vocab_size(), max_position_embeddings=window,
        bos_token_id=0, pad_token_id=1, eos_token_id=2, decoder_start_token_id=2,
        forced_bos_token_id=0, forced_eos_token_id=2, init_std=0.5,
        **_transformer(32, 2, 2, 64),
    )
    torch.manual_seed(seed)
    model = BartForConditionalGeneration(config)
    model.generation_config = GenerationConfig(
        bos_token_id=0, pad_token_id=1, eos_token_id=2, decoder_start_token_id=2,
        forced_bos_token_id=0, forced_eos_token_id=2, num_beams=NUM_BEAMS, length_penalty=2.0,
        min_length=56, max_length=142, no_repeat_ngram_size=3, early_stopping=True,
    )
    model.save_pretrained(folder)


def _build_t5(folder: Path, lines: Sequence[str], vocab_size: int, window: int,
              seed: int) -> None:
    """T5 with a SentencePiece unigram model (ids: <pad> 0, </s> 1, <unk> 2), as T5 repos have."""
    import sentencepiece as spm
    import torch
    from transformers import GenerationConfig, T5Config, T5ForConditionalGeneration

    model_bytes = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=model_bytes, model_type="unigram",
        vocab_size=vocab_size, hard_vocab_limit=False, character_coverage=1.0,
        pad_id=0, eos_id=1, unk_id=2, bos_id=-1, max_sentence_length=16_384, minloglevel=2,
    )
    (folder / "spiece.model").write_bytes(model_bytes.getvalue())
    (folder / "tokenizer_config.json").write_text(json.dumps(
        {"tokenizer_class": "T5Tokenizer", "model_max_length": window, "extra_ids": 0,
         "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>"}, indent=2), "utf-8")
    size = spm.SentencePieceProcessor(model_proto=model_bytes.getvalue()).get_piece_size()
    config = T5Config(
        vocab_size=size, d_model=32, d_kv=16, d_ff=64, num_layers=2, num_decoder_layers=2,
        num_heads=2, pad_token_id=0, eos_token_id=1, decoder_start_token_id=0,
        initializer_factor=1.0,
    )
    torch.manual_seed(seed)
    model = T5ForConditionalGeneration(config)
    model.generation_config = GenerationConfig(pad_token_id=0, eos_token_id=1,
                                               decoder_start_token_id=0)
    model.save_pretrained(folder)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: parse the arguments, build, print one line per direction."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", choices=SHAPE_CHOICES, default="tiny",
                        help="tiny (tests), base, tc-big, or auto: each direction's real shape")
    parser.add_argument("--out", required=True, type=Path, help="folder to write the models into")
    parser.add_argument("--config", type=Path, help="models.yaml to read directions from")
    parser.add_argument("--directions", help="comma-separated subset, e.g. en-ru,ru-en")
    args = parser.parse_args(argv)
    from transformers.utils import logging

    from summarizer.errors import SummarizerError

    logging.disable_progress_bar()  # one line per direction, not a progress bar per weight file
    directions = args.directions.split(",") if args.directions else None
    try:
        build_models(args.out, args.shape, args.config, directions, verbose=True)
    except (ValueError, OSError, SummarizerError) as exc:  # bad --config, --directions, no text
        parser.error(str(exc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
