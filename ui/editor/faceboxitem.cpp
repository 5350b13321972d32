#include "faceboxitem.h"

#include "edits/photodocument.h"

#include <QCursor>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace veil::ui {

FaceBoxItem::FaceBoxItem(PhotoDocument *doc, int index, QSizeF imageSize)
    : m_doc(doc)
    , m_index(index)
    , m_imageSize(imageSize)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(10);
    syncFromDocument();
}

void FaceBoxItem::syncFromDocument()
{
    prepareGeometryChange();
    m_rect = m_doc->face(m_index).toPixels(m_imageSize);
    update();
}

void FaceBoxItem::setViewScale(double scale)
{
    if (scale <= 0 || qFuzzyCompare(scale, m_viewScale))
        return;
    prepareGeometryChange();
    m_viewScale = scale;
}

QRectF FaceBoxItem::boundingRect() const
{
    const double m = handleSize() + 2 / m_viewScale + 14 / m_viewScale;
    return m_rect.adjusted(-m, -m, m, m);
}

void FaceBoxItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const FaceBox &face = m_doc->face(m_index);
    QColor color = face.uncertain ? QColor(0xf0, 0xa0, 0x20) : face.anonymize ? QColor(0xe0, 0x3a, 0x3a) : QColor(0x2e, 0xb0, 0x5b);
    QPen pen(color, 2.5 / m_viewScale);
    pen.setCosmetic(false);
    if (face.uncertain || !face.anonymize)
        pen.setStyle(Qt::DashLine);
    p->setPen(pen);
    p->setBrush(face.anonymize && !face.uncertain ? QBrush(QColor(color.red(), color.green(), color.blue(), 40))
                                                  : QBrush(Qt::NoBrush));
    p->drawRect(m_rect);

    QString label;
    if (face.uncertain)
        label = tr("? %1%").arg(qRound(face.score * 100));
    else if (!face.anonymize)
        label = tr("keep");
    if (!label.isEmpty()) {
        QFont f = p->font();
        f.setPixelSize(std::max(1, int(12 / m_viewScale)));
        p->setFont(f);
        p->setPen(color);
        p->drawText(m_rect.topLeft() - QPointF(0, 3 / m_viewScale), label);
    }
    if (isSelected()) {
        const double h = handleSize();
        p->setPen(QPen(Qt::white, 1 / m_viewScale));
        p->setBrush(color);
        for (const QPointF &c : {m_rect.topLeft(), m_rect.topRight(), m_rect.bottomLeft(), m_rect.bottomRight()})
            p->drawRect(QRectF(c - QPointF(h / 2, h / 2), QSizeF(h, h)));
    }
}

FaceBoxItem::Handle FaceBoxItem::handleAt(QPointF pos) const
{
    const double h = handleSize();
    const auto near = [h](QPointF a, QPointF b) { return std::abs(a.x() - b.x()) <= h && std::abs(a.y() - b.y()) <= h; };
    if (near(pos, m_rect.topLeft()))
        return TopLeft;
    if (near(pos, m_rect.topRight()))
        return TopRight;
    if (near(pos, m_rect.bottomLeft()))
        return BottomLeft;
    if (near(pos, m_rect.bottomRight()))
        return BottomRight;
    return m_rect.contains(pos) ? Body : None;
}

void FaceBoxItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_dragHandle = handleAt(event->scenePos());
    if (m_dragHandle == None) {
        event->ignore();
        return;
    }
    scene()->clearSelection();
    setSelected(true);
    setFocus();
    m_dragStart = event->scenePos();
    m_rectAtStart = m_rect;
    m_dragId = m_doc->beginDrag();
    event->accept();
}

void FaceBoxItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_dragHandle == None)
        return;
    const QPointF d = event->scenePos() - m_dragStart;
    QRectF r = m_rectAtStart;
    switch (m_dragHandle) {
    case Body: r.translate(d); break;
    case TopLeft: r.setTopLeft(r.topLeft() + d); break;
    case TopRight: r.setTopRight(r.topRight() + d); break;
    case BottomLeft: r.setBottomLeft(r.bottomLeft() + d); break;
    case BottomRight: r.setBottomRight(r.bottomRight() + d); break;
    case None: break;
    }
    r = r.normalized();
    if (r.width() < 4 || r.height() < 4)
        return;
    m_doc->setFaceRect(m_index, FaceBox::normalise(r, m_imageSize), m_dragId);
}

void FaceBoxItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    m_dragHandle = None;
    m_dragId = 0;
    event->accept();
}

void FaceBoxItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    switch (handleAt(event->scenePos())) {
    case TopLeft:
    case BottomRight: setCursor(Qt::SizeFDiagCursor); break;
    case TopRight:
    case BottomLeft: setCursor(Qt::SizeBDiagCursor); break;
    case Body: setCursor(Qt::SizeAllCursor); break;
    case None: unsetCursor(); break;
    }
}

} // namespace veil::ui
