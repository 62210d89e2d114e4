"""`models.yaml` → frozen, validated settings.

The file is parsed once into frozen dataclasses. Validation happens here, at load time, never in
the middle of a request: an unknown or misspelt key, a value of the wrong type, an unknown language
or a malformed target token raises `ConfigError` naming the dotted key and the valid choices.
"""

from __future__ import annotations

import dataclasses
import os
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .languages import TARGETS, Engine, Language, Method, Quantization, values

#: The configuration shipped inside the package (package data, so a plain `pip install .` has
#: it); the repository's top-level models.yaml is a link to this file.
DEFAULT_CONFIG = Path(__file__).resolve().parent / "models.yaml"
ENV_VAR = "SUMMARIZER_MODELS"

#: Source side of the catch-all translation direction ("any-en": every other language to English).
ANY_SOURCE = "any"

_TARGET_TOKEN = re.compile(r"^>>[a-z]{2,3}(_[A-Z][a-z]{3})?<<$")


def _check_choice(value: str, choices: tuple[str, ...], key: str) -> None:
    if value not in choices:
        raise ValueError(f"'{key}' is {value!r}; valid choices: {', '.join(choices)}")


def _as_enum(settings: Any, name: str, choices: type[Any], key: str) -> None:
    """Check a field against its enum and store the member (the dataclass is frozen)."""
    value = getattr(settings, name)
    _check_choice(value, values(choices), key)
    object.__setattr__(settings, name, choices(value))


@dataclass(frozen=True)
class Length:
    """How long a summary may be. Every limit that is set applies; the tightest one wins.

    `sentences` is a count, `words` a word budget, `ratio` a fraction of the document's sentences.
    """

    sentences: int | None = None
    words: int | None = None
    ratio: float | None = None

    def __post_init__(self) -> None:
        if self.sentences is None and self.words is None and self.ratio is None:
            raise ValueError("a length needs at least one of: sentences, words, ratio")
        if self.sentences is not None and self.sentences < 1:
            raise ValueError("sentences must be at least 1")
        if self.words is not None and self.words < 1:
            raise ValueError("words must be at least 1")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise ValueError("ratio must be in (0, 1]")

    @classmethod
    def parse(cls, spec: str) -> Length:
        """Read a length from the CLI/UI: "3" sentences, "80w" words, or "25%" of the sentences."""
        text = spec.strip().lower().replace(" ", "")
        try:
            if text.endswith("%"):
                return cls(ratio=float(text[:-1]) / 100)
            for suffix in ("words", "word", "w"):
                if text.endswith(suffix):
                    return cls(words=int(text[: -len(suffix)]))
            for suffix in ("sentences", "sentence", "s"):
                if text.endswith(suffix):
                    text = text[: -len(suffix)]
                    break
            return cls(sentences=int(text))
        except ValueError as exc:
            detail = f" ({exc})" if "must" in str(exc) else ""
            raise ValueError(
                f"bad length {spec!r}{detail}: use a sentence count (3), words (80w) or a ratio (25%)"
            ) from None


@dataclass(frozen=True)
class DetectionSettings:
    min_letters: int = 3
    min_confidence: float = 0.5
    warn_confidence: float = 0.8

    def __post_init__(self) -> None:
        if self.min_letters < 1:
            raise ValueError("min_letters must be at least 1")
        for name in ("min_confidence", "warn_confidence"):
            if not 0 <= getattr(self, name) <= 1:
                raise ValueError(f"{name} must be between 0 and 1")


@dataclass(frozen=True)
class SummaryLengths:
    short: Length = Length(sentences=2, words=60)
    long: Length = Length(sentences=6, words=200)


@dataclass(frozen=True)
class TokenBudget:
    """How many tokens an abstractive model may write for one summary."""

    min_new_tokens: int
    max_new_tokens: int

    def __post_init__(self) -> None:
        if self.min_new_tokens < 0 or self.max_new_tokens < 1:
            raise ValueError("min_new_tokens must be at least 0 and max_new_tokens at least 1")
        if self.min_new_tokens > self.max_new_tokens:
            raise ValueError("min_new_tokens must not exceed max_new_tokens")


@dataclass(frozen=True)
class SummaryModelSpec:
    """One summarization model: a hub id or a local directory, a revision, an input prefix.

    `prefix` is prepended to every input ("summarize: " for T5 checkpoints trained with one).
    `max_input_tokens` lowers the model's own window (None: what the model allows).
    """

    model: str
    revision: str = "main"
    prefix: str = ""
    max_input_tokens: int | None = None

    def __post_init__(self) -> None:
        if not self.model.strip():
            raise ValueError("model must not be empty")
        if self.max_input_tokens is not None and self.max_input_tokens < 16:
            raise ValueError("max_input_tokens must be at least 16")

    @property
    def is_local(self) -> bool:
        return Path(self.model).is_absolute()


@dataclass(frozen=True)
class AbstractiveLengths:
    short: TokenBudget = TokenBudget(12, 48)
    long: TokenBudget = TokenBudget(80, 200)


@dataclass(frozen=True)
class AbstractiveSettings:
    device: str = "auto"
    num_beams: int = 4
    no_repeat_ngram_size: int = 3
    batch_size: int = 8
    lengths: AbstractiveLengths = AbstractiveLengths()
    models: Mapping[str, SummaryModelSpec] = field(default_factory=dict)  # key: en | ru | kk

    def __post_init__(self) -> None:
        _check_choice(self.device, ("auto", "cpu", "cuda"), "summary.abstractive.device")
        for name in ("num_beams", "batch_size"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")


METHODS = values(Method)


@dataclass(frozen=True)
class SummarySettings:
    method: Method = Method.EXTRACTIVE
    lengths: SummaryLengths = SummaryLengths()
    #: Route rule: texts longer than this (in words) are summarized before translation.
    summarize_first_words: int = 1000
    abstractive: AbstractiveSettings = AbstractiveSettings()

    def __post_init__(self) -> None:
        _as_enum(self, "method", Method, "summary.method")


@dataclass(frozen=True)
class ModelSpec:
    """One translation model: a hub id or a local directory, a revision, a target-language token."""

    model: str
    revision: str = "main"
    target_token: str | None = None

    def __post_init__(self) -> None:
        if not self.model.strip():
            raise ValueError("model must not be empty")
        if self.target_token is not None and not _TARGET_TOKEN.match(self.target_token):
            raise ValueError(
                f"target_token {self.target_token!r} is malformed: expected a token like '>>rus<<' "
                "or '>>kaz_Cyrl<<'"
            )

    @property
    def is_local(self) -> bool:
        return Path(self.model).is_absolute()


@dataclass(frozen=True)
class TranslationSettings:
    engine: Engine = Engine.TRANSFORMERS
    device: str = "auto"
    quantization: Quantization = Quantization.AUTO  # ctranslate2 only: auto is int8 on CPU, float16 on CUDA
    num_beams: int = 4
    batch_size: int = 16
    max_input_tokens: int = 256
    pivot: Language = Language.ENGLISH
    models: Mapping[str, ModelSpec] = field(default_factory=dict)
    # Load pickled PyTorch weights (pytorch_model.bin) when a model has no safetensors file.
    # Off: unpickling can run code, so only a user who trusts the file turns it on (issue 10).
    allow_pickle: bool = False
    #: Seconds a CTranslate2 model may sit idle before its memory is given back (0: never).
    idle_release_seconds: float = 0.0
    #: CTranslate2 rows per batch on CPU (0: by the model's width, `ct2.cpu_batch_rows`): fewer
    #: rows, less working memory and speed (issue 17).
    cpu_batch_rows: int = 0

    def __post_init__(self) -> None:
        _as_enum(self, "engine", Engine, "translation.engine")
        _check_choice(self.device, ("auto", "cpu", "cuda"), "translation.device")
        _as_enum(self, "quantization", Quantization, "translation.quantization")
        for name in ("num_beams", "batch_size", "max_input_tokens"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        if self.idle_release_seconds < 0:
            raise ValueError("idle_release_seconds must not be negative (0: never release)")
        if not 0 <= self.cpu_batch_rows <= 64:
            raise ValueError("cpu_batch_rows must be between 0 (by the model's width) and 64")
        if not 16 <= self.max_input_tokens <= 512:
            raise ValueError("max_input_tokens must be between 16 and 512 (the models' limit)")


@dataclass(frozen=True)
class LimitSettings:
    """How much one request may ask for, so that no input can take a service down."""

    #: Text of one document (CLI, library, demo, API, one batch record), in UTF-8 bytes.
    max_input_bytes: int = 2_000_000
    #: Seconds to wait for a pipe, FIFO or URL before giving up.
    read_timeout: float = 20.0
    #: The demo's and the API's budget for one request, in seconds (0: no budget).
    request_seconds: float = 300.0

    def __post_init__(self) -> None:
        if self.max_input_bytes < 1:
            raise ValueError("max_input_bytes must be at least 1")
        for name in ("read_timeout", "request_seconds"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")


@dataclass(frozen=True)
class Settings:
    """Everything `models.yaml` says, validated. `path` is where it was read from (None: defaults)."""

    detection: DetectionSettings = DetectionSettings()
    summary: SummarySettings = SummarySettings()
    translation: TranslationSettings = TranslationSettings()
    limits: LimitSettings = LimitSettings()
    path: Path | None = None


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Read and validate the configuration file.

    The file is `path` if given, else the file named by the `SUMMARIZER_MODELS` environment
    variable, else the user's own (`user_config()`), else the one shipped inside the package
    (`DEFAULT_CONFIG`). Relative model directories are resolved against the file's folder, so a
    generated `DIR/models.yaml` can say `model: ./en-ru`.
    """
    import yaml  # imported here: `import summarizer` must stay fast

    chosen = Path(path or os.environ.get(ENV_VAR) or _existing(user_config())
                  or DEFAULT_CONFIG).expanduser()
    if not chosen.is_file():
        raise ConfigError(f"configuration file not found: {chosen}")
    try:
        data = yaml.safe_load(chosen.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        first_line = str(exc).strip().splitlines()[0]
        raise ConfigError(f"{chosen}: not valid YAML: {first_line}") from None
    if data is None:
        data = {}
    settings = _build(Settings, data, prefix="", base=chosen.parent)
    return dataclasses.replace(settings, path=chosen)


def user_config() -> Path:
    """Where a user's own models.yaml lives: $XDG_CONFIG_HOME/summarizer/models.yaml, by default
    ~/.config/summarizer/models.yaml. Used when it exists and no other file was named."""
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "summarizer" / "models.yaml"


def _existing(path: Path) -> Path | None:
    return path if path.is_file() else None


# --- validation ---------------------------------------------------------------------------------


def _build(cls: type, data: Any, prefix: str, base: Path) -> Any:
    """Build dataclass `cls` from a YAML mapping, naming the dotted key of anything wrong."""
    where = prefix.rstrip(".") or "the top level"
    if not isinstance(data, Mapping):
        raise ConfigError(f"{where}: expected a mapping of keys, got {type(data).__name__}")
    hints = typing.get_type_hints(cls)
    fields = [f.name for f in dataclasses.fields(cls) if f.name != "path"]
    unknown = [key for key in data if key not in fields]
    if unknown:
        raise ConfigError(
            f"unknown key '{prefix}{unknown[0]}'; valid keys{' under ' + where if prefix else ''}: "
            f"{', '.join(fields)}"
        )
    values = {
        key: _convert(hints[key], value, f"{prefix}{key}", base) for key, value in data.items()
    }
    try:
        return cls(**values)
    except TypeError as exc:  # a required key is missing
        missing = re.findall(r"'(\w+)'", str(exc))
        raise ConfigError(f"'{prefix}{missing[0] if missing else '?'}' is required") from None
    except ValueError as exc:
        message = str(exc)
        raise ConfigError(message if message.startswith("'") else f"{where}: {message}") from None


def _convert(hint: Any, value: Any, key: str, base: Path) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if value is None:
            return None
        return _convert(options[0], value, key, base)
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, prefix=f"{key}.", base=base)
    if isinstance(hint, type) and issubclass(hint, StrEnum) and hint is not Language:
        if not isinstance(value, str):
            raise ConfigError(f"'{key}': expected str, got {value!r}")
        return value  # checked against the enum by the dataclass, with the valid choices
    if hint is Language:
        try:
            return Language(str(value))
        except ValueError:
            raise ConfigError(f"'{key}': unknown language {value!r}") from None
    if origin is Mapping and key == "summary.abstractive.models":
        return _convert_summary_models(value, key, base)
    if origin is Mapping and key.endswith("models"):
        return _convert_models(value, key, base)
    if hint is bool or hint is str:
        if not isinstance(value, hint):
            raise ConfigError(f"'{key}': expected {hint.__name__}, got {value!r}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"'{key}': expected a whole number, got {value!r}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"'{key}': expected a number, got {value!r}")
        return float(value)
    raise ConfigError(f"'{key}': unsupported setting type {hint!r}")  # a bug in this module


def _convert_models(value: Any, key: str, base: Path) -> dict[str, ModelSpec]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"'{key}': expected a mapping of directions like 'en-ru'")
    sources = [ANY_SOURCE, *(language.value for language in Language)]
    targets = [language.value for language in TARGETS]
    models = {}
    for direction, entry in value.items():
        source, _, target = str(direction).partition("-")
        if source not in sources or target not in targets or source == target:
            raise ConfigError(
                f"'{key}.{direction}': not a direction; use SOURCE-TARGET with TARGET one of "
                f"{', '.join(targets)} and SOURCE a language code or '{ANY_SOURCE}'"
            )
        spec = _build(ModelSpec, entry, prefix=f"{key}.{direction}.", base=base)
        models[f"{source}-{target}"] = dataclasses.replace(spec, model=_resolve(spec.model, base))
    return models


def _convert_summary_models(value: Any, key: str, base: Path) -> dict[str, SummaryModelSpec]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"'{key}': expected a mapping of languages like 'en'")
    targets = [language.value for language in TARGETS]
    models = {}
    for language, entry in value.items():
        if str(language) not in targets:
            raise ConfigError(f"'{key}.{language}': not a language; use one of {', '.join(targets)}")
        spec = _build(SummaryModelSpec, entry, prefix=f"{key}.{language}.", base=base)
        models[str(language)] = dataclasses.replace(spec, model=_resolve(spec.model, base))
    return models


def _resolve(model: str, base: Path) -> str:
    """Local directories become absolute paths; anything else is a hub id."""
    expanded = Path(model).expanduser()
    if model.startswith((".", "/", "~")) or (base / expanded).is_dir():
        return str((base / expanded).resolve())
    return model
