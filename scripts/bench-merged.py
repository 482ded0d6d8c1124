#!/usr/bin/env python3
"""Times the merged view's first screen (issue 16: bundled data plus a 60,000-project CORDIS import, first
screen ≤ 1 s) in the real dashboard, against a baseline binary in the same run.

Generates CORDIS-shaped files (`regio generate --cordis-projects … --cordis-organisation-rows …`), imports
them (`regio import cordis`), then opens `regio --data bundled --data IMPORT` in a pseudo-terminal of
120×40, alternately with each binary, --runs times each, and prints for each binary the median and
min–max of:

  first screen  ms from starting the program until its output first contains the header's
                "participants" (the dashboard's first frame; the loading screen never says it)
  peak RSS      MiB, the program's maximum resident set size (from wait4), read after it quit on q

Each run has a fresh, empty $XDG_CACHE_HOME, so a binary with the load cache reads the files as on a
first open (--cache warm: one cache folder, filled by a run that is not counted, as on later opens).

  scripts/bench-merged.py --new .build/release/regio --old /path/to/older/regio
  scripts/bench-merged.py --runs 7 --work /tmp/merged   (keeps and reuses the generated import)
"""
import argparse
import fcntl
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

MARKER = b"participants"
TIMEOUT = 120.0


def first_screen(binary, data, cache):
    """Runs the dashboard once with $XDG_CACHE_HOME=cache; returns (ms until the first screen, peak RSS in MiB)."""
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ["XDG_CACHE_HOME"] = cache
        os.execv(binary, [binary, "--data", "bundled", "--data", data])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen, elapsed, quit_sent = b"", None, False
    while True:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if time.monotonic() - start > TIMEOUT:
            os.kill(pid, 9)
            sys.exit(f"bench-merged: {binary} showed no first screen within {TIMEOUT} s")
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break  # the program has exited and closed the terminal
        if not chunk:
            break
        if elapsed is None:
            seen = (seen + chunk)[-4096:]
            if MARKER in seen:
                elapsed = (time.monotonic() - start) * 1000
        if elapsed is not None and not quit_sent:
            os.write(fd, b"q")
            quit_sent = True
    _, status, usage = os.wait4(pid, 0)
    os.close(fd)
    if elapsed is None or os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench-merged: {binary} ended with status {status} before a first screen")
    return elapsed, usage.ru_maxrss / 1024


def summary(values, unit):
    return f"{statistics.median(values):7.0f} {unit} ({min(values):.0f}–{max(values):.0f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--new", default=".build/release/regio", help="the binary measured (default: %(default)s)")
    parser.add_argument("--old", help="the baseline binary, run alternately with --new")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--projects", type=int, default=60000)
    parser.add_argument("--rows", type=int, default=400000)
    parser.add_argument("--work", help="folder for the generated files and the import (kept; reused when present)")
    parser.add_argument("--cache", choices=["cold", "warm"], default="cold", help="(default: %(default)s)")
    args = parser.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="regio-merged-")
    data = os.path.join(work, "import")
    if not os.path.isdir(data):
        subprocess.run([args.new, "generate", "--cordis-projects", str(args.projects),
                        "--cordis-organisation-rows", str(args.rows), "--out", os.path.join(work, "in")],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run([args.new, "import", "cordis", "--zip", os.path.join(work, "in", "cordis-projects-csv.zip"),
                        "--out", data], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    binaries = [("new", args.new)] + ([("old", args.old)] if args.old else [])
    results = {name: ([], []) for name, _ in binaries}
    with open("/proc/loadavg") as f:
        print(f"load average before: {' '.join(f.read().split()[:3])} on {os.cpu_count()} cores")
    caches = tempfile.mkdtemp(prefix="regio-merged-cache-")
    if args.cache == "warm":
        for name, binary in binaries:
            first_screen(binary, data, os.path.join(caches, name))
            time.sleep(3)  # the entry is written in the background after the first screen
    for run in range(args.runs):
        for name, binary in binaries:  # alternated, so that a busy moment falls on both alike
            cache = os.path.join(caches, name if args.cache == "warm" else f"{name}-{run}")
            ms, mib = first_screen(binary, data, cache)
            results[name][0].append(ms)
            results[name][1].append(mib)
    print(f"merged view: bundled + {args.projects} projects / {args.rows} organisation rows, {args.cache} cache, "
          f"{args.runs} runs, median (min–max)")
    for name, binary in binaries:
        times, memory = results[name]
        print(f"  {name}: first screen {summary(times, 'ms')}, peak RSS {summary(memory, 'MiB')}   {binary}")
    subprocess.run(["rm", "-rf", caches])
    if not args.work:
        subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()
