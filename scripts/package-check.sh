#!/usr/bin/env bash
# Packaging check (issue 15): installs into a temporary PREFIX, runs the installed regio from a folder
# with no checkout and an empty config (themes lists the 5 built-in themes, the dashboard starts in
# --theme light, the man page renders, the bash completion loads), then uninstalls and checks that
# nothing regio installed is left.
#   scripts/package-check.sh            (CONFIGURATION=debug reuses the test build; default release)
set -euo pipefail
cd "$(dirname "$0")/.."
configuration=${CONFIGURATION:-release}
prefix=$(mktemp -d /tmp/regio-prefix.XXXXXX)
elsewhere=$(mktemp -d /tmp/regio-elsewhere.XXXXXX)
socket="regio-package-check-$$"
cleanup() {
    tmux -L "$socket" kill-server 2>/dev/null || true
    rm -rf "$prefix" "$elsewhere"
}
trap cleanup EXIT
fail() { echo "package-check: FAIL: $*" >&2; exit 1; }

make --no-print-directory install PREFIX="$prefix" CONFIGURATION="$configuration" >/dev/null
regio="$prefix/bin/regio"
[ -x "$regio" ] || fail "no $regio"

# From a folder with no checkout, and a config folder with no themes in it.
cd "$elsewhere"
export HOME="$elsewhere" XDG_CONFIG_HOME="$elsewhere/config"
unset REGIO_THEMES_DIR NO_COLOR

themes=$("$regio" themes)
built_in=$(printf '%s\n' "$themes" | grep -c "built in" || true)
[ "$built_in" -eq 5 ] || fail "themes lists $built_in built-in themes, expected 5:"$'\n'"$themes"
echo "ok: themes lists 5 built-in themes"

"$regio" --version | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+' || fail "--version printed no version"
echo "ok: --version $("$regio" --version)"

# The dashboard in a real terminal with --theme light: it starts, reports no theme problem, and paints
# the light theme's white paper (#ffffff is colour 231 of a 256-colour terminal) behind the text.
tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 30 -e TERM=tmux-256color -e LANG=C.UTF-8 \
    -e HOME="$HOME" -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" "exec $regio --theme light"
screen=""
for _ in $(seq 100); do
    screen=$(tmux -L "$socket" capture-pane -p -e 2>/dev/null || true)
    case "$screen" in *Participants*) break ;; esac
    sleep 0.1
done
case "$screen" in *Participants*) ;; *) fail "the dashboard did not start:"$'\n'"$screen" ;; esac
case "$screen" in *"not used"*|*"has errors"*) fail "--theme light was not applied:"$'\n'"$screen" ;; esac
case "$screen" in *"48;5;231"*) ;; *) fail "no light-theme background in the dashboard" ;; esac
tmux -L "$socket" send-keys q
echo "ok: the dashboard starts with --theme light"

MANPAGER=cat MANWIDTH=80 man -l "$prefix/share/man/man1/regio.1" 2>/dev/null > "$elsewhere/man.txt" \
    || fail "man -l could not render the page"
for section in SYNOPSIS DESCRIPTION "DASHBOARD KEYS" "EXIT STATUS"; do
    grep -q "^$section" "$elsewhere/man.txt" || fail "the man page has no $section section"
done
echo "ok: man -l renders the page ($(wc -l < "$elsewhere/man.txt") lines)"

bash -c "source '$prefix/share/bash-completion/completions/regio' && complete -p regio" >/dev/null \
    || fail "the bash completion does not load"
echo "ok: the bash completion loads"
if command -v zsh >/dev/null; then zsh -n "$prefix/share/zsh/site-functions/_regio" || fail "zsh completion: syntax"; fi
if command -v fish >/dev/null; then fish -n "$prefix/share/fish/vendor_completions.d/regio.fish" || fail "fish completion: syntax"; fi

cd - >/dev/null
make --no-print-directory uninstall PREFIX="$prefix" >/dev/null
left=$(find "$prefix" \( -type f -o -type l \) -print)
[ -z "$left" ] || fail "uninstall left files behind:"$'\n'"$left"
[ ! -e "$prefix/share/regio" ] || fail "uninstall left $prefix/share/regio"
echo "ok: uninstall leaves no file"
echo "package-check: passed"
