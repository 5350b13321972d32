#!/usr/bin/env python3
"""Per-stage CPU split of an anonymize batch, from the report's per-photo "cpuMs".

    bench/cpusplit.py REPORT.json [--json]

Prints, for each stage, the sum over the exported photos and the mean per photo, and
the split "detection" (detect) against "rest" (everything else: read, decode, prepare,
encode, write, verify). Times are each worker thread's own CPU time; OpenCV's helper
threads, start-up and the database writer are not in them (the process total is what
/usr/bin/time says).
"""
import json
import sys

STAGES = ["read", "decode", "detect", "prepare", "encode", "write", "verifyDecode", "verifyCheck", "verify", "total"]


def split(report):
    rows = [r["cpuMs"] for r in report["results"] if "cpuMs" in r]
    sums = {s: sum(r.get(s, 0.0) for r in rows) for s in STAGES}
    detect = sums["detect"]
    rest = sums["total"] - detect
    return len(rows), sums, detect, rest


def main():
    report = json.load(open(sys.argv[1]))
    n, sums, detect, rest = split(report)
    if "--json" in sys.argv:
        print(json.dumps({"photos": n, "sumsMs": sums, "detectMs": detect, "restMs": rest}))
        return
    if n == 0:
        print("no per-photo CPU times in the report")
        return
    for s in STAGES:
        print(f"{s:>13}: {sums[s] / 1000:8.2f} s  {sums[s] / n:8.1f} ms/photo")
    print(f"detection {detect / 1000:.2f} s ({detect / n:.0f} ms/photo), rest {rest / 1000:.2f} s ({rest / n:.0f} ms/photo)")


if __name__ == "__main__":
    main()
