"""Finding and loading local models: the bottom of the model stack (no engine knows another).

Models are never downloaded implicitly: a model that is not in the local Hugging Face cache (or a
local directory that does not exist) is a `ModelError` raised at once, naming the model and the
command that fetches it (`summarizer models download DIRECTION`). Loading uses
`local_files_only=True`, so nothing waits on the network even without `HF_HUB_OFFLINE`.
Translation engines (marian.py, ct2.py) and the abstractive summarizer all load through here.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .config import ModelSpec
from .errors import DependencyError, ModelError
from .languages import Engine

log = logging.getLogger("summarizer")


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


def resolve_device(device: str, engine: Engine | str = Engine.TRANSFORMERS) -> str:
    """The device "auto" means: CUDA when the engine's own library sees a GPU, else CPU.

    The ctranslate2 engine asks ctranslate2 (so it runs without torch); everything else asks torch.
    """
    if device != "auto":
        return device
    if engine == Engine.CTRANSLATE2:
        try:
            import ctranslate2
        except ImportError:
            raise DependencyError('the ctranslate2 engine needs ctranslate2 and sentencepiece: '
                                  'pip install "summarizer[fast]"') from None
        return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


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
        with quiet_transformers():
            tokenizer = getattr(transformers, tokenizer_class).from_pretrained(
                str(path), local_files_only=True)
            model = getattr(transformers, model_class).from_pretrained(
                str(path), local_files_only=True)
    except (OSError, ValueError) as exc:
        raise ModelError(f"model {name} could not be loaded from {path}: "
                         f"{str(exc).splitlines()[0]}") from None
    return tokenizer, model.to(device).eval()


@contextmanager
def quiet_transformers() -> Iterator[None]:
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
