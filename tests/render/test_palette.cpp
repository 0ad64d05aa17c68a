#include <catch2/catch.hpp>

#include <cmath>

#include "render/palette.h"

using namespace tenk;

namespace {

Curriculum with_topics(const std::vector<std::vector<std::string>>& topics) {
  Curriculum c;
  c.title = "Palette";
  for (std::size_t i = 0; i < topics.size(); ++i) {
    Resource r;
    r.id = "r" + std::to_string(i);
    r.title = r.id;
    r.minutes = 60;
    r.topics = topics[i];
    c.resources.push_back(r);
  }
  c.resolve();
  return c;
}

/// Relative luminance of "#rrggbb" (sRGB, WCAG): what a greyscale print keeps.
double luminance(const char* hex) {
  auto channel = [&](int at) {
    double v = std::stoi(std::string(hex + at, 2), nullptr, 16) / 255.0;
    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

}  // namespace

TEST_CASE("palette: topics take Okabe-Ito colours in file order, the same topic the same colour") {
  Curriculum c = with_topics({{"math"}, {"code", "math"}, {"math"}, {}, {"llm"}});
  Palette p(c);
  CHECK(std::string(p.topic("math")) == "#0072b2");
  CHECK(std::string(p.topic("code")) == "#e69f00");
  CHECK(std::string(p.topic("llm")) == "#009e73");
  // A resource's colour is its first topic's.
  CHECK(p.of(c.resources[1].topics) == p.topic("code"));
  CHECK(std::string(p.of(c.resources[3].topics)) == colour::kOtherTopic);
  CHECK(p.has_other());
  CHECK(p.coloured() == std::vector<std::string>{"math", "code", "llm"});
  // Built again from the same curriculum, the same colours.
  CHECK(Palette(c).topic("llm") == p.topic("llm"));
}

TEST_CASE("palette: past seven topics the least used are grey — no topic has the critical path's colour") {
  std::vector<std::vector<std::string>> topics;
  for (int t = 0; t < 9; ++t)
    for (int k = 0; k < (t == 0 ? 1 : 3); ++k) topics.push_back({"t" + std::to_string(t)});
  Palette p(with_topics(topics));
  CHECK(p.coloured().size() == 7);
  CHECK(std::string(p.topic("t0")) == colour::kOtherTopic);  // used once: the least
  CHECK(p.topic("t1") == kTopicColours[0]);     // colours in file order among the chosen
  CHECK(p.has_other());
  for (const char* c : kTopicColours) {
    CHECK(std::string(c) != colour::kCritical);
    CHECK(std::string(c) != colour::kOtherTopic);
  }
}

TEST_CASE("palette: states differ in lightness, heatmap steps darken with hours") {
  // Done is the darkest fill; active is tinted; ready and blocked are paper
  // white and told apart by the border (solid or dashed; graph tests).
  CHECK(luminance(colour::kDoneFill) < luminance(colour::kActiveFill) - 0.05);
  CHECK(luminance(colour::kActiveFill) < luminance(colour::kReadyFill));
  for (std::size_t i = 1; i < std::size(colour::kHeat); ++i)
    CHECK(luminance(colour::kHeat[i]) < luminance(colour::kHeat[i - 1]));
  CHECK(luminance(colour::kBeforeStart) > luminance(colour::kHeat[0]));
}
