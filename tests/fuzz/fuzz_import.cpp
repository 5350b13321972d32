// Fuzz target for the import path: format sniffing, header reading, EXIF parsing (JPEG
// APP1, TIFF, HEIF) and pixel decoding, exactly as `veil-cli import` runs them on a
// file's bytes. Built for libFuzzer (tools/fuzz.sh) and replayed over the regression
// inputs by tst_fuzzregressions in the normal test suite.
#include "fuzz_entries.h"

#include "imaging/exifinfo.h"
#include "imaging/imageloader.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace veil::fuzz {

int importFile(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    veil::readImageHeader(bytes);
    veil::readExifFromFile(bytes);
    veil::parseExifBlock(bytes);
    veil::LoadOptions options;
    options.maxPixels = 16'000'000; // keep single inputs cheap; the limit itself is under test too
    options.maxDimension = 512;
    veil::loadImageFromData(bytes, options);
    return 0;
}

} // namespace veil::fuzz

#ifdef VEIL_LIBFUZZER_ENTRY
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Image format plugins (TIFF, WebP) are found through the application instance.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return veil::fuzz::importFile(data, size);
}
#endif
