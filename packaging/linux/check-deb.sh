#!/usr/bin/env bash
# Builds the .deb with CPack, checks its contents, installs it and runs the installed
# programs the way a user would: no VEIL_MODELS, nothing from the build tree.
#   packaging/linux/check-deb.sh BUILD_DIR [SHARED_DIR]
# Needs root (or sudo) for apt-get; the package stays installed afterwards.
set -euo pipefail

build="$(realpath "${1:?usage: $0 BUILD_DIR [SHARED_DIR]}")"
shared="$(realpath "${2:-$(dirname "$0")/../../../shared}")"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }

cd "$build"
rm -f veil_*.deb
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log; fail "cpack -G DEB failed"; }
deb="$(ls veil_*.deb)"
echo "check-deb: built $deb ($(du -h "$deb" | cut -f1))"

# What the package must hold.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >deb-contents.txt
expected=(
  /usr/bin/veil /usr/bin/veil-cli
  /usr/share/applications/org.veil.Veil.desktop
  /usr/share/metainfo/org.veil.Veil.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/org.veil.Veil.svg
  /usr/share/icons/hicolor/48x48/apps/org.veil.Veil.png
  /usr/share/icons/hicolor/256x256/apps/org.veil.Veil.png
  /usr/share/veil/translations/veil_de.qm
  /usr/share/veil/translations/veil_fr.qm
  /usr/share/veil/translations/veil_es.qm
  /usr/share/veil/models/SHA256SUMS
)
while read -r _ model; do expected+=("/usr/share/veil/models/$model"); done <"$shared/models/SHA256SUMS"
for f in "${expected[@]}"; do
  grep -qxF "$f" deb-contents.txt || fail "$deb lacks $f"
done
depends="$(dpkg-deb -f "$deb" Depends)"
echo "check-deb: Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libopencv-dnn libexif12 libheif1 libqt6sql6-sqlite; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib (dpkg-shlibdeps or the hand-written list)"
done

# Install as a user would; apt resolves the dependencies.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends --reinstall "./$deb" >apt.log 2>&1 \
  || { cat apt.log; fail "apt-get install ./$deb failed"; }
dpkg-query -W -f='${Status}\n' veil | grep -q "install ok installed" || fail "veil is not installed"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
run() { env -u VEIL_MODELS -u VEIL_TRANSLATIONS VEIL_LIBRARY="$work/library.sqlite" LC_ALL=C.UTF-8 LANGUAGE= "$@"; }

# --version lists the installed models with their checksums.
run /usr/bin/veil-cli --version >version.txt || { cat version.txt; fail "veil-cli --version failed"; }
cat version.txt
grep -q "/usr/share/veil/models" version.txt || fail "--version does not use /usr/share/veil/models"
while read -r sum model; do
  grep -q "$model  sha256:$sum" version.txt || fail "--version does not list $model with sha256 $sum"
done <"$shared/models/SHA256SUMS"

# The installed translations load from the system locale.
run env LC_ALL=de_DE.UTF-8 /usr/bin/veil-cli --version >version-de.txt
grep -q "^Modelle: /usr/share/veil/models" version-de.txt || { cat version-de.txt; fail "German translation not used"; }

# Import photos into a fresh library, then the statistics (exit code 2 = some files
# could not be imported, the others were).
code=0
run /usr/bin/veil-cli import "$shared/data/exif-samples/jpg" >import.txt 2>&1 || code=$?
[ "$code" -eq 0 ] || [ "$code" -eq 2 ] || { cat import.txt; fail "import exited with $code"; }
run /usr/bin/veil-cli stats --json >stats.json || { cat stats.json; fail "stats failed"; }
photos="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["photos"])' stats.json)"
[ "$photos" -gt 0 ] || fail "stats counts no photos after the import"
echo "check-deb: imported $photos photos with the installed veil-cli"

# Anonymize photos with the installed models (veil-cli anonymize).
mkdir -p faces out
# A camera sample and a WIDER photo with a large face (0_Parade_Parade_0_194.jpg, a face of
# 120+ px): the models must load and find it. (Canon_40D.jpg, used before, shows an iguana:
# the detectors of issue 15 rightly find no face there.)
cp "$shared/data/exif-samples/jpg/Nikon_D70.jpg" faces/
cp "$shared/data/wider-native/images/0_Parade_Parade_0_194.jpg" faces/
run /usr/bin/veil-cli anonymize -o "$work/out" "$work/faces" >anonymize.txt 2>&1 \
  || { cat anonymize.txt; fail "veil-cli anonymize failed"; }
for f in faces/*; do
  name="$(basename "${f%.*}")"
  out="$(ls out/"$name"* 2>/dev/null | head -n 1)"
  [ -s "$out" ] || { cat anonymize.txt; fail "no anonymized output for $f"; }
  cmp -s "$f" "$out" && fail "$out is identical to its original"
done
grep -qE '\(([1-9][0-9]*) face' anonymize.txt || { cat anonymize.txt; fail "anonymize found no face in 0_Parade_Parade_0_194.jpg"; }
echo "check-deb: anonymized $(ls faces | wc -l) photos with the installed models"

echo "check-deb: OK ($deb installed and working)"
