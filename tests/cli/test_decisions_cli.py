"""``decisions list|show`` output and exit codes, and the demo's lifecycle records."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from dvk_desktop.__main__ import main
from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Award, Entry, Inspection, Recognition, Target
from dvk_desktop.domain import lifecycle
from tests.cli.support import run


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("cli") / "decisions.sqlite3")
    assert main(["init", "--db", path, "--province", "40", "--officer", "Lê Bình"]) == 0
    assert main(["demo", "--db", path, "--entries", "600", "--seed", "3"]) == 0
    return path


def test_list_json_has_the_documented_keys(capsys, demo_path):
    code, out, _ = run(capsys, "decisions", "list", "--db", demo_path, "--format", "json")
    rows = json.loads(out)
    assert code == 0 and rows
    for key in ("id", "number", "date", "issuer_kind", "award_count"):
        assert key in rows[0]


def test_list_counts_match_the_database(capsys, demo_path):
    _, out, _ = run(capsys, "decisions", "list", "--db", demo_path, "--format", "json")
    rows = json.loads(out)
    db = Database.open(demo_path)
    with db.session() as session:
        awards = session.scalar(select(func.count()).select_from(Award))
    db.close()
    assert sum(r["award_count"] for r in rows) == awards > 0
    assert {r["issuer_kind"] for r in rows} <= {"state", "party", "front"}
    party = [r for r in rows if r["issuer_kind"] == "party"]
    assert all(r["printed_number"].startswith("Số ") and ":" not in r["printed_number"]
               for r in party)


def test_list_table_and_filters(capsys, demo_path):
    code, out, _ = run(capsys, "decisions", "list", "--db", demo_path)
    assert code == 0 and "Số, ký hiệu" in out and "Tổng:" in out
    code, out, _ = run(capsys, "decisions", "list", "--db", demo_path, "--issuer", "party",
                       "--format", "json")
    assert code == 0 and all(r["issuer_kind"] == "party" for r in json.loads(out))


def test_show_prints_awards(capsys, demo_path):
    _, out, _ = run(capsys, "decisions", "list", "--db", demo_path, "--format", "json")
    with_awards = next(r for r in json.loads(out) if r["award_count"])
    code, out, _ = run(capsys, "decisions", "show", with_awards["id"], "--db", demo_path,
                       "--format", "json")
    shown = json.loads(out)
    assert code == 0 and len(shown["awards"]) == with_awards["award_count"]
    assert shown["awards"][0]["achievement"].startswith("Đã có thành tích xuất sắc")
    code, out, _ = run(capsys, "decisions", "show", with_awards["id"], "--db", demo_path)
    assert code == 0 and with_awards["number"] in out and "Tổng:" in out


def test_show_unknown_id_fails_cleanly(capsys, demo_path):
    code, out, err = run(capsys, "decisions", "show", "nope", "--db", demo_path)
    assert code == 2 and "Không tìm thấy quyết định" in err and "Traceback" not in err


def test_demo_lifecycle_is_consistent_with_statuses(demo_path):
    db = Database.open(demo_path)
    with db.session() as session:
        statuses = dict(session.execute(select(Entry.id, Entry.status)).all())
        inspected = {e for (e,) in session.execute(select(Inspection.entry_id))}
        recognised = {e for (e,) in session.execute(select(Recognition.entry_id))}
        awarded = {e for (e,) in session.execute(select(Award.entry_id))}
        failed = dict(session.execute(select(Inspection.entry_id, Inspection.classification)).all())
        targets = session.scalar(select(func.count()).select_from(Target))
    db.close()
    for entry_id, status in statuses.items():
        should = lifecycle.rank(status) >= lifecycle.rank("inspected")
        assert (entry_id in inspected) == (should or status == "needs_strengthening")
        assert (entry_id in recognised) == (lifecycle.rank(status) >= lifecycle.rank("recognised"))
        assert (entry_id in awarded) == (lifecycle.rank(status) >= lifecycle.rank("commended"))
        if status == "needs_strengthening":
            assert failed[entry_id] == "failed"
    assert targets > 0
