"""Model management for `summarizer models list|download`: what is configured, what is local."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .config import ModelSpec, TranslationSettings
from .engines import local_model_dir
from .errors import DependencyError, ModelError, UnsupportedLanguageError

#: What `download` fetches: configuration, tokenizer, and weights in safetensors or PyTorch form.
_PATTERNS = ["*.json", "*.spm", "*.txt", "*.model"]


@dataclass(frozen=True)
class ModelStatus:
    direction: str
    spec: ModelSpec
    local_path: Path | None

    @property
    def available(self) -> bool:
        return self.local_path is not None


def model_status(settings: TranslationSettings) -> list[ModelStatus]:
    """Every configured direction with its model and where it is available locally (if at all)."""
    return [ModelStatus(direction, spec, local_model_dir(spec))
            for direction, spec in settings.models.items()]


def download(settings: TranslationSettings, directions: Sequence[str] = ()) -> list[Path]:
    """Fetch the models of `directions` (default: all) into the Hugging Face cache.

    Progress bars come from huggingface_hub on standard error. Local-directory models are skipped.
    """
    chosen = list(directions) or list(settings.models)
    unknown = [d for d in chosen if d not in settings.models]
    if unknown:
        raise UnsupportedLanguageError(
            f"unknown direction {unknown[0]!r}; configured: {', '.join(settings.models)}"
        )
    try:
        from huggingface_hub import HfApi, snapshot_download
        from huggingface_hub.errors import HfHubHTTPError
    except ImportError:
        raise DependencyError('downloading needs huggingface_hub: pip install '
                              '"summarizer[translate]"') from None
    paths = []
    for direction in chosen:
        spec = settings.models[direction]
        if spec.is_local:
            continue
        try:
            files = HfApi().list_repo_files(spec.model, revision=spec.revision)
            weights = (["*.safetensors"] if any(f.endswith(".safetensors") for f in files)
                       else ["pytorch_model.bin"])
            paths.append(Path(snapshot_download(spec.model, revision=spec.revision,
                                                allow_patterns=_PATTERNS + weights)))
        except (OSError, HfHubHTTPError, ValueError) as exc:
            raise ModelError(f"could not download {spec.model} ({direction}): "
                             f"{str(exc).splitlines()[0]}") from None
    return paths
