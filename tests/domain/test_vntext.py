"""Vietnamese text: normalisation, diacritics-free search keys, alphabetical sort keys."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from dvk_desktop.domain import vntext
from dvk_desktop.domain.vntext import (
    clean_text,
    format_number,
    search_key,
    sort_key,
    strip_diacritics,
    vietnamese_sorted,
)


def test_search_key_ignores_case_and_diacritics():
    assert search_key("Dân vận khéo") == "dan van kheo"
    assert search_key("ĐẮK LẮK") == "dak lak"
    assert "dan van kheo" in search_key("Phong trào thi đua “Dân vận khéo” năm 2024")


def test_search_key_matches_decomposed_input():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Đào")
    assert search_key(decomposed) == search_key("Nguyễn Thị Đào") == "nguyen thi dao"


def test_search_key_collapses_whitespace():
    assert search_key("  Xã   Nghi\tLộc ") == "xa nghi loc"


def test_strip_diacritics_keeps_ascii_untouched():
    assert strip_diacritics("Camera 24/7") == "Camera 24/7"
    assert strip_diacritics("Ưu đãi") == "Uu dai"


def test_letters_follow_the_vietnamese_alphabet():
    letters = ["y", "ư", "u", "ơ", "ô", "o", "đ", "d", "ê", "e", "â", "ă", "a", "b", "c"]
    assert vietnamese_sorted(letters) == ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "o",
                                          "ô", "ơ", "u", "ư", "y"]


def test_tones_come_after_base_letters_in_dictionary_order():
    tones = ["ạn", "án", "ãn", "ản", "àn", "an"]
    assert vietnamese_sorted(tones) == ["an", "àn", "ản", "ãn", "án", "ạn"]


def test_letters_outrank_tones():
    # "ăn" (a different letter) sorts after every tone of "an", even "ạn".
    assert sort_key("ạn") < sort_key("ăn")
    assert sort_key("Ân") > sort_key("ăn")


def test_names_sort_as_in_a_vietnamese_list():
    names = ["Đặng Văn Lâm", "Dương Thị Hoa", "Nguyễn Văn Á", "Ngô Minh", "Nguyễn Văn A",
             "Bùi Thị Yến"]
    assert vietnamese_sorted(names) == ["Bùi Thị Yến", "Dương Thị Hoa", "Đặng Văn Lâm",
                                        "Ngô Minh", "Nguyễn Văn A", "Nguyễn Văn Á"]


def test_sort_key_is_case_insensitive_first():
    assert sort_key("an") < sort_key("An") < sort_key("anh")


def test_clean_text_is_nfc_and_trimmed():
    assert clean_text("  Ho\u0302\u0300ng ") == "Hồng"
    assert clean_text(None) == ""


def test_vietnamese_number_format():
    assert format_number(4494) == "4.494"
    assert format_number(1234567.5, 1) == "1.234.567,5"
    assert format_number(None) == ""


def test_search_key_turns_punctuation_into_word_breaks():
    assert search_key("Chi hội “5 không 3 sạch”, xóm Bắc") == "chi hoi 5 khong 3 sach xom bac"


# Keys are stored in every registry and compared with keys made later: their exact text must
# never change. The rules, character by character, as first written:
def _rule_search_key(*parts):
    import re

    joined = " ".join(p for p in parts if p)
    nfc = unicodedata.normalize("NFC", joined)
    bare = "".join("d" if c == "đ" else "D" if c == "Đ" else "".join(
        m for m in unicodedata.normalize("NFD", c) if unicodedata.category(m) != "Mn")
        for c in nfc) if not joined.isascii() else joined
    return re.sub(r"[\W_]+", " ", bare.casefold()).strip()


def _rule_sort_key(text):
    import re

    from dvk_desktop.domain.vntext import _char_key

    source = re.sub(r"\s+", " ", clean_text(text))
    keys = [_char_key(ch) for ch in source.casefold()]
    case = "".join("1" if ch.isupper() else "0" for ch in source)
    return "".join(k[0] for k in keys) + "\u0001" + "".join(k[1] for k in keys) + "\u0001" + case


def _corpus() -> list[str]:
    import random

    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYfjwzFJWZ"
    marks = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323", "\u0306", "\u0302", "\u031b"]
    others = list(" \t\n\u00a0\u3000\u2028_-.,;:!?\"“”'()[]/\\&%0123456789٣²½ßǅΣς€😀\u200b")
    pieces = [unicodedata.normalize(form, letter + mark) for letter in letters for mark in marks
              for form in ("NFC", "NFD")] + others
    chosen = random.Random(7)
    texts = ["", "   ", "Dân vận khéo", "  Ủy ban  nhân\tdân xã Đắk Lắk ", "__a__b__"]
    texts += ["".join(chosen.choice(pieces) for _ in range(chosen.randint(1, 40)))
              for _ in range(3000)]
    return texts


def test_keys_are_exactly_those_of_the_character_rules():
    texts = _corpus()
    for text in texts:
        assert search_key(text) == _rule_search_key(text), repr(text)
        assert sort_key(text) == _rule_sort_key(text), repr(text)
    for a, b, c in zip(texts, texts[1:], texts[2:], strict=False):
        assert search_key(a, None, b, "", c) == _rule_search_key(a, None, b, "", c)


# --- Keys worked out word by word equal the keys of the whole text -----------------------

def _whole_search_key(*parts):
    joined = " ".join([p for p in parts if p])
    return " ".join(strip_diacritics(joined).casefold().translate(vntext._WORD).split())


def _whole_sort_key(text):
    source = " ".join(clean_text(text).split())
    folded = source.casefold()
    return (folded.translate(vntext._PRIMARY) + "\u0001" + folded.translate(vntext._TONE)
            + "\u0001" + source.translate(vntext._CASE))


# Vietnamese letters composed and decomposed, lone tone marks (also after a space), every
# kind of whitespace Python splits on, punctuation, letters whose case folding grows.
_PIECES = ["Dân", "vận", "khéo", "ĐẮK", "lắk", "Ư", "ơ", "a\u0306\u0301", "e\u0302\u0323",
           "\u0301", "\u0309", " ", "  ", "\t", "\n", "\u2000", "\u3000", "\x1c", "\x85",
           "\xa0", ",", "–", "“", "(", "1", "2025", "ß", "İ", "ﬁ", "Ω", "x"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
       st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
@settings(max_examples=3000, deadline=None)
def test_keys_by_word_equal_the_keys_of_the_whole_text(text, other):
    assert search_key(text, None, other) == _whole_search_key(text, None, other)
    assert sort_key(text) == _whole_sort_key(text)
    assert sort_key(other) == _whole_sort_key(other)
