#!/usr/bin/env python3
"""Reply-stance macro-F1 of `threadscan score` on a labeled reply set.

Usage: Scripts/stance-eval.py LABELED.tsv [--binary PATH] [--lexicons DIR|+DIR]

LABELED.tsv has a header naming `text`, `parent_text` and `label` (support, deny, query, comment),
as ../shared/data/rumoureval2019-train.tsv does; rows without a parent text (a thread's source
post) are left out, since reply stance is toward a parent. Prints the number of replies, the
per-class precision, recall and F1, the macro-F1 and the confusion matrix.
"""
import argparse
import json
import subprocess
import sys

CLASSES = ["support", "deny", "query", "comment"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("labeled")
    parser.add_argument("--binary", default=".build/release/threadscan")
    parser.add_argument("--lexicons")
    args = parser.parse_args()

    with open(args.labeled, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    header_at = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith("#"))
    columns = lines[header_at].split("\t")
    text_at, parent_at, label_at = (columns.index(name) for name in ("text", "parent_text", "label"))
    rows = []
    for line in lines[header_at + 1:]:
        fields = line.split("\t")
        if len(fields) <= max(text_at, parent_at, label_at) or not fields[parent_at].strip():
            continue
        if fields[label_at] not in CLASSES:
            sys.exit(f"unknown label {fields[label_at]!r}")
        rows.append((fields[text_at], fields[parent_at], fields[label_at]))

    tsv = "text\tparent_text\n" + "".join(f"{text}\t{parent}\n" for text, parent, _ in rows)
    command = [args.binary, "score", "-"] + (["--lexicons", args.lexicons] if args.lexicons else [])
    out = subprocess.run(command, input=tsv.encode(), capture_output=True, check=False)
    results = [json.loads(line) for line in out.stdout.decode().splitlines()]
    if len(results) != len(rows):
        sys.exit(f"expected {len(rows)} results, got {len(results)}: {out.stderr.decode()}")
    predicted = [result.get("stance", "comment") for result in results]
    truth = [label for _, _, label in rows]

    print(f"{len(rows)} replies")
    f1s = []
    for name in CLASSES:
        tp = sum(1 for p, t in zip(predicted, truth) if p == name and t == name)
        pp = sum(1 for p in predicted if p == name)
        ap = sum(1 for t in truth if t == name)
        precision = tp / pp if pp else 0.0
        recall = tp / ap if ap else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        print(f"  {name:8} precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  ({ap} labeled, {pp} predicted)")
    print(f"macro-F1 {sum(f1s) / len(f1s):.3f}")
    print("confusion (rows: label, columns: predicted " + " ".join(CLASSES) + ")")
    for name in CLASSES:
        counts = [sum(1 for p, t in zip(predicted, truth) if t == name and p == other) for other in CLASSES]
        print(f"  {name:8} " + " ".join(f"{count:6}" for count in counts))


if __name__ == "__main__":
    main()
