#pragma once

#include "anonymize/obfuscation.h"

#include <QGraphicsView>
#include <QPointer>

#include <optional>

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
// Y/N accept/reject an uncertain candidate or a possible face; holding Space shows the
// original. Labels that would overlap are hidden (the most important kept), so a dense
// crowd stays readable.
class PhotoView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit PhotoView(QWidget *parent = nullptr);
    ~PhotoView() override;

    // `image` is the displayed-orientation photo; the document's boxes are relative to it.
    // `photoSize` is the photo's full displayed size (the image may be a reduced decode):
    // it is what "100%" refers to. Empty: the image's own size.
    void setPhoto(const QImage &image, PhotoDocument *doc, QSize photoSize = {});
    void setPreview(const QImage &preview); // null: show the photo itself
    void clear();
    QSize imageSize() const { return m_imageSize; }
    QSize photoSize() const { return m_photoSize; }

    void fitToWindow();
    // One pixel of the photo per device pixel of the screen.
    void actualSize();
    void zoomBy(double factor);
    // Scene (image) pixels per logical pixel of the view.
    double zoom() const { return transform().m11(); }
    // Device pixels per photo pixel, as a percentage: 100 after actualSize().
    double zoomPercent() const;
    bool isFitting() const { return m_fit; }
    // Zooms so that the face fills about a quarter of the view, centred, and selects it.
    void zoomToFace(int index);

    // The mask view: the photo as it is, with the masks the export will blur.
    void setMask(const std::optional<ObfuscationOptions> &mask);
    bool isMaskShown() const { return m_mask.has_value(); }
    // Places labels so that none overlaps another (run after zooming and edits).
    void layoutLabels();

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
    // Selects and zooms to the next uncertain candidate / possible face after the
    // selected one; false when there is none.
    bool stepTo(bool possible);

signals:
    void originalHeld(bool held);
    void zoomChanged(double zoom);
    void selectedFaceChanged(int index);

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
    void showFace(int index);
    double devicePixelsPerPhotoPixel() const;

    QGraphicsPixmapItem *m_pixmap = nullptr;
    QGraphicsRectItem *m_rubber = nullptr;
    QPointer<PhotoDocument> m_doc;
    QList<QMetaObject::Connection> m_connections;
    QList<FaceBoxItem *> m_items;
    QImage m_image;
    QImage m_preview;
    QSize m_imageSize;
    QSize m_photoSize;
    std::optional<ObfuscationOptions> m_mask;
    bool m_fit = true;
    bool m_showingOriginal = false;
    QPointF m_drawStart;
    bool m_drawing = false;
    bool m_panning = false;
    QPoint m_panStart;
};

} // namespace veil::ui
