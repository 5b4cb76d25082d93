"""A small registry with known counts, shared by the report tests."""

from __future__ import annotations

from datetime import date, datetime

from dvk_desktop.db.models import (
    Award,
    Decision,
    Entry,
    FieldCategory,
    Recognition,
    StatusChange,
    Unit,
)

TODAY = date(2026, 1, 1)

UNITS = [  # key, code, name, parent key, successor key, valid_to
    ("P", "P01", "Tỉnh Phú An", None, None, None),
    ("A", "A01", "Huyện An Lạc", "P", None, None),
    ("A1", "A11", "Xã An Một", "A", None, None),
    ("A2", "A12", "Xã An Hai", "A", "A1", date(2025, 7, 1)),
    ("B", "B01", "Huyện Bình Minh", "P", None, None),
    ("B1", "B11", "Xã Bình Một", "B", None, None),
    ("C", "C01", "Huyện Cũ", "P", "B", date(2025, 7, 1)),
    ("D", "D01", "Huyện Đông Sơn", "P", None, None),
    ("X", "X01", "Tỉnh Khác", None, None, None),
]

# key, owner, scope, field, level, year, start, status, title
ENTRIES = [
    ("e1", "A1", "collective", "economy", "grassroots", 2024, date(2024, 3, 1), "in_progress",
     "Đường hoa nông thôn mới"),
    ("e2", "A2", "individual", "culture_society", "district", 2024, None, "registered",
     "Bà Lê Thị Hai <vận động> & hòa giải"),
    ("e3", "A1", "collective", "defence_security", "grassroots", 2024, date(2024, 8, 1),
     "registered", "Camera an ninh"),
    ("e4", "A", "collective", "political_system", "province", 2023, date(2023, 5, 5),
     "outstanding", "Dân vận chính quyền"),
    ("e5", "B1", "collective", "nong_thon_moi", "grassroots", 2024, date(2024, 6, 30),
     "registered", "Hiến đất mở đường"),
    ("e6", "C", "individual", "economy", "grassroots", 2022, None, "replicated",
     "Ông Trần Văn Sáu làm kinh tế giỏi"),
    ("e7", "B", "collective", "economy", "grassroots", 2023, None, "dropped", "Tổ hợp tác cũ"),
    ("e8", "B", "collective", "culture_society", "grassroots", 2023, None, "dropped",
     "Câu lạc bộ văn nghệ"),
    ("e9", "A1", "collective", "economy", "grassroots", 2024, date(2024, 2, 1), "registered",
     "Mục đã xóa"),
    ("e10", "X", "collective", "economy", "grassroots", 2024, date(2024, 2, 1), "registered",
     "Mục của tỉnh khác"),
    ("e11", "P", "collective", "defence_security", "national", 2024, date(2024, 2, 29),
     "registered", "Khu dân cư an toàn"),
    ("e12", "B1", "individual", "political_system", "province", 2024, date(2023, 12, 31),
     "registered", "Bí thư chi bộ gương mẫu"),
    ("e14", "B1", "collective", "economy", "grassroots", 2025, date(2025, 1, 5), "registered",
     "Mục năm sau"),
]

HISTORY = {  # entry -> [(status, changed_at)]
    "e7": [("registered", datetime(2023, 1, 10)), ("dropped", datetime(2024, 3, 1))],
    "e8": [("registered", datetime(2023, 2, 1)), ("in_progress", datetime(2023, 6, 1)),
           ("dropped", datetime(2024, 9, 1))],
}


def _id(key: str) -> str:
    return f"00000000-0000-0000-0000-{key.rjust(12, '0')}"


def build(db) -> dict[str, str]:
    """Insert the dataset; returns ids by key."""
    ids = {key: _id(key) for key, *_ in UNITS + ENTRIES}
    with db.session() as s:
        s.add(FieldCategory(code="nong_thon_moi", name_vi="Xây dựng nông thôn mới",
                            name_en="New rural", canonical_code="economy", sort_order=5))
        for key, code, name, parent, _succ, valid_to in UNITS:
            s.add(Unit(id=ids[key], code=code, name=name, kind="district",
                       parent_id=ids.get(parent), valid_to=valid_to))
        s.flush()
        for key, _code, _name, _parent, succ, _valid in UNITS:
            if succ:
                s.get(Unit, ids[key]).successor_id = ids[succ]
        for key, owner, scope, fld, level, year, start, status, title in ENTRIES:
            s.add(Entry(id=ids[key], entry_type="model", scope=scope, title=title,
                        field_code=fld, level=level, owner_unit_id=ids[owner], year=year,
                        start_date=start, status=status, location="Thôn Một",
                        money_vnd=1_500_000, beneficiaries=120,
                        person_name="Lê Thị Hai" if scope == "individual" else ""))
        s.flush()
        s.get(Entry, ids["e9"]).deleted_at = datetime(2024, 5, 1)
        for key, steps in HISTORY.items():
            for status, at in steps:
                s.add(StatusChange(entry_id=ids[key], to_status=status, changed_at=at))
        _lifecycle(s, ids)
    return ids


def _lifecycle(s, ids: dict[str, str]) -> None:
    decisions = {
        "d1": (date(2024, 4, 10), "P", "123/QĐ-UBND"),
        "d2": (date(2024, 1, 15), "P", "05-QĐ/TU"),
        "d3": (date(2024, 7, 2), "P", "200/QĐ-UBND"),
        "d4": (date(2024, 5, 1), "X", "9/QĐ-UBND"),
    }
    for key, (day, unit, number) in decisions.items():
        s.add(Decision(id=_id(key), number=number, decided_on=day, issuer_kind="state",
                       unit_id=ids[unit], issuing_body="Ủy ban nhân dân tỉnh"))
    s.flush()
    for entry, year, decision, deleted in [("e4", 2024, "d1", False), ("e1", 2024, None, False),
                                           ("e6", 2023, "d2", False), ("e5", 2024, "d3", False),
                                           ("e6", 2024, "d1", False), ("e2", 2024, "d1", True)]:
        s.add(Recognition(entry_id=ids[entry], year=year, level="province",
                          decision_id=_id(decision) if decision else None,
                          deleted_at=datetime(2024, 5, 5) if deleted else None))
    for decision, entry, scope, deleted in [("d1", "e4", "collective", False),
                                            ("d1", "e6", "individual", False),
                                            ("d1", None, "individual", False),
                                            ("d1", "e9", "collective", False),
                                            ("d3", "e5", "collective", False),
                                            ("d4", None, "collective", False),
                                            ("d1", "e1", "collective", True)]:
        s.add(Award(decision_id=_id(decision), entry_id=ids[entry] if entry else None,
                    recipient_scope=scope, recipient_name="Người nhận", form="giay_khen",
                    deleted_at=datetime(2024, 5, 5) if deleted else None))


def bundle(db, layout: str = "state"):
    """The dataset's 2024H1 report for the province, with a filled-in header."""
    from dvk_desktop.domain.periods import parse_period
    from dvk_desktop.services import reports

    build(db)
    result = reports.build_report(db, "P01", parse_period("2024H1"), layout=layout,
                                  issued_on=date(2024, 7, 5), today=TODAY)
    header = result.document.header
    header.parent_body, header.issuing_body = "TỈNH ỦY PHÚ AN", "BAN DÂN VẬN"
    header.number = "12-BC/BDVTU" if layout == "party" else "12/BC-UBND"
    header.place, header.signer_prefix, header.signer_title = "Phú An", "KT.", "TRƯỞNG BAN"
    header.signer_subtitle, header.signer_name = "PHÓ TRƯỞNG BAN", "Nguyễn Văn An"
    return result
