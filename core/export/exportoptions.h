#pragma once

#include "anonymize/obfuscation.h"
#include "metadata.h"

#include <QString>

namespace veil {

// Output file formats. Auto keeps JPEG, PNG and WebP as they are and writes JPEG for
// everything else (HEIF, TIFF, BMP).
enum class OutputFormat { Auto, Jpeg, Png, WebP };
QString outputFormatName(OutputFormat format);
bool outputFormatFromName(const QString &name, OutputFormat *format);

struct ExportOptions
{
    ObfuscationOptions obfuscation;
    OutputFormat format = OutputFormat::Auto;
    int quality = 92;                          // JPEG and WebP
    MetadataPolicy metadata = MetadataPolicy::None;
    bool overwrite = false;                    // replace an existing output (never an original)
    bool verify = true;                        // re-read, check metadata and faces, remove on failure
    double verifyThreshold = 0.5;              // a face at least this sure fails verification
    bool reencode = false;                     // JPEG: force the pixel path over the lossless one
};

} // namespace veil
