#include <catch2/catch.hpp>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/malloc_tuning.h"

// Where malloc_tuning asks for huge pages (see its conditions).
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#if __GLIBC_PREREQ(2, 33)
#define HUGE_PAGE_HEAP 1
#include <malloc.h>
#include <unistd.h>
#endif
#endif

#if defined(HUGE_PAGE_HEAP)
namespace {

struct Mapping {
  std::uintptr_t begin = 0, end = 0;
  bool huge_advised = false;  // "hg" in VmFlags: MADV_HUGEPAGE
};

// The program break's mappings, from /proc/self/smaps: each mapping is a
// header line ("begin-end perms ... [heap]") followed by "Key: value" lines.
std::vector<Mapping> heap_mappings() {
  std::vector<Mapping> out;
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool in_heap = false;
  while (std::getline(smaps, line)) {
    const bool header = !line.empty() && std::isxdigit(static_cast<unsigned char>(line[0])) &&
                        line.find('-') < line.find(' ');
    if (header) {
      in_heap = line.find("[heap]") != std::string::npos;
      if (!in_heap) continue;
      Mapping m;
      std::istringstream range(line);
      char dash = 0;
      range >> std::hex >> m.begin >> dash >> m.end;
      out.push_back(m);
    } else if (in_heap && line.rfind("VmFlags:", 0) == 0) {
      out.back().huge_advised = line.find(" hg") != std::string::npos;
    }
  }
  return out;
}

bool kernel_has_thp() { return std::ifstream("/sys/kernel/mm/transparent_hugepage/enabled").good(); }

}  // namespace
#endif

TEST_CASE("malloc_tuning: the heap after it is advised for huge pages, and malloc carves from it") {
  tenk::tune_malloc_for_short_run();
#if defined(HUGE_PAGE_HEAP)
  // Where malloc carves next: the start of the top chunk, which ends at the
  // break. Its header must lie just below the advised range, not in it.
  const std::uintptr_t top = reinterpret_cast<std::uintptr_t>(sbrk(0)) - mallinfo2().keepcost;
#endif

  // Blocks of every size still work, and below 32 MB come from the heap.
  std::vector<void*> blocks;
  for (std::size_t size : {16u, 1000u, 200000u, 4u << 20}) {
    void* p = std::malloc(size);
    REQUIRE(p);
    std::memset(p, 0x5a, size);
    blocks.push_back(p);
  }

#if defined(HUGE_PAGE_HEAP)
  if (!kernel_has_thp()) {
    WARN("this kernel has no transparent huge pages: only the allocations were checked");
    for (void* p : blocks) std::free(p);
    return;
  }
  const auto heap = heap_mappings();
  const Mapping* advised = nullptr;
  for (const auto& m : heap)
    if (m.huge_advised) advised = &m;
  REQUIRE(advised);
  CHECK(advised->begin % (2u << 20) == 0);
  CHECK(advised->end - advised->begin >= (200u << 20));
  CHECK((top < advised->begin && top + 64 >= advised->begin));
  const auto big = reinterpret_cast<std::uintptr_t>(blocks.back());
  CHECK((big >= advised->begin && big < advised->end));
#endif
  for (void* p : blocks) std::free(p);
}
