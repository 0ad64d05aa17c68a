#include "cli/malloc_tuning.h"

#include <cstdlib>  // defines __GLIBC__ on glibc, which the test below needs

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace tenk {

void tune_malloc_for_short_run() {
#if defined(__GLIBC__)
  // 32 MB is the largest mmap threshold glibc accepts on 64-bit; blocks
  // below it come from the heap. Setting it also stops glibc from moving
  // the threshold itself. The heap is never trimmed: the process ends soon.
  mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
#endif
}

}  // namespace tenk
