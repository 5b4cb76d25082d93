"""The benchmark harness runs end to end at its smallest size and prints every row.

Timings are not asserted (they depend on the machine); the harness itself lives in
``tests/bench/`` under names pytest does not collect.
"""

from __future__ import annotations

from tests.bench import harness
from tests.bench.table import ROWS


def test_harness_prints_every_row_at_the_smallest_size(tmp_path, capsys):
    markdown = tmp_path / "table.md"
    code = harness.main(["--sizes", "300", "--runs", "1", "--no-libreoffice",
                         "--certificates", "20", "--cache", str(tmp_path / "cache"),
                         "--markdown", str(markdown)])
    printed = capsys.readouterr().out
    assert code == 0
    assert "| Figure | Goal | 300 entries |" in printed
    assert "- CPU: " in printed and "- Memory: " in printed
    assert "- Reference Python loop before and after" in printed
    for row in ROWS:
        line = next((x for x in printed.splitlines() if x.startswith(f"| {row.label} (")), None)
        assert line is not None, row.label
        if not row.key.startswith(("lo_", "ratio_")):
            assert "n/a" not in line, line  # every figure of ours was measured
    assert "skipped: --no-libreoffice" in printed
    assert markdown.read_text(encoding="utf-8").strip() == printed.strip()
