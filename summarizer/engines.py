"""Finding and loading translation models, and the engines that run them.

Models are never downloaded implicitly: a model that is not in the local Hugging Face cache (or a
local directory that does not exist) is a `ModelError` raised at once, naming the model and the
command that fetches it (`summarizer models download DIRECTION`). Loading uses
`local_files_only=True`, so nothing waits on the network even without `HF_HUB_OFFLINE`.

Each (model, revision, engine, device, beams) is loaded once per process.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .config import ModelSpec
from .errors import DependencyError, ModelError

log = logging.getLogger("summarizer")

#: Files a Marian repo needs locally (weights in either format).
MARIAN_FILES = ("config.json", "vocab.json", "source.spm", "target.spm", "tokenizer_config.json")


def local_model_dir(spec: ModelSpec) -> Path | None:
    """The folder holding the model's files locally, or None when it is not available."""
    if spec.is_local:
        path = Path(spec.model)
        return path if (path / "config.json").is_file() else None
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return None
    found = try_to_load_from_cache(spec.model, "config.json", revision=spec.revision)
    return Path(found).parent if isinstance(found, str) else None


def require_local(spec: ModelSpec, direction: str) -> Path:
    """The model's local folder, or a `ModelError` saying how to get it."""
    path = local_model_dir(spec)
    if path is not None:
        return path
    if spec.is_local:
        raise ModelError(f"model folder {spec.model} (direction {direction}) does not exist or has "
                         "no config.json")
    raise ModelError(
        f"model {spec.model} (direction {direction}) is not downloaded; run "
        f"`summarizer models download {direction}` where the Hugging Face hub is reachable",
        downloads=(direction,),
    )


def resolve_device(device: str) -> str:
    if device != "auto":
        return device
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


@lru_cache(maxsize=None)
def load_engine(spec: ModelSpec, path: Path, engine: str, device: str, num_beams: int,
                quantization: str = "auto") -> Any:
    """Load the model in `path` (see `require_local`) into the chosen engine, once per process.

    `quantization` applies to ctranslate2 only (see ct2.py); transformers runs float32.
    """
    if engine == "ctranslate2":
        from .ct2 import Ct2Engine  # ctranslate2 itself is imported there, when loading

        return Ct2Engine.load(spec, path, device, num_beams, quantization)
    return TransformersEngine.load(spec, path, resolve_device(device), num_beams)


@dataclass
class TransformersEngine:
    """MarianMTModel + MarianTokenizer on torch: beam search with renormalized logits."""

    model: Any
    tokenizer: Any
    device: str
    num_beams: int
    #: Extra `generate` keywords, for benchmarks that force equal output lengths.
    generate_options: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, spec: ModelSpec, path: Path, device: str, num_beams: int) -> TransformersEngine:
        tokenizer, model = load_pretrained(spec.model, path, device, "MarianTokenizer",
                                           "MarianMTModel", "translation")
        check_target_token(spec, tokenizer.get_vocab())
        return cls(model, tokenizer, device, num_beams)

    @property
    def max_length(self) -> int:
        """The model's own cap on output length (512 for OPUS-MT)."""
        return self.model.generation_config.max_length or 512

    def pieces(self, text: str) -> list[str]:
        return self.tokenizer.tokenize(text)

    def translate_pieces(self, batch: Sequence[Sequence[str]]) -> list[str]:
        import torch

        ids = [self.tokenizer.convert_tokens_to_ids(list(item)) for item in batch]
        width = max(len(row) for row in ids)
        pad = self.tokenizer.pad_token_id
        input_ids = torch.tensor([row + [pad] * (width - len(row)) for row in ids],
                                 device=self.device)
        attention = torch.tensor([[1] * len(row) + [0] * (width - len(row)) for row in ids],
                                 device=self.device)
        with torch.inference_mode():
            output = self.model.generate(
                input_ids=input_ids,
                attention_mask=attention,
                num_beams=self.num_beams,
                max_length=min(self.max_length, max_output_tokens(width)),
                renormalize_logits=True,
                **self.generate_options,
            )
        # Each row gets the cap its own input length allows, not the batch's longest: a sentence
        # must translate the same whatever it is batched with. Alone, generation would stop at
        # that cap with a forced </s> in its last place, so the row keeps one token fewer.
        rows = [out[:min(self.max_length, max_output_tokens(len(row))) - 1]
                for out, row in zip(output.tolist(), ids)]
        return self.tokenizer.batch_decode(rows, skip_special_tokens=True)


def load_pretrained(name: str, path: Path, device: str, tokenizer_class: str, model_class: str,
                    purpose: str) -> tuple[Any, Any]:
    """A tokenizer and a model from the local folder `path`, on `device`, in eval mode.

    The one place that imports transformers for loading, turns its absence into a
    `DependencyError` and a broken folder into a one-line `ModelError` naming the model.
    """
    try:
        import transformers
    except ImportError:
        raise DependencyError(
            f"{purpose} needs torch and transformers: pip install torch==2.13.0 && "
            'pip install "summarizer[translate]"'
        ) from None
    log.info("loading %s on %s", name, device)
    try:
        with _quiet_transformers():
            tokenizer = getattr(transformers, tokenizer_class).from_pretrained(
                str(path), local_files_only=True)
            model = getattr(transformers, model_class).from_pretrained(
                str(path), local_files_only=True)
    except (OSError, ValueError) as exc:
        raise ModelError(f"model {name} could not be loaded from {path}: "
                         f"{str(exc).splitlines()[0]}") from None
    return tokenizer, model.to(device).eval()


@contextmanager
def _quiet_transformers() -> Iterator[None]:
    """No progress bars or advice on stderr while loading (our CLI prints results there)."""
    from transformers.utils import logging as hf_logging

    was_enabled = hf_logging.is_progress_bar_enabled()
    verbosity = hf_logging.get_verbosity()
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*sacremoses.*")
            yield
    finally:
        hf_logging.set_verbosity(verbosity)
        if was_enabled:
            hf_logging.enable_progress_bar()


def max_output_tokens(input_tokens: int) -> int:
    """Room for the translation: generous for wordier targets, capped at the models' 512."""
    return min(512, 2 * input_tokens + 16)


def check_target_token(spec: ModelSpec, vocabulary: dict[str, int]) -> None:
    """A multi-target model needs its target token in the vocabulary; say which ones exist."""
    if spec.target_token is None or spec.target_token in vocabulary:
        return
    known = sorted(token for token in vocabulary if token.startswith(">>") and token.endswith("<<"))
    hint = f"; it knows {', '.join(known[:12])}{' …' if len(known) > 12 else ''}" if known else ""
    raise ModelError(f"target_token {spec.target_token} is not in the vocabulary of "
                     f"{spec.model}{hint}")
