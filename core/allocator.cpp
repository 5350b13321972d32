#include "allocator.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace veil {

void tuneAllocatorForLargeImages()
{
#if defined(__GLIBC__)
    // Blocks up to 256 MB come from the heap; up to 256 MB of free heap is kept for reuse.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    // One arena for all threads. A worker thread's own arena grows in heaps of at most
    // 64 MB, so a photo-sized block that does not fit one is mmapped and unmapped around
    // every photo whatever the threshold says, and freed heaps are returned to the kernel.
    // The workers spend their time in long computations between few, large allocations,
    // so sharing the main arena costs no measurable contention.
    mallopt(M_ARENA_MAX, 1);
#endif
}

} // namespace veil
