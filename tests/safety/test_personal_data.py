"""Personal data: a session of saving individuals, with errors, leaves no name in the logs."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy.exc import SQLAlchemyError

from dvk_desktop import config, logs
from dvk_desktop.cli import run
from dvk_desktop.db.models import Entry
from dvk_desktop.domain.errors import ValidationError
from dvk_desktop.domain.vntext import search_key
from dvk_desktop.services import entries, units

NAME = "Phạm Thị Quỳnh Hoa"
ADDRESS = "Xóm Đồng Tâm, xã Quỳnh Lưu"


@pytest.fixture
def log_file():
    """The program's own rotating log file, in this test's data folder."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_dvk", False)]:
        root.removeHandler(handler)
    logs.setup_logging(logging.DEBUG)
    yield config.logs_dir() / logs.LOG_FILE_NAME
    for handler in [h for h in root.handlers if getattr(h, "_dvk", False)]:
        handler.close()
        root.removeHandler(handler)


def _individual(db, birth_year: int = 1980):
    from dvk_desktop.domain.records import EntryData

    unit_id = units.find_unit_by_code(db, "17827").id
    data = EntryData(title="Người tốt việc tốt", field_code="culture_society", year=2024,
                     owner_unit_id=unit_id, scope="individual", entry_type="exemplar",
                     person_name=NAME, person_address=ADDRESS, person_birth_year=birth_year)
    return entries.create_entry(db, data, "officer")


def test_log_holds_no_personal_data_after_saving_and_errors(office_db, log_file):
    record = _individual(office_db)
    entries.update_entry(office_db, record.id, record.data, record.version, "officer")
    with pytest.raises(ValidationError):
        _individual(office_db, birth_year=1700)
    try:  # an unexpected database error, logged as the window and the commands log them
        with office_db.session() as session:
            session.add(Entry(id=record.id, person_name=NAME, person_address=ADDRESS))
    except SQLAlchemyError:
        logging.getLogger("dvk_desktop").exception("saving failed")
    assert run(["entries", "list", "--search", NAME, "--db", str(office_db.path)]) == 0
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "saving failed" in text  # the error itself was logged ...
    for secret in (NAME, ADDRESS, search_key(NAME), "Quỳnh Hoa"):
        assert secret not in text  # ... without the person's details
