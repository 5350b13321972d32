#!/usr/bin/python3
"""What extra whole-photo views would add to balanced on a labelled set (docs/detection.md,
"Third round").

usage: extra_views.py VEIL_CLI SET_DIR WORK_DIR

For every photo of SET_DIR/images it writes three views to WORK_DIR (mirrored, turned 90
degrees clockwise, turned 90 degrees counter-clockwise; JPEG quality 95), runs
`veil-cli eval --threads 1` with a low blur threshold on the photos and on each view, turns
the views' boxes back onto the photo and prints, with the metric of face_coverage.py (mask
scale 1.3; hidden_ge16 / precision), at several blur thresholds:
  - balanced alone (second look from 0.25, the dump re-thresholded);
  - mirror: a test-time-augmentation mean, (2 * balanced + mirrored) / 3 for a candidate
    both find (balanced's score already averages two looks), (2 * balanced + 0.1) / 3 for
    one only balanced finds and (mirrored + 0.4) / 3 for one only the mirrored view finds;
  - turned: balanced plus the turned views' boxes from a score, kept only where no balanced
    candidate (>= 0.25) overlaps them (IoU >= 0.3 or half of the smaller box), optionally
    only boxes of at least 64 px (lying faces close up).
Cost: each view is a whole extra YuNet-n pass set; the eval lines print CPU per photo.
Needs python3-opencv, python3-numpy and ../shared/tools/face_coverage.py.
"""
import collections
import csv
import os
import subprocess
import sys

import cv2
import numpy as np

MASK = 1.3


def run_eval(cli, images, faces, dump, tuning):
    env = dict(os.environ, VEIL_DETECT_TUNING=tuning)
    r = subprocess.run([cli, 'eval', '--threads', '1', '--images', images, '--faces', faces,
                        '--dump-detections', dump], env=env, capture_output=True, text=True, check=True)
    print(f'  [{os.path.basename(dump)}] ' + (r.stderr.strip().splitlines() or [''])[-1], flush=True)


def read_dets(path):
    d = collections.defaultdict(list)
    with open(path) as f:
        for row in csv.reader(f):
            if row and row[0] != 'file':
                d[row[0]].append([float(v) for v in row[1:6]])
    return d


def read_gt(path):
    d = collections.defaultdict(list)
    with open(path) as f:
        for row in csv.reader(f):
            if row and row[0] != 'file':
                d[row[0]].append([float(v) for v in row[1:5]])
    return d


def overlap(a, b):
    ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    i = ix * iy
    return i / (a[2] * a[3] + b[2] * b[3] - i + 1e-9), i / (min(a[2] * a[3], b[2] * b[3]) + 1e-9)


def coverage(gt, dets):
    """face_coverage.py's hidden_ge16 and precision (the same rules, in memory)."""
    tot = hid = ndet = ntp = 0
    for name, faces in gt.items():
        boxes = [(x + w / 2 - w * MASK / 2, y + h / 2 - h * MASK / 2, w * MASK, h * MASK) for x, y, w, h, _ in dets.get(name, [])]
        W = int(max([x + w for x, y, w, h in faces] + [x + w for x, y, w, h in boxes] + [1]) + 2)
        H = int(max([y + h for x, y, w, h in faces] + [y + h for x, y, w, h in boxes] + [1]) + 2)
        mask = np.zeros((H * 2, W * 2), bool)
        for x, y, w, h in boxes:
            mask[max(0, int(y * 2)):max(0, int((y + h) * 2 + 0.999)), max(0, int(x * 2)):max(0, int((x + w) * 2 + 0.999))] = True
        for x, y, w, h in faces:
            if w <= 0 or h < 16:
                continue
            sub = mask[int(y * 2):int((y + h) * 2 + 0.999), int(x * 2):int((x + w) * 2 + 0.999)]
            tot += 1
            hid += (sub.mean() if sub.size else 0.0) >= 0.8
        for d in dets.get(name, []):
            ndet += 1
            ntp += any(g[2] * g[3] > 0 and (overlap(d, g)[0] >= 0.3 or overlap(d, g)[1] * min(d[2] * d[3], g[2] * g[3]) / (g[2] * g[3]) >= 0.5)
                       for g in faces)
    return hid / max(tot, 1), ntp / max(ndet, 1)


def main():
    cli, setdir, work = sys.argv[1:4]
    images, faces = os.path.join(setdir, 'images'), os.path.join(setdir, 'faces.csv')
    names = sorted(n for n in os.listdir(images) if n.lower().endswith(('.jpg', '.jpeg', '.png')))
    views = {'mirror': lambda im: cv2.flip(im, 1), 'cw': lambda im: cv2.rotate(im, cv2.ROTATE_90_CLOCKWISE),
             'ccw': lambda im: cv2.rotate(im, cv2.ROTATE_90_COUNTERCLOCKWISE)}
    sizes = {}
    os.makedirs(work, exist_ok=True)
    with open(os.path.join(work, 'none.csv'), 'w') as f:  # eval needs labels; the views' are not used
        f.write('file,x,y,w,h\n' + ''.join(f'{n},0,0,1,1\n' for n in names))
    for v, fn in views.items():
        os.makedirs(os.path.join(work, v), exist_ok=True)
    for n in names:
        im = cv2.imread(os.path.join(images, n))
        sizes[n] = (im.shape[1], im.shape[0])
        for v, fn in views.items():
            out = os.path.join(work, v, n)
            if not os.path.exists(out):
                cv2.imwrite(out, fn(im), [cv2.IMWRITE_JPEG_QUALITY, 95])
    print('eval runs (CPU per photo):')
    run_eval(cli, images, faces, os.path.join(work, 'balanced.csv'), 'uncertain=0.25')
    run_eval(cli, os.path.join(work, 'mirror'), os.path.join(work, 'none.csv'), os.path.join(work, 'mirror.csv'), 'uncertain=0.2;verifyBelow=0')
    for v in ('cw', 'ccw'):
        run_eval(cli, os.path.join(work, v), os.path.join(work, 'none.csv'), os.path.join(work, v + '.csv'), 'uncertain=0.25')
    gt = read_gt(faces)
    base = read_dets(os.path.join(work, 'balanced.csv'))
    back = collections.defaultdict(list)  # views' boxes on the photo
    for v in ('mirror', 'cw', 'ccw'):
        for n, L in read_dets(os.path.join(work, v + '.csv')).items():
            W, H = sizes[n]
            for x, y, w, h, s in L:
                if v == 'mirror':
                    back[(v, n)].append([W - x - w, y, w, h, s])
                elif v == 'cw':
                    back[(v, n)].append([y, H - (x + w), h, w, s])
                else:
                    back[(v, n)].append([W - (y + h), x, h, w, s])

    def thresholded(d, t):
        return {n: [b for b in L if b[4] >= t] for n, L in d.items()}

    print('balanced alone:')
    for t in (0.35, 0.40, 0.45):
        print('  from %.2f: %.4f / %.4f' % ((t,) + coverage(gt, thresholded(base, t))))

    mean = collections.defaultdict(list)
    for n in names:
        m = back[('mirror', n)]
        used = set()
        for b in base.get(n, []):
            best, bi = 0.3, -1
            for j, c in enumerate(m):
                if j not in used and overlap(b, c)[0] > best:
                    best, bi = overlap(b, c)[0], j
            if bi >= 0:
                used.add(bi)
                c = m[bi]
                mean[n].append([(b[k] + c[k]) / 2 for k in range(4)] + [(2 * b[4] + c[4]) / 3])
            else:
                mean[n].append(b[:4] + [(2 * b[4] + 0.1) / 3])
        for j, c in enumerate(m):
            if j not in used:
                mean[n].append(c[:4] + [(c[4] + 0.4) / 3])
    print('mirror (mean of balanced and the mirrored view):')
    for t in (0.33, 0.36, 0.40):
        print('  from %.2f: %.4f / %.4f' % ((t,) + coverage(gt, thresholded(mean, t))))

    print('turned views added where balanced has no candidate:')
    for min_h, tr in ((0, 0.6), (0, 0.7), (64, 0.7), (64, 0.8)):
        dets = thresholded(base, 0.35)
        added = 0
        for n in names:
            cands = sorted((b for v in ('cw', 'ccw') for b in back[(v, n)] if b[4] >= tr and b[3] >= min_h), key=lambda b: -b[4])
            kept = []
            for b in cands:
                if any(overlap(b, c)[0] >= 0.3 or overlap(b, c)[1] >= 0.5 for c in base.get(n, [])):
                    continue
                if any(overlap(b, c)[0] >= 0.3 for c in kept):
                    continue
                kept.append(b)
            dets[n] = dets.get(n, []) + kept
            added += len(kept)
        print('  balanced from 0.35 + turned boxes of >= %d px from %.2f (%d boxes added): %.4f / %.4f'
              % ((min_h, tr, added) + coverage(gt, dets)))


if __name__ == '__main__':
    main()
