"""Damaged or pickled model weights end in one line and exit 7 naming the file (issue 10 §5).

Each test copies one of the tiny real Marian models (tests/conftest.py) into its own folder and
damages the copy: a safetensors file cut in half or overwritten, and the weights saved as a
pickle (refused unless `translation.allow_pickle`; with it, a pickle that is not plain tensors
is still refused by torch's `weights_only` loader).
"""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.errors import ModelError
from summarizer.local import load_pretrained

pytest.importorskip("transformers")

SENTENCE = "The council met on Monday and approved the budget for the new school year."


def _copy(tiny_models: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the en-ru model and a models.yaml pointing en-ru at it."""
    original = tiny_models.parent / "en-ru"
    copy = tmp_path / "en-ru"
    shutil.copytree(original, copy)
    config = tmp_path / "models.yaml"
    text = tiny_models.read_text(encoding="utf-8")  # model folders are relative to it
    text = text.replace("model: ./", f"model: {tiny_models.parent}/")
    config.write_text(text.replace(f"model: {original}\n", f"model: {copy}\n"),
                      encoding="utf-8")
    assert f"model: {copy}\n" in config.read_text(encoding="utf-8")
    return copy, config


def _as_pickle(folder: Path) -> Path:
    """Replace the safetensors weights with the same tensors in pytorch_model.bin."""
    import torch
    from safetensors.torch import load_file

    weights = folder / "model.safetensors"
    tensors = load_file(str(weights))
    weights.unlink()
    torch.save(tensors, folder / "pytorch_model.bin")
    return folder / "pytorch_model.bin"


def _cli(capsys: pytest.CaptureFixture[str], config: Path) -> tuple[int, str]:
    code = main(["translate", "--text", SENTENCE, "--from", "en", "--to", "ru", "--config",
                 str(config)])
    out, err = capsys.readouterr()
    assert out == ""
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return code, err


@pytest.mark.parametrize("damage", ["cut", "overwritten"])
def test_damaged_safetensors_is_exit_7_naming_the_file(damage: str, tiny_models: Path,
                                                       tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    folder, config = _copy(tiny_models, tmp_path)
    weights = folder / "model.safetensors"
    data = weights.read_bytes()
    weights.write_bytes(data[: len(data) // 2] if damage == "cut" else b"\x00" * len(data))
    code, err = _cli(capsys, config)
    assert code == 7, err
    assert str(weights) in err and "damaged" in err


def test_pickled_weights_are_refused_unless_allowed(tiny_models: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder, config = _copy(tiny_models, tmp_path)
    pickled = _as_pickle(folder)
    code, err = _cli(capsys, config)
    assert code == 7, err
    assert str(pickled) in err and "allow_pickle" in err


def test_allowed_pickle_loads_plain_tensors_but_not_code(tiny_models: Path,
                                                         tmp_path: Path) -> None:
    folder, _ = _copy(tiny_models, tmp_path)
    _as_pickle(folder)
    _, model = load_pretrained("en-ru", folder, "cpu", "MarianTokenizer", "MarianMTModel",
                               "translation", allow_pickle=True)
    assert model.config.vocab_size > 0

    class Payload:  # what a hostile pickle carries: a call made while unpickling
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (print, ("unpickled code ran",))

    with open(folder / "pytorch_model.bin", "wb") as stream:
        pickle.dump({"weight": Payload()}, stream)
    with pytest.raises(ModelError, match="pytorch_model.bin") as caught:
        load_pretrained("en-ru", folder, "cpu", "MarianTokenizer", "MarianMTModel",
                        "translation", allow_pickle=True)
    assert "\n" not in str(caught.value)
