#!/usr/bin/env bash
# Issue 6 throughput benchmark: `veil-cli anonymize DIR -o OUT --jobs 2` (balanced preset)
# on 12 photos of 4000x3000 made by make_corpus.py, against the floor any tool that
# rewrites the photos pays: libjpeg-turbo decode + encode, 2 processes in parallel.
# Both sides run in this one invocation, on the same files; the ratio is what counts.
#   bench/throughput.sh [BUILD_DIR] [RUNS]     (defaults: build, 3)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
RUNS="${2:-3}"
SHARED="${VEIL_SHARED_DIR:-$(pwd)/../shared}"
WORK="${BENCH_DIR:-/tmp/veil-bench}"
CLI="$BUILD/bin/veil-cli"
[ -x "$CLI" ] || { echo "build first: $CLI missing" >&2; exit 1; }

if [ ! -f "$WORK/corpus/faces.csv" ]; then
  /usr/bin/python3 "$SHARED/tools/make_corpus.py" "$SHARED/data/wider-dev/images" \
    "$SHARED/data/wider-dev/faces.csv" "$WORK/corpus" --count 12 >/dev/null
fi

now() { date +%s.%N; }
floor_times=(); veil_times=(); rss=(); floor_cpu=(); veil_cpu=()
for run in $(seq "$RUNS"); do
  t0=$(now)
  (cd "$WORK/corpus" && /usr/bin/time -f "%U %S" -o "$WORK/floor-cpu.txt" \
    sh -c "ls *.jpg | xargs -P2 -I{} sh -c 'djpeg {} | cjpeg -quality 92 >/dev/null'")
  t1=$(now)
  rm -rf "$WORK/out" "$WORK/lib.sqlite"*
  rc=0
  /usr/bin/time -f "%M %U %S" -o "$WORK/rss.txt" "$CLI" --library "$WORK/lib.sqlite" anonymize "$WORK/corpus" \
    -o "$WORK/out" --jobs 2 --report "$WORK/report.json" >/dev/null 2>"$WORK/stderr.txt" || rc=$?
  # 2 = some photos failed (e.g. verification refused them): still a timing, reported below.
  if [ "$rc" -gt 2 ] || [ "$rc" -eq 1 ]; then echo "veil-cli failed ($rc):" >&2; cat "$WORK/stderr.txt" >&2; exit 1; fi
  t2=$(now)
  floor_times+=("$(echo "$t1 - $t0" | bc -l)")
  veil_times+=("$(echo "$t2 - $t1" | bc -l)")
  # /usr/bin/time puts "Command exited with non-zero status N" first when photos failed.
  read -r kb vu vs < <(tail -n 1 "$WORK/rss.txt")
  read -r fu fs < <(tail -n 1 "$WORK/floor-cpu.txt")
  rss+=("$kb")
  veil_cpu+=("$(echo "$vu + $vs" | bc -l)")
  floor_cpu+=("$(echo "$fu + $fs" | bc -l)")
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
floor=$(median "${floor_times[@]}")
veil=$(median "${veil_times[@]}")
peak=$(printf '%s\n' "${rss[@]}" | sort -g | tail -1)
fcpu=$(median "${floor_cpu[@]}")
vcpu=$(median "${veil_cpu[@]}")
exported=$(grep -c '"status": "exported"' "$WORK/report.json" || true)
failed=$(grep -c '"status": "failed"' "$WORK/report.json" || true)
printf 'runs=%s photos=12 (4000x3000)\n' "$RUNS"
printf 'floor (djpeg|cjpeg -quality 92, 2 parallel): median %.2f s  [%s]\n' "$floor" "${floor_times[*]}"
printf 'veil-cli anonymize --jobs 2 (balanced):      median %.2f s  [%s]\n' "$veil" "${veil_times[*]}"
printf 'ratio veil/floor = %.2f   photos/s = %.2f   peak RSS = %d MB   exported = %s/12, failed = %s\n' \
  "$(echo "$veil / $floor" | bc -l)" "$(echo "12 / $veil" | bc -l)" "$((peak / 1024))" "$exported" "$failed"
# CPU time (user + sys) is much less disturbed than wall time by other load on the machine.
printf 'CPU time: floor %.2f s, veil-cli %.2f s, ratio %.2f\n' "$fcpu" "$vcpu" "$(echo "$vcpu / $fcpu" | bc -l)"
