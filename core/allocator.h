#pragma once

namespace veil {

// Tunes the C allocator for a process that decodes, obfuscates and encodes photos of tens
// of megapixels, over and over. By default glibc serves every block above 32 MB (a decoded
// 12 MP photo, a JPEG's coefficient arrays) with a fresh mmap and unmaps it on free, so
// each photo page-faults its buffers in anew: a quarter of a batch's CPU time went to the
// kernel. Keeping such blocks in one heap for reuse cut that to a tenth
// (docs/performance.md). The pipeline bounds how many photos are in flight, so the memory
// kept stays bounded too. A no-op where the C library is not glibc.
void tuneAllocatorForLargeImages();

} // namespace veil
