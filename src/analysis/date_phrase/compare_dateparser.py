#!/usr/bin/env python3
"""Scores Python dateparser (start only, and start and end) and, given a faultline binary,
Faultline (start and end) on news_phrases.tsv, the table the Rust test checks.

    pip install dateparser
    python3 src/analysis/date_phrase/compare_dateparser.py [target/debug/faultline]
"""
import datetime
import pathlib
import subprocess
import sys

import dateparser

TABLE = pathlib.Path(__file__).with_name("news_phrases.tsv")


def rows():
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        phrase, published, start, end = line.split("\t")
        yield phrase, published, start, end


def dateparser_start(phrase, published):
    base = datetime.datetime.fromisoformat(published).replace(hour=12)
    got = dateparser.parse(phrase, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    return got.date().isoformat() if got else None


def faultline_range(binary, phrase, published):
    run = subprocess.run([binary, "date", phrase, "--relative-to", published], capture_output=True, text=True)
    fields = dict(l.split(":", 1) for l in run.stdout.splitlines() if ":" in l)
    return fields.get("start", "").strip(), fields.get("end", "").strip()


def main():
    table = list(rows())
    start_only = start_end = 0
    misses = []
    for phrase, published, start, end in table:
        got = dateparser_start(phrase, published)
        start_only += got == start
        start_end += got == start and start == end
        if got != start:
            misses.append(f"  {phrase!r} ({published}): {got}, expected {start}")
    print(f"{len(table)} phrases")
    print(f"dateparser {dateparser.__version__}: start right {start_only}/{len(table)}, "
          f"start and end right {start_end}/{len(table)}")
    if len(sys.argv) > 1:
        right = sum(faultline_range(sys.argv[1], p, pub) == (s, e) for p, pub, s, e in table)
        print(f"faultline: start and end right {right}/{len(table)}")
    print("dateparser misses:\n" + "\n".join(misses))


if __name__ == "__main__":
    main()
