#!/bin/sh
# Fits the default learned weights with the features of the lexicons in Lexicons/, and prints
# their 5-fold cross-validated figures:
# - reply stance, Lexicons/weights/stance.tsv, on the RumourEval-2019 training split of the shared
#   data (../shared/data/rumoureval2019-train.tsv; the test split is kept for measurement), folds
#   by thread, so that no thread is both fitted and measured;
# - incivility, Lexicons/weights/incivility.tsv, on the Davidson et al. (2017) labeled tweets
#   (../shared/data/davidson-tweets.tsv); they order texts inside their band
#   (Scripts/incivility-weights-cv.py measures that on held-out folds).
#
# Usage: Scripts/fit-default-weights.sh [STANCE-LABELED.tsv [INCIVILITY-LABELED.tsv]]
# Then regenerate the embedded lexicons: swift build && THREADSCAN_REGENERATE=1 swift test --filter DefaultLexiconsTests
# DefaultWeightsTests fails while the file is stale (it refits with the parameters the file's notes name).
set -eu
cd "$(dirname "$0")/.."
data=${1:-../shared/data/rumoureval2019-train.tsv}
incivility=${2:-../shared/data/davidson-tweets.tsv}
swift build -c release --product threadscan >&2
mkdir -p Lexicons/weights
.build/release/threadscan lexicon fit "$data" --task stance --group thread_id \
    --l2 0.01 --balance 0.8 --prior 3 --min-count 3 --lexicons Lexicons -o Lexicons/weights/stance.tsv
.build/release/threadscan lexicon fit "$incivility" --task incivility \
    --l2 0.01 --balance 0.8 --prior 0 --min-count 5 --lexicons Lexicons -o Lexicons/weights/incivility.tsv
