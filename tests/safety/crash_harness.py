"""Power-cut survival: run the program's own work in a child process and SIGKILL it at random.

Each kind of work (saving entries, a backup, a migration, an import) runs in a forked child
whose standard output is a pipe; the child prints what it has finished (an entry id after
its commit, a backup path after it is verified, "done" after a migration or an import). The
parent kills the child at a random moment, then checks the file as the next start would find
it: SQLite's integrity check passes, everything reported as finished is there, and nothing is
half-applied. ``python -m tests.safety.crash_harness --kills 1000`` runs a longer campaign.
"""

from __future__ import annotations

import argparse
import os
import random
import select
import signal
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dvk_desktop.db import migrate
from tests.safety import crash_checks as checks


@dataclass
class Campaign:
    """Figures of one kind of work: kills, work finished before the kills, failures."""

    kind: str
    kills: int = 0
    finished: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One line for the printed summary."""
        return (f"{self.kind:<10} kills={self.kills:<5} finished-before-kill={self.finished:<6} "
                f"failures={len(self.failures)}")


def run_child(work: Callable[[], None], delay: float,
              until_output: bool = False) -> tuple[list[str], bool]:
    """Fork, run ``work`` with stdout on a pipe, SIGKILL it after ``delay``.

    Returns the complete lines printed and whether the work failed by itself (an exception
    rather than the kill). With ``until_output`` the kill comes at the first output.
    """
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the parent's code (pytest, atexit)
        code = 0
        try:
            os.close(read_fd)
            os.dup2(write_fd, 1)
            sys.stdout = os.fdopen(1, "w", buffering=1, closefd=False)
            work()
        except BaseException:
            traceback.print_exc()
            code = 3
        finally:
            os._exit(code)
    os.close(write_fd)
    chunks = _read_until(read_fd, time.monotonic() + delay, until_output)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    chunks += _read_until(read_fd, None)
    os.close(read_fd)
    text = b"".join(chunks).decode("utf-8", "replace")
    failed = os.WIFEXITED(status) and os.WEXITSTATUS(status) == 3
    return text.split("\n")[:-1], failed  # the last piece is unfinished (or empty)


def _read_until(fd: int, deadline: float | None, first: bool = False) -> list[bytes]:
    chunks: list[bytes] = []
    while True:
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return chunks
        data = os.read(fd, 65536)
        if not data:
            return chunks
        chunks.append(data)
        if first and b"\n" in data:
            return chunks


def campaign(kind: str, kills: int, workdir: Path, rng: random.Random) -> Campaign:
    """Kill the work of one kind ``kills`` times and check the file after each kill."""
    scenario = checks.SCENARIOS[kind](workdir / kind)
    result = Campaign(kind)
    for _ in range(kills):
        scenario.prepare()
        lines, failed = run_child(scenario.work, rng.uniform(0.0, scenario.max_delay))
        result.kills += 1
        result.finished += scenario.count_finished(lines)
        problem = "the work failed by itself (see stderr)" if failed else scenario.verify(lines)
        if problem:
            result.failures.append(problem)
    return result


def run_all(kills: dict[str, int], workdir: Path, seed: int) -> list[Campaign]:
    """Run a campaign for each kind of work; print the figures."""
    rng = random.Random(seed)
    migrate.head_revision()  # read the revisions once, before the children fork
    results = [campaign(kind, count, workdir, rng) for kind, count in kills.items() if count]
    print(f"\ncrash harness (seed {seed}):")
    for result in results:
        print("  " + result.line())
        for failure in result.failures[:5]:
            print("    FAILURE: " + failure)
    total = sum(r.kills for r in results)
    print(f"  total kills={total} failures={sum(len(r.failures) for r in results)}")
    return results


def main(argv: list[str] | None = None) -> int:
    """Longer campaign from the command line."""
    import tempfile

    parser = argparse.ArgumentParser(description="SIGKILL the program's work and check it")
    parser.add_argument("--kills", type=int, default=1000, help="kills in all, across kinds")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args(argv)
    kinds = checks.available_kinds()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DVK_DATA_DIR"] = str(Path(tmp) / "data")
        share = {kind: args.kills // len(kinds) for kind in kinds}
        results = run_all(share, Path(tmp), args.seed)
    return 1 if any(r.failures for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
