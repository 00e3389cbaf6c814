#!/usr/bin/env bash
# Refresh the translation sources in resources/translations/ from the code (pyside6-lupdate), keeping
# every translation already made; new strings arrive unfinished, strings gone from the code are dropped.
# English is the source language; azkz_desktop_en.ts holds only the English plural forms ("1 event").
# Then translate the unfinished entries (Qt Linguist: .venv/bin/pyside6-linguist) and run the tests:
# tests/ui/test_catalogues.py fails while any entry is unfinished or the sources are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find src/azkz_desktop/ui -name '*.py' | sort)
lupdate=.venv/bin/pyside6-lupdate
for language in az kk ru de; do
  "$lupdate" -silent -no-obsolete -locations none -source-language en -target-language "$language" \
    "${sources[@]}" -ts "resources/translations/azkz_desktop_${language}.ts"
done
"$lupdate" -silent -no-obsolete -locations none -pluralonly -source-language en -target-language en \
  "${sources[@]}" -ts resources/translations/azkz_desktop_en.ts
