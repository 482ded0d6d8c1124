#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (from the Swift toolchain) of the code that reads outside input.
#   scripts/fuzz.sh TARGET [SECONDS]     TARGET: json | theme | keys | layout    (default 60 s)
#   scripts/fuzz.sh replay               every committed corpus file through its target, ordinary build (CI)
# Builds into .build-fuzz with -sanitize=fuzzer,address. Starts from the committed seeds in
# Fuzz/corpus/TARGET and keeps what it learns in .build-fuzz/corpus/TARGET (not committed); a crash is
# written to Fuzz/crashes/ — commit it into Fuzz/corpus/TARGET once fixed, so the replay keeps it fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(json theme keys layout)

if [ "${1:-}" = replay ]; then
    swift build --product regio-fuzz >/dev/null
    for target in "${targets[@]}"; do
        shopt -s nullglob
        files=(Fuzz/corpus/"$target"/*)
        [ ${#files[@]} -gt 0 ] && .build/debug/regio-fuzz "$target" "${files[@]}"
    done
    exit 0
fi

target=${1:?usage: scripts/fuzz.sh json|theme|keys|layout [SECONDS] | replay}
seconds=${2:-60}
[[ " ${targets[*]} " == *" $target "* ]] || { echo "fuzz: unknown target '$target'; one of: ${targets[*]}" >&2; exit 64; }

swift build --scratch-path .build-fuzz --product regio-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -v "ld.gold: warning" | tail -1
mkdir -p ".build-fuzz/corpus/$target" Fuzz/crashes
REGIO_FUZZ_TARGET=$target .build-fuzz/debug/regio-fuzz ".build-fuzz/corpus/$target" "Fuzz/corpus/$target" \
    -max_total_time="$seconds" -artifact_prefix="Fuzz/crashes/$target-" -max_len=8192 \
    -print_final_stats=1 2>&1 | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::new_units_added|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written|Done)" || true
echo "fuzz: $target: crashes found: $(ls Fuzz/crashes 2>/dev/null | grep -c "^$target-" || true)"
