"""The full Vietnamese alphabet with tones, computed rather than typed."""

from __future__ import annotations

import unicodedata

VOWELS = "aăâeêioôơuưy"
TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def vietnamese_letters() -> list[str]:
    """The 134 letters with diacritics: 67 lower-case and their 67 capitals.

    Twelve vowels with six tones (72) plus đ make 73 lower-case letters; without the six
    plain ASCII vowels that leaves the 67 letters that only Vietnamese-capable fonts draw.
    """
    lower = [unicodedata.normalize("NFC", v + tone) for v in VOWELS for tone in TONE_MARKS]
    lower = [letter for letter in lower if not letter.isascii()] + ["đ"]
    return lower + [letter.upper() for letter in lower]
