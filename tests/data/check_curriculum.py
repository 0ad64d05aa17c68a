#!/usr/bin/python3
"""Structural check of a tenk curriculum file (SPEC.md section 1).

Usage: tests/data/check_curriculum.py FILE [FILE ...]

Independent of the C++ implementation: it asserts the data contract
(required keys, known keys only, id format, unique ids, hours, URLs, kinds,
references, choices, acyclicity through choices) and prints totals:
resources, choices, and the hours of the default path, where each choice
takes its first option. Exit 0 if every file passes, 1 otherwise.
"""

import re
import sys

import yaml

ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
HOURS_RE = [
    re.compile(r"^(?P<m>\d+)m$"),
    re.compile(r"^(?P<h>\d+)h(?:(?P<m>\d+)m)?$"),
    re.compile(r"^(?P<h>\d+):(?P<m>[0-5]\d)$"),
]
KINDS = {"book", "course", "video", "paper", "project", "article", "other"}
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
TOP_KEYS = {"title", "id", "goal_hours", "start", "schedule", "resources", "choices"}
SCHEDULE_KEYS = {"hours_per_day", "week", "days_off", "off", "max_per_day", "min_block", "start_time"}
RESOURCE_KEYS = {"id", "title", "hours", "kind", "url", "topics", "requires", "priority"}
CHOICE_KEYS = {"id", "title", "options"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that rejects a key given twice in one mapping."""


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, "duplicate key %r" % (key,), key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse_hours(value):
    """Hours as a float, or None when unparsable. bool is not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        s = value.strip()
        try:
            return float(s)
        except ValueError:
            pass
        for rx in HOURS_RE:
            m = rx.match(s)
            if m:
                d = m.groupdict()
                return int(d.get("h") or 0) + int(d.get("m") or 0) / 60.0
    return None


def check(path):
    errors = []

    def err(msg):
        errors.append(msg)

    with open(path, encoding="utf-8") as f:
        try:
            doc = yaml.load(f, Loader=UniqueKeyLoader)
        except yaml.YAMLError as e:
            return ["YAML: %s" % e], None

    if not isinstance(doc, dict):
        return ["top level is not a mapping"], None

    for k in doc:
        if k not in TOP_KEYS:
            err("unknown top-level key %r" % k)
    if not isinstance(doc.get("title"), str) or not doc.get("title").strip():
        err("missing or empty 'title'")
    if "id" in doc and not (isinstance(doc["id"], str) and ID_RE.match(doc["id"])
                            and len(doc["id"]) <= 64):
        err("bad curriculum id %r" % doc.get("id"))
    if "goal_hours" in doc:
        g = parse_hours(doc["goal_hours"])
        if g is None or g <= 0:
            err("bad goal_hours %r" % doc["goal_hours"])
    if "start" in doc and not (DATE_RE.match(str(doc["start"]))):
        err("bad start %r" % doc["start"])

    sched = doc.get("schedule", {}) or {}
    week_total = None
    if not isinstance(sched, dict):
        err("schedule is not a mapping")
        sched = {}
    for k in sched:
        if k not in SCHEDULE_KEYS:
            err("unknown schedule key %r" % k)
    hpd = 2.0
    if "hours_per_day" in sched:
        hpd = parse_hours(sched["hours_per_day"])
        if hpd is None or not 0 <= hpd <= 24:
            err("bad hours_per_day %r" % sched["hours_per_day"])
            hpd = 0.0
    week = {d: hpd for d in WEEKDAYS}
    if "week" in sched:
        if not isinstance(sched["week"], dict):
            err("schedule.week is not a mapping")
        else:
            for d, v in sched["week"].items():
                if d not in WEEKDAYS:
                    err("unknown weekday %r in schedule.week" % d)
                    continue
                h = parse_hours(v)
                if h is None or not 0 <= h <= 24:
                    err("bad hours for %s: %r" % (d, v))
                    continue
                week[d] = h
    week_total = sum(week.values())
    if week_total <= 0:
        err("a week with no study hours at all")
    if "off" in sched:
        if not isinstance(sched["off"], list):
            err("schedule.off is not a list")
        else:
            for d in sched["off"]:
                if not DATE_RE.match(str(d)):
                    err("bad off date %r" % (d,))
    if "max_per_day" in sched:
        m = sched["max_per_day"]
        if isinstance(m, bool) or not isinstance(m, int) or m < 1:
            err("bad max_per_day %r" % m)
    if "min_block" in sched:
        mb = parse_hours(sched["min_block"])
        if mb is None or not 0 < mb <= 24:
            err("bad min_block %r" % sched["min_block"])

    resources = doc.get("resources")
    if not isinstance(resources, list) or not resources:
        err("missing or empty 'resources' list")
        resources = []
    choices = doc.get("choices", []) or []
    if not isinstance(choices, list):
        err("'choices' is not a list")
        choices = []

    ids = {}          # id -> "resource" | "choice"
    hours = {}        # resource id -> hours
    requires = {}     # resource id -> [ids]
    options = {}      # choice id -> [resource ids]
    order = []

    def claim(i, what, where):
        if not isinstance(i, str) or not ID_RE.match(i) or len(i) > 64:
            err("%s: bad id %r" % (where, i))
            return False
        if i in ids:
            err("%s: duplicate id %r" % (where, i))
            return False
        ids[i] = what
        return True

    for n, r in enumerate(resources):
        where = "resources[%d]" % n
        if not isinstance(r, dict):
            err("%s is not a mapping" % where)
            continue
        for k in r:
            if k not in RESOURCE_KEYS:
                err("%s: unknown key %r" % (where, k))
        rid = r.get("id")
        where = "resource %r" % (rid,)
        if not claim(rid, "resource", where):
            continue
        order.append(rid)
        if not isinstance(r.get("title"), str) or not r["title"].strip():
            err("%s: missing or empty title" % where)
        if "hours" not in r:
            err("%s: missing hours" % where)
            h = None
        else:
            h = parse_hours(r["hours"])
            if h is None or h <= 0 or h > 10000:
                err("%s: bad hours %r" % (where, r["hours"]))
                h = None
        hours[rid] = h or 0.0
        if "kind" in r and r["kind"] not in KINDS:
            err("%s: unknown kind %r" % (where, r["kind"]))
        if "url" in r:
            u = r["url"]
            if not isinstance(u, str) or not re.match(r"^https?://[^\s/]+", u):
                err("%s: url not http(s): %r" % (where, u))
        if "topics" in r:
            t = r["topics"]
            if not isinstance(t, list) or not all(isinstance(x, str) and x for x in t):
                err("%s: topics must be a list of strings" % where)
        if "priority" in r:
            p = r["priority"]
            if isinstance(p, bool) or not isinstance(p, int):
                err("%s: priority must be an integer" % where)
        req = r.get("requires", []) or []
        if not isinstance(req, list) or not all(isinstance(x, str) for x in req):
            err("%s: requires must be a list of ids" % where)
            req = []
        if len(set(req)) != len(req):
            err("%s: requires lists an id twice" % where)
        if rid in req:
            err("%s: requires itself" % where)
        requires[rid] = req

    for n, c in enumerate(choices):
        where = "choices[%d]" % n
        if not isinstance(c, dict):
            err("%s is not a mapping" % where)
            continue
        for k in c:
            if k not in CHOICE_KEYS:
                err("%s: unknown key %r" % (where, k))
        cid = c.get("id")
        where = "choice %r" % (cid,)
        if not claim(cid, "choice", where):
            continue
        if not isinstance(c.get("title"), str) or not c["title"].strip():
            err("%s: missing or empty title" % where)
        opts = c.get("options")
        if not isinstance(opts, list) or not all(isinstance(x, str) for x in opts):
            err("%s: options must be a list of ids" % where)
            opts = []
        if len(set(opts)) < 2:
            err("%s: fewer than 2 distinct options" % where)
        options[cid] = opts

    # references
    for rid, req in requires.items():
        for x in req:
            if x not in ids:
                err("resource %r requires unknown id %r" % (rid, x))
    option_of = {}
    for cid, opts in options.items():
        for o in opts:
            if ids.get(o) != "resource":
                err("choice %r: option %r is not a resource" % (cid, o))
            else:
                option_of.setdefault(o, cid)

    # cycles: resource -> required id; choice -> each option
    edges = {i: [] for i in ids}
    for rid, req in requires.items():
        edges[rid] = [x for x in req if x in ids]
    for cid, opts in options.items():
        edges[cid] = [o for o in opts if o in ids]
    WHITE, GREY, BLACK = 0, 1, 2
    color = {i: WHITE for i in ids}
    stack = []

    def dfs(u):
        color[u] = GREY
        stack.append(u)
        for v in edges[u]:
            if color[v] == GREY:
                cyc = stack[stack.index(v):] + [v]
                err("cycle: " + " -> ".join(cyc))
                return True
            if color[v] == WHITE and dfs(v):
                return True
        stack.pop()
        color[u] = BLACK
        return False

    sys.setrecursionlimit(max(10000, 4 * len(ids) + 100))
    for i in ids:
        if color[i] == WHITE and dfs(i):
            break

    if errors:
        return errors, None

    # default path: every non-option resource, the first option of each choice,
    # and all they require transitively (a choice resolves to its first option).
    def resolve(x):
        return options[x][0] if ids[x] == "choice" else x

    in_plan = set()
    todo = [r for r in order if r not in option_of] + [o[0] for o in options.values()]
    while todo:
        x = resolve(todo.pop())
        if x in in_plan:
            continue
        in_plan.add(x)
        todo.extend(requires[x])

    # longest chain of hours on the default path
    memo = {}

    def chain(x):
        if x not in memo:
            memo[x] = hours[x] + max([chain(resolve(y)) for y in requires[x]] or [0])
        return memo[x]

    totals = {
        "resources": len(order),
        "choices": len(options),
        "all_hours": sum(hours.values()),
        "plan_resources": len(in_plan),
        "plan_hours": sum(hours[x] for x in in_plan),
        "chain_hours": max(chain(x) for x in in_plan) if in_plan else 0,
        "week_hours": week_total,
        "goal_hours": parse_hours(doc["goal_hours"]) if "goal_hours" in doc else None,
        "choice_list": [(c, options[c]) for c in options],
    }
    return [], totals


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    ok = True
    for path in argv[1:]:
        errors, t = check(path)
        if errors:
            ok = False
            for e in errors:
                print("%s: error: %s" % (path, e))
            print("%s: FAILED (%d errors)" % (path, len(errors)))
            continue
        print("%s: OK" % path)
        print("  resources: %d, choices: %d, all resources: %.1f h"
              % (t["resources"], t["choices"], t["all_hours"]))
        print("  default path (first option of each choice): %d resources, %.1f h"
              % (t["plan_resources"], t["plan_hours"]))
        weeks = t["plan_hours"] / t["week_hours"]
        print("  longest chain of prerequisites: %.1f h" % t["chain_hours"])
        print("  default path at %.1f h/week: about %.0f weeks (%.1f years)"
              % (t["week_hours"], weeks, weeks / 52.18))
        if t["goal_hours"]:
            print("  goal: %.0f h (path is %.0f%% of it)"
                  % (t["goal_hours"], 100.0 * t["plan_hours"] / t["goal_hours"]))
        for cid, opts in t["choice_list"]:
            print("  choice %s: %s" % (cid, ", ".join(opts)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
