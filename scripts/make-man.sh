#!/usr/bin/env bash
# Writes docs/man/regio.1: the page swift-argument-parser's generate-manual plugin makes from regio's
# argument definitions, plus the DASHBOARD KEYS section that `regio keys --format mdoc` makes from the
# keymap. With --check, writes nothing and fails when the committed page is not what would be generated
# (CI runs this, so a changed option or key cannot leave the page behind).
#   scripts/make-man.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/.."
# The page's date: the release date, raised with RegioVersion.number (a build date would make every
# regeneration a change).
date=2026-11-30
target=docs/man/regio.1

# The plugin builds the package (debug: the same build as `swift build`) and runs generate-manual on it.
swift package generate-manual --configuration debug --date "$date" --authors "the regio authors" >/dev/null
generated=.build/plugins/GenerateManual/outputs/regio/regio.1
regio=$(swift build --show-bin-path)/regio

page=$(mktemp)
trap 'rm -f "$page"' EXIT
# Blank lines are not mdoc (groff warns about each): a paragraph break is .Pp. The keys section goes
# before EXIT STATUS.
awk -v keys="$("$regio" keys --format mdoc)" '
    /^\.Sh "EXIT STATUS"/ { printf "%s", keys; if (keys !~ /\n$/) print "" }
    /^$/ { print ".Pp"; next }
    { print }
' "$generated" > "$page"

if [ "${1:-}" = "--check" ]; then
    if ! diff -u "$target" "$page"; then
        echo "$target is out of date: run scripts/make-man.sh (or make man) and commit it" >&2
        exit 1
    fi
    echo "$target is current"
else
    cp "$page" "$target"
    echo "wrote $target"
fi
