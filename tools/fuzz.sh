#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a fixed time:
#   tools/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 60 s; targets fuzz_import fuzz_sync)
# fuzz_import is seeded with the shared sample photos; fuzz_sync with the answer examples
# in tests/fuzz/seeds/sync/ and the real answers of the test server (fuzz_sync_seeds).
# Regression inputs join the corpus too. Crashes land in build-fuzz/artifacts/; copy a
# crashing input into tests/fuzz/regressions/<target>/ (without the fuzz_ prefix) to make
# it a regression test, which tst_fuzzregressions replays in every test run.
# The run's last lines (execs, coverage) go to build-fuzz/logs/<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_import fuzz_sync)
SHARED="${VEIL_SHARED_DIR:-$(pwd)/../shared}"
JOBS="${JOBS:-$(nproc)}"

bash tools/install-deps.sh
if ! command -v clang++-14 >/dev/null || [ ! -d /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux ]; then
  apt-get install -y -qq clang-14 libclang-rt-14-dev >/dev/null
fi

CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DVEIL_FUZZ=ON -DBUILD_TESTING=ON >/dev/null
build=("${targets[@]}")
[[ " ${targets[*]} " == *" fuzz_sync "* ]] && build+=(fuzz_sync_seeds)
cmake --build build-fuzz --target "${build[@]}" --parallel "$JOBS"

mkdir -p build-fuzz/artifacts build-fuzz/logs
status=0
for t in "${targets[@]}"; do
  corpus="build-fuzz/corpus/$t"
  mkdir -p "$corpus"
  extra=()
  case "$t" in
    fuzz_import)
      # Seeds: every sample file under 2 MB (libFuzzer works best with small inputs).
      find "$SHARED/data/exif-samples" -type f -size -2M \( -iname '*.jpg' -o -iname '*.tiff' -o -iname '*.heic' -o -iname '*.heif' \) \
        -exec cp -n {} "$corpus/" \; ;;
    fuzz_sync)
      cp -n tests/fuzz/seeds/sync/* "$corpus/"
      QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 build-fuzz/bin/fuzz_sync_seeds "$corpus"
      extra=(-dict=tests/fuzz/sync.dict -max_len=65536) ;;
  esac
  regressions="tests/fuzz/regressions/${t#fuzz_}"
  [ -d "$regressions" ] && cp -n "$regressions"/* "$corpus/"
  echo "== $t for ${seconds}s ($(ls "$corpus" | wc -l) inputs in the corpus)"
  # -max_len first so a target's own (extra) value wins.
  if ! QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
    "build-fuzz/bin/$t" -max_len=1048576 -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=20 \
    -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$t-" "${extra[@]}" "$corpus" \
    > "build-fuzz/logs/$t.log" 2>&1; then
    status=1
    echo "!! $t found a problem: see build-fuzz/logs/$t.log and build-fuzz/artifacts/"
  fi
  grep -E '^(#[0-9]+ *DONE|Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb)' "build-fuzz/logs/$t.log" || true
  tail -n 3 "build-fuzz/logs/$t.log"
done
ls -l build-fuzz/artifacts
exit "$status"
