#pragma once

#include "anonymize/obfuscation.h"
#include "detect/facedetector.h"
#include "library/photo.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QSortFilterProxyModel;
class QToolBar;
class QUndoGroup;

namespace veil {
class LibraryDatabase;
class PhotoDocument;
class FaceListModel;
}

namespace veil::ui {

class PhotoView;

// The photo editor: the photo and its boxes, the face strip (a thumbnail of every box,
// undecided first; a click zooms to it), a live preview of the anonymization or the mask
// view (exactly what the export blurs), and the keyboard review flow (next/previous,
// next uncertain, next possible face, accept and next, mark reviewed). Edits are saved
// to the library when leaving a photo; each photo keeps its undo history while the
// library is open.
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
    PhotoDocument *document() const { return m_doc; }
    PhotoView *view() const { return m_view; }
    QListView *faceList() const { return m_faceList; }
    // The face strip's row `row` as a document index (the strip is sorted), or -1.
    int faceAtRow(int row) const;
    int rowOfFace(int index) const;
    // "N uncertain · N possible faces · zoom", for the status bar.
    QLabel *countsLabel() const { return m_counts; }
    // Whether the boxes now are those of the photo's last export ("Exported with these
    // boxes" / "Changed since export"); hidden for a photo never exported.
    QLabel *exportStateLabel() const { return m_exportState; }
    // Reads the photo's last export again (after an export of it).
    void refreshExportState();
    QAction *acceptAndNextAction() const { return m_acceptNext; }
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
    // The mask view: the photo unblurred, with the masks the export will blur.
    void setMaskView(bool enabled);
    bool maskView() const { return m_maskView; }

    QList<QAction *> editorActions() const { return m_actions; }
    // The window's Export action (it exports the photo in the editor), shown after the
    // review actions so that the job ends where it is done.
    void addExportAction(QAction *action);
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    bool goNext();
    bool goPrevious();
    void markReviewed();
    void acceptAndNext();
    void setRemainingText(const QString &text);
    // For the documentation's screenshots: "mask" shows the mask view, "possible" steps to
    // the first possible face.
    void showDocumentationState(const QString &state);

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
    void updateCounts();
    void updateExportState();
    bool faceListKey(int key);
    QAction *addAction(const QString &text, const QKeySequence &key, const std::function<void()> &slot,
                       const QString &icon = {}, bool inToolBar = true);
    bool eventFilter(QObject *watched, QEvent *event) override;

    LibraryDatabase &m_db;
    PhotoView *m_view;
    QToolBar *m_toolBar;
    QListView *m_faceList;
    QLabel *m_title;
    QLabel *m_remaining;
    QLabel *m_status;
    QLabel *m_counts;
    QLabel *m_exportState;
    std::optional<QList<FaceBox>> m_exportedBoxes; // the open photo's, from its last export
    // Every photo opened since the library was, with its undo history.
    std::map<qint64, std::unique_ptr<PhotoDocument>> m_docs;
    PhotoDocument *m_doc = nullptr;
    FaceListModel *m_faceModel;
    QSortFilterProxyModel *m_faceOrder;
    QUndoGroup *m_group;
    QList<qint64> m_sequence;
    qint64 m_pendingId = 0;
    bool m_loading = false;
    QString m_loadError;
    QImage m_image;
    QSize m_photoSize; // the photo's full displayed size (m_image may be reduced)
    QImage m_preview;
    ObfuscationOptions m_obfuscation;
    DetectorOptions m_detectorOptions;
    bool m_previewEnabled = true;
    bool m_maskView = false;
    int m_previewGeneration = 0;
    QList<QAction *> m_actions;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_maskAction = nullptr;
    QAction *m_acceptNext = nullptr;
    QAction *m_exportSlot = nullptr; // the separator the Export action goes before
};

} // namespace veil::ui
