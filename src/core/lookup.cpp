#include "core/lookup.h"

#include <algorithm>

#include "core/suggest.h"

namespace tenk {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
  if (prefix.size() > text.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (lower(text[i]) != lower(prefix[i])) return false;
  return true;
}

// Lower-case words of letters and digits: "Essence of Calculus (3Blue1Brown)"
// -> essence, of, calculus, 3blue1brown.
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char ch : text) {
    char c = lower(ch);
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (alnum) word += c;
    else if (!word.empty()) out.push_back(std::move(word)), word.clear();
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

struct Named {
  std::string_view id, title;
  NodeRef ref;
};

std::vector<Named> everything(const Curriculum& c) {
  std::vector<Named> out;
  for (std::size_t i = 0; i < c.resources.size(); ++i)
    out.push_back({c.resources[i].id, c.resources[i].title, {NodeRef::Type::Resource, static_cast<int>(i)}});
  for (std::size_t i = 0; i < c.choices.size(); ++i)
    out.push_back({c.choices[i].id, c.choices[i].title, {NodeRef::Type::Choice, static_cast<int>(i)}});
  for (std::size_t i = 0; i < c.practice.size(); ++i)
    out.push_back({c.practice[i].id, c.practice[i].title, {NodeRef::Type::Practice, static_cast<int>(i)}});
  return out;
}

}  // namespace

std::vector<Lookup> lookup(const Curriculum& c, std::string_view name, const LookupScope& scope) {
  if (name.empty()) return {};
  auto in_scope = [&](NodeRef ref) { return !scope || scope(ref); };
  if (NodeRef ref = c.find(name); ref && in_scope(ref)) return {Lookup{ref, std::string(name), false}};
  const auto all = everything(c);
  std::vector<Lookup> out;
  // One level: every item in scope it matches; true when there was one.
  auto level = [&](auto&& matches, bool by_title) {
    for (const auto& n : all)
      if (in_scope(n.ref) && matches(n)) out.push_back(Lookup{n.ref, std::string(n.id), by_title});
    return !out.empty();
  };
  auto is_name = [&](std::string_view text) { return text.size() == name.size() && starts_with_nocase(text, name); };
  if (level([&](const Named& n) { return is_name(n.id); }, false)) return out;
  if (level([&](const Named& n) { return is_name(n.title); }, true)) return out;
  level([&](const Named& n) { return starts_with_nocase(n.id, name) || starts_with_nocase(n.title, name); }, true);
  return out;
}

std::vector<std::string> suggest_ids(const Curriculum& c, std::string_view name, std::size_t max) {
  std::vector<std::string> out;
  auto add = [&](std::string_view id) {
    if (out.size() < max && std::find(out.begin(), out.end(), id) == out.end()) out.emplace_back(id);
  };
  const auto all = everything(c);
  std::vector<std::string> ids;
  for (const auto& n : all) ids.emplace_back(n.id);
  if (auto typo = closest(name, ids); !typo.empty()) add(typo);

  // Words: how many of the name's words start a word of the id or title.
  const auto wanted = words(name);
  if (wanted.empty()) return out;
  std::vector<std::pair<std::size_t, std::size_t>> scored;  // (matched words, index in all)
  for (std::size_t i = 0; i < all.size(); ++i) {
    auto have = words(all[i].id);
    auto more = words(all[i].title);
    have.insert(have.end(), more.begin(), more.end());
    std::size_t matched = 0;
    for (const auto& w : wanted)
      if (std::any_of(have.begin(), have.end(), [&](const std::string& h) { return h.starts_with(w); })) ++matched;
    // A word shorter than 3 letters matches too much to count alone.
    bool meaningful = matched > 1 || std::any_of(wanted.begin(), wanted.end(), [](const auto& w) { return w.size() >= 3; });
    if (matched > 0 && meaningful) scored.push_back({matched, i});
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [matched, i] : scored) {
    if (matched < scored.front().first) break;  // only the best matches
    add(all[i].id);
  }
  return out;
}

}  // namespace tenk
