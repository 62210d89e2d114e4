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

from typing import TYPE_CHECKING, Any

from .errors import (
    ConfigError,
    DependencyError,
    FaithfulnessError,
    FetchError,
    InputError,
    LanguageError,
    ModelError,
    SummarizerError,
    UnsupportedLanguageError,
    UsageError,
)

if TYPE_CHECKING:
    from .config import Length, Settings, load_settings
    from .detect import Detection, Detector, detect_language
    from .inputs import Document, load_document
    from .languages import TARGETS, Engine, Language, Method, Quantization, Route
    from .pipeline import Pipeline
    from .plan import Plan
    from .request import Request
    from .result import Result, TranslationResult

#: Public names and the module each lives in. They load on first use (PEP 562), so `import
#: summarizer` (and the CLI's start, `python -m summarizer`) costs almost nothing and a Ctrl-C
#: pressed while the command starts lands in code that catches it.
_LAZY = {
    "Length": "config", "Settings": "config", "load_settings": "config",
    "Detection": "detect", "Detector": "detect", "detect_language": "detect",
    "TARGETS": "languages", "Engine": "languages", "Language": "languages",
    "Method": "languages", "Quantization": "languages", "Route": "languages",
    "Pipeline": "pipeline", "Plan": "plan", "Request": "request", "Result": "result",
    "TranslationResult": "result", "Document": "inputs", "load_document": "inputs",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # once: later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "TARGETS",
    "ConfigError",
    "DependencyError",
    "Detection",
    "Document",
    "Detector",
    "Engine",
    "FaithfulnessError",
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
    "TranslationResult",
    "UnsupportedLanguageError",
    "UsageError",
    "detect_language",
    "load_document",
    "load_settings",
]

__version__ = "0.1.0"
