#!/usr/bin/env python3
"""Side by side: regio's dashboard and VisiData on the same generated data, in tmux.

Generates a synthetic dataset (`regio generate`), exports it as regio's flat CSV (`regio export
--format csv`), then opens `regio --data DIR` and `vd flat.csv` in a private tmux server at a fixed
size, alternately, --runs times each, and prints the medians of:

  first paint   ms from starting the program until anything at all is on screen (a loading screen,
                VisiData's menu bar): shows whether the user is left looking at a blank terminal
  first screen  ms from starting the program until the first rows of data are on screen
                (regio: the Participants pane with its column header and a row; VisiData: the
                column header and a row, which it paints while it is still loading)
  full load     ms until everything is loaded (regio: the header counts all participants and nothing
                says loading; regio shows no data before it is all loaded and indexed, so this is
                its first screen too; VisiData: the status line shows the final row count and no
                longer says loading)
  peak RSS      MiB, the program's maximum resident set size (GNU `time -v` if available, else
                a python3 wrapper, which adds python's start, ~20 ms, to every time and its ~10 MB to
                small RSS figures); read after the program is quit with its own keys

with the ratio vd / regio for each column, and each figure's min–max over the runs.

  scripts/side-by-side.py                          # build regio (release), 1,000,000 memberships
  scripts/side-by-side.py --memberships 100000     # smaller: 10,000 territories, 1,000 initiatives
  scripts/side-by-side.py --regio path/to/regio --runs 5 --json

Needs python3, tmux, Swift (unless --regio is given) and VisiData (`pip install visidata`).
The timing follows tui_timing.py: one tmux control-mode client polls the pane every --interval
seconds; times run from just before the tmux session is created (so they include process start and
~5 ms of tmux) to the start of the first capture that matched. Everything it creates (a temporary
folder unless --work is given, a private tmux server on its own socket) is removed at the end; other
tmux servers and sessions are never touched.
"""
import argparse
import csv
import json
import os
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RSS_FILE_WAIT = 2.0   # seconds to wait for the peak-RSS file after the program exited


def say(*a):
    print("side-by-side:", *a, file=sys.stderr, flush=True)


def fail(msg, code=2):
    say(msg)
    sys.exit(code)


# ---------------------------------------------------------------------------- tmux

class Tmux:
    """A private tmux server (own socket, no user config) with a control-mode client for polling."""

    def __init__(self, socket, term, use_control=True):
        self.base = ["tmux", "-L", socket, "-f", "/dev/null"]
        self.ctl = None
        self.socket_path = None
        self.seq = 0
        # a session that keeps the server alive between runs; remain-on-exit keeps dead panes
        # around so the script sees that the program exited (and its last screen)
        self.run("new-session", "-d", "-s", "keepalive", "-x", "80", "-y", "24", "sleep 1000000")
        self.socket_path = self.run("display-message", "-p", "#{socket_path}").stdout.strip()
        self.run("set-option", "-g", "remain-on-exit", "on")
        # tmux forces TERM=default-terminal in panes (new-session -e TERM=... would be ignored)
        self.run("set-option", "-g", "default-terminal", term)
        if use_control:
            self.ctl = subprocess.Popen(self.base + ["-C", "attach-session", "-f", "no-output", "-t", "keepalive"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
            self._ctl("display-message -p ready")   # returns once the client is attached

    def run(self, *args, check=True):
        return subprocess.run(self.base + list(args), check=check, capture_output=True, text=True)

    def _ctl(self, line):
        """One command through the control client. Every command is followed by a marker
        `display-message`; the answer is the %begin/%end block just before the marker's (attach
        and session creation can emit extra empty blocks, so counting blocks is not enough)."""
        self.seq += 1
        marker = f"side-by-side-end-{self.seq}"
        self.ctl.stdin.write(f"{line} ; display-message -p {marker}\n".encode())
        prev = (True, "")
        while True:
            block = self._block()
            if block == (True, marker):
                ok, text = prev
                if not ok:
                    raise RuntimeError(f"tmux: {line}: {text}")
                return text
            prev = block

    def _block(self):
        out, inside = [], False
        while True:
            raw = self.ctl.stdout.readline()
            if not raw:
                raise RuntimeError("tmux control client died")
            s = raw.decode("utf-8", "replace").rstrip("\n")
            if not inside:
                inside = s.startswith("%begin")
                continue
            if s.startswith("%end") or s.startswith("%error"):
                return (s.startswith("%end"), "\n".join(out))
            out.append(s)

    def capture(self, target):
        if self.ctl:
            return self._ctl(f"capture-pane -p -t {target}")
        return self.run("capture-pane", "-p", "-t", target).stdout

    def pane_dead(self, target):
        if self.ctl:
            out = self._ctl(f"display-message -p -t {target} '#{{pane_dead}}'")
        else:
            out = self.run("display-message", "-p", "-t", target, "#{pane_dead}", check=False).stdout
        return out.strip() == "1"

    def close(self):
        if self.ctl:
            try:
                self.ctl.stdin.close()
            except OSError:
                pass
        subprocess.run(self.base + ["kill-server"], capture_output=True)
        if self.ctl:
            try:
                self.ctl.wait(timeout=2)
            except subprocess.TimeoutExpired:
                self.ctl.kill()
        # tmux does not always remove its socket file
        if self.socket_path and os.path.exists(self.socket_path):
            try:
                os.unlink(self.socket_path)
            except OSError:
                pass


def wait_for(tm, target, matches, t0, interval, timeout):
    """Poll the pane until matches(text) is true. Returns (ms since t0 or None, last text, dead)."""
    polls, nxt, text = 0, time.perf_counter(), ""
    while True:
        ts = time.perf_counter()
        text = tm.capture(target)
        if matches(text):
            return (ts - t0) * 1000.0, text, False
        if ts - t0 > timeout:
            return None, text, False
        polls += 1
        if polls % 10 == 0 and tm.pane_dead(target):   # don't wait minutes for a program that died
            text = tm.capture(target)
            return ((time.perf_counter() - t0) * 1000.0 if matches(text) else None), text, True
        nxt += interval
        delay = nxt - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        else:
            nxt = time.perf_counter()


# ---------------------------------------------------------------------------- peak RSS

# Used when GNU time is not available: runs the program as a child and writes its rusage.
RSS_WRAPPER = r"""
import os, sys
pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)   # no fork: no copy of python's RSS
_, status, usage = os.wait4(pid, 0)
kb = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
code = os.waitstatus_to_exitcode(status)
with open(sys.argv[1], "w") as f:
    f.write("Maximum resident set size (kbytes): %d\n" % kb)
    f.write(("Exit status: %d\n" % code) if code >= 0 else ("Command terminated by signal %d\n" % -code))
"""


def gnu_time():
    for path in ("/usr/bin/time", shutil.which("gtime") or ""):
        if path and os.access(path, os.X_OK):
            r = subprocess.run([path, "-v", "true"], capture_output=True, text=True)
            if r.returncode == 0 and "Maximum resident set size" in r.stderr:
                return path
    return None


def rss_command(argv, timefile, time_path):
    if time_path:
        return [time_path, "-v", "-o", timefile] + argv
    return [sys.executable, "-c", RSS_WRAPPER, timefile] + argv


def read_timefile(path, wait):
    """(peak RSS in kB or None, exit status as text or None) from GNU time -v / the wrapper."""
    end = time.perf_counter() + wait
    while True:
        try:
            text = open(path).read()
        except OSError:
            text = ""
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
        if m:
            k = re.search(r"terminated by signal (\d+)", text)   # GNU time then says Exit status: 0
            s = re.search(r"Exit status: (\d+)", text)
            status = f"signal {k.group(1)}" if k else (s.group(1) if s else None)
            return int(m.group(1)), status
        if time.perf_counter() > end:
            return None, None
        time.sleep(0.02)


# ---------------------------------------------------------------------------- screens

def number_rx(n):
    """A regex for the integer n written with or without thousands separators."""
    s = str(n)
    groups = []
    while s:
        groups.insert(0, s[-3:])
        s = s[:-3]
    return r"(?<![\d.,])" + r"[ ,.\u00a0\u202f']?".join(groups) + r"(?![\d])"


STAGES = {"paint_ms": "first paint", "first_ms": "first screen", "full_ms": "full load"}


def painted(text):
    return text.strip() != ""


REGIO_ROWS = re.compile(r"Participants[^\n]*\d+/[1-9][\d ,.]*[^\n]*\n"   # pane title with n/N
                        r"[^\n]*Name[^\n]*\n"                         # column header
                        r"[║│┃][^║│┃\n]*\w")                           # a row in the pane


def regio_first_screen(text):
    # the Participants pane title with its n/N counter, the column header below it and a row of data
    return REGIO_ROWS.search(text) is not None


def regio_full_load(territories):
    total = re.compile(number_rx(territories) + r"\s+participants")

    def matches(text):
        head = "\n".join(text.splitlines()[:2])
        return (regio_first_screen(text) and total.search(head) is not None
                and not re.search(r"\bloading\b", text, re.I))
    return matches


def vd_first_screen(first_column):
    # the column header (first column's name) with a row of data under it
    rx = re.compile(r"^ ?" + re.escape(first_column) + r"\s*│[^\n]*\n ?\S[^\n]*│", re.M)
    return lambda text: rx.search(text) is not None


def vd_full_load(rows):
    total = re.compile(r"\b" + number_rx(rows) + r" rows\b")

    def matches(text):
        lines = [l for l in text.splitlines() if l.strip()]
        status = lines[-1] if lines else ""
        return (total.search(status) is not None and "loading" not in status
                and "processing" not in status and "%" not in status)
    return matches


# ---------------------------------------------------------------------------- one run

def one_run(tm, name, argv, first, full, quit_keys, args, time_path, workdir, index):
    session = f"{name}-{index}"
    fd, timefile = tempfile.mkstemp(prefix=f"rss-{name}-", suffix=".txt", dir=workdir)
    os.close(fd)
    result = {"program": name, "run": index}
    try:
        cmd = " ".join(shlex.quote(a) for a in rss_command(argv, timefile, time_path))
        new = ["new-session", "-d", "-s", session, "-x", str(args.width), "-y", str(args.height),
               "-e", "LANG=C.UTF-8", "-e", "LC_ALL="]   # empty LC_ALL = unset
        t0 = time.perf_counter()
        tm.run(*new, cmd)
        # the stages follow one another; a screen that already shows a later stage counts for it too
        text = ""
        for key, matches in (("paint_ms", painted), ("first_ms", first), ("full_ms", full)):
            if text and matches(text):
                result[key] = result[prev]
            else:
                ms, text, dead = wait_for(tm, session, matches, t0, args.interval, args.timeout)
                result[key] = ms
                if ms is None:
                    result["error"] = f"{STAGES[key]} not seen" + (" (the program exited)" if dead else " (timeout)")
                    result["last_screen"] = text
                    break
            prev = key
        if not tm.pane_dead(session):
            tm.run("send-keys", "-t", session, *quit_keys)
            end = time.perf_counter() + 10
            while not tm.pane_dead(session) and time.perf_counter() < end:
                time.sleep(0.02)
            if not tm.pane_dead(session):
                result.setdefault("error", "did not quit on " + " ".join(quit_keys))
                result["last_screen"] = tm.capture(session)
                tm.run("kill-session", "-t", session, check=False)   # SIGHUP to the program
        kb, status = read_timefile(timefile, wait=RSS_FILE_WAIT)
        result["peak_rss_kb"] = kb
        result["exit_status"] = status
        if status not in (None, "0") and "error" not in result:
            result["error"] = f"exit status {status}"
            result["last_screen"] = tm.capture(session)
        return result
    finally:
        tm.run("kill-session", "-t", session, check=False)
        os.unlink(timefile)


# ---------------------------------------------------------------------------- setup

def check_tools(args):
    if not shutil.which("tmux"):
        fail("tmux is not installed (Debian/Ubuntu: apt-get install tmux; macOS: brew install tmux)")
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


def find_regio(args):
    if args.regio:
        path = Path(args.regio).resolve()
        if not os.access(path, os.X_OK):
            fail(f"no executable regio at {args.regio}")
        return path
    if not shutil.which("swift"):
        fail("swift is not installed: install Swift 6, or pass --regio PATH to a release build of regio")
    build = ["swift", "build", "-c", "release", "--product", "regio"]
    scratch = REPO / ".build"
    if args.scratch_path:
        scratch = Path(args.scratch_path).resolve()
        build += ["--scratch-path", str(scratch)]
    say("building regio: " + " ".join(shlex.quote(a) for a in build))
    r = subprocess.run(build, cwd=REPO, stdout=sys.stderr, stderr=sys.stderr)
    if r.returncode != 0:
        fail("swift build failed")
    return scratch / "release" / "regio"


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


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def spread(values):
    """(min, max) of the values that were measured, so that a ratio can be read against the noise."""
    values = [v for v in values if v is not None]
    return (min(values), max(values)) if values else (None, None)


def mib(kb):
    return None if kb is None else kb / 1024


def fmt(v, digits=0):
    return "n/a" if v is None else f"{v:,.{digits}f}"


def ratio(a, b):
    return "n/a" if a is None or b is None or b == 0 else f"{a / b:.2f}x"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--regio", metavar="PATH", help="regio binary to use (default: build .build/release/regio)")
    ap.add_argument("--scratch-path", metavar="DIR",
                    help="build regio with `swift build --scratch-path DIR` (binary: DIR/release/regio)")
    ap.add_argument("--vd", default="vd", metavar="CMD", help="VisiData command (default: vd)")
    ap.add_argument("--memberships", type=int, default=1_000_000, metavar="N",
                    help="memberships to generate; territories = N/10, initiatives = N/100 (default 1000000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=3, help="runs of each program (default 3); medians are printed")
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
    if args.runs < 1 or args.memberships < 1000:
        ap.error("--runs must be at least 1 and --memberships at least 1000")

    # SIGTERM/SIGHUP unwind like Ctrl-C, so the finally blocks remove what was created
    def stop(signum, _frame):
        raise SystemExit(128 + signum)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, stop)

    vd, vd_version = check_tools(args)
    regio = find_regio(args)
    term = "tmux-256color"
    if shutil.which("infocmp") and subprocess.run(["infocmp", term], capture_output=True).returncode != 0:
        term = "screen-256color"   # older systems have no tmux-256color terminfo
    time_path = gnu_time()
    try:
        load, cpus = os.getloadavg()[0], os.cpu_count() or 1
        if load > cpus / 2:
            say(f"note: the machine is busy (load {load:.1f} on {cpus} CPUs), so the times will be noisy")
    except OSError:
        pass

    if args.work:
        work, temporary = Path(args.work).resolve(), False
        work.mkdir(parents=True, exist_ok=True)
    else:
        work, temporary = Path(tempfile.mkdtemp(prefix="regio-side-by-side-")), True
    tm = None
    try:
        data, flat, first_column, rows, territories = make_data(regio, work, args.memberships, args.seed)
        say(f"{flat.stat().st_size / 2**20:.0f} MiB CSV, {rows} rows; {args.runs} runs each at "
            f"{args.width}x{args.height}; peak RSS via {'GNU time' if time_path else 'a python3 wrapper'}")
        programs = [
            ("regio", [str(regio), "--data", str(data), "--lang", "en"],
             regio_first_screen, regio_full_load(territories), ["q"]),
            ("vd", [vd, str(flat)], vd_first_screen(first_column), vd_full_load(rows), ["g", "q"]),
        ]
        tm = Tmux(f"regio-side-by-side-{os.getpid()}", term, use_control=not args.no_control)
        results = {name: [] for name, *_ in programs}
        for i in range(1, args.runs + 1):
            for name, argv, first, full, quit_keys in programs:   # alternate, so drift hits both
                r = one_run(tm, name, argv, first, full, quit_keys, args, time_path, str(work), i)
                results[name].append(r)
                line = (f"{name} run {i}: first paint {fmt(r.get('paint_ms'))} ms, first screen "
                        f"{fmt(r.get('first_ms'))} ms, full load {fmt(r.get('full_ms'))} ms, "
                        f"peak RSS {fmt(mib(r.get('peak_rss_kb')), 1)} MiB")
                if "error" in r:
                    line += f"  ERROR: {r['error']}"
                say(line)
                if "error" in r and r.get("last_screen"):
                    print(r["last_screen"].rstrip("\n"), file=sys.stderr)
    finally:
        if tm:
            tm.close()
        if temporary:
            shutil.rmtree(work, ignore_errors=True)

    summary, ranges = {}, {}
    for name, runs in results.items():
        values = {
            "first_paint_ms": [r.get("paint_ms") for r in runs],
            "first_screen_ms": [r.get("first_ms") for r in runs],
            "full_load_ms": [r.get("full_ms") for r in runs],
            "peak_rss_mib": [mib(r.get("peak_rss_kb")) for r in runs],
        }
        summary[name] = {k: median(v) for k, v in values.items()}
        ranges[name] = {k: spread(v) for k, v in values.items()}
    errors = any("error" in r for runs in results.values() for r in runs)
    if args.json:
        def rounded(v):
            return round(v, 1) if isinstance(v, float) else v
        summary = {k: {x: rounded(y) for x, y in v.items()} for k, v in summary.items()}
        print(json.dumps({"memberships": args.memberships, "rows": rows, "runs": args.runs,
                          "window": f"{args.width}x{args.height}", "vd_version": vd_version,
                          "median": summary,
                          "min_max": {k: {x: [rounded(a) for a in y] for x, y in v.items()} for k, v in ranges.items()},
                          "runs_detail": {k: [{x: rounded(y) for x, y in r.items() if x != "last_screen"} for r in v]
                                          for k, v in results.items()}}, indent=1))
        sys.exit(1 if errors else 0)

    reg, vis = summary["regio"], summary["vd"]
    print(f"\n{args.memberships:,} memberships ({rows:,} CSV rows), {args.width}x{args.height}, "
          f"median of {args.runs} run{'s' if args.runs != 1 else ''}")
    columns = [("first paint ms", "first_paint_ms", 0), ("first screen ms", "first_screen_ms", 0),
               ("full load ms", "full_load_ms", 0), ("peak RSS MiB", "peak_rss_mib", 1)]
    print(f"{'program':<14}" + "".join(f"{title:>17}" for title, _, _ in columns))
    print(f"{'regio':<14}" + "".join(f"{fmt(reg[k], d):>17}" for _, k, d in columns))
    print(f"{'vd ' + vd_version:<14}" + "".join(f"{fmt(vis[k], d):>17}" for _, k, d in columns))
    print(f"{'vd / regio':<14}" + "".join(f"{ratio(vis[k], reg[k]):>17}" for _, k, _ in columns))
    print("min–max (the noise):")
    for name, label in (("regio", "regio"), ("vd", "vd " + vd_version)):
        print(f"{label:<14}" + "".join(f"{fmt(ranges[name][k][0], d) + '–' + fmt(ranges[name][k][1], d):>17}"
                                       for _, k, d in columns))
    if errors:
        say("some runs failed (see above); their missing values are left out of the medians")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        say("interrupted")
        sys.exit(130)
