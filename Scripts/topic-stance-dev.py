#!/usr/bin/env python3
"""Measures topic stance on the lexicons' own topic cases (Lexicons/tests/topic-*.tsv) with the
SemEval-2016 metric: the mean of the F1 of favour and of against, pooled over all cases and averaged
over targets. These cases are development data written for the lexicons, not held-out data.

usage: Scripts/topic-stance-dev.py [THREADSCAN] [-- [--blind] threadscan options, e.g. --lexicons +Lexicons]
--blind measures Scripts/topic-stance-blind.tsv instead: posts written after the lexicons.
"""
import glob, json, os, subprocess, sys
from collections import defaultdict

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = sys.argv[1:]
binary = args.pop(0) if args and args[0] != "--" else os.path.join(root, ".build/debug/threadscan")
extra = args[1:] if args and args[0] == "--" else []

cases = []
for path in sorted(glob.glob(os.path.join(root, "Lexicons/tests/topic-*.tsv"))):
    header = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            continue
        for check in fields[1].split(";"):
            if check.startswith("targetstance="):
                name, stance = check[len("targetstance="):].rsplit(":", 1)
                cases.append((fields[0], name, stance))

blind = os.path.join(root, "Scripts/topic-stance-blind.tsv")
if "--blind" in extra:
    extra.remove("--blind")
    cases = []
    rows = [line for line in open(blind, encoding="utf-8").read().splitlines() if line and not line.startswith("#")]
    for line in rows[1:]:
        text, name, stance = line.split("\t")
        cases.append((text, name, stance))

tsv = "text\ttarget\n" + "".join(f"{text}\t{name}\n" for text, name, _ in cases)
run = subprocess.run([binary, "score", "-"] + extra, input=tsv, capture_output=True, text=True)
predicted = [json.loads(line).get("targetStance", "none") for line in run.stdout.splitlines()]
assert len(predicted) == len(cases), run.stderr

def favg(pairs):
    scores = []
    for label in ("favour", "against"):
        tp = sum(1 for gold, got in pairs if gold == label and got == label)
        fp = sum(1 for gold, got in pairs if gold != label and got == label)
        fn = sum(1 for gold, got in pairs if gold == label and got != label)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * p * r / (p + r) if p + r else 0.0)
    return sum(scores) / 2

pairs = [(gold, got) for (_, _, gold), got in zip(cases, predicted)]
by_target = defaultdict(list)
for (_, name, gold), got in zip(cases, predicted):
    by_target[name].append((gold, got))
decided = sum(1 for _, got in pairs if got != "none")
print(f"{len(cases)} cases, {len(by_target)} targets, {decided} decided (not none)")
print(f"F-avg pooled {favg(pairs):.4f}")
print(f"F-avg per target {sum(favg(p) for p in by_target.values()) / len(by_target):.4f}")
import signal
signal.signal(signal.SIGPIPE, signal.SIG_DFL)
for (text, name, gold), got in zip(cases, predicted):
    if gold != got:
        print(f"  miss [{name}] expected {gold}, got {got}: {text}")
