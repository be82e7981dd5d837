#!/usr/bin/env python3
"""Times lexbor (selectolax) and threadscan's HTML engine on the same saved pages, in one run.

    swift build -c release --product threadscan-benchmark
    .build/release/threadscan-benchmark html --write-pages /tmp/forum-pages   # once
    python3 Benchmarks/compare-lexbor.py /tmp/forum-pages

selectolax is a benchmark-only dependency (the product never imports it): where it is not
installed, `python3 -m venv /tmp/venv && /tmp/venv/bin/pip install selectolax` and run the
script with /tmp/venv/bin/python. Every time is CPU time of this process (`time.process_time`)
or of the benchmark's thread, the fastest of N rounds, so other work on the machine does not
count; freeing the parsed document is not timed on either side.

The modest column (selectolax.parser.HTMLParser) is "nan" with selectolax 1.0 and later, which
dropped modest.

Options: --rounds N (default 7), --binary PATH (default .build/release/threadscan-benchmark).
"""
import argparse
import os
import re
import subprocess
import sys
import time

from selectolax.lexbor import LexborHTMLParser

try:  # modest, for reference; selectolax 1.0 removed it (its import raises ImportError)
    from selectolax.parser import HTMLParser
except ImportError:
    HTMLParser = None


def best_time(parse, data, rounds):
    """The fastest of `rounds` parses of `data`, in process CPU seconds (teardown not timed)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        tree = parse(data)
        elapsed = time.process_time() - start
        best = min(best, elapsed)
        del tree
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", help="a folder of .html pages (threadscan-benchmark html --write-pages DIR)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--binary", default=".build/release/threadscan-benchmark")
    args = parser.parse_args()

    names = sorted(name for name in os.listdir(args.pages) if name.endswith(".html"))
    if not names:
        sys.exit(f"no .html pages in {args.pages}")

    ours = {}
    output = subprocess.run(
        [args.binary, "html", "--pages", args.pages, "--rounds", str(args.rounds)],
        check=True, capture_output=True, text=True,
    ).stdout
    for line in output.splitlines():
        match = re.match(r"html\s+(\S+)\s.*tokenize\+tree\s+([\d.]+) MB/s", line)
        if match:
            ours[match.group(1)] = float(match.group(2))

    print(f"{'page':<24} {'MB':>7} {'threadscan':>11} {'lexbor':>9} {'modest':>9}  (MB/s of CPU time, best of {args.rounds})")
    slower = []
    for name in names:
        with open(os.path.join(args.pages, name), "rb") as file:
            data = file.read()
        megabytes = len(data) / 1e6
        lexbor = megabytes / best_time(LexborHTMLParser, data, args.rounds)
        modest = megabytes / best_time(HTMLParser, data, args.rounds) if HTMLParser else float("nan")
        mine = ours.get(name, float("nan"))
        print(f"{name:<24} {megabytes:7.3f} {mine:11.1f} {lexbor:9.1f} {modest:9.1f}")
        if not mine > lexbor:
            slower.append(name)
    if slower:
        print("slower than lexbor on: " + ", ".join(slower))
    else:
        print("threadscan is faster than lexbor on every page")


if __name__ == "__main__":
    main()
