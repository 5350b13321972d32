#pragma once

// The per-block arithmetic of the lossless JPEG path: an accurate floating-point 8x8
// IDCT/DCT pair and JFIF YCbCr <-> RGB. Coefficient blocks are in libjpeg's natural
// (row-major, not zig-zag) order, as in JBLOCK and JQUANT_TBL::quantval.

#include <QRgb>

#include <algorithm>

namespace veil::jpegblocks {

// Dequantises and inverse-transforms one block into 64 sample values (level shift
// applied, not rounded or clamped), written with the given row stride.
void inverseDct(const short *coefficients, const quint16 *quantval, float *out, int stride);

// Forward-transforms 64 samples (0..255, read with the given stride) and quantises them
// with the table, rounding to nearest; results are clamped to the baseline range.
void forwardDct(const float *in, int stride, const quint16 *quantval, short *coefficients);

struct Ycc
{
    float y, cb, cr;
};

// JFIF (BT.601 full range) conversions, inline: they run once or more per pixel.
inline Ycc rgbToYcc(int r, int g, int b)
{
    return {0.299f * r + 0.587f * g + 0.114f * b,
            -0.168735892f * r - 0.331264108f * g + 0.5f * b + 128.0f,
            0.5f * r - 0.418687589f * g - 0.081312411f * b + 128.0f};
}

// Rounds and clamps to 0..255.
inline int toByte(float v)
{
    // min/max rather than comparisons, so it compiles without branches.
    return int(std::min(std::max(v, 0.0f), 255.0f) + 0.5f);
}

inline QRgb yccToRgb(float y, float cb, float cr)
{
    cb -= 128.0f;
    cr -= 128.0f;
    return qRgb(toByte(y + 1.402f * cr), toByte(y - 0.344136286f * cb - 0.714136286f * cr), toByte(y + 1.772f * cb));
}

} // namespace veil::jpegblocks
