#include "export/ics.h"

#include <cstdio>

#include "core/duration.h"
#include "core/error.h"
#include "core/limits.h"
#include "core/utf8.h"

namespace tenk {
namespace {

constexpr std::size_t kMaxLineOctets = 75;

// What an event says about the work of one block.
struct BlockText {
  std::string id, title, url;
};

// A practice block has no resource (its index is -1): it names the item.
BlockText describe(const Curriculum& c, const Block& b) {
  if (b.is_practice()) {
    const auto& p = c.practice[static_cast<std::size_t>(b.practice)];
    return {p.id, p.title, p.url};
  }
  const auto& r = c.resources[static_cast<std::size_t>(b.resource)];
  return {r.id, r.title, r.url};
}

// RFC 5545 3.3.11 TEXT: backslash, semicolon and comma escaped, a line
// break as `\n`. A CR LF pair is one line break. Other control characters
// cannot appear in a content line at all: they become spaces.
std::string escape_text(std::string_view raw) {
  std::string s = valid_utf8(raw);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    switch (ch) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r':
        if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\t': out += ch; break;
      default:
        out += (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) ? ' ' : ch;
    }
  }
  return out;
}

// RFC 5545 3.1: a content line longer than 75 octets is folded, CRLF and a
// space, and the space counts toward the next line's 75. `line` is valid
// UTF-8, so whole code points are moved to the next line, never half of one.
void put_line(std::string& out, std::string_view line) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < line.size();) {
    unsigned cp = 0;
    std::size_t n = utf8_at(line, i, cp);
    if (n == 0) n = 1;  // not reached: every value went through valid_utf8
    if (width + n > kMaxLineOctets) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line, i, n);
    width += n;
    i += n;
  }
  out += "\r\n";
}

// A floating local date-time: "20261124T180000", `minute` after the
// midnight that starts `day` (past 24 h it is a later date).
std::string local_time(Date day, Minutes minute) {
  Date date = day + static_cast<std::int32_t>(minute / kMinutesPerDay);
  if (date > Date::max()) throw InputError("the plan runs past 9999-12-31: it cannot be written as iCalendar");
  Minutes m = minute % kMinutesPerDay;
  std::string ymd = date.str();
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4s%.2s%.2sT%02d%02d00", ymd.c_str(), ymd.c_str() + 5, ymd.c_str() + 8,
                static_cast<int>(m / 60), static_cast<int>(m % 60));
  return buf;
}

std::string compact_date(Date d) {
  std::string s = d.str();
  return s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
}

}  // namespace

IcsFile ics_file(const Curriculum& c, const Plan& plan, const IcsOptions& opts) {
  IcsFile file;
  std::string& out = file.text;
  put_line(out, "BEGIN:VCALENDAR");
  put_line(out, "VERSION:2.0");
  put_line(out, "PRODID:-//tenk//tenk plan//EN");
  put_line(out, "CALSCALE:GREGORIAN");
  put_line(out, "METHOD:PUBLISH");
  put_line(out, "X-WR-CALNAME:" + escape_text(c.title));
  for (const auto& day : plan.days) {
    if (opts.until && day.date >= *opts.until) break;
    Minutes at = c.schedule.start_time;
    for (const auto& block : day.blocks) {
      BlockText t = describe(c, block);
      std::string description = format_hours(block.minutes) + " · " + t.id;
      if (!t.url.empty()) description += "\n" + t.url;
      put_line(out, "BEGIN:VEVENT");
      put_line(out, "UID:" + escape_text(compact_date(day.date) + "-" + t.id + "@" + c.id + ".tenk"));
      put_line(out, "DTSTAMP:" + opts.stamp);
      put_line(out, "DTSTART:" + local_time(day.date, at));
      put_line(out, "DTEND:" + local_time(day.date, at + block.minutes));
      put_line(out, "SUMMARY:" + escape_text(t.title));
      put_line(out, "DESCRIPTION:" + escape_text(description));
      // A URI value, not TEXT: written as is (the loader took only http(s)
      // URLs without spaces or control characters).
      if (!t.url.empty()) put_line(out, "URL:" + valid_utf8(t.url));
      put_line(out, "END:VEVENT");
      at += block.minutes;
      ++file.events;
    }
  }
  put_line(out, "END:VCALENDAR");
  return file;
}

std::string ics_stamp(std::int64_t unix_seconds) {
  std::int64_t days = unix_seconds / 86400, rest = unix_seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  std::string ymd = compact_date(Date::from_days(static_cast<std::int32_t>(days)));
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d%02d%02dZ", static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                static_cast<int>(rest % 60));
  return ymd + buf;
}

}  // namespace tenk
