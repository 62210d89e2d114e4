"""Shared fixtures: tiny random-weight Marian models in the OPUS-MT layout, built once per session.

No machine of this project reaches the Hugging Face hub, so the hub is switched off before anything
imports transformers or huggingface_hub: a test that would download fails at once instead of
hanging on the network. Torch runs one thread: the tiny models gain nothing from more, and several
threads contending for a busy machine's cores made one generate() call take seconds instead of ms.
"""

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import importlib.util  # noqa: E402  (the environment must be set before anything else)
import sys  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from types import ModuleType  # noqa: E402

import pytest  # noqa: E402

try:  # Property tests draw the same examples on every CI run: a landing never depends on luck.
    from hypothesis import settings as _hypothesis_settings
except ImportError:  # pragma: no cover - hypothesis is in the [test] extra
    pass
else:
    _hypothesis_settings.register_profile("ci", derandomize=True, deadline=None,
                                          print_blob=True)
    if os.environ.get("CI"):
        _hypothesis_settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
BUILDER = ROOT / "benchmarks" / "make_models.py"


def _load_builder() -> ModuleType:
    """Import benchmarks/make_models.py as the module `make_models` (benchmarks is no package)."""
    if "make_models" in sys.modules:
        return sys.modules["make_models"]
    spec = importlib.util.spec_from_file_location("make_models", BUILDER)
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_models"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def make_models() -> ModuleType:
    """The model builder module, for tests of its pure parts."""
    return _load_builder()


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory, make_models: ModuleType) -> Path:
    """Build tiny models for every direction of the project's models.yaml; return DIR/models.yaml.

    Takes a few seconds, once per session. Point SUMMARIZER_MODELS at the returned file (or pass
    it to `load_settings`) to run the pipeline on real MarianMTModel/MarianTokenizer objects.
    """
    pytest.importorskip("transformers", reason="translation tests need the [translate] extra")
    pytest.importorskip("sentencepiece", reason="translation tests need the [translate] extra")
    return make_models.build_models(tmp_path_factory.mktemp("models"), shape="tiny")


@pytest.fixture(scope="session")
def tiny_settings(tiny_models: Path):
    """The settings read from the tiny models' models.yaml (model paths are absolute folders)."""
    from summarizer.config import load_settings

    return load_settings(tiny_models)


@pytest.fixture(scope="session")
def demo_module() -> ModuleType:
    """The web demo, `summarizer.demo` (demo.py at the top only calls its `main`)."""
    pytest.importorskip("gradio", reason="the web demo needs the [demo] extra")
    import summarizer.demo

    return summarizer.demo


@pytest.fixture(scope="session")
def demo_url(demo_module: ModuleType, tiny_settings) -> Iterator[str]:
    """What `python -m summarizer.demo` serves, over the tiny models: the page, its Gradio API
    and the HTTP API on one free local port, run by uvicorn in a thread; its URL ("/" at the end).

    One server for the session: the API tests and the browser test share it.
    """
    import socket
    import threading
    import time

    import uvicorn

    from summarizer import Pipeline

    pipeline = Pipeline(tiny_settings)
    demo_module.log_preload(pipeline)
    blocks = demo_module.build_demo(pipeline)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = demo_module.create_app(pipeline, blocks, "127.0.0.1", port)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the demo server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(timeout=30)
    blocks.close()
