#include "cli/text.h"

#include <cmath>
#include <cstdio>

#include "core/utf8.h"
#include "core/words.h"

namespace tenk {

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned cp = 0;
    std::size_t n = utf8_at(text, i, cp);
    if (n == 0) {
      out += kReplacementChar;
      ++i;
      continue;
    }
    if (printable_as_is(cp)) {
      out.append(text, i, n);
    } else if (cp < 0x20 || cp == 0x7F) {
      out += '^';
      out += static_cast<char>(cp == 0x7F ? '?' : cp + 0x40);
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "<U+%04X>", cp);
      out += buf;
    }
    i += n;
  }
  return out;
}

namespace {

struct Range {
  unsigned first, last;
};

// Code points a terminal draws two columns wide (East Asian Wide and
// Fullwidth, and the emoji blocks), from Unicode's EastAsianWidth.txt.
constexpr Range kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
    {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
    {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},
    {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF},
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251},
    {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
    {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
    {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
    {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC},
    {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB},
    {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD}};

// Code points drawn in no column of their own: combining marks, zero-width
// spaces and joiners, variation selectors.
constexpr Range kZero[] = {{0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x0610, 0x061A},
                           {0x064B, 0x065F}, {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E},
                           {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200B, 0x200F}, {0x2060, 0x2064},
                           {0x20D0, 0x20FF}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF},
                           {0xE0100, 0xE01EF}};

template <std::size_t N>
bool in(const Range (&table)[N], unsigned cp) {
  std::size_t lo = 0, hi = N;
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (cp < table[mid].first) hi = mid;
    else if (cp > table[mid].last) lo = mid + 1;
    else return true;
  }
  return false;
}

}  // namespace

std::string printable_lines(std::string_view text) {
  std::string out;
  while (!text.empty()) {
    const auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (end != std::string_view::npos && line.ends_with('\r')) line.remove_suffix(1);
    out += printable(line);
    if (end == std::string_view::npos) break;
    out += '\n';
    text.remove_prefix(end + 1);
  }
  return out;
}

std::size_t char_width(unsigned cp) {
  if (in(kZero, cp)) return 0;
  return in(kWide, cp) ? 2 : 1;
}

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    unsigned cp = 0;
    std::size_t len = utf8_at(s, i, cp);
    n += len == 0 ? 1 : char_width(cp);
    i += len == 0 ? 1 : len;
  }
  return n;
}

std::string fit(std::string_view text, std::size_t width) {
  const std::string safe = printable(text);
  std::string_view s = safe;
  const std::size_t w = display_width(s);
  if (w <= width) return std::string(s) + std::string(width - w, ' ');
  // Cut at a character boundary so that the text and "…" take `width`
  // columns at most; a wide character that would straddle the edge goes.
  std::string out;
  std::size_t used = 0;
  for (std::size_t i = 0; i < s.size();) {
    unsigned cp = 0;
    std::size_t len = utf8_at(s, i, cp);
    std::size_t cw = len == 0 ? 1 : char_width(cp);
    if (len == 0) len = 1;
    if (used + cw + 1 > width) break;
    out.append(s, i, len);
    used += cw;
    i += len;
  }
  out += "\xE2\x80\xA6";  // …
  return out + std::string(width > used + 1 ? width - used - 1 : 0, ' ');
}

std::string right(std::string_view text, std::size_t width) {
  const std::string s = printable(text);
  auto w = display_width(s);
  return (w < width ? std::string(width - w, ' ') : std::string()) + s;
}

const std::string& title_of(const Curriculum& c, int r) { return c.resources[static_cast<std::size_t>(r)].title; }

std::string resource_names(const Curriculum& c, const std::vector<int>& resources, std::size_t shown,
                           const std::string& dim, const std::string& reset, std::string_view noun) {
  std::string out;
  for (std::size_t k = 0; k < resources.size() && k < shown; ++k)
    out += (k ? ", " : "") + printable(title_of(c, resources[k])) + dim + " (" +
           printable(c.resources[static_cast<std::size_t>(resources[k])].id) + ")" + reset;
  if (resources.size() <= shown) return out;
  const std::size_t more = resources.size() - shown;
  return out + " and " + (noun.empty() ? std::to_string(more) + " more" : count(more, "more " + std::string(noun)));
}

std::string day_label(Date d) { return std::string(weekday_name(d.weekday())) + " " + d.str(); }

std::string milestone_sentence(const Curriculum& c, int resource, Date end, Date today, const std::string& dim,
                               const std::string& reset) {
  const auto& r = c.resources[static_cast<std::size_t>(resource)];
  return printable(r.title) + dim + " (" + printable(r.id) + ")" + reset + ": the plan reaches it " + day_label(end) +
         " (" + relative_days(today, end) + ")";
}

}  // namespace tenk
