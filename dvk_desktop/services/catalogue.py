"""The statistics office's catalogue of provinces and communes (vietnam-provinces package)."""

from __future__ import annotations

from dataclasses import dataclass

from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.vntext import vietnamese_sorted


@dataclass(frozen=True)
class CatalogueItem:
    """A province or commune: its statistics code (zero-padded), name and kind."""

    code: str
    name: str
    division: str


def province_code_text(code: int) -> str:
    """Statistics code of a province as text ("40")."""
    return f"{int(code):02d}"


def ward_code_text(code: int) -> str:
    """Statistics code of a commune or ward as text ("16678")."""
    return f"{int(code):05d}"


def provinces() -> list[CatalogueItem]:
    """Every current province, in Vietnamese order."""
    from vietnam_provinces import Province  # a large table: read when first needed

    items = [CatalogueItem(province_code_text(p.code), p.name, p.division_type.value)
             for p in Province.iter_all()]
    return vietnamese_sorted(items, key=lambda item: item.name)


def province(code: str) -> CatalogueItem:
    """One province by its code; a clear error when the code is unknown."""
    try:
        from vietnam_provinces import Province, ProvinceCode

        found = Province.from_code(ProvinceCode(int(code)))
    except (ValueError, TypeError) as exc:
        raise DomainError(
            f"Mã tỉnh “{code}” không có trong danh mục. Xem danh sách bằng lệnh "
            "“dvk-desktop provinces”.",
            f"Province code “{code}” is not in the catalogue. List them with "
            "“dvk-desktop provinces”.",
        ) from exc
    return CatalogueItem(province_code_text(found.code), found.name, found.division_type.value)


def communes(province_code: str) -> list[CatalogueItem]:
    """Communes and wards of a province, in Vietnamese order."""
    from vietnam_provinces import ProvinceCode, Ward

    code = ProvinceCode(int(province(province_code).code))
    items = [CatalogueItem(ward_code_text(w.code), w.name, w.division_type.value)
             for w in Ward.iter_by_province(code)]
    return vietnamese_sorted(items, key=lambda item: item.name)
