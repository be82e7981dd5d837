#!/bin/sh
# Builds one libFuzzer target of Fuzz/ and runs it for SECONDS, from a seed corpus made of the
# package's own fixtures, then prints the executions and the coverage reached.
#
#   Scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
#   Scripts/fuzz.sh list
#
# The build lives in .build-fuzz (release, address sanitizer, coverage-guided); the corpus a run
# grows in .build-fuzz/corpus/TARGET (kept for the next run); a crash, leak or timeout input in
# .build-fuzz/findings/TARGET/. Run it under `nice` on a shared machine. Leak detection is off: the
# Swift runtime's metadata caches and the lexicons built once per process read as leaks.
set -eu
cd "$(dirname "$0")/.."

targets="html-tokenizer html-tree selectors mhtml encodings copied-text adapters lexicon-files adapter-files json score-tsv"
usage() {
    echo "usage: Scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]" >&2
    echo "targets: $targets" >&2
    exit 64
}
[ "${1:-}" = list ] && { echo "$targets" | tr ' ' '\n'; exit 0; }
[ $# -ge 2 ] || usage
target=$1 seconds=$2
shift 2
case " $targets " in *" $target "*) ;; *) echo "unknown target: $target" >&2; usage ;; esac
case $seconds in '' | *[!0-9]*) echo "SECONDS must be a whole number: $seconds" >&2; usage ;; esac

scratch=.build-fuzz
THREADSCAN_FUZZ=1 swift build -c release --scratch-path "$scratch" --product "fuzz-$target" \
    --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
binary="$scratch/release/fuzz-$target"

# The seeds: every fixture, platform case and example of the kinds this target reads, shaped as
# the target takes its input (a first line naming a selector, charset or file, then the data).
seeds="$scratch/seeds/$target"
corpus="$scratch/corpus/$target"
findings="$scratch/findings/$target"
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$findings"
pages() {
    find Tests -path '*/Fixtures/*' -type f \( -name '*.html' -o -name '*.txt' -o -name '*.mhtml' \) -size -512k
    find Lexicons/platforms -path '*/cases/*' -type f ! -name '*.tsv' -size -512k
    find Examples -type f \( -name '*.html' -o -name '*.txt' -o -name '*.mhtml' \) -size -512k
}
seed() { cat > "$(mktemp "$seeds/seed-XXXXXXXX")"; }
case $target in
    html-tokenizer | html-tree | adapters | mhtml)
        pages | sort | while read -r file; do seed < "$file"; done ;;
    copied-text)
        pages | grep '\.txt$' | sort | while read -r file; do seed < "$file"; done ;;
    selectors)
        # Each platform's selectors, over each page of that platform.
        for table in Lexicons/platforms/*/html.tsv; do
            cases="$(dirname "$table")/cases"
            cut -f2 "$table" | grep -v '^#' | grep -v '^selector$' | sort -u | head -n 12 | while read -r selector; do
                for page in "$cases"/*.html; do
                    [ -f "$page" ] && { printf '%s\n' "$selector"; cat "$page"; } | seed
                done
            done
        done ;;
    encodings)
        for label in utf-8 windows-1252 iso-8859-2 koi8-r shift_jis euc-jp iso-2022-jp gb18030 big5 euc-kr utf-16le \
            x-user-defined; do
            pages | sort | head -n 6 | while read -r file; do { printf '%s\n' "$label"; cat "$file"; } | seed; done
        done ;;
    lexicon-files)
        find Lexicons -name '*.tsv' ! -path 'Lexicons/platforms/*' -size -256k | sort | while read -r file; do
            { printf '%s\n' "${file#Lexicons/}"; cat "$file"; } | seed
        done ;;
    adapter-files)
        find Lexicons/platforms -name '*.tsv' ! -path '*/cases/*' | sort | while read -r file; do
            { printf '%s\n' "${file#Lexicons/}"; cat "$file"; } | seed
        done ;;
    json)
        find Tests Examples -type f \( -name '*.json' -o -name '*.jsonl' \) -size -512k | sort | while read -r file; do
            seed < "$file"
        done ;;
    score-tsv)
        find Examples Tests -type f -name '*.tsv' -size -512k | sort | while read -r file; do seed < "$file"; done ;;
esac
echo "fuzz.sh: $target: $(ls "$seeds" | wc -l) seeds, $(ls "$corpus" | wc -l) in the corpus, $seconds s" >&2

log="$scratch/fuzz-$target.log"
status=0
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" SWIFT_BACKTRACE=enable=no "$binary" "$corpus" "$seeds" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$findings/" -max_len=65536 -timeout=30 -rss_limit_mb=4096 -detect_leaks=0 "$@" > "$log" 2>&1 || status=$?
grep -E '^#[0-9]+[[:space:]]+DONE|^stat::number_of_executed_units|^stat::peak_rss_mb|^==[0-9]+==ERROR|^SUMMARY|Test unit written' \
    "$log" || true
echo "fuzz.sh: $target: exit $status; log $log; findings in $findings/ ($(ls "$findings" | wc -l))"
exit "$status"
