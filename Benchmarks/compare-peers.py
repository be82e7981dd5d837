#!/usr/bin/env python3
"""Times threadscan against the tools a user would pick instead, on the same inputs, in one run.

    swift build -c release --product threadscan
    swift build -c release --product threadscan-benchmark
    Benchmarks/peers-setup                                   # once: .build/peers-venv with the peers
    .build/peers-venv/bin/python Benchmarks/compare-peers.py [--pages DIR] [--texts FILE]

The peers are benchmark-only (the product never uses them), installed by Benchmarks/peers-setup:
`pip install trafilatura vaderSentiment alt-profanity-check` into .build/peers-venv. This script
installs nothing.

- Extraction: trafilatura.extract on every saved HTML page of DIR, against
  `threadscan scan DIR -f json` on the same folder (parse, reply tree, analysis and the JSON report,
  so threadscan does more than extract). Without --pages, the pages are those of
  `threadscan-benchmark write-pages DIR --html-only` (every HTML platform at 100 KB and 1 MB).
- Scoring: vaderSentiment's polarity_scores on each text and alt-profanity-check's predict_prob on
  the list of texts, against `threadscan score FILE --jobs 1` on the same texts, in texts per
  CPU-second. Without --texts: the `text` column of ../shared/data/davidson-tweets.tsv when it is
  there, repeated --repeat times.

Every time is CPU time, user plus system: of this process for the peers (time.process_time, every
thread), of the child for threadscan (os.wait4), the fastest of --rounds rounds. threadscan's figure
includes starting the process and loading its lexicons (printed apart); the peers' do not include
importing them or loading their models. Ratios are the peer's CPU time over threadscan's, against
the goals of issue 11: >= 30x trafilatura, >= 30x VADER, >= 3x alt-profanity-check.

Options: --pages DIR, --texts FILE (a TSV with a `text` column, or one text per line), --repeat N
(default 4), --rounds N (default 3), --binary PATH (default .build/release/threadscan),
--benchmark PATH (default .build/release/threadscan-benchmark), --format text|json.
"""
import argparse
import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

GOALS = {"trafilatura": 30.0, "vader": 30.0, "profanity": 3.0}


def child_cpu(command, stdin=None):
    """CPU seconds (user + system) and peak resident kilobytes of one run of `command`."""
    with open(os.devnull, "wb") as devnull:
        process = subprocess.Popen(command, stdin=stdin, stdout=devnull, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        error = process.stderr.read().decode("utf-8", "replace")
        process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"error: {' '.join(command)} exited with {code}: {error.strip()}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def best_child(command, rounds):
    """The fastest of `rounds` runs of `command`: (CPU seconds, peak kilobytes)."""
    return min(child_cpu(command) for _ in range(rounds))


def best_here(work, rounds):
    """The fastest of `rounds` calls of `work`, in CPU seconds of this process."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def read_texts(path, repeat):
    """The texts of `path`: its `text` column after a header (lines of `#` before it skipped), or
    every line; tabs and line breaks made spaces so each text is one TSV field."""
    texts = []
    with open(path, encoding="utf-8", errors="replace") as file:
        lines = [line.rstrip("\r\n") for line in file]
    body = [line for line in lines if line.strip()]
    while body and body[0].startswith("#"):
        body.pop(0)
    column = None
    if body and "text" in [name.strip().lower() for name in body[0].split("\t")]:
        column = [name.strip().lower() for name in body[0].split("\t")].index("text")
        body = body[1:]
    for line in body:
        fields = line.split("\t")
        text = fields[column] if column is not None and column < len(fields) else line
        text = " ".join(text.split())
        if text:
            texts.append(text)
    return texts * repeat


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages")
    parser.add_argument("--texts")
    parser.add_argument("--repeat", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--binary", default=".build/release/threadscan")
    parser.add_argument("--benchmark", default=".build/release/threadscan-benchmark")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    args = parser.parse_args()

    try:
        import trafilatura
        from profanity_check import predict_prob
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError as error:
        sys.exit(f"error: {error}; run Benchmarks/peers-setup, then this script with .build/peers-venv/bin/python")
    for binary in (args.binary, args.benchmark):
        if not os.access(binary, os.X_OK):
            sys.exit(f"error: {binary} is not built; run swift build -c release first")

    scratch = tempfile.mkdtemp(prefix="threadscan-peers-")
    atexit.register(shutil.rmtree, scratch, True)
    pages_dir = args.pages
    if pages_dir is None:
        pages_dir = os.path.join(scratch, "pages")
        subprocess.run([args.benchmark, "write-pages", pages_dir, "--html-only"], check=True, stdout=subprocess.DEVNULL)
    names = sorted(name for name in os.listdir(pages_dir) if name.endswith((".html", ".htm")))
    if not names:
        sys.exit(f"error: no .html pages in {pages_dir}")
    pages = []
    for name in names:
        with open(os.path.join(pages_dir, name), "rb") as file:
            pages.append(file.read())
    page_bytes = sum(len(page) for page in pages)
    html = [page.decode("utf-8", "replace") for page in pages]

    texts_path = args.texts
    if texts_path is None:
        shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "davidson-tweets.tsv")
        if not os.path.exists(shared):
            sys.exit("error: no texts: give --texts FILE (a TSV with a text column, or one text per line)")
        texts_path = os.path.normpath(shared)
    texts = read_texts(texts_path, args.repeat)
    if not texts:
        sys.exit(f"error: no texts in {texts_path}")
    score_input = os.path.join(scratch, "texts.tsv")
    with open(score_input, "w", encoding="utf-8") as file:
        file.write("id\ttext\n")
        for index, text in enumerate(texts):
            file.write(f"{index}\t{text}\n")
    one_text = os.path.join(scratch, "one.tsv")
    with open(one_text, "w", encoding="utf-8") as file:
        file.write("id\ttext\n0\thello\n")
    text_bytes = sum(len(text.encode("utf-8")) for text in texts)

    rounds = args.rounds
    trafilatura_cpu = best_here(lambda: [trafilatura.extract(page) for page in html], rounds)
    scan_cpu, scan_peak = best_child([args.binary, "scan", pages_dir, "-f", "json", "--quiet"], rounds)
    analyzer = SentimentIntensityAnalyzer()
    vader_cpu = best_here(lambda: [analyzer.polarity_scores(text) for text in texts], rounds)
    predict_prob(texts[:10])  # the model is loaded on first use
    profanity_cpu = best_here(lambda: predict_prob(texts), rounds)
    score_cpu, score_peak = best_child([args.binary, "score", score_input, "--jobs", "1"], rounds)
    startup_cpu, _ = best_child([args.binary, "score", one_text, "--jobs", "1"], rounds)

    ratios = {
        "trafilatura": trafilatura_cpu / scan_cpu,
        "vader": vader_cpu / score_cpu,
        "profanity": profanity_cpu / score_cpu,
    }
    result = {
        "schema": "threadscan.peers/1",
        "machine": {"processors": os.cpu_count(), "loadAverage": [round(x, 2) for x in os.getloadavg()]},
        "rounds": rounds,
        "pages": {"count": len(pages), "bytes": page_bytes, "folder": pages_dir},
        "texts": {"count": len(texts), "bytes": text_bytes, "file": texts_path, "repeat": args.repeat},
        "cpuSeconds": {
            "trafilatura.extract": trafilatura_cpu, "threadscan scan -f json": scan_cpu,
            "vaderSentiment.polarity_scores": vader_cpu, "profanity_check.predict_prob": profanity_cpu,
            "threadscan score --jobs 1": score_cpu, "threadscan start-up (score of one text)": startup_cpu,
        },
        "peakKilobytes": {"threadscan scan": scan_peak, "threadscan score": score_peak},
        "ratios": ratios,
        "goals": GOALS,
        "met": {name: ratios[name] >= goal for name, goal in GOALS.items()},
    }
    if args.format == "json":
        print(json.dumps(result, indent=2, sort_keys=True))
        return
    megabytes = page_bytes / 1e6
    print(f"{len(pages)} saved HTML pages, {megabytes:.1f} MB ({pages_dir}); {len(texts):,} texts, "
          f"{text_bytes / 1e6:.1f} MB ({texts_path} x{args.repeat}); CPU seconds, best of {rounds}; "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"{'extraction':<44} {'CPU s':>8} {'MB/s':>8}")
    print(f"{'  trafilatura.extract':<44} {trafilatura_cpu:8.2f} {megabytes / trafilatura_cpu:8.2f}")
    print(f"{'  threadscan scan DIR -f json':<44} {scan_cpu:8.2f} {megabytes / scan_cpu:8.2f}   "
          f"{ratios['trafilatura']:.1f}x trafilatura (goal >= 30x: {'met' if result['met']['trafilatura'] else 'NOT met'})")
    print(f"{'scoring':<44} {'CPU s':>8} {'texts/s':>8}")
    print(f"{'  vaderSentiment polarity_scores':<44} {vader_cpu:8.2f} {len(texts) / vader_cpu:8.0f}")
    print(f"{'  alt-profanity-check predict_prob':<44} {profanity_cpu:8.2f} {len(texts) / profanity_cpu:8.0f}")
    print(f"{'  threadscan score --jobs 1':<44} {score_cpu:8.2f} {len(texts) / score_cpu:8.0f}   "
          f"{ratios['vader']:.1f}x VADER (goal >= 30x: {'met' if result['met']['vader'] else 'NOT met'}), "
          f"{ratios['profanity']:.1f}x alt-profanity-check (goal >= 3x: {'met' if result['met']['profanity'] else 'NOT met'})")
    print(f"  (threadscan start-up, a score of one text: {startup_cpu:.2f} s CPU; peak memory: scan "
          f"{scan_peak / 1024:.0f} MB, score {score_peak / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
