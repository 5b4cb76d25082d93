"""Records already seen are recognised from the end of their line, without reading it whole:
the same decision as reading it, and any line that ends otherwise is read whole."""

from __future__ import annotations

import json
import re
import zipfile

import pytest

from dvk_desktop.services import exchange, exchange_plan, keys
from dvk_desktop.services.exchange_export import export_package
from dvk_desktop.services.exchange_plan import _tail_of
from dvk_desktop.services.exchange_records import CHILDREN
from tests.exchange.support import AREA_CODE, rewrite

BY_ID = ["entries", "status_changes", "decisions", "inspections", "recognitions", "awards",
         "targets", "attachments"]


@pytest.fixture
def package(offices, tmp_path):
    return export_package(offices.commune, AREA_CODE, tmp_path / "good.dvkx").path


def _lines(path, kind):
    with zipfile.ZipFile(path) as zf:
        return [line for line in zf.read(f"records/{kind}.jsonl").split(b"\n") if line]


def _children(kind):
    return f',"{CHILDREN[kind][2]}":['.encode() if kind in CHILDREN else None


@pytest.fixture
def decoded(monkeypatch):
    """The kinds whose lines were read whole, one name per line."""
    read = []
    real = exchange_plan.read_line

    def counting(name, raw):
        read.append(name.split("/")[-1].split(".")[0])
        return real(name, raw)
    monkeypatch.setattr(exchange_plan, "read_line", counting)
    return read


def test_the_end_of_every_exported_line_gives_what_reading_it_gives(package):
    for kind in BY_ID:
        for line in _lines(package, kind):
            record = json.loads(line)
            assert _tail_of(line, _children(kind)) == (
                record["id"], record["version"], record["updated_at"])


@pytest.mark.parametrize("change", [
    lambda line: json.dumps(json.loads(line)).encode(),  # spaces after the separators
    lambda line: line.replace(b'"updated_by":"', b'"updated_by":"\\"'),  # an escape
    lambda line: line.replace(b'"version":', b'"version":0', 1),  # leading zero
    lambda line: line[:-1] + b',"id":"other"}',  # a later key, read whole it wins
    lambda line: line + b" ",
    lambda line: re.sub(rb'"version":([0-9]+)', rb'"version":\1.0', line),  # not an integer
])
def test_a_line_that_ends_otherwise_is_read_whole(package, change):
    line = _lines(package, "status_changes")[0]
    assert _tail_of(line, None) is not None
    assert _tail_of(change(line), None) is None


def test_a_child_key_at_the_end_is_not_taken_for_the_record(package):
    line = _lines(package, "inspections")[0]
    record = json.loads(line)
    assert _tail_of(line, _children("inspections"))[0] == record["id"]
    assert _tail_of(line, None) is None  # its end is a score's, not the inspection's


def test_a_package_sent_again_is_decided_from_the_lines_ends(offices, package, decoded):
    first = exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    decoded.clear()
    again = exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    assert again.import_id is None
    assert again.totals["unchanged"] == sum(first.totals.values())
    assert not set(decoded) & set(BY_ID)


def test_lines_written_otherwise_give_the_same_decisions(offices, package, tmp_path,
                                                         decoded):
    exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    spaced = {}
    with zipfile.ZipFile(package) as zf:
        for kind in BY_ID:
            lines = [json.dumps(json.loads(line), ensure_ascii=False)
                     for line in zf.read(f"records/{kind}.jsonl").split(b"\n") if line]
            spaced[f"records/{kind}.jsonl"] = "".join(f"{line}\n" for line in lines).encode()
    target = rewrite(package, tmp_path / "spaced.dvkx", spaced,
                     signing_key=keys.ensure_keys().signing)
    decoded.clear()
    quick = exchange.preview_import(offices.area, package)
    assert not set(decoded) & set(BY_ID)
    whole = exchange.preview_import(offices.area, target)
    assert set(BY_ID) - {"attachments"} <= set(decoded)
    assert quick.counts == whole.counts and quick.totals == whole.totals


def test_a_newer_version_is_read_whole_and_taken(offices, package, tmp_path, decoded):
    exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    lines = _lines(package, "status_changes")
    record = json.loads(lines[0])
    record["version"] += 1
    record["reason"] = "Lý do mới"
    newer = [json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()] + lines[1:]
    target = rewrite(package, tmp_path / "newer.dvkx",
                     {"records/status_changes.jsonl": b"".join(x + b"\n" for x in newer)},
                     signing_key=keys.ensure_keys().signing)
    decoded.clear()
    result = exchange.import_package(offices.area, target, "Cán bộ", trust_new_key=True)
    assert result.totals["updated"] == 1
    assert decoded.count("status_changes") == 1
