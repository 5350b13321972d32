#pragma once

#include "sync/syncstates.h"

#include <QStyledItemDelegate>

namespace veil::ui {

// Paints a grid cell: the thumbnail (or its placeholder), the file name, and badges
// for the review status, the number of faces (uncertain ones in amber) and, for pushed
// photos, the sync state (a round badge in the bottom right corner).
class PhotoDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PhotoDelegate(QObject *parent = nullptr);
    void setCellSize(int size) { m_size = size; }
    int cellSize() const { return m_size; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the sync badge of the item at `itemRect` is drawn, and in which colour.
    QRect syncBadgeRect(const QRect &itemRect) const;
    static QColor syncBadgeColor(sync::SyncBadge badge);
    // The status badge of a photo ("New", "No faces found", "Review", ...) and its faces
    // badge ("3 faces · 1 undecided"; empty without faces).
    static QString statusBadgeText(const QModelIndex &index);
    static QString facesBadgeText(const QModelIndex &index);

private:
    int m_size = 160;
};

} // namespace veil::ui
