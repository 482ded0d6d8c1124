#!/usr/bin/env python3
"""Side by side: regio's dashboard and VisiData on the same generated data, in tmux, cold and warm.

Generates a synthetic dataset (`regio generate`), exports it as regio's flat CSV (`regio export
--format csv`), then opens `regio --data DIR` and `vd flat.csv` in a private tmux server at a fixed
size, alternately (regio, vd, regio, vd …), --runs times for each kind of run:

  cold   a first open: XDG_CACHE_HOME is a new empty folder for every run (regio finds no cache of
         loaded data; the files themselves stay in the OS page cache, which is not dropped)
  warm   the same data opened again: one shared XDG_CACHE_HOME, primed by one untimed run of each
         program first (VisiData keeps no cache, so its warm runs differ only by the OS page cache)

and prints, for each kind, the median and min–max of:

  first paint  ms from starting the program until anything at all is on screen (a loading screen,
               VisiData's menu bar): shows whether the user is left looking at a blank terminal
  first data   ms until the first frame with a column header and a data row under it (regio: the
               `Name` header inside a pane and a row inside its border, also in a screen that says it
               is still loading or checking; VisiData: its header line and a row, painted while it
               still loads)
  full load    ms until everything is loaded (regio: the header counts all participants and nothing on
               screen says loading or checking; VisiData: the status line shows the final row count
               and no longer says loading)
  peak RSS     MiB, the program's maximum resident set size, read after it was quit with its own keys

with the ratios vd / regio, and issue 17's targets beside them, marked met or not met on the medians
(the "worst" column divides VisiData's fastest run by regio's slowest). The exact screens that count
are in scripts/screens.py, checked against captured screens by --self-test (no tmux needed).

  scripts/side-by-side.py --self-test                  # check the screen definitions on scripts/screens/
  scripts/side-by-side.py                              # build regio (release), 1,000,000 memberships, 7 runs
  scripts/side-by-side.py --memberships 100000         # smaller: 10,000 territories, 1,000 initiatives
  scripts/side-by-side.py --regio path/to/regio --runs 3 --work /tmp/sbs --json

Needs python3, tmux, Swift (unless --regio is given) and VisiData (`pip install visidata`). Timing and
peak RSS as described in scripts/tui_measure.py. Everything it creates (a temporary folder unless
--work is given, the cache folders, a private tmux server on its own socket) is removed at the end;
other tmux servers and sessions are never touched.
"""
import argparse
import csv
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

KINDS = ("cold", "warm")
METRICS = [("first paint ms", "first_paint_ms", 0), ("first data ms", "first_data_ms", 0),
           ("full load ms", "full_load_ms", 0), ("peak RSS MiB", "peak_rss_mib", 0)]
STAGE_KEYS = {"first_paint_ms": "paint", "first_data_ms": "first", "full_load_ms": "full"}
# issue 17: (label, metric, kind, what is compared: the ratio vd / regio or regio alone, goal)
TARGETS = [("first data, warm", "first_data_ms", "warm", "ratio", 4.0),
           ("first data, cold", "first_data_ms", "cold", "ratio", 1.0),
           ("full load, cold", "full_load_ms", "cold", "ratio", 10.0),
           ("full load, warm", "full_load_ms", "warm", "ratio", 10.0),
           ("peak RSS, cold", "peak_rss_mib", "cold", "regio", 150.0),
           ("peak RSS, warm", "peak_rss_mib", "warm", "regio", 150.0)]


def say(*a):
    print("side-by-side:", *a, file=sys.stderr, flush=True)


def fail(msg, code=2):
    say(msg)
    sys.exit(code)


def check_vd(args):
    vd = shutil.which(args.vd)
    version = None
    if vd:
        try:
            r = subprocess.run([vd, "--version"], capture_output=True, text=True, timeout=60,
                               stdin=subprocess.DEVNULL)
            if r.returncode == 0 and "VisiData" in r.stdout:
                version = r.stdout.strip().split()[-1]
        except (OSError, subprocess.TimeoutExpired):
            pass
    if not version:
        fail(f"VisiData ({args.vd}) is not installed or does not run: install it with "
             "`pip install visidata` (or `pipx install visidata`), then run this again")
    return vd, version


def make_data(regio, work, memberships, seed):
    data = work / "data"
    flat = work / "flat.csv"
    stamp = work / "sizes.txt"   # what is in data/, so --work reuses it only for the same sizes
    territories, initiatives = memberships // 10, memberships // 100
    sizes = f"--territories {territories} --initiatives {initiatives} --memberships {memberships} --seed {seed}"
    if not stamp.exists() or stamp.read_text().strip() != sizes:
        stamp.unlink(missing_ok=True)
        flat.unlink(missing_ok=True)
        say(f"generating: regio generate {sizes}")
        r = subprocess.run([str(regio), "generate"] + sizes.split() + ["--out", str(data), "--force"],
                           stdout=subprocess.DEVNULL)
        if r.returncode != 0:
            fail("regio generate failed")
        stamp.write_text(sizes + "\n")
    if not flat.exists():
        say("exporting the flat CSV: regio export --format csv")
        part = work / "flat.csv.part"
        with open(part, "w") as out:
            r = subprocess.run([str(regio), "export", "--format", "csv", "--data", str(data)], stdout=out)
        if r.returncode != 0:
            fail("regio export failed")
        part.replace(flat)
    # what VisiData will show: the first column's name and the number of rows after the header
    with open(flat, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = sum(1 for _ in reader)
    return data, flat, header[0], rows, territories


def folder_size(path):
    """(files, MiB) under path."""
    files, size = 0, 0
    for root, _, names in os.walk(path):
        for n in names:
            try:
                size += os.path.getsize(os.path.join(root, n))
                files += 1
            except OSError:
                pass
    return files, size / 2**20


def summarize(results):
    """{kind: {program: {"median": {metric: v}, "min_max": {metric: (lo, hi)}}}}"""
    out = {}
    for kind, programs in results.items():
        out[kind] = {}
        for name, runs in programs.items():
            values = {m: [r.get(STAGE_KEYS[m]) for r in runs] for m in STAGE_KEYS}
            values["peak_rss_mib"] = [tmx.mib(r.get("peak_rss_kb")) for r in runs]
            out[kind][name] = {"median": {m: tmx.median(v) for m, v in values.items()},
                               "min_max": {m: tmx.spread(v) for m, v in values.items()}}
    return out


def judge(summary):
    """Each target with its measured value (on medians), its worst case over the runs, and met."""
    rows = []
    for label, metric, kind, compared, target in TARGETS:
        reg, vis = summary[kind]["regio"], summary[kind]["vd"]
        if compared == "ratio":
            value = tmx.quotient(vis["median"][metric], reg["median"][metric])
            worst = tmx.quotient(vis["min_max"][metric][0], reg["min_max"][metric][1])
            met = None if value is None else value >= target
        else:
            value, worst = reg["median"][metric], reg["min_max"][metric][1]
            met = None if value is None else value <= target
        rows.append({"target": label, "compared": "vd / regio" if compared == "ratio" else "regio",
                     "value": value, "worst": worst, "goal": target, "met": met})
    return rows


def print_table(args, rows, vd_version, summary, targets, cache_note):
    print(f"\n{args.memberships:,} memberships ({rows:,} CSV rows), {args.width}x{args.height}, "
          f"{args.runs} run{'s' if args.runs != 1 else ''} of each kind, alternating; median (min–max)")
    print("cold = a new empty XDG_CACHE_HOME for every run; warm = one shared XDG_CACHE_HOME primed by "
          "an untimed run")
    print(cache_note)
    if args.memberships != 1_000_000:
        print("(issue 17's targets are for 1,000,000 memberships)")
    width = 24
    print(f"\n{'':<6}{'program':<12}" + "".join(f"{title:>{width}}" for title, _, _ in METRICS))
    for kind in KINDS:
        for i, (name, label) in enumerate((("regio", "regio"), ("vd", "vd " + vd_version))):
            s = summary[kind][name]
            cells = [f"{tmx.fmt(s['median'][k], d)} ({tmx.fmt_range(s['min_max'][k], d)})" for _, k, d in METRICS]
            print(f"{kind if i == 0 else '':<6}{label:<12}" + "".join(f"{c:>{width}}" for c in cells))
        reg, vis = summary[kind]["regio"]["median"], summary[kind]["vd"]["median"]
        print(f"{'':<6}{'vd / regio':<12}" + "".join(f"{tmx.fmt_ratio(tmx.quotient(vis[k], reg[k])):>{width}}"
                                                      for _, k, _ in METRICS))
    print(f"\n{'issue 17 target':<34}{'median':>9}{'worst':>9}   {'goal':<12}")
    for t in targets:
        if t["compared"] == "regio":
            value, worst, goal = (f"{tmx.fmt(t['value'], 1)}", f"{tmx.fmt(t['worst'], 1)}",
                                  f"≤ {t['goal']:g} MiB")
        else:
            value, worst, goal = tmx.fmt_ratio(t["value"]), tmx.fmt_ratio(t["worst"]), f"≥ {t['goal']:g}x"
        status = "n/a" if t["met"] is None else ("met" if t["met"] else "NOT MET")
        print(f"{t['target'] + ' (' + t['compared'] + ')':<34}{value:>9}{worst:>9}   {goal:<12}{status}")
    print("worst = VisiData's fastest run against regio's slowest (peak RSS: regio's largest)")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--self-test", action="store_true",
                    help="check the first-data and full-load definitions on the captured screens and exit")
    ap.add_argument("--regio", metavar="PATH", help="regio binary to use (default: build .build/release/regio)")
    ap.add_argument("--scratch-path", metavar="DIR",
                    help="build regio with `swift build --scratch-path DIR` (binary: DIR/release/regio)")
    ap.add_argument("--vd", default="vd", metavar="CMD", help="VisiData command (default: vd)")
    ap.add_argument("--memberships", type=int, default=1_000_000, metavar="N",
                    help="memberships to generate; territories = N/10, initiatives = N/100 (default 1000000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=7, help="runs of each program and kind (default 7)")
    ap.add_argument("--width", type=int, default=120)
    ap.add_argument("--height", type=int, default=40)
    ap.add_argument("--interval", type=float, default=0.010, help="poll interval in seconds (default 0.010)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for a screen (default 300)")
    ap.add_argument("--work", metavar="DIR",
                    help="keep the data and CSV in DIR and reuse them for the same sizes "
                         "(default: a temporary folder, removed at the end)")
    ap.add_argument("--no-control", action="store_true", help="spawn `tmux capture-pane` per poll")
    ap.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    args = ap.parse_args()
    if args.self_test:
        sys.exit(1 if screens.self_test() else 0)
    if args.runs < 1 or args.memberships < 1000:
        ap.error("--runs must be at least 1 and --memberships at least 1000")

    # SIGTERM/SIGHUP unwind like Ctrl-C, so the finally blocks remove what was created
    def stop(signum, _frame):
        raise SystemExit(128 + signum)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, stop)

    term = tmx.check_tmux(fail)
    vd, vd_version = check_vd(args)
    regio = tmx.find_regio(args, fail, say)
    time_path = tmx.gnu_time()
    tmx.busy_note(say)

    if args.work:
        work, temporary = Path(args.work).resolve(), False
        work.mkdir(parents=True, exist_ok=True)
    else:
        work, temporary = Path(tempfile.mkdtemp(prefix="regio-side-by-side-")), True
    caches = Path(tempfile.mkdtemp(prefix="caches-", dir=work))
    tm = None
    try:
        data, flat, first_column, rows, territories = make_data(regio, work, args.memberships, args.seed)
        say(f"{flat.stat().st_size / 2**20:.0f} MiB CSV, {rows} rows; {args.runs} cold and {args.runs} warm "
            f"runs each at {args.width}x{args.height}; peak RSS via {'GNU time' if time_path else 'a python3 wrapper'}")
        programs = {
            "regio": ([str(regio), "--data", str(data), "--lang", "en"],
                      [("paint", screens.painted), ("first", screens.regio_first_data),
                       ("full", screens.regio_full_load(territories))], ["q"]),
            "vd": ([vd, str(flat)],
                   [("paint", screens.painted), ("first", screens.vd_first_data(first_column)),
                    ("full", screens.vd_full_load(rows))], ["g", "q"]),
        }
        tm = tmx.Tmux(f"regio-side-by-side-{os.getpid()}", term, use_control=not args.no_control)

        def run(name, kind, index, cache_home):
            argv, stages, quit_keys = programs[name]
            r = tmx.measure(tm, f"{name}-{kind}-{index}", argv, stages, quit_keys, args, time_path,
                            str(work), env={"XDG_CACHE_HOME": str(cache_home)})
            r.update(program=name, kind=kind, run=index)
            if name == "regio":
                r["cache_mib"] = round(folder_size(cache_home)[1], 1)
            line = (f"{kind} {name} run {index}: first paint {tmx.fmt(r.get('paint'))} ms, first data "
                    f"{tmx.fmt(r.get('first'))} ms, full load {tmx.fmt(r.get('full'))} ms, "
                    f"peak RSS {tmx.fmt(tmx.mib(r.get('peak_rss_kb')), 1)} MiB")
            if "error" in r:
                line += f"  ERROR: {r['error']}"
            say(line)
            if "error" in r and r.get("last_screen"):
                print(r["last_screen"].rstrip("\n"), file=sys.stderr)
            return r

        warm = {name: caches / f"warm-{name}" for name in programs}
        for name, folder in warm.items():   # prime: one untimed run of each
            folder.mkdir()
            run(name, "priming", 0, folder)
        files, size = folder_size(warm["regio"] / "regio")
        cache_note = (f"regio's cache after priming: {files} file{'s' if files != 1 else ''}, {size:,.1f} MiB"
                      if files else "regio's cache after priming: none (this regio keeps no cache, so warm "
                      "differs from cold only by the OS page cache)")
        say(cache_note)

        results = {kind: {name: [] for name in programs} for kind in KINDS}
        for i in range(1, args.runs + 1):
            for kind in KINDS:
                for name in programs:   # alternate, so drift hits both
                    if kind == "cold":
                        folder = caches / f"cold-{name}-{i}"
                        folder.mkdir()
                        results[kind][name].append(run(name, kind, i, folder))
                        shutil.rmtree(folder, ignore_errors=True)
                    else:
                        results[kind][name].append(run(name, kind, i, warm[name]))
    finally:
        if tm:
            tm.close()
        shutil.rmtree(caches, ignore_errors=True)
        if temporary:
            shutil.rmtree(work, ignore_errors=True)

    summary = summarize(results)
    targets = judge(summary)
    errors = any("error" in r for programs in results.values() for runs in programs.values() for r in runs)
    if args.json:
        print(json.dumps({
            "memberships": args.memberships, "rows": rows, "runs": args.runs,
            "window": f"{args.width}x{args.height}", "vd_version": vd_version, "regio_cache": cache_note,
            **{kind: {name: {part: {m: (tmx.rounded(v) if part == "median" else [tmx.rounded(x) for x in v])
                                    for m, v in s[part].items()} for part in ("median", "min_max")}
                      for name, s in summary[kind].items()} for kind in KINDS},
            "targets": [{k: tmx.rounded(v) for k, v in t.items()} for t in targets],
            "runs_detail": {kind: {name: [{k: tmx.rounded(v) for k, v in r.items() if k != "last_screen"}
                                          for r in runs] for name, runs in programs.items()}
                            for kind, programs in results.items()}}, indent=1))
        sys.exit(1 if errors else 0)
    print_table(args, rows, vd_version, summary, targets, cache_note)
    if errors:
        say("some runs failed (see above); their missing values are left out of the medians")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        say("interrupted")
        sys.exit(130)
