#!/usr/bin/env python3
"""`tenk report` in a real browser: headless Chromium renders index.html at
1280 and 390 px wide, after a week of journal and after a year of it; the
screenshots must not be blank, the page must make no network request
(Chromium's own net log is read) and log no console error. Measured in the
page as Chromium lays it out: the timeline's and the burn-up's text is at
least 10 px high at 1280 px, and on a phone (390 px) each chart opens
with today in view. Exit 77 (CTest's skip) when Chromium is not installed.

usage: chromium_check.py TENK_BINARY SOURCE_DIR
"""

import datetime
import html
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

SKIP = 77


def png_pixels(path):
    """(width, height, rows of RGB(A) tuples) of an 8-bit RGB or RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype in (2, 6), "unexpected PNG format %d/%d" % (depth, ctype)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        ftype, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 255
            elif ftype == 2:
                line[x] = (line[x] + b) & 255
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def colour_count(path, step=4):
    """Distinct colours among every `step`-th pixel of every `step`-th row,
    and the share of pixels that are not the most common colour."""
    width, height, bpp, rows = png_pixels(path)
    counts = {}
    for y in range(0, height, step):
        row = rows[y]
        for x in range(0, width, step):
            px = row[x * bpp:x * bpp + 3]
            counts[px] = counts.get(px, 0) + 1
    total = sum(counts.values())
    return width, len(counts), 1 - max(counts.values()) / total


def browse(chromium, page, width, work, env):
    """Opens `page` at `width` px: (screenshot path or None, the URLs the
    page itself requested, console error lines, stderr)."""
    tag = "%d-%d" % (width, len(os.listdir(work)))
    shot = os.path.join(work, "shot-%s.png" % tag)
    netlog = os.path.join(work, "net-%s.json" % tag)
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
           "--no-first-run", "--disable-extensions", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--disable-default-apps",
           "--user-data-dir=" + os.path.join(work, "profile-" + tag),
           "--host-resolver-rules=MAP * ~NOTFOUND",
           "--log-net-log=" + netlog, "--net-log-capture-mode=Default",
           "--enable-logging=stderr", "--v=0",
           "--window-size=%d,2000" % width, "--screenshot=" + shot, page]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    console = [line for line in res.stderr.splitlines()
               if "CONSOLE" in line and ("ERROR" in line or "error" in line)]
    # Chromium's net log holds the browser's own traffic too (updates,
    # accounts); the page's requests are those made for the file:// site.
    requests = []
    with open(netlog) as f:
        text = f.read().rstrip()
    if not text.endswith("}"):
        text = text.rstrip(",") + "]}"
    log = json.loads(text)
    types = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    for event in log.get("events", []):
        params = event.get("params") or {}
        if types.get(event.get("type")) != "URL_REQUEST_START_JOB":
            continue
        url = params.get("url", "")
        from_page = params.get("initiator") != "not an origin" or "file://" in params.get("network_isolation_key", "")
        if url and from_page and not url.startswith(("file:", "data:", "about:")):
            requests.append(url)
    return (shot if os.path.exists(shot) else None), requests, console, res.stderr


# Added to a copy of the page only (the report itself runs no script): it
# measures what Chromium laid out and leaves the figures in the DOM, which
# --dump-dom then prints. A text's size on screen is its font size times
# the scale from its SVG's user units to the screen.
MEASURE = """<script>
window.addEventListener("load", function () { setTimeout(function () {
  var out = {};
  ["heatmap", "burnup", "timeline", "path"].forEach(function (id) {
    var sec = document.getElementById(id);
    if (!sec) return;
    var fig = sec.querySelector("figure"), box = fig.getBoundingClientRect();
    var least = null, smallest = "", texts = 0, today = null;
    sec.querySelectorAll("svg text").forEach(function (t) {
      if (!t.textContent.trim() || t.getBoundingClientRect().width === 0) return;
      var m = t.getScreenCTM();
      var px = parseFloat(getComputedStyle(t).fontSize) * Math.sqrt(m.a * m.a + m.b * m.b);
      texts++;
      if (least === null || px < least) { least = px; smallest = t.textContent; }
      if (t.textContent === "today") {
        var r = t.getBoundingClientRect();
        today = {left: r.left - box.left, right: r.right - box.left};
      }
    });
    var at = fig.querySelector(".at-today"), mark = null;
    if (at) mark = at.getBoundingClientRect().left - box.left;
    out[id] = {least_text_px: least, smallest: smallest, texts: texts, visible_width: fig.clientWidth,
               scroll_width: fig.scrollWidth, today: today, mark: mark};
  });
  var pre = document.createElement("pre");
  pre.id = "measured";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}, 0); });
</script>"""


def measure(chromium, site, width, work, env):
    """The figures MEASURE leaves in the page at `width` px, as a dict."""
    with open(os.path.join(site, "index.html")) as f:
        page = f.read()
    copy = os.path.join(site, "measure-%d.html" % width)
    with open(copy, "w") as f:
        # The page's policy forbids scripts; the copy lets this one run.
        # Headless Chromium lays a page out at least 500 px wide: a phone's
        # narrower page is the copy's html element held to its width.
        phone = "<style>html{width:%dpx}</style></head>" % width if width < 500 else "</head>"
        f.write(page.replace("default-src 'none';", "default-src 'none'; script-src 'unsafe-inline';")
                .replace("</head>", phone).replace("</body>", MEASURE + "</body>"))
    dom = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                          "--hide-scrollbars", "--user-data-dir=" + os.path.join(work, "profile-measure"),
                          "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=%d,2000" % width,
                          "--virtual-time-budget=5000", "--dump-dom", "file://" + copy],
                         capture_output=True, text=True, timeout=120, env=env).stdout
    start = dom.find('<pre id="measured">')
    if start < 0:
        return None
    body = dom[start + len('<pre id="measured">'):dom.find("</pre>", start)]
    return json.loads(html.unescape(body))


def followed_plan(tenk, env, work, first_day, days):
    """A journal of `days` days from `first_day` that studied exactly the
    planned blocks, practice included, as a learner who keeps the habit."""
    run = subprocess.run([tenk, "--log", os.path.join(work, "empty.log.yaml"), "--today", first_day,
                          "plan", "--json", "--days", str(days)], env=env, capture_output=True, text=True, check=True)
    lines = []
    for day in json.loads(run.stdout)["days"]:
        for b in day["blocks"]:
            lines.append("- {date: %s, id: %s, hours: %s}\n" % (day["date"], b["id"], b["hours"]))
    return "".join(lines)


def check_layout(figures, where, width):
    """What the page measured, as failures: text of the timeline and the
    burn-up at least 10 px at 1280 px; on a phone each chart opens at today."""
    if figures is None:
        return ["%s: the measuring script left nothing in the page" % where]
    print("%s: %s" % (where, json.dumps(figures, sort_keys=True)))
    failures = []
    for id in ("timeline", "burnup"):
        fig = figures.get(id)
        if fig is None or not fig["texts"]:
            failures.append("%s: no %s with text in the page" % (where, id))
        elif width >= 1280 and fig["least_text_px"] < 9.95:
            failures.append("%s: the %s's text %r is %.1f px high, under 10" %
                            (where, id, fig["smallest"], fig["least_text_px"]))
    for id in ("heatmap", "burnup", "timeline"):
        fig = figures.get(id) or {}
        if fig.get("mark") is None:
            failures.append("%s: the %s has no mark at today" % (where, id))
        elif width < 500 and not 0 <= fig["mark"] <= fig["visible_width"]:
            failures.append("%s: the %s opens without today in view (today at %.0f px of %d)" %
                            (where, id, fig["mark"], fig["visible_width"]))
    return failures


def main():
    tenk, source = sys.argv[1], sys.argv[2]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIP: chromium is not installed (apt-get install chromium)")
        return SKIP
    work = tempfile.mkdtemp(prefix="tenk-chromium-")
    try:
        env = dict(os.environ, NO_COLOR="1", HOME=work)
        for key in ("TENK_CURRICULUM", "TENK_LOG", "TENK_TODAY", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            env.pop(key, None)
        failures = []
        # The detector itself: a page that loads an image must be caught.
        control = os.path.join(work, "control.html")
        with open(control, "w") as f:
            f.write('<!DOCTYPE html><p>control</p><img src="http://example.invalid/x.png">')
        _, requests, _, _ = browse(chromium, "file://" + control, 400, work, env)
        if not any("example.invalid" in url for url in requests):
            failures.append("the net log check missed the control page's request: %r" % requests)

        # A week of journal (with hostile text in a note), and a year that
        # followed the plan.
        week = ("- {date: 2026-11-02, id: python-tutorial, hours: 2, note: \"first day <b>bold?</b>\"}\n"
                "- {date: 2026-11-03, id: python-tutorial, hours: 1.5, note: \"lists & dicts\"}\n")
        year = followed_plan(tenk, env, work, "2025-11-03", 365)
        for name, text, today in (("week", week, "2026-11-05"), ("year", year, "2026-11-03")):
            journal = os.path.join(work, name + ".log.yaml")
            with open(journal, "w") as f:
                f.write(text)
            site = os.path.join(work, "site-" + name)
            run = subprocess.run([tenk, "--log", journal, "--today", today, "report", "-o", site],
                                 env=env, capture_output=True, text=True)
            if run.returncode != 0:
                print("tenk report failed:", run.stderr)
                return 1
            page = "file://" + os.path.join(site, "index.html")
            for width in (1280, 390):
                where = "a %s of journal, %d px" % (name, width)
                shot, requests, console, stderr = browse(chromium, page, width, work, env)
                if not shot:
                    failures.append("%s: no screenshot (%s)" % (where, stderr[-2000:]))
                    continue
                w, colours, ink = colour_count(shot)
                print("%s: %d colours, %.1f%% not background" % (where, colours, ink * 100))
                if w != width:
                    failures.append("%s: screenshot is %d px wide" % (where, w))
                if colours < 8 or ink < 0.02:
                    failures.append("%s: the screenshot looks blank (%d colours, %.2f%% ink)" % (where, colours, ink * 100))
                failures += ["%s: console error: %s" % (where, line) for line in console]
                failures += ["%s: network request to %s" % (where, url) for url in requests]
                failures += check_layout(measure(chromium, site, width, work, env), where, width)
            if name == "week":
                first_site = site
        page = "file://" + os.path.join(first_site, "index.html")
        # The DOM as Chromium parsed it: the log is there, nothing external referenced.
        dom = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                              "--user-data-dir=" + os.path.join(work, "profile-dom"),
                              "--host-resolver-rules=MAP * ~NOTFOUND", "--dump-dom", page],
                             capture_output=True, text=True, timeout=120, env=env).stdout
        if "<section id=\"log\"" not in dom or "lists &amp; dicts" not in dom:
            failures.append("the parsed DOM lacks the learning log")
        for bad in ("<script", "src=\"http", "url(http", "<link"):
            if bad in dom:
                failures.append("the parsed DOM holds %r" % bad)
        for f in failures:
            print("FAIL:", f)
        if not failures:
            print("ok: the report renders at 1280 and 390 px after a week and after a year, legible, with no request beyond its own file")
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
