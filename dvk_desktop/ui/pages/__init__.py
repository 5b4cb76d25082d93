"""Pages of the main window; each takes ``(ctx, parent)`` and offers ``title()``,
``retranslate_ui()`` and ``refresh()``."""
