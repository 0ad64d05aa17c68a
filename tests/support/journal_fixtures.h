#pragma once
// Shared helpers for the journal tests: a small curriculum built in code
// (no loader needed) and a temporary folder removed at the end.

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

#include "core/curriculum.h"
#include "core/journal.h"

namespace tenk::test {

inline Resource resource(std::string id, Minutes minutes, std::vector<std::string> requires_ = {}) {
  Resource r;
  r.id = id;
  r.title = "Title of " + id;
  r.minutes = minutes;
  for (auto& q : requires_) r.prerequisites.push_back(Ref{q, {}, {}});
  return r;
}

/// linalg (10 h); calculus (6 h); ml-basics requires linalg and calculus (4 h);
/// choice first-dl-course of fastai, cs231n, d2l (8 h each); project requires
/// the choice (5 h).
inline Curriculum small_curriculum() {
  Curriculum c;
  c.file = "small.yaml";
  c.title = "Small";
  c.id = "small";
  c.resources = {resource("linalg", 600), resource("calculus", 360),
                 resource("ml-basics", 240, {"linalg", "calculus"}),
                 resource("fastai", 480), resource("cs231n", 480), resource("d2l", 480),
                 resource("project", 300, {"first-dl-course"})};
  Choice ch;
  ch.id = "first-dl-course";
  ch.title = "A first DL course";
  for (const char* o : {"fastai", "cs231n", "d2l"}) ch.options.push_back(Ref{o, {}, {}});
  c.choices = {ch};
  c.resolve();
  return c;
}

inline Date day(const char* iso) { return *Date::parse(iso); }

inline JournalEntry log_entry(const char* date, std::string id, std::optional<Minutes> hours,
                              std::optional<Minutes> left = std::nullopt, bool done = false) {
  JournalEntry e;
  e.date = day(date);
  e.id = std::move(id);
  e.studied_minutes = hours;
  e.left_minutes = left;
  e.done = done;
  return e;
}

inline JournalEntry pick_entry(const char* date, std::string choice, std::string pick) {
  JournalEntry e;
  e.date = day(date);
  e.choice = std::move(choice);
  e.pick = std::move(pick);
  return e;
}

/// A fresh folder under the system temp dir, unique to this process and
/// object, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("tenk-journal-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace tenk::test
