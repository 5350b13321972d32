#!/usr/bin/env bash
# How many faces the detector still finds after anonymization, per method, in the whole
# photo (hair, ears and shoulders around the mask included). The balanced detector is run
# on the originals and on the exports (`--no-verify`, so nothing is withheld), and each face
# found before counts as "still detected" when a box of score >= 0.5 overlaps it with
# IoU >= 0.3 after. Export verification itself looks at what each mask holds instead
# (core/export/verification.cpp); this measures the harder, in-context question.
#   bench/obfuscation_strength.sh [BUILD_DIR] [IMAGES]   (defaults: build, 100)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
COUNT="${2:-100}"
SHARED="${VEIL_SHARED_DIR:-$(pwd)/../shared}"
WORK="${BENCH_DIR:-/tmp/veil-bench}/strength"
CLI="$(pwd)/$BUILD/bin/veil-cli"
[ -x "$CLI" ] || { echo "build first: $CLI missing" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK/in"
ls "$SHARED/data/wider-dev/images" | sort | head -n "$COUNT" | while read -r f; do
  ln -s "$SHARED/data/wider-dev/images/$f" "$WORK/in/$f"
done
"$CLI" detect "$WORK"/in/*.jpg >"$WORK/before.csv"
for method in blur pixelate solid; do
  "$CLI" --library "$WORK/$method.sqlite" anonymize "$WORK/in" -o "$WORK/$method" --method "$method" \
    --no-verify --jobs 2 >/dev/null
  "$CLI" detect "$WORK/$method"/*.jpg >"$WORK/$method.csv"
done
python3 - "$WORK" <<'PY'
import csv, os, sys, collections
work = sys.argv[1]
def load(path):
    boxes = collections.defaultdict(list)
    for r in csv.DictReader(open(path)):
        if float(r['score']) >= 0.5:
            boxes[os.path.basename(r['file']).replace('_anon.', '.')].append(
                tuple(float(r[k]) for k in ('x', 'y', 'w', 'h')))
    return boxes
def iou(a, b):
    w = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    h = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    i = w * h
    return i / (a[2] * a[3] + b[2] * b[3] - i)
before = load(os.path.join(work, 'before.csv'))
total = sum(len(v) for v in before.values())
print(f'images={len(os.listdir(os.path.join(work, "in")))} faces detected before (score >= 0.5): {total}')
for method in ('blur', 'pixelate', 'solid'):
    after = load(os.path.join(work, method + '.csv'))
    still = sum(1 for f, bs in before.items() for b in bs if any(iou(b, a) >= 0.3 for a in after.get(f, [])))
    print(f'{method:9s} still detected: {still:4d}  ({100.0 * still / max(1, total):.1f}%)')
PY
