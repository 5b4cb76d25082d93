"""Power cuts: the program's work is SIGKILLed at random moments; nothing saved is lost and
nothing half-done remains. ``DVK_CRASH_KILLS=2000`` (with ``-m slow``) runs a longer campaign."""

from __future__ import annotations

import os
import sys

import pytest

from tests.safety import crash_checks, crash_harness

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the harness forks (POSIX)")

NORMAL = {"entries": 50, "backup": 20, "migration": 15, "import": 15}


def _share(total: int) -> dict[str, int]:
    kinds = crash_checks.available_kinds()
    return {kind: total // len(kinds) for kind in kinds}


def test_random_kills_lose_nothing_saved_and_leave_nothing_half_done(tmp_path, capsys):
    kills = {k: n for k, n in NORMAL.items() if k in crash_checks.available_kinds()}
    kills["entries"] += sum(n for k, n in NORMAL.items() if k not in kills)  # keep 100 kills
    results = crash_harness.run_all(kills, tmp_path, seed=int.from_bytes(os.urandom(2)))
    with capsys.disabled():
        print(capsys.readouterr().out)
    assert sum(r.kills for r in results) >= 100
    assert [f for r in results for f in r.failures] == []
    # The kills landed in the middle of the work, not only before it started.
    assert all(r.finished > 0 for r in results if r.kind in ("entries", "backup"))


@pytest.mark.slow
@pytest.mark.skipif(
    not os.environ.get("DVK_CRASH_KILLS"),
    reason="the long crash campaign (hundreds of kills, minutes) runs only on request: "
    "DVK_CRASH_KILLS=400 pytest -m slow tests/safety",
)
def test_long_campaign(tmp_path, capsys):
    results = crash_harness.run_all(_share(int(os.environ["DVK_CRASH_KILLS"])), tmp_path,
                                    seed=int.from_bytes(os.urandom(2)))
    with capsys.disabled():
        print(capsys.readouterr().out)
    assert [f for r in results for f in r.failures] == []
