"""What the figures were measured on: CPU model, cores, memory, versions."""

from __future__ import annotations

import os
import platform
import sqlite3
import time
from pathlib import Path


def _first(path: str, key: str) -> str:
    try:
        for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
            name, _, value = line.partition(":")
            if name.strip() == key:
                return value.strip()
    except OSError:
        pass
    return ""


def cpu_model() -> str:
    """The CPU's model name (from /proc/cpuinfo where there is one)."""
    return _first("/proc/cpuinfo", "model name") or platform.processor() or platform.machine()


def memory_mb() -> int:
    """Total memory in MB (0 when unknown)."""
    text = _first("/proc/meminfo", "MemTotal")
    return int(text.split()[0]) // 1024 if text else 0


def describe() -> dict[str, str]:
    """The machine and software versions, as labelled text."""
    return {
        "CPU": cpu_model(),
        "Cores": str(os.cpu_count() or 0),
        "Memory": f"{memory_mb():,} MB",
        "System": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
    }


def rss_mb(status: str = "/proc/self/status") -> tuple[float, float]:
    """Resident memory now and at its peak (VmRSS, VmHWM) in MB; zeros when unknown."""
    now = _first(status, "VmRSS")
    peak = _first(status, "VmHWM")
    return (int(now.split()[0]) / 1024 if now else 0.0,
            int(peak.split()[0]) / 1024 if peak else 0.0)


def load_text() -> str:
    """The 1-minute load average against the core count (a shared machine slows figures)."""
    try:
        load = os.getloadavg()[0]
    except OSError:
        return "unknown"
    return f"{load:.1f} on {os.cpu_count() or 0} cores"


def reference_loop_s() -> float:
    """Seconds a fixed piece of Python work takes now (3 million dictionary stores).

    A virtual machine's speed can change by half within minutes; this figure, taken before
    and after the measurements, tells a fast spell from a slow one when tables are compared.
    """
    started = time.perf_counter()
    table: dict[int, str] = {}
    for i in range(3_000_000):
        table[i & 1023] = str(i)
    return time.perf_counter() - started
