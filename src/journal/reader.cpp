#include "journal/reader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <stdexcept>

#include "core/limits.h"
#include "core/quote.h"
#include "core/suggest.h"
#include "core/utf8.h"
#include "core/validate.h"
#include "files/file.h"
#include "journal/writer.h"
#include "yaml/parse.h"

namespace tenk {
namespace {

using detail::RawEntry;
using detail::RawValue;

// Limits from SPEC 1/2: one entry logs at most a day; a re-estimate is at
// most what a resource may be estimated at.

constexpr const char* kExpectedEntry = "expected one entry `- {date: YYYY-MM-DD, id: ID, hours: H}`";

// Whether a line can be an entry at all: `-`, blanks, then a flow mapping.
// Any other line is refused here, before yaml-cpp (which costs far more
// per line) and without an exception, so a file of a million broken lines
// is read as fast as a good one.
bool entry_shaped(std::string_view line) {
  if (line.size() < 3 || line[0] != '-' || (line[1] != ' ' && line[1] != '\t')) return false;
  std::size_t i = 1;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i < line.size() && line[i] == '{';
}

const std::vector<std::string>& known_keys() {
  static const std::vector<std::string> keys = {"date", "id", "hours", "left", "done", "note", "private", "choice", "pick"};
  return keys;
}

// One line's problem. Thrown inside read_line only, caught per line, so a
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

// ---- The fast path ------------------------------------------------------
// Setting up yaml-cpp for each line costs far more than the line itself,
// and every command reads the whole journal (docs/performance.md has the
// figures). Lines in the exact shape the writer writes are read here
// directly; anything else (comments, other spacing, single quotes, rare
// escapes) goes to yaml-cpp, so this only has to be right on what it
// accepts, and a test checks that it agrees with yaml-cpp there.

bool plain_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '-' || c == ':';
}

// A plain token that every YAML reader sees as the same string: starts with
// a letter or digit, not a null, and a ':' only in a clock like 1:30.
bool plain_ok(std::string_view t) {
  if (t.empty() || !std::isalnum(static_cast<unsigned char>(t.front()))) return false;
  if (t == "null" || t == "Null" || t == "NULL") return false;
  if (auto colon = t.find(':'); colon != std::string_view::npos) {
    auto digits = [](std::string_view d) {
      return !d.empty() && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    return digits(t.substr(0, colon)) && digits(t.substr(colon + 1));
  }
  return true;
}

// A double-quoted scalar starting at s[i] == '"'; on success `i` is just
// past the closing quote. Only the escapes the writer uses are handled.
std::optional<std::string> scan_quoted(std::string_view s, std::size_t& i) {
  std::string out;
  for (++i; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '"') {
      ++i;
      return out;
    }
    if (c == '\\') {
      if (i + 1 >= s.size()) return std::nullopt;
      char e = s[i + 1];
      i += 2;
      int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
      if (digits == 0) {
        if (e == '"' || e == '\\') out += e;
        else if (e == 'n') out += '\n';
        else if (e == 't') out += '\t';
        else if (e == 'r') out += '\r';
        else return std::nullopt;
        continue;
      }
      if (i + static_cast<std::size_t>(digits) > s.size()) return std::nullopt;
      unsigned cp = 0;
      for (int k = 0; k < digits; ++k) {
        char h = s[i++];
        int v = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
        if (v < 0) return std::nullopt;
        cp = cp * 16 + static_cast<unsigned>(v);
      }
      if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
      put_utf8(out, cp);
      continue;
    }
    // A run of characters taken as they are, appended at once.
    const std::size_t run = i;
    while (i < s.size() && s[i] != '"' && s[i] != '\\') {
      auto b = static_cast<unsigned char>(s[i]);
      if (b >= 0x20 && b < 0x7F) {
        ++i;
        continue;
      }
      unsigned cp = 0;
      std::size_t n = utf8_at(s, i, cp);
      if (n == 0 || detail::must_escape(cp)) return std::nullopt;
      i += n;
    }
    out.append(s, run, i - run);
  }
  return std::nullopt;  // no closing quote
}

// ---- Meaning --------------------------------------------------------------

const std::string& scalar_of(const RawValue& v, const std::string& key) {
  if (v.kind == RawValue::Kind::Null) fail(in_quotes(key) + " has no value");
  if (v.kind != RawValue::Kind::Scalar) fail(in_quotes(key) + " must be a single value");
  return v.text;
}

const std::string& string_of(const RawValue& v, const std::string& key) {
  const auto& s = scalar_of(v, key);
  if (s.empty()) fail(in_quotes(key) + " is empty");
  return s;
}

// Hours as minutes, within (0, max] ([0, max] with `allow_zero`: a `left`
// of 0 means "finished").
Minutes minutes_of(const RawValue& v, const std::string& key, bool allow_zero, double max) {
  Amount amount = read_amount(scalar_of(v, key), in_quotes(key), allow_zero, max);
  if (!amount.error.empty()) fail(amount.error);
  return amount.minutes;
}

bool bool_of(const RawValue& v, const std::string& key) {
  // Only YAML 1.2 booleans, plain: "yes" or a quoted "true" would mean
  // different things to different YAML tools.
  if (v.kind == RawValue::Kind::Scalar && v.plain) {
    if (v.text == "true" || v.text == "True" || v.text == "TRUE") return true;
    if (v.text == "false" || v.text == "False" || v.text == "FALSE") return false;
  }
  std::string got = v.kind == RawValue::Kind::Scalar ? v.text : "a non-scalar";
  fail(in_quotes(key) + " must be true or false, got " + in_quotes(got));
}

JournalEntry entry_of(const RawEntry& raw) {
  JournalEntry e;
  unsigned seen = 0;  // a bit per known key
  bool has_date = false, has_done = false, has_private = false;
  for (const auto& [key, v] : raw) {
    const auto& keys = known_keys();
    const auto known = static_cast<unsigned>(std::find(keys.begin(), keys.end(), key) - keys.begin());
    if (known < keys.size()) {
      if (seen & (1u << known)) fail("key " + in_quotes(key) + " given twice");
      seen |= 1u << known;
    }
    if (key == "date") {
      const auto& text = scalar_of(v, key);
      auto d = Date::parse(text);
      if (!d) fail(in_quotes(text) + " is not a date (expected YYYY-MM-DD)");
      e.date = *d;
      has_date = true;
    } else if (key == "id") {
      e.id = string_of(v, key);
    } else if (key == "hours") {
      e.studied_minutes = minutes_of(v, key, false, kHoursPerDay);
    } else if (key == "left") {
      e.left_minutes = minutes_of(v, key, true, kMaxResourceHours);
    } else if (key == "done") {
      e.done = bool_of(v, key);
      has_done = true;
    } else if (key == "note") {
      e.note = scalar_of(v, key);
    } else if (key == "private") {
      e.is_private = bool_of(v, key);
      has_private = true;
    } else if (key == "choice") {
      e.choice = string_of(v, key);
    } else if (key == "pick") {
      e.pick = string_of(v, key);
    } else {
      fail("unknown key " + in_quotes(key) + did_you_mean(key, known_keys()));
    }
  }
  if (!has_date) fail("missing 'date'");
  bool is_log = !e.id.empty(), is_pick = !e.choice.empty() || !e.pick.empty();
  if (is_log && is_pick) fail("an entry has either 'id' (log) or 'choice' and 'pick' (pick), not both");
  if (is_pick) {
    if (e.choice.empty()) fail("missing 'choice' for 'pick'");
    if (e.pick.empty()) fail("missing 'pick' for 'choice'");
    if (e.studied_minutes || e.left_minutes || has_done || has_private) fail("a pick entry has only date, choice, pick and note");
  } else {
    if (!is_log) fail("missing 'id' (or 'choice' and 'pick')");
    if (!e.studied_minutes && !e.left_minutes && !has_done) fail("entry for " + in_quotes(e.id) + " has none of hours, left, done");
  }
  return e;
}

JournalEntry read_line(std::string_view line) {
  if (auto raw = detail::scan_simple_line(line)) return entry_of(*raw);
  try {
    return entry_of(detail::scan_yaml_line(line));
  } catch (const std::runtime_error& e) {
    fail(e.what());
  }
}

std::vector<std::string> option_ids(const Choice& choice) {
  std::vector<std::string> ids;
  for (const auto& ref : choice.options) ids.push_back(ref.id);
  return ids;
}

// Checks the entry's names against the curriculum; fails with a
// suggestion. Returns false for a log entry whose id the curriculum no
// longer has: it is kept (its hours still count) and summed up once.
bool check_names(const JournalEntry& e, const Curriculum& c) {
  if (!e.is_pick()) {
    auto ref = c.find(e.id);
    if (ref.is_resource()) return true;
    if (ref.is_practice()) {
      if (e.done || e.left_minutes)
        fail(in_quotes(e.id) + " is a practice item, which never finishes: 'done' and 'left' do not apply to it");
      return true;
    }
    if (ref.is_choice()) fail(in_quotes(e.id) + " is a choice; log hours on one of its options");
    return false;
  }
  auto ref = c.find(e.choice);
  if (!ref.is_choice()) fail("unknown choice " + in_quotes(e.choice) + did_you_mean(e.choice, c.choice_ids()));
  auto options = option_ids(c.choices[static_cast<std::size_t>(ref.index)]);
  if (std::find(options.begin(), options.end(), e.pick) == options.end())
    fail(in_quotes(e.pick) + " is not an option of choice " + in_quotes(e.choice) + did_you_mean(e.pick, options));
  return true;
}


}  // namespace

namespace detail {

std::optional<RawEntry> scan_simple_line(std::string_view s) {
  if (!s.starts_with("- {")) return std::nullopt;
  RawEntry out;
  out.reserve(6);
  for (std::size_t i = 3;;) {
    std::size_t k = i;
    while (i < s.size() && s[i] >= 'a' && s[i] <= 'z') ++i;
    if (i == k || s.substr(i, 2) != ": ") return std::nullopt;
    std::string key(s.substr(k, i - k));
    i += 2;
    RawValue v;
    if (i < s.size() && s[i] == '"') {
      auto text = scan_quoted(s, i);
      if (!text) return std::nullopt;
      v.text = std::move(*text);
    } else {
      std::size_t p = i;
      while (i < s.size() && plain_char(s[i])) ++i;
      if (!plain_ok(s.substr(p, i - p))) return std::nullopt;
      v.text = std::string(s.substr(p, i - p));
      v.plain = true;
    }
    out.emplace_back(std::move(key), std::move(v));
    if (s.substr(i, 2) == ", ") {
      i += 2;
      continue;
    }
    if (i + 1 == s.size() && s[i] == '}') return out;
    return std::nullopt;
  }
}

RawEntry scan_yaml_line(std::string_view line) {
  // An entry is a list of one flat mapping: two levels, a dozen nodes.
  const YamlLimits limits{4, 64};
  Diagnostics diags;
  auto doc = parse_yaml(line, diags, limits);
  if (!doc) {
    // A line cut by a crash usually ends here: "end of map flow not found".
    const std::string& why = diags.items().empty() ? std::string("unreadable") : diags.items().front().message;
    throw std::runtime_error("not valid YAML (" + why + ")");
  }
  if (!doc->is_sequence() || doc->children.size() != 1 || !doc->children[0].is_map())
    throw std::runtime_error(kExpectedEntry);
  const YamlNode& map = doc->children[0];
  RawEntry out;
  for (std::size_t i = 0; i < map.map_size(); ++i) {
    if (!map.key(i).is_scalar()) throw std::runtime_error("keys must be plain words such as 'date'");
    const YamlNode& n = map.val(i);
    RawValue v;
    v.kind = n.is_null() ? RawValue::Kind::Null : n.is_scalar() ? RawValue::Kind::Scalar : RawValue::Kind::Other;
    if (n.is_scalar()) {
      // yaml-cpp hands on bytes that are not UTF-8 as they are, and the writer
      // can only write them as U+FFFD: read them so, and an entry reads the
      // same before and after it is written back.
      v.text = valid_utf8(n.value);
      v.plain = !n.quoted;
    }
    out.emplace_back(map.key(i).value, std::move(v));
  }
  return out;
}

}  // namespace detail

std::string too_long_problem(std::size_t bytes) {
  return "line of " + std::to_string(bytes) + " bytes, longer than any entry (at most " +
         std::to_string(kMaxJournalLine) + ")";
}

JournalLine read_journal_line(std::string_view raw, int line_number, const Curriculum* curriculum) {
  JournalLine out;
  if (raw.size() > kMaxJournalLine) {
    out.kind = JournalLine::Kind::Skipped;
    out.problem = too_long_problem(raw.size());
    return out;
  }
  if (line_number == 1 && raw.starts_with("\xEF\xBB\xBF")) raw.remove_prefix(3);  // UTF-8 BOM
  auto text = trim(raw);
  if (text.empty()) return out;
  if (text.front() == '#') {
    out.kind = JournalLine::Kind::Comment;
    return out;
  }
  out.kind = JournalLine::Kind::Skipped;
  if (!entry_shaped(text)) {
    out.problem = kExpectedEntry;
    return out;
  }
  try {
    JournalEntry e = read_line(text);
    if (curriculum && !check_names(e, *curriculum)) out.unknown_id = true;
    e.line = line_number;
    out.entry = std::move(e);
    out.kind = JournalLine::Kind::Entry;
  } catch (const LineProblem& p) {
    out.problem = p.message;
  } catch (const std::exception& ex) {
    // Anything else (out of memory): still a skipped line, never a crash.
    out.problem = std::string("not a valid entry (") + ex.what() + ")";
  }
  return out;
}

namespace {

// The most entries reserved before any is read (11 MB of address space;
// pages are only touched as entries fill them). A journal of years fits
// without a reallocation, which would touch its memory twice; yet the
// file's size says nothing of how many of its lines are entries (one huge
// skipped line, a sparse file), and reserving for the most it could hold
// asked for gigabytes.
constexpr std::size_t kMaxReserved = std::size_t{1} << 16;

// Lines in, entries and warnings out: the one loop behind parse_journal and
// read_journal.
class JournalParser {
 public:
  // Room for at most `expected_entries` is reserved up front, and the
  // entries grow as they are read past that.
  JournalParser(const std::string& file, const Curriculum* curriculum, std::size_t expected_entries)
      : result_{{}, Diagnostics(file)}, curriculum_(curriculum) {
    result_.entries.reserve(std::min(expected_entries, kMaxReserved));
  }

  void line(std::string_view raw) {
    JournalLine read = read_journal_line(raw, ++line_no_, curriculum_);
    if (read.kind == JournalLine::Kind::Skipped) return warn(read.problem + "; line skipped");
    if (read.kind != JournalLine::Kind::Entry) return;
    if (read.unknown_id) unknown(read.entry);
    result_.entries.push_back(std::move(read.entry));
  }

  void too_long(std::size_t bytes) {
    ++line_no_;
    warn(too_long_problem(bytes) + "; line skipped");
  }

  JournalReadResult finish() {
    // One warning for all the entries on ids the curriculum no longer has
    // (SPEC 2): a resource removed from the curriculum must not bury every
    // command under a line per entry it ever had.
    if (unknown_lines_ > 0) {
      std::string ids;
      for (std::size_t i = 0; i < unknown_ids_.size() && i < 5; ++i)
        ids += (i ? ", " : "") + unknown_ids_[i] + did_you_mean(unknown_ids_[i], known_ids_);
      if (unknown_ids_.size() > 5) ids += ", ...";
      result_.diagnostics.warning({first_unknown_line_, 0},
                                  std::to_string(unknown_lines_) + (unknown_lines_ == 1 ? " entry logs" : " entries log") +
                                      " hours on ids not in the curriculum (" + ids +
                                      "); their hours still count toward your totals");
    }
    return std::move(result_);
  }

 private:
  void warn(std::string message) {
    if (result_.diagnostics.items().size() < kMaxDiagnostics)
      result_.diagnostics.warning({line_no_, 0}, std::move(message));
    else
      ++result_.warnings_not_kept;
  }

  void unknown(const JournalEntry& e) {
    if (unknown_lines_++ == 0) {
      first_unknown_line_ = line_no_;
      known_ids_ = curriculum_->resource_ids();
      auto practice = curriculum_->practice_ids();
      known_ids_.insert(known_ids_.end(), practice.begin(), practice.end());
    }
    if (std::find(unknown_ids_.begin(), unknown_ids_.end(), e.id) == unknown_ids_.end() && unknown_ids_.size() <= 5)
      unknown_ids_.push_back(e.id);
  }

  JournalReadResult result_;
  const Curriculum* curriculum_;
  int line_no_ = 0;
  std::size_t unknown_lines_ = 0;
  int first_unknown_line_ = 0;
  std::vector<std::string> unknown_ids_, known_ids_;
};

// The shortest entry, `- {date: 2024-06-08, id: a, done: true}`, and its
// newline: a file of N bytes holds at most N / this many entries.
constexpr std::size_t kShortestEntry = 38;

}  // namespace

JournalReadResult parse_journal(std::string_view text, const std::string& file, const Curriculum* curriculum) {
  JournalParser parser(file, curriculum, text.size() / kShortestEntry + 1);
  while (!text.empty()) {
    // Split on '\n' only: a note's newlines are always escaped by the writer.
    auto nl = text.find('\n');
    parser.line(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
  }
  return parser.finish();
}

JournalReadResult read_journal(const std::string& path, const Curriculum* curriculum) {
  LineReader reader(path, kMaxJournalLine, true);
  JournalParser parser(path, curriculum, reader.size() / kShortestEntry + 1);
  while (auto line = reader.next()) {
    if (line->too_long) parser.too_long(line->bytes);
    else parser.line(line->text);
  }
  return parser.finish();
}

}  // namespace tenk
