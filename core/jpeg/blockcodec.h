#pragma once

// The per-block arithmetic of the lossless JPEG path: an accurate floating-point 8x8
// IDCT/DCT pair and JFIF YCbCr <-> RGB. Coefficient blocks are in libjpeg's natural
// (row-major, not zig-zag) order, as in JBLOCK and JQUANT_TBL::quantval.

#include <QtGlobal>

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

Ycc rgbToYcc(int r, int g, int b);
// Rounds and clamps to 0..255.
void yccToRgb(float y, float cb, float cr, int *r, int *g, int *b);

} // namespace veil::jpegblocks
