#pragma once

// Lossless JPEG anonymization: only the blocks that touch an anonymized region are
// re-encoded.
//
// The input's DCT coefficients are read (jpeg_read_coefficients). The MCUs ("cells",
// 8*Hmax x 8*Vmax pixels) that intersect a region are decoded to RGB, handed to the
// caller's obfuscation, converted back, transformed and quantised with the original
// quantisation tables, and written with jpeg_write_coefficients. Every block of every
// other MCU keeps its coefficients bit for bit, and inside a touched MCU a block whose
// pixels the obfuscation left unchanged is kept too. Quantisation tables, chroma
// subsampling and baseline/progressive mode are kept. No APPn/COM marker of the original
// is written: only `markers` (plus a JFIF APP0 when the original had one and no EXIF is
// given). Pixels stay in the stored orientation; the caller writes the Orientation tag
// into the fresh EXIF it passes in `markers`.

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPair>
#include <QPoint>
#include <QRect>
#include <QString>

#include <functional>
#include <memory>

namespace veil {

class DecodedJpeg;

struct LosslessJpegRequest
{
    QByteArray jpeg;
    // Regions to anonymize, bounding rectangles in STORED pixel coordinates (see
    // orientation.h displayedToStored). Parts outside the image are ignored.
    QList<QRect> storedRegions;
    // Called once per tile: a group of MCUs covering one or more overlapping regions plus
    // `contextPixels` around them, clipped to the image. `tile` is Format_RGB32, full
    // resolution, stored orientation; `tileOrigin` is its top-left in the image. Modify it
    // in place (same size). Only MCUs touching a region are written back, so changes
    // outside them are dropped.
    std::function<void(QImage &tile, QPoint tileOrigin)> obfuscate;
    // Decoded context around each region, e.g. for a blur that should see beyond the
    // touched MCUs (rounded up to MCUs). Tile pixels farther than this from every region
    // are not decoded and read mid grey. Each extra MCU ring costs decoding time.
    int contextPixels = 0;
    // Segments written after SOI, in order: (JPEG_APP0 + n or JPEG_COM, payload without
    // marker and length), e.g. (JPEG_APP0 + 1, "Exif\0\0" + TIFF), (JPEG_APP0 + 2, ICC).
    QList<QPair<int, QByteArray>> markers;
    // Two-pass Huffman optimisation: ~5% smaller than standard tables, ~25% slower (see
    // docs/lossless-jpeg.md). Progressive output is always optimised by libjpeg.
    bool optimizeHuffman = false;
    // `jpeg` already decoded (DecodedJpeg::decode): its coefficients are used in place of
    // reading them again, and re-encoded MCUs take their pixels from its image instead of
    // an inverse DCT; tile pixels beyond `contextPixels` are then the image's, not grey.
    // It is consumed: its coefficients change, and it is released once the JPEG is written.
    std::shared_ptr<DecodedJpeg> decoded;
};

struct LosslessJpegResult
{
    QByteArray jpeg;              // the anonymized JPEG; empty on fallback or error
    bool usedLosslessPath = false;
    QString fallbackReason;       // set when the input needs the pixel path (not an error)
    int mcusReencoded = 0;        // MCUs with at least one re-encoded block
    int mcusTotal = 0;
    int blocksReencoded = 0;      // 8x8 blocks, all components
    bool progressive = false;     // the input (and so the output) is progressive
    QString error;                // corrupt/truncated input, bad marker, bad callback result
    bool ok() const { return usedLosslessPath && error.isEmpty() && !jpeg.isEmpty(); }
};

LosslessJpegResult anonymizeJpegLossless(const LosslessJpegRequest &request);

} // namespace veil
