#!/usr/bin/env bash
# Memory bound (issues 6 and 15): a batch of 500 photos of 12 MP through `veil-cli anonymize
# --jobs 2` must stay under 1 GB peak RSS. The inputs are hard links to the 12 photos of
# 4096x3072 that `make_corpus.py --native` makes from wider-native (faces at their own size,
# as the default preset sees them at full resolution), so no 6 GB of test data is needed.
#   bench/memory.sh [BUILD_DIR] [COUNT]   (defaults: build, 500)
# With full-resolution detection a photo costs ~2 s of CPU: 500 take most of an hour on
# two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
COUNT="${2:-500}"
SHARED="${VEIL_SHARED_DIR:-$(pwd)/../shared}"
WORK="${BENCH_DIR:-/tmp/veil-bench}"
CLI="$BUILD/bin/veil-cli"
CORPUS="$WORK/native"
if [ ! -f "$CORPUS/faces.csv" ]; then
  /usr/bin/python3 "$SHARED/tools/make_corpus.py" "$SHARED/data/wider-native/images" \
    "$SHARED/data/wider-native/faces.csv" "$CORPUS" --native --count 12 >/dev/null
fi
rm -rf "$WORK/many" "$WORK/many-out" "$WORK/many.sqlite"*
mkdir -p "$WORK/many"
srcs=("$CORPUS"/*.jpg)
for i in $(seq 0 $((COUNT - 1))); do
  ln "${srcs[$((i % ${#srcs[@]}))]}" "$WORK/many/p$(printf %04d "$i").jpg"
done
/usr/bin/time -f "%M %e %U %S" -o "$WORK/mem.txt" "$CLI" --library "$WORK/many.sqlite" anonymize "$WORK/many" \
  -o "$WORK/many-out" --jobs 2 --report "$WORK/many-report.json" >/dev/null 2>"$WORK/many-stderr.txt" || true
# /usr/bin/time puts "Command exited with non-zero status N" first when photos failed.
read -r kb secs user sys < <(tail -n 1 "$WORK/mem.txt")
outputs=$(find "$WORK/many-out" -type f 2>/dev/null | wc -l)
printf 'photos=%d  outputs=%d  wall=%.1f s  CPU=%.1f s  photos/s=%.3f  peak RSS=%d MB\n' "$COUNT" "$outputs" \
  "$secs" "$(echo "$user + $sys" | bc -l)" "$(echo "$COUNT / $secs" | bc -l)" "$((kb / 1024))"
