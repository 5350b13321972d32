#!/usr/bin/env python3
"""Fails when the committed .ts files are stale or hold unfinished translations.

usage: check_translations.py LUPDATE INPUTS.lst TS_FILE... -- LUPDATE_OPTION...

Runs lupdate over the current sources into temporary copies of the .ts files with the
options of the update_translations target, compares them with the committed ones, and
checks every message has a finished, non-empty translation.
"""
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

UPDATE_HINT = ("refresh with: cmake --build <build dir> --target update_translations, "
               "then translate the entries marked type=\"unfinished\"")


def problems_in(path):
    """Unfinished, empty or obsolete messages of one .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = (message.findtext("source") or "").strip().splitlines()
            label = f"[{name}] {source[0] if source else ''!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                found.append(f"{label}: {kind}")
                continue
            forms = translation.findall("numerusform")
            texts = [f.text for f in forms] if forms else [translation.text]
            if any(not (t or "").strip() for t in texts):
                found.append(f"{label}: empty translation")
    return found


def main():
    args = sys.argv[1:]
    split = args.index("--") if "--" in args else len(args)
    lupdate, inputs, ts_files = args[0], args[1], args[2:split]
    options = args[split + 1:]
    failed = False

    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            copies.append(copy)
        run = subprocess.run([lupdate, "-silent", *options, "@" + inputs, "-ts", *copies],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr, sep="\n")
            print("FAIL: lupdate failed")
            return 1
        # A tr() lupdate cannot attribute (a free helper, a class without Q_OBJECT or
        # Q_DECLARE_TR_FUNCTIONS) lands in a guessed context the program never looks up,
        # so its translation would never show.
        misplaced = sorted({line for line in run.stderr.splitlines() if "lacks Q_OBJECT" in line})
        if misplaced:
            failed = True
            print("FAIL: tr() calls lupdate cannot attribute to a context "
                  "(use a QObject's tr(), or struct Tr { Q_DECLARE_TR_FUNCTIONS(context) }; and Tr::tr()):")
            print("\n".join("  " + m for m in misplaced))
        for ts, copy in zip(ts_files, copies):
            with open(ts, encoding="utf-8") as f:
                committed = f.readlines()
            with open(copy, encoding="utf-8") as f:
                current = f.readlines()
            if committed != current:
                failed = True
                print(f"FAIL: {ts} is out of date with the sources; {UPDATE_HINT}")
                sys.stdout.writelines(list(difflib.unified_diff(
                    committed, current, "committed", "lupdate"))[:80])

    for ts in ts_files:
        found = problems_in(ts)
        if found:
            failed = True
            print(f"FAIL: {ts}: {len(found)} message(s) not translated:")
            print("\n".join("  " + p for p in found[:40]))
    if not failed:
        print(f"OK: {len(ts_files)} translation files up to date and complete")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
