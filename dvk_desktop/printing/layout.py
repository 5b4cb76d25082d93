"""Placing text in a box: wrap first, then shrink, and never draw outside the box.

Every drawn block is recorded as a :class:`DrawnBox`, so tests (and a preview) can check
that nothing overflows or overlaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from dvk_desktop.printing.data import DrawnBox
from dvk_desktop.printing.fonts import family_faces
from dvk_desktop.printing.templates import TextElement

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_SHRINK_STEP = 0.5
_FLOOR_SIZE = 3.0  # below the template's minimum only when nothing else fits
_RULE_GAP = 2.0


_FITTED_KEPT = 256  # fitted paragraphs kept per canvas


class MeasuredParagraph(Paragraph):
    """A paragraph that breaks its lines once per width.

    Fitting a block, sizing a table row and drawing each wrap the same paragraph at the
    same width, and line breaking is most of the time of a long document. Every wrap at
    the same width gives the same lines (the available height plays no part), so the
    first result is kept.
    """

    _wrapped_at: float | None = None
    _wrapped: tuple[float, float] = (0.0, 0.0)

    def wrap(self, availWidth, availHeight):  # noqa: ANN001, ANN201, N803 - ReportLab's API
        key = round(availWidth, 6)
        if self._wrapped_at != key:
            self._wrapped = super().wrap(availWidth, availHeight)
            self._wrapped_at = key
        return self._wrapped


@dataclass
class Frame:
    """Maps template millimetres (from the top-left) to page points (from the bottom-left)."""

    page_height: float
    scale: float = 1.0
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0

    def box(self, box_mm: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """(x, y, width, height) in points, y being the bottom edge."""
        x, y, w, h = (v * self.scale for v in box_mm)
        left = (x + self.offset_x_mm) * mm
        bottom = self.page_height - (y + h + self.offset_y_mm) * mm
        return left, bottom, w * mm, h * mm


@lru_cache(maxsize=1024)
def _style(element: TextElement, family: str, size: float) -> ParagraphStyle:
    faces = family_faces(family)
    return ParagraphStyle(
        element.id, fontName=faces.face(element.bold, element.italic), fontSize=size,
        leading=size * element.leading, alignment=_ALIGN[element.align],
        textColor=colors.HexColor(element.color), splitLongWords=False)


def _fits(para: Paragraph, width: float, height: float, max_lines: int | None) -> bool:
    _, used = para.wrap(width, height)
    lines = len(para.blPara.lines)
    widest = max(para.getActualLineWidths0() or [0.0])
    return used <= height + 0.01 and widest <= width + 0.01 and (
        max_lines is None or lines <= max_lines)


def _sizes(start: float, stop: float) -> list[float]:
    sizes = []
    size = start
    while size > stop + 0.001:
        sizes.append(size)
        size -= _SHRINK_STEP
    return [*sizes, stop]


def fit_paragraph(markup: str, element: TextElement, family: str, width: float,
                  height: float, scale: float = 1.0) -> tuple[Paragraph, float]:
    """The largest paragraph (wrapped, then shrunk) that fits in ``width`` x ``height``.

    Sizes go down from the template's size to its minimum within its line limit; when even
    that fails, the line limit is dropped and the size may go down to a few points.

    """
    minimum = element.min_size * scale
    attempts = [(size, element.max_lines) for size in _sizes(element.size * scale, minimum)]
    attempts += [(size, None) for size in _sizes(minimum, min(minimum, _FLOOR_SIZE))]
    para, size = None, minimum
    for size, max_lines in attempts:
        para = MeasuredParagraph(markup, _style(element, family, size))
        if _fits(para, width, height, max_lines):
            break
    assert para is not None
    return para, size


def draw_element(canvas: Canvas, markup: str, element: TextElement, family: str,
                 frame: Frame) -> DrawnBox | None:
    """Draw ``markup`` inside the element's box and return the box actually used."""
    if not markup.strip():
        return None
    left, bottom, width, height = frame.box(element.box)
    # Most blocks of a batch of certificates (issuer, decision, date, signer) are the same
    # on every page: a paragraph fitted once is kept with the canvas and drawn again.
    fitted = canvas.__dict__.setdefault("_dvk_fitted", {})
    key = (markup, element, family, width, height, frame.scale)
    found = fitted.get(key)
    if found is None:
        if len(fitted) >= _FITTED_KEPT:
            fitted.clear()
        found = fitted[key] = fit_paragraph(markup, element, family, width, height,
                                            frame.scale)
    para, size = found
    _, used_height = para.wrap(width, height)
    used_height = min(used_height, height)
    widest = min(max(para.getActualLineWidths0() or [0.0]), width)
    y = _vertical(element.valign, bottom, height, used_height)
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(left, bottom, width, height)
    canvas.clipPath(clip, stroke=0, fill=0)
    para.drawOn(canvas, left, y)
    canvas.restoreState()
    x = _horizontal(element.align, left, width, widest)
    if element.rule:
        _draw_rule(canvas, element, x, widest, y, bottom)
    return DrawnBox(element.id, x, y, widest, used_height, size, (left, bottom, width, height))


def _vertical(valign: str, bottom: float, height: float, used: float) -> float:
    if valign == "top":
        return bottom + height - used
    if valign == "bottom":
        return bottom
    return bottom + (height - used) / 2


def _horizontal(align: str, left: float, width: float, used: float) -> float:
    if align == "center":
        return left + (width - used) / 2
    if align == "right":
        return left + width - used
    return left


def _draw_rule(canvas: Canvas, element: TextElement, x: float, width: float, y: float,
               bottom: float) -> None:
    rule_y = max(y - _RULE_GAP, bottom + 0.3)
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor(element.color))
    canvas.setLineWidth(0.7)
    canvas.line(x, rule_y, x + width, rule_y)
    canvas.restoreState()
