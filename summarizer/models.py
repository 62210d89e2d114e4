"""Model management for `summarizer models list|download`: what is configured, what is local."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .config import (
    ANY_SOURCE,
    AbstractiveSettings,
    ModelSpec,
    SummaryModelSpec,
    TranslationSettings,
)
from .engines import local_model_dir
from .errors import DependencyError, ModelError, SummarizerError, UnsupportedLanguageError
from .languages import Language

if TYPE_CHECKING:
    from .pipeline import Pipeline

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


#: A sentence for warming the detector up: it loads every n-gram profile (~0.3 s) once.
_WARM_UP_TEXT = "The council met on Monday to discuss the new budget for schools."


@dataclass(frozen=True)
class Preloaded:
    """What `preload` did: seconds per step that ran, and why each skipped model was skipped."""

    detector_seconds: float
    loaded: dict[str, float] = field(default_factory=dict)  # direction → seconds to load
    skipped: dict[str, str] = field(default_factory=dict)  # direction → the reason, one line


def preload(pipeline: Pipeline) -> Preloaded:
    """Load the detector's profiles and every translation model that is available locally.

    A web service calls this once at start so that its first users do not wait for loading.
    A model that is missing (or fails to load) is skipped, not raised: it becomes an error only
    when someone asks for its direction, with the message that says how to get it.
    """
    from .translate import MarianTranslator

    started = time.perf_counter()
    pipeline.detect(_WARM_UP_TEXT)
    detector_seconds = time.perf_counter() - started
    settings = pipeline.settings.translation
    loaded: dict[str, float] = {}
    skipped: dict[str, str] = {}
    for row in model_status(settings):
        if not row.available:
            skipped[row.direction] = f"{row.spec.model} is not available locally"
            continue
        source, _, target = row.direction.partition("-")
        # The source language only steers sentence splitting; loading is shared per model.
        source_language = settings.pivot if source == ANY_SOURCE else Language(source)
        translator = MarianTranslator(source_language, Language(target), row.direction, row.spec,
                                      settings)
        try:
            loaded[row.direction] = translator.load()
        except SummarizerError as exc:
            skipped[row.direction] = str(exc)
    return Preloaded(detector_seconds, loaded, skipped)
