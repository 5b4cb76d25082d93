"""Dialogs of the window, one module per Designer form."""
