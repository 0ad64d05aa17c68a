#include "cli/malloc_tuning.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>  // defines __GLIBC__ on glibc, which the test below needs

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace tenk {
namespace {

// Huge pages for the heap: glibc 2.33 or later (mallinfo2; bookworm has
// 2.36), and not under AddressSanitizer, which has its own allocator.
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#if __GLIBC_PREREQ(2, 33)
#define TENK_HUGE_PAGE_HEAP 1
#endif
#endif

#if defined(TENK_HUGE_PAGE_HEAP)
constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
// Address space only: a page is backed when it is first written.
constexpr std::size_t kHugeHeap = std::size_t{256} << 20;  // 100k resources use ~130 MB
// glibc's documented default. glibc cannot report the current value, so a
// MALLOC_TOP_PAD_ set by the user is replaced by this one after start-up.
constexpr std::size_t kDefaultTopPad = 128 * 1024;

std::uintptr_t address(const void* p) { return reinterpret_cast<std::uintptr_t>(p); }
std::uintptr_t round_up(std::uintptr_t a) { return (a + kHugePage - 1) & ~(kHugePage - 1); }
std::uintptr_t round_down(std::uintptr_t a) { return a & ~(kHugePage - 1); }

// Where malloc carves its next block when no freed block fits: the start of
// the top chunk, which ends at the program break.
std::uintptr_t heap_top() { return address(sbrk(0)) - mallinfo2().keepcost; }

// Grows the heap by kHugeHeap and asks the kernel for transparent huge pages
// there (MADV_HUGEPAGE; Debian's THP setting is "madvise"). The first write
// to a 4 KB page costs ~13 us on the project machine, to a 2 MB huge page
// ~0.25 ms. Page faults: Metacademy 523 -> 234, 100k resources 31,000 -> 300.
// The heap is never trimmed (below), so the advice holds for the whole run.
//
// A 2 MB region gets a huge page only if nothing in it was written before the
// advice, and malloc writes a header in front of every block it carves. So a
// filler block takes the heap from its top up to a 2 MB boundary past the
// program break; making room for it, malloc extends the heap by the filler
// plus M_TOP_PAD (kHugeHeap) and writes the next header just below the
// boundary. The advice then goes from the boundary on. The filler is never
// freed and never written beyond its header (unless MALLOC_PERTURB_ is set):
// address space only. Should the heap not be laid out as expected, the
// advice lands elsewhere or fails; it is only advice, nothing breaks.
void prefer_huge_pages_on_heap() {
  void* volatile first = std::malloc(1);  // malloc sets itself up on first use
  std::free(first);                       // (volatile: GCC drops a malloc-free pair)

  // Past the break, so that malloc must extend the heap for the filler, and
  // bigger than all free blocks together, so that none of them can serve it.
  const struct mallinfo2 info = mallinfo2();
  const std::uintptr_t free_elsewhere = info.fordblks - info.keepcost;
  const std::uintptr_t boundary = round_up(std::max(address(sbrk(0)), heap_top() + free_elsewhere) + 4096);
  static void* volatile filler = nullptr;
  mallopt(M_TOP_PAD, static_cast<int>(kHugeHeap));
  filler = std::malloc(boundary - heap_top() - 64);
  mallopt(M_TOP_PAD, kDefaultTopPad);
  if (!filler || heap_top() >= boundary) return;

  const std::uintptr_t end = round_down(address(sbrk(0)));
  if (end > boundary) madvise(reinterpret_cast<void*>(boundary), end - boundary, MADV_HUGEPAGE);
}
#endif

}  // namespace

void tune_malloc_for_short_run() {
#if defined(__GLIBC__)
  // 32 MB is the largest mmap threshold glibc accepts on 64-bit; blocks
  // below it come from the heap. Setting it also stops glibc from moving
  // the threshold itself. The heap is never trimmed: the process ends soon.
  mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
#if defined(TENK_HUGE_PAGE_HEAP)
  prefer_huge_pages_on_heap();
#endif
#endif
}

}  // namespace tenk
