"""Files the program writes for the officer (exports, packages): whole or not at all."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dvk_desktop.domain.errors import readable_error


@contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """Yield a ``.part`` path beside ``path``; it becomes ``path`` only when writing succeeds.

    On any error (a full disk above all) the partial file is removed and the error is raised
    as the user should read it, so no half-written export is ever left behind.
    """
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        yield partial
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException as exc:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        readable = readable_error(exc)
        if readable is exc:
            raise
        raise readable from exc
