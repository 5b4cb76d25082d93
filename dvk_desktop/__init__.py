"""DVK Desktop: the office registry of 'Dân vận khéo' models and typical examples."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("dvk-desktop")
except _metadata.PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+source"
