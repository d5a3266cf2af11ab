#!/usr/bin/env bash
# Fuzzes one target for a while: bench/fuzz.sh jsonl|csv|yaml [SECONDS, default 600].
# The inputs that grow coverage go to target/fuzz/TARGET/.cifuzz-corpus/, a failing input to
# target/fuzz/TARGET/ (crash-*, timeout-*; up to 20 distinct findings before it stops), Jazzer's output
# to target/fuzz/TARGET/fuzz.log. An input worth keeping is copied into the target's seed folder under
# src/test/resources, which mvn test runs.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
    jsonl) class=org.newsquotes.validate.table.JsonLinesFuzzTest ;;
    csv) class=org.newsquotes.validate.table.CsvRowsFuzzTest ;;
    yaml) class=org.newsquotes.load.DatasetLoaderFuzzTest ;;
    *) echo "usage: bench/fuzz.sh jsonl|csv|yaml [SECONDS]" >&2; exit 2 ;;
esac
seconds="${2:-600}"
out="$PWD/target/fuzz/$1"
mkdir -p "$out"
touch "$out/.started"
status=0
# jazzer.internal.basedir moves the grown corpus and the findings out of the source tree;
# jazzer.internal.arg.N are libFuzzer's arguments (0 is its program name), the last one of a kind wins.
JAZZER_FUZZ=1 nice -n 10 mvn -B test -Dtest="$class" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.hooks=true -Djazzer.keep_going=20 -Djazzer.internal.basedir="$out" \
    -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" \
    -Djazzer.internal.arg.2=-timeout=10 -Djazzer.internal.arg.3=-print_final_stats=1 \
    2>&1 | tee "$out/fuzz.log" || status=$?
# With keep_going the test passes whatever was found: the files are the findings.
findings=$(find "$out" -maxdepth 1 -type f -newer "$out/.started" \( -name 'crash-*' -o -name 'timeout-*' \
    -o -name 'oom-*' -o -name 'slow-unit-*' \))
grep -E '^#[0-9]+ +DONE|^Done ' "$out/fuzz.log" || true
if [ -n "$findings" ]; then
    echo "findings:" >&2
    echo "$findings" >&2
    exit 1
fi
exit "$status"
