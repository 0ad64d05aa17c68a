#!/usr/bin/python3
"""Write a synthetic curriculum as YAML, for the end-to-end benchmarks.

Same shape as bench/synthetic.h: about 2 requirements per resource on earlier
resources (within the previous 2,000), a choice of 3 options every 50
resources, 1 in 20 requirements naming a choice, estimates 0.25-8 h in
quarter hours. Deterministic for a seed.

usage: gen_curriculum.py N OUT.yaml [SEED]
"""
import random
import sys


def main() -> None:
    n = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    lines = [
        f"title: Synthetic curriculum of {n} resources",
        f"id: synthetic-{n}",
        "schedule:",
        "  hours_per_day: 2",
        "  max_per_day: 3",
        "  min_block: 0.5",
        "resources:",
    ]
    for i in range(n):
        lines.append(f"  - id: r{i}")
        lines.append(f"    title: Resource {i}")
        lines.append(f"    hours: {rng.randint(1, 32) * 0.25:g}")
        reqs = []
        if i > 0:
            for _ in range(rng.randint(0, 4) // 2 + rng.randint(0, 1)):
                if i >= 153 and rng.randint(0, 19) == 0:
                    reqs.append(f"c{rng.randint(0, i // 50 - 3)}")
                else:
                    reqs.append(f"r{rng.randint(max(0, i - 2000), i - 1)}")
        reqs = list(dict.fromkeys(reqs))  # a key or id given twice is an error
        if reqs:
            lines.append(f"    requires: [{', '.join(reqs)}]")
    lines.append("choices:")
    for i in range(0, n - 2, 50):
        lines.append(f"  - id: c{i // 50}")
        lines.append(f"    title: Choice {i // 50}")
        lines.append(f"    options: [r{i}, r{i + 1}, r{i + 2}]")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
