#include "render/post.h"

#include <string>
#include <vector>

#include "core/duration.h"
#include "core/utf8.h"

namespace tenk {
namespace {

std::string title_of(const Curriculum& c, const PostItem& item) {
  if (item.resource >= 0) return c.resources[static_cast<std::size_t>(item.resource)].title;
  if (item.practice >= 0) return c.practice[static_cast<std::size_t>(item.practice)].title;
  return item.id;
}

std::string url_of(const Curriculum& c, const PostItem& item) {
  if (item.resource >= 0) return c.resources[static_cast<std::size_t>(item.resource)].url;
  if (item.practice >= 0) return c.practice[static_cast<std::size_t>(item.practice)].url;
  return "";
}

// Text as it reads: no control or bidirectional character, no newline.
std::string plain(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned cp = 0;
    const std::size_t n = utf8_at(s, i, cp);
    if (n == 0) {  // not UTF-8: the replacement character
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (printable_as_is(cp)) out.append(s, i, n);
    else if (cp == '\n' || cp == '\t') out += ' ';
    i += n;
  }
  return out;
}

// Plain text that Markdown reads as text (CommonMark): the characters that
// start markup anywhere are escaped with a backslash, so a title with
// [brackets], *stars* or <tags> stays literal; those that do so only at the
// start of a line (a heading, a list, a quote) only there. Parentheses and
// dashes elsewhere are left alone: the raw text is read too.
std::string md(std::string_view s) {
  const std::string text = plain(s);
  std::string out;
  std::size_t digits = 0;  // leading digits: "1." or "1)" would start a list
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    const bool anywhere = std::string_view("\\`*_[]<>|~").find(ch) != std::string_view::npos;
    const bool at_start = (i == 0 && std::string_view("#-+=>").find(ch) != std::string_view::npos) ||
                          (digits > 0 && i == digits && (ch == '.' || ch == ')'));
    if (anywhere || at_start) out += '\\';
    out += ch;
  }
  return out;
}

// An http(s) URL for a Markdown link, with every character that could end
// the link or break the line percent-encoded; "" for any other scheme.
std::string link_url(std::string_view url) {
  auto starts = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) return false;
    return true;
  };
  if (!starts("http://") && !starts("https://")) return "";
  std::string out;
  for (unsigned char ch : url) {
    if (ch <= 0x20 || ch >= 0x7F || ch == '(' || ch == ')' || ch == '<' || ch == '>' || ch == '\\' || ch == '"' ||
        ch == '`') {
      static const char* hex = "0123456789ABCDEF";
      out += '%';
      out += hex[ch >> 4];
      out += hex[ch & 15];
    } else {
      out += static_cast<char>(ch);
    }
  }
  return out;
}

std::string linked(const Curriculum& c, const PostItem& item) {
  const std::string url = link_url(url_of(c, item));
  const std::string text = md(title_of(c, item));
  return url.empty() ? text : "[" + text + "](" + url + ")";
}

std::string days_word(int n) { return std::to_string(n) + (n == 1 ? " day" : " days"); }

// "Day 35 of TITLE", "Days 29-35 of TITLE", or the title alone before Day 1.
std::string heading(const Curriculum& c, const PostContent& p, bool markdown) {
  const std::string title = markdown ? md(c.title) : plain(c.title);
  if (!p.day_to) return title + ", " + (p.week ? "week of " : "") + p.from.str();
  if (!p.week || p.day_from == p.day_to) return "Day " + std::to_string(*p.day_to) + " of " + title;
  const std::string first = p.day_from ? std::to_string(*p.day_from) : "1";
  return "Days " + first + "\xE2\x80\x93" + std::to_string(*p.day_to) + " of " + title;
}

std::string when(const PostContent& p) {
  return p.week ? "in the week of " + p.from.str() + (p.to < p.from + 6 ? " (to " + p.to.str() + ")" : "")
                : "on " + std::string(weekday_name(p.from.weekday())) + " " + p.from.str();
}

}  // namespace

std::size_t x_length(std::string_view text) {
  std::size_t length = 0;
  for (std::size_t i = 0; i < text.size();) {
    unsigned cp = 0;
    const std::size_t n = utf8_at(text, i, cp);
    const bool light = n > 0 && (cp <= 0x10FF || (cp >= 0x2000 && cp <= 0x200D) || (cp >= 0x2010 && cp <= 0x201F) ||
                                 (cp >= 0x2032 && cp <= 0x2037));
    length += light ? 1 : 2;
    i += n > 0 ? n : 1;
  }
  return length;
}

std::string post_markdown(const Curriculum& c, const PostContent& p) {
  std::string out = "# " + heading(c, p, true) + "\n\n";
  if (p.items.empty()) {
    out += "No study logged " + when(p) + ". Streak " +
           days_word(p.streak.current) + ".\n";
  } else {
    out += format_hours(p.minutes) + " " + when(p);
    if (p.week) out += ", " + std::to_string(p.days_studied) + " of " + days_word(p.to - p.from + 1);
    out += ". Streak " + days_word(p.streak.current) + ".\n\n";
    for (const auto& item : p.items) {
      out += "- " + linked(c, item);
      if (item.minutes > 0) out += ": " + format_hours(item.minutes);
      if (item.finished) out += item.minutes > 0 ? ", finished" : ": finished";
      out += "\n";
    }
  }
  if (!p.notes.empty()) {
    out += "\n## Notes\n\n";
    for (const auto& n : p.notes) {
      const PostItem& item = p.items[n.item];
      // A note of several lines stays one list item: each line after the
      // first is indented under it.
      std::string text, line;
      for (char ch : n.text + "\n") {
        if (ch != '\n') {
          line += ch;
          continue;
        }
        text += (text.empty() ? "" : "\n  ") + md(line);
        line.clear();
      }
      out += "- " + (p.week ? std::string(weekday_name(n.date.weekday())) + ", " : std::string()) + "*" +
             md(title_of(c, item)) + "*: " + text + "\n";
    }
  }
  std::vector<std::string> lines;
  if (p.next_milestone) {
    const auto& m = c.resources[static_cast<std::size_t>(p.next_milestone->resource)];
    lines.push_back("Next milestone: " + md(m.title) + ", planned for " + p.next_milestone->end.str() + ".");
  }
  if (!p.next.empty()) {
    std::string next = "Next up: ";
    for (std::size_t i = 0; i < p.next.size(); ++i) {
      PostItem item;
      item.resource = p.next[i];
      next += (i ? ", " : "") + linked(c, item);
    }
    lines.push_back(next + ".");
  }
  if (!lines.empty()) {
    out += "\n";
    for (const auto& l : lines) out += l + "\n";
  }
  return out;
}

std::string post_short(const Curriculum& c, const PostContent& p) {
  const std::string head = heading(c, p, false) + ": " +
                           (p.items.empty() ? std::string("no study logged") : format_hours(p.minutes));
  std::string tail = ". Streak " + days_word(p.streak.current) + ".";
  if (p.next_milestone)
    tail += " Next milestone: " + plain(c.resources[static_cast<std::size_t>(p.next_milestone->resource)].title) + ".";
  std::vector<std::string> titles;
  for (const auto& item : p.items) titles.push_back(plain(title_of(c, item)) + (item.finished ? " (finished)" : ""));
  // As many titles as fit, the rest counted.
  for (std::size_t shown = titles.size();; --shown) {
    std::string text = head;
    // "; " between titles: a title may hold commas.
    for (std::size_t i = 0; i < shown; ++i) text += (i ? "; " : " \xE2\x80\x94 ") + titles[i];
    if (shown < titles.size()) text += (shown ? "; +" : " \xE2\x80\x94 ") + std::to_string(titles.size() - shown) + " more";
    text += tail;
    if (x_length(text) <= kShortPostLength) return text;
    if (shown == 0) break;
  }
  // Even without titles it is too long (a very long curriculum title):
  // cut at a character, with an ellipsis.
  const std::string ellipsis = "\xE2\x80\xA6";
  const std::size_t room = kShortPostLength - x_length(ellipsis);
  std::string text = head + tail, out;
  std::size_t length = 0;
  for (std::size_t i = 0; i < text.size();) {
    unsigned cp = 0;
    std::size_t n = utf8_at(text, i, cp);
    if (n == 0) n = 1;
    const std::size_t weight = x_length(std::string_view(text).substr(i, n));
    if (length + weight > room) break;
    out.append(text, i, n);
    length += weight;
    i += n;
  }
  return out + ellipsis;
}

}  // namespace tenk
