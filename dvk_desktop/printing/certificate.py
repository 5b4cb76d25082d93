"""Certificates (Giấy khen, Bằng khen): one landscape page per award, laid out by template."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from dvk_desktop.printing import text as vt
from dvk_desktop.printing.data import (
    BANG_KHEN,
    FULL,
    OVERLAY,
    PAPERS,
    PARTY,
    CertificateData,
    CertificateOptions,
    DrawnBox,
    PrintResult,
    ProgressCallback,
)
from dvk_desktop.printing.decor import draw_border, draw_emblem
from dvk_desktop.printing.fonts import register_fonts
from dvk_desktop.printing.layout import Frame, draw_element
from dvk_desktop.printing.templates import (
    PAPER_MM,
    CertificateTemplate,
    load_template,
    template_name,
)

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_TITLES = {BANG_KHEN: "Bằng khen"}


def recipient_line(data: CertificateData) -> str:
    """"Ông NGUYỄN VĂN A" / "Bà …" for a person; the collective's name as typed."""
    if data.recipient_scope != "individual":
        return vt.nfc(data.recipient_name).strip()
    honorific = {"male": "Ông", "female": "Bà"}.get(data.recipient_sex or "", "")
    name = vt.upper(data.recipient_name).strip()
    return f"{honorific} {name}".strip()


def recipient_details(data: CertificateData) -> str:
    """Position and unit, joined by a comma; whichever is given."""
    parts = [vt.nfc(p).strip() for p in (data.recipient_position, data.recipient_unit)]
    return ", ".join(p for p in parts if p)


def certificate_fields(data: CertificateData) -> dict[str, str]:
    """The placeholders a template may use, as escaped paragraph markup."""
    plain = {
        "issuer_title": vt.upper(data.issuer_title),
        "recipient": recipient_line(data),
        "recipient_details": recipient_details(data),
        "achievement": data.achievement,
        "decision_number": data.decision_number,
        "decision_date": vt.vn_date(data.decision_date) if data.decision_date else "",
        "gold_book_number": data.gold_book_number,
        "place_date": vt.place_date(data.place, data.signed_on or data.decision_date),
        "signer_name": data.signer_name,
    }
    fields = {key: vt.escape(value) for key, value in plain.items()}
    fields["signer_title"] = "<br/>".join(vt.escape(vt.upper(line))
                                          for line in data.signer_lines if line.strip())
    return fields


def fill(text: str, fields: dict[str, str]) -> str:
    """Template text with its placeholders filled; empty when every placeholder is empty."""
    names = _PLACEHOLDER.findall(text)
    if names and not any(fields.get(name) for name in names):
        return ""
    return _PLACEHOLDER.sub(lambda m: fields.get(m.group(1), ""), text)


def page_size(paper: str) -> tuple[float, float]:
    """Landscape page size in points."""
    if paper not in PAPERS:
        raise ValueError(f"unsupported paper {paper}")
    width, height = PAPER_MM[paper]
    return width * mm, height * mm


def draw_certificate(canvas: Canvas, data: CertificateData, template: CertificateTemplate,
                     options: CertificateOptions, family: str) -> list[DrawnBox]:
    """Draw one certificate on the current page and return the boxes of its text."""
    width, height = page_size(options.paper)
    scale = width / (template.base_size_mm[0] * mm)
    frame = Frame(height, scale, *options.offsets_for(template.name))
    if options.mode == FULL:
        _draw_border_once(canvas, template, width, height, scale)
        emblem = options.emblem_party if data.issuer_kind == PARTY else options.emblem_state
        if template.emblem_box is not None:
            draw_emblem(canvas, emblem, frame.box(template.emblem_box))
    fields = certificate_fields(data)
    boxes = []
    for element in template.elements:
        if options.mode == OVERLAY and element.preprinted:
            continue
        drawn = draw_element(canvas, fill(element.text, fields), element, family, frame)
        if drawn is not None:
            boxes.append(drawn)
    return boxes


def _draw_border_once(canvas: Canvas, template: CertificateTemplate, width: float,
                      height: float, scale: float) -> None:
    """The border, drawn once per file as a reusable form and placed on every page.

    Its hundreds of lozenges would otherwise be drawn and compressed again for each page,
    which made a batch of 1,000 certificates several times slower.
    """
    name = f"border_{template.name}_{width:.0f}x{height:.0f}"
    drawn = canvas.__dict__.setdefault("_dvk_border_forms", set())
    if name not in drawn:
        canvas.beginForm(name)
        draw_border(canvas, template.border, width, height, scale)
        canvas.endForm()
        drawn.add(name)
    canvas.doForm(name)


def render_certificates(items: list[CertificateData], out: Path,
                        options: CertificateOptions | None = None,
                        progress: ProgressCallback | None = None,
                        title: str = "") -> PrintResult:
    """Print every certificate into one PDF, a page each.

    ``progress(done, total)`` is called after each page; when it returns False the job
    stops and no file is written.
    """
    options = options or CertificateOptions()
    if options.mode not in (FULL, OVERLAY):
        raise ValueError(f"unsupported mode {options.mode}")
    family = register_fonts(options.prefer_times)
    size = page_size(options.paper)
    result = PrintResult(page_size=size)
    out = Path(out)
    handle, temp_name = tempfile.mkstemp(suffix=".pdf", dir=out.parent)
    os.close(handle)
    try:
        canvas = _new_canvas(temp_name, size, title or _default_title(items), family)
        templates: dict[str, CertificateTemplate] = {}
        search = [options.template_dir] if options.template_dir else None
        for index, data in enumerate(items, start=1):
            name = template_name(data.form, data.issuer_kind)
            template = templates.get(name) or templates.setdefault(
                name, load_template(name, search))
            result.boxes.append(draw_certificate(canvas, data, template, options, family))
            canvas.showPage()
            result.pages = index
            if progress is not None and progress(index, len(items)) is False:
                result.cancelled = True
                return result
        canvas.save()
        os.replace(temp_name, out)
    finally:
        if os.path.exists(temp_name):
            os.remove(temp_name)
    return result


def _new_canvas(path: str, size: tuple[float, float], title: str, family: str) -> Canvas:
    # The initial font is ours, so no unembedded standard font is referenced.
    canvas = Canvas(path, pagesize=size, pageCompression=1, initialFontName=family)
    canvas.setTitle(title)
    canvas.setAuthor("DVK Desktop")
    canvas.setSubject("Giấy khen, Bằng khen")
    return canvas


def _default_title(items: list[CertificateData]) -> str:
    if not items:
        return "Giấy khen"
    form = _TITLES.get(items[0].form, "Giấy khen")
    number = items[0].decision_number
    return f"{form} - Quyết định số {number}" if number else form
