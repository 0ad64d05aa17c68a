// Real files: the shared Metacademy data, the bundled curricula.
#include <catch2/catch.hpp>

#include "files/file.h"
#include "loader_support.h"
#include "support/test_paths.h"

TEST_CASE("load: the Metacademy graph loads with no errors") {
  auto path = tenk::test::shared_path("data/metacademy.yaml");
  auto r = tenk::load_curriculum(tenk::read_file(path), path);
  CHECK(tenk::test::messages(r).empty());
  CHECK(r.curriculum.id == "metacademy");
  CHECK(r.curriculum.resources.size() == 487);
  std::size_t requirements = 0;
  for (const auto& res : r.curriculum.resources) requirements += res.prerequisites.size();
  CHECK(requirements == 1208);
  CHECK(r.curriculum.schedule.max_per_day == 6);
  CHECK(r.curriculum.schedule.min_block == 15);
}

TEST_CASE("load: the bundled cracked-ml curriculum passes, if present") {
  auto path = tenk::test::source_path("curricula/cracked-ml.yaml");
  auto text = tenk::read_file_if_exists(path);
  if (text.empty()) {
    WARN("curricula/cracked-ml.yaml not written yet");
    return;
  }
  auto r = tenk::load_curriculum(text, path);
  CHECK(tenk::test::messages(r) == tenk::test::Lines{});
  CHECK(!r.curriculum.resources.empty());
}
