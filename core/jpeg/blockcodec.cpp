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

} // namespace

void inverseDct(const short *coefficients, const quint16 *quantval, float *out, int stride)
{
    const auto &b = basis();
    // Separable: tmp[v][x] = sum_u b[x][u] F[v][u], then f[y][x] = 128 + sum_v b[y][v] tmp[v][x].
    // The inner loops run over x with fixed bounds, which the compiler vectorises; rows of
    // the block that are all zero (most of them) are skipped in both stages.
    float tmp[64];
    bool used[8];
    for (int v = 0; v < 8; ++v) {
        const short *in = coefficients + v * 8;
        bool any = false;
        for (int u = 0; u < 8; ++u)
            any |= in[u] != 0;
        used[v] = any;
        if (!any)
            continue;
        float row[8] = {};
        for (int u = 0; u < 8; ++u) {
            const float f = float(in[u]) * float(quantval[v * 8 + u]);
            for (int x = 0; x < 8; ++x)
                row[x] += b[x][u] * f;
        }
        for (int x = 0; x < 8; ++x)
            tmp[v * 8 + x] = row[x];
    }
    for (int y = 0; y < 8; ++y) {
        float acc[8];
        for (int x = 0; x < 8; ++x)
            acc[x] = 128.0f;
        for (int v = 0; v < 8; ++v) {
            if (!used[v])
                continue;
            const float w = b[y][v];
            for (int x = 0; x < 8; ++x)
                acc[x] += w * tmp[v * 8 + x];
        }
        for (int x = 0; x < 8; ++x)
            out[y * stride + x] = acc[x];
    }
}

void forwardDct(const float *in, int stride, const quint16 *quantval, short *coefficients)
{
    const auto &b = basis();
    // tmp[y][u] = sum_x b[x][u] (f[y][x] - 128), then F[v][u] = sum_y b[y][v] tmp[y][u]:
    // both inner loops run over u into local accumulators, which the compiler vectorises.
    float tmp[64];
    for (int y = 0; y < 8; ++y) {
        float acc[8] = {};
        for (int x = 0; x < 8; ++x) {
            const float f = in[y * stride + x] - 128.0f;
            for (int u = 0; u < 8; ++u)
                acc[u] += b[x][u] * f;
        }
        for (int u = 0; u < 8; ++u)
            tmp[y * 8 + u] = acc[u];
    }
    float freq[64];
    for (int v = 0; v < 8; ++v) {
        float acc[8] = {};
        for (int y = 0; y < 8; ++y) {
            const float w = b[y][v];
            for (int u = 0; u < 8; ++u)
                acc[u] += w * tmp[y * 8 + u];
        }
        for (int u = 0; u < 8; ++u)
            freq[v * 8 + u] = acc[u];
    }
    // Quantise, rounding half away from zero; libjpeg refuses AC magnitudes of 2^10 and DC
    // differences of 2^11 or more. Written as plain loops over arrays, which vectorise.
    float q[64];
    for (int i = 0; i < 64; ++i)
        q[i] = float(std::max<int>(quantval[i], 1));
    // Branch-free (signs are random, so a branch mispredicts half the time).
    for (int i = 0; i < 64; ++i) {
        const float v = freq[i] / q[i];
        const float r = v + std::copysign(0.5f, v);
        coefficients[i] = short(int(std::min(std::max(r, -1023.0f), 1023.0f)));
    }
}

} // namespace veil::jpegblocks
