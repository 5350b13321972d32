#!/usr/bin/env bash
# Batch throughput (issues 6 and 15): `veil-cli anonymize DIR -o OUT --jobs 2` (balanced
# preset) against the floor any tool that rewrites the photos pays -- libjpeg-turbo decode +
# encode, 2 processes in parallel -- on two sets, each side in this one invocation:
#   native: 12 photos of 4096x3072 from `make_corpus.py --native` (wider-native crowds, faces
#           at their own size: the default preset looks at them at full resolution);
#   exif:   the JPEGs of ../shared/data/exif-samples (cameras and phones, mostly no people).
# Reports wall and CPU time (user + sys) of both sides and their ratios, and the CPU split
# of veil-cli between detection and the rest (the report's per-photo "cpuMs").
#   bench/throughput.sh [BUILD_DIR] [RUNS]     (defaults: build, 3)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
RUNS="${2:-3}"
SHARED="${VEIL_SHARED_DIR:-$(pwd)/../shared}"
WORK="${BENCH_DIR:-/tmp/veil-bench}"
CLI="$BUILD/bin/veil-cli"
HERE="$(pwd)"
[ -x "$CLI" ] || { echo "build first: $CLI missing" >&2; exit 1; }

if [ ! -f "$WORK/native/faces.csv" ]; then
  /usr/bin/python3 "$SHARED/tools/make_corpus.py" "$SHARED/data/wider-native/images" \
    "$SHARED/data/wider-native/faces.csv" "$WORK/native" --native --count 12 >/dev/null
fi
rm -rf "$WORK/exif"
mkdir -p "$WORK/exif"
find "$SHARED/data/exif-samples/jpg" -type f \( -iname '*.jpg' -o -iname '*.jpeg' \) -print0 |
  while IFS= read -r -d '' f; do ln -s "$f" "$WORK/exif/$(echo "$f" | md5sum | cut -c1-8)-$(basename "$f")"; done

now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

bench_set() {
  local name="$1" dir="$WORK/$1" count
  count=$(find "$dir/" -maxdepth 1 \( -iname '*.jpg' -o -iname '*.jpeg' \) | wc -l)
  local floor_times=() veil_times=() rss=() floor_cpu=() veil_cpu=() detect=() rest=() check=()
  for run in $(seq "$RUNS"); do
    t0=$(now)
    (cd "$dir" && /usr/bin/time -f "%U %S" -o "$WORK/floor-cpu.txt" \
      sh -c "find . -maxdepth 1 \( -iname '*.jpg' -o -iname '*.jpeg' \) -print0 |
             xargs -0 -P2 -I{} sh -c 'djpeg \"{}\" | cjpeg -quality 92 >/dev/null'")
    t1=$(now)
    rm -rf "$WORK/out" "$WORK/lib.sqlite"*
    rc=0
    /usr/bin/time -f "%M %U %S" -o "$WORK/rss.txt" "$CLI" --library "$WORK/lib.sqlite" anonymize "$dir" \
      -o "$WORK/out" --jobs 2 --report "$WORK/report-$name.json" >/dev/null 2>"$WORK/stderr.txt" || rc=$?
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
    read -r d r c < <(/usr/bin/python3 "$HERE/bench/cpusplit.py" "$WORK/report-$name.json" --json |
      /usr/bin/python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["detectMs"]/1000, j["restMs"]/1000, j["sumsMs"]["verifyCheck"]/1000)')
    detect+=("$d"); rest+=("$r"); check+=("$c")
  done
  local floor veil fcpu vcpu peak exported failed dcpu rcpu ccpu
  floor=$(median "${floor_times[@]}"); veil=$(median "${veil_times[@]}")
  fcpu=$(median "${floor_cpu[@]}"); vcpu=$(median "${veil_cpu[@]}")
  dcpu=$(median "${detect[@]}"); rcpu=$(median "${rest[@]}"); ccpu=$(median "${check[@]}")
  peak=$(printf '%s\n' "${rss[@]}" | sort -g | tail -1)
  exported=$(grep -c '"status": "exported"' "$WORK/report-$name.json" || true)
  failed=$(grep -c '"status": "failed"' "$WORK/report-$name.json" || true)
  printf '== %s: %d photos, runs=%s\n' "$name" "$count" "$RUNS"
  printf 'floor (djpeg|cjpeg -quality 92, 2 parallel): wall median %.2f s [%s], CPU %.2f s\n' "$floor" "${floor_times[*]}" "$fcpu"
  printf 'veil-cli anonymize --jobs 2 (balanced):      wall median %.2f s [%s], CPU %.2f s\n' "$veil" "${veil_times[*]}" "$vcpu"
  printf 'ratios to the floor: wall %.2f, CPU %.2f   photos/s %.3f   peak RSS %d MB   exported %s/%d, failed %s\n' \
    "$(echo "$veil / $floor" | bc -l)" "$(echo "$vcpu / $fcpu" | bc -l)" "$(echo "$count / $veil" | bc -l)" \
    "$((peak / 1024))" "$exported" "$count" "$failed"
  # Worker-thread CPU of each photo's stages; the rest of the process total is start-up
  # (models), the database writer and the main thread.
  printf 'split (worker CPU): detection %.2f s, rest %.2f s = %.2fx the floor CPU; unattributed %.2f s\n' \
    "$dcpu" "$rcpu" "$(echo "$rcpu / $fcpu" | bc -l)" "$(echo "$vcpu - $dcpu - $rcpu" | bc -l)"
  # Verification's network (YuNet 2022mar over mosaics of the anonymized regions) is part
  # of the rest; shown apart because it, not the codec work, decides the ratio on crowds.
  printf 'of the rest, verification check (network) %.2f s; the rest without it %.2f s = %.2fx the floor CPU\n' \
    "$ccpu" "$(echo "$rcpu - $ccpu" | bc -l)" "$(echo "($rcpu - $ccpu) / $fcpu" | bc -l)"
}

bench_set native
bench_set exif
