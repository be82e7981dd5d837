#!/usr/bin/env python3
"""Cross-validated ROC-AUC of the incivility score with and without learned weights.

Splits a labeled TSV (text, label 0/1) into k folds by row order (row i in fold i mod k), fits
`weights/incivility.tsv` on the other folds with `threadscan lexicon fit --task incivility`, scores
the held-out fold with `threadscan score --lexicons +DIR`, and pools the held-out scores. Prints the
ROC-AUC and the F1 at the low cut-off (0.10) of the lexicon alone and with the weights, so that the
figure for the weights is never measured on the rows they were fitted on.

    python3 Scripts/incivility-weights-cv.py ../shared/data/davidson-tweets.tsv \
        --binary .build/release/threadscan [--folds 5] [--fit-option=--min-count=5 ...]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def read_rows(path):
    header, rows = None, []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            rows.append((row["text"], row["label"]))
    return rows


def write_rows(path, rows):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("id\ttext\tlabel\n")
        for index, (text, label) in rows:
            handle.write(f"{index}\t{text}\t{label}\n")


def scores(binary, path, lexicons):
    command = [binary, "score", path, "--jobs", "2"] + (["--lexicons", lexicons] if lexicons else [])
    output = subprocess.run(command, check=False, capture_output=True, text=True).stdout
    return {json.loads(line)["id"]: json.loads(line)["score"] for line in output.splitlines() if line}


def roc_auc(pairs):
    """ROC-AUC of (score, label) pairs, ties counted half."""
    ordered = sorted(pairs)
    positives = sum(label for _, label in ordered)
    negatives = len(ordered) - positives
    rank_sum, index = 0.0, 0
    while index < len(ordered):
        end = index
        while end < len(ordered) and ordered[end][0] == ordered[index][0]:
            end += 1
        average_rank = (index + 1 + end) / 2
        rank_sum += average_rank * sum(label for _, label in ordered[index:end])
        index = end
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def f1_at(pairs, cutoff):
    tp = sum(1 for score, label in pairs if score >= cutoff and label)
    fp = sum(1 for score, label in pairs if score >= cutoff and not label)
    fn = sum(1 for score, label in pairs if score < cutoff and label)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labeled")
    parser.add_argument("--binary", default=".build/release/threadscan")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--fit-option", action="append", default=[], help="passed to lexicon fit (repeatable)")
    arguments = parser.parse_args()
    rows = list(enumerate(read_rows(arguments.labeled)))
    labels = {str(index): label == "1" for index, (_, label) in rows}
    plain, weighted = [], []
    with tempfile.TemporaryDirectory() as scratch:
        for fold in range(arguments.folds):
            train = [row for row in rows if row[0] % arguments.folds != fold]
            held = [row for row in rows if row[0] % arguments.folds == fold]
            train_path, held_path = os.path.join(scratch, "train.tsv"), os.path.join(scratch, "held.tsv")
            write_rows(train_path, train)
            write_rows(held_path, held)
            folder = os.path.join(scratch, f"fold{fold}")
            os.makedirs(os.path.join(folder, "weights"))
            fit = [arguments.binary, "lexicon", "fit", train_path, "--task", "incivility",
                   "-o", os.path.join(folder, "weights", "incivility.tsv")] + arguments.fit_option
            subprocess.run(fit, check=True, capture_output=True)
            for target, lexicons in ((plain, None), (weighted, "+" + folder)):
                for identifier, score in scores(arguments.binary, held_path, lexicons).items():
                    target.append((score, labels[identifier]))
            print(f"fold {fold + 1}/{arguments.folds} done", file=sys.stderr)
    for name, pairs in (("lexicon alone", plain), ("with weights (held-out fold)", weighted)):
        zeros = sum(1 for score, _ in pairs if score == 0)
        print(f"{name:30} ROC-AUC {roc_auc(pairs):.4f}  F1 at 0.10 {f1_at(pairs, 0.10):.4f}  "
              f"texts scored 0: {zeros} of {len(pairs)}")


if __name__ == "__main__":
    main()
