#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a fixed time,
# seeded from the shared sample files. Crashes land in build-fuzz/artifacts/; copy a
# crashing input into tests/fuzz/regressions/<target>/ to make it a regression test.
#   tools/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
SHARED="${VEIL_SHARED_DIR:-$(pwd)/../shared}"

bash tools/install-deps.sh
if ! command -v clang++-14 >/dev/null || [ ! -d /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux ]; then
  apt-get install -y -qq clang-14 libclang-rt-14-dev >/dev/null
fi

CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DVEIL_FUZZ=ON -DBUILD_TESTING=ON
targets=(fuzz_import)
[ -f tests/fuzz/fuzz_sync.cpp ] && targets+=(fuzz_sync)
cmake --build build-fuzz --target "${targets[@]}" --parallel "$(nproc)"

mkdir -p build-fuzz/artifacts
for t in "${targets[@]}"; do
  corpus="build-fuzz/corpus/$t"
  mkdir -p "$corpus"
  case "$t" in
    fuzz_import)
      # Seeds: every sample file under 2 MB (libFuzzer works best with small inputs).
      find "$SHARED/data/exif-samples" -type f -size -2M \( -iname '*.jpg' -o -iname '*.tiff' -o -iname '*.heic' -o -iname '*.heif' \) \
        -exec cp -n {} "$corpus/" \; ;;
    fuzz_sync)
      cp -n tests/fuzz/seeds/sync/* "$corpus/" 2>/dev/null || true ;;
  esac
  [ -d "tests/fuzz/regressions/${t#fuzz_}" ] && cp -n tests/fuzz/regressions/"${t#fuzz_}"/* "$corpus/" 2>/dev/null || true
  echo "== $t for ${seconds}s"
  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
    "build-fuzz/bin/$t" -max_total_time="$seconds" -rss_limit_mb=4096 -max_len=1048576 -timeout=20 \
    -artifact_prefix="build-fuzz/artifacts/$t-" "$corpus" 2>&1 | tail -n 5
done
ls -l build-fuzz/artifacts
