#include "photodelegate.h"

#include "library/photo.h"
#include "models/photolistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace veil::ui {

namespace {

QString statusLabel(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::New: return PhotoDelegate::tr("New");
    case ReviewStatus::NeedsReview: return PhotoDelegate::tr("Review");
    case ReviewStatus::Reviewed: return PhotoDelegate::tr("Reviewed");
    case ReviewStatus::Exported: return PhotoDelegate::tr("Exported");
    case ReviewStatus::Failed: return PhotoDelegate::tr("Failed");
    // Its boxes changed after the export: the published file does not hide what it shows now.
    case ReviewStatus::ChangedSinceExport: return PhotoDelegate::tr("Changed since export");
    }
    return {};
}

// Scanned, nothing found, and no one has looked yet: not the same as a photo never scanned.
bool noFacesFound(const QModelIndex &index)
{
    return ReviewStatus(index.data(PhotoListModel::StatusRole).toInt()) == ReviewStatus::New &&
           index.data(PhotoListModel::CheckedForFacesRole).toBool() &&
           index.data(PhotoListModel::FaceCountRole).toInt() == 0;
}

QColor statusColor(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::New: return QColor(0x3d, 0x7e, 0xd6);
    case ReviewStatus::NeedsReview: return QColor(0xd6, 0x8a, 0x1f);
    case ReviewStatus::Reviewed: return QColor(0x2e, 0x9d, 0x5b);
    case ReviewStatus::Exported: return QColor(0x6b, 0x5b, 0xc9);
    case ReviewStatus::ChangedSinceExport: return QColor(0xb3, 0x3c, 0x00);
    case ReviewStatus::Failed: return QColor(0xc9, 0x3c, 0x3c);
    }
    return Qt::gray;
}

void drawBadge(QPainter *p, QPoint topLeft, const QString &text, const QColor &color)
{
    const QFontMetrics fm(p->font());
    const QRect r(topLeft, QSize(fm.horizontalAdvance(text) + 10, fm.height() + 2));
    QPainterPath path;
    path.addRoundedRect(r, 4, 4);
    p->fillPath(path, color);
    p->setPen(Qt::white);
    p->drawText(r, Qt::AlignCenter, text);
}

QRect imageAreaOf(const QRect &itemRect, int size)
{
    const QRect cell = itemRect.adjusted(3, 3, -3, -3);
    return {cell.left() + 3, cell.top() + 3, cell.width() - 6, size};
}

// A round badge with a white rim (readable on any photo) and a drawn symbol, so it
// needs no glyph from the font: an arrow (on its way), a clock (processing), a tick
// (done), an exclamation mark (failed).
void drawSyncBadge(QPainter *p, const QRect &r, sync::SyncBadge badge)
{
    p->save();
    p->setPen(QPen(Qt::white, 1.5));
    p->setBrush(PhotoDelegate::syncBadgeColor(badge));
    p->drawEllipse(QRectF(r).adjusted(0.75, 0.75, -0.75, -0.75));
    const QPointF c = QRectF(r).center();
    const qreal u = r.width() / 20.0; // the symbols are drawn on a 20-unit badge
    p->setPen(QPen(Qt::white, 2.0 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    switch (badge) {
    case sync::SyncBadge::Sending:
        p->drawLine(c + QPointF(0, 5 * u), c + QPointF(0, -5 * u));
        p->drawPolyline(QPolygonF{c + QPointF(-4 * u, -1 * u), c + QPointF(0, -5 * u), c + QPointF(4 * u, -1 * u)});
        break;
    case sync::SyncBadge::Processing:
        p->drawEllipse(c, 5 * u, 5 * u);
        p->drawPolyline(QPolygonF{c + QPointF(0, -3.5 * u), c, c + QPointF(2.5 * u, 1.5 * u)});
        break;
    case sync::SyncBadge::Done:
        p->drawPolyline(QPolygonF{c + QPointF(-4.5 * u, 0.5 * u), c + QPointF(-1.5 * u, 3.5 * u),
                                  c + QPointF(4.5 * u, -3.5 * u)});
        break;
    case sync::SyncBadge::Failed:
        p->drawLine(c + QPointF(0, -5 * u), c + QPointF(0, 1 * u));
        p->drawPoint(c + QPointF(0, 4.5 * u));
        break;
    case sync::SyncBadge::None: break;
    }
    p->restore();
}

} // namespace

QRect PhotoDelegate::syncBadgeRect(const QRect &itemRect) const
{
    const QRect area = imageAreaOf(itemRect, m_size);
    const int d = std::clamp(m_size / 8, 16, 28);
    return {area.right() - d - 3, area.bottom() - d - 3, d, d};
}

QColor PhotoDelegate::syncBadgeColor(sync::SyncBadge badge)
{
    switch (badge) {
    case sync::SyncBadge::Sending: return QColor(0x2f, 0x7f, 0xb8);
    case sync::SyncBadge::Processing: return QColor(0xc7, 0x85, 0x1a);
    case sync::SyncBadge::Done: return QColor(0x2e, 0x9d, 0x5b);
    case sync::SyncBadge::Failed: return QColor(0xc9, 0x3c, 0x3c);
    case sync::SyncBadge::None: break;
    }
    return {};
}

PhotoDelegate::PhotoDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize PhotoDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {m_size + 12, m_size + option.fontMetrics.height() + 16};
}

QString PhotoDelegate::statusBadgeText(const QModelIndex &index)
{
    if (noFacesFound(index))
        return tr("No faces found");
    return statusLabel(ReviewStatus(index.data(PhotoListModel::StatusRole).toInt()));
}

QString PhotoDelegate::facesBadgeText(const QModelIndex &index)
{
    const int faces = index.data(PhotoListModel::FaceCountRole).toInt();
    const int uncertain = index.data(PhotoListModel::UncertainCountRole).toInt();
    if (faces <= 0)
        return {};
    QString text = tr("%n face(s)", nullptr, faces);
    if (uncertain > 0)
        text += QStringLiteral(" · ") + tr("%n undecided", nullptr, uncertain);
    return text;
}

void PhotoDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::SmoothPixmapTransform);
    const QPalette &pal = option.palette;
    const QRect cell = option.rect.adjusted(3, 3, -3, -3);
    if (option.state & QStyle::State_Selected) {
        QPainterPath path;
        path.addRoundedRect(cell, 6, 6);
        p->fillPath(path, pal.color(QPalette::Highlight).lighter(option.state & QStyle::State_HasFocus ? 100 : 120));
    } else if (option.state & QStyle::State_MouseOver) {
        QPainterPath path;
        path.addRoundedRect(cell, 6, 6);
        p->fillPath(path, pal.color(QPalette::Midlight));
    }

    const QRect imageArea = imageAreaOf(option.rect, m_size);
    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    if (!image.isNull()) {
        const QSize scaled = image.size().scaled(imageArea.size(), Qt::KeepAspectRatio);
        const QRect target(imageArea.center() - QPoint(scaled.width() / 2, scaled.height() / 2), scaled);
        p->drawImage(target, image);
    } else {
        p->fillRect(imageArea.adjusted(8, 8, -8, -8), pal.color(QPalette::AlternateBase));
    }

    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p->setFont(small);
    const auto status = ReviewStatus(index.data(PhotoListModel::StatusRole).toInt());
    const QFontMetrics fm(small);
    drawBadge(p, imageArea.topLeft() + QPoint(4, 4),
              fm.elidedText(statusBadgeText(index), Qt::ElideRight, imageArea.width() - 18),
              noFacesFound(index) ? QColor(0x5f, 0x6b, 0x73) : statusColor(status));
    const int uncertain = index.data(PhotoListModel::UncertainCountRole).toInt();
    const QString text = facesBadgeText(index);
    if (!text.isEmpty()) {
        // Under the status badge: beside it, a long count ("16 faces · 5 undecided") would
        // cover it on small thumbnails.
        drawBadge(p, imageArea.topLeft() + QPoint(4, 4 + fm.height() + 5),
                  fm.elidedText(text, Qt::ElideRight, imageArea.width() - 18),
                  uncertain > 0 ? QColor(0xb0, 0x60, 0x00) : QColor(0x44, 0x44, 0x44, 200));
    }
    if (index.data(PhotoListModel::ArchivedRole).toBool())
        drawBadge(p, imageArea.bottomLeft() - QPoint(-4, 22), tr("Archived"), QColor(0x55, 0x55, 0x55, 200));
    const auto badge = sync::syncBadge(index.data(PhotoListModel::SyncStateRole).toString());
    if (badge != sync::SyncBadge::None)
        drawSyncBadge(p, syncBadgeRect(option.rect), badge);

    p->setFont(option.font);
    p->setPen(pal.color((option.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect(cell.left() + 4, imageArea.bottom() + 4, cell.width() - 8, option.fontMetrics.height());
    p->drawText(textRect, Qt::AlignCenter,
                option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, textRect.width()));
    p->restore();
}

} // namespace veil::ui
