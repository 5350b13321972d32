#!/usr/bin/env bash
# Per-photo time of the lossless JPEG path next to djpeg | cjpeg -quality 92 on the same
# make_corpus.py photos, in one run. Usage: bench/lossless_vs_djpeg.sh BUILD_DIR [RUNS]
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR [RUNS]}
runs=${2:-5}
shared=${VEIL_SHARED_DIR:-$(dirname "$0")/../../shared}
corpus=${CORPUS:-/tmp/veil-corpus}
if [ ! -f "$corpus/faces.csv" ]; then
  /usr/bin/python3 "$shared/tools/make_corpus.py" "$shared/data/wider-dev/images" \
    "$shared/data/wider-dev/faces.csv" "$corpus" --count 12
fi
ninja -C "$build" -j2 veil-bench-jpeg >/dev/null
"$build/bin/veil-bench-jpeg" lossless "$corpus" "$runs"
"$build/bin/veil-bench-jpeg" decode "$corpus/photo000.jpg" "$runs"
