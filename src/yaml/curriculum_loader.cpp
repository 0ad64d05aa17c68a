#include "yaml/curriculum_loader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/limits.h"
#include "core/quote.h"
#include "core/suggest.h"
#include "core/utf8.h"
#include "core/validate.h"
#include "yaml/map_fields.h"
#include "yaml/parse.h"

namespace tenk {
namespace {

constexpr std::size_t kMaxIdLength = 64;
constexpr double kMaxGoalHours = 1'000'000;
constexpr long long kMaxPriority = 1'000'000'000;

const std::vector<std::string> kTopKeys = {"title",     "id",      "goal_hours", "start",   "schedule",
                                           "resources", "choices", "practice",   "tracks"};
const std::vector<std::string> kScheduleKeys = {"hours_per_day", "week",       "days_off", "off",
                                                "max_per_day",   "min_block",  "start_time", "changes"};
const std::vector<std::string> kChangeKeys = {"from", "hours_per_day", "week", "max_per_day", "min_block"};
const std::vector<std::string> kTrackKeys = {"id", "title", "share"};
constexpr double kMaxShare = 1'000'000;
const std::vector<std::string> kDayKeys = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const std::vector<std::string> kResourceKeys = {"id",  "title",    "hours",    "kind",  "url",
                                                "topics", "requires", "priority", "track", "milestone"};
const std::vector<std::string> kChoiceKeys = {"id", "title", "options"};
const std::vector<std::string> kPracticeKeys = {"id", "title", "week", "requires", "url", "topics"};

bool id_char(char c, bool first) {
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
  return !first && (c == '.' || c == '_' || c == '-');
}

// Why an id is not valid, or "" when it is.
std::string id_problem(std::string_view id) {
  if (id.empty()) return "an id must not be empty";
  if (id.size() > kMaxIdLength)
    return "id '" + std::string(id.substr(0, 20)) + "...' is too long (" + std::to_string(id.size()) +
           " characters, at most 64)";
  for (std::size_t i = 0; i < id.size(); ++i)
    if (!id_char(id[i], i == 0))
      return "invalid id " + in_quotes(id) +
             ": use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit";
  return {};
}

// "My Courses/ML 2024.yaml" -> "ml-2024": the file name made into an id, so
// that a curriculum without `id:` still gets a valid journal file name.
std::string default_id(const std::string& file) {
  std::string_view name = file;
  if (auto slash = name.find_last_of('/'); slash != std::string_view::npos) name.remove_prefix(slash + 1);
  for (std::string_view ext : {".yaml", ".yml"})
    if (name.size() > ext.size() && name.ends_with(ext)) {
      name.remove_suffix(ext.size());
      break;
    }
  std::string id;
  for (char ch : name) {
    char c = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    if (id_char(c, id.empty())) id += c;
    else if (!id.empty() && id.back() != '-') id += '-';
    if (id.size() == kMaxIdLength) break;
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? "curriculum" : id;
}

// An http(s) URL with a host, and nothing in it that could break out of an
// attribute or a terminal line.
std::string url_problem(std::string_view url) {
  for (unsigned char ch : url)
    if (ch <= 0x20 || ch == 0x7f) return "'url' must not contain spaces or control characters";
  for (std::size_t i = 0; i < url.size();) {
    unsigned cp = 0;
    std::size_t n = utf8_at(url, i, cp);
    if (n == 0) return "'url' is not valid UTF-8";
    if (cp >= 0x80 && cp <= 0x9F) return "'url' must not contain spaces or control characters";
    // Bidirectional controls make a link read as another ("Trojan Source").
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
        cp == 0x061C) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", cp);
      return std::string("'url' must not contain bidirectional controls (") + code +
             " found): they can make a link read as another";
    }
    i += n;
  }
  auto lower_starts = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) return false;
    return true;
  };
  std::size_t rest = lower_starts("https://") ? 8 : lower_starts("http://") ? 7 : 0;
  if (rest == 0) return "'url' must be an http or https URL, got " + in_quotes(url);
  std::string_view host = url.substr(rest);
  host = host.substr(0, host.find_first_of("/?#"));
  if (auto at = host.find_last_of('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  if (host.empty() || host.front() == ':') return "'url' has no host: " + in_quotes(url);
  return {};
}

// A key or a node's value in quotes, shortened, for messages (core/quote.h).
std::string quoted(std::string_view text) { return in_quotes(text); }
std::string quoted(const YamlNode& n) { return in_quotes(n.value); }

class Loader {
 public:
  Loader(Curriculum& c, Diagnostics& d) : c_(c), d_(d) {}

  // Non-const: each resource's subtree is freed once converted, so the
  // memory of the tree is reused for the curriculum instead of adding to it.
  void top(YamlNode& root) {
    if (!root.is_map()) {
      error({1, 1}, root.is_null()
                           ? "the file is empty: a curriculum needs at least 'title' and 'resources'"
                           : std::string("expected a mapping with 'title' and 'resources' at the top level, got ") +
                                 root.type_name());
      return;
    }
    MapFields f(root, kTopKeys, "at the top level", d_);
    if (auto* v = required(f, "title", "at the top level", {})) {
      c_.title_pos = v->pos;
      if (auto s = text(*v, "title")) c_.title = *s;
    }
    if (auto* v = f.get("id"); v && !v->is_null()) {
      if (auto s = text(*v, "id")) {
        if (auto problem = id_problem(*s); !problem.empty()) error(v->pos, problem);
        c_.id = *s;
      }
    }
    if (auto* v = f.get("goal_hours"); v && !v->is_null())
      if (auto h = hours(*v, "goal_hours", kMaxGoalHours)) c_.goal_hours = *h;
    if (auto* v = f.get("start"); v && !v->is_null()) c_.start = date(*v, "start");
    if (auto* v = f.get("schedule"); v && !v->is_null()) schedule(*v);
    if (auto* v = f.get("tracks"); v && !v->is_null() && list(*v, "tracks")) {
      c_.tracks_pos = v->pos;
      for (const auto& item : v->children) {
        if (too_many()) break;
        track(item);
      }
    }
    if (auto* v = required(f, "resources", "at the top level", {}); v && list(*v, "resources")) {
      c_.resources.reserve(v->children.size());
      // MapFields hands out const pointers into `root`, which is ours.
      for (auto& item : const_cast<YamlNode*>(v)->children) {
        if (too_many()) break;
        resource(item);
        item = YamlNode{};
      }
    }
    if (auto* v = f.get("choices"); v && !v->is_null() && list(*v, "choices"))
      for (const auto& item : v->children) {
        if (too_many()) break;
        choice(item);
      }
    if (auto* v = f.get("practice"); v && !v->is_null() && list(*v, "practice"))
      for (const auto& item : v->children) {
        if (too_many()) break;
        practice(item);
      }
  }

 private:
  bool too_many() const { return d_.items().size() > kMaxDiagnostics; }
  // Every message goes through here, so a file of a million bad values
  // costs a million checks, not a million strings kept and sorted.
  void error(SourcePos pos, std::string message) {
    if (!too_many()) d_.error(pos, std::move(message));
  }
  void warning(SourcePos pos, std::string message) {
    if (!too_many()) d_.warning(pos, std::move(message));
  }

  // --- the sections -------------------------------------------------------

  void schedule(const YamlNode& node) {
    c_.schedule_pos = node.pos;
    if (!expect_map(node, "'schedule'")) return;
    MapFields f(node, kScheduleKeys, "in schedule", d_);
    Minutes per_day = 120;
    if (auto* v = f.get("hours_per_day"))
      if (auto m = day_minutes(*v, "hours_per_day")) per_day = *m;
    c_.schedule.hours_per_day = per_day;
    c_.schedule.week.fill(per_day);
    if (auto* v = f.get("week"); v && !v->is_null()) {
      c_.week_pos = v->pos;
      if (expect_map(*v, "'week'")) {
        std::array<std::optional<Minutes>, 7> named{};
        week(*v, named);
        for (std::size_t d = 0; d < 7; ++d)
          if (named[d]) {
            c_.schedule.week[d] = *named[d];
            c_.schedule.week_named[d] = true;
          }
      }
    }
    days_off(f);
    if (auto* v = f.get("max_per_day")) {
      c_.max_per_day_pos = v->pos;
      if (auto n = max_per_day(*v)) c_.schedule.max_per_day = *n;
    }
    if (auto* v = f.get("min_block"))
      if (auto h = hours(*v, "min_block", kHoursPerDay)) c_.schedule.min_block = to_minutes(*h);
    if (auto* v = f.get("start_time"))
      if (auto m = time_of_day(*v, "start_time")) c_.schedule.start_time = *m;
    if (auto* v = f.get("changes"); v && !v->is_null() && list(*v, "changes"))
      for (const auto& item : v->children) {
        if (too_many()) break;
        change(item);
      }
    c_.schedule.settle();
  }

  // One entry of `schedule.changes`: the rules it changes from its date on.
  // Rules between entries (dates, max_per_day against tracks) are core/validate's.
  void change(const YamlNode& node) {
    if (!expect_map(node, "a schedule change")) return;
    MapFields f(node, kChangeKeys, "in schedule change", d_);
    ScheduleChange ch;
    ch.pos = node.pos;
    if (auto* v = f.get("from")) {
      ch.from_pos = v->pos;
      ch.from = date(*v, "from");
    } else {
      error(node.pos, "missing required key 'from' in schedule change: the date it takes effect");
    }
    if (auto* v = f.get("hours_per_day")) {
      ch.hours_per_day_pos = v->pos;
      ch.hours_per_day = day_minutes(*v, "hours_per_day");
    }
    if (auto* v = f.get("week"); v && !v->is_null())
      if (expect_map(*v, "'week'")) week(*v, ch.week);
    if (auto* v = f.get("max_per_day")) {
      ch.max_per_day_pos = v->pos;
      ch.max_per_day = max_per_day(*v);
    }
    if (auto* v = f.get("min_block"))
      if (auto h = hours(*v, "min_block", kHoursPerDay)) ch.min_block = to_minutes(*h);
    c_.schedule.changes.push_back(std::move(ch));
  }

  std::optional<int> max_per_day(const YamlNode& v) {
    auto n = integer(v, "max_per_day");
    if (!n) return std::nullopt;
    if (*n < 1 || *n > kMaxResourcesPerDay) {
      error(v.pos, "'max_per_day' must be between 1 and " + std::to_string(kMaxResourcesPerDay) + ", got " +
                       shorten(v.value, kMaxQuoted));
      return std::nullopt;
    }
    return static_cast<int>(*n);
  }

  void track(const YamlNode& node) {
    if (!expect_map(node, "a track")) return;
    MapFields f(node, kTrackKeys, "in track", d_);
    Track t;
    read_id(f, node, "track", t.id, t.pos);
    if (auto* v = required(f, "title", "in track", t.id)) t.title = text(*v, "title").value_or("");
    if (auto* v = required(f, "share", "in track", t.id)) {
      t.share_pos = v->pos;
      t.share = share(*v);
    }
    c_.tracks.push_back(std::move(t));
  }

  // A track's share: a number > 0 (0 when unreadable, after the error).
  double share(const YamlNode& v) {
    if (v.is_scalar()) {
      std::string_view s = v.value;
      bool digits = !s.empty() && s.size() <= 20;
      int dots = 0;
      for (std::size_t i = 0; digits && i < s.size(); ++i) {
        char ch = s[i];
        if (ch == '.') ++dots;
        else if (!(ch >= '0' && ch <= '9') && !(i == 0 && (ch == '-' || ch == '+'))) digits = false;
      }
      if (digits && dots <= 1 && s != "." && s != "-" && s != "+") {
        double x = std::strtod(std::string(s).c_str(), nullptr);
        if (x <= 0) error(v.pos, "'share' must be more than 0, got " + shorten(v.value, kMaxQuoted));
        else if (x > kMaxShare) error(v.pos, "'share' must be at most 1000000, got " + shorten(v.value, kMaxQuoted));
        else return x;
        return 0;
      }
    }
    error(v.pos, "'share' must be a number, got " + (v.is_scalar() ? quoted(v) : std::string(v.type_name())));
    return 0;
  }

  std::optional<bool> boolean(const YamlNode& v, std::string_view key) {
    if (v.is_scalar()) {
      for (const char* t : {"true", "True", "TRUE"})
        if (v.value == t) return true;
      for (const char* f : {"false", "False", "FALSE"})
        if (v.value == f) return false;
    }
    error(v.pos, quoted(key) + " must be true or false, got " + (v.is_scalar() ? quoted(v) : std::string(v.type_name())));
    return std::nullopt;
  }

  // A `week` mapping, mon..sun to a day's hours; days not given keep their
  // value in `out`.
  template <class Day>
  void week(const YamlNode& node, std::array<Day, 7>& out) {
    MapFields days(node, kDayKeys, "in week", d_);
    for (std::size_t i = 0; i < kDayKeys.size(); ++i)
      if (auto* day = days.get(kDayKeys[i]))
        if (auto m = day_minutes(*day, kDayKeys[i])) out[i] = *m;
  }

  // `days_off`, or its old name `off`: YAML 1.1 readers (PyYAML) read a
  // bare `off` key as the boolean false, so the file would mean something
  // else to them. Both may be given; their dates are merged.
  void days_off(const MapFields& f) {
    if (auto* key = f.key_node("off"))
      warning(key->pos, "'off' is read as the boolean false by YAML 1.1 tools such as PyYAML: "
                        "rename it 'days_off'");
    for (const char* name : {"days_off", "off"})
      if (auto* v = f.get(name); v && !v->is_null() && list(*v, name))
        for (const auto& item : v->children)
          if (auto day = date(item, name)) c_.schedule.off.push_back(*day);
    auto& off = c_.schedule.off;
    std::sort(off.begin(), off.end());
    off.erase(std::unique(off.begin(), off.end()), off.end());
  }

  // The `id` of a resource or choice: checked against the id rules; `pos`
  // is where it was written (the entry's own position when it is missing).
  void read_id(const MapFields& f, const YamlNode& node, const char* what, std::string& id, SourcePos& pos) {
    pos = node.pos;
    if (auto* v = f.get("id")) {
      pos = v->pos;
      if (auto s = text(*v, "id")) {
        id = *s;
        if (auto problem = id_problem(id); !problem.empty()) error(v->pos, problem);
      }
    } else {
      error(node.pos, std::string("missing required key 'id' in ") + what);
    }
  }

  void resource(const YamlNode& node) {
    if (!expect_map(node, "a resource")) return;
    MapFields f(node, kResourceKeys, "in resource", d_);
    Resource r;
    read_id(f, node, "resource", r.id, r.pos);
    if (auto* v = required(f, "title", "in resource", r.id)) r.title = text(*v, "title").value_or("");
    if (auto* v = required(f, "hours", "in resource", r.id))
      if (auto h = hours(*v, "hours", kMaxResourceHours)) r.minutes = to_minutes(*h);
    if (auto* v = f.get("kind"); v && !v->is_null()) r.kind = kind(*v);
    r.url = url(f);
    r.topics = topics(f);
    if (auto* v = f.get("requires"); v && !v->is_null()) r.prerequisites = refs(*v, "requires");
    if (auto* v = f.get("priority"))
      if (auto n = integer(*v, "priority")) {
        if (std::llabs(*n) > kMaxPriority) error(v->pos, "'priority' is out of range: " + shorten(v->value, kMaxQuoted));
        else r.priority = static_cast<int>(*n);
      }
    if (auto* v = f.get("track"); v && !v->is_null())
      if (auto t = text(*v, "track")) c_.track_refs.push_back({static_cast<int>(c_.resources.size()), *t, v->pos});
    if (auto* v = f.get("milestone"); v && !v->is_null())
      if (auto b = boolean(*v, "milestone")) r.milestone = *b;
    c_.resources.push_back(std::move(r));
  }

  void choice(const YamlNode& node) {
    if (!expect_map(node, "a choice")) return;
    MapFields f(node, kChoiceKeys, "in choice", d_);
    Choice ch;
    read_id(f, node, "choice", ch.id, ch.pos);
    if (auto* v = required(f, "title", "in choice", ch.id)) ch.title = text(*v, "title").value_or("");
    if (auto* v = required(f, "options", "in choice", ch.id)) ch.options = refs(*v, "options");
    c_.choices.push_back(std::move(ch));
  }

  void practice(const YamlNode& node) {
    if (!expect_map(node, "a practice item")) return;
    MapFields f(node, kPracticeKeys, "in practice item", d_);
    Practice p;
    read_id(f, node, "practice item", p.id, p.pos);
    if (auto* v = required(f, "title", "in practice item", p.id)) p.title = text(*v, "title").value_or("");
    if (auto* v = required(f, "week", "in practice item", p.id)) {
      p.week_pos = v->pos;
      const std::size_t errors = d_.error_count();
      if (expect_map(*v, "'week'")) week(*v, p.week);
      if (d_.error_count() == errors && p.week_minutes() == 0)
        error(v->pos, "practice '" + p.id + "' reserves no hours in its week: give it hours on at least one day");
    }
    p.url = url(f);
    p.topics = topics(f);
    if (auto* v = f.get("requires"); v && !v->is_null()) p.prerequisites = refs(*v, "requires");
    c_.practice.push_back(std::move(p));
  }

  // --- values -------------------------------------------------------------

  // `url`: an http(s) link, or "" when absent or invalid (then reported).
  std::string url(const MapFields& f) {
    if (auto* v = f.get("url"); v && !v->is_null())
      if (auto s = text(*v, "url")) {
        if (auto problem = url_problem(*s); problem.empty()) return *s;
        else error(v->pos, problem);
      }
    return {};
  }

  std::vector<std::string> topics(const MapFields& f) {
    std::vector<std::string> out;
    if (auto* v = f.get("topics"); v && !v->is_null() && list(*v, "topics"))
      for (const auto& item : v->children)
        if (auto s = item_text(item, "topics")) out.push_back(*s);
    return out;
  }

  // "missing required key 'title' in resource 'r1'": `where` and, once
  // read, the entry's id. Built only when missing: a big file
  // would otherwise build 200k messages nobody reads.
  const YamlNode* required(const MapFields& f, std::string_view key, std::string_view where, const std::string& id) {
    const YamlNode* v = f.get(key);
    if (!v)
      error(f.map().pos, "missing required key '" + std::string(key) + "' " + std::string(where) +
                             (id.empty() ? std::string() : " " + quoted(id)));
    return v;
  }

  // `what` starts the message: "'schedule': expected a mapping, got a list",
  // "a resource: expected a mapping, got a string".
  bool expect_map(const YamlNode& v, std::string_view what) {
    if (v.is_map()) return true;
    error(v.pos, std::string(what) + ": expected a mapping, got " + v.type_name());
    return false;
  }

  bool list(const YamlNode& v, std::string_view key) {
    if (v.is_sequence()) return true;
    error(v.pos, quoted(key) + ": expected a list, got " + v.type_name());
    return false;
  }

  std::optional<std::string> text(const YamlNode& v, std::string_view key) {
    if (v.is_scalar()) {
      if (!v.value.empty()) return v.value;
      error(v.pos, quoted(key) + " must not be empty");
      return std::nullopt;
    }
    error(v.pos, quoted(key) + ": expected a string, got " + v.type_name());
    return std::nullopt;
  }

  std::optional<std::string> item_text(const YamlNode& v, std::string_view key) {
    if (v.is_scalar() && !v.value.empty()) return v.value;
    error(v.pos, quoted(key) + " items must be strings, got " +
                        (v.is_scalar() ? std::string("an empty string") : v.type_name()));
    return std::nullopt;
  }

  std::vector<Ref> refs(const YamlNode& v, std::string_view key) {
    std::vector<Ref> out;
    if (!list(v, key)) return out;
    out.reserve(v.children.size());
    for (const auto& item : v.children)
      if (auto s = item_text(item, key)) out.push_back(Ref{*s, item.pos, {}});
    return out;
  }

  // Hours in (0, max]: a number or a duration string, at least a minute.
  std::optional<double> hours(const YamlNode& v, std::string_view key, double max) {
    auto h = duration(v, key);
    if (!h) return std::nullopt;
    const std::string why = amount_error(*h, quoted(key), shorten(v.value, kMaxQuoted), false, max);
    if (why.empty()) return h;
    error(v.pos, why);
    return std::nullopt;
  }

  // A day's study hours: 0 to 24.
  std::optional<Minutes> day_minutes(const YamlNode& v, std::string_view key) {
    auto h = duration(v, key);
    if (!h) return std::nullopt;
    if (*h < 0 || *h > kHoursPerDay) {
      error(v.pos, quoted(key) + " must be between 0 and 24 hours, got " + shorten(v.value, kMaxQuoted));
      return std::nullopt;
    }
    return to_minutes(*h);
  }

  std::optional<double> duration(const YamlNode& v, std::string_view key) {
    if (!v.is_scalar()) {
      error(v.pos, quoted(key) + ": expected hours, got " + v.type_name());
      return std::nullopt;
    }
    auto h = parse_hours(v.value);
    if (!h) error(v.pos, quoted(key) + ": cannot read " + quoted(v) +
                                " as hours (write 1.5, 90m, 1h30m or 1:30)");
    return h;
  }

  std::optional<long long> integer(const YamlNode& v, std::string_view key) {
    if (v.is_scalar()) {
      std::string_view s = v.value;
      bool negative = s.starts_with('-');
      if (negative || s.starts_with('+')) s.remove_prefix(1);
      bool ok = !s.empty() && s.size() <= 18 &&
                std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      if (ok) {
        long long n = std::stoll(std::string(s));
        return negative ? -n : n;
      }
    }
    error(v.pos, quoted(key) + " must be a whole number, got " +
                        (v.is_scalar() ? quoted(v) : std::string(v.type_name())));
    return std::nullopt;
  }

  // A time of day, "HH:MM" (or "H:MM"), 00:00 to 23:59, as minutes after
  // midnight. Quoted or not, it reaches us as text: yaml-cpp reads YAML 1.2,
  // which has no sexagesimal numbers.
  std::optional<Minutes> time_of_day(const YamlNode& v, std::string_view key) {
    if (v.is_scalar()) {
      std::string_view s = v.value;
      auto digit = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
      auto colon = s.find(':');
      bool shape = (colon == 1 || colon == 2) && s.size() == colon + 3;
      for (std::size_t i = 0; shape && i < s.size(); ++i) shape = i == colon || digit(i);
      if (shape) {
        int h = std::stoi(std::string(s.substr(0, colon)));
        int m = std::stoi(std::string(s.substr(colon + 1)));
        if (h < 24 && m < 60) return h * 60 + m;
      }
    }
    error(v.pos, quoted(key) + " must be a time of day written HH:MM, from 00:00 to 23:59, got " +
                     (v.is_scalar() ? quoted(v) : std::string(v.type_name())));
    return std::nullopt;
  }

  std::optional<Date> date(const YamlNode& v, std::string_view key) {
    if (v.is_scalar()) {
      if (auto d = Date::parse(v.value)) return d;
      error(v.pos, quoted(key) + ": " + quoted(v) + " is not a real date (expected YYYY-MM-DD)");
    } else {
      error(v.pos, quoted(key) + ": expected a date (YYYY-MM-DD), got " + v.type_name());
    }
    return std::nullopt;
  }

  Kind kind(const YamlNode& v) {
    if (v.is_scalar())
      if (auto k = kind_from_name(v.value)) return *k;
    std::string list;
    for (const auto& name : kind_names()) list += (list.empty() ? "" : ", ") + name;
    if (!v.is_scalar()) error(v.pos, std::string("'kind': expected a string, got ") + v.type_name());
    else error(v.pos, "unknown kind " + quoted(v) + did_you_mean_word(v.value, kind_names()) + "; kinds are " + list);
    return Kind::Unspecified;
  }

  Curriculum& c_;
  Diagnostics& d_;
};

}  // namespace

LoadResult load_curriculum(std::string_view text, const std::string& file) {
  LoadResult result{Curriculum{}, Diagnostics(file)};
  Curriculum& c = result.curriculum;
  c.file = file;
  c.id = default_id(file);
  auto root = parse_yaml(text, result.diagnostics);
  if (!root) return result;
  Loader(c, result.diagnostics).top(*root);
  c.resolve();
  validate(c, result.diagnostics);
  result.diagnostics.sort_by_position();
  if (result.diagnostics.items().size() > kMaxDiagnostics) {
    // Keep the top of the file: that is what the user fixes first.
    Diagnostics kept(file);
    for (std::size_t i = 0; i < kMaxDiagnostics; ++i) {
      const auto& d = result.diagnostics.items()[i];
      kept.add(d.pos, d.severity, d.message);
    }
    kept.error({}, "too many errors; only the first " + std::to_string(kMaxDiagnostics) + " are shown");
    result.diagnostics = std::move(kept);
  }
  return result;
}

}  // namespace tenk
