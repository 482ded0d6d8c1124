#!/usr/bin/env bash
# Times `regio import cordis` on generated CORDIS-shaped data (issue 16: 60,000 projects and 400,000
# organisation rows in ≤ 5 s and ≤ 500 MiB) and prints medians of wall time and peak memory (max RSS),
# with baselines from the same run: `unzip -p` inflating the same zip to /dev/null, and Python's csv module
# reading the same two files.
#   scripts/bench-import.sh [runs] [path/to/regio]     (defaults: 5 runs, .build/release/regio)
#   PROJECTS=60000 ROWS=400000 to change the size.
set -euo pipefail
runs=${1:-5}
binary=${2:-.build/release/regio}
projects=${PROJECTS:-60000}
rows=${ROWS:-400000}
[ -x "$binary" ] || { echo "bench-import: no binary at $binary (swift build -c release first)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$binary" generate --cordis-projects "$projects" --cordis-organisation-rows "$rows" --out "$work/in" >/dev/null
zip="$work/in/cordis-projects-csv.zip"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "input: $projects projects, $rows organisation rows; zip $(($(stat -c %s "$zip") >> 20)) MiB," \
     "CSV $((($(stat -c %s "$work/in/project.csv") + $(stat -c %s "$work/in/organization.csv")) >> 20)) MiB"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Runs a command `runs` times; prints the medians of wall time, CPU time (user + system: what the wall
# time is on an idle machine for a program on one core) and peak memory (max RSS).
measure() {
    local times=() cpus=() rss=()
    for i in $(seq "$runs"); do
        rm -rf "$work/out"
        /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null
        read -r t u s m < "$work/time"
        times+=("$t"); cpus+=("$(echo "$u + $s" | bc)"); rss+=("$m")
    done
    echo "$(printf '%s\n' "${times[@]}" | median) s wall, $(printf '%s\n' "${cpus[@]}" | median) s CPU," \
         "$(( $(printf '%s\n' "${rss[@]}" | median) / 1024 )) MiB"
}

echo "regio import cordis --zip:              $(measure "$binary" import cordis --zip "$zip" --out "$work/out")   (target ≤ 5 s, ≤ 500 MiB)"
echo "regio import cordis --projects/--organizations: $(measure "$binary" import cordis --projects "$work/in/project.csv" --organizations "$work/in/organization.csv" --out "$work/out")"
echo "baseline unzip -p > /dev/null:          $(measure sh -c "unzip -p '$zip' > /dev/null")"
echo "baseline python3 csv (both files):      $(measure python3 -c "
import csv, sys
for name in ('project.csv', 'organization.csv'):
    with open('$work/in/' + name, newline='', encoding='utf-8-sig') as f:
        for row in csv.reader(f, delimiter=';'): pass
")"
