#pragma once
// The curriculum as plain data: resources, choices and the weekly schedule.
// Filled by yaml/curriculum_loader, checked by core/validate. No I/O here.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/date.h"
#include "core/diagnostic.h"
#include "core/duration.h"

namespace tenk {

enum class Kind { Unspecified, Book, Course, Video, Paper, Project, Article, Other };

/// "book", "course", ... ("" for Unspecified).
std::string_view kind_name(Kind k);
/// The Kind named `name`, or nullopt when it is not one of the known kinds.
std::optional<Kind> kind_from_name(std::string_view name);
/// The known kind names, for "did you mean".
const std::vector<std::string>& kind_names();

/// What an id names: a resource, a choice or a practice item, by index into
/// its vector.
struct NodeRef {
  enum class Type { None, Resource, Choice, Practice };
  Type type = Type::None;
  int index = -1;
  bool is_resource() const { return type == Type::Resource; }
  bool is_choice() const { return type == Type::Choice; }
  bool is_practice() const { return type == Type::Practice; }
  explicit operator bool() const { return type != Type::None; }
};

/// A mention of an id (in `requires` or `options`) and where it was written.
struct Ref {
  std::string id;
  SourcePos pos;
  NodeRef target;  ///< filled by Curriculum::resolve(); None if unknown
};

struct Resource {
  std::string id;
  std::string title;
  Minutes minutes = 0;  ///< the estimate
  Kind kind = Kind::Unspecified;
  std::string url;
  std::vector<std::string> topics;
  std::vector<Ref> prerequisites;  ///< `requires:` (a C++20 keyword, hence the name)
  int priority = 0;
  SourcePos pos;  ///< position of the `id` value
};

struct Choice {
  std::string id;
  std::string title;
  std::vector<Ref> options;
  SourcePos pos;  ///< position of the `id` value
};

/// Open-ended work toward goal_hours that never finishes (SPEC 1, 3.1):
/// projects, papers, competitions. Once what it requires is finished, it
/// reserves its weekly hours of each date's capacity.
struct Practice {
  std::string id;
  std::string title;
  std::array<Minutes, 7> week{};  ///< minutes reserved per weekday, Monday first
  std::string url;
  std::vector<std::string> topics;
  std::vector<Ref> prerequisites;  ///< `requires:` resources or choices
  SourcePos pos;                   ///< position of the `id` value
  SourcePos week_pos;

  /// Minutes reserved in a whole week.
  Minutes week_minutes() const;
};

struct Schedule {
  /// Capacity per weekday, Monday first. From `week`, else `hours_per_day`.
  std::array<Minutes, 7> week{120, 120, 120, 120, 120, 120, 120};
  std::vector<Date> off;  ///< `days_off`: sorted, unique
  int max_per_day = 2;
  Minutes min_block = 30;
  /// When a day's study blocks begin, in minutes after midnight (`start_time`,
  /// "HH:MM"): where `export ics` puts them. Planning ignores it.
  Minutes start_time = 18 * 60;

  /// Minutes available on `date` (SPEC 3.1): the weekday's hours, 0 when off.
  Minutes capacity(Date date) const;
};

struct Curriculum {
  std::string file;  ///< name used in messages
  std::string title;
  std::string id;
  std::optional<double> goal_hours;
  std::optional<Date> start;
  Schedule schedule;
  std::vector<Resource> resources;
  std::vector<Choice> choices;
  std::vector<Practice> practice;
  SourcePos title_pos, schedule_pos, week_pos;

  /// What `id` names, or a None ref. Valid after resolve().
  NodeRef find(std::string_view id) const;
  /// Builds the id index and fills every Ref::target it can. Duplicate ids
  /// keep their first definition. Call after loading, before anything else.
  void resolve();
  /// All resource, choice and practice ids, in file order (for suggestions).
  std::vector<std::string> all_ids() const;
  /// Resource ids only, in file order.
  std::vector<std::string> resource_ids() const;
  /// Choice ids only, in file order.
  std::vector<std::string> choice_ids() const;
  /// Practice ids only, in file order.
  std::vector<std::string> practice_ids() const;
  /// For each resource, the index of the choice it is an option of, or -1.
  std::vector<int> option_of() const;

 private:
  // Looked up by string_view without building a std::string each time.
  struct IdHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, NodeRef, IdHash, std::equal_to<>> index_;
};

}  // namespace tenk
