"""Vietnamese text helpers: normalisation, diacritics-free search keys, alphabetical sort keys.

The sort key orders strings as a Vietnamese dictionary does: letters in the order
a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, then — only where the letters are
equal — by tone (ngang, huyền, hỏi, ngã, sắc, nặng), then by case. It is a plain string whose
code-point order is that order, so it can be stored and sorted by SQLite's binary collation.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
_LETTER_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}

# Combining marks: the ones that make a new letter, and the five tones in dictionary order.
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
_LETTER_MARKS = {_BREVE, _CIRCUMFLEX, _HORN}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

_SEPARATOR = "\u0001"
_SPACE_KEY = "\u0002"
_PUNCT_KEY = "\u0003"
_DIGIT_BASE = 0x30
_LETTER_BASE = 0x100
_OTHER_BASE = 0x1000


def nfc(text: str) -> str:
    """Unicode NFC form: the one composed spelling of every Vietnamese letter."""
    return unicodedata.normalize("NFC", text)


def clean_text(text: str | None) -> str:
    """Text as stored: NFC, with leading and trailing whitespace removed."""
    return nfc(text or "").strip()


@lru_cache(maxsize=8192)
def _bare_char(ch: str) -> str:
    if ch == "đ":
        return "d"
    if ch == "Đ":
        return "D"
    decomposed = unicodedata.normalize("NFD", ch)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


class _CharTable(dict):
    """A ``str.translate`` table filled on demand: code point -> ``convert(character)``.

    Translating runs in C; each character's value is worked out once, when first met.
    """

    def __init__(self, convert) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, code: int) -> str:
        value = self[code] = self.convert(chr(code))
        return value


_BARE = _CharTable(_bare_char)
_WORD = _CharTable(lambda ch: ch if ch.isalnum() else " ")  # letters and digits, or a space


def strip_diacritics(text: str) -> str:
    """The text with every accent and tone removed, đ/Đ turned into d/D."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text).translate(_BARE)


def search_key(*parts: str | None) -> str:
    """Lower-case, diacritics-free words for matching: "dan van kheo" finds "Dân vận khéo".

    Punctuation becomes a space, so every word starts after a space or at the beginning.
    """
    words: list[str] = []
    for part in parts:
        if part:
            for word in part.split():
                words += _search_words(word)
    return " ".join(words)


@lru_cache(maxsize=65536)
def _search_words(word: str) -> tuple[str, ...]:
    """The search key's words for one word of text (none for punctuation alone).

    Keys are worked out word by word, each word once: a registry's texts are made of a few
    thousand syllables, and the conversions work on each character alone (normalising to
    NFC never joins characters across whitespace), so the key of a text is its words' keys
    joined.
    """
    return tuple(strip_diacritics(word).casefold().translate(_WORD).split())


def _letter_and_tone(decomposed: str) -> tuple[str, int]:
    """A decomposed cluster (base letter plus marks) as (Vietnamese letter, tone number)."""
    base = decomposed[0]
    tone = 0
    letter = base
    for mark in decomposed[1:]:
        if mark in _TONES:
            tone = _TONES[mark]
        elif mark in _LETTER_MARKS:
            letter = unicodedata.normalize("NFC", base + mark)
    return letter, tone


def _primary(letter: str) -> str:
    rank = _LETTER_RANK.get(letter)
    if rank is not None:
        return chr(_LETTER_BASE + rank)
    if letter.isdigit() and letter.isascii():
        return chr(_DIGIT_BASE + int(letter))
    if letter.isspace():
        return _SPACE_KEY
    if not letter.isalnum():
        return _PUNCT_KEY
    return chr(_OTHER_BASE + ord(letter))


@lru_cache(maxsize=4096)
def _char_key(ch: str) -> tuple[str, str]:
    """(primary key, tone key) of one lower-case character; a lone mark has no primary."""
    if unicodedata.combining(ch):
        return "", chr(0x30 + _TONES.get(ch, 0)) if ch in _TONES else ""
    letter, tone = _letter_and_tone(unicodedata.normalize("NFD", ch))
    return _primary(letter), chr(0x30 + tone)


_PRIMARY = _CharTable(lambda ch: _char_key(ch)[0])
_TONE = _CharTable(lambda ch: _char_key(ch)[1])
# Lower case before upper case when everything else is equal.
_CASE = _CharTable(lambda ch: "1" if ch.isupper() else "0")


def sort_key(text: str | None) -> str:
    """A string whose code-point order is Vietnamese alphabetical order of ``text``.

    Each character of the lower-cased text gives its letter's key and its tone's key, each
    character of the text its case (three ``str.translate`` passes), with runs of whitespace
    taken as one space. Worked out word by word, as ``search_key``.
    """
    words = [_sort_word(word) for word in text.split()] if text else []
    return (_SORT_SPACE[0].join([w[0] for w in words]) + _SEPARATOR
            + _SORT_SPACE[1].join([w[1] for w in words]) + _SEPARATOR
            + _SORT_SPACE[2].join([w[2] for w in words]))


@lru_cache(maxsize=65536)
def _sort_word(word: str) -> tuple[str, str, str]:
    """The letter, tone and case keys of one word of text."""
    source = nfc(word)
    folded = source.casefold()
    return folded.translate(_PRIMARY), folded.translate(_TONE), source.translate(_CASE)


# The keys of the one space between words.
_SORT_SPACE = (" ".translate(_PRIMARY), " ".translate(_TONE), " ".translate(_CASE))


def vietnamese_sorted(items, key=lambda item: item):
    """Items sorted in Vietnamese alphabetical order of ``key(item)``."""
    return sorted(items, key=lambda item: sort_key(key(item)))


def format_number(value: int | float | None, decimals: int = 0) -> str:
    """Vietnamese number format: 4.494 and 1.234,5 (dot groups thousands, comma decimals)."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
