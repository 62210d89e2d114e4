"""models.yaml: the project's file loads; SUMMARIZER_MODELS picks another; every malformed file
fails at load with a ConfigError that names the bad key and, where there is a closed set, the
valid choices. Length specs from the CLI/UI parse or fail with a usable message."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from summarizer import ConfigError, Language, Length, load_settings
from summarizer.config import DEFAULT_CONFIG, ENV_VAR, ModelSpec, Settings

ROOT = Path(__file__).resolve().parent.parent


def _write(tmp_path: Path, text: str, name: str = "models.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _config_error(tmp_path: Path, text: str) -> str:
    """Load `text` as models.yaml and return the ConfigError's message (failing if none)."""
    with pytest.raises(ConfigError) as info:
        load_settings(_write(tmp_path, text))
    message = str(info.value)
    assert "\n" not in message, "a config error must be one line"
    return message


@pytest.fixture(autouse=True)
def _no_env_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


# --- the good files ---------------------------------------------------------------------------


def test_project_models_yaml_loads_and_is_the_default() -> None:
    settings = load_settings()
    assert settings.path == DEFAULT_CONFIG and DEFAULT_CONFIG.samefile(ROOT / "models.yaml")
    assert settings.summary.method == "extractive"
    assert settings.translation.pivot is Language.ENGLISH
    assert {"en-ru", "ru-en", "kk-en", "en-kk", "any-en"} <= set(settings.translation.models)
    assert all(isinstance(spec, ModelSpec) for spec in settings.translation.models.values())


def test_settings_are_frozen() -> None:
    settings = load_settings()
    with pytest.raises(AttributeError):
        settings.summary = None  # type: ignore[misc]


def test_summarizer_models_env_var_selects_another_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, """
        detection:
          min_letters: 7
        summary:
          lengths:
            short: {sentences: 1}
            long: {words: 90}
    """)
    monkeypatch.setenv(ENV_VAR, str(path))
    settings = load_settings()
    assert settings.path == path
    assert settings.detection.min_letters == 7
    assert settings.summary.lengths.short == Length(sentences=1)
    assert settings.summary.lengths.long == Length(words=90)


def test_explicit_path_wins_over_the_env_var(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(_write(tmp_path, "detection: {min_letters: 9}\n", "env.yaml")))
    chosen = _write(tmp_path, "detection: {min_letters: 4}\n", "chosen.yaml")
    assert load_settings(chosen).detection.min_letters == 4


def test_empty_file_gives_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(_write(tmp_path, ""))
    assert settings.detection == Settings().detection
    assert settings.summary == Settings().summary


def test_relative_model_directory_resolves_against_the_file(tmp_path: Path) -> None:
    (tmp_path / "en-ru").mkdir()
    settings = load_settings(_write(tmp_path, """
        translation:
          models:
            en-ru: {model: ./en-ru, target_token: ">>rus<<"}
            ru-en: {model: Helsinki-NLP/opus-mt-ru-en}
    """))
    assert settings.translation.models["en-ru"].model == str((tmp_path / "en-ru").resolve())
    assert settings.translation.models["en-ru"].is_local
    assert settings.translation.models["ru-en"].model == "Helsinki-NLP/opus-mt-ru-en"
    assert not settings.translation.models["ru-en"].is_local


# --- malformed files --------------------------------------------------------------------------


def test_unknown_top_level_key_is_named_with_the_valid_keys(tmp_path: Path) -> None:
    message = _config_error(tmp_path, "detecton:\n  min_letters: 3\n")
    assert "'detecton'" in message
    assert all(key in message for key in ("detection", "summary", "translation"))


def test_unknown_nested_key_is_named_by_its_dotted_path(tmp_path: Path) -> None:
    message = _config_error(tmp_path, """
        summary:
          lenghts:
            short: {sentences: 2}
    """)
    assert "summary.lenghts" in message
    assert "method" in message and "lengths" in message


def test_unknown_key_inside_a_length_lists_the_length_keys(tmp_path: Path) -> None:
    message = _config_error(tmp_path, "summary:\n  lengths:\n    short: {sentence: 2}\n")
    assert "summary.lengths.short.sentence" in message
    assert all(key in message for key in ("sentences", "words", "ratio"))


@pytest.mark.parametrize(("text", "key"), [
    ("detection:\n  min_letters: three\n", "detection.min_letters"),
    ("detection:\n  min_letters: true\n", "detection.min_letters"),
    ("detection:\n  min_confidence: high\n", "detection.min_confidence"),
    ("translation:\n  num_beams: 2.5\n", "translation.num_beams"),
    ("translation:\n  models:\n    en-ru:\n      model: [a, b]\n",
     "translation.models.en-ru.model"),
], ids=["word-for-int", "bool-for-int", "word-for-float", "float-for-int", "list-for-str"])
def test_value_of_the_wrong_type_names_its_key(tmp_path: Path, text: str, key: str) -> None:
    message = _config_error(tmp_path, text)
    assert key in message
    assert "expected" in message


@pytest.mark.parametrize(("text", "where"), [
    ("detection: 5\n", "detection"),
    ("- detection\n- summary\n", "top level"),
    ("translation:\n  models: [en-ru]\n", "translation.models"),
], ids=["scalar-section", "list-at-top", "list-of-models"])
def test_a_section_that_is_not_a_mapping_is_refused(tmp_path: Path, text: str, where: str) -> None:
    assert where in _config_error(tmp_path, text)


@pytest.mark.parametrize(("key", "value", "choices"), [
    ("engine", "onnx", ("transformers", "ctranslate2")),
    ("device", "tpu", ("auto", "cpu", "cuda")),
], ids=["engine", "device"])
def test_bad_choice_names_the_key_and_the_valid_choices(
        tmp_path: Path, key: str, value: str, choices: tuple[str, ...]) -> None:
    message = _config_error(tmp_path, f"translation:\n  {key}: {value}\n")
    assert f"translation.{key}" in message
    assert value in message
    assert all(choice in message for choice in choices)


def test_bad_summary_method_lists_extractive(tmp_path: Path) -> None:
    message = _config_error(tmp_path, "summary:\n  method: magic\n")
    assert "summary.method" in message and "extractive" in message


def test_unknown_pivot_language_is_named(tmp_path: Path) -> None:
    message = _config_error(tmp_path, "translation:\n  pivot: xx\n")
    assert "translation.pivot" in message and "'xx'" in message


@pytest.mark.parametrize("direction", ["xx-yy", "en-de", "en-en", "enru", "ru-"])
def test_bad_translation_direction_key_is_named_with_the_valid_targets(
        tmp_path: Path, direction: str) -> None:
    message = _config_error(tmp_path, f"""
        translation:
          models:
            {direction}:
              model: Helsinki-NLP/opus-mt-en-ru
    """)
    assert f"translation.models.{direction}" in message
    assert "en, ru, kk" in message


@pytest.mark.parametrize("token", ["rus", ">>rus", ">>RUS<<", ">>kaz_cyrl<<", ">><<"])
def test_malformed_target_token_is_named(tmp_path: Path, token: str) -> None:
    message = _config_error(tmp_path, f"""
        translation:
          models:
            en-ru:
              model: Helsinki-NLP/opus-mt-tc-big-en-zle
              target_token: "{token}"
    """)
    assert "en-ru" in message and "target_token" in message
    assert repr(token) in message
    assert ">>rus<<" in message  # shows what a good token looks like


def test_missing_model_is_named_as_required(tmp_path: Path) -> None:
    message = _config_error(tmp_path, """
        translation:
          models:
            en-ru:
              revision: main
    """)
    assert "translation.models.en-ru.model" in message
    assert "required" in message


def test_misspelt_model_key_lists_the_model_keys(tmp_path: Path) -> None:
    message = _config_error(tmp_path, "translation:\n  models:\n    en-ru: {modle: x/y}\n")
    assert "translation.models.en-ru.modle" in message
    assert all(key in message for key in ("model", "revision", "target_token"))


def test_empty_model_is_refused(tmp_path: Path) -> None:
    message = _config_error(tmp_path, "translation:\n  models:\n    en-ru: {model: ''}\n")
    assert "en-ru" in message and "model" in message


@pytest.mark.parametrize(("text", "words"), [
    ("summary:\n  lengths:\n    short: {sentences: 0}\n", ("summary.lengths.short", "sentences")),
    ("summary:\n  lengths:\n    short: {}\n", ("summary.lengths.short",)),
    ("summary:\n  lengths:\n    long: {ratio: 2}\n", ("summary.lengths.long", "ratio")),
    ("translation:\n  num_beams: 0\n", ("translation", "num_beams")),
    ("translation:\n  max_input_tokens: 1000\n", ("translation", "max_input_tokens")),
    ("translation:\n  cpu_batch_rows: -1\n", ("translation", "cpu_batch_rows")),
], ids=["zero-sentences", "empty-length", "ratio-over-one", "zero-beams", "too-many-tokens",
        "negative-rows"])
def test_out_of_range_value_is_named(tmp_path: Path, text: str, words: tuple[str, ...]) -> None:
    message = _config_error(tmp_path, text)
    assert all(word in message for word in words)


@pytest.mark.parametrize(("text", "key"), [
    ("detection:\n  min_confidence: 2\n", "min_confidence"),
    ("detection:\n  warn_confidence: -0.1\n", "warn_confidence"),
    ("detection:\n  min_letters: 0\n", "min_letters"),
], ids=["confidence-over-one", "negative-confidence", "zero-letters"])
def test_detection_threshold_out_of_range_is_refused_at_load(
        tmp_path: Path, text: str, key: str) -> None:
    message = _config_error(tmp_path, text)
    assert "detection" in message and key in message


@pytest.mark.parametrize("text", ["detection: [1, 2\n", "detection:\n\tmin_letters: 3\n",
                                  "a: b: c\n"], ids=["unclosed", "tab", "double-colon"])
def test_invalid_yaml_is_a_config_error_naming_the_file(tmp_path: Path, text: str) -> None:
    message = _config_error(tmp_path, text)
    assert "not valid YAML" in message
    assert "models.yaml" in message


def test_file_that_is_not_utf8_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "models.yaml"
    path.write_bytes(b"detection:\n  min_letters: 3 # caf\xe9\n")
    with pytest.raises(ConfigError, match="models.yaml"):
        load_settings(path)


def test_missing_file_is_a_config_error_naming_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "models.yaml"
    with pytest.raises(ConfigError, match="not found") as info:
        load_settings(missing)
    assert str(missing) in str(info.value)


def test_missing_file_named_by_the_env_var_is_a_config_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "gone.yaml"))
    with pytest.raises(ConfigError, match="gone.yaml"):
        load_settings()


def test_config_error_exit_code_is_six() -> None:
    assert ConfigError.exit_code == 6


# --- Length -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("spec", "expected"), [
    ("3", Length(sentences=3)),
    ("3s", Length(sentences=3)),
    (" 4 sentences", Length(sentences=4)),
    ("80w", Length(words=80)),
    ("80W", Length(words=80)),
    ("120 words", Length(words=120)),
    ("25%", Length(ratio=0.25)),
    ("100%", Length(ratio=1.0)),
])
def test_length_parse_reads_sentences_words_and_ratios(spec: str, expected: Length) -> None:
    assert Length.parse(spec) == expected


@pytest.mark.parametrize("spec", ["", "x", "0", "-1", "2.5", "abcw", "0w", "0%", "150%", "%", "w"])
def test_length_parse_refuses_bad_specs_with_a_usable_message(spec: str) -> None:
    with pytest.raises(ValueError, match="bad length") as info:
        Length.parse(spec)
    message = str(info.value)
    assert repr(spec) in message
    assert "3" in message and "80w" in message and "25%" in message


def test_length_parse_says_why_a_number_is_out_of_range() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        Length.parse("0")
    with pytest.raises(ValueError, match=r"ratio must be in \(0, 1\]"):
        Length.parse("150%")


def test_length_needs_at_least_one_limit() -> None:
    with pytest.raises(ValueError, match="at least one"):
        Length()


def test_user_config_overrides_the_bundled_one(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "xdg" / "summarizer" / "models.yaml"
    user.parent.mkdir(parents=True)
    user.write_text("summary:\n  method: auto\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert load_settings().path == user
    assert load_settings().summary.method == "auto"
    named = tmp_path / "named.yaml"
    named.write_text("summary:\n  method: extractive\n", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(named))
    assert load_settings().path == named  # the environment variable wins over the user file


def test_bundled_config_is_package_data() -> None:
    import tomllib

    assert DEFAULT_CONFIG.parent == ROOT / "summarizer"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "models.yaml" in project["tool"]["setuptools"]["package-data"]["summarizer"]
