#!/usr/bin/env bash
# The whole-process benchmark of BENCHMARKS.md. For each record count given (default: 1000000 and
# 10000000) it generates one quotes JSON Lines file (seed 7, 0.1 % invalid rows) and, in this one run,
# on that same file, times, in BENCH_ROUNDS rounds (default 3) of the four runs one after the other:
#   ours, validate only        bin/quotes validate FILE
#   ours, JSONL -> Parquet     bin/quotes export --input FILE --format parquet  (every rule on)
#   ours, JSONL -> CSV         bin/quotes export --input FILE --format csv      (every rule on)
#   DuckDB, JSONL -> Parquet   COPY (SELECT * FROM read_json(FILE)) TO … (FORMAT parquet, COMPRESSION zstd)
# and two more, the same Parquet export through org.newsquotes.bench.BulkParquetExport with bin/quotes's
# JVM options, once with our page encoder and once with parquet-java's column writers (the reference
# the tests compare our files with; BENCH_WRITERS=0 skips them), to compare the library path with our
# own code under the same conditions;
# printing the median wall time (and the fastest and slowest round), records/s, MB/s of input, peak
# RSS (GNU time, the highest of the rounds), the median of the rounds' ours/DuckDB and the sizes of the
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
# bin/quotes's JVM options (heap, collector, compiler thresholds), for the runs outside bin/quotes.
jvm_opts=$(sed -n 's/^opts="\(.*\)"$/\1/p' bin/quotes)
writers=${BENCH_WRITERS:-1}

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

# timed NAME CMD...: runs CMD once under GNU time, appending "NAME wall_s peak_rss_kb cpu_s" to
# $dir/runs.txt, cpu_s being user and system time of the process and its threads.
timed() {
    local name=$1
    shift
    local status=0
    "$timer" -f '%e %M %U %S' -o "$dir/time.txt" "$@" > "$dir/stdout.txt" 2> "$dir/stderr.txt" || status=$?
    if [ "$status" -gt 1 ]; then
        echo "bench: $name failed (exit $status):" >&2
        cat "$dir/stderr.txt" >&2
        exit 1
    fi
    tail -1 "$dir/time.txt" | awk -v name="$name" '{ printf "%s %s %s %.2f\n", name, $1, $2, $3 + $4 }' >> "$dir/runs.txt"
}

# row LABEL NAME RECORDS BYTES: one table row from the rounds of NAME in $dir/runs.txt: the median
# wall time (records/s and MB/s from it), the fastest and slowest round, the median CPU time (and
# per record), the highest peak RSS, and the median of the rounds' ratios to DuckDB's wall time in
# the same round.
row() {
    awk -v label="$1" -v name="$2" -v n="$3" -v b="$4" '
        function median(a, k,    i, j, t) {
            for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
            return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
        }
        $1 == "duckdb" { duck[++d] = $2 }
        $1 == name { wall[++k] = $2; ratio[k] = $2 / duck[d]; cpu[k] = $4; if ($3 > rss) rss = $3 }
        END {
            w = median(wall, k); lo = wall[1]; hi = wall[k]   # median sorts wall in place
            c = median(cpu, k)
            r = (name == "duckdb") ? "" : sprintf("%.2f", median(ratio, k))
            printf "| %s | %d | %.2f | %.2f–%.2f | %.0f | %.0f | %.2f | %.2f | %.0f | %s |\n", label, n, w, lo, hi,
                n / w, b / 1e6 / w, c, c * 1e6 / n, rss / 1024, r
        }' "$dir/runs.txt"
}

rounds=${BENCH_ROUNDS:-3}
for records in "$@"; do
    need=$((records * 700 * 13 / 10 / 1024))
    avail=$(df -k --output=avail "$dir" | tail -1)
    if [ "$avail" -lt "$need" ]; then
        echo "bench: $records records need about $((need / 1024)) MB in $dir; $((avail / 1024)) MB free" >&2
        exit 2
    fi
    input="$dir/quotes-$records.jsonl"
    rm -rf "$dir/out" "$input" "$dir/runs.txt"
    bin/quotes generate --records "$records" --seed 7 --invalid-rate 0.001 --output "$input" > /dev/null
    sync   # the file's pages are written back before the first timed run, not during it
    bytes=$(stat -c %s "$input")
    # Rounds of the four runs one after the other, so that a change in the machine's speed during the
    # benchmark weighs on every run alike; each ratio is to DuckDB's run of the same round.
    for round in $(seq "$rounds"); do
        timed duckdb java -cp "$cp" org.newsquotes.bench.DuckDbCopy "$input" "$dir/duckdb.parquet"
        duck_size=$(stat -c %s "$dir/duckdb.parquet")
        rm -f "$dir/duckdb.parquet"
        timed validate bin/quotes validate "$input"
        timed parquet bin/quotes export --input "$input" --output "$dir/out" --format parquet
        our_size=$(stat -c %s "$dir/out/$(basename "$input" .jsonl).parquet")
        rm -rf "$dir/out"
        timed csv bin/quotes export --input "$input" --output "$dir/out" --format csv
        rm -rf "$dir/out"
        if [ "$writers" != 0 ]; then
            for pages in own parquet-java; do
                # shellcheck disable=SC2086
                timed "pages-$pages" env MALLOC_ARENA_MAX=2 java $jvm_opts -cp "$cp" \
                    org.newsquotes.bench.BulkParquetExport "$pages" "$input" "$dir/pages.parquet"
                if [ "$pages" = own ]; then size_own=$(stat -c %s "$dir/pages.parquet"); else size_library=$(stat -c %s "$dir/pages.parquet"); fi
                rm -f "$dir/pages.parquet"
            done
        fi
    done
    echo "## $records records ($((bytes / 1000000)) MB of JSON Lines), $rounds rounds"
    echo
    echo "| run | records | wall s (median) | fastest–slowest s | records/s | MB/s | CPU s (median) | CPU µs/record | peak RSS MB | ours/DuckDB |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    row "ours: validate only" validate "$records" "$bytes"
    row "ours: JSONL → Parquet, every rule on" parquet "$records" "$bytes"
    row "ours: JSONL → CSV, every rule on" csv "$records" "$bytes"
    row "DuckDB COPY JSONL → Parquet (zstd)" duckdb "$records" "$bytes"
    if [ "$writers" != 0 ]; then
        row "ours: JSONL → Parquet (our page encoder, bench entry point)" pages-own "$records" "$bytes"
        row "ours: JSONL → Parquet (parquet-java column writers, bench entry point)" pages-parquet-java "$records" "$bytes"
    fi
    echo
    echo "Parquet file sizes (both zstd): ours $our_size bytes, DuckDB's $duck_size bytes."
    if [ "$writers" != 0 ]; then
        echo "Through the bench entry point: our page encoder $size_own bytes, parquet-java's column writers $size_library bytes."
    fi
    echo
    if [ "$records" = "$1" ]; then
        echo "## Stages on one thread, ns per row ($records-record file, first 200 MB)"
        echo
        java -Xmx3g -cp "$cp" org.newsquotes.bulk.PipelineStages "$input" | sed 's/^/    /'
        echo
    fi
    rm -f "$input"
done
rm -f "$dir/time.txt" "$dir/stdout.txt" "$dir/stderr.txt" "$dir/runs.txt"

echo "## Memory of the id set (uniqueness check)"
echo
java -Xmx1g -cp "$cp" org.newsquotes.bench.IdSetCost
echo

if [ "${BENCH_JMH:-1}" != 0 ]; then
    echo "## JMH: hot inner parts, one thread, ns per row"
    echo
    java -cp "$cp" org.openjdk.jmh.Main RowBenchmarks -f 1 -wi 3 -w 1s -i 5 -r 1s -foe true 2>&1 \
        | sed -n '/^Benchmark/,$p' | sed 's/^/    /'
fi
