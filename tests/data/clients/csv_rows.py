#!/usr/bin/python3
"""Reads a CSV file with Python's csv module (strict RFC 4180 dialect, UTF-8)
and prints its records as a JSON list of lists. Used by tests/cli."""

import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, strict=True))
json.dump(rows, sys.stdout, ensure_ascii=False)
