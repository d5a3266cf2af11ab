#!/usr/bin/env bash
# The whole-process benchmark of BENCHMARKS.md. For each record count given (default: 1000000 and
# 10000000) it generates one quotes JSON Lines file (seed 7, 0.1 % invalid rows) and, in this one run,
# on that same file, times:
#   ours, validate only        bin/quotes validate FILE
#   ours, JSONL -> Parquet     bin/quotes export --input FILE --format parquet  (every rule on)
#   ours, JSONL -> CSV         bin/quotes export --input FILE --format csv      (every rule on)
#   DuckDB, JSONL -> Parquet   COPY (SELECT * FROM read_json(FILE)) TO … (FORMAT parquet, COMPRESSION zstd)
# printing wall time, records/s, MB/s of input, peak RSS (GNU time), ours/DuckDB and the sizes of the
# two Parquet files, and for the first count the pipeline's stages timed on one thread
# (org.newsquotes.bulk.PipelineStages); then the JMH microbenchmarks (BENCH_JMH=0 skips them).
# First, five timed runs of `bin/quotes validate` on the bundled dataset. Generated files are deleted.
# BENCH_DIR: where the files go (default target/bench; 10M records take about 7 GB).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then set -- 1000000 10000000; fi
dir=${BENCH_DIR:-target/bench}
timer=/usr/bin/time
[ -x "$timer" ] || { echo "bench: GNU time ($timer) is needed for peak RSS" >&2; exit 2; }

build() {
    mvn -B -q -Dstyle.color=never "$@" > target/bench-build.log 2>&1 || { cat target/bench-build.log >&2; exit 1; }
}
mkdir -p target
build package -DskipTests
build -P bench test-compile
build -P bench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

echo "## Machine"
echo
echo "- $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "- memory: $(free -h | awk '/^Mem:/ {print $2}') total"
echo "- $(java -version 2>&1 | sed -n 2p)"
echo "- bin/quotes JVM options: $(sed -n 's/^opts="\(.*\)"$/\1/p' bin/quotes)"
echo

mkdir -p "$dir"
bin/quotes validate > /dev/null   # makes the class-data archive, so that no timed run pays for it

echo "## quotes validate on the bundled dataset (JVM start included), five runs"
echo
echo "| run | wall s | peak RSS MB |"
echo "|---|---|---|"
for run in 1 2 3 4 5; do
    "$timer" -f '%e %M' -o "$dir/time.txt" bin/quotes validate > /dev/null
    read -r wall rss < "$dir/time.txt"
    echo "| $run | $wall | $((rss / 1024)) |"
done
echo

# measure LABEL RECORDS BYTES CMD...: runs CMD once, prints one table row, sets $wall.
measure() {
    local label=$1 records=$2 bytes=$3
    shift 3
    local out="$dir/time.txt"
    local status=0
    "$timer" -f '%e %M' -o "$out" "$@" > "$dir/stdout.txt" 2> "$dir/stderr.txt" || status=$?
    if [ "$status" -gt 1 ]; then
        echo "bench: $label failed (exit $status):" >&2
        cat "$dir/stderr.txt" >&2
        exit 1
    fi
    read -r wall rss < <(tail -1 "$out")
    awk -v l="$label" -v n="$records" -v b="$bytes" -v w="$wall" -v r="$rss" -v d="${duck:-}" 'BEGIN {
        ratio = (d == "" ? "" : sprintf("%.2f", w / d));
        printf "| %s | %d | %.2f | %.0f | %.0f | %.0f | %s |\n", l, n, w, n / w, b / 1e6 / w, r / 1024, ratio }'
}

for records in "$@"; do
    need=$((records * 700 * 13 / 10 / 1024))
    avail=$(df -k --output=avail "$dir" | tail -1)
    if [ "$avail" -lt "$need" ]; then
        echo "bench: $records records need about $((need / 1024)) MB in $dir; $((avail / 1024)) MB free" >&2
        exit 2
    fi
    input="$dir/quotes-$records.jsonl"
    rm -rf "$dir/out" "$input"
    bin/quotes generate --records "$records" --seed 7 --invalid-rate 0.001 --output "$input" > /dev/null
    sync   # the file's pages are written back before the first timed run, not during it
    bytes=$(stat -c %s "$input")
    echo "## $records records ($((bytes / 1000000)) MB of JSON Lines)"
    echo
    echo "| run | records | wall s | records/s | MB/s | peak RSS MB | ours/DuckDB |"
    echo "|---|---|---|---|---|---|---|"
    duck=
    duckdb_row=$(measure "DuckDB COPY JSONL → Parquet (zstd)" "$records" "$bytes" \
        java -cp "$cp" org.newsquotes.bench.DuckDbCopy "$input" "$dir/duckdb.parquet")
    duck=$(echo "$duckdb_row" | awk -F'|' '{gsub(/ /, "", $4); print $4}')
    duck_size=$(stat -c %s "$dir/duckdb.parquet")
    rm -f "$dir/duckdb.parquet"
    measure "ours: validate only" "$records" "$bytes" bin/quotes validate "$input"
    measure "ours: JSONL → Parquet, every rule on" "$records" "$bytes" \
        bin/quotes export --input "$input" --output "$dir/out" --format parquet
    our_size=$(stat -c %s "$dir/out/$(basename "$input" .jsonl).parquet")
    rm -rf "$dir/out"
    measure "ours: JSONL → CSV, every rule on" "$records" "$bytes" \
        bin/quotes export --input "$input" --output "$dir/out" --format csv
    rm -rf "$dir/out"
    echo "$duckdb_row"
    echo
    echo "Parquet file sizes (both zstd): ours $our_size bytes, DuckDB's $duck_size bytes."
    echo
    if [ "$records" = "$1" ]; then
        echo "## Stages on one thread, ns per row ($records-record file, first 200 MB)"
        echo
        java -Xmx3g -cp "$cp" org.newsquotes.bulk.PipelineStages "$input" | sed 's/^/    /'
        echo
    fi
    rm -f "$input"
done
rm -f "$dir/time.txt" "$dir/stdout.txt" "$dir/stderr.txt"

echo "## Memory of the id set (uniqueness check)"
echo
java -Xmx1g -cp "$cp" org.newsquotes.bench.IdSetCost
echo

if [ "${BENCH_JMH:-1}" != 0 ]; then
    echo "## JMH: hot inner parts, one thread, ns per row"
    echo
    java -cp "$cp" org.openjdk.jmh.Main RowBenchmarks -f 1 -wi 3 -w 1s -i 5 -r 1s -foe true 2>&1 \
        | sed -n '/^Benchmark/,$p'
fi
