#!/usr/bin/env python3
"""Prints the README's Performance tables from the benchmark's JSON, so the figures are refreshed
by rerunning the commands, not by hand.

    .build/release/threadscan-benchmark pipeline --sizes 10k,100k,1m,10p --growth 100k --format json > all.json
    .build/release/threadscan-benchmark pipeline --platform xenforo --platform invision-text \\
        --sizes 10m,50m,100000p --growth none --format json > big.json
    .build/peers-venv/bin/python Benchmarks/compare-peers.py --format json > peers.json
    python3 Benchmarks/performance-table.py all.json big.json --peers peers.json

Pipeline files are `threadscan.benchmark/1` documents (any number); the peers file is the
`threadscan.peers/1` document of Benchmarks/compare-peers.py. Speeds are MB (10^6 bytes) of page
per CPU-second of the process; "peak/page" is the scan's peak resident memory above the process's
start-up (lexicons loaded), over the page's size.
"""
import argparse
import json

STAGES = ["decode", "dom", "adapter", "tree", "analysis", "signals", "report", "full"]
GROWTH_LIMIT = 1.3


def speed(pages, stage):
    """MB per CPU-second of `stage` over `pages` together (total bytes over total seconds)."""
    timed = [(p["bytes"], s["seconds"]["cpu"]) for p in pages for s in p["stages"] if s["name"] == stage]
    seconds = sum(t for _, t in timed)
    return sum(b for b, _ in timed) / 1e6 / seconds if seconds > 0 else None


def posts_speed(pages):
    timed = [(p["posts"], s["seconds"]["cpu"]) for p in pages for s in p["stages"] if s["name"] == "full"]
    seconds = sum(t for _, t in timed)
    return sum(n for n, _ in timed) / seconds if seconds > 0 else None


def memory_ratio(page):
    return (page["peakKilobytes"] - page["startKilobytes"]) * 1024 / page["bytes"]


def fmt(value, digits=1):
    return "—" if value is None else f"{value:,.{digits}f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pipeline", nargs="+")
    parser.add_argument("--peers")
    args = parser.parse_args()
    runs = [json.load(open(path)) for path in args.pipeline]
    pages = [m for run in runs for m in run["measurements"]]
    growth = [g for run in runs for g in run["growth"]]
    machine = runs[0]["machine"]
    peers = json.load(open(args.peers)) if args.peers else None

    print(f"Machine: {machine['processors']} processors (`nproc`), {machine['cpu']}, load average "
          f"{' '.join(f'{x:.2f}' for x in machine['loadAverage'])} at the start of the run; threadscan "
          f"{runs[0]['version']}.")
    print()
    html_1m = [p for p in pages if p["size"] == "1m" and not p["shape"].endswith("-text")]
    text_1m = [p for p in pages if p["size"] == "1m" and p["shape"].endswith("-text")]
    rows = []

    def goal_row(what, input_, figure, goal, met):
        rows.append((what, input_, figure, goal, "—" if met is None else ("**yes**" if met else "**no**")))

    for label, group, goal in [("saved HTML", html_1m, 50), ("copied text", text_1m, 100)]:
        if not group:
            continue
        full = speed(group, "full")
        each = [speed([p], "full") for p in group]
        goal_row(f"full scan, {label} (parse, report, JSON bytes)",
                 f"{len(group)} generated 1 MB pages, one per {'platform' if label == 'saved HTML' else 'profile'}",
                 f"{fmt(full)} MB/s ({fmt(min(each))}–{fmt(max(each))}); {fmt(posts_speed(group), 0)} posts/s",
                 f"≥ {goal} MB/s per core", full >= goal)
        stages = ", ".join(f"{s} {fmt(speed(group, s))}" for s in STAGES[:-1] if speed(group, s) is not None)
        goal_row(f"stages, {label}", "the same pages", f"MB/s: {stages}", "—", None)
    for page in sorted((p for p in pages if p["bytes"] >= 9_000_000), key=lambda p: (p["shape"], p["bytes"])):
        full = speed([page], "full")
        goal_row(f"full scan, {page['shape']} {page['size']}", f"{page['bytes'] / 1e6:.1f} MB, {page['posts']:,} posts",
                 f"{fmt(full)} MB/s; peak {page['peakKilobytes'] / 1024:,.0f} MB = start-up + {memory_ratio(page):.1f}× the page",
                 "≤ 3× the page + a constant", memory_ratio(page) <= 3)
    big = [p for p in pages if p["bytes"] >= 1_000_000]
    if big:
        worst = max(big, key=memory_ratio)
        goal_row("peak memory of a scan, pages of 1 MB or more", f"{len(big)} pages",
                 f"start-up + {min(map(memory_ratio, big)):.1f}–{memory_ratio(worst):.1f}× the page (most: {worst['shape']} {worst['size']})",
                 "≤ 3× the page + a constant", memory_ratio(worst) <= 3)
    if growth:
        shapes = sorted({g["shape"] for g in growth})
        worst = {s: max(g["ratio"] for g in growth if g["shape"] == s) for s in shapes}
        flagged = [s for s in shapes if worst[s] > GROWTH_LIMIT]
        base = min(g["bytes"] for g in growth if g["factor"] == 1) / 1e6
        goal_row("CPU time per MB, 16× the input against 1×",
                 f"{len(shapes)} shapes, {base:.1f} MB to {16 * base:.1f} MB",
                 f"largest ratio {min(worst.values()):.2f}–{max(worst.values()):.2f}; above {GROWTH_LIMIT}: "
                 + (", ".join(f"{s} {worst[s]:.2f}" for s in flagged) or "none"),
                 "flat (≤ 1.3 here)", not flagged)
    if peers:
        cpu = peers["cpuSeconds"]
        mb = peers["pages"]["bytes"] / 1e6
        texts = peers["texts"]["count"]
        goal_row("`scan -f json` against trafilatura's `extract`",
                 f"{peers['pages']['count']} pages, {mb:.1f} MB",
                 f"{mb / cpu['threadscan scan -f json']:.1f} against {mb / cpu['trafilatura.extract']:.1f} MB/s: "
                 f"{peers['ratios']['trafilatura']:.1f}×", "≥ 30×", peers["met"]["trafilatura"])
        goal_row("`score --jobs 1` against VADER's `polarity_scores`", f"{texts:,} texts",
                 f"{texts / cpu['threadscan score --jobs 1']:,.0f} against {texts / cpu['vaderSentiment.polarity_scores']:,.0f} texts/s: "
                 f"{peers['ratios']['vader']:.1f}×", "≥ 30×", peers["met"]["vader"])
        goal_row("`score --jobs 1` against alt-profanity-check's `predict_prob`", "the same texts",
                 f"{texts / cpu['threadscan score --jobs 1']:,.0f} against {texts / cpu['profanity_check.predict_prob']:,.0f} texts/s: "
                 f"{peers['ratios']['profanity']:.1f}×", "≥ 3×", peers["met"]["profanity"])
    print("| measure | input | figure (per CPU-second) | goal | met |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    print("| page shape | full scan, 1 MB page | posts/s | peak/page | growth 2× 4× 8× 16× |")
    print("|---|---|---|---|---|")
    for page in sorted(html_1m + text_1m, key=lambda p: p["shape"]):
        series = [g for g in growth if g["shape"] == page["shape"]]
        ratios = " ".join(f"{g['ratio']:.2f}" for g in series[1:]) or "—"
        if any(g["flagged"] for g in series):
            ratios += " **flagged**"
        print(f"| {page['shape']} | {fmt(speed([page], 'full'))} MB/s | {fmt(posts_speed([page]), 0)} | "
              f"{memory_ratio(page):.1f}× | {ratios} |")


if __name__ == "__main__":
    main()
