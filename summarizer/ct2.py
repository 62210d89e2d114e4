"""The CTranslate2 engine: Marian models converted once to int8 (CPU) or float16 (CUDA).

It runs with neither torch nor transformers: pieces come from the model's own SentencePiece
files, as MarianTokenizer makes them, and target pieces are turned back into text the way
MarianTokenizer decodes them, so both engines give the same text for the same tokens. Segmenting,
chunking, sorting and batching stay in the one translator of translate.py.

Converting needs torch and transformers, once per model, revision and quantization; the result is
cached on disk (`conversion_dir`) and every later load takes a fraction of a second.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import logging
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .config import ModelSpec, TranslationSettings
from .errors import DependencyError, ModelError, UnsupportedLanguageError
from .languages import Engine, Quantization, values
from .local import checked_weights, quiet_transformers, require_local, resolve_device
from .marian import SAFER_DECODING, check_target_token, max_output_tokens

log = logging.getLogger("summarizer")

CACHE_ENV = "SUMMARIZER_CACHE"
QUANTIZATIONS = values(Quantization)[1:]  # what "auto" resolves to

#: CPU threads. Two single-thread workers, each fed its own batch of 16, beat one worker with two
#: intra-op threads on the 2-core machines we calibrated on (beam 4: 401 vs 274 tokens/s); with
#: more cores, more workers would help.
CPU_INTER_THREADS = 2
CPU_INTRA_THREADS = 1

# --- bounded native memory (issue 17; benchmarks/memory_load.py) ---
#: Rows per CTranslate2 batch on CPU: the translator hands over 16 sentences a call and
#: CTranslate2 splits them into batches of 4 for its two workers. Beam 4 x 16 rows of a 57-62k-word
#: output layer is tens of MB of working memory per worker, most of what a busy process adds.
#: Three int8 directions, busy vs loaded: base 389 vs 314 MB, tc-big 899 vs 760 (16 rows: 871 vs
#: 321 and 1,795 vs 800). It costs speed: 4 rows ran at 0.5-0.7x the tokens/s of 16 on base and
#: 0.6-1.0x on tc-big (2 busy cores); 8 is the middle (base 452 vs 296 MB). 0: no split.
CPU_MAX_BATCH_SIZE = 4
#: Rows for wide models (d_model >= WIDE_MODEL, the tc-big shape): on a quiet machine a tc-big
#: en-ru model ran at 20.1x naive transformers with 4 rows, 25.8x with 8 and 31.9x with 16, and
#: three tc-big directions stayed at 1.30x their loaded memory with 8 (1,020 vs 785 MB).
WIDE_MODEL_BATCH_SIZE = 8
WIDE_MODEL = 1024
#: glibc malloc arenas: by default every worker thread gets its own and keeps what it freed
#: (three int8 base directions went from 321 MB loaded to 876-923 MB busy). Two cap that.
MALLOC_ARENAS = 2
_M_ARENA_MAX = -8  # mallopt parameter number, glibc malloc.h
_native_bounded = False


def cpu_batch_rows(model_dir: Path) -> int:
    """CTranslate2's rows per batch on CPU for the Marian model in `model_dir`: more for a wide
    (tc-big) model, whose speed needs them, than for a base one (see CPU_MAX_BATCH_SIZE)."""
    width = (_read_json(model_dir / "config.json") or {}).get("d_model", 0)
    return WIDE_MODEL_BATCH_SIZE if width >= WIDE_MODEL else CPU_MAX_BATCH_SIZE


def bound_native_memory() -> None:
    """Cap glibc's malloc arenas at MALLOC_ARENAS for this process, once, before a CPU model
    loads (arenas are created lazily, per thread, so a later cap still covers the workers).

    The same as starting the process with MALLOC_ARENA_MAX=2, which cannot be set from inside a
    running process; an environment that already sets MALLOC_ARENA_MAX wins. No-op off glibc.
    """
    global _native_bounded
    if _native_bounded or os.environ.get("MALLOC_ARENA_MAX") or not sys.platform.startswith(
            "linux"):
        return
    _native_bounded = True
    try:
        ctypes.CDLL("libc.so.6").mallopt(_M_ARENA_MAX, MALLOC_ARENAS)
    except (OSError, AttributeError):  # not glibc (musl, ...): nothing to cap
        pass


def trim_native_memory() -> None:
    """Give memory the workers freed back to the system (`malloc_trim(0)`), so an idle process
    returns to its loaded size instead of keeping its busiest peak. No-op off glibc."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
# --- end bounded native memory ---

#: Files copied next to the converted weights, so a converted folder is all the engine reads.
_COPIED = ("source.spm", "target.spm", "tokenizer_config.json", "generation_config.json")
#: MarianTokenizer's special tokens: kept whole in the input, dropped from the output.
_SPECIAL = ("</s>", "<unk>", "<pad>")
_SPECIAL_SPLIT = re.compile("(" + "|".join(map(re.escape, _SPECIAL)) + ")")
_INSTALL = ('the ctranslate2 engine needs ctranslate2 and sentencepiece: '
            'pip install "summarizer[fast]"')


def _ctranslate2() -> Any:
    try:
        import ctranslate2
    except ImportError:
        raise DependencyError(_INSTALL) from None
    return ctranslate2


def resolve_quantization(quantization: str, device: str) -> str:
    """`auto` is int8 on CPU and float16 on CUDA; anything else must be one of QUANTIZATIONS."""
    if quantization == "auto":
        return "float16" if resolve_device(device, Engine.CTRANSLATE2) == "cuda" else "int8"
    if quantization not in QUANTIZATIONS:
        raise ValueError(f"quantization {quantization!r}; valid choices: auto, "
                         f"{', '.join(QUANTIZATIONS)}")
    return str(quantization)


def cache_root() -> Path:
    """Where converted models live: $SUMMARIZER_CACHE/ct2, else ~/.cache/summarizer/ct2."""
    base = os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "summarizer"
    return Path(base).expanduser() / "ct2"


def conversion_dir(spec: ModelSpec, path: Path, quantization: str) -> Path:
    """The cache folder for one model, revision and quantization.

    A hub model is keyed by the snapshot commit it was loaded from (so a newer download is
    converted again), a local folder by a hash of its path and its files' modification times.
    """
    if spec.is_local:
        stamps = [str(path.resolve())]
        for name in ("config.json", "model.safetensors", "pytorch_model.bin"):
            if (path / name).is_file():
                stamps.append(f"{name}:{(path / name).stat().st_mtime_ns}")
        name = path.name
        revision = "local" + hashlib.sha1("\n".join(stamps).encode()).hexdigest()[:12]
    else:
        name = spec.model
        revision = path.name if path.parent.name == "snapshots" else spec.revision
    safe = re.sub(r"[^A-Za-z0-9._-]+", "--", f"{name}-{revision}-{quantization}")
    return cache_root() / safe


def convert(spec: ModelSpec, path: Path, quantization: str, force: bool = False, *,
            allow_pickle: bool = False) -> Path:
    """Convert the Marian model in `path` (see `local.require_local`) unless it already is.

    Needs torch and transformers, this once. The folder appears whole or not at all: conversion
    writes a temporary folder beside it and renames it, so an interrupted run leaves no half model.
    """
    ctranslate2 = _ctranslate2()
    out = conversion_dir(spec, path, quantization)
    if (out / "model.bin").is_file() and not force:
        return out
    checked_weights(spec.model, path, allow_pickle)  # the converter loads them with transformers
    try:
        import transformers  # noqa: F401  (the converter loads the model with it)
    except ImportError:
        raise DependencyError('converting a model for ctranslate2 needs torch and transformers: '
                              'pip install "summarizer[translate]"') from None
    log.warning("converting %s to CTranslate2 %s (once; cached in %s)", spec.model, quantization,
                out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        copied = [name for name in _COPIED if (path / name).is_file()]
        converter = ctranslate2.converters.TransformersConverter(str(path), copy_files=copied)
        with quiet_transformers():
            converter.convert(str(staging), quantization=quantization, force=True)
        if (out / "model.bin").is_file() and not force:
            return out  # another process converted it meanwhile; ours is removed below
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    except (OSError, ValueError, RuntimeError, KeyError, NotImplementedError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelError(f"model {spec.model} could not be converted for ctranslate2: "
                         f"{reason}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out


def convert_directions(settings: TranslationSettings, directions: Sequence[str] = (),
                       quantization: str = "auto", force: bool = False) -> list[tuple[str, Path]]:
    """Convert the models of `directions` (default: all) ahead of use; return (direction, folder).

    `quantization` "auto" means the configured one (`translation.quantization`), which in turn
    means int8 on CPU and float16 on CUDA. Every model must be local before any is converted.
    """
    chosen = list(directions) or list(settings.models)
    unknown = [d for d in chosen if d not in settings.models]
    if unknown:
        raise UnsupportedLanguageError(
            f"unknown direction {unknown[0]!r}; configured: {', '.join(settings.models)}"
        )
    wanted = settings.quantization if quantization == "auto" else quantization
    quantization = resolve_quantization(wanted, settings.device)
    paths = {d: require_local(settings.models[d], d) for d in chosen}
    return [(d, convert(settings.models[d], paths[d], quantization, force,
                        allow_pickle=settings.allow_pickle)) for d in chosen]


@dataclass
class Ct2Engine:
    """A converted Marian model on `ctranslate2.Translator`, SentencePiece around it."""

    translator: Any
    source_spm: Any
    output_spm: Any
    num_beams: int
    max_length: int
    clean_up_spaces: bool = False
    #: Extra `translate_batch` keywords, for benchmarks that force equal output lengths.
    decode_options: dict[str, Any] = field(default_factory=dict)
    #: CTranslate2's own batch limit within a call (CPU_MAX_BATCH_SIZE on CPU; 0: none).
    max_batch_size: int = 0
    #: Seconds without a call after which the model is unloaded (None: never); see release().
    release_after: float | None = None
    _idle_timer: threading.Timer | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @classmethod
    def load(cls, spec: ModelSpec, path: Path, device: str, num_beams: int,
             quantization: str = "auto", allow_pickle: bool = False,
             rows: int = 0) -> Ct2Engine:
        ctranslate2 = _ctranslate2()
        try:
            import sentencepiece
        except ImportError:
            raise DependencyError(_INSTALL) from None
        device = resolve_device(device, Engine.CTRANSLATE2)
        folder = convert(spec, path, resolve_quantization(quantization, device),
                         allow_pickle=allow_pickle)
        log.info("loading %s (CTranslate2, %s) on %s", spec.model, folder.name, device)
        threads = ({"inter_threads": CPU_INTER_THREADS, "intra_threads": CPU_INTRA_THREADS}
                   if device == "cpu" else {})
        if device == "cpu":
            bound_native_memory()
        try:
            translator = ctranslate2.Translator(str(folder), device=device, **threads)
            tokenizer = _read_json(folder / "tokenizer_config.json")
            generation = _read_json(folder / "generation_config.json")
            vocabulary = _read_json(folder / "shared_vocabulary.json") or \
                _read_json(folder / "source_vocabulary.json")
            source_spm = sentencepiece.SentencePieceProcessor(
                model_file=str(folder / "source.spm"))
            # MarianTokenizer decodes with the source model when the vocabulary is shared.
            output_spm = source_spm if not tokenizer.get("separate_vocabs") else \
                sentencepiece.SentencePieceProcessor(model_file=str(folder / "target.spm"))
        except (OSError, RuntimeError, ValueError) as exc:
            raise ModelError(f"model {spec.model} could not be loaded from {folder}: "
                             f"{str(exc).splitlines()[0]}") from None
        check_target_token(spec, {token: i for i, token in enumerate(vocabulary or [])})
        # Without a generation config, transformers takes OPUS-MT's max_length (512) from
        # config.json; CTranslate2 replaced that file with its own.
        return cls(translator, source_spm, output_spm, num_beams,
                   generation.get("max_length") or 512,
                   bool(tokenizer.get("clean_up_tokenization_spaces", False)),
                   max_batch_size=(rows or cpu_batch_rows(path)) if device == "cpu" else 0)

    def safer(self) -> Ct2Engine:
        """The same translator decoding with `SAFER_DECODING` (for the guard's retry)."""
        return replace(self, decode_options={**self.decode_options, **SAFER_DECODING})

    def pieces(self, text: str) -> list[str]:
        """What `MarianTokenizer.tokenize` returns: special tokens kept whole, a leading
        `>>xx<<` kept as one token, everything else SentencePiece pieces."""
        result: list[str] = []
        for part in _SPECIAL_SPLIT.split(text):
            if part in _SPECIAL:
                result.append(part)
            elif part:
                if part.startswith(">>") and (end := part.find("<<")) != -1:
                    result.append(part[:end + 2])
                    part = part[end + 2:]
                result.extend(self.source_spm.encode(part, out_type=str))
        return result

    def translate_pieces(self, batch: Sequence[Sequence[str]]) -> Sequence[str]:
        """Start translating `batch` and return at once; reading a result waits for it.

        Length caps are the transformers engine's: its `max_length` positions count the start
        token and a forced `</s>`, so two fewer target pieces; the batch decodes up to its longest
        input's cap and each row keeps what its own input's cap allows.
        """
        caps = [max(1, min(self.max_length, max_output_tokens(len(item))) - 2) for item in batch]
        options = {"beam_size": self.num_beams, "max_decoding_length": max(caps),
                   "max_batch_size": self.max_batch_size, **self.decode_options}
        with self._lock:  # a release from the idle timer waits for the batch to be queued
            self._touch()
            pending = self.translator.translate_batch([list(item) for item in batch],
                                                      asynchronous=True, **options)
        return _Pending(pending, caps, self.detokenize, self._finished)

    def release(self) -> None:
        """Unload the model's weights now (they come back from disk, in a fraction of a second,
        on the next call) and return the freed memory to the system. A model still translating
        is left loaded: CTranslate2 unloads only idle workers, which we wait for up to a second
        (a batch whose results were all read may still be closing)."""
        with self._lock:
            deadline = time.monotonic() + 1.0
            while not self._idle() and time.monotonic() < deadline:
                time.sleep(0.01)
            if self.translator.model_is_loaded and self._idle():
                self.translator.unload_model()
                trim_native_memory()

    def _touch(self) -> None:
        """Reload a released model and stop the idle timer: a call is starting."""
        self._stop_timer()
        if not self.translator.model_is_loaded:
            self.translator.load_model()

    def _stop_timer(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None

    def _idle(self) -> bool:
        return self.translator.num_active_batches == 0 and \
            self.translator.num_queued_batches == 0

    def _finished(self) -> None:
        """The last result of a call was read: trim when no batch is left, (re)arm the timer."""
        if self._idle():
            trim_native_memory()
        self._stop_timer()
        if self.release_after is not None:
            self._idle_timer = threading.Timer(self.release_after, self.release)
            self._idle_timer.daemon = True
            self._idle_timer.start()

    def detokenize(self, tokens: Sequence[str]) -> str:
        """What `MarianTokenizer.decode(ids, skip_special_tokens=True)` gives for `tokens`."""
        kept = [token for token in tokens if token not in _SPECIAL]
        text = self.output_spm.decode_pieces(kept).replace("▁", " ").strip()
        return _clean_up(text) if self.clean_up_spaces else text


class _Pending(Sequence[str]):
    """Translations still running in CTranslate2's workers; item i waits for result i."""

    def __init__(self, pending: list[Any], caps: list[int],
                 detokenize: Callable[[Sequence[str]], str],
                 finished: Callable[[], None] = lambda: None) -> None:
        self._pending = pending
        self._caps = caps
        self._detokenize = detokenize
        self._finished = finished  # called once, after the last result was read

    def __len__(self) -> int:
        return len(self._pending)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        tokens = self._pending[index].result().hypotheses[0]
        if index == len(self._pending) - 1 or index == -1:
            self._finished()
        return self._detokenize(tokens[:self._caps[index]])


def _clean_up(text: str) -> str:
    """transformers' `clean_up_tokenization`, for tokenizers whose config asks for it."""
    for before, after in ((" .", "."), (" ?", "?"), (" !", "!"), (" ,", ","), (" ' ", "'"),
                          (" n't", "n't"), (" 'm", "'m"), (" 's", "'s"), (" 've", "'ve"),
                          (" 're", "'re")):
        text = text.replace(before, after)
    return text


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
