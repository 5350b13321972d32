#include "photoview.h"

#include "edits/photodocument.h"
#include "faceboxitem.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace veil::ui {

PhotoView::PhotoView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setDragMode(NoDrag);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(palette().color(QPalette::Window).darker(130));
    setAccessibleName(tr("Photo with face boxes"));
    m_pixmap = scene()->addPixmap({});
    m_pixmap->setTransformationMode(Qt::SmoothTransformation);
    m_rubber = scene()->addRect({}, QPen(QColor(0x3d, 0x7e, 0xd6), 0), QColor(0x3d, 0x7e, 0xd6, 50));
    m_rubber->setZValue(20);
    m_rubber->hide();
    connect(scene(), &QGraphicsScene::selectionChanged, this, [this] { emit selectedFaceChanged(selectedFace()); });
}

PhotoView::~PhotoView()
{
    // The scene deletes the items after this view's members are gone: it must not call
    // back (selectionChanged) into them.
    scene()->disconnect(this);
    m_items.clear();
}

void PhotoView::setPhoto(const QImage &image, PhotoDocument *doc, QSize photoSize)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_image = image;
    m_preview = {};
    m_imageSize = image.size();
    m_photoSize = photoSize.isEmpty() ? image.size() : photoSize;
    m_doc = doc;
    m_pixmap->setPixmap(QPixmap::fromImage(image));
    scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(m_imageSize)));
    if (m_doc) {
        m_connections << connect(m_doc, &PhotoDocument::faceInserted, this, &PhotoView::rebuildItems);
        m_connections << connect(m_doc, &PhotoDocument::faceRemoved, this, &PhotoView::rebuildItems);
        m_connections << connect(m_doc, &PhotoDocument::faceChanged, this, [this](int index) {
            if (index >= 0 && index < m_items.size())
                m_items.at(index)->syncFromDocument();
            layoutLabels();
        });
    }
    rebuildItems();
    fitToWindow();
}

void PhotoView::setPreview(const QImage &preview)
{
    m_preview = preview;
    if (!m_showingOriginal)
        m_pixmap->setPixmap(QPixmap::fromImage(m_preview.isNull() ? m_image : m_preview));
}

void PhotoView::clear()
{
    setPhoto({}, nullptr);
}

void PhotoView::rebuildItems()
{
    const int selected = selectedFace();
    // Deleting a selected item signals selectionChanged: m_items must be empty by then.
    qDeleteAll(std::exchange(m_items, {}));
    if (!m_doc)
        return;
    for (int i = 0; i < m_doc->count(); ++i) {
        auto *item = new FaceBoxItem(m_doc, i, QSizeF(m_imageSize));
        item->setViewScale(zoom());
        item->setMask(m_mask);
        if (m_showingOriginal)
            item->hide();
        scene()->addItem(item);
        m_items.append(item);
    }
    if (selected >= 0 && selected < m_items.size())
        m_items.at(selected)->setSelected(true);
    layoutLabels();
}

void PhotoView::updateItemScale()
{
    for (FaceBoxItem *item : std::as_const(m_items))
        item->setViewScale(zoom());
    layoutLabels();
    emit zoomChanged(zoom());
}

void PhotoView::layoutLabels()
{
    // Greedy: undecided faces first (their labels are the ones to act on), then the
    // others; a label that would overlap one already placed is left out. The selected
    // box always shows its label (FaceBoxItem::paint).
    QList<FaceBoxItem *> order = m_items;
    const auto rank = [this](const FaceBoxItem *item) {
        const FaceBox &f = m_doc->face(item->index());
        return item->isSelected() ? 0 : f.uncertain ? 1 : f.possible ? 3 : 2;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](const FaceBoxItem *a, const FaceBoxItem *b) { return rank(a) < rank(b); });
    QList<QRectF> placed;
    for (FaceBoxItem *item : std::as_const(order)) {
        const QRectF r = item->labelRect();
        if (r.isEmpty()) {
            item->setLabelVisible(false);
            continue;
        }
        const bool free = std::none_of(placed.cbegin(), placed.cend(), [&](const QRectF &p) { return p.intersects(r); });
        item->setLabelVisible(free);
        if (free)
            placed.append(r);
    }
}

void PhotoView::setMask(const std::optional<ObfuscationOptions> &mask)
{
    m_mask = mask;
    for (FaceBoxItem *item : std::as_const(m_items))
        item->setMask(mask);
}

void PhotoView::fitToWindow()
{
    m_fit = true;
    if (m_imageSize.isEmpty())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    updateItemScale();
}

double PhotoView::devicePixelsPerPhotoPixel() const
{
    // A reduced decode has fewer image pixels than the photo: each stands for several.
    const double reduction = m_imageSize.isEmpty() ? 1.0 : double(m_photoSize.width()) / m_imageSize.width();
    return zoom() * devicePixelRatioF() / reduction;
}

double PhotoView::zoomPercent() const
{
    return devicePixelsPerPhotoPixel() * 100;
}

void PhotoView::actualSize()
{
    m_fit = false;
    const double reduction = m_imageSize.isEmpty() ? 1.0 : double(m_photoSize.width()) / m_imageSize.width();
    const double scale = reduction / devicePixelRatioF();
    setTransform(QTransform::fromScale(scale, scale));
    updateItemScale();
}

void PhotoView::zoomToFace(int index)
{
    if (!m_doc || index < 0 || index >= m_items.size())
        return;
    selectFace(index);
    const QRectF box = m_items.at(index)->boxRect();
    const double side = std::max(box.width(), box.height());
    // The face at about a quarter of the view, at most 8 device pixels per photo pixel (a
    // face of 8 pixels is then 64 pixels wide on screen).
    const QRectF area(box.center() - QPointF(side * 2, side * 2), QSizeF(side * 4, side * 4));
    m_fit = false;
    fitInView(area, Qt::KeepAspectRatio);
    const double reduction = m_imageSize.isEmpty() ? 1.0 : double(m_photoSize.width()) / m_imageSize.width();
    const double most = 8 * reduction / devicePixelRatioF();
    if (zoom() > most)
        setTransform(QTransform::fromScale(most, most));
    centerOn(box.center());
    updateItemScale();
}

void PhotoView::zoomBy(double factor)
{
    const double next = std::clamp(zoom() * factor, 0.02, 16.0);
    m_fit = false;
    scale(next / zoom(), next / zoom());
    updateItemScale();
}

int PhotoView::selectedFace() const
{
    for (const FaceBoxItem *item : m_items)
        if (item->isSelected())
            return item->index();
    return -1;
}

void PhotoView::selectFace(int index)
{
    scene()->clearSelection();
    if (index >= 0 && index < m_items.size()) {
        m_items.at(index)->setSelected(true);
        ensureVisible(m_items.at(index)->boxRect());
    }
}

QPoint PhotoView::viewportPoint(QPointF normalised) const
{
    return mapFromScene(QPointF(normalised.x() * m_imageSize.width(), normalised.y() * m_imageSize.height()));
}

bool PhotoView::deleteSelected()
{
    const int index = selectedFace();
    return m_doc && index >= 0 && m_doc->removeFace(index);
}

bool PhotoView::toggleSelected()
{
    const int index = selectedFace();
    const bool done = m_doc && index >= 0 && m_doc->toggleAnonymize(index);
    if (done)
        selectFace(index);
    return done;
}

int PhotoView::candidateIndex() const
{
    if (!m_doc)
        return -1;
    const int selected = selectedFace();
    if (selected >= 0 && (m_doc->face(selected).uncertain || m_doc->face(selected).possible))
        return selected;
    for (int i = 0; i < m_doc->count(); ++i)
        if (m_doc->face(i).uncertain)
            return i;
    return -1;
}

bool PhotoView::acceptCandidate()
{
    const int index = candidateIndex();
    if (index < 0)
        return false;
    const bool possible = m_doc->face(index).possible;
    if (!m_doc->acceptCandidate(index))
        return false;
    // On to the next face of the same kind, so that Y/N step through them.
    showFace(m_doc->nextIndex(index, possible ? PhotoDocument::Kind::Possible : PhotoDocument::Kind::Uncertain));
    return true;
}

bool PhotoView::rejectCandidate()
{
    const int index = candidateIndex();
    if (index < 0)
        return false;
    const bool possible = m_doc->face(index).possible;
    // The one after it, found before it is removed (indexes after it then shift down).
    int next = m_doc->nextIndex(index, possible ? PhotoDocument::Kind::Possible : PhotoDocument::Kind::Uncertain);
    if (!m_doc->rejectCandidate(index))
        return false;
    next = next == index ? -1 : next > index ? next - 1 : next;
    showFace(next);
    return true;
}

void PhotoView::showFace(int index)
{
    // Zoomed in on one face: zoom to the next one too; fitting: select it.
    if (!m_fit && index >= 0)
        zoomToFace(index);
    else
        selectFace(index);
}

bool PhotoView::stepTo(bool possible)
{
    if (!m_doc)
        return false;
    const int next = m_doc->nextIndex(selectedFace(), possible ? PhotoDocument::Kind::Possible : PhotoDocument::Kind::Uncertain);
    if (next < 0)
        return false;
    zoomToFace(next);
    return true;
}

void PhotoView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.2, steps));
    event->accept();
}

void PhotoView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::AltModifier))) {
        m_panning = true;
        m_panStart = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
    if (event->isAccepted() || event->button() != Qt::LeftButton || !m_doc)
        return;
    // Nothing took the press: start drawing a new box on the photo.
    const QPointF p = mapToScene(event->position().toPoint());
    if (!scene()->sceneRect().contains(p))
        return;
    scene()->clearSelection();
    m_drawing = true;
    m_drawStart = p;
    m_rubber->setRect(QRectF(p, p));
    m_rubber->show();
    event->accept();
}

void PhotoView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint d = event->position().toPoint() - m_panStart;
        m_panStart = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        return;
    }
    if (m_drawing) {
        const QPointF p = mapToScene(event->position().toPoint());
        m_rubber->setRect(QRectF(m_drawStart, p).normalized().intersected(scene()->sceneRect()));
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void PhotoView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->unsetCursor();
        return;
    }
    if (m_drawing) {
        m_drawing = false;
        m_rubber->hide();
        const QRectF r = m_rubber->rect();
        // A click (or a tiny drag) is not a box.
        if (r.width() * zoom() >= 6 && r.height() * zoom() >= 6 && m_doc->addFace(FaceBox::normalise(r, QSizeF(m_imageSize))))
            selectFace(m_doc->count() - 1);
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void PhotoView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (deleteSelected())
            return;
        break;
    case Qt::Key_K:
        if (toggleSelected())
            return;
        break;
    case Qt::Key_Y:
        if (acceptCandidate())
            return;
        break;
    case Qt::Key_N:
        if (rejectCandidate())
            return;
        break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat() && !m_showingOriginal) {
            m_showingOriginal = true;
            m_pixmap->setPixmap(QPixmap::fromImage(m_image));
            for (FaceBoxItem *item : std::as_const(m_items))
                item->hide();
            emit originalHeld(true);
        }
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    default: break;
    }
    QGraphicsView::keyPressEvent(event);
}

void PhotoView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_showingOriginal) {
        m_showingOriginal = false;
        m_pixmap->setPixmap(QPixmap::fromImage(m_preview.isNull() ? m_image : m_preview));
        for (FaceBoxItem *item : std::as_const(m_items))
            item->show();
        emit originalHeld(false);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void PhotoView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fit)
        fitToWindow();
}

} // namespace veil::ui
