"""Decorative parts of a certificate printed in full mode: border and emblem image."""

from __future__ import annotations

import logging
import math
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from dvk_desktop.printing.templates import BorderSpec

log = logging.getLogger(__name__)


def draw_border(canvas: Canvas, spec: BorderSpec, width: float, height: float,
                scale: float = 1.0) -> None:
    """Frame the page: outer rule, a band of lozenges, inner rule and starred corners."""
    primary, secondary = colors.HexColor(spec.primary), colors.HexColor(spec.secondary)
    inset, band = spec.inset_mm * mm * scale, spec.band_mm * mm * scale
    canvas.saveState()
    if spec.background:
        canvas.setFillColor(colors.HexColor(spec.background))
        canvas.rect(inset, inset, width - 2 * inset, height - 2 * inset, stroke=0, fill=1)
    if spec.style == "ornate":
        canvas.setFillColor(secondary)
        _band(canvas, inset, band, width, height)
    canvas.setStrokeColor(primary)
    canvas.setLineWidth(2.4 * scale)
    canvas.rect(inset, inset, width - 2 * inset, height - 2 * inset)
    canvas.setLineWidth(0.8 * scale)
    inner = inset + band
    canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner)
    canvas.setStrokeColor(secondary)
    canvas.setLineWidth(0.6 * scale)
    fine = inner + 1.6 * mm * scale
    canvas.rect(fine, fine, width - 2 * fine, height - 2 * fine)
    _lozenges(canvas, primary if spec.style == "ornate" else secondary, inset, band, width,
              height)
    for cx, cy in _corners(inset, band, width, height):
        _corner(canvas, cx, cy, band, primary, secondary)
    canvas.restoreState()


def _band(canvas: Canvas, inset: float, band: float, width: float, height: float) -> None:
    path = canvas.beginPath()
    path.rect(inset, inset, width - 2 * inset, height - 2 * inset)
    path.rect(inset + band, inset + band, width - 2 * (inset + band),
              height - 2 * (inset + band))
    canvas.drawPath(path, stroke=0, fill=1, fillMode=0)  # even-odd: only the band


def _lozenges(canvas: Canvas, colour: colors.Color, inset: float, band: float, width: float,
              height: float) -> None:
    """A chain of small diamonds along the middle of the band, corners left free."""
    canvas.setFillColor(colour)
    mid = inset + band / 2
    half = band * 0.28
    step = band * 1.1
    for start, stop, fixed, horizontal in (
        (inset + band * 1.5, width - inset - band * 1.5, mid, True),
        (inset + band * 1.5, width - inset - band * 1.5, height - mid, True),
        (inset + band * 1.5, height - inset - band * 1.5, mid, False),
        (inset + band * 1.5, height - inset - band * 1.5, width - mid, False),
    ):
        count = max(int((stop - start) / step), 1)
        gap = (stop - start) / count
        for i in range(count + 1):
            along = start + i * gap
            x, y = (along, fixed) if horizontal else (fixed, along)
            _diamond(canvas, x, y, half)


def _diamond(canvas: Canvas, x: float, y: float, half: float) -> None:
    path = canvas.beginPath()
    path.moveTo(x - half, y)
    path.lineTo(x, y + half * 0.75)
    path.lineTo(x + half, y)
    path.lineTo(x, y - half * 0.75)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _corners(inset: float, band: float, width: float, height: float) -> list[tuple[float, float]]:
    near, far_x, far_y = inset + band / 2, width - inset - band / 2, height - inset - band / 2
    return [(near, near), (far_x, near), (near, far_y), (far_x, far_y)]


def _corner(canvas: Canvas, cx: float, cy: float, band: float, primary: colors.Color,
            secondary: colors.Color) -> None:
    """A red square with a gold five-pointed star at each corner of the band."""
    side = band * 1.5
    canvas.setFillColor(primary)
    canvas.rect(cx - side / 2, cy - side / 2, side, side, stroke=0, fill=1)
    canvas.setFillColor(secondary)
    star = canvas.beginPath()
    for k in range(10):
        radius = side * (0.42 if k % 2 == 0 else 0.17)
        angle = math.pi / 2 + k * math.pi / 5
        point = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        star.moveTo(*point) if k == 0 else star.lineTo(*point)
    star.close()
    canvas.drawPath(star, stroke=0, fill=1)


def draw_emblem(canvas: Canvas, image: Path | None, box: tuple[float, float, float, float]
                ) -> bool:
    """Draw the office's emblem image centred in ``box`` (points); False when absent."""
    if image is None or not Path(image).is_file():
        return False
    x, y, w, h = box
    try:
        reader = ImageReader(str(image))
        canvas.drawImage(reader, x, y, w, h, preserveAspectRatio=True, anchor="c",
                         mask="auto")
    except Exception as exc:  # an unreadable image must not stop a batch of certificates
        log.warning("emblem image %s could not be drawn: %s", image, exc)
        return False
    return True
