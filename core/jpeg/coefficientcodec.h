#pragma once

// libjpeg glue of the lossless JPEG path: reading the DCT coefficients of a JPEG, access
// to rows of blocks, and writing them back. Internal to core/jpeg.
//
// Every function here that calls libjpeg sets its own setjmp and creates no C++ object
// with a destructor after it, so a longjmp skips nothing that needs destroying.

#include "jpegerror.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

namespace veil::jpegcodec {

// One decompressor (the input) and one compressor (the output) sharing an error manager.
struct Codec
{
    StrictJpegErrors errors;
    jpeg_decompress_struct src{};
    jpeg_compress_struct dst{};
    jvirt_barray_ptr *coefficients = nullptr;
    unsigned char *output = nullptr;
    unsigned long outputSize = 0;
    bool dstCreated = false;
    QString fallback;

    Codec()
    {
        src.err = errors.install();
        jpeg_create_decompress(&src);
    }
    ~Codec()
    {
        if (dstCreated)
            jpeg_destroy_compress(&dst);
        jpeg_destroy_decompress(&src);
        std::free(output);
    }
};


// Reads the header and, unless `fallback` is set for an unsupported feature, the
// coefficients. False on a libjpeg error (c.errors says which).
bool readCoefficients(Codec &c, const QByteArray &jpeg);
// readCoefficients() that also decodes the pixels (full size, stored orientation,
// Format_RGB32) from the coefficients it keeps, in libjpeg's buffered-image mode: one pass
// over the entropy-coded data for both. With `fallback` set, or over `maxPixels`
// (`pixels` then stays null), nothing is decoded.
bool readPixelsAndCoefficients(Codec &c, const QByteArray &jpeg, qint64 maxPixels, QImage &pixels);
// One row of blocks of a component; nullptr after a libjpeg error.
JBLOCKROW blockRow(Codec &c, int component, int row);
// A message when a coefficient is outside what an 8-bit JPEG holds; empty otherwise.
QString findOutOfRangeCoefficient(Codec &c);
// Writes the (modified) coefficients with the input's critical parameters and `markers`.
bool writeCoefficients(Codec &c, const QList<QPair<int, QByteArray>> &markers, bool optimize);

} // namespace veil::jpegcodec
