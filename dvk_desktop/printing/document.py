"""Shared layout of official documents (Decree 30/2020/NĐ-CP; Party layout as a variant).

Used by the checklist, the registration form and the periodic report: page template with
the legal margins and page numbers, paragraph styles, the header block with the national
(or Party) header, and signature blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from dvk_desktop.printing import text as vt
from dvk_desktop.printing.fonts import family_faces, register_fonts

# Decree 30/2020 margins: top/bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"


def document_styles(family: str, body_size: float = 13) -> dict[str, ParagraphStyle]:
    """Paragraph styles of an official document in the given font family."""
    faces = family_faces(family)

    def style(name: str, size: float = body_size, bold: bool = False, italic: bool = False,
              align: int = TA_CENTER, **extra: float) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=faces.face(bold, italic), fontSize=size,
                              leading=size * 1.25, alignment=align, **extra)

    return {
        "header": style("header", 12, bold=True),
        "header_plain": style("header_plain", 12),
        "motto": style("motto", 13.5, bold=True),
        "party_name": style("party_name", 15, bold=True),
        "number": style("number", 13),
        "place_date": style("place_date", 13, italic=True),
        "title": style("title", 14, bold=True, spaceBefore=6),
        "subtitle": style("subtitle", 13.5, bold=True),
        "heading": style("heading", body_size, bold=True, align=TA_LEFT, spaceBefore=6,
                         spaceAfter=2),
        "body": style("body", body_size, align=TA_JUSTIFY, firstLineIndent=0, spaceAfter=3),
        "body_left": style("body_left", body_size, align=TA_LEFT),
        "cell": style("cell", 12, align=TA_LEFT),
        "cell_center": style("cell_center", 12),
        "cell_head": style("cell_head", 12, bold=True),
        "sign_title": style("sign_title", 13, bold=True),
        "sign_note": style("sign_note", 12, italic=True),
        "sign_name": style("sign_name", 13, bold=True),
        "small_italic": style("small_italic", 11, italic=True, align=TA_LEFT),
    }


class RuledParagraph(Flowable):
    """A centred paragraph with a thin rule under it, as wide as ``rule_ratio`` of its text."""

    def __init__(self, markup: str, style: ParagraphStyle, rule_ratio: float = 1.0) -> None:
        super().__init__()
        self.para = Paragraph(markup, style)
        self.rule_ratio = rule_ratio

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Size of the paragraph plus the rule's gap."""
        self.width = avail_width
        _, self.text_height = self.para.wrap(avail_width, avail_height)
        self.height = self.text_height + 3
        return avail_width, self.height

    def draw(self) -> None:
        """Draw the text and the rule under it."""
        self.para.drawOn(self.canv, 0, 3)
        text_width = max(self.para.getActualLineWidths0() or [0.0])
        rule = text_width * self.rule_ratio
        self.canv.setLineWidth(0.6)
        self.canv.line((self.width - rule) / 2, 1.5, (self.width + rule) / 2, 1.5)


@dataclass
class HeaderBlock:
    """The top block of a document: issuing body, number, national or Party header, date."""

    body_lines: list[str] = field(default_factory=list)  # e.g. ["TỈNH ỦY NGHỆ AN", "BAN DÂN VẬN"]
    number: str = ""  # "Số: 12/BC-UBND" (state) or "Số 05-BC/BDVTU" (Party)
    place_date: str = ""
    party: bool = False


def header_table(block: HeaderBlock, styles: dict[str, ParagraphStyle],
                 width: float) -> Table:
    """Left: issuing body with a rule (or "*" for Party) and number; right: header and date."""
    left: list[Flowable] = []
    lines = [vt.escape(vt.upper(line)) for line in block.body_lines if line.strip()]
    if lines:
        *upper, last = lines
        left += [Paragraph(line, styles["header_plain"]) for line in upper]
        if block.party:
            left += [Paragraph(last, styles["header"]), Paragraph("*", styles["header"])]
        else:
            left.append(RuledParagraph(last, styles["header"], rule_ratio=0.4))
    if block.number:
        left.append(Paragraph(vt.escape(block.number), styles["number"]))
    if block.party:
        right: list[Flowable] = [RuledParagraph(PARTY_NAME, styles["party_name"])]
    else:
        right = [Paragraph(NATIONAL_NAME, styles["header"]),
                 RuledParagraph(NATIONAL_MOTTO, styles["motto"])]
    if block.place_date:
        right.append(Paragraph(vt.escape(block.place_date), styles["place_date"]))
    table = Table([[left, right]], colWidths=[width * 0.44, width * 0.56])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


@dataclass
class SignatureBlock:
    """One signature column: its title lines, a note, room to sign, and the name."""

    title_lines: list[str]
    name: str = ""
    note: str = "(Ký, ghi rõ họ tên)"


def signature_table(blocks: list[SignatureBlock], styles: dict[str, ParagraphStyle],
                    width: float, gap: float = 25 * mm) -> Table:
    """Signature blocks side by side, each with ``gap`` of room above the name."""
    titles, names = [], []
    for block in blocks:
        cell: list[Flowable] = [Paragraph("<br/>".join(vt.escape(vt.upper(t))
                                                       for t in block.title_lines),
                                          styles["sign_title"])]
        if block.note:
            cell.append(Paragraph(vt.escape(block.note), styles["sign_note"]))
        titles.append(cell)
        names.append(Paragraph(vt.escape(block.name), styles["sign_name"]))
    table = Table([titles, names], colWidths=[width / len(blocks)] * len(blocks),
                  rowHeights=[None, None])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, 0), gap)]))
    table.keepWithNext = False
    return table


class OfficialDocument(BaseDocTemplate):
    """A4 document with Decree 30 margins; page numbers centred at the top from page 2."""

    def __init__(self, path: Path | str, family: str, landscape_pages: bool = False,
                 title: str = "", **kwargs: object) -> None:
        size = landscape(A4) if landscape_pages else A4
        super().__init__(str(path), pagesize=size, leftMargin=MARGIN_LEFT,
                         rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, title=title, author="DVK Desktop",
                         initialFontName=family, **kwargs)
        self.family = family
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.section_start = 1  # moved by blocks.SectionStart in combined PDFs
        self.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                            onPageEnd=self._page_number)])

    def _page_number(self, canvas, doc) -> None:  # noqa: ANN001 - ReportLab's callback
        # Called at the end of each page, after any SectionStart on it has been drawn.
        number = doc.page - self.section_start + 1
        if number < 2:
            return
        canvas.saveState()
        canvas.setFont(family_faces(self.family).regular, 13)
        canvas.drawCentredString(self.pagesize[0] / 2, self.pagesize[1] - 12 * mm,
                                 str(number))
        canvas.restoreState()


def new_document(path: Path | str, title: str, landscape_pages: bool = False,
                 prefer_times: bool = False) -> tuple[OfficialDocument, dict[str, ParagraphStyle]]:
    """An :class:`OfficialDocument` and its styles, with the fonts registered."""
    family = register_fonts(prefer_times)
    return (OfficialDocument(path, family, landscape_pages, title=title),
            document_styles(family))
