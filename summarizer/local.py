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


#: Weight files in the order they are preferred: safetensors cannot run code when loaded.
SAFE_WEIGHTS = ("model.safetensors", "model.safetensors.index.json")
PICKLED_WEIGHTS = ("pytorch_model.bin", "pytorch_model.bin.index.json")


def load_pretrained(name: str, path: Path, device: str, tokenizer_class: str, model_class: str,
                    purpose: str, *, allow_pickle: bool = False) -> tuple[Any, Any]:
    """A tokenizer and a model from the local folder `path`, on `device`, in eval mode.

    The one place that imports transformers for loading, turns its absence into a
    `DependencyError` and a broken folder or damaged weights (a cut or corrupt safetensors
    file, a pickle that torch's `weights_only` loader rejects) into a one-line `ModelError`
    naming the model and the file. Safetensors weights are preferred; a folder with only
    pickled PyTorch weights (`pytorch_model.bin`) is refused unless `allow_pickle`
    (`translation.allow_pickle` in models.yaml), since unpickling can run code.
    """
    weights = checked_weights(name, path, allow_pickle)
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
    except Exception as exc:
        if _is_damaged_weights(exc):
            where = weights if weights is not None else path
            raise ModelError(f"model {name}: the weights file {where} is damaged or not a "
                             f"model ({type(exc).__name__}: {_first_line(exc)}); download it "
                             "again (summarizer models download)") from None
        if not isinstance(exc, (OSError, ValueError)):
            raise
        raise ModelError(f"model {name} could not be loaded from {path}: "
                         f"{_first_line(exc)}") from None
    return tokenizer, model.to(device).eval()


def checked_weights(name: str, path: Path, allow_pickle: bool) -> Path | None:
    """The weights file of the model in `path` (see `weights_file`); a `ModelError` when it
    holds pickled PyTorch weights and `allow_pickle` is off, since unpickling can run code."""
    weights = weights_file(path)
    if weights is not None and weights.name in PICKLED_WEIGHTS and not allow_pickle:
        raise ModelError(f"model {name}: {weights} holds pickled PyTorch weights, which can run "
                         "code when loaded; convert it to safetensors, or set "
                         "translation.allow_pickle: true in models.yaml if you trust it")
    return weights


def weights_file(path: Path) -> Path | None:
    """The weights file transformers will load from `path`: safetensors first, else the
    pickled PyTorch file; None when there is neither."""
    for name in SAFE_WEIGHTS + PICKLED_WEIGHTS:
        if (path / name).is_file():
            return path / name
    return None


def _is_damaged_weights(exc: BaseException) -> bool:
    """A weights file that cannot be read: safetensors' `SafetensorError` (bad header, cut
    file), pickle's `UnpicklingError` (torch's `weights_only` loader refusing a pickle), or
    torch's own complaint about a cut zip archive. By class name, so no import is needed."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    if names & {"SafetensorError", "UnpicklingError", "HeaderTooLarge"}:
        return True
    message = str(exc)
    return isinstance(exc, RuntimeError) and any(
        marker in message for marker in ("PytorchStreamReader", "safetensors", "zip archive"))


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


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
            # torch on a pickle it then refuses: the refusal is the message the user gets.
            warnings.filterwarnings("ignore", message=".*pickle protocol.*")
            yield
    finally:
        hf_logging.set_verbosity(verbosity)
        if was_enabled:
            hf_logging.enable_progress_bar()
