#!/usr/bin/env python3
"""`tenk report` in a real browser: headless Chromium renders index.html at
1280 and 390 px wide; the screenshots must not be blank, the page must make
no network request (Chromium's own net log is read) and log no console
error. Exit 77 (CTest's skip) when Chromium is not installed.

usage: chromium_check.py TENK_BINARY SOURCE_DIR
"""

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

        journal = os.path.join(work, "journal.log.yaml")
        with open(journal, "w") as f:
            f.write("- {date: 2026-11-02, id: python-tutorial, hours: 2, note: \"first day <b>bold?</b>\"}\n"
                    "- {date: 2026-11-03, id: python-tutorial, hours: 1.5, note: \"lists & dicts\"}\n")
        site = os.path.join(work, "site")
        run = subprocess.run([tenk, "--log", journal, "--today", "2026-11-05", "report", "-o", site],
                             env=env, capture_output=True, text=True)
        if run.returncode != 0:
            print("tenk report failed:", run.stderr)
            return 1
        page = "file://" + os.path.join(site, "index.html")
        for width in (1280, 390):
            shot, requests, console, stderr = browse(chromium, page, width, work, env)
            if not shot:
                failures.append("%d px: no screenshot (%s)" % (width, stderr[-2000:]))
                continue
            w, colours, ink = colour_count(shot)
            print("%d px: %d colours, %.1f%% not background" % (width, colours, ink * 100))
            if w != width:
                failures.append("%d px: screenshot is %d px wide" % (width, w))
            if colours < 8 or ink < 0.02:
                failures.append("%d px: the screenshot looks blank (%d colours, %.2f%% ink)" % (width, colours, ink * 100))
            failures += ["%d px: console error: %s" % (width, line) for line in console]
            failures += ["%d px: network request to %s" % (width, url) for url in requests]
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
            print("ok: the report renders at 1280 and 390 px with no request beyond its own file")
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
