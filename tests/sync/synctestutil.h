#pragma once

// Helpers for the sync tests: small generated photos and a temporary library.

#include <QColor>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QString>

namespace veil::test {

// A small, distinct JPEG (a few KB) at `path`.
inline bool writeSmallJpeg(const QString &path, int seed)
{
    QImage image(96, 64, QImage::Format_RGB32);
    QRandomGenerator random(quint32(seed) + 1);
    image.fill(QColor::fromRgb(random.bounded(256), random.bounded(256), random.bounded(256)));
    QPainter painter(&image);
    // Encodes the seed in a row of blocks, so that no two photos are alike.
    for (int bit = 0; bit < 12; ++bit)
        painter.fillRect(bit * 8, 56, 8, 8, (seed >> bit) & 1 ? Qt::white : Qt::black);
    painter.fillRect(random.bounded(80), random.bounded(50), 12, 12, QColor::fromRgb(random.generate()));
    painter.end();
    return image.save(path, "JPEG", 85);
}

} // namespace veil::test
