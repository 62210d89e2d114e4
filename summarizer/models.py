"""Model management for `summarizer models list|download`: what is configured, what is local."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .config import (
    AbstractiveSettings,
    ModelSpec,
    SummaryModelSpec,
    TranslationSettings,
)
from .errors import DependencyError, ModelError, UnsupportedLanguageError
from .local import local_model_dir

if TYPE_CHECKING:
    from .pipeline import Pipeline, Preloaded
    from .request import Request

#: What `download` fetches: configuration, tokenizer, and weights in safetensors or PyTorch form.
_PATTERNS = ["*.json", "*.spm", "*.txt", "*.model"]


@dataclass(frozen=True)
class ModelStatus:
    direction: str  # a translation direction ("kk-en") or a summary model ("summary-en")
    spec: ModelSpec | SummaryModelSpec
    local_path: Path | None

    @property
    def available(self) -> bool:
        return self.local_path is not None

    @property
    def target_token(self) -> str | None:
        return getattr(self.spec, "target_token", None)


def configured_models(settings: TranslationSettings,
                      summary: AbstractiveSettings | None = None
                      ) -> dict[str, ModelSpec | SummaryModelSpec]:
    """Every model models.yaml names: translation directions, then "summary-<lang>" models."""
    models: dict[str, ModelSpec | SummaryModelSpec] = dict(settings.models)
    if summary is not None:
        models.update({f"summary-{language}": spec for language, spec in summary.models.items()})
    return models


def model_status(settings: TranslationSettings,
                 summary: AbstractiveSettings | None = None) -> list[ModelStatus]:
    """Every configured model with where it is available locally (if at all)."""
    return [ModelStatus(name, spec, local_model_dir(spec))
            for name, spec in configured_models(settings, summary).items()]


def download(settings: TranslationSettings, directions: Sequence[str] = (),
             summary: AbstractiveSettings | None = None) -> list[Path]:
    """Fetch the models of `directions` (default: all) into the Hugging Face cache.

    Progress bars come from huggingface_hub on standard error. Local-directory models are skipped.
    """
    models = configured_models(settings, summary)
    chosen = list(directions) or list(models)
    unknown = [d for d in chosen if d not in models]
    if unknown:
        raise UnsupportedLanguageError(
            f"unknown direction {unknown[0]!r}; configured: {', '.join(models)}"
        )
    try:
        from huggingface_hub import HfApi, snapshot_download
        from huggingface_hub.errors import HfHubHTTPError
    except ImportError:
        raise DependencyError('downloading needs huggingface_hub: pip install '
                              '"summarizer[translate]"') from None
    paths = []
    for direction in chosen:
        spec = models[direction]
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


def preload(pipeline: Pipeline, request: Request | None = None) -> Preloaded:
    """Warm `pipeline` up for runs under `request`: see `Pipeline.preload`."""
    return pipeline.preload(request)
