#!/usr/bin/env python3
"""How regio's cost grows with hostile input shapes: a deep initiative parent chain and a large file that is
not JSON. Prints seconds and peak memory per size (median of --runs), so a quadratic step shows at once.

    scripts/scaling.py [--binary .build/release/regio] [--runs 3]

Build first: swift build -c release --product regio
"""
import argparse, json, os, resource, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = os.path.join(HERE, "..", "Sources", "RegioModel", "Dataset")


def chain_folder(root, depth):
    folder = os.path.join(root, f"chain-{depth}")
    os.makedirs(folder)
    for name in ("territories.json", "memberships.json"):
        shutil.copy(os.path.join(DATASET, name), folder)
    with open(os.path.join(DATASET, "initiatives.json")) as f:
        initiatives = json.load(f)
    for k in range(depth):
        initiatives.append({"id": f"c{k}", "kind": "network", "name": f"Chain {k}",
                            "parent": f"c{k - 1}" if k else None, "sources": ["https://example.org"]})
    with open(os.path.join(folder, "initiatives.json"), "w") as f:
        json.dump(initiatives, f)
    return folder


def sparse_folder(root, size):
    folder = os.path.join(root, f"sparse-{size}")
    os.makedirs(folder)
    for name in ("initiatives.json", "memberships.json"):
        shutil.copy(os.path.join(DATASET, name), folder)
    with open(os.path.join(folder, "territories.json"), "wb") as f:
        f.truncate(size)
    return folder


def measure(binary, folder, runs):
    """Median wall and CPU seconds and the largest peak RSS (MiB) of `regio validate --data folder`."""
    times, cpus, peaks = [], [], []
    for _ in range(runs):
        start = time.monotonic()
        pid = os.spawnv(os.P_NOWAIT, binary, [binary, "validate", "--data", folder])
        _, status, usage = os.wait4(pid, 0)
        times.append(time.monotonic() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(times), statistics.median(cpus), max(peaks), os.waitstatus_to_exitcode(status)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(HERE, "..", ".build", "release", "regio"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"scaling: no regio at {args.binary}; build it with: swift build -c release --product regio")
    root = tempfile.mkdtemp(prefix="regio-scaling-")
    report_to = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)  # regio's own reports (inherited) are not the point here
    os.dup2(devnull, 2)
    rows = []
    try:
        for depth in (1_000, 10_000, 100_000):
            rows.append((f"parent chain {depth:>7,} deep", *measure(args.binary, chain_folder(root, depth), args.runs)))
        for size in (1 << 20, 1 << 30):
            rows.append((f"zeros, {size >> 20:>5} MiB file", *measure(args.binary, sparse_folder(root, size), args.runs)))
    finally:
        shutil.rmtree(root)
    report = [f"{'input':<30} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9} {'exit':>5}"]
    report += [f"{name:<30} {wall:>8.3f} {cpu:>8.3f} {peak:>9.1f} {code:>5}" for name, wall, cpu, peak, code in rows]
    report.append(f"regio validate --data, median of {args.runs} runs; goal: a 100,000-deep chain in <= 1 s, "
                  "the 1 GiB file's error in <= 2 s and < 100 MiB")
    os.write(report_to, ("\n".join(report) + "\n").encode())


if __name__ == "__main__":
    main()
