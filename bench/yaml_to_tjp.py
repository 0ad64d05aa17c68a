#!/usr/bin/python3
"""Convert a tenk curriculum to a TaskJuggler 3 project, to time tj3 against
`tenk plan` on the same work (bench/run).

One resource (the learner) with the curriculum's daily hours as working hours
(hours_per_day, or `week` per weekday), 15-minute timing resolution, one task
per planned resource with effort = its hours and depends = its requirements.
Choices take their first option, as tenk does without a journal. Off dates
become leaves of the learner. A CSV report `tj3-end.csv` lists each task's end.

usage: yaml_to_tjp.py CURRICULUM.yaml START(YYYY-MM-DD) OUT.tjp
"""
import datetime
import re
import sys

import yaml

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def hours_of(value) -> float:
    """tenk durations: 1.5, "90m", "1h30m", "1:30"."""
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    if ":" in text:
        h, m = text.split(":")
        return int(h) + int(m) / 60
    m = re.fullmatch(r"(?:([\d.]+)h)?\s*(?:([\d.]+)m)?", text)
    if m and (m.group(1) or m.group(2)):
        return float(m.group(1) or 0) + float(m.group(2) or 0) / 60
    return float(text)


def clock(hours: float) -> str:
    minutes = round(hours * 60)
    return f"{9 + minutes // 60}:{minutes % 60:02d}"


def main() -> None:
    src, start, out = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(src, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    schedule = doc.get("schedule") or {}
    daily = hours_of(schedule.get("hours_per_day", 2))
    week = {d: daily for d in DAYS}
    for d, h in (schedule.get("week") or {}).items():
        week[d] = hours_of(h)
    resources = doc.get("resources") or []
    choices = doc.get("choices") or []
    by_id = {r["id"]: r for r in resources}
    first = {c["id"]: c["options"][0] for c in choices}
    options = {o for c in choices for o in c["options"]}

    def reqs(r):
        return [first.get(q, q) for q in (r.get("requires") or [])]

    # In the plan: every non-option, each first option, and what they require.
    todo = [r["id"] for r in resources if r["id"] not in options] + list(first.values())
    planned = set()
    while todo:
        rid = todo.pop()
        if rid in planned or rid not in by_id:
            continue
        planned.add(rid)
        todo.extend(reqs(by_id[rid]))

    names = {}
    for r in resources:
        base = "t_" + re.sub(r"[^A-Za-z0-9_]", "_", r["id"])
        name, k = base, 1
        while name in names.values():
            k += 1
            name = f"{base}_{k}"
        names[r["id"]] = name

    total = sum(hours_of(r["hours"]) for r in resources if r["id"] in planned)
    per_week = sum(week.values()) or 1
    span_days = int(total / per_week * 7 * 1.5) + 60
    lines = [
        f'project bench "{doc.get("id", "curriculum")}" {start} +{span_days}d {{',
        '  timezone "UTC"',
        "  timingresolution 15min",
        "}",
        'resource learner "Learner" {',
    ]
    for d in DAYS:
        if week[d] > 0:
            lines.append(f"  workinghours {d} 9:00 - {clock(week[d])}")
        else:
            lines.append(f"  workinghours {d} off")
    for off in schedule.get("off") or []:
        lines.append(f"  leaves holiday {off}")
    lines.append("}")
    for r in resources:
        if r["id"] not in planned:
            continue
        title = str(r.get("title", r["id"])).replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'task {names[r["id"]]} "{title}" {{')
        lines.append(f'  effort {hours_of(r["hours"]):g}h')
        lines.append("  allocate learner")
        deps = [names[q] for q in dict.fromkeys(reqs(r)) if q in planned]
        if deps:
            lines.append(f"  depends {', '.join(deps)}")
        lines.append("}")
    lines += [
        'taskreport tj3_end "tj3-end" {',
        "  formats csv",
        "  columns id, end",
        '  timeformat "%Y-%m-%d"',
        "}",
    ]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
