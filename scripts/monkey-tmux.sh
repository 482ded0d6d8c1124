#!/usr/bin/env bash
# Drives the real regio binary in tmux with random keys and resizes for a fixed time, then quits it.
# Fails if regio dies on the way, or if it leaves the terminal in the alternate screen.
#   scripts/monkey-tmux.sh [seconds] [path/to/regio]      (defaults: 60 s, .build/debug/regio)
set -euo pipefail
seconds=${1:-60}
binary=${2:-.build/debug/regio}
[ -x "$binary" ] || { echo "monkey: no binary at $binary (swift build first)" >&2; exit 2; }
socket="regio-monkey-$$"
statusfile=$(mktemp)
tmux_() { tmux -L "$socket" -f /dev/null "$@"; }
trap 'tmux_ kill-server 2>/dev/null || true; rm -f "$statusfile"' EXIT

tmux_ new-session -d -s keepalive -x 80 -y 24 "sleep 100000"
tmux_ set -g remain-on-exit on
tmux_ set -g default-terminal tmux-256color
# The shell around regio records its exit status (tmux 3.3 does not report a status for every exit).
tmux_ new-session -d -s monkey -x 120 -y 40 -e LANG=C.UTF-8 -e SWIFT_BACKTRACE=interactive=no \
    "sh -c '\"$binary\"; echo \$? > \"$statusfile\"'"
sleep 1

keys=(Up Down Left Right PageUp PageDown Home End Enter Escape BSpace Tab BTab j k h l g G / f m c s t '?' ' ' a o e r ö Å)
RANDOM=${MONKEY_SEED:-1}
end=$((SECONDS + seconds))
steps=0 resizes=0
while [ $SECONDS -lt $end ]; do
    if [ $((RANDOM % 40)) -eq 0 ]; then
        tmux_ resize-window -t monkey -x $((1 + RANDOM % 300)) -y $((1 + RANDOM % 100))
        resizes=$((resizes + 1))
    else
        tmux_ send-keys -t monkey "${keys[$((RANDOM % ${#keys[@]}))]}"
    fi
    steps=$((steps + 1))
    if [ "$(tmux_ display -p -t monkey '#{pane_dead}')" = 1 ]; then
        echo "monkey: regio died after $steps steps (status $(cat "$statusfile"))" >&2
        tmux_ capture-pane -t monkey -p | tail -20 >&2
        exit 1
    fi
done
tmux_ resize-window -t monkey -x 120 -y 40
tmux_ send-keys -t monkey Escape Escape Escape Escape q
for _ in $(seq 50); do
    [ "$(tmux_ display -p -t monkey '#{pane_dead}')" = 1 ] && break
    # Still in the picker, help or a search: leave it and ask again.
    tmux_ send-keys -t monkey Escape Escape q
    sleep 0.1
done
dead=$(tmux_ display -p -t monkey '#{pane_dead}')
status=$(cat "$statusfile")
alternate=$(tmux_ display -p -t monkey '#{alternate_on}')
if [ "$dead" != 1 ] || [ "$status" != 0 ] || [ "$alternate" != 0 ]; then
    echo "monkey: after $steps steps: dead=$dead status=$status alternate_on=$alternate" >&2
    tmux_ capture-pane -t monkey -p -S -30 | grep -v "^$" | tail -25 >&2
    exit 1
fi
echo "monkey: $steps steps ($resizes resizes) in $seconds s; regio quit cleanly and restored the terminal"
