#!/usr/bin/env bash
# A/B rounds of two builds of the tool on one file: bench/ab.sh OLD.jar NEW.jar [RECORDS...]
# For each record count (default 1000000 10000000) it generates, with each build's own generator, the
# quotes JSON Lines file of that build's columns (seed 7, 0.1 % invalid rows: the same rows, and the
# same values in every column both builds have), so that each reads the rows it was made for, then
# times, in BENCH_ROUNDS rounds (default 3), each of validate, export to Parquet and export to
# CSV with A then B, one after the other, through bin/quotes (the same JVM options for both), and
# prints per run the median wall and CPU seconds of each and the ratio of B's to A's medians.
# BENCH_DIR: where the files go (default target/bench-ab). Generated files are deleted.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: bench/ab.sh OLD.jar NEW.jar [RECORDS...]" >&2; exit 2; }
old=$(realpath "$1"); new=$(realpath "$2"); shift 2
if [ $# -eq 0 ]; then set -- 1000000 10000000; fi
dir=${BENCH_DIR:-target/bench-ab}
rounds=${BENCH_ROUNDS:-3}
timer=/usr/bin/time
mkdir -p "$dir"
for jar in "$old" "$new"; do QUOTES_JAR=$jar bin/quotes validate > /dev/null 2>&1 || true; done   # class-data archives

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

for records in "$@"; do
    for side in A B; do
        jar=$old; [ "$side" = B ] && jar=$new
        rm -f "$dir/ab-$side-$records.jsonl"
        QUOTES_JAR=$jar bin/quotes generate --records "$records" --seed 7 --invalid-rate 0.001 \
            --output "$dir/ab-$side-$records.jsonl" > /dev/null
    done
    sync
    rm -f "$dir/times.txt"
    for round in $(seq "$rounds"); do
        for run in validate parquet csv; do
            for side in A B; do
                jar=$old; [ "$side" = B ] && jar=$new
                input="$dir/ab-$side-$records.jsonl"
                case $run in
                    validate) args=(validate "$input");;
                    *) args=(export --input "$input" --output "$dir/out" --format "$run");;
                esac
                status=0
                QUOTES_JAR=$jar "$timer" -f '%e %U %S %M' -o "$dir/time.txt" bin/quotes "${args[@]}" \
                    > /dev/null 2>&1 || status=$?
                [ "$status" -le 1 ] || { echo "ab: $side $run failed with exit code $status" >&2; exit 1; }
                read -r wall user sys rss < <(tail -n 1 "$dir/time.txt")   # after "Command exited with …"
                echo "$run $side $wall $(echo "$user + $sys" | bc) $rss" >> "$dir/times.txt"
                rm -rf "$dir/out"
            done
        done
    done
    echo "## A/B, $records records, $rounds rounds (A: $(basename "$(dirname "$(dirname "$old")")"), B: $(basename "$(dirname "$(dirname "$new")")"))"
    echo
    echo "| run | A wall s | B wall s | B/A wall | A CPU s | B CPU s | B/A CPU | A peak RSS MB | B peak RSS MB |"
    echo "|---|---|---|---|---|---|---|---|---|"
    for run in validate parquet csv; do
        aw=$(awk -v r=$run '$1 == r && $2 == "A" {print $3}' "$dir/times.txt" | median)
        bw=$(awk -v r=$run '$1 == r && $2 == "B" {print $3}' "$dir/times.txt" | median)
        ac=$(awk -v r=$run '$1 == r && $2 == "A" {print $4}' "$dir/times.txt" | median)
        bc_=$(awk -v r=$run '$1 == r && $2 == "B" {print $4}' "$dir/times.txt" | median)
        ar=$(awk -v r=$run '$1 == r && $2 == "A" {print $5}' "$dir/times.txt" | sort -n | tail -1)
        br=$(awk -v r=$run '$1 == r && $2 == "B" {print $5}' "$dir/times.txt" | sort -n | tail -1)
        printf '| %s | %.2f | %.2f | %.3f | %.2f | %.2f | %.3f | %d | %d |\n' "$run" "$aw" "$bw" \
            "$(echo "$bw / $aw" | bc -l)" "$ac" "$bc_" "$(echo "$bc_ / $ac" | bc -l)" $((ar / 1024)) $((br / 1024))
    done
    echo "Input: $(stat -c %s "$dir/ab-A-$records.jsonl") bytes for A, $(stat -c %s "$dir/ab-B-$records.jsonl") for B."
    echo
    rm -f "$dir/ab-A-$records.jsonl" "$dir/ab-B-$records.jsonl"
done
rm -f "$dir/time.txt"
