"""Benchmark harness (run with ``python -m tests.bench.harness``; not part of the test run)."""
