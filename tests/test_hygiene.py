"""clean_text: what no later stage may meet is gone, counted in notes; clean text passes as is."""

import json
import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.hygiene import clean_text


def test_clean_text_leaves_ordinary_multilingual_text_alone():
    text = "Алматыда жаңа көпір ашылды.\nThe bridge opened.\tМост открыт: 12 км, 5 % — «ура»! 😀"
    assert clean_text(text) == (text, ())


def test_lone_surrogates_become_replacement_characters_and_are_counted():
    cleaned, notes = clean_text("news \ud83d from a broken export \udc00.")
    assert cleaned == "news \ufffd from a broken export \ufffd."
    assert len(notes) == 1 and "replaced 2 invalid code points" in notes[0]
    cleaned.encode("utf-8")  # would raise UnicodeEncodeError before cleaning


def test_a_surrogate_pair_split_in_two_code_points_is_joined_not_replaced():
    cleaned, notes = clean_text("smile \ud83d\ude00 please")
    assert cleaned == "smile \U0001f600 please" and notes == ()


def test_noncharacters_are_replaced():
    cleaned, notes = clean_text("a\uffffb\ufdd0c")
    assert cleaned == "a\ufffdb\ufffdc" and "2 invalid code points" in notes[0]


def test_nul_and_control_characters_are_removed_but_tabs_and_newlines_kept():
    cleaned, notes = clean_text("col1\tcol2\nli\x00ne\x07 two\x1b[31m red\x7f\x85end")
    assert cleaned == "col1\tcol2\nline two[31m red\nend"
    assert notes == ("removed 4 control characters (1 NUL)",)


def test_nul_far_into_the_text_is_removed_too():
    text = "Word. " * 3000 + "\x00tail"  # past the first 8 KiB, where a sniffing check ends
    cleaned, _ = clean_text(text)
    assert "\x00" not in cleaned and cleaned.endswith("tail")


def test_line_separators_become_newlines_not_glued_words():
    cleaned, notes = clean_text("one\r\ntwo\rthree\u2028four\ffive\u2029six")
    assert cleaned == "one\ntwo\nthree\nfour\nfive\n\nsix"
    assert notes == ()  # a line break in another form is not worth a note


def test_zero_width_and_other_invisible_characters_are_removed():
    text = "news\u200bpaper \ufeffBOM inside, soft\u00adhyphen, z\u200cw\u200dj, \u202eevil\u202c"
    cleaned, notes = clean_text(text)
    assert cleaned == "newspaper BOM inside, softhyphen, zwj, evil"
    assert notes == ("removed 7 invisible formatting characters (zero-width, soft hyphen, BOM "
                     "or bidi control)",)


def test_decomposed_letters_are_composed_nfc():
    decomposed = "и\u0306од, cafe\u0301, қ"  # й and é as letter + combining mark
    cleaned, notes = clean_text(decomposed)
    assert cleaned == "йод, café, қ" and len(cleaned) == len(decomposed) - 2
    assert notes == ("normalised to Unicode NFC",)


def test_a_removed_invisible_character_between_letter_and_mark_still_gives_nfc():
    cleaned, _ = clean_text("e\u200b\u0301")
    assert cleaned == "é"


_ALLOWED_CONTROLS = {"\n", "\t"}


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=200))
def test_clean_text_properties_on_any_text(text):
    cleaned, notes = clean_text(text)
    cleaned.encode("utf-8")  # encodable: no lone surrogates left
    json.dumps(cleaned, ensure_ascii=False).encode("utf-8")
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not any(unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS
                   for ch in cleaned)
    assert not any(ch in cleaned for ch in "\u200b\u200c\u200d\ufeff\u00ad\u2028\u2029")
    assert clean_text(cleaned) == (cleaned, ())  # idempotent: once is enough
    if not notes:  # nothing but line breaks in another form may change silently
        assert cleaned == re.sub("\r\n|[\r\v\f\x1c-\x1e\x85\u2028]", "\n",
                                 text).replace("\u2029", "\n\n")
    else:
        assert cleaned != text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(categories=("L", "N", "P", "Zs")), max_size=200))
def test_letters_digits_and_punctuation_survive_unchanged_up_to_nfc(text):
    cleaned, _ = clean_text(text)
    assert cleaned == unicodedata.normalize("NFC", text)
