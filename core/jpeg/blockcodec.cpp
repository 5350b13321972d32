#include "blockcodec.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace veil::jpegblocks {

namespace {

// basis[x][u] = C(u)/2 * cos((2x+1) u pi / 16): orthonormal, so the forward transform is
// the transpose of the inverse.
const std::array<std::array<float, 8>, 8> &basis()
{
    static const auto table = [] {
        std::array<std::array<float, 8>, 8> t{};
        for (int x = 0; x < 8; ++x)
            for (int u = 0; u < 8; ++u) {
                const double c = u == 0 ? std::numbers::sqrt2 / 2 : 1.0;
                t[x][u] = float(c / 2 * std::cos((2 * x + 1) * u * std::numbers::pi / 16));
            }
        return t;
    }();
    return table;
}

int clampInt(int v, int lo, int hi)
{
    return std::min(std::max(v, lo), hi);
}

} // namespace

void inverseDct(const short *coefficients, const quint16 *quantval, float *out, int stride)
{
    const auto &b = basis();
    float freq[64];
    for (int i = 0; i < 64; ++i)
        freq[i] = float(coefficients[i]) * float(quantval[i]);
    // Rows of frequencies (v) first: tmp[v][x] = sum_u b[x][u] F[v][u].
    float tmp[64];
    for (int v = 0; v < 8; ++v)
        for (int x = 0; x < 8; ++x) {
            float s = 0;
            for (int u = 0; u < 8; ++u)
                s += b[x][u] * freq[v * 8 + u];
            tmp[v * 8 + x] = s;
        }
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x) {
            float s = 0;
            for (int v = 0; v < 8; ++v)
                s += b[y][v] * tmp[v * 8 + x];
            out[y * stride + x] = s + 128.0f;
        }
}

void forwardDct(const float *in, int stride, const quint16 *quantval, short *coefficients)
{
    const auto &b = basis();
    // tmp[y][u] = sum_x b[x][u] (f[y][x] - 128)
    float tmp[64];
    for (int y = 0; y < 8; ++y)
        for (int u = 0; u < 8; ++u) {
            float s = 0;
            for (int x = 0; x < 8; ++x)
                s += b[x][u] * (in[y * stride + x] - 128.0f);
            tmp[y * 8 + u] = s;
        }
    for (int v = 0; v < 8; ++v)
        for (int u = 0; u < 8; ++u) {
            float s = 0;
            for (int y = 0; y < 8; ++y)
                s += b[y][v] * tmp[y * 8 + u];
            const int q = std::max<int>(quantval[v * 8 + u], 1);
            // libjpeg refuses AC magnitudes of 2^10 and DC differences of 2^11 or more.
            const int limit = 1023;
            coefficients[v * 8 + u] = short(clampInt(int(std::lround(s / float(q))), -limit, limit));
        }
}

Ycc rgbToYcc(int r, int g, int b)
{
    return {0.299f * r + 0.587f * g + 0.114f * b,
            -0.168735892f * r - 0.331264108f * g + 0.5f * b + 128.0f,
            0.5f * r - 0.418687589f * g - 0.081312411f * b + 128.0f};
}

void yccToRgb(float y, float cb, float cr, int *r, int *g, int *b)
{
    cb -= 128.0f;
    cr -= 128.0f;
    *r = clampInt(int(std::lround(y + 1.402f * cr)), 0, 255);
    *g = clampInt(int(std::lround(y - 0.344136286f * cb - 0.714136286f * cr)), 0, 255);
    *b = clampInt(int(std::lround(y + 1.772f * cb)), 0, 255);
}

} // namespace veil::jpegblocks
