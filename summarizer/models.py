"""Model management for `summarizer models list|download`: what is configured, what is local."""

from __future__ import annotations

import logging
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
        from huggingface_hub import HfApi, constants, snapshot_download
        from huggingface_hub.errors import HfHubHTTPError
    except ImportError:
        raise DependencyError('downloading needs huggingface_hub: pip install '
                              '"summarizer[translate]"') from None
    remote = [direction for direction in chosen if not models[direction].is_local]
    if remote and not constants.HF_HUB_OFFLINE:
        # One short request first: without a network, huggingface_hub retries each call for
        # ~25 s and then raises httpx errors; one line at once is what a user needs.
        _check_reachable(constants.ENDPOINT)
    paths = []
    hub_log = logging.getLogger("huggingface_hub")
    propagates, hub_log.propagate = hub_log.propagate, False  # its own handler prints once
    try:
        for direction in remote:
            spec = models[direction]
            try:
                files = HfApi().list_repo_files(spec.model, revision=spec.revision)
                paths.append(Path(snapshot_download(spec.model, revision=spec.revision,
                                                    allow_patterns=_PATTERNS + _weights(files))))
            except (OSError, HfHubHTTPError, ValueError) as exc:
                raise ModelError(f"could not download {spec.model} ({direction}): "
                                 f"{_first_line(exc)}") from None
            except Exception as exc:
                if not _is_network_error(exc):
                    raise
                raise ModelError(f"could not download {spec.model} ({direction}): network "
                                 f"error ({_first_line(exc)}); check the connection and "
                                 "rerun") from None
    finally:
        hub_log.propagate = propagates
    return paths


def _weights(files: Sequence[str]) -> list[str]:
    """The weights to fetch: safetensors when the repository has them (never unpickled), else
    the PyTorch file (loaded only if translation.allow_pickle is set)."""
    if any(name.endswith(".safetensors") for name in files):
        return ["*.safetensors"]
    return ["pytorch_model.bin"]


def _check_reachable(endpoint: str, timeout: float = 5.0) -> None:
    """`ModelError` (exit 7) unless `endpoint` answers at all within `timeout` seconds (any HTTP
    status counts as an answer)."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(endpoint.rstrip("/") + "/api/models?limit=1", method="HEAD")
    try:
        with urllib.request.urlopen(request, timeout=timeout):  # noqa: S310 (the hub's URL)
            return
    except urllib.error.HTTPError:
        return  # it answered
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ModelError(f"cannot reach the Hugging Face hub at {endpoint} ({reason}); connect "
                         "to the network and rerun, or copy the models into the Hugging Face "
                         "cache of this machine") from None


def _is_network_error(exc: BaseException) -> bool:
    """httpx/httpcore errors (huggingface_hub 2.x raises them as they are), by module, so
    neither library needs importing here."""
    module = type(exc).__module__ or ""
    return module.split(".")[0].rstrip("0123456789") in ("httpx", "httpcore")


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def preload(pipeline: Pipeline, request: Request | None = None) -> Preloaded:
    """Warm `pipeline` up for runs under `request`: see `Pipeline.preload`."""
    return pipeline.preload(request)
