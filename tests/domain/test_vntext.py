"""Vietnamese text: normalisation, diacritics-free search keys, alphabetical sort keys."""

from __future__ import annotations

import unicodedata

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
