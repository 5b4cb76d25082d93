"""Side by side with LibreOffice (headless): open the entries as XLSX; a mail merge to PDF.

Offices today keep the registry in a spreadsheet and print certificates by mail merge in a
word processor. The same 100,000 entries are written as an XLSX file and converted by
``soffice --headless --convert-to csv`` (LibreOffice must open, parse and lay out the whole
sheet); and 1,000 certificate letters, one page each, are written as a flat ODT document
and converted to PDF. Without ``soffice`` every figure is skipped with a printed reason.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from sqlalchemy import select

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Entry, FieldCategory, Unit

SHEET_COLUMNS = ("Tên mô hình", "Loại", "Tập thể/Cá nhân", "Lĩnh vực", "Cấp", "Tình trạng",
                 "Năm", "Đơn vị", "Địa bàn", "Cá nhân")


def soffice() -> str | None:
    """Path of LibreOffice's ``soffice``, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def write_xlsx(db: Database, path: Path) -> int:
    """The registry's entries as one XLSX sheet (streamed); returns the row count."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách")
    sheet.append(list(SHEET_COLUMNS))
    count = 0
    query = (select(Entry.title, Entry.entry_type, Entry.scope, FieldCategory.name_vi,
                    Entry.level, Entry.status, Entry.year, Unit.name, Entry.location,
                    Entry.person_name)
             .join(Unit, Entry.owner_unit_id == Unit.id)
             .join(FieldCategory, Entry.field_code == FieldCategory.code))
    with db.engine.connect() as conn:
        for row in conn.execute(query):
            sheet.append(list(row))
            count += 1
    book.save(str(path))
    return count


_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif"
 svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm"
 fo:page-height="21cm" style:print-orientation="landscape" fo:margin="2cm"/></style:page-layout>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center" fo:break-before="page"/><style:text-properties
 style:font-name="Liberation Serif" fo:font-size="30pt" fo:font-weight="bold"
 fo:color="#c00000"/></style:style>
<style:style style:name="Centre" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center" fo:margin-top="0.3cm"/><style:text-properties
 style:font-name="Liberation Serif" fo:font-size="16pt"/></style:style>
<style:style style:name="Name" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center" fo:margin-top="0.5cm"/><style:text-properties
 style:font-name="Liberation Serif" fo:font-size="24pt" fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
"""
_FODT_TAIL = "</office:text></office:body></office:document>\n"


def _letter(item) -> str:
    lines = [("Centre", item.issuer_title), ("Title", "GIẤY KHEN"),
             ("Name", item.recipient_name), ("Centre", item.recipient_unit),
             ("Centre", item.achievement),
             ("Centre", f"Quyết định số {item.decision_number}, sổ vàng số {item.gold_book_number}"),
             ("Centre", f"{item.place}, ngày 20 tháng 12 năm 2025"),
             ("Centre", " · ".join(item.signer_lines)), ("Name", item.signer_name)]
    title_first = [lines[1], lines[0]] + lines[2:]  # the page break sits on the title
    return "".join(f'<text:p text:style-name="{style}">{escape(text)}</text:p>\n'
                   for style, text in title_first)


def write_mail_merge(items: list, path: Path) -> None:
    """A flat ODT with one landscape page per certificate, as a mail merge produces."""
    with open(path, "w", encoding="utf-8") as out:
        out.write(_FODT_HEAD)
        for item in items:
            out.write(_letter(item))
        out.write(_FODT_TAIL)


def convert(source: Path, target_format: str, out_dir: Path, profile: Path) -> float:
    """Seconds for ``soffice --headless --convert-to`` with the user profile ``profile``."""
    program = soffice()
    assert program is not None
    command = [program, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless",
               "--convert-to", target_format, "--outdir", str(out_dir), str(source)]
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, timeout=1800)
    return time.perf_counter() - started


def warm_profile(profile: Path) -> None:
    """Create LibreOffice's user profile once, as on an office PC where it already exists."""
    with tempfile.TemporaryDirectory(prefix="lo-warm-") as folder:
        sample = Path(folder) / "warm.csv"
        sample.write_text("a,b\n1,2\n", encoding="utf-8")
        convert(sample, "xlsx", Path(folder), profile)
