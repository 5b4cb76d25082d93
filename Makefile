# Two commands for a fresh machine with Python 3.11+ and make:
#   make run   - set up the local environment and open the program
#   make test  - set up the local environment and run the whole test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup translations screenshots lint clean installer installer-check bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP) translations

run: setup
	$(PY) -m dvk_desktop $(ARGS)

test: setup
	bash scripts/system-packages.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

translations: $(STAMP)
	$(PY) -m dvk_desktop.tools.translations build

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m dvk_desktop.ui.screenshots docs/screenshots

# One-folder program in dist/dvk-desktop/ (PyInstaller); Windows: see README, "Installer".
installer: setup
	$(PY) -m pip install --quiet -e '.[build]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build_installer.spec

# Build, then run the built program's commands and window as an office PC would.
installer-check: installer
	bash scripts/check-installer.sh dist/dvk-desktop

# Benchmark at province and national scale (docs/performance.md); BENCH_ARGS to change sizes.
BENCH_ARGS ?= --sizes 10000,100000,1000000 --runs 3
bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench.harness $(BENCH_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check dvk_desktop tests

clean:
	rm -rf $(VENV) build dist *.egg-info
