#pragma once

#include "anonymize/obfuscation.h"
#include "detect/facedetector.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QListView;
class QToolBar;
class QUndoGroup;

namespace veil {
class LibraryDatabase;
class PhotoDocument;
class FaceListModel;
}

namespace veil::ui {

class PhotoView;

// The photo editor: the photo and its boxes, the list of faces, a live preview of the
// anonymization, and the keyboard review flow (next/previous, accept and next, mark
// reviewed). Edits are saved to the library when leaving a photo.
class EditorPage : public QWidget
{
    Q_OBJECT

public:
    explicit EditorPage(LibraryDatabase &db, QWidget *parent = nullptr);
    ~EditorPage() override;

    // Opens `photoId`; `sequence` is the order next/previous walk through.
    void openPhoto(qint64 photoId, const QList<qint64> &sequence);
    // Saves pending edits; false (with the reason in `error`) when the library refused.
    bool save(QString *error = nullptr);
    void closePhoto();

    qint64 photoId() const;
    PhotoDocument *document() const { return m_doc.get(); }
    PhotoView *view() const { return m_view; }
    bool isLoading() const { return m_loading; }
    QString loadError() const { return m_loadError; }
    // The image shown while not holding Space: the anonymized preview (or the photo).
    QImage previewImage() const { return m_preview; }

    void setObfuscation(const ObfuscationOptions &options);
    void setDetectorOptions(const DetectorOptions &options) { m_detectorOptions = options; }
    // Finds faces in the open photo on the pool; adds them as one undoable step.
    void detectFaces();
    void setPreviewEnabled(bool enabled);
    bool previewEnabled() const { return m_previewEnabled; }

    QList<QAction *> editorActions() const { return m_actions; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    bool goNext();
    bool goPrevious();
    void markReviewed();
    void acceptAndNext();
    void setRemainingText(const QString &text);

signals:
    void photoLoaded(qint64 photoId);
    void detectionDone(int added);
    void previewUpdated();
    // The photo's faces or status changed in the library (refresh its grid cell).
    void photoChanged(qint64 photoId);
    void closeRequested();
    void message(const QString &text);

private:
    void onImageLoaded(qint64 id, const QImage &image, const QString &error);
    void updatePreview();
    void updateTitle();
    QAction *addAction(const QString &text, const QKeySequence &key, const std::function<void()> &slot,
                       const QString &icon = {});

    LibraryDatabase &m_db;
    PhotoView *m_view;
    QToolBar *m_toolBar;
    QListView *m_faceList;
    QLabel *m_title;
    QLabel *m_remaining;
    QLabel *m_status;
    std::unique_ptr<PhotoDocument> m_doc;
    FaceListModel *m_faceModel;
    QUndoGroup *m_group;
    QList<qint64> m_sequence;
    qint64 m_pendingId = 0;
    bool m_loading = false;
    QString m_loadError;
    QImage m_image;
    QImage m_preview;
    ObfuscationOptions m_obfuscation;
    DetectorOptions m_detectorOptions;
    bool m_previewEnabled = true;
    int m_previewGeneration = 0;
    QList<QAction *> m_actions;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_previewAction = nullptr;
};

} // namespace veil::ui
