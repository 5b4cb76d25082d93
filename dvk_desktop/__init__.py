"""DVK Desktop: the office registry of 'Dân vận khéo' models and typical examples."""


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata on first use (reading
    it takes a noticeable part of the program's start)."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib import metadata

    try:
        version = metadata.version("dvk-desktop")
    except metadata.PackageNotFoundError:  # running from a source tree without installation
        version = "0.0.0+source"
    globals()["__version__"] = version
    return version
