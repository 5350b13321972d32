#pragma once

#include <QStyledItemDelegate>

namespace veil::ui {

// Paints a grid cell: the thumbnail (or its placeholder), the file name, and badges
// for the review status and the number of faces (uncertain ones in amber).
class PhotoDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PhotoDelegate(QObject *parent = nullptr);
    void setCellSize(int size) { m_size = size; }
    int cellSize() const { return m_size; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_size = 160;
};

} // namespace veil::ui
