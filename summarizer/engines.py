"""The translation engines by name, and loading one model into one of them.

Each (model, revision, engine, device, beams, quantization) is loaded once per process and shared
by every pipeline: a web service's pipelines and the tests' many pipelines reuse a loaded model.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from .config import ModelSpec
from .ct2 import Ct2Engine
from .languages import Engine
from .local import local_model_dir, require_local
from .marian import TransformersEngine, max_output_tokens

#: Engine name → the class whose `load(spec, path, device, num_beams, quantization)` loads it.
#: Neither class imports its library until `load`, so this table is cheap to import.
ENGINES: dict[Engine, Any] = {
    Engine.TRANSFORMERS: TransformersEngine,
    Engine.CTRANSLATE2: Ct2Engine,
}

__all__ = ["ENGINES", "load_engine", "local_model_dir", "max_output_tokens", "require_local"]


@lru_cache(maxsize=None)
def load_engine(spec: ModelSpec, path: Path, engine: str, device: str, num_beams: int,
                quantization: str = "auto", allow_pickle: bool = False,
                cpu_batch_rows: int = 0) -> Any:
    """Load the model in `path` (see `local.require_local`) into the chosen engine, once per
    process. `quantization` and `cpu_batch_rows` (0: by the model's width, see
    `ct2.cpu_batch_rows`) apply to ctranslate2 only; transformers runs float32.
    `allow_pickle` lets a model with only pickled PyTorch weights load (see `local`).
    """
    extra = {"rows": cpu_batch_rows} if Engine(engine) is Engine.CTRANSLATE2 else {}
    return ENGINES[Engine(engine)].load(spec, path, device, num_beams, quantization,
                                        allow_pickle=allow_pickle, **extra)
