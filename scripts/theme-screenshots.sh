#!/usr/bin/env bash
# Screenshots of the dashboard in each shipped theme, as a real xterm draws it (bold colours brightened,
# as xterm does by default), for the README: docs/themes/NAME.png. Needs Debian's
# xvfb xterm x11-apps imagemagick (installed here when missing).
#   scripts/theme-screenshots.sh [path/to/regio]     (default: swift build, then .build/debug/regio)
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for tool in Xvfb:xvfb xterm:xterm xwd:x11-apps convert:imagemagick; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
regio=${1:-}
if [ -z "$regio" ]; then swift build --product regio >/dev/null; regio=$(swift build --show-bin-path)/regio; fi
regio=$(realpath "$regio")

display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1200x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
config=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$config"' EXIT
sleep 1

for theme in default eu high-contrast light monochrome; do
    kind=$("$regio" themes | awk -v t="$theme" '$1 == t { print $2 }')
    # The terminal's own colours: light grey on black for a dark theme, black on white for a light one.
    if [ "$kind" = light ]; then colours=(-bg white -fg black); else colours=(-bg black -fg gray90); fi
    DISPLAY=$display XDG_CONFIG_HOME="$config" LANG=C.UTF-8 xterm "${colours[@]}" -geometry 110x30+0+0 \
        -fa "DejaVu Sans Mono" -fs 9 -bw 0 -title "regio-$theme" -xrm "XTerm*allowTitleOps: false" -xrm 'XTerm*termName: xterm-256color' \
        -e "$regio" --theme "$theme" --country SE &
    term=$!
    sleep 3
    DISPLAY=$display xwd -name "regio-$theme" -silent | convert xwd:- -strip -colors 64 "PNG8:docs/themes/$theme.png"
    kill "$term" 2>/dev/null || true
    wait "$term" 2>/dev/null || true
    echo "docs/themes/$theme.png: $(identify -format '%wx%h' "docs/themes/$theme.png"), $(du -k "docs/themes/$theme.png" | cut -f1) KB"
done
