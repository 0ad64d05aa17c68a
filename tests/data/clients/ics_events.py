#!/usr/bin/python3
"""Reads an iCalendar file with Python's icalendar library (Debian
python3-icalendar), the way a calendar program would, and prints what it
found as JSON: {"calname", "events": [{"uid", "start", "end", "floating",
"summary", "description", "url", "dtstamp"}]}. Used by tests/cli."""

import json
import sys

import icalendar

with open(sys.argv[1], "rb") as f:
    calendar = icalendar.Calendar.from_ical(f.read())
events = []
for event in calendar.walk("VEVENT"):
    start = event.decoded("dtstart")
    end = event.decoded("dtend")
    events.append({
        "uid": str(event["uid"]),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "floating": start.tzinfo is None and end.tzinfo is None,
        "summary": str(event["summary"]),
        "description": str(event["description"]),
        "url": str(event.get("url", "")),
        "dtstamp": event.decoded("dtstamp").isoformat(),
    })
json.dump({"calname": str(calendar.get("x-wr-calname")), "events": events}, sys.stdout, ensure_ascii=False)
