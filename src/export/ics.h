#pragma once
// The plan as an iCalendar file (RFC 5545), for `tenk export ics`: one
// event per planned block, so the learner's calendar shows the study time.

#include <cstdint>
#include <optional>
#include <string>

#include "core/curriculum.h"
#include "core/planner.h"

namespace tenk {

struct IcsOptions {
  std::optional<Date> until;  ///< only the blocks of days before it (`--days N`); all when empty
  std::string stamp;          ///< DTSTAMP, when the file is made: UTC "YYYYMMDDTHHMMSSZ" (ics_stamp)
};

struct IcsFile {
  std::string text;
  std::size_t events = 0;
};

/// The blocks of `plan` (days before `opts.until`) as a VCALENDAR of
/// VEVENTs, practice blocks included (they name the practice item). A
/// day's blocks follow each other from the schedule's `start_time`, in plan
/// order, in floating local time (no zone: 18:00 is 18:00 wherever the
/// learner is); a block running past midnight ends the next day. Each
/// event: UID `YYYYMMDD-<id>@<curriculum-id>.tenk`, the same for a date and
/// resource (or practice item) in every export, so a calendar that imports
/// the file again updates its events instead of doubling them; DTSTAMP;
/// DTSTART/DTEND; SUMMARY the title; DESCRIPTION the hours, the id and the
/// link; URL the link. Lines end in CRLF and are folded at 75 octets, never
/// inside a UTF-8 sequence; text values are escaped (`\` `;` `,` newline),
/// other control characters become spaces and bytes that are not UTF-8
/// U+FFFD. Throws InputError if a block would end after 9999-12-31.
IcsFile ics_file(const Curriculum& c, const Plan& plan, const IcsOptions& opts);

/// `unix_seconds` as a DTSTAMP value in UTC: 0 -> "19700101T000000Z".
std::string ics_stamp(std::int64_t unix_seconds);

}  // namespace tenk
