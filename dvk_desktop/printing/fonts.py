"""Font registration for every printed document.

The bundled Liberation Serif (SIL OFL, metric-compatible with Times New Roman and covering
every Vietnamese letter) is registered once as a family so that ``<b>`` and ``<i>`` work in
paragraphs. An office that owns Times New Roman may prefer it; when its four faces are not
all found, the bundled family is used instead. ReportLab embeds (subsets) every TrueType
font it draws with, so each PDF carries its fonts.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dvk_desktop.config import resource_path

BUNDLED_FAMILY = "LiberationSerif"
TIMES_FAMILY = "TimesNewRoman"
STYLES = ("regular", "bold", "italic", "bolditalic")

_BUNDLED_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bolditalic": "LiberationSerif-BoldItalic.ttf",
}
# File names Times New Roman has on Windows and in Linux core-font packages.
_TIMES_FILES = {
    "regular": ("times.ttf", "Times_New_Roman.ttf", "Times New Roman.ttf"),
    "bold": ("timesbd.ttf", "Times_New_Roman_Bold.ttf", "Times New Roman Bold.ttf"),
    "italic": ("timesi.ttf", "Times_New_Roman_Italic.ttf", "Times New Roman Italic.ttf"),
    "bolditalic": ("timesbi.ttf", "Times_New_Roman_Bold_Italic.ttf",
                   "Times New Roman Bold Italic.ttf"),
}

_registered: dict[str, str] = {}

# Every PDF's streams stay compressed but are not wrapped in ASCII85 text as well: that
# encoding runs in pure Python and took a fifth of the time of a long document. Readers
# and printers see the same pages; the files are also about a fifth smaller.
rl_config.useA85 = 0


@dataclass(frozen=True)
class FontFamily:
    """The four face names of a registered family."""

    regular: str
    bold: str
    italic: str
    bolditalic: str

    def face(self, bold: bool = False, italic: bool = False) -> str:
        """Face name for the given weight and slant."""
        if bold and italic:
            return self.bolditalic
        if bold:
            return self.bold
        return self.italic if italic else self.regular


def bundled_font_paths() -> dict[str, Path]:
    """Paths of the bundled Liberation Serif faces, by style."""
    return {style: resource_path("fonts", name) for style, name in _BUNDLED_FILES.items()}


def _system_font_dirs() -> list[Path]:
    windir = os.environ.get("WINDIR", r"C:\Windows")
    dirs = [Path(windir) / "Fonts", Path.home() / ".fonts", Path.home() / ".local/share/fonts",
            Path("/usr/share/fonts/truetype/msttcorefonts"), Path("/usr/share/fonts"),
            Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental")]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return [d for d in dirs if d.is_dir()]


def find_times_new_roman(search_dirs: list[Path] | None = None) -> dict[str, Path] | None:
    """Paths of an installed Times New Roman's four faces, or None if any face is missing."""
    found: dict[str, Path] = {}
    for directory in search_dirs if search_dirs is not None else _system_font_dirs():
        for style, names in _TIMES_FILES.items():
            for name in names:
                candidate = directory / name
                if style not in found and candidate.is_file():
                    found[style] = candidate
    return found if len(found) == len(STYLES) else None


def _register_family(family: str, paths: dict[str, Path]) -> str:
    faces = family_faces(family)
    for style in STYLES:
        pdfmetrics.registerFont(TTFont(getattr(faces, style), str(paths[style])))
    pdfmetrics.registerFontFamily(family, normal=faces.regular, bold=faces.bold,
                                  italic=faces.italic, boldItalic=faces.bolditalic)
    return family


def family_faces(family: str) -> FontFamily:
    """Face names used for a family registered by :func:`register_fonts`."""
    return FontFamily(regular=family, bold=f"{family}-Bold", italic=f"{family}-Italic",
                      bolditalic=f"{family}-BoldItalic")


def register_fonts(prefer_times: bool = False) -> str:
    """Register the printing font family once and return its name.

    With ``prefer_times`` an installed Times New Roman is used when all four faces exist;
    otherwise (and by default) the bundled Liberation Serif.
    """
    key = "times" if prefer_times else "bundled"
    if key in _registered:
        return _registered[key]
    family = None
    if prefer_times:
        times = find_times_new_roman()
        if times is not None:
            family = _register_family(TIMES_FAMILY, times)
    if family is None:
        family = _registered.get("bundled") or _register_family(BUNDLED_FAMILY,
                                                                  bundled_font_paths())
        _registered["bundled"] = family
    _registered[key] = family
    return family


def missing_characters(text: str, family: str) -> set[str]:
    """Characters of ``text`` (other than whitespace) that a registered face cannot draw."""
    missing: set[str] = set()
    for style in STYLES:
        font = pdfmetrics.getFont(getattr(family_faces(family), style))
        cmap = font.face.charToGlyph
        missing |= {ch for ch in text if not ch.isspace() and ord(ch) not in cmap}
    return missing
