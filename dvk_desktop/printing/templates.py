"""Certificate templates: JSON files of positions, sizes, colours and fixed texts.

A template describes one certificate (e.g. a state Giấy khen) on its base paper in
millimetres from the top-left corner. Offices copy a file from ``resources/templates/``,
adjust it and keep it in their own template folder; this module loads and checks it.
Text may contain ``{placeholders}`` filled from the certificate's data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from dvk_desktop.config import resource_path
from dvk_desktop.domain.errors import DomainError

PAPER_MM = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}  # landscape width, height
ALIGNS = ("left", "center", "right", "justify")
VALIGNS = ("top", "middle", "bottom")
SIGNATURE_GAP_MM = 35.0
TEMPLATE_NAMES = ("giay_khen_state", "bang_khen_state", "giay_khen_party", "bang_khen_party")


class TemplateError(DomainError):
    """A template file that cannot be used, with the reason."""


@dataclass(frozen=True)
class TextElement:
    """One block of text placed in a box; it wraps and shrinks to stay inside."""

    id: str
    text: str
    box: tuple[float, float, float, float]  # x, y (from top), width, height in mm
    size: float = 14.0
    min_size: float = 8.0
    bold: bool = False
    italic: bool = False
    color: str = "#000000"
    align: str = "center"
    valign: str = "middle"
    leading: float = 1.2
    max_lines: int | None = None
    preprinted: bool = False  # part of a pre-printed blank: skipped in overlay mode
    rule: bool = False  # a line under the text, as wide as the text


@dataclass(frozen=True)
class BorderSpec:
    """The decorative border drawn in full mode."""

    style: str = "classic"  # "classic" or "ornate"
    inset_mm: float = 7.0
    band_mm: float = 5.0
    primary: str = "#a61c1c"
    secondary: str = "#c9a227"
    background: str | None = None


@dataclass(frozen=True)
class CertificateTemplate:
    """A whole certificate layout."""

    name: str
    base_paper: str
    border: BorderSpec
    emblem_box: tuple[float, float, float, float] | None
    elements: list[TextElement] = field(default_factory=list)

    @property
    def base_size_mm(self) -> tuple[float, float]:
        """Width and height of the base paper (landscape) in mm."""
        return PAPER_MM[self.base_paper]

    def element(self, element_id: str) -> TextElement:
        """The element with this id."""
        return next(e for e in self.elements if e.id == element_id)


def template_name(form: str, issuer_kind: str) -> str:
    """File stem of the template for a form and issuer kind (Front awards use the state one)."""
    return f"{form}_{'party' if issuer_kind == 'party' else 'state'}"


def load_template(name: str, search_dirs: list[Path] | None = None) -> CertificateTemplate:
    """Load and check ``name``.json, looking in ``search_dirs`` before the bundled folder."""
    for directory in [*(search_dirs or []), resource_path("templates")]:
        path = Path(directory) / f"{name}.json"
        if path.is_file():
            return load_template_file(path)
    raise TemplateError(f"Không tìm thấy mẫu in “{name}”.", f"Template “{name}” not found.")


def load_template_file(path: Path) -> CertificateTemplate:
    """Load and check one template file."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateError(f"Không đọc được mẫu in {path.name}: {exc}",
                            f"Cannot read template {path.name}: {exc}") from exc
    return parse_template(raw, Path(path).stem)


def _fail(name: str, vi: str, en: str) -> TemplateError:
    return TemplateError(f"Mẫu in “{name}”: {vi}", f"Template “{name}”: {en}")


def _box(name: str, value: object, what: str) -> tuple[float, float, float, float]:
    if (not isinstance(value, list) or len(value) != 4
            or not all(isinstance(v, int | float) for v in value)):
        raise _fail(name, f"khung của “{what}” phải là [x, y, rộng, cao] (mm).",
                    f"the box of “{what}” must be [x, y, width, height] (mm).")
    x, y, w, h = (float(v) for v in value)
    if w <= 0 or h <= 0:
        raise _fail(name, f"khung của “{what}” phải có kích thước dương.",
                    f"the box of “{what}” must have a positive size.")
    return x, y, w, h


def _element(name: str, raw: dict) -> TextElement:
    element_id = str(raw.get("id", ""))
    known = set(TextElement.__dataclass_fields__)
    unknown = set(raw) - known
    if not element_id or unknown:
        raise _fail(name, f"phần tử “{element_id}” có khóa lạ {sorted(unknown)}.",
                    f"element “{element_id}” has unknown keys {sorted(unknown)}.")
    values = {**raw, "box": _box(name, raw.get("box"), element_id)}
    element = TextElement(**values)
    if element.align not in ALIGNS or element.valign not in VALIGNS:
        raise _fail(name, f"căn lề của “{element_id}” không hợp lệ.",
                    f"alignment of “{element_id}” is invalid.")
    if not 0 < element.min_size <= element.size:
        raise _fail(name, f"cỡ chữ của “{element_id}” không hợp lệ.",
                    f"font sizes of “{element_id}” are invalid.")
    return element


def parse_template(raw: dict, name: str) -> CertificateTemplate:
    """Build and check a template from its JSON object."""
    paper = raw.get("base_paper", "A4")
    if paper not in PAPER_MM:
        raise _fail(name, f"khổ giấy “{paper}” không hỗ trợ.", f"paper “{paper}” unsupported.")
    elements = [_element(name, item) for item in raw.get("elements", [])]
    emblem = raw.get("emblem_box")
    template = CertificateTemplate(
        name=name, base_paper=paper, border=BorderSpec(**raw.get("border", {})),
        emblem_box=_box(name, emblem, "emblem_box") if emblem is not None else None,
        elements=elements)
    _check_geometry(template)
    return template


def _check_geometry(template: CertificateTemplate) -> None:
    width, height = template.base_size_mm
    ids = [e.id for e in template.elements]
    if len(ids) != len(set(ids)):
        raise _fail(template.name, "trùng mã phần tử.", "duplicate element ids.")
    for element in template.elements:
        x, y, w, h = element.box
        if x < 0 or y < 0 or x + w > width or y + h > height:
            raise _fail(template.name, f"“{element.id}” nằm ngoài trang.",
                        f"“{element.id}” lies outside the page.")
    if "signer_title" in ids and "signer_name" in ids:
        title, signer = template.element("signer_title"), template.element("signer_name")
        if signer.box[1] - (title.box[1] + title.box[3]) < SIGNATURE_GAP_MM - 0.01:
            raise _fail(template.name, "cần để trống 35 mm cho chữ ký và con dấu.",
                        "35 mm must be left for the signature and seal.")
