#!/usr/bin/env bash
# Issue 6 memory bound: a batch of 500 photos of 12 MP through `veil-cli anonymize
# --jobs 2` must stay under 1 GB peak RSS. The 500 inputs are hard links to the 12
# make_corpus.py photos (same pixels, distinct names), so no 6 GB of test data is needed.
#   bench/memory.sh [BUILD_DIR] [COUNT]   (defaults: build, 500)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
COUNT="${2:-500}"
SHARED="${VEIL_SHARED_DIR:-$(pwd)/../shared}"
WORK="${BENCH_DIR:-/tmp/veil-bench}"
CLI="$BUILD/bin/veil-cli"
if [ ! -f "$WORK/corpus/faces.csv" ]; then
  /usr/bin/python3 "$SHARED/tools/make_corpus.py" "$SHARED/data/wider-dev/images" \
    "$SHARED/data/wider-dev/faces.csv" "$WORK/corpus" --count 12 >/dev/null
fi
rm -rf "$WORK/many" "$WORK/many-out" "$WORK/many.sqlite"*
mkdir -p "$WORK/many"
srcs=("$WORK"/corpus/*.jpg)
for i in $(seq 0 $((COUNT - 1))); do
  ln "${srcs[$((i % ${#srcs[@]}))]}" "$WORK/many/p$(printf %04d "$i").jpg"
done
start=$(date +%s.%N)
/usr/bin/time -f "%M %e" -o "$WORK/mem.txt" "$CLI" --library "$WORK/many.sqlite" anonymize "$WORK/many" \
  -o "$WORK/many-out" --jobs 2 >/dev/null 2>"$WORK/many-stderr.txt" || true
# /usr/bin/time puts "Command exited with non-zero status N" first when photos failed.
read -r kb secs < <(tail -n 1 "$WORK/mem.txt")
outputs=$(find "$WORK/many-out" -type f 2>/dev/null | wc -l)
printf 'photos=%d  outputs=%d  wall=%.1f s  photos/s=%.2f  peak RSS=%d MB\n' "$COUNT" "$outputs" "$secs" \
  "$(echo "$COUNT / $secs" | bc -l)" "$((kb / 1024))"
