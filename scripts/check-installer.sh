#!/usr/bin/env bash
# Runs the built one-folder program the way an office PC would: its commands and its window.
# Usage: scripts/check-installer.sh dist/dvk-desktop   (the built folder)
set -euo pipefail
FOLDER=$(realpath "$1")
BIN="$FOLDER/dvk-desktop-cli"   # console program for the commands
WINDOW="$FOLDER/dvk-desktop"    # the window
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DVK_DATA_DIR="$work/data"
COMMUNE="$work/commune.sqlite3"
PROVINCE="$work/province.sqlite3"
cd "$work"  # nothing may depend on the source tree

step() { echo "== $*"; }
step "version";      "$BIN" --version
step "init";         "$BIN" init --db "$COMMUNE" --province 40 --unit 17827 --officer "Lê Thị Hoa"
                     "$BIN" init --db "$PROVINCE" --province 40 --officer "Nguyễn Văn An"
# Enough entries for the import to start its staging helper (a second process of the program).
step "demo";         "$BIN" demo --db "$COMMUNE" --entries 10000 --seed 1
step "entries";      "$BIN" entries list --db "$COMMUNE" --search "camera an ninh" --format csv | head -3
step "export";       "$BIN" export --db "$COMMUNE" --to 40 --out "$work/up.dvkx"
grep "package written: .* deflated with ISA-L" "$DVK_DATA_DIR/logs/dvk-desktop.log" \
    || { echo "the export did not deflate with ISA-L (isal missing from the program?)"; exit 1; }
step "import";       "$BIN" import --db "$PROVINCE" "$work/up.dvkx" --yes --trust-new-key
grep "staging helper wrote [1-9]" "$DVK_DATA_DIR/logs/dvk-desktop.log" \
    || { echo "the import's staging helper did not run"; exit 1; }
step "report";       "$BIN" report --db "$PROVINCE" --unit 40 --period 2021-2026 --format pdf \
                         --out "$work/report.pdf"
# The test machine's own Python reads the JSON; the built program needs none.
decision=$("$BIN" decisions list --db "$COMMUNE" --format json | python3 -c \
    'import json, sys; print(next(d["id"] for d in json.load(sys.stdin) if d["award_count"]))')
step "certificates"; "$BIN" certificates --db "$COMMUNE" --decision "$decision" \
                         --out "$work/certificates.pdf"
for pdf in report.pdf certificates.pdf; do
    head -c 5 "$work/$pdf" | grep -q '%PDF-' || { echo "not a PDF: $pdf"; exit 1; }
done
step "window";       QT_QPA_PLATFORM=offscreen "$WINDOW" --db "$PROVINCE" --smoke-test
echo "installed program: all checks passed"
