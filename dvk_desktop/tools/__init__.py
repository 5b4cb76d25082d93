"""Developer tooling run with ``python -m dvk_desktop.tools.<name>`` (no Qt imports)."""
