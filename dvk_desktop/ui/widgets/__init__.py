"""Reusable widgets of the window: filter bar, column chooser, error dialog."""
