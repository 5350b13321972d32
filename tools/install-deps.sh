#!/usr/bin/env bash
# Installs everything Veil needs to build, run and test on Debian 12.
# Idempotent: packages already present are skipped by apt-get.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-charts-dev libqt6opengl6-dev qt6-websockets-dev qt6-httpserver-dev
  qtkeychain-qt6-dev
  libopencv-dev opencv-data
  libexif-dev libheif-dev libjpeg62-turbo-dev libturbojpeg0-dev libpng-dev libwebp-dev libtiff-dev
  qt6-image-formats-plugins qt6-qpa-plugins
  libimage-exiftool-perl bc time libjpeg-turbo-progs python3 python3-numpy python3-opencv
  xvfb xauth desktop-file-utils appstream
  librsvg2-bin dpkg-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
