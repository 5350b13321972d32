#pragma once

// The fuzz targets' entry points. tools/fuzz.sh links each into a libFuzzer binary
// (VEIL_LIBFUZZER_ENTRY defines LLVMFuzzerTestOneInput); tst_fuzzregressions calls them
// directly on the regression inputs. Each returns 0 and aborts on a broken contract.
#include <cstddef>
#include <cstdint>

namespace veil::fuzz {
int importFile(const uint8_t *data, size_t size); // fuzz_import.cpp
int syncAnswers(const uint8_t *data, size_t size); // fuzz_sync.cpp
} // namespace veil::fuzz
