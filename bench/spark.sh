#!/usr/bin/env bash
# The Spark job against the command line, in one run, on the same generated files: for each record count
# given (default: 1000000 and 10000000) it generates one quotes JSON Lines file (seed 7, 0.1 % invalid
# rows) and times, one after the other on that file:
#   quotes export      bin/quotes export --input FILE --format parquet
#   Spark, check       bench/spark-submit.sh --master local[2] ... QuotesSparkJob FILE --report-only
#   Spark, export      bench/spark-submit.sh --master local[2] ... QuotesSparkJob FILE --output DIR
#                        --partition-by published_date:month --violations DIR
# printing for each the wall time, the CPU time (user + system) and the peak RSS (GNU time), and the CPU
# time per row; then, from the Spark export's event log, each stage's share of the executors' CPU time
# (the line-count pass, the check, the shuffle for uniqueness, the writes).
# BENCH_DIR: where the files go (default target/bench-spark; 10M records take about 7 GB, and the
# outputs 2 GB more). SPARK_SUBMIT_JAVA_OPTS: the Spark JVM's options (default -Xmx2g).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then set -- 1000000 10000000; fi
dir=${BENCH_DIR:-target/bench-spark}
timer=/usr/bin/time
[ -x "$timer" ] || { echo "bench: GNU time ($timer) is needed for CPU time and peak RSS (apt-get install time)" >&2; exit 2; }
mkdir -p "$dir" target
build_log=target/bench-spark-build.log
{ mvn -B -q install -DskipTests && mvn -B -q -f spark/pom.xml package -DskipTests; } > "$build_log" 2>&1 \
  || { cat "$build_log" >&2; exit 1; }
dir=$(cd "$dir" && pwd)

echo "## Machine"
echo
echo "- $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "- memory: $(free -h | awk '/^Mem:/ {print $2}') total"
echo "- $(java -version 2>&1 | sed -n 2p)"
echo "- Spark JVM options: ${SPARK_SUBMIT_JAVA_OPTS:--Xmx2g}"
echo

# timed NAME CMD...: runs CMD under GNU time; prints a table row with wall s, CPU s (user + system), peak RSS MB.
timed() {
  local name=$1 rows=$2
  shift 2
  "$timer" -f '%e %U %S %M' -o "$dir/time.txt" "$@" > "$dir/$name.out" 2> "$dir/$name.err" || true
  local wall user sys rss
  read -r wall user sys rss < <(tail -1 "$dir/time.txt")
  awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v rows="$rows" 'BEGIN {
    printf "| %s | %.1f | %.1f | %d | %.2f |\n", n, w, u + s, r / 1024, (u + s) * 1e6 / rows }'
}

for records in "$@"; do
  file="$dir/quotes-$records.jsonl"
  bin/quotes generate --records "$records" --seed 7 --invalid-rate 0.001 --output "$file" > /dev/null
  rm -rf "$dir/cli" "$dir/spark-out" "$dir/spark-violations" "$dir/events"
  mkdir -p "$dir/events"
  echo "## $records rows ($(( $(stat -c %s "$file") / 1000000 )) MB of JSON Lines)"
  echo
  echo "| run | wall s | CPU s | peak RSS MB | CPU µs a row |"
  echo "|---|---|---|---|---|"
  timed "quotes export" "$records" bin/quotes export --input "$file" --output "$dir/cli" --format parquet
  timed "Spark, check" "$records" bench/spark-submit.sh --master 'local[2]' \
    --class org.newsquotes.spark.QuotesSparkJob spark/target/quotes-spark.jar "$file" --report-only
  timed "Spark, export" "$records" bench/spark-submit.sh --master 'local[2]' \
    --conf spark.eventLog.enabled=true --conf "spark.eventLog.dir=file://$dir/events" \
    --conf spark.eventLog.compress=false --conf spark.eventLog.rolling.enabled=false \
    --class org.newsquotes.spark.QuotesSparkJob spark/target/quotes-spark.jar "$file" \
    --output "$dir/spark-out" --partition-by published_date:month --violations "$dir/spark-violations"
  echo
  echo "Spark export, the executors' CPU time by stage (from its event log):"
  echo
  python3 - "$dir"/events/* <<'PY'
import json, os, sys
paths = []
for arg in sys.argv[1:]:
    if os.path.isdir(arg):
        paths += sorted(os.path.join(arg, f) for f in os.listdir(arg) if f.startswith("events_"))
    else:
        paths.append(arg)
stages = {}
for path in paths:
    for line in open(path, encoding="utf-8"):
        event = json.loads(line)
        if event.get("Event") != "SparkListenerStageCompleted":
            continue
        info = event["Stage Info"]
        values = {a.get("Name"): a.get("Value", 0) for a in info.get("Accumulables", [])}
        cpu = int(values.get("internal.metrics.executorCpuTime", 0)) / 1e9
        run = int(values.get("internal.metrics.executorRunTime", 0)) / 1e3
        stages[info["Stage ID"]] = (info["Stage Name"], info.get("Number of Tasks", 0), cpu, run)
total = sum(s[2] for s in stages.values()) or 1
print("| stage | what | tasks | CPU s | task run s | share of the tasks' CPU |")
print("|---|---|---|---|---|---|")
for sid in sorted(stages):
    name, tasks, cpu, run = stages[sid]
    print(f"| {sid} | {name} | {tasks} | {cpu:.1f} | {run:.1f} | {100 * cpu / total:.0f} % |")
print(f"| | all stages | | {total:.1f} | | |")
PY
  echo
  rm -f "$file"
done
