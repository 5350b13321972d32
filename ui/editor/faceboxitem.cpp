#include "faceboxitem.h"

#include "edits/photodocument.h"

#include <QCursor>
#include <QFontMetricsF>
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

void FaceBoxItem::setMask(const std::optional<ObfuscationOptions> &mask)
{
    prepareGeometryChange();
    m_mask = mask;
    update();
}

void FaceBoxItem::setLabelVisible(bool visible)
{
    if (visible != m_labelVisible) {
        m_labelVisible = visible;
        update();
    }
}

QColor FaceBoxItem::color() const
{
    const FaceBox &face = m_doc->face(m_index);
    if (face.uncertain)
        return {0xf0, 0xa0, 0x20};
    if (face.possible)
        return {0x4a, 0xa8, 0xff};
    return face.anonymize ? QColor(0xe0, 0x3a, 0x3a) : QColor(0x2e, 0xb0, 0x5b);
}

QString FaceBoxItem::label() const
{
    const FaceBox &face = m_doc->face(m_index);
    if (face.uncertain)
        return tr("? %1%").arg(qRound(face.score * 100));
    if (face.possible)
        return tr("possible %1%").arg(qRound(face.score * 100));
    if (!face.anonymize)
        return tr("keep");
    return {};
}

QFont FaceBoxItem::labelFont() const
{
    QFont f;
    f.setPixelSize(std::max(1, int(12 / m_viewScale)));
    return f;
}

QRectF FaceBoxItem::labelRect() const
{
    const QString text = label();
    if (text.isEmpty())
        return {};
    const QFontMetricsF metrics(labelFont());
    const QPointF baseline = m_rect.topLeft() - QPointF(0, 3 / m_viewScale);
    return {baseline.x(), baseline.y() - metrics.ascent(), metrics.horizontalAdvance(text), metrics.height()};
}

QRectF FaceBoxItem::boundingRect() const
{
    const double m = handleSize() + 2 / m_viewScale;
    QRectF r = m_rect.adjusted(-m, -m, m, m);
    const QRectF text = labelRect();
    if (!text.isEmpty())
        r |= text.adjusted(-2, -2, 2, 2);
    if (m_mask)
        r |= affectedRect(m_rect, *m_mask).adjusted(-m, -m, m, m);
    return r;
}

void FaceBoxItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const FaceBox &face = m_doc->face(m_index);
    const QColor color = this->color();
    if (m_mask && face.blurred()) {
        // Exactly what the export blurs: the mask (hatched) and the reach of its soft edge.
        const QRectF mask = maskRect(m_rect, m_mask->maskScale);
        QBrush hatch(QColor(color.red(), color.green(), color.blue(), 150), Qt::BDiagPattern);
        hatch.setTransform(QTransform::fromScale(1 / m_viewScale, 1 / m_viewScale));
        p->setPen(QPen(color, 2 / m_viewScale));
        p->setBrush(hatch);
        if (m_mask->shape == MaskShape::Ellipse)
            p->drawEllipse(mask);
        else
            p->drawRect(mask);
        QPen extent(color, 1 / m_viewScale, Qt::DashLine);
        p->setPen(extent);
        p->setBrush(Qt::NoBrush);
        p->drawRect(affectedRect(m_rect, *m_mask));
    } else if (m_mask) {
        // Not blurred: a thin outline, so that it is seen but not mistaken for a mask.
        p->setPen(QPen(color, 1.5 / m_viewScale, Qt::DotLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(m_rect);
    } else {
        QPen pen(color, (face.possible ? 1.5 : 2.5) / m_viewScale);
        if (face.possible)
            pen.setStyle(Qt::DotLine);
        else if (face.uncertain || !face.anonymize)
            pen.setStyle(Qt::DashLine);
        p->setPen(pen);
        p->setBrush(face.blurred() && !face.uncertain ? QBrush(QColor(color.red(), color.green(), color.blue(), 40))
                                                      : QBrush(Qt::NoBrush));
        p->drawRect(m_rect);
    }

    const QString text = label();
    if (!text.isEmpty() && (m_labelVisible || isSelected())) {
        const QRectF r = labelRect();
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0, 0, 0, 150));
        p->drawRect(r.adjusted(-1 / m_viewScale, 0, 1 / m_viewScale, 0));
        p->setFont(labelFont());
        p->setPen(color.lighter(130));
        p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    if (isSelected()) {
        const double h = handleSize();
        p->setPen(QPen(Qt::white, 1 / m_viewScale));
        p->setBrush(Qt::NoBrush);
        p->drawRect(m_rect.adjusted(-2 / m_viewScale, -2 / m_viewScale, 2 / m_viewScale, 2 / m_viewScale));
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
