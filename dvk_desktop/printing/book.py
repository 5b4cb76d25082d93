"""The book of typical models: a booklet with cover, table of contents and one page each."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    Image,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from dvk_desktop.printing import text as vt
from dvk_desktop.printing.fonts import family_faces, register_fonts

PHOTO_MAX = (110 * mm, 65 * mm)


@dataclass
class BookEntry:
    """One page of the book: the entry's words and its first photo, if any."""

    title: str
    unit: str
    facts: str  # "Tập thể · Kinh tế · năm 2024 · Cấp tỉnh"
    description: str
    results: str
    photo: Path | None = None
    person: str = ""


@dataclass
class BookData:
    """Cover words and the entries, in printed order."""

    title: str
    subtitle: str
    issuer: str
    place_year: str
    entries: list[BookEntry] = field(default_factory=list)


class _BookTemplate(BaseDocTemplate):
    def __init__(self, path: Path | str, family: str, title: str) -> None:
        super().__init__(str(path), pagesize=A5, leftMargin=18 * mm, rightMargin=14 * mm,
                         topMargin=16 * mm, bottomMargin=16 * mm, title=title,
                         author="DVK Desktop")
        self.family = family
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._footer)])

    def _footer(self, canvas, doc) -> None:  # noqa: ANN001 - ReportLab's callback
        if doc.page < 2:
            return
        canvas.saveState()
        canvas.setFont(family_faces(self.family).regular, 9)
        canvas.drawCentredString(A5[0] / 2, 9 * mm, str(doc.page))
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:  # noqa: ANN001, N802 - ReportLab's hook
        """Register each entry's heading in the table of contents."""
        if getattr(flowable, "toc_text", None):
            self.notify("TOCEntry", (0, flowable.toc_text, self.page))


def _styles(family: str) -> dict[str, ParagraphStyle]:
    faces = family_faces(family)

    def style(name: str, size: float, bold: bool = False, italic: bool = False,
              align: int = TA_JUSTIFY, **extra: float) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=faces.face(bold, italic), fontSize=size,
                              leading=size * 1.3, alignment=align, **extra)

    return {"cover": style("cover", 20, True, align=TA_CENTER, textColor="#B00000"),
            "cover_sub": style("cover_sub", 13, True, align=TA_CENTER),
            "cover_small": style("cover_small", 11, align=TA_CENTER),
            "heading": style("heading", 13, True, align=TA_CENTER, spaceAfter=4),
            "facts": style("facts", 9.5, italic=True, align=TA_CENTER, spaceAfter=6),
            "label": style("label", 10.5, True, spaceBefore=4),
            "body": style("body", 10.5, firstLineIndent=6 * mm),
            "toc": style("toc", 10, align=0)}


def _photo(path: Path | None) -> Image | None:
    """The photo scaled to fit, or None when it is missing or unreadable."""
    if path is None:
        return None
    try:
        image = Image(str(path))
        scale = min(PHOTO_MAX[0] / image.imageWidth, PHOTO_MAX[1] / image.imageHeight, 1.0)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        return image
    except Exception:  # a damaged or unsupported file must not stop the book
        return None


def _entry_page(number: int, item: BookEntry, styles: dict[str, ParagraphStyle]) -> list:
    heading = Paragraph(f"{number}. {vt.escape(item.title)}", styles["heading"])
    heading.toc_text = f"{number}. {vt.escape(item.title)}"
    story: list = [heading, Paragraph(vt.escape(f"{item.unit} · {item.facts}"), styles["facts"])]
    if item.person:
        story.append(Paragraph(vt.escape(item.person), styles["facts"]))
    photo = _photo(item.photo)
    if photo is not None:
        story += [photo, Spacer(1, 3 * mm)]
    story += [Paragraph("Cách làm", styles["label"]),
              Paragraph(vt.escape(item.description) or "…", styles["body"]),
              Paragraph("Kết quả", styles["label"]),
              Paragraph(vt.escape(item.results) or "…", styles["body"]), PageBreak()]
    return story


def write_book(data: BookData, path: Path | str, prefer_times: bool = False) -> int:
    """Write the booklet (A5); returns the number of pages."""
    family = register_fonts(prefer_times)
    styles = _styles(family)
    doc = _BookTemplate(path, family, data.title)
    toc = TableOfContents()
    toc.levelStyles = [styles["toc"]]
    toc.dotsMinLevel = 0
    story: list = [Spacer(1, 30 * mm), Paragraph(vt.escape(data.issuer), styles["cover_sub"]),
                   Spacer(1, 25 * mm), Paragraph(vt.escape(data.title), styles["cover"]),
                   Spacer(1, 8 * mm), Paragraph(vt.escape(data.subtitle), styles["cover_sub"]),
                   Spacer(1, 60 * mm), Paragraph(vt.escape(data.place_year),
                                                 styles["cover_small"]), PageBreak(),
                   Paragraph("MỤC LỤC", styles["heading"]), toc, PageBreak()]
    for number, item in enumerate(data.entries, start=1):
        story += _entry_page(number, item, styles)
    doc.multiBuild(story)
    return doc.page
