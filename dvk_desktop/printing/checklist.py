"""Inspection checklist (Biên bản kiểm tra, đánh giá): A4 portrait, blank or filled."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from dvk_desktop.domain.vntext import search_key
from dvk_desktop.printing import text as vt
from dvk_desktop.printing.blocks import CheckBox, SectionStart, info_table, text_or_lines
from dvk_desktop.printing.data import ChecklistData, Member, PrintResult, ProgressCallback
from dvk_desktop.printing.document import (
    HeaderBlock,
    SignatureBlock,
    header_table,
    new_document,
    signature_table,
)

TITLE = "BIÊN BẢN KIỂM TRA, ĐÁNH GIÁ"
_GRID = [("GRID", (0, 0), (-1, -1), 0.6, "#000000"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]


def _general(data: ChecklistData) -> list[tuple[str, str]]:
    rows = [("Tên", data.entry_title), ("Loại", data.entry_kind),
            ("Đơn vị", data.unit_name), ("Địa điểm", data.location),
            ("Lĩnh vực", data.field_name), ("Năm đăng ký", str(data.year or "")),
            ("Thời gian bắt đầu", vt.short_date(data.start_date) if data.start_date else "")]
    return rows + list(data.person_lines)


def _member_text(member: Member) -> str:
    parts = [member.name, member.position, member.role]
    return " - ".join(vt.nfc(p).strip() for p in parts if p and p.strip())


def _participants(data: ChecklistData, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("II. THÀNH PHẦN", styles["heading"]),
                             Paragraph("1. Đoàn kiểm tra:", styles["body_left"])]
    if data.delegation:
        story += [Paragraph(f"- {vt.escape(_member_text(m))}", styles["body_left"])
                  for m in data.delegation]
    else:
        story.append(text_or_lines("", styles["body"], 3))
    story.append(Paragraph("2. Đại diện đơn vị được kiểm tra:", styles["body_left"]))
    representatives = data.representatives if data.filled else ""
    story.append(text_or_lines(representatives, styles["body"], 2))
    return story


def score_table(data: ChecklistData, styles: dict[str, ParagraphStyle], width: float) -> Table:
    """Criteria with their maximum points and the score column (blank unless filled)."""
    head = [Paragraph(t, styles["cell_head"]) for t in
            ("TT", "Tiêu chí", "Điểm tối đa", "Điểm chấm", "Ghi chú")]
    rows: list[list] = [head]
    for number, line in enumerate(data.criteria, start=1):
        points = vt.format_points(line.points) if data.filled else ""
        rows.append([Paragraph(str(number), styles["cell_center"]),
                     Paragraph(vt.escape(line.text), styles["cell"]),
                     Paragraph(vt.format_points(line.max_points), styles["cell_center"]),
                     Paragraph(points, styles["cell_center"]), Paragraph("", styles["cell"])])
    total = vt.format_points(data.total_points) if data.filled else ""
    rows.append([Paragraph("", styles["cell"]), Paragraph("<b>Tổng cộng</b>", styles["cell"]),
                 Paragraph(f"<b>{vt.format_points(data.total_max)}</b>", styles["cell_center"]),
                 Paragraph(f"<b>{total}</b>", styles["cell_center"]),
                 Paragraph("", styles["cell"])])
    widths = [0.07, 0.55, 0.13, 0.13, 0.12]
    table = Table(rows, colWidths=[width * w for w in widths], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),
                               *_GRID, ("BACKGROUND", (0, 0), (-1, 0), "#eeeeee"),
                               ("TOPPADDING", (0, 1), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 1), (-1, -1), 5)]))
    return table


def _threshold_label(data: ChecklistData, index: int) -> str:
    current = data.thresholds[index]
    upper = data.thresholds[index + 1].min_points if index + 1 < len(data.thresholds) else None
    low = vt.format_points(current.min_points)
    if upper is None:
        return f"{current.label} (từ {low} điểm)"
    if current.min_points <= 0:
        return f"{current.label} (dưới {vt.format_points(upper)} điểm)"
    return f"{current.label} (từ {low} đến dưới {vt.format_points(upper)} điểm)"


def conclusion_boxes(data: ChecklistData, styles: dict[str, ParagraphStyle],
                     width: float) -> Table:
    """One tick box per classification, ticked when the checklist is filled."""
    cells: list = []
    labels = [_threshold_label(data, index) for index in range(len(data.thresholds))]
    for threshold, label in zip(data.thresholds, labels, strict=True):
        checked = data.filled and bool(threshold.code) and threshold.code == data.classification
        cells += [CheckBox(checked), Paragraph(vt.escape(label), styles["cell"])]
    # Each label gets room in proportion to its length, so none wraps needlessly.
    total = sum(len(label) + 4 for label in labels) or 1
    widths: list[float] = []
    for label in labels:
        widths += [5 * mm, (width - 5 * mm * len(labels)) * (len(label) + 4) / total]
    table = Table([cells] if cells else [[Paragraph("", styles["cell"])]],
                  colWidths=widths or [width])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _conclusion(data: ChecklistData, styles: dict[str, ParagraphStyle],
                width: float) -> list[Flowable]:
    body = styles["body"]
    story: list[Flowable] = [CondPageBreak(60 * mm),
                             Paragraph("IV. NHẬN XÉT, KẾT LUẬN", styles["heading"])]
    filled = data.filled  # a blank checklist is written by hand, whatever is stored
    strengths = "\n".join(t for t in (data.findings, data.strengths) if t.strip())
    for label, value, lines in (("1. Kết quả đạt được, ưu điểm", strengths, 3),
                                ("2. Hạn chế", data.limits, 2),
                                ("3. Kết luận", data.conclusion, 2)):
        story += [Paragraph(f"<i>{label}:</i>", styles["body_left"]),
                  text_or_lines(value if filled else "", body, lines)]
    story += [Paragraph("<i>4. Xếp loại:</i>", styles["body_left"]),
              conclusion_boxes(data, styles, width),
              Paragraph("V. KIẾN NGHỊ", styles["heading"]),
              text_or_lines(data.recommendations if filled else "", body, 2)]
    return story


def _role_name(data: ChecklistData, *words: str) -> str:
    for member in data.delegation:
        role = search_key(member.role)
        if any(word in role for word in words):
            return member.name
    return ""


def checklist_story(data: ChecklistData, styles: dict[str, ParagraphStyle],
                    width: float) -> list[Flowable]:
    """Every flowable of one checklist."""
    place_date = (vt.place_date(data.place, data.inspected_on) if data.filled
                  else f"…………, {vt.BLANK_DATE}")
    header = HeaderBlock(body_lines=[data.issuing_body or "Ban Chỉ đạo", "Đoàn kiểm tra"],
                         place_date=place_date)
    story: list[Flowable] = [SectionStart(), header_table(header, styles, width),
                             Spacer(1, 6 * mm), Paragraph(TITLE, styles["title"]),
                             Paragraph(vt.escape(f"{data.entry_kind} “Dân vận khéo”"),
                                       styles["subtitle"]),
                             Spacer(1, 4 * mm),
                             Paragraph("I. THÔNG TIN CHUNG", styles["heading"]),
                             info_table(_general(data), styles, width)]
    story += _participants(data, styles)
    rubric = f" (theo {vt.escape(data.rubric_name)})" if data.rubric_name else ""
    story += [Paragraph(f"III. KẾT QUẢ CHẤM ĐIỂM{rubric}", styles["heading"]),
              score_table(data, styles, width)]
    story += _conclusion(data, styles, width)
    signers = [SignatureBlock(["Đại diện đơn vị", "được kiểm tra"]),
               SignatureBlock(["Thư ký"], _role_name(data, "thu ky", "secretary")),
               SignatureBlock(["Trưởng đoàn", "kiểm tra"],
                              _role_name(data, "truong doan", "head"))]
    story += [Spacer(1, 6 * mm), signature_table(signers, styles, width)]
    return story


def render_checklists(items: list[ChecklistData], out: Path,
                      progress: ProgressCallback | None = None,
                      prefer_times: bool = False) -> PrintResult:
    """One PDF with a checklist per entry (an inspection trip), each starting on a new page."""
    doc, styles = new_document(out, TITLE.capitalize(), prefer_times=prefer_times)
    story: list[Flowable] = []
    for index, data in enumerate(items):
        if index:
            story.append(PageBreak())
        story += checklist_story(data, styles, doc.width)
        if progress is not None and progress(index + 1, len(items)) is False:
            return PrintResult(pages=0, cancelled=True)
    doc.build(story)
    return PrintResult(pages=doc.page, page_size=doc.pagesize)
