"""Calibration page: alignment marks, rulers and the template's boxes, printed with offsets.

The office prints this page on plain paper, lays it on a pre-printed blank against the
light and measures how far the marks are from where they should be; those millimetres go
into the template's x/y offsets.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from dvk_desktop.printing import text as vt
from dvk_desktop.printing.certificate import page_size
from dvk_desktop.printing.data import CertificateOptions, DrawnBox, PrintResult
from dvk_desktop.printing.fonts import family_faces, register_fonts
from dvk_desktop.printing.layout import Frame
from dvk_desktop.printing.templates import CertificateTemplate

MARK_INSET_MM = 20.0
_MARK_ARM = 8 * mm
_GUIDE = colors.HexColor("#1f5fbf")

INSTRUCTIONS = [
    "TRANG CĂN CHỈNH IN GIẤY KHEN, BẰNG KHEN",
    "1. In trang này trên giấy trắng cùng khổ, cùng máy in, cùng khay giấy như khi in thật.",
    "2. Tâm mỗi dấu chữ thập phải cách mép giấy đúng {inset:g} mm (đo bằng thước).",
    "3. Đặt trang lên phôi in sẵn, soi qua ánh sáng: các khung xanh là nơi chữ sẽ in.",
    "4. Chữ cần sang phải/xuống dưới bao nhiêu mm thì nhập số dương vào độ lệch X/Y; "
    "sang trái/lên trên thì nhập số âm.",
    "Độ lệch đang dùng: X = {dx:+.1f} mm, Y = {dy:+.1f} mm. Khổ giấy: {paper}.",
]


def mark_centres(paper: str, offsets_mm: tuple[float, float] = (0.0, 0.0)
                 ) -> list[tuple[float, float]]:
    """Centres of the five alignment marks in points, x/y offsets (mm) applied."""
    width, height = page_size(paper)
    dx, dy = offsets_mm[0] * mm, -offsets_mm[1] * mm
    inset = MARK_INSET_MM * mm
    points = [(inset, inset), (width - inset, inset), (inset, height - inset),
              (width - inset, height - inset), (width / 2, height / 2)]
    return [(x + dx, y + dy) for x, y in points]


def _cross(canvas: Canvas, x: float, y: float) -> None:
    canvas.circle(x, y, _MARK_ARM / 2, stroke=1, fill=0)
    canvas.line(x - _MARK_ARM, y, x + _MARK_ARM, y)
    canvas.line(x, y - _MARK_ARM, x, y + _MARK_ARM)


def _rulers(canvas: Canvas, width: float, height: float, family: str) -> None:
    """Millimetre rulers along the top and left edges of the paper (no offset)."""
    canvas.setFont(family, 6)
    for step in range(0, int(width / mm) + 1):
        tick = 4 * mm if step % 10 == 0 else (2.5 * mm if step % 5 == 0 else 1.2 * mm)
        canvas.line(step * mm, height, step * mm, height - tick)
        if step % 10 == 0 and step:
            canvas.drawCentredString(step * mm, height - 6.5 * mm, str(step))
    for step in range(0, int(height / mm) + 1):
        tick = 4 * mm if step % 10 == 0 else (2.5 * mm if step % 5 == 0 else 1.2 * mm)
        canvas.line(0, height - step * mm, tick, height - step * mm)
        if step % 10 == 0 and step:
            canvas.drawString(5 * mm, height - step * mm - 2, str(step))


def _template_boxes(canvas: Canvas, template: CertificateTemplate, frame: Frame,
                    family: str) -> list[DrawnBox]:
    canvas.setStrokeColor(_GUIDE)
    canvas.setFillColor(_GUIDE)
    canvas.setDash(2, 2)
    canvas.setFont(family, 7)
    drawn = []
    for element in template.elements:
        if element.preprinted:
            continue
        x, y, w, h = frame.box(element.box)
        canvas.rect(x, y, w, h, stroke=1, fill=0)
        canvas.drawString(x + 1.5, y + h - 8, element.id)
        drawn.append(DrawnBox(element.id, x, y, w, h, 7, (x, y, w, h)))
    canvas.setDash()
    return drawn


def render_calibration_page(out: Path, options: CertificateOptions | None = None,
                            template: CertificateTemplate | None = None) -> PrintResult:
    """Write the calibration page for ``options.paper`` with its offsets applied."""
    options = options or CertificateOptions()
    family = register_fonts(options.prefer_times)
    width, height = page_size(options.paper)
    offsets = (options.offsets_for(template.name) if template is not None
               else (options.offset_x_mm, options.offset_y_mm))
    canvas = Canvas(str(out), pagesize=(width, height), initialFontName=family)
    canvas.setTitle("Trang căn chỉnh in")
    canvas.setLineWidth(0.4)
    _rulers(canvas, width, height, family)
    canvas.setLineWidth(0.6)
    for x, y in mark_centres(options.paper, offsets):
        _cross(canvas, x, y)
    boxes: list[DrawnBox] = []
    if template is not None:
        scale = width / (template.base_size_mm[0] * mm)
        frame = Frame(height, scale, *offsets)
        boxes = _template_boxes(canvas, template, frame, family)
    _instructions(canvas, options.paper, offsets, family, width, height)
    canvas.showPage()
    canvas.save()
    return PrintResult(pages=1, boxes=[boxes], page_size=(width, height))


def _instructions(canvas: Canvas, paper: str, offsets: tuple[float, float], family: str,
                  width: float, height: float) -> None:
    """Instructions in the lower-left area, which no default template element uses."""
    faces = family_faces(family)
    lines = [vt.escape(line.format(inset=MARK_INSET_MM, dx=offsets[0], dy=offsets[1],
                                   paper=paper))
             for line in INSTRUCTIONS]
    markup = "<br/>".join([f"<b>{lines[0]}</b>", *lines[1:]])
    scale = width / (297 * mm)
    style = ParagraphStyle("calibration", fontName=faces.regular, fontSize=9 * scale,
                           leading=11.5 * scale)
    para = Paragraph(markup, style)
    box_w = 120 * mm * scale
    _, used = para.wrap(box_w, height)
    x, top = 24 * mm * scale, height - 133 * mm * scale
    canvas.setFillColor(colors.white)
    canvas.rect(x - 2, top - used - 2, box_w + 4, used + 4, stroke=0, fill=1)
    para.drawOn(canvas, x, top - used)
