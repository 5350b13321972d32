#pragma once

#include <QGraphicsView>
#include <QPointer>

class QGraphicsPixmapItem;
class QGraphicsRectItem;

namespace veil {
class PhotoDocument;
}

namespace veil::ui {

class FaceBoxItem;

// The photo with its face boxes. Drag on the photo to draw a new box; drag a box to
// move it, a corner to resize it. Wheel zooms about the cursor, the middle button
// (or Alt+drag) pans. Keys: Del deletes the selected box, K toggles anonymize/keep,
// Y/N accept/reject an uncertain candidate; holding Space shows the original.
class PhotoView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit PhotoView(QWidget *parent = nullptr);

    // `image` is the displayed-orientation photo; the document's boxes are relative to it.
    void setPhoto(const QImage &image, PhotoDocument *doc);
    void setPreview(const QImage &preview); // null: show the photo itself
    void clear();
    QSize imageSize() const { return m_imageSize; }

    void fitToWindow();
    void actualSize();
    void zoomBy(double factor);
    double zoom() const { return transform().m11(); }
    bool isFitting() const { return m_fit; }

    // The box under the selection, or -1.
    int selectedFace() const;
    void selectFace(int index);
    QList<FaceBoxItem *> faceItems() const { return m_items; }
    // Maps normalised document coordinates to viewport pixels (for tests and overlays).
    QPoint viewportPoint(QPointF normalised) const;

    bool deleteSelected();
    bool toggleSelected();
    bool acceptCandidate(); // the selected one, else the first uncertain
    bool rejectCandidate();

signals:
    void originalHeld(bool held);
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildItems();
    void updateItemScale();
    int candidateIndex() const;

    QGraphicsPixmapItem *m_pixmap = nullptr;
    QGraphicsRectItem *m_rubber = nullptr;
    QPointer<PhotoDocument> m_doc;
    QList<QMetaObject::Connection> m_connections;
    QList<FaceBoxItem *> m_items;
    QImage m_image;
    QImage m_preview;
    QSize m_imageSize;
    bool m_fit = true;
    bool m_showingOriginal = false;
    QPointF m_drawStart;
    bool m_drawing = false;
    bool m_panning = false;
    QPoint m_panStart;
};

} // namespace veil::ui
