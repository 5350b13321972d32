#include "obfuscation.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace veil {

QString methodName(ObfuscationMethod method)
{
    switch (method) {
    case ObfuscationMethod::Blur:
        return QStringLiteral("blur");
    case ObfuscationMethod::Pixelate:
        return QStringLiteral("pixelate");
    case ObfuscationMethod::Solid:
        return QStringLiteral("solid");
    }
    return {};
}

bool methodFromName(const QString &name, ObfuscationMethod *method)
{
    for (auto m : {ObfuscationMethod::Blur, ObfuscationMethod::Pixelate, ObfuscationMethod::Solid}) {
        if (name.compare(methodName(m), Qt::CaseInsensitive) == 0) {
            *method = m;
            return true;
        }
    }
    return false;
}

QString shapeName(MaskShape shape)
{
    return shape == MaskShape::Ellipse ? QStringLiteral("ellipse") : QStringLiteral("rect");
}

bool shapeFromName(const QString &name, MaskShape *shape)
{
    if (name.compare(QLatin1String("ellipse"), Qt::CaseInsensitive) == 0) {
        *shape = MaskShape::Ellipse;
        return true;
    }
    if (name.compare(QLatin1String("rect"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("rectangle"), Qt::CaseInsensitive) == 0) {
        *shape = MaskShape::Rectangle;
        return true;
    }
    return false;
}

QRectF maskRect(const QRectF &face, double maskScale)
{
    const double s = std::clamp(maskScale, 1.0, 4.0);
    const QSizeF size(face.width() * s, face.height() * s);
    return {face.center().x() - size.width() / 2, face.center().y() - size.height() / 2, size.width(),
            size.height()};
}

namespace {

// Detectors still find faces of 8-16 pixels reduced to 1-2 pixel cells.
constexpr double kMinCell = 4.0;

double featherWidth(const QRectF &mask)
{
    return std::max(2.0, 0.12 * std::min(mask.width(), mask.height()));
}

// The mask grown by how far its soft edge reaches. An ellipse's edge is measured as
// (r - 1) times its smaller half-axis, so along the longer axis it reaches further than
// the feather width, by the ratio of the axes.
QRectF grownByFeather(const QRectF &mask, MaskShape shape)
{
    const double f = featherWidth(mask);
    double fx = f, fy = f;
    if (shape == MaskShape::Ellipse) {
        const double minSide = std::max(1e-9, std::min(mask.width(), mask.height()));
        fx = f * mask.width() / minSide;
        fy = f * mask.height() / minSide;
    }
    return mask.adjusted(-fx, -fy, fx, fy);
}

// Grid lines aligned on the face's top-left corner, covering [from, to).
struct Grid
{
    double origin = 0; // first grid line, <= from
    double cell = 1;
    int count = 0;
    Grid(double faceStart, double cellSize, int from, int to) : cell(cellSize)
    {
        origin = faceStart - std::ceil((faceStart - from) / cell) * cell;
        count = std::max(1, int(std::ceil((to - origin) / cell)));
    }
    // Pixel range [first, last) of cell i, within [from, to).
    std::pair<int, int> pixels(int i, int from, int to) const
    {
        const int a = std::clamp(int(std::lround(origin + i * cell)), from, to);
        const int b = std::clamp(int(std::lround(origin + (i + 1) * cell)), from, to);
        return {a, b};
    }
};

// Mean of each grid cell over `region` (a view of the image), as float 4-channel.
cv::Mat cellMeans(const cv::Mat &region, const Grid &gx, const Grid &gy)
{
    cv::Mat means(gy.count, gx.count, CV_32FC4, cv::Scalar::all(0));
    for (int j = 0; j < gy.count; ++j) {
        const auto [y0, y1] = gy.pixels(j, 0, region.rows);
        for (int i = 0; i < gx.count; ++i) {
            const auto [x0, x1] = gx.pixels(i, 0, region.cols);
            if (x1 <= x0 || y1 <= y0)
                continue; // filled from a neighbour below
            const cv::Scalar m = cv::mean(region(cv::Range(y0, y1), cv::Range(x0, x1)));
            means.at<cv::Vec4f>(j, i) = cv::Vec4f(float(m[0]), float(m[1]), float(m[2]), float(m[3]));
        }
    }
    // Only the first or last column/row can be empty (rounding at the border): they
    // copy their inner neighbour.
    for (int i : {0, gx.count - 1}) {
        const auto [x0, x1] = gx.pixels(i, 0, region.cols);
        if (x1 <= x0 && gx.count > 1)
            means.col(i == 0 ? 1 : i - 1).copyTo(means.col(i));
    }
    for (int j : {0, gy.count - 1}) {
        const auto [y0, y1] = gy.pixels(j, 0, region.rows);
        if (y1 <= y0 && gy.count > 1)
            means.row(j == 0 ? 1 : j - 1).copyTo(means.row(j));
    }
    return means;
}

cv::Mat pixelated(const cv::Mat &region, const Grid &gx, const Grid &gy)
{
    const cv::Mat means = cellMeans(region, gx, gy);
    cv::Mat out(region.size(), CV_8UC4);
    for (int j = 0; j < gy.count; ++j) {
        const auto [y0, y1] = gy.pixels(j, 0, region.rows);
        for (int i = 0; i < gx.count; ++i) {
            const auto [x0, x1] = gx.pixels(i, 0, region.cols);
            if (x1 > x0 && y1 > y0) {
                const cv::Vec4f m = means.at<cv::Vec4f>(j, i);
                out(cv::Range(y0, y1), cv::Range(x0, x1)).setTo(cv::Scalar(m[0], m[1], m[2], m[3]));
            }
        }
    }
    return out;
}

// Interpolation weights between two neighbouring cell centres, for `count` samples taken
// at the centres of pixels `step` wide.
void axisWeights(const Grid &g, int count, double step, std::vector<int> &index, std::vector<float> &t)
{
    index.resize(size_t(count));
    t.resize(size_t(count));
    for (int p = 0; p < count; ++p) {
        const double u = ((p + 0.5) * step - g.origin) / g.cell - 0.5;
        const int i0 = int(std::floor(u));
        t[size_t(p)] = float(u - i0);
        index[size_t(p)] = i0;
    }
}

cv::Mat blurred(const cv::Mat &region, const Grid &gx, const Grid &gy, quint32 seed)
{
    // The information is destroyed here: the whole region becomes a few cell means.
    const cv::Mat means = cellMeans(region, gx, gy);
    // The smooth surface through the means has no detail finer than a cell, so it is built
    // at a reduced resolution (about 8 pixels a cell) and scaled up: the same look, at a
    // fraction of the cost of smoothing a large face at full resolution.
    const double step = std::max(1.0, std::floor(gx.cell / 8));
    const int cols = std::max(1, int(std::ceil(region.cols / step)));
    const int rows = std::max(1, int(std::ceil(region.rows / step)));
    auto at = [&](int j, int i) {
        return means.at<cv::Vec4f>(std::clamp(j, 0, gy.count - 1), std::clamp(i, 0, gx.count - 1));
    };
    std::vector<int> ix, iy;
    std::vector<float> tx, ty;
    axisWeights(gx, cols, step, ix, tx);
    axisWeights(gy, rows, step, iy, ty);
    cv::Mat smooth(rows, cols, CV_32FC4);
    for (int y = 0; y < rows; ++y) {
        auto *row = smooth.ptr<cv::Vec4f>(y);
        for (int x = 0; x < cols; ++x) {
            const cv::Vec4f top = at(iy[y], ix[x]) * (1 - tx[x]) + at(iy[y], ix[x] + 1) * tx[x];
            const cv::Vec4f bottom = at(iy[y] + 1, ix[x]) * (1 - tx[x]) + at(iy[y] + 1, ix[x] + 1) * tx[x];
            row[x] = top * (1 - ty[y]) + bottom * ty[y];
        }
    }
    // Hides the kinks of linear interpolation so it reads as a blur.
    const double sigma = std::max(0.5, 0.35 * gx.cell / step);
    cv::GaussianBlur(smooth, smooth, cv::Size(), sigma, sigma, cv::BORDER_REPLICATE);
    if (step > 1)
        cv::resize(smooth, smooth, region.size(), 0, 0, cv::INTER_LINEAR);
    // A little noise, so the smooth surface cannot be inverted to the exact means: uniform
    // integers in [-5, 5] (sigma ~3.2) on each colour channel, drawn with xorshift64*,
    // seeded from the system's generator (or the fixed seed of a reproducible export).
    quint64 state = seed ? quint64(seed) * 0x9E3779B97F4A7C15ull : QRandomGenerator::system()->generate64();
    state |= 1; // never the all-zero state
    auto next = [&state] {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return quint32((state * 0x2545F4914F6CDD1Dull) >> 32);
    };
    cv::Mat out(region.size(), CV_8UC4);
    for (int y = 0; y < out.rows; ++y) {
        const auto *in = smooth.ptr<cv::Vec4f>(y);
        auto *o = out.ptr<cv::Vec4b>(y);
        for (int x = 0; x < out.cols; ++x) {
            const quint32 r = next();
            for (int c = 0; c < 3; ++c) {
                // 11 equally likely values from 10 bits of r each (bias < 1%).
                const int noise = int(((r >> (10 * c)) & 1023u) * 11u >> 10) - 5;
                o[x][c] = cv::saturate_cast<uchar>(int(in[x][c] + 0.5f) + noise); // in[] >= 0
            }
            o[x][3] = cv::saturate_cast<uchar>(in[x][3]);
        }
    }
    return out;
}

// Per-pixel weight of the hidden pixels over the original ones: 1 inside the mask shape,
// falling to 0 across the soft edge outside it (smoothstep). Distances outside an ellipse
// are approximate: (r - 1) times its smaller half-axis, r its normalised radius.
class MaskAlpha
{
public:
    MaskAlpha(const QRectF &mask, MaskShape shape, double feather)
        : m_cx(mask.center().x()), m_cy(mask.center().y()), m_a(mask.width() / 2), m_b(mask.height() / 2),
          m_ellipse(shape == MaskShape::Ellipse), m_feather(feather)
    {
        m_minAxis = std::min(m_a, m_b);
        const double outer = 1 + feather / std::max(1e-9, m_minAxis);
        m_outerR2 = outer * outer;
    }

    // For pixel centres (x + 0.5, y + 0.5).
    float at(int x, int y) const
    {
        const double px = x + 0.5, py = y + 0.5;
        double outside = 0;
        if (m_ellipse) {
            const double u = (px - m_cx) / m_a, v = (py - m_cy) / m_b;
            const double r2 = u * u + v * v;
            if (r2 <= 1)
                return 1.f;
            if (r2 >= m_outerR2)
                return 0.f;
            outside = (std::sqrt(r2) - 1) * m_minAxis;
        } else {
            const double dx = std::max(0.0, std::abs(px - m_cx) - m_a);
            const double dy = std::max(0.0, std::abs(py - m_cy) - m_b);
            if (dx == 0 && dy == 0)
                return 1.f;
            if (dx >= m_feather || dy >= m_feather)
                return 0.f;
            outside = std::sqrt(dx * dx + dy * dy);
        }
        if (outside >= m_feather)
            return 0.f;
        const double t = outside / m_feather;
        return float(1 - t * t * (3 - 2 * t));
    }

    // Row y's pixels, as [first, last] column ranges: `outer` holds every pixel whose
    // weight may be above 0, `inner` (possibly empty) only pixels of weight 1. Both are
    // conservative by a pixel, so at() decides every pixel between them.
    struct RowSpans
    {
        int outerFirst = 0, outerLast = -1;
        int innerFirst = 0, innerLast = -1;
    };
    RowSpans row(int y, int width) const
    {
        RowSpans s;
        const double py = y + 0.5;
        double outerHalf = 0, innerHalf = -1;
        if (m_ellipse) {
            const double v = (py - m_cy) / m_b;
            const double v2 = v * v;
            if (v2 >= m_outerR2)
                return s;
            outerHalf = m_a * std::sqrt(m_outerR2 - v2);
            if (v2 <= 1)
                innerHalf = m_a * std::sqrt(1 - v2);
        } else {
            const double dy = std::max(0.0, std::abs(py - m_cy) - m_b);
            if (dy >= m_feather)
                return s;
            outerHalf = m_a + std::sqrt(m_feather * m_feather - dy * dy);
            if (dy == 0)
                innerHalf = m_a;
        }
        s.outerFirst = std::max(0, int(std::floor(m_cx - outerHalf - 0.5)) - 1);
        s.outerLast = std::min(width - 1, int(std::ceil(m_cx + outerHalf - 0.5)) + 1);
        if (innerHalf >= 0) {
            s.innerFirst = std::max(s.outerFirst, int(std::ceil(m_cx - innerHalf - 0.5)) + 1);
            s.innerLast = std::min(s.outerLast, int(std::floor(m_cx + innerHalf - 0.5)) - 1);
        }
        return s;
    }

private:
    double m_cx, m_cy, m_a, m_b;
    bool m_ellipse;
    double m_feather;
    double m_minAxis = 0;
    double m_outerR2 = 0;
};

void obfuscateOne(cv::Mat &image, const QRectF &face, const ObfuscationOptions &options, quint32 seed)
{
    const QRectF mask = maskRect(face, options.maskScale);
    const double feather = featherWidth(mask);
    const QRect outer = grownByFeather(mask, options.shape).toAlignedRect().intersected(QRect(0, 0, image.cols, image.rows));
    if (outer.isEmpty())
        return;
    cv::Mat view = image(cv::Rect(outer.x(), outer.y(), outer.width(), outer.height()));
    // Read in full before the blend below writes to it: every method builds a new image.
    const cv::Mat &original = view;

    const int samples = std::clamp(options.samplesAcross, 1, 8);
    // Small faces still lose everything: a cell is never smaller than kMinCell pixels.
    const double cell = std::max(kMinCell, std::max(face.width(), face.height()) / samples);
    const Grid gx(face.x() - outer.x(), cell, 0, outer.width());
    const Grid gy(face.y() - outer.y(), cell, 0, outer.height());

    cv::Mat hidden;
    switch (options.method) {
    case ObfuscationMethod::Blur:
        hidden = blurred(original, gx, gy, seed);
        break;
    case ObfuscationMethod::Pixelate:
        hidden = pixelated(original, gx, gy);
        break;
    case ObfuscationMethod::Solid: {
        const QColor c = options.fillColor;
        // Memory order of QImage::Format_(A)RGB32 on little-endian: B, G, R, A.
        hidden = cv::Mat(original.size(), CV_8UC4, cv::Scalar(c.blue(), c.green(), c.red(), 255));
        break;
    }
    }

    const MaskAlpha alpha(mask.translated(-outer.topLeft()), options.shape, feather);
    for (int y = 0; y < view.rows; ++y) {
        auto *dst = view.ptr<cv::Vec4b>(y);
        const auto *src = hidden.ptr<cv::Vec4b>(y);
        const auto blend = [&](int x) {
            const float a = alpha.at(x, y);
            if (a >= 1.f) {
                dst[x] = src[x];
            } else if (a > 0.f) {
                for (int c = 0; c < 4; ++c)
                    dst[x][c] = uchar(float(src[x][c]) * a + float(dst[x][c]) * (1 - a) + 0.5f);
            }
        };
        // The soft edge on either side of the inside, which is copied as it is.
        const MaskAlpha::RowSpans span = alpha.row(y, view.cols);
        const bool inside = span.innerLast >= span.innerFirst;
        const int edgeEnd = inside ? span.innerFirst : span.outerLast + 1;
        for (int x = span.outerFirst; x < edgeEnd; ++x)
            blend(x);
        if (inside) {
            std::copy(src + span.innerFirst, src + span.innerLast + 1, dst + span.innerFirst);
            for (int x = span.innerLast + 1; x <= span.outerLast; ++x)
                blend(x);
        }
    }
}

} // namespace

QRectF affectedRect(const QRectF &face, const ObfuscationOptions &options)
{
    return grownByFeather(maskRect(face, options.maskScale), options.shape);
}

void obfuscateFaces(QImage &image, const QList<QRectF> &faces, const ObfuscationOptions &options)
{
    if (image.isNull() || faces.isEmpty())
        return;
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32)
        image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    cv::Mat mat(image.height(), image.width(), CV_8UC4, image.bits(), size_t(image.bytesPerLine()));
    quint32 seed = options.noiseSeed;
    for (const QRectF &face : faces) {
        if (face.isEmpty())
            continue;
        obfuscateOne(mat, face, options, seed ? seed++ : 0);
    }
}

} // namespace veil
