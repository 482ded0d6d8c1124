"""What counts as "first data" and "full load" on a captured terminal screen, for regio, VisiData
and less: one definition for every program, used by side-by-side.py and bundled-vs-less.py, and
checked against real captured screens in scripts/screens/ by `scripts/side-by-side.py --self-test`.

first paint  anything at all on screen
first data   a column header line with a data row right under it (regio: the `Name` header inside a
             pane's border and a row of text inside the same border, even in a preview that says it is
             still loading or checking; VisiData: its header line and a row; less: the CSV's header
             line and its first record)
full load    regio: the header counts every participant and no word on screen says it is loading or
             checking; VisiData: the status line shows the final row count and no longer says loading
"""
import re
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "screens"

BORDERS = "║│┃"
# `Name` at the start of a pane (after its left border), followed by a sort marker or another column
# title: the loading box of `regio --data Name` has `║ Name    ║` over `║ reading records ║`.
REGIO_HEADER = re.compile(r"[║│┃] {0,3}Name(?:[▲▼]| {2,}\w)")
# what a pane shows instead of rows (an empty list, a placeholder while rows are still coming)
NOT_A_ROW = re.compile(r"^\s*(?:$|[(…]|no |none\b|nothing\b)|\b(?:loading|checking|validating|waiting)\b", re.I)
# words that mean regio's data is not final yet (its loading box, a preview's title or status)
STILL_LOADING = re.compile(r"\b(?:loading|checking|validating|verifying|indexing|still)\b", re.I)


def number_rx(n):
    """A regex for the integer n written with or without thousands separators."""
    s = str(n)
    groups = []
    while s:
        groups.insert(0, s[-3:])
        s = s[:-3]
    return r"(?<![\d.,])" + r"[ ,.\u00a0\u202f']?".join(groups) + r"(?![\d])"


def painted(text):
    return text.strip() != ""


def pane_text(line, border):
    """The text of a line from just after the border at index `border` to the next border."""
    rest = line[border + 1:]
    end = min((rest.find(b) for b in BORDERS if b in rest), default=len(rest))
    return rest[:end]


def regio_first_data(text):
    """A `Name` column header inside a pane, and under it, inside the same border, a row of text."""
    lines = text.splitlines()
    for i, line in enumerate(lines[:-1]):
        below = lines[i + 1]
        for m in REGIO_HEADER.finditer(line):
            at = m.start()
            if at < len(below) and below[at] in BORDERS:
                row = pane_text(below, at)
                if re.search(r"\w", row) and not NOT_A_ROW.search(row):
                    return True
    return False


def regio_full_load(territories):
    total = re.compile(number_rx(territories) + r"\s+participants\b")

    def matches(text):
        head = "\n".join(text.splitlines()[:2])
        return (regio_first_data(text) and total.search(head) is not None
                and STILL_LOADING.search(text) is None)
    return matches


def vd_first_data(first_column):
    """VisiData's header line (starting with the first column's name) with a row of data under it."""
    rx = re.compile(r"^ ?" + re.escape(first_column) + r"\s*│[^\n]*\n[^\n│]*\w[^\n│]*│", re.M)
    return lambda text: rx.search(text) is not None


def vd_full_load(rows):
    total = re.compile(r"\b" + number_rx(rows) + r" rows\b")

    def matches(text):
        lines = [l for l in text.splitlines() if l.strip()]
        status = lines[-1] if lines else ""
        return (total.search(status) is not None and "loading" not in status
                and "processing" not in status and "%" not in status)
    return matches


def less_first_data(header, first_record):
    """less on a CSV: a screen line that starts with the header line and a later one with the first
    record (long lines wrap, so only their starts are compared)."""
    head, rec = header[:24], first_record[:24]

    def matches(text):
        lines = text.splitlines()
        for i, line in enumerate(lines):
            if line.startswith(head):
                return any(l.startswith(rec) for l in lines[i + 1:])
        return False
    return matches


# ---------------------------------------------------------------------------- self-test

def _edited(name, *replacements):
    """A hand-made screen: a captured one with some text replaced (each replacement must apply)."""
    text = (FIXTURES / name).read_text()
    for old, new in replacements:
        assert old in text, f"{name}: {old!r} not found"
        text = text.replace(old, new)
    return text


def _preview_checking():
    # a full dashboard whose header and pane title say it is still checking (hand-made from the real
    # 1M screen; the real first rows while loading are in regio-1m-preview-*.txt)
    return _edited("regio-1m-loaded.txt",
                   ("100000 participants · 10000 initiatives   ", "100000 participants · checking 41% …     "),
                   ("▶ Participants ══════════════", "▶ Participants (checking…) ══"))


def _header_without_rows():
    # every pane keeps its header and borders but shows no rows: the Participants pane a "loading…"
    # placeholder, the others nothing (hand-made from the real 100k screen, whose Networks pane already
    # has its header right above its bottom border)
    out = []
    for i, line in enumerate((FIXTURES / "regio-100k-loaded.txt").read_text().splitlines()):
        if 3 <= i <= 37:
            left = line.index("║", 1)
            line = "║" + (" loading…" if i == 3 else "").ljust(left - 1) + line[left:]
            right = line.find("│", left)
            if right >= 0 and "Name" not in line and "─" not in line:
                line = line[:right + 1] + " " * 56 + "│"
        out.append(line)
    return "\n".join(out) + "\n"


def _preview_still_reading():
    # a preview whose header already counts everyone and whose footer says it is still reading
    return _edited("regio-1m-loaded.txt",
                   (" ↑↓ move  ⏎ open  / search", " still reading 412,000 of 1,000,000 memberships"))


def _separators():
    return _edited("regio-1m-loaded.txt", ("100000 participants", "100,000 participants"))


def self_test():
    """Checks every predicate on the captured screens in scripts/screens/ (and a few made from them);
    returns the number of failures after printing one line per check."""
    def screen(name):
        return (FIXTURES / name).read_text()

    vd_first, vd_full_1m, vd_full_100k = vd_first_data("territory_id"), vd_full_load(1000000), vd_full_load(100000)
    regio_full_1m, regio_full_100k = regio_full_load(100000), regio_full_load(10000)
    bundled_csv = (FIXTURES / "less-bundled.csv-head").read_text().splitlines()
    less_first = less_first_data(bundled_csv[0], bundled_csv[1])
    # (what, screen text, predicate, expected)
    checks = [
        ("regio 1M loading box: painted", screen("regio-1m-loading.txt"), painted, True),
        ("regio 1M loading box: no data", screen("regio-1m-loading.txt"), regio_first_data, False),
        ("regio 1M loading box: not loaded", screen("regio-1m-loading.txt"), regio_full_1m, False),
        ("regio --data Name loading box: no data", screen("regio-loading-path-named-Name.txt"), regio_first_data, False),
        ("regio 1M loaded: data", screen("regio-1m-loaded.txt"), regio_first_data, True),
        ("regio 1M loaded: full load", screen("regio-1m-loaded.txt"), regio_full_1m, True),
        ("regio 1M loaded: not 10,000 participants", screen("regio-1m-loaded.txt"), regio_full_100k, False),
        ("regio 100k loaded: full load", screen("regio-100k-loaded.txt"), regio_full_100k, True),
        ("regio 1M, 100,000 with separators: full load", _separators(), regio_full_1m, True),
        ("regio 1M first rows while opening (2859a37): data", screen("regio-1m-preview-opening.txt"), regio_first_data, True),
        ("regio 1M first rows while opening (2859a37): not loaded", screen("regio-1m-preview-opening.txt"), regio_full_1m, False),
        ("regio 1M first rows while reading (2859a37): data", screen("regio-1m-preview-reading.txt"), regio_first_data, True),
        ("regio 1M first rows while reading (2859a37): not loaded", screen("regio-1m-preview-reading.txt"), regio_full_1m, False),
        ("regio preview saying checking: data", _preview_checking(), regio_first_data, True),
        ("regio preview saying checking: not loaded", _preview_checking(), regio_full_1m, False),
        ("regio preview, footer still reading: data", _preview_still_reading(), regio_first_data, True),
        ("regio preview, footer still reading: not loaded", _preview_still_reading(), regio_full_1m, False),
        ("regio headers over a placeholder and no rows: no data", _header_without_rows(), regio_first_data, False),
        ("regio bundled: data", screen("regio-bundled.txt"), regio_first_data, True),
        ("regio bundled: full load (130)", screen("regio-bundled.txt"), regio_full_load(130), True),
        ("vd processing, 0 rows: painted", screen("vd-1m-processing.txt"), painted, True),
        ("vd processing, 0 rows: no data", screen("vd-1m-processing.txt"), vd_first, False),
        ("vd 1M loading: data", screen("vd-1m-loading.txt"), vd_first, True),
        ("vd 1M loading: not loaded", screen("vd-1m-loading.txt"), vd_full_1m, False),
        ("vd 100k loaded: data", screen("vd-100k-loaded.txt"), vd_first, True),
        ("vd 100k loaded: full load", screen("vd-100k-loaded.txt"), vd_full_100k, True),
        ("vd 100k loaded: not 1,000,000 rows", screen("vd-100k-loaded.txt"), vd_full_1m, False),
        ("less bundled CSV: data", screen("less-bundled.txt"), less_first, True),
        ("less blank screen: no data", "\n" * 39, less_first, False),
        ("less bundled CSV is not regio data", screen("less-bundled.txt"), regio_first_data, False),
        ("regio screen is not less data", screen("regio-bundled.txt"), less_first, False),
    ]
    failures = 0
    for what, text, predicate, expected in checks:
        got = bool(predicate(text))
        ok = got == expected
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {what}" + ("" if ok else f" (expected {expected}, got {got})"))
    print(f"{len(checks) - failures} of {len(checks)} checks passed")
    return failures
