#!/usr/bin/env bash
# The whole test suite under a sanitizer: ThreadSanitizer (data races) or AddressSanitizer (memory errors).
#   scripts/sanitize.sh thread|address [extra swift test arguments, e.g. --filter RegioModelTests]
# Each sanitizer builds into its own folder (.build-thread, .build-address), so the ordinary build stays.
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizer=${1:?usage: scripts/sanitize.sh thread|address [swift test arguments]}
shift
case "$sanitizer" in thread|address) ;; *) echo "sanitize: thread or address, not '$sanitizer'" >&2; exit 64 ;; esac
export SWIFT_BACKTRACE=interactive=no
# Findings fail the run instead of scrolling past: halt on the first report.
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"
export ASAN_OPTIONS="halt_on_error=1 detect_leaks=0 ${ASAN_OPTIONS:-}"
swift test --scratch-path ".build-$sanitizer" --sanitize="$sanitizer" "$@"
