"""Timing terminal programs in tmux: shared by side-by-side.py and bundled-vs-less.py.

The timing follows tui_timing.py: a private tmux server (own socket, no user config) and one
control-mode client that polls the pane every `interval` seconds; a time runs from just before the
tmux session is created (so it includes process start and ~5 ms of tmux) to the start of the first
capture that matched. Peak RSS comes from GNU `time -v` if available, else a python3 wrapper (which
adds python's start, ~20 ms, to every time and its ~10 MB to small RSS figures).
"""
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RSS_FILE_WAIT = 2.0   # seconds to wait for the peak-RSS file after the program exited
STAGE_NAMES = {"paint": "first paint", "first": "first data", "full": "full load"}


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
        marker = f"tui-measure-end-{self.seq}"
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


# ---------------------------------------------------------------------------- one run

def measure(tm, session, argv, stages, quit_keys, args, time_path, workdir, env=None):
    """Starts argv in a new tmux session of args.width x args.height with env (a dict) and waits for
    each stage in turn, stages being [(key, predicate)] in the order they happen; a screen that
    already shows a later stage counts for it too. Quits with quit_keys, then reads peak RSS.
    Returns {key: ms or None, ..., peak_rss_kb, exit_status[, error, last_screen]}."""
    fd, timefile = tempfile.mkstemp(prefix="rss-", suffix=".txt", dir=workdir)
    os.close(fd)
    result = {}
    try:
        cmd = " ".join(shlex.quote(a) for a in rss_command(argv, timefile, time_path))
        new = ["new-session", "-d", "-s", session, "-x", str(args.width), "-y", str(args.height),
               "-e", "LANG=C.UTF-8", "-e", "LC_ALL="]   # empty LC_ALL = unset
        for name, value in (env or {}).items():
            new += ["-e", f"{name}={value}"]
        t0 = time.perf_counter()
        tm.run(*new, cmd)
        text, prev = "", None
        for key, matches in stages:
            if text and matches(text):
                result[key] = result[prev]
            else:
                ms, text, dead = wait_for(tm, session, matches, t0, args.interval, args.timeout)
                result[key] = ms
                if ms is None:
                    result["error"] = f"{STAGE_NAMES.get(key, key)} not seen" + (" (the program exited)" if dead else " (timeout)")
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


# ---------------------------------------------------------------------------- setup and figures

def find_regio(args, fail, say):
    """args.regio if given, else a release build in this repository (args.scratch_path if given)."""
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


def check_tmux(fail):
    if not shutil.which("tmux"):
        fail("tmux is not installed (Debian/Ubuntu: apt-get install tmux; macOS: brew install tmux)")
    term = "tmux-256color"
    if shutil.which("infocmp") and subprocess.run(["infocmp", term], capture_output=True).returncode != 0:
        term = "screen-256color"   # older systems have no tmux-256color terminfo
    return term


def busy_note(say):
    try:
        load, cpus = os.getloadavg()[0], os.cpu_count() or 1
        if load > cpus / 2:
            say(f"note: the machine is busy (load {load:.1f} on {cpus} CPUs), so the times will be noisy")
    except OSError:
        pass


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


def fmt_range(lo_hi, digits=0):
    lo, hi = lo_hi
    return "n/a" if lo is None else f"{fmt(lo, digits)}–{fmt(hi, digits)}"


def quotient(a, b):
    return None if a is None or b is None or b == 0 else a / b


def fmt_ratio(q):
    return "n/a" if q is None else f"{q:.2f}x"


def rounded(v):
    return round(v, 1) if isinstance(v, float) else v
