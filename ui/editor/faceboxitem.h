#pragma once

#include <QGraphicsObject>

namespace veil {
class PhotoDocument;
}

namespace veil::ui {

// One face box over the photo (scene coordinates are displayed-image pixels). Moving or
// resizing it by a corner handle edits the document; the whole drag is one undo step.
// Faces to anonymize are drawn solid, kept faces dashed green, uncertain candidates
// dashed amber with their score.
class FaceBoxItem : public QGraphicsObject
{
    Q_OBJECT

public:
    FaceBoxItem(PhotoDocument *doc, int index, QSizeF imageSize);

    int index() const { return m_index; }
    void setIndex(int index) { m_index = index; }
    void syncFromDocument();
    // Handles keep a constant size on screen whatever the zoom.
    void setViewScale(double scale);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    enum Handle { None, Body, TopLeft, TopRight, BottomLeft, BottomRight };
    Handle handleAt(QPointF scenePos) const;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    double handleSize() const { return 9.0 / m_viewScale; }

    PhotoDocument *m_doc;
    int m_index;
    QSizeF m_imageSize;
    QRectF m_rect; // scene pixels
    double m_viewScale = 1.0;
    Handle m_dragHandle = None;
    QPointF m_dragStart;
    QRectF m_rectAtStart;
    int m_dragId = 0;
};

} // namespace veil::ui
