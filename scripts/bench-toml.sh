#!/usr/bin/env bash
# Times `regio themes check` on hostile theme files (issue 11): 100,000-deep nesting of inline tables
# and of arrays, a 100,000-key palette, 50,000 unknown roles; the shipped default theme is the baseline
# in the same run. Prints the median of RUNS runs (default 5) for each. Each should stay under 1 s.
#   scripts/bench-toml.sh [path/to/regio]   (default: .build/release/regio, else .build/debug/regio)
set -euo pipefail
cd "$(dirname "$0")/.."
regio=${1:-}
if [ -z "$regio" ]; then
    if [ -x .build/release/regio ]; then regio=.build/release/regio; else regio=.build/debug/regio; fi
fi
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys
d = sys.argv[1]
n = 100_000
def write(name, text):
    open(f"{d}/{name}.toml", "w").write(text)
write("deep-tables", 'name = "x"\n[roles]\ntext = ' + "{ a = " * n + "1" + " }" * n + "\n")
write("deep-arrays", 'name = "x"\n[roles]\ntext = ' + "[" * n + "]" * n + "\n")
write("palette-100k", 'name = "x"\n[palette]\n' + "".join(f'k{i} = "#{i % 0xffffff:06x}"\n' for i in range(n))
      + '[roles]\ntext = { fg = "k7", bg = "k99999" }\n')
write("roles-50k", 'name = "x"\n[roles]\n' + "".join(f'r{i} = "red"\n' for i in range(50_000)))
PY
cp Themes/default.toml "$work/baseline-default.toml"

echo "regio: $regio; median of $runs runs of 'regio themes check FILE'"
printf '%-22s %10s  %s\n' file seconds "first line of output"
for file in baseline-default deep-tables deep-arrays palette-100k roles-50k; do
    times=()
    for _ in $(seq "$runs"); do
        start=$(date +%s.%N)
        "$regio" themes check "$work/$file.toml" >"$work/out" 2>&1 || true
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    printf '%-22s %10.3f  %s\n' "$file" "$median" "$(head -c 110 "$work/out" | head -1 | sed "s|$work/||")"
done
