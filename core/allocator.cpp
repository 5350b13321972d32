#include "allocator.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>

#include <cstdint>
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
#if defined(MADV_HUGEPAGE)
    // Transparent huge pages for the first 240 MB of that heap: a batch touches its photo
    // buffers over and over, and with 4 KB pages a fifth of its user time went to TLB
    // misses and page faults. (glibc's own switch, the glibc.malloc.hugetlb tunable, is
    // read from the environment only.) The block is taken from the heap, marked, and
    // given back: it stays as the heap's free top (below the trim threshold above), and
    // later allocations are carved from it. Nothing is touched, so nothing is resident
    // until used; where the kernel has THP off, madvise fails and nothing changes.
    constexpr size_t reserve = 240u * 1024 * 1024;
    constexpr uintptr_t hugePage = 2u * 1024 * 1024;
    if (void *block = malloc(reserve)) {
        const auto begin = (reinterpret_cast<uintptr_t>(block) + hugePage - 1) & ~(hugePage - 1);
        const auto end = (reinterpret_cast<uintptr_t>(block) + reserve) & ~(hugePage - 1);
        if (end > begin)
            madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
        free(block);
    }
#endif
#endif
}

} // namespace veil
