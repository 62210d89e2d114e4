"""The transformers engine for Marian (OPUS-MT) models, and the rules both engines share.

`max_output_tokens` (the output cap for an input length) and `check_target_token` (a multi-target
model must know its `>>xx<<` token) are used by the CTranslate2 engine too, so that both engines
give the same text for the same tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .config import ModelSpec
from .errors import ModelError
from .languages import Engine
from .local import load_pretrained, resolve_device

#: Decoding for the faithfulness guard's one retry (guard.py): no 3-gram twice, repeated tokens
#: penalised. Both engines take these two keywords under the same names.
SAFER_DECODING: dict[str, Any] = {"no_repeat_ngram_size": 3, "repetition_penalty": 1.2}

#: Files a Marian repo needs locally (weights in either format).
MARIAN_FILES = ("config.json", "vocab.json", "source.spm", "target.spm", "tokenizer_config.json")


@dataclass
class TransformersEngine:
    """MarianMTModel + MarianTokenizer on torch: beam search with renormalized logits."""

    model: Any
    tokenizer: Any
    device: str
    num_beams: int
    #: Extra `generate` keywords, for benchmarks that force equal output lengths.
    generate_options: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, spec: ModelSpec, path: Path, device: str, num_beams: int,
             quantization: str = "auto", allow_pickle: bool = False) -> TransformersEngine:
        """Load from the local folder `path`; `quantization` is ctranslate2's (float32 here);
        `allow_pickle` lets pickled `pytorch_model.bin` weights load (see `local`)."""
        device = resolve_device(device, Engine.TRANSFORMERS)
        tokenizer, model = load_pretrained(spec.model, path, device, "MarianTokenizer",
                                           "MarianMTModel", "translation",
                                           allow_pickle=allow_pickle)
        check_target_token(spec, tokenizer.get_vocab())
        return cls(model, tokenizer, device, num_beams)

    def safer(self) -> TransformersEngine:
        """The same model decoding with `SAFER_DECODING` (for the guard's retry)."""
        return replace(self, generate_options={**self.generate_options, **SAFER_DECODING})

    @property
    def max_length(self) -> int:
        """The model's own cap on output length (512 for OPUS-MT)."""
        return self.model.generation_config.max_length or 512

    def pieces(self, text: str) -> list[str]:
        return self.tokenizer.tokenize(text)

    def translate_pieces(self, batch: Sequence[Sequence[str]]) -> list[str]:
        import torch

        ids = [self.tokenizer.convert_tokens_to_ids(list(item)) for item in batch]
        width = max(len(row) for row in ids)
        pad = self.tokenizer.pad_token_id
        input_ids = torch.tensor([row + [pad] * (width - len(row)) for row in ids],
                                 device=self.device)
        attention = torch.tensor([[1] * len(row) + [0] * (width - len(row)) for row in ids],
                                 device=self.device)
        with torch.inference_mode():
            output = self.model.generate(
                input_ids=input_ids,
                attention_mask=attention,
                num_beams=self.num_beams,
                max_length=min(self.max_length, max_output_tokens(width)),
                renormalize_logits=True,
                **self.generate_options,
            )
        # Each row gets the cap its own input length allows, not the batch's longest: a sentence
        # must translate the same whatever it is batched with. Alone, generation would stop at
        # that cap with a forced </s> in its last place, so the row keeps one token fewer.
        rows = [out[:min(self.max_length, max_output_tokens(len(row))) - 1]
                for out, row in zip(output.tolist(), ids)]
        return self.tokenizer.batch_decode(rows, skip_special_tokens=True)


def max_output_tokens(input_tokens: int) -> int:
    """Room for the translation: generous for wordier targets, capped at the models' 512."""
    return min(512, 2 * input_tokens + 16)


def check_target_token(spec: ModelSpec, vocabulary: dict[str, int]) -> None:
    """A multi-target model needs its target token in the vocabulary; say which ones exist."""
    if spec.target_token is None or spec.target_token in vocabulary:
        return
    known = sorted(token for token in vocabulary if token.startswith(">>") and token.endswith("<<"))
    hint = f"; it knows {', '.join(known[:12])}{' …' if len(known) > 12 else ''}" if known else ""
    raise ModelError(f"target_token {spec.target_token} is not in the vocabulary of "
                     f"{spec.model}{hint}")
