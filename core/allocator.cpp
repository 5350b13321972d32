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
#endif
}

} // namespace veil
