#pragma once
// The one palette of every picture (graph, path, timeline, heatmap, burnup,
// report): a colour per topic, assigned from the whole curriculum so that a
// topic looks the same wherever it is drawn, and the named colours of states
// and series. No picture chooses a colour of its own.
//
// Topics take the Okabe–Ito colours (Okabe & Ito, "Color Universal Design",
// 2008: told apart by readers with any common colour-vision deficiency).
// Okabe–Ito's eighth colour, black, is kept for the critical path, so no
// topic ever has the critical path's colour. States never rely on hue alone:
// done is a grey fill with grey text, active a pale fill and a heavy border,
// ready white with a solid border, blocked white with a dashed one, so they
// stay apart in greyscale.

#include <string>
#include <string_view>
#include <vector>

#include "core/curriculum.h"

namespace tenk {

namespace colour {
// Ink and paper.
inline constexpr const char* kInk = "#24292f";     ///< text
inline constexpr const char* kInkLight = "#444d56";  ///< month names, a box's details: between ink and muted
inline constexpr const char* kMuted = "#57606a";   ///< secondary text
inline constexpr const char* kFaint = "#8c959f";   ///< tertiary text, dashed borders
inline constexpr const char* kRule = "#d0d7de";    ///< axes, cluster borders
inline constexpr const char* kGrid = "#eaeef2";    ///< grid lines
inline constexpr const char* kZebra = "#f6f8fa";   ///< every other row of the timeline
inline constexpr const char* kPaper = "#ffffff";
/// Paper as Graphviz is given it (the graph's background, the "later"
/// summary box): by name, as the DOT text and the SVG have always said it.
inline constexpr const char* kPaperByName = "white";

/// The critical path: black, never a topic colour; drawn bold.
inline constexpr const char* kCritical = "#000000";
/// Topics outside the nine coloured ones, and resources without a topic.
inline constexpr const char* kOtherTopic = "#9a9a9a";

// States (graph nodes; the report's state words). Told apart by lightness
// and border, not by hue alone.
inline constexpr const char* kDoneFill = "#dfe3e8";
inline constexpr const char* kDoneBorder = "#afb8c1";
inline constexpr const char* kActiveFill = "#fff8db";
inline constexpr const char* kActiveBorder = "#24292f";
inline constexpr const char* kReadyFill = "#ffffff";
inline constexpr const char* kReadyBorder = "#57606a";
inline constexpr const char* kBlockedFill = "#ffffff";
inline constexpr const char* kBlockedBorder = "#8c959f";
inline constexpr const char* kEdge = "#8c959f";
inline constexpr const char* kDoneEdge = "#c9d1d9";
/// The options a choice did not pick, and the edges of the summary boxes
/// of a cut picture: fainter than a blocked border.
inline constexpr const char* kFaded = "#b0b7bf";
/// "picked" in a choice's box.
inline constexpr const char* kPicked = "#1a7f37";

// Series (timeline, burnup). No topic colour among them is needed: neither
// picture that uses them draws a series next to a topic of the same hue.
inline constexpr const char* kToday = "#d73a49";       ///< the "today" rule
inline constexpr const char* kLogged = "#1a7f37";      ///< the burnup's hours logged
/// The timeline's logged work: ink, apart from every topic colour (the
/// burnup's green is too close to the deep-learning green of the palette)
/// and from the grey of "other" topics.
inline constexpr const char* kLoggedBar = kInk;
inline constexpr const char* kBaseline = "#d4a72c";    ///< the baseline: the line to stay above
inline constexpr const char* kPlanned = "#0969da";     ///< the current plan from today
inline constexpr const char* kForecast = "#8250df";    ///< the forecast's p50-p85 band
inline constexpr const char* kScope = "#6e7781";       ///< the curriculum's hours, its end
inline constexpr const char* kGoal = "#953800";        ///< the lifetime goal
inline constexpr const char* kAxis = "#8c959f";        ///< chart axes

/// The report page's links: the plan's blue.
inline constexpr const char* kLink = kPlanned;

// The timeline's calendar: week rules fainter than month rules.
inline constexpr const char* kWeekRule = "#e4e7eb";
inline constexpr const char* kWeekLabel = "#6a737d";
inline constexpr const char* kMonthRule = "#b9c0c8";

/// Heatmap steps, from no hours to the most: grey, then greens that get
/// darker with more hours, so the steps also read in greyscale.
inline constexpr const char* kHeat[5] = {"#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"};
/// Heatmap days before the journal's first entry: paler than "no hours".
inline constexpr const char* kBeforeStart = "#f6f8fa";
}  // namespace colour

/// Okabe–Ito without black, blue first (the colour most people tell from
/// the others), yellow last (weakest on white).
inline constexpr const char* kTopicColours[7] = {"#0072b2", "#e69f00", "#009e73", "#cc79a7",
                                                 "#56b4e9", "#d55e00", "#f0e442"};
/// The edge of the report's figure tiles: the first topic colour.
inline constexpr const char* kAccent = kTopicColours[0];

/// The topic colours of one curriculum. Topics are counted by how many
/// resources and practice items have them first; the seven most used get the
/// seven colours, in order of first appearance in the file (ties in count:
/// the earlier topic); every other topic, and no topic, is "other" grey.
class Palette {
 public:
  explicit Palette(const Curriculum& c);

  /// The colour of `topic` ("#rrggbb"): one of kTopicColours, or
  /// colour::kOtherTopic.
  ///
  /// Example: for a curriculum whose first resource is about "math",
  /// Palette(c).topic("math") == kTopicColours[0] ("#0072b2").
  const char* topic(std::string_view topic) const;
  /// The colour of the first of `topics` (kOtherTopic when empty).
  const char* of(const std::vector<std::string>& topics) const;
  /// The topics that have a colour of their own, in colour order.
  const std::vector<std::string>& coloured() const { return coloured_; }
  /// Whether some first topic (or a missing one) is drawn "other" grey.
  bool has_other() const { return has_other_; }

 private:
  std::vector<std::string> coloured_;
  bool has_other_ = false;
};

}  // namespace tenk
