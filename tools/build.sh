#!/usr/bin/env bash
# Veil's two set-up commands on Debian 12:
#   tools/build.sh run    install what is missing, build, start the app
#   tools/build.sh test   install what is missing, build, run the whole test suite
#   tools/build.sh asan   the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer
#                         (CMake preset asan, build-asan/; LeakSanitizer on); CTEST_ARGS narrows it
# BUILD_DIR (default: build) and BUILD_TYPE (default: RelWithDebInfo) can be set.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
case "$mode" in
  run|test|build|asan) ;;
  *) echo "usage: $0 run|test|build|asan" >&2; exit 1 ;;
esac

BUILD_DIR="${BUILD_DIR:-build}"
BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}"

bash tools/install-deps.sh

if [ "$mode" = asan ]; then
  # The preset holds the flags and the sanitizer options (CMakePresets.json).
  cmake --preset asan ${CMAKE_ARGS:-}
  cmake --build --preset asan --parallel "$(nproc)"
  QT_QPA_PLATFORM=offscreen ctest --preset asan --parallel "$(nproc)" ${CTEST_ARGS:-}
  exit 0
fi

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" ${CMAKE_ARGS:-}
cmake --build "$BUILD_DIR" --parallel "$(nproc)"

case "$mode" in
  run)
    exec "$BUILD_DIR/bin/veil" "${@:2}"
    ;;
  test)
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" ${CTEST_ARGS:-}
    cd - >/dev/null
    # The Debian package: built with CPack, installed with apt-get, run (needs root/sudo).
    [ "${VEIL_SKIP_DEB_CHECK:-0}" = 1 ] || bash packaging/linux/check-deb.sh "$BUILD_DIR"
    ;;
esac
