"""A real (non-editable) install runs: the package is built from this checkout with pip, as a user's
`pip install .` would, into a folder of its own, and the CLI and the demo module run from another
folder, with only what the install put there (configuration, detection profiles, the demo)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`pip install --no-deps --target DIR .`: the wheel's files, without the dependencies, which
    this test environment already has."""
    target = tmp_path_factory.mktemp("site")
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                           "--no-build-isolation", "--target", str(target), str(ROOT)],
                          capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        pytest.fail(f"pip install failed:\n{done.stderr[-3000:]}")
    return target


def _run(installed: Path, cwd: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SUMMARIZER_MODELS"}
    env.update({"PYTHONPATH": str(installed), "HF_HUB_OFFLINE": "1",
                "XDG_CONFIG_HOME": str(cwd / "xdg")})
    return subprocess.run([sys.executable, *argv], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=120, check=False)


def test_installed_package_is_the_one_imported(installed: Path, tmp_path: Path) -> None:
    done = _run(installed, tmp_path, "-c", "import summarizer; print(summarizer.__file__)")
    assert done.stdout.strip() == str(installed / "summarizer" / "__init__.py"), done.stderr


def test_installed_cli_summarizes_a_file_from_another_folder(installed: Path,
                                                             tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text((ROOT / "examples" / "news_ru.txt").read_text(encoding="utf-8"),
                       encoding="utf-8")
    done = _run(installed, tmp_path, "-m", "summarizer", "summarize", "article.txt")
    assert done.returncode == 0, done.stderr
    assert "Short summary" in done.stdout and "ru" in done.stdout


def test_installed_cli_prints_its_version(installed: Path, tmp_path: Path) -> None:
    import summarizer

    done = _run(installed, tmp_path, "-m", "summarizer", "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"summarizer {summarizer.__version__}"


def test_installed_demo_module_starts(installed: Path, tmp_path: Path) -> None:
    done = _run(installed, tmp_path, "-m", "summarizer.demo", "--help")
    assert done.returncode == 0, done.stderr
    assert "--port" in done.stdout
