#!/usr/bin/env python3
"""Reply-stance macro-F1 of `threadscan score` on a labeled reply set.

Usage: Scripts/stance-eval.py LABELED.tsv [--binary PATH] [--lexicons DIR|+DIR]
       Scripts/stance-eval.py LABELED.tsv --folds K --group COLUMN [--cuttings N] [--binary PATH]
                              [--lexicons DIR] [--fit-args "--l2 0.01 ..."]

LABELED.tsv has a header naming `text`, `parent_text` and `label` (support, deny, query, comment),
as ../shared/data/rumoureval2019-train.tsv does; rows without a parent text (a thread's source
post) are left out, since reply stance is toward a parent. Prints the number of replies, the
per-class precision, recall and F1, the macro-F1 and the confusion matrix.

With --folds, every reply is scored by weights that never saw it: the replies are split into K
folds by COLUMN (a thread id) exactly as `threadscan lexicon fit --group COLUMN` splits them (a
group's fold is its order of first appearance among the replies, mod K), and for each fold the
stance weights are fitted on the other folds (`lexicon fit --task stance`, with --fit-args) into a
copy of the lexicon folder (DIR, default Lexicons), which then scores the fold. This measures what
`score` answers, rules after the weights included (the clear-cue rule), where the cross-validated
figure `lexicon fit` prints is the weights' alone.

With --cuttings N (N > 1), the groups are also cut into K folds in N - 1 other ways (groups
shuffled by a seeded generator, 1 to N - 1, then dealt out in turn), each measured the same way,
and the macro-F1 of each cutting is printed with their mean and range: on a few hundred threads
the figure moves by several thousandths from one cutting to another, so a change is worth keeping
only when it wins on the mean and on most cuttings. The figures above the line are the first
cutting's.
"""
import argparse
import json
import os
import random
import shlex
import shutil
import subprocess
import sys
import tempfile

CLASSES = ["support", "deny", "query", "comment"]


def read_rows(path, group_column):
    """The replies of the labeled set: (text, parent, label, group) in file order, and the header line."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    header_at = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith("#"))
    columns = lines[header_at].split("\t")
    names = ["text", "parent_text", "label"] + ([group_column] if group_column else [])
    missing = [name for name in names if name not in columns]
    if missing:
        sys.exit(f"{path}: the header has no column {', '.join(missing)}")
    indices = [columns.index(name) for name in names]
    rows = []
    for line in lines[header_at + 1:]:
        fields = line.split("\t")
        if len(fields) <= max(indices) or not fields[indices[1]].strip():
            continue
        if fields[indices[2]] not in CLASSES:
            sys.exit(f"unknown label {fields[indices[2]]!r}")
        group = fields[indices[3]] if group_column else None
        rows.append((fields[indices[0]], fields[indices[1]], fields[indices[2]], group, line))
    return rows, lines[header_at]


def score(binary, rows, lexicons):
    """The stance `threadscan score` gives each of `rows`."""
    tsv = "text\tparent_text\n" + "".join(f"{row[0]}\t{row[1]}\n" for row in rows)
    command = [binary, "score", "-"] + (["--lexicons", lexicons] if lexicons else [])
    out = subprocess.run(command, input=tsv.encode(), capture_output=True, check=False)
    results = [json.loads(line) for line in out.stdout.decode().splitlines()]
    if len(results) != len(rows):
        sys.exit(f"expected {len(rows)} results, got {len(results)}: {out.stderr.decode()}")
    return [result.get("stance", "comment") for result in results]


def cut(rows, folds, cutting):
    """Each row's fold: cutting 0 as `lexicon fit --group` cuts (a group's order of first appearance
    mod `folds`), another cutting the groups shuffled with that seed and dealt out in turn."""
    ordinals = {}
    for row in rows:
        ordinals.setdefault(row[3], len(ordinals))
    if cutting:
        groups = list(ordinals)
        random.Random(cutting).shuffle(groups)
        ordinals = {group: position for position, group in enumerate(groups)}
    return [ordinals[row[3]] % folds for row in rows]


def held_out(args, rows, header, cutting=0):
    """The stance of every row scored by weights fitted on the folds (of `cutting`) it is not in."""
    folds = cut(rows, args.folds, cutting)
    predicted = [None] * len(rows)
    lexicons = args.lexicons or "Lexicons"
    with tempfile.TemporaryDirectory() as scratch:
        for fold in range(args.folds):
            training = os.path.join(scratch, "training.tsv")
            with open(training, "w", encoding="utf-8") as handle:
                handle.write(header + "\n")
                handle.writelines(row[4] + "\n" for row, at in zip(rows, folds) if at != fold)
            folder = os.path.join(scratch, f"lexicons-{fold}")
            shutil.copytree(lexicons, folder)
            weights = os.path.join(folder, "weights", "stance.tsv")
            command = [args.binary, "lexicon", "fit", training, "--task", "stance", "--group", args.group,
                       "--lexicons", lexicons, "-o", weights] + shlex.split(args.fit_args)
            fitted = subprocess.run(command, capture_output=True, check=False)
            if fitted.returncode != 0:
                sys.exit(f"lexicon fit failed: {fitted.stderr.decode()}")
            testing = [position for position, at in enumerate(folds) if at == fold]
            for position, stance in zip(testing, score(args.binary, [rows[p] for p in testing], folder)):
                predicted[position] = stance
    return predicted


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("labeled")
    parser.add_argument("--binary", default=".build/release/threadscan")
    parser.add_argument("--lexicons")
    parser.add_argument("--folds", type=int)
    parser.add_argument("--group")
    parser.add_argument("--cuttings", type=int, default=1)
    parser.add_argument("--fit-args", default="")
    args = parser.parse_args()
    if (args.folds is None) != (args.group is None) or (args.cuttings > 1 and args.folds is None):
        sys.exit("--folds and --group go together, and --cuttings needs them")
    if args.folds is not None and (args.folds < 2 or (args.lexicons or "").startswith("+")):
        sys.exit("--folds needs at least 2 folds and a lexicon folder that replaces the built-in one")

    rows, header = read_rows(args.labeled, args.group)
    predicted = held_out(args, rows, header) if args.folds else score(args.binary, rows, args.lexicons)
    truth = [row[2] for row in rows]

    print(f"{len(rows)} replies" + (f", {args.folds} folds by {args.group}" if args.folds else ""))
    print_figures(predicted, truth)
    if args.cuttings > 1:
        figures = [macro_f1(predicted, truth)]
        figures += [macro_f1(held_out(args, rows, header, cutting), truth) for cutting in range(1, args.cuttings)]
        listed = " ".join(f"{figure:.4f}" for figure in figures)
        print(f"macro-F1 of {args.cuttings} cuttings: {listed}; mean {sum(figures) / len(figures):.4f}, "
              f"range {min(figures):.4f} to {max(figures):.4f}")


def class_f1(predicted, truth, name):
    """Precision, recall, F1 and the labeled and predicted counts of class `name`."""
    tp = sum(1 for p, t in zip(predicted, truth) if p == name and t == name)
    pp = sum(1 for p in predicted if p == name)
    ap = sum(1 for t in truth if t == name)
    precision = tp / pp if pp else 0.0
    recall = tp / ap if ap else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, ap, pp


def macro_f1(predicted, truth):
    """The mean of the four classes' F1."""
    return sum(class_f1(predicted, truth, name)[2] for name in CLASSES) / len(CLASSES)


def print_figures(predicted, truth):
    """Prints the per-class figures, the macro-F1 and the confusion matrix."""
    f1s = []
    for name in CLASSES:
        precision, recall, f1, ap, pp = class_f1(predicted, truth, name)
        f1s.append(f1)
        print(f"  {name:8} precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  ({ap} labeled, {pp} predicted)")
    print(f"macro-F1 {sum(f1s) / len(f1s):.3f}")
    print("confusion (rows: label, columns: predicted " + " ".join(CLASSES) + ")")
    for name in CLASSES:
        counts = [sum(1 for p, t in zip(predicted, truth) if t == name and p == other) for other in CLASSES]
        print(f"  {name:8} " + " ".join(f"{count:6}" for count in counts))


if __name__ == "__main__":
    main()
