#!/usr/bin/env python3
"""Bundled data against less: how long `regio` (the bundled dataset, no --data) takes to show its
first rows of data, beside `less` showing the first rows of the same data as CSV, in tmux.

Exports the bundled data as CSV (`regio export --format csv`), then starts `regio --lang en` and
`less FILE` in a private tmux server at a fixed size, alternately, --runs times each, and prints the
median and min–max of:

  first paint  ms until anything at all is on screen
  first data   ms until the first rows of data are on screen (regio: the `Name` column header inside
               a pane with a row under it, as in side-by-side.py; less: the CSV's header line and, below
               it, its first record; long lines wrap, so the starts of the lines are compared)
  peak RSS     MiB, read after the program was quit with `q`

and the ratio regio / less of first data against issue 17's goal (within 1.5x of less). Both
programs get the same environment: LANG=C.UTF-8, an empty LESS and LESSOPEN (a plain `less`, no
input preprocessor) and one shared XDG_CACHE_HOME primed by one untimed run of each (so regio's runs
are warm runs if it keeps a cache). Times include process start and ~5 ms of tmux for both programs,
which is why the poll interval is 2 ms here (first data of less is 10-20 ms).

  scripts/bundled-vs-less.py --regio path/to/regio          # 7 runs each
  scripts/bundled-vs-less.py --runs 15 --json               # builds regio (release) first

Needs python3, tmux, less and Swift (unless --regio is given). The screen definitions are checked
by `scripts/side-by-side.py --self-test`; timing as in scripts/tui_measure.py. Everything it
creates (a temporary folder, a private tmux server on its own socket) is removed at the end.
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True   # no __pycache__ in scripts/
sys.path.insert(0, str(Path(__file__).resolve().parent))
import screens  # noqa: E402
import tui_measure as tmx  # noqa: E402

GOAL = 1.5   # issue 17: regio's first screen within 1.5x of less's
METRICS = [("first paint ms", "paint", 0), ("first data ms", "first", 0), ("peak RSS MiB", "peak_rss_mib", 1)]


def say(*a):
    print("bundled-vs-less:", *a, file=sys.stderr, flush=True)


def fail(msg, code=2):
    say(msg)
    sys.exit(code)


def export_bundled(regio, work):
    """The bundled data as CSV, and its first two lines as less shows them."""
    path = work / "bundled.csv"
    r = subprocess.run([str(regio), "export", "--format", "csv", "--out", str(path)],
                       stdout=subprocess.DEVNULL)
    if r.returncode != 0:
        fail("regio export --format csv failed")
    with open(path, encoding="utf-8") as f:
        header, first = f.readline().rstrip("\r\n"), f.readline().rstrip("\r\n")
    return path, header, first


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--regio", metavar="PATH", help="regio binary to use (default: build .build/release/regio)")
    ap.add_argument("--scratch-path", metavar="DIR",
                    help="build regio with `swift build --scratch-path DIR` (binary: DIR/release/regio)")
    ap.add_argument("--less", default="less", metavar="CMD", help="less command (default: less)")
    ap.add_argument("--runs", type=int, default=7, help="runs of each program (default 7)")
    ap.add_argument("--width", type=int, default=120)
    ap.add_argument("--height", type=int, default=40)
    ap.add_argument("--interval", type=float, default=0.002, help="poll interval in seconds (default 0.002)")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for a screen (default 30)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    def stop(signum, _frame):   # SIGTERM/SIGHUP unwind like Ctrl-C, so the finally blocks clean up
        raise SystemExit(128 + signum)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, stop)

    term = tmx.check_tmux(fail)
    less = shutil.which(args.less) or fail(f"{args.less} is not installed")
    regio = tmx.find_regio(args, fail, say)
    time_path = tmx.gnu_time()
    tmx.busy_note(say)
    work = Path(tempfile.mkdtemp(prefix="regio-bundled-vs-less-"))
    tm = None
    try:
        csv_path, header, first_record = export_bundled(regio, work)
        cache_home = work / "cache"
        cache_home.mkdir()
        env = {"XDG_CACHE_HOME": str(cache_home), "LESS": "", "LESSOPEN": "", "LESSCLOSE": ""}
        programs = {
            "regio": ([str(regio), "--lang", "en"],
                      [("paint", screens.painted), ("first", screens.regio_first_data)]),
            "less": ([less, str(csv_path)],
                     [("paint", screens.painted), ("first", screens.less_first_data(header, first_record))]),
        }
        say(f"{csv_path.stat().st_size / 1024:.0f} KiB CSV; {args.runs} runs each at {args.width}x{args.height}, "
            f"polled every {args.interval * 1000:g} ms")
        tm = tmx.Tmux(f"regio-bundled-vs-less-{os.getpid()}", term, use_control=True)
        results = {name: [] for name in programs}
        for i in range(0, args.runs + 1):   # run 0 primes the cache and the page cache, untimed
            for name, (argv, stages) in programs.items():   # alternate, so drift hits both
                r = tmx.measure(tm, f"{name}-{i}", argv, stages, ["q"], args, time_path, str(work), env=env)
                r["peak_rss_mib"] = tmx.mib(r.get("peak_rss_kb"))
                line = (f"{name} run {i}{' (priming)' if i == 0 else ''}: first paint {tmx.fmt(r.get('paint'), 1)} ms, "
                        f"first data {tmx.fmt(r.get('first'), 1)} ms, peak RSS {tmx.fmt(r['peak_rss_mib'], 1)} MiB")
                if "error" in r:
                    line += f"  ERROR: {r['error']}"
                    if r.get("last_screen"):
                        print(r["last_screen"].rstrip("\n"), file=sys.stderr)
                say(line)
                if i > 0:
                    results[name].append(r)
    finally:
        if tm:
            tm.close()
        shutil.rmtree(work, ignore_errors=True)

    med = {n: {k: tmx.median([r.get(k) for r in runs]) for _, k, _ in METRICS} for n, runs in results.items()}
    rng = {n: {k: tmx.spread([r.get(k) for r in runs]) for _, k, _ in METRICS} for n, runs in results.items()}
    q = tmx.quotient(med["regio"]["first"], med["less"]["first"])
    worst = tmx.quotient(rng["regio"]["first"][1], rng["less"]["first"][0])
    met = None if q is None else q <= GOAL
    errors = any("error" in r for runs in results.values() for r in runs)
    if args.json:
        print(json.dumps({"runs": args.runs, "window": f"{args.width}x{args.height}",
                          "median": {n: {k: tmx.rounded(v) for k, v in m.items()} for n, m in med.items()},
                          "min_max": {n: {k: [tmx.rounded(x) for x in v] for k, v in m.items()} for n, m in rng.items()},
                          "first_data_regio_over_less": tmx.rounded(q), "worst": tmx.rounded(worst),
                          "goal": GOAL, "met": met}, indent=1))
        sys.exit(1 if errors else 0)
    print(f"\nbundled data, {args.width}x{args.height}, {args.runs} runs each, alternating; median (min–max)")
    print(f"{'program':<14}" + "".join(f"{title:>22}" for title, _, _ in METRICS))
    for name in programs:
        cells = [f"{tmx.fmt(med[name][k], d + 1 if k != 'peak_rss_mib' else d)} "
                 f"({tmx.fmt_range(rng[name][k], d + 1 if k != 'peak_rss_mib' else d)})" for _, k, d in METRICS]
        print(f"{name:<14}" + "".join(f"{c:>22}" for c in cells))
    status = "n/a" if met is None else ("met" if met else "NOT MET")
    print(f"\nfirst data regio / less: {tmx.fmt_ratio(q)} (worst: regio's slowest against less's fastest "
          f"{tmx.fmt_ratio(worst)}); issue 17 goal ≤ {GOAL}x: {status}")
    if errors:
        say("some runs failed (see above); their missing values are left out of the medians")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        say("interrupted")
        sys.exit(130)
