#include "io/journal_reader.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "core/suggest.h"

namespace tenk {
namespace {

// Limits from SPEC 1/2: one entry logs at most a day; a re-estimate is at
// most what a resource may be estimated at.
constexpr double kMaxEntryHours = 24;
constexpr double kMaxLeftHours = 10'000;

const std::vector<std::string>& known_keys() {
  static const std::vector<std::string> keys = {"date", "id",     "hours", "left",
                                                "done", "note",   "choice", "pick"};
  return keys;
}

// One line's problem. Thrown inside parse_line only, caught per line, so a
// bad line never stops the reading of the next ones.
struct LineProblem {
  std::string message;
};

[[noreturn]] void fail(std::string message) { throw LineProblem{std::move(message)}; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The text of a scalar value; quoted or not, both are fine for strings.
std::string scalar_of(const YAML::Node& value, const std::string& key) {
  if (value.IsNull()) fail("'" + key + "' has no value");
  if (!value.IsScalar()) fail("'" + key + "' must be a single value");
  return value.Scalar();
}

std::string string_of(const YAML::Node& value, const std::string& key) {
  auto s = scalar_of(value, key);
  if (s.empty()) fail("'" + key + "' is empty");
  return s;
}

// Hours as minutes, within (min, max]; `allow_zero` makes the lower end
// inclusive (a `left` of 0 means "finished").
Minutes hours_of(const YAML::Node& value, const std::string& key, bool allow_zero, double max) {
  auto text = scalar_of(value, key);
  auto hours = parse_hours(text);
  if (!hours) fail("'" + key + "' must be hours such as 1.5, 90m, 1h30m or 1:30, got '" + text + "'");
  bool too_low = allow_zero ? *hours < 0 : *hours <= 0;
  if (too_low || *hours > max) {
    char range[64];
    std::snprintf(range, sizeof range, "%s 0 and at most %g", allow_zero ? "at least" : "more than", max);
    fail("'" + key + "' must be " + range + " hours, got '" + text + "'");
  }
  Minutes m = to_minutes(*hours);
  // 0.001 h is "more than 0" but rounds to no time at all.
  if (!allow_zero && m <= 0) fail("'" + key + "' is less than a minute: '" + text + "'");
  return m;
}

bool bool_of(const YAML::Node& value, const std::string& key) {
  // Only YAML 1.2 booleans, plain: "yes" or a quoted "true" would mean
  // different things to different YAML tools.
  if (value.IsScalar() && value.Tag() == "?") {
    const auto& s = value.Scalar();
    if (s == "true" || s == "True" || s == "TRUE") return true;
    if (s == "false" || s == "False" || s == "FALSE") return false;
  }
  std::string got = value.IsScalar() ? value.Scalar() : std::string("a non-scalar");
  fail("'" + key + "' must be true or false, got '" + got + "'");
}

// The entry's mapping, from a line such as `- {date: 2024-06-08, id: x, hours: 1}`.
YAML::Node mapping_of(std::string_view line) {
  YAML::Node doc;
  try {
    doc = YAML::Load(std::string(line));
  } catch (const YAML::Exception& e) {
    // A line cut by a crash usually ends here: "end of map flow not found".
    fail("not valid YAML (" + e.msg + ")");
  }
  if (!doc.IsSequence() || doc.size() != 1 || !doc[0].IsMap())
    fail("expected one entry `- {date: YYYY-MM-DD, id: ID, hours: H}`");
  return doc[0];
}

JournalEntry parse_line(std::string_view line) {
  YAML::Node map = mapping_of(line);
  JournalEntry e;
  std::vector<std::string> seen;
  bool has_date = false, has_done = false;
  for (const auto& kv : map) {
    if (!kv.first.IsScalar()) fail("keys must be plain words such as 'date'");
    const std::string key = kv.first.Scalar();
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) fail("key '" + key + "' given twice");
    seen.push_back(key);
    const YAML::Node& v = kv.second;
    if (key == "date") {
      auto text = scalar_of(v, key);
      auto d = Date::parse(text);
      if (!d) fail("'" + text + "' is not a date (expected YYYY-MM-DD)");
      e.date = *d;
      has_date = true;
    } else if (key == "id") {
      e.id = string_of(v, key);
    } else if (key == "hours") {
      e.hours = hours_of(v, key, false, kMaxEntryHours);
    } else if (key == "left") {
      e.left = hours_of(v, key, true, kMaxLeftHours);
    } else if (key == "done") {
      e.done = bool_of(v, key);
      has_done = true;
    } else if (key == "note") {
      e.note = scalar_of(v, key);
    } else if (key == "choice") {
      e.choice = string_of(v, key);
    } else if (key == "pick") {
      e.pick = string_of(v, key);
    } else {
      fail("unknown key '" + key + "'" + did_you_mean(key, known_keys()));
    }
  }
  if (!has_date) fail("missing 'date'");
  bool is_log = !e.id.empty(), is_pick = !e.choice.empty() || !e.pick.empty();
  if (is_log && is_pick) fail("an entry has either 'id' (log) or 'choice' and 'pick' (pick), not both");
  if (is_pick) {
    if (e.choice.empty()) fail("missing 'choice' for 'pick'");
    if (e.pick.empty()) fail("missing 'pick' for 'choice'");
    if (e.hours || e.left || has_done) fail("a pick entry has only date, choice, pick and note");
  } else {
    if (!is_log) fail("missing 'id' (or 'choice' and 'pick')");
    if (!e.hours && !e.left && !has_done) fail("entry for '" + e.id + "' has none of hours, left, done");
  }
  return e;
}

std::vector<std::string> option_ids(const Choice& choice) {
  std::vector<std::string> ids;
  for (const auto& ref : choice.options) ids.push_back(ref.id);
  return ids;
}

// Checks the entry's names against the curriculum; fails with a suggestion.
void check_names(const JournalEntry& e, const Curriculum& c) {
  if (!e.is_pick()) {
    auto ref = c.find(e.id);
    if (ref.is_resource()) return;
    if (ref.is_choice()) fail("'" + e.id + "' is a choice; log hours on one of its options");
    fail("unknown resource '" + e.id + "'" + did_you_mean(e.id, c.resource_ids()));
  }
  auto ref = c.find(e.choice);
  if (!ref.is_choice()) fail("unknown choice '" + e.choice + "'" + did_you_mean(e.choice, c.choice_ids()));
  const Choice& choice = c.choices[static_cast<std::size_t>(ref.index)];
  auto options = option_ids(choice);
  if (std::find(options.begin(), options.end(), e.pick) == options.end())
    fail("'" + e.pick + "' is not an option of choice '" + e.choice + "'" + did_you_mean(e.pick, options));
}

}  // namespace

JournalReadResult parse_journal(std::string_view text, const std::string& file, const Curriculum* curriculum) {
  JournalReadResult result{{}, Diagnostics(file)};
  int line_no = 0;
  while (!text.empty() || line_no == 0) {
    // Split on '\n' only: a note's newlines are always escaped by the writer.
    auto nl = text.find('\n');
    std::string_view raw = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (line_no == 1 && raw.starts_with("\xEF\xBB\xBF")) raw.remove_prefix(3);  // UTF-8 BOM
    auto line = trim(raw);
    if (line.empty() || line.front() == '#') continue;
    try {
      JournalEntry e = parse_line(line);
      if (curriculum) check_names(e, *curriculum);
      e.line = line_no;
      result.entries.push_back(std::move(e));
    } catch (const LineProblem& p) {
      result.diagnostics.warning({line_no, 0}, p.message + "; line skipped");
    } catch (const YAML::Exception& ex) {
      result.diagnostics.warning({line_no, 0}, "not a valid entry (" + ex.msg + "); line skipped");
    }
  }
  return result;
}

}  // namespace tenk
