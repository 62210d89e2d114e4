"""summarizer: detect the language of a news article, translate it into English, Russian or
Kazakh, and write a short and a long summary.

    >>> import summarizer
    >>> pipeline = summarizer.Pipeline.from_config()
    >>> result = pipeline.run(text)                # or run(text, target="ru")
    >>> result.detection.language, result.short_summary

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
)
from .languages import TARGETS, Language
from .pipeline import Pipeline, Result

__all__ = [
    "TARGETS",
    "ConfigError",
    "DependencyError",
    "Detection",
    "Detector",
    "FetchError",
    "InputError",
    "Language",
    "LanguageError",
    "Length",
    "ModelError",
    "Pipeline",
    "Result",
    "Settings",
    "SummarizerError",
    "UnsupportedLanguageError",
    "detect_language",
    "load_settings",
]

__version__ = "0.1.0"
