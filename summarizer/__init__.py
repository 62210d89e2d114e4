"""summarizer: detect the language of a news article, translate it into English, Russian or
Kazakh, and write a short and a long summary.

    >>> import summarizer
    >>> pipeline = summarizer.Pipeline.from_config()
    >>> result = pipeline.run(text)                # or run(text, target="ru")
    >>> result.detection.language, result.short_summary
    >>> pipeline.run(text, request=summarizer.Request(target="ru", route="summarize-first"))

A run is Request → detect → Plan (plan.py, pure) → execute (execute.py) → Result.

Heavy libraries (torch, transformers, gradio) are imported only when a step needs them.
"""

from .config import Length, Settings, load_settings
from .detect import Detection, Detector, detect_language
from .errors import (
    ConfigError,
    DependencyError,
    FetchError,
    InputError,
    LanguageError,
    ModelError,
    SummarizerError,
    UnsupportedLanguageError,
    UsageError,
)
from .languages import TARGETS, Engine, Language, Method, Quantization, Route
from .pipeline import Pipeline, Result
from .plan import Plan
from .request import Request

__all__ = [
    "TARGETS",
    "ConfigError",
    "DependencyError",
    "Detection",
    "Detector",
    "Engine",
    "FetchError",
    "InputError",
    "Language",
    "LanguageError",
    "Length",
    "Method",
    "ModelError",
    "Pipeline",
    "Plan",
    "Quantization",
    "Request",
    "Result",
    "Route",
    "Settings",
    "SummarizerError",
    "UnsupportedLanguageError",
    "UsageError",
    "detect_language",
    "load_settings",
]

__version__ = "0.1.0"
