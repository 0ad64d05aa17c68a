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
  /// The index of its track in Curriculum::tracks: 0 (the first) unless a
  /// TrackRef names another; -1 when that names no track (set by resolve()).
  int track = 0;
  bool milestone = false;  ///< `milestone: true`: a result worth celebrating
  SourcePos pos;  ///< position of the `id` value
};

/// A resource's `track:` as written. Kept beside the resources, not in
/// them: most curricula have no tracks, and a string in each of 100,000
/// resources would cost memory for nothing.
struct TrackRef {
  int resource = -1;
  std::string id;
  SourcePos pos;
};

/// A parallel line of study sharing each day (SPEC 1, 3.2).
struct Track {
  std::string id;
  std::string title;
  double share = 1;  ///< weight > 0: the track's part of a day is share / sum of the ready tracks' shares
  SourcePos pos;     ///< position of the `id` value
  SourcePos share_pos;
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

/// One entry of `schedule.changes` as written: what changes from `from` on.
struct ScheduleChange {
  std::optional<Date> from;  ///< nullopt when missing (an error)
  std::optional<Minutes> hours_per_day;
  std::array<std::optional<Minutes>, 7> week{};  ///< only the weekdays it names
  std::optional<int> max_per_day;
  std::optional<Minutes> min_block;
  SourcePos pos, from_pos, hours_per_day_pos, max_per_day_pos;
};

/// The rules of the schedule in force from a date on: the base schedule
/// with every change up to that date applied.
struct SchedulePeriod {
  Date from;
  std::array<Minutes, 7> week{};
  int max_per_day = 2;
  Minutes min_block = 30;
  SourcePos pos;  ///< where the (last) change of this date was written
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
  /// `hours_per_day`, and which weekdays `week` names: a change's
  /// hours_per_day reaches only the days no `week` in force names.
  Minutes hours_per_day = 120;
  std::array<bool, 7> week_named{};
  /// `changes` as written, in file order.
  std::vector<ScheduleChange> changes;
  /// The schedule from each change's date on, in date order (one per
  /// distinct valid date); before the first, the fields above are in force.
  /// Filled by settle().
  std::vector<SchedulePeriod> periods;

  /// Applies `changes` in date order into `periods` (SPEC 3.1). Changes
  /// without a date are skipped; of two on one date, the later in the file
  /// is applied last. Call after loading, before anything reads a date.
  void settle();
  /// Minutes available on `date` (SPEC 3.1): the weekday's hours in the
  /// schedule in force that date, 0 when off.
  Minutes capacity(Date date) const;
  /// The weekly hours, max_per_day and min_block in force on `date`.
  const std::array<Minutes, 7>& week_on(Date date) const;
  int max_per_day_on(Date date) const;
  Minutes min_block_on(Date date) const;
  /// The largest min_block of any period (the planner's small-remainder index).
  Minutes largest_min_block() const;
  /// The period in force on `date`, or nullptr when the base schedule is.
  const SchedulePeriod* period_on(Date date) const;
};

struct Curriculum {
  std::string file;  ///< name used in messages
  std::string title;
  std::string id;
  std::optional<double> goal_hours;
  std::optional<Date> start;
  Schedule schedule;
  /// `tracks:`; empty means one implicit track holding every resource.
  std::vector<Track> tracks;
  /// Every `track:` of a resource, in file order; resolve() sets the
  /// resources' `track` from them.
  std::vector<TrackRef> track_refs;
  std::vector<Resource> resources;
  std::vector<Choice> choices;
  std::vector<Practice> practice;
  SourcePos title_pos, schedule_pos, week_pos, tracks_pos, max_per_day_pos;

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
  /// How many tracks the planner shares days among: at least 1.
  int track_count() const { return tracks.empty() ? 1 : static_cast<int>(tracks.size()); }
  /// The index of the track named `id`, or -1.
  int find_track(std::string_view id) const;
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

/// The title of what `ref` names.
const std::string& title_of(const Curriculum& c, NodeRef ref);
/// The title of what `id` names; a journal's id no longer in the curriculum
/// keeps its hours, and says so: "(no longer in the curriculum)".
std::string title_for_id(const Curriculum& c, const std::string& id);

}  // namespace tenk
