#!/usr/bin/python3
"""Write a long journal for the built-in curriculum: N entries, one to three a
day, on its real resource ids, with notes, as `tenk log` writes them.

usage: gen_journal.py N OUT CURRICULUM.yaml [FIRST_DATE]
"""
import datetime
import random
import sys

import yaml


def main() -> None:
    n, out, curriculum = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    day = datetime.date.fromisoformat(sys.argv[4] if len(sys.argv) > 4 else "2016-01-01")
    ids = [r["id"] for r in yaml.safe_load(open(curriculum))["resources"]]
    rng = random.Random(42)
    lines = []
    while len(lines) < n:
        for _ in range(rng.randint(1, 3)):
            rid = rng.choice(ids)
            hours = rng.choice(["0.5", "0.75", "1", "1.5", "2"])
            note = f', note: "session {len(lines)}: notes on {rid}"' if rng.random() < 0.4 else ""
            lines.append(f"- {{date: {day.isoformat()}, id: {rid}, hours: {hours}{note}}}\n")
        day += datetime.timedelta(days=1)
    with open(out, "w") as f:
        f.writelines(lines[:n])


if __name__ == "__main__":
    main()
