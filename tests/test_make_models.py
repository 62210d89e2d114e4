"""The tiny test models look and behave like Helsinki-NLP OPUS-MT checkpoints."""

import json
from pathlib import Path

import pytest

from summarizer.config import load_settings

OPUS_MT_FILES = {
    "config.json",
    "generation_config.json",
    "model.safetensors",
    "source.spm",
    "target.spm",
    "vocab.json",
    "tokenizer_config.json",
}
OPTIONAL_FILES = {"special_tokens_map.json"}  # written by some transformers versions

SENTENCES = [
    "The government approved the draft budget for next year.",
    "Heavy snow is expected in the northern regions on Friday.",
    "Правительство одобрило проект бюджета на следующий год.",
    "Үкімет келесі жылға арналған бюджет жобасын мақұлдады.",
    "Inflation slowed to 8.4 percent in March.",
    "The match ended in a draw.",
]


def _load(folder: str):
    from transformers import MarianMTModel, MarianTokenizer

    return MarianTokenizer.from_pretrained(folder), MarianMTModel.from_pretrained(folder).eval()


def _read_json(folder: str, name: str) -> dict:
    return json.loads((Path(folder) / name).read_text(encoding="utf-8"))


def test_every_direction_of_the_project_config_is_built(tiny_settings):
    project = load_settings()  # the project's own models.yaml
    assert set(tiny_settings.translation.models) == set(project.translation.models)


def test_every_direction_folder_holds_the_opus_mt_file_set(tiny_settings):
    for direction, spec in tiny_settings.translation.models.items():
        files = {path.name for path in Path(spec.model).iterdir()}
        assert OPUS_MT_FILES <= files <= OPUS_MT_FILES | OPTIONAL_FILES, direction


def test_vocab_ends_with_pad_and_holds_the_target_token(tiny_settings):
    for direction, spec in tiny_settings.translation.models.items():
        vocab = _read_json(spec.model, "vocab.json")
        assert max(vocab, key=vocab.get) == "<pad>", direction
        assert sorted(vocab.values()) == list(range(len(vocab))), direction
        assert vocab["</s>"] == 0 and vocab["<unk>"] == 1, direction
        if spec.target_token:
            assert spec.target_token in vocab, direction


def test_generation_config_bans_pad_and_starts_decoding_with_it(tiny_settings):
    for direction, spec in tiny_settings.translation.models.items():
        pad = len(_read_json(spec.model, "vocab.json")) - 1
        generation = _read_json(spec.model, "generation_config.json")
        assert generation["bad_words_ids"] == [[pad]], direction
        assert generation["decoder_start_token_id"] == pad == generation["pad_token_id"], direction
        assert generation["eos_token_id"] == generation["forced_eos_token_id"] == 0, direction
        assert "renormalize_logits" not in generation, direction  # real OPUS-MT repos lack it
        config = _read_json(spec.model, "config.json")
        assert config["vocab_size"] == pad + 1 and config["decoder_start_token_id"] == pad


def test_model_and_tokenizer_load_offline_with_from_pretrained(tiny_settings):
    import huggingface_hub.constants

    assert huggingface_hub.constants.HF_HUB_OFFLINE  # conftest switched the hub off in time
    for direction, spec in tiny_settings.translation.models.items():
        tokenizer, model = _load(spec.model)
        assert model.config.vocab_size == len(tokenizer) == tokenizer.vocab_size, direction
        assert tokenizer.pad_token_id == model.config.pad_token_id, direction
        assert tokenizer.eos_token_id == 0, direction


def test_leading_target_token_stays_one_token(tiny_settings):
    spec = tiny_settings.translation.models["en-ru"]
    tokenizer, _ = _load(spec.model)
    ids = tokenizer(f"{spec.target_token} Hello world").input_ids
    assert ids[0] == tokenizer.convert_tokens_to_ids(spec.target_token) != tokenizer.unk_token_id
    assert ids[-1] == tokenizer.eos_token_id
    assert spec.target_token in tokenizer.supported_language_codes


@pytest.mark.parametrize("text", ["Казахстан", "Қазақстан", "Kazakhstan"])
def test_one_tokenizer_covers_english_russian_and_kazakh(tiny_settings, text):
    tokenizer, _ = _load(tiny_settings.translation.models["any-en"].model)
    assert tokenizer.unk_token_id not in tokenizer(text).input_ids


def test_generation_depends_on_the_input(tiny_settings):
    import torch

    for direction, spec in tiny_settings.translation.models.items():
        tokenizer, model = _load(spec.model)
        prefix = f"{spec.target_token} " if spec.target_token else ""
        batch = tokenizer([prefix + s for s in SENTENCES], return_tensors="pt", padding=True)
        with torch.no_grad():
            # Random weights never emit </s>: cap the length or generation runs to 512 tokens.
            output = model.generate(**batch, num_beams=2, max_length=16)
        distinct = {tuple(row.tolist()) for row in output}
        assert len(distinct) >= len(SENTENCES) // 2, f"{direction}: {len(distinct)} distinct"


def test_directions_get_different_weights(tiny_settings):
    import torch

    models = tiny_settings.translation.models
    _, en_ru = _load(models["en-ru"].model)
    _, en_kk = _load(models["en-kk"].model)
    first = en_ru.model.encoder.layers[0].fc1.weight
    assert not torch.equal(first, en_kk.model.encoder.layers[0].fc1.weight)


def test_generated_models_yaml_keeps_the_settings_and_points_at_the_models(
    tiny_models, tiny_settings
):
    project = load_settings()
    assert tiny_settings.path == tiny_models
    assert tiny_settings.detection == project.detection
    assert tiny_settings.summary.lengths == project.summary.lengths
    assert tiny_settings.summary.method == project.summary.method
    assert tiny_settings.translation.num_beams == project.translation.num_beams
    summary_models = tiny_settings.summary.abstractive.models
    assert set(summary_models) == {"en", "ru"}
    for language, spec in summary_models.items():
        assert Path(spec.model) == tiny_models.parent / f"summary-{language}"
        assert spec.is_local and (Path(spec.model) / "config.json").is_file()
    for direction, spec in tiny_settings.translation.models.items():
        assert Path(spec.model) == tiny_models.parent / direction
        assert spec.is_local and Path(spec.model).is_dir()
        assert spec.revision == "main"
        assert spec.target_token == project.translation.models[direction].target_token


def test_filler_pads_the_vocab_before_target_tokens_and_pad(make_models):
    vocab = make_models.build_vocab(["</s>", "<unk>", "▁a"], [">>rus<<"], size=6)
    fillers = ["▁x00001", "▁x00002", "▁x00003"]
    assert list(vocab) == ["</s>", "<unk>", "▁a", *fillers, ">>rus<<", "<pad>"]


def test_build_only_some_directions(make_models, tmp_path):
    path = make_models.build_models(tmp_path, shape="tiny", directions=["ru-en"], summaries=False)
    assert set(load_settings(path).translation.models) == {"ru-en"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["models.yaml", "ru-en"]


def test_unknown_direction_is_refused_with_the_choices(make_models, tmp_path):
    with pytest.raises(ValueError, match="'en-de'.*choices: en-ru"):
        make_models.build_models(tmp_path, directions=["en-de"])


# --- the real shapes, checked without building their weights ------------------------------------


def test_auto_shape_follows_the_configured_model_family(make_models):
    project = load_settings()
    shapes = {d: make_models.shape_of(spec.model) for d, spec in project.translation.models.items()}
    assert shapes["en-ru"] == shapes["ru-en"] == "tc-big"  # opus-mt-tc-big-en-zle / -zle-en
    assert shapes["kk-en"] == shapes["en-kk"] == "tc-big"  # opus-mt-tc-bible-big-*
    assert shapes["any-en"] == "base"  # opus-mt-mul-en
    assert make_models.resolve_shape("auto", "Helsinki-NLP/opus-mt-en-ru") == "base"
    assert make_models.resolve_shape("tiny", "Helsinki-NLP/opus-mt-tc-big-en-zle") == "tiny"
    with pytest.raises(ValueError, match="'huge'.*choices: auto"):
        make_models.resolve_shape("huge", "x")


def test_tc_big_config_has_the_published_layout_and_size(make_models):
    import torch
    from transformers import MarianMTModel

    pieces = [f"▁p{i}" for i in range(12_000)]
    vocab = make_models.build_vocab(pieces, make_models.direction_tokens(">>rus<<", "tc-big"),
                                    make_models.SHAPES["tc-big"]["vocab_size"])
    config = make_models.marian_config(len(vocab), "tc-big")
    assert 55_000 <= config.vocab_size <= 60_000
    assert (config.d_model, config.encoder_layers, config.decoder_layers) == (1024, 6, 6)
    assert config.encoder_attention_heads == config.decoder_attention_heads == 16
    assert config.encoder_ffn_dim == config.decoder_ffn_dim == 4096
    assert config.max_position_embeddings == 1024
    assert config.share_encoder_decoder_embeddings is True
    assert config.pad_token_id == config.decoder_start_token_id == len(vocab) - 1
    generation = make_models.generation_config(len(vocab), "tc-big")
    assert (generation.num_beams, generation.max_length) == (4, 512)
    with torch.device("meta"):  # shapes only: no memory for ~240M weights
        parameters = MarianMTModel(config).num_parameters()
    assert 230e6 <= parameters <= 250e6


def test_tc_big_vocab_keeps_many_target_tokens_whole(make_models, tmp_path):
    from transformers import MarianTokenizer

    spm_bytes = make_models.train_sentencepiece(make_models.corpus_lines(), 800)
    tokens = make_models.direction_tokens(">>kaz<<", "tc-big")
    vocab = make_models.build_vocab(make_models.spm_pieces(spm_bytes), tokens, 2_000)
    make_models.write_tokenizer(tmp_path, spm_bytes, vocab)
    tokenizer = MarianTokenizer.from_pretrained(tmp_path)
    assert tokens[0] == ">>kaz<<" and len(tokens) == len(set(tokens))
    for token in (">>rus<<", ">>kaz_Cyrl<<", ">>eng<<", ">>kaz<<"):
        ids = tokenizer(f"{token} Бүгін ауа райы жақсы.").input_ids
        assert ids[0] == vocab[token] and ids[-1] == 0, token
    assert max(vocab, key=vocab.get) == "<pad>" and len(vocab) == 2_000 + len(tokens) + 1


def test_the_tokenizer_text_stays_fixed_as_the_evaluation_set_grows(make_models, tmp_path):
    """Articles 100 and up once matched "10*" and changed every tiny model (and which of their
    random outputs the guard flags) whenever a blind round added data."""
    folder = tmp_path / "benchmarks" / "data" / "summaries" / "en"
    folder.mkdir(parents=True)
    for name in ("01", "10", "100", "105"):
        for suffix in (".txt", ".short.txt"):
            (folder / f"{name}{suffix}").write_text(f"Line of article {name}.\n", "utf-8")
    lines = make_models.corpus_lines(tmp_path)
    assert sorted(set(lines)) == ["Line of article 01.", "Line of article 10."]
