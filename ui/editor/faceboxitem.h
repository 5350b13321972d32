#pragma once

#include "anonymize/obfuscation.h"

#include <QGraphicsObject>

#include <optional>

namespace veil {
class PhotoDocument;
}

namespace veil::ui {

// One face box over the photo (scene coordinates are displayed-image pixels). Moving or
// resizing it by a corner handle edits the document; the whole drag is one undo step.
// Faces to anonymize are drawn solid, kept faces dashed green, uncertain candidates
// dashed amber, possible faces dotted blue. In the mask view a blurred face shows the
// mask the export blurs (solid outline, hatched) and how far the blur reaches (dashed).
class FaceBoxItem : public QGraphicsObject
{
    Q_OBJECT

public:
    FaceBoxItem(PhotoDocument *doc, int index, QSizeF imageSize);

    int index() const { return m_index; }
    void setIndex(int index) { m_index = index; }
    void syncFromDocument();
    // Handles and labels keep a constant size on screen whatever the zoom.
    void setViewScale(double scale);
    // The export's obfuscation settings: draw the mask instead of the box. nullopt: boxes.
    void setMask(const std::optional<ObfuscationOptions> &mask);

    // The short label over the box ("? 61%", "keep", "possible 24%"), empty if none.
    QString label() const;
    // Where the label is drawn (scene coordinates), empty if there is none.
    QRectF labelRect() const;
    void setLabelVisible(bool visible);
    bool isLabelVisible() const { return m_labelVisible; }
    QRectF boxRect() const { return m_rect; }

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
    QFont labelFont() const;
    QColor color() const;

    PhotoDocument *m_doc;
    int m_index;
    QSizeF m_imageSize;
    QRectF m_rect; // scene pixels
    double m_viewScale = 1.0;
    std::optional<ObfuscationOptions> m_mask;
    bool m_labelVisible = true;
    Handle m_dragHandle = None;
    QPointF m_dragStart;
    QRectF m_rectAtStart;
    int m_dragId = 0;
};

} // namespace veil::ui
