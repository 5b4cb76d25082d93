"""Start script for the packaged program (PyInstaller needs a file, not a module)."""

import multiprocessing
import sys

from dvk_desktop.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
