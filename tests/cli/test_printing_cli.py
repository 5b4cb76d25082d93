"""Printing commands: certificates, checklists, registration forms, calibration page."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from dvk_desktop.__main__ import main
from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Entry, Inspection
from tests.cli.support import run
from tests.printing.conftest import pdf_fonts, pdf_pages_text


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("printing") / "r.sqlite3")
    assert main(["init", "--db", path, "--province", "40", "--officer", "Lê Bình"]) == 0
    assert main(["demo", "--db", path, "--entries", "150", "--seed", "5"]) == 0
    return path


def _decision_with_awards(capsys, path) -> dict:
    _, out, _ = run(capsys, "decisions", "list", "--db", path, "--format", "json")
    return next(r for r in json.loads(out) if r["award_count"] > 0)


def _entries(path) -> tuple[list[str], str]:
    db = Database.open(path)
    with db.session() as session:
        ids = list(session.scalars(select(Entry.id).order_by(Entry.id).limit(3)))
        inspected = session.scalars(select(Inspection.entry_id)).first()
    db.close()
    return ids, inspected


def test_certificates_of_a_decision(capsys, demo_path, tmp_path):
    decision = _decision_with_awards(capsys, demo_path)
    out = tmp_path / "certs.pdf"
    code, stdout, _ = run(capsys, "certificates", "--db", demo_path, "--decision",
                          decision["id"], "--out", str(out), "--mode", "full", "--paper", "A3")
    assert code == 0 and str(decision["award_count"]) in stdout
    pages = pdf_pages_text(out)
    assert len(pages) == decision["award_count"]
    assert all(f"Quyết định số {decision['number']}" in page for page in pages)
    assert all(pdf_fonts(out).values())


def test_certificates_bad_input_exits_non_zero_without_traceback(capsys, demo_path, tmp_path):
    code, _, err = run(capsys, "certificates", "--db", demo_path, "--decision", "missing",
                       "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "Traceback" not in err and "missing" in err
    code, _, err = run(capsys, "certificates", "--db", demo_path, "--decision", "x",
                       "--out", str(tmp_path / "no" / "dir" / "x.pdf"))
    assert code == 2 and "không tồn tại" in err
    with pytest.raises(SystemExit):
        main(["certificates", "--db", demo_path, "--decision", "x", "--out", "x.pdf",
              "--mode", "sideways"])


def test_checklist_trip_blank_and_filled(capsys, demo_path, tmp_path):
    ids, inspected = _entries(demo_path)
    out = tmp_path / "trip.pdf"
    args = ["checklist", "--db", demo_path, "--out", str(out)]
    for entry_id in ids:
        args += ["--entry", entry_id]
    code, _, _ = run(capsys, *args)
    text = " ".join(pdf_pages_text(out))
    assert code == 0 and text.count("BIÊN BẢN KIỂM TRA, ĐÁNH GIÁ") == 3
    filled = tmp_path / "filled.pdf"
    code, _, _ = run(capsys, "checklist", "--db", demo_path, "--entry", inspected, "--out",
                     str(filled), "--filled")
    assert code == 0 and "Tổng cộng" in " ".join(pdf_pages_text(filled))


def test_registration_form_and_calibration_page(capsys, demo_path, tmp_path):
    ids, _ = _entries(demo_path)
    form = tmp_path / "form.pdf"
    code, _, _ = run(capsys, "registration-form", "--db", demo_path, "--entry", ids[0],
                     "--out", str(form))
    assert code == 0 and "PHIẾU ĐĂNG KÝ" in " ".join(pdf_pages_text(form))
    page = tmp_path / "cal.pdf"
    code, _, _ = run(capsys, "calibration-page", "--db", demo_path, "--out", str(page),
                     "--template", "bang_khen_party", "--paper", "A3")
    assert code == 0 and "TRANG CĂN CHỈNH" in pdf_pages_text(page)[0]
