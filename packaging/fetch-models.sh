#!/usr/bin/env bash
# Fetches the face detector models for a package build on a machine without ../shared
# (the Windows and macOS CI runners). The models are never committed; the archive is a
# .tar.gz of the shared models folder (*.onnx, LICENSE.*, SHA256SUMS, README.md) kept
# wherever the team keeps release inputs, named by the VEIL_MODELS_ARCHIVE_URL variable.
#   VEIL_MODELS_ARCHIVE_URL=https://... packaging/fetch-models.sh DEST_DIR
set -euo pipefail
dest="${1:?usage: $0 DEST_DIR}"
url="${VEIL_MODELS_ARCHIVE_URL:-}"
if [ -z "$url" ]; then
  echo "fetch-models: set VEIL_MODELS_ARCHIVE_URL (a repository variable in CI) to the" \
       "models archive: a .tar.gz of shared/models with its SHA256SUMS" >&2
  exit 1
fi
mkdir -p "$dest"
curl --fail --location --silent --show-error "$url" | tar -xz -C "$dest" --strip-components="${VEIL_MODELS_STRIP:-1}"
cd "$dest"
if command -v sha256sum >/dev/null; then sha256sum -c SHA256SUMS; else shasum -a 256 -c SHA256SUMS; fi
