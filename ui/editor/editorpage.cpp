#include "editorpage.h"

#include "detectjob.h"
#include "edits/photodocument.h"
#include "faceboxitem.h"
#include "futures.h"
#include "imaging/imageloader.h"
#include "library/database.h"
#include "library/photorepository.h"
#include "models/facelistmodel.h"
#include "photoview.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace veil::ui {

namespace {
// Editing works on a reduced decode: boxes are normalised, so they do not depend on it.
constexpr int EditorMaxDimension = 2400;
}

EditorPage::EditorPage(LibraryDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_view(new PhotoView(this))
    , m_toolBar(new QToolBar(tr("Editor"), this))
    , m_faceList(new QListView(this))
    , m_title(new QLabel(this))
    , m_remaining(new QLabel(this))
    , m_status(new QLabel(this))
    , m_faceModel(new FaceListModel(this))
    , m_group(new QUndoGroup(this))
{
    m_undo = m_group->createUndoAction(this, tr("Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redo = m_group->createRedoAction(this, tr("Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));

    m_toolBar->setAccessibleName(tr("Editor tools"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addAction(tr("Back to library"), QKeySequence(Qt::Key_Escape), [this] { emit closeRequested(); },
              QStringLiteral("go-up"));
    m_toolBar->addSeparator();
    addAction(tr("Previous"), QKeySequence(Qt::Key_PageUp), [this] { goPrevious(); }, QStringLiteral("go-previous"));
    addAction(tr("Next"), QKeySequence(Qt::Key_PageDown), [this] { goNext(); }, QStringLiteral("go-next"));
    addAction(tr("Mark reviewed"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] { markReviewed(); },
              QStringLiteral("dialog-ok"));
    addAction(tr("Accept and next"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { acceptAndNext(); },
              QStringLiteral("go-last"));
    addAction(tr("Detect faces"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { detectFaces(); },
              QStringLiteral("edit-find"));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_actions << m_undo << m_redo;
    m_toolBar->addSeparator();
    addAction(tr("Fit"), QKeySequence(Qt::Key_F), [this] { m_view->fitToWindow(); }, QStringLiteral("zoom-fit-best"));
    addAction(tr("100%"), QKeySequence(Qt::Key_1), [this] { m_view->actualSize(); }, QStringLiteral("zoom-original"));
    m_previewAction = addAction(tr("Preview"), QKeySequence(Qt::Key_P), [this] { setPreviewEnabled(m_previewAction->isChecked()); },
                                QStringLiteral("view-preview"));
    m_previewAction->setCheckable(true);
    m_previewAction->setChecked(true);
    m_previewAction->setToolTip(tr("Show the anonymization (hold Space to see the original)"));

    m_faceList->setModel(m_faceModel);
    m_faceList->setAccessibleName(tr("Faces in this photo"));
    m_faceList->setMaximumWidth(260);
    connect(m_faceList, &QListView::clicked, this, [this](const QModelIndex &i) {
        m_view->selectFace(i.row());
        m_view->setFocus();
    });
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_remaining->setAccessibleName(tr("Photos left to review"));
    auto *help = new QLabel(tr("Drag on the photo to add a box. Del deletes, K keeps/anonymizes, "
                               "Y/N accept/reject an uncertain face, hold Space for the original."),
                            this);
    help->setWordWrap(true);
    help->setEnabled(false);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_title);
    sideLayout->addWidget(m_remaining);
    sideLayout->addWidget(m_faceList, 1);
    sideLayout->addWidget(help);
    sideLayout->addWidget(m_status);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
}

EditorPage::~EditorPage()
{
    // Destroying the document clears its undo stack, which signals indexChanged; by
    // then this page's images are destroyed, so the page must not hear it (UBSan in
    // tst_mainwindow: updatePreview() on a destroyed QImage).
    if (m_doc)
        m_doc->undoStack()->disconnect(this);
}

QAction *EditorPage::addAction(const QString &text, const QKeySequence &key, const std::function<void()> &slot,
                               const QString &icon)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    m_toolBar->addAction(action);
    QWidget::addAction(action);
    m_actions << action;
    return action;
}

qint64 EditorPage::photoId() const
{
    return m_doc ? m_doc->photoId() : m_pendingId;
}

void EditorPage::openPhoto(qint64 photoId, const QList<qint64> &sequence)
{
    QString error;
    if (!save(&error))
        emit message(error);
    m_sequence = sequence;
    m_pendingId = photoId;
    m_loading = true;
    m_loadError.clear();
    const std::optional<Photo> photo = PhotoRepository(m_db).photo(photoId);
    if (!photo) {
        onImageLoaded(photoId, {}, tr("photo %1 is no longer in the library").arg(photoId));
        return;
    }
    m_title->setText(QFileInfo(photo->path).fileName());
    m_status->setText(tr("Loading…"));
    const QString path = photo->path;
    whenFinished(QtConcurrent::run([path] {
                     LoadOptions options;
                     options.maxDimension = EditorMaxDimension;
                     return loadImage(path, options);
                 }),
                 this, [this, photoId, path](const LoadedImage &loaded) {
                     onImageLoaded(photoId, loaded.image,
                                   loaded.ok()
                                       ? QString()
                                       : QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), loaded.error));
                 });
}

void EditorPage::onImageLoaded(qint64 id, const QImage &image, const QString &error)
{
    if (id != m_pendingId) // the user moved on meanwhile
        return;
    m_loading = false;
    m_loadError = error;
    m_faceModel->setDocument(nullptr);
    m_view->clear();
    if (m_doc)
        m_group->removeStack(m_doc->undoStack());
    m_doc.reset();
    m_image = image;
    m_preview = {};
    if (!error.isEmpty()) {
        m_status->setText(error);
        emit message(error);
        emit photoLoaded(id);
        return;
    }
    m_doc = std::make_unique<PhotoDocument>(id, PhotoRepository(m_db).faces(id));
    m_group->addStack(m_doc->undoStack());
    m_group->setActiveStack(m_doc->undoStack());
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, &EditorPage::updatePreview);
    m_faceModel->setDocument(m_doc.get());
    m_view->setPhoto(image, m_doc.get());
    m_view->setFocus();
    updateTitle();
    updatePreview();
    emit photoLoaded(id);
}

void EditorPage::updateTitle()
{
    if (!m_doc)
        return;
    const int index = int(m_sequence.indexOf(m_doc->photoId()));
    m_status->setText(index >= 0 ? tr("Photo %1 of %2").arg(index + 1).arg(m_sequence.size()) : QString());
}

void EditorPage::setRemainingText(const QString &text)
{
    m_remaining->setText(text);
}

void EditorPage::setObfuscation(const ObfuscationOptions &options)
{
    m_obfuscation = options;
    updatePreview();
}

void EditorPage::setPreviewEnabled(bool enabled)
{
    m_previewEnabled = enabled;
    m_previewAction->setChecked(enabled);
    updatePreview();
}

void EditorPage::updatePreview()
{
    const int generation = ++m_previewGeneration;
    if (!m_doc || !m_previewEnabled) {
        m_preview = {};
        m_view->setPreview({});
        emit previewUpdated();
        return;
    }
    QList<QRectF> boxes;
    for (const FaceBox &f : m_doc->faces())
        if (f.anonymize && !f.uncertain)
            boxes.append(f.toPixels(QSizeF(m_image.size())));
    const QImage image = m_image;
    const ObfuscationOptions options = m_obfuscation;
    // Obfuscating a few faces of a 2400 px image takes tens of milliseconds: off the
    // GUI thread, and only the latest request is shown.
    whenFinished(QtConcurrent::run([image, boxes, options] {
                     QImage out = image;
                     obfuscateFaces(out, boxes, options);
                     return out;
                 }),
                 this, [this, generation](const QImage &preview) {
                     if (generation != m_previewGeneration)
                         return;
                     m_preview = preview;
                     m_view->setPreview(preview);
                     emit previewUpdated();
                 });
}

void EditorPage::detectFaces()
{
    if (!m_doc)
        return;
    const qint64 id = m_doc->photoId();
    const std::optional<Photo> photo = PhotoRepository(m_db).photo(id);
    if (!photo)
        return;
    m_status->setText(tr("Finding faces…"));
    const DetectorOptions options = m_detectorOptions;
    const QString path = photo->path;
    whenFinished(QtConcurrent::run([options, id, path] {
                     const std::unique_ptr<FaceDetector> detector = FaceDetector::create(options);
                     return DetectJob::detect(*detector, id, path);
                 }),
                 this, [this](const DetectedPhoto &result) {
                     if (!m_doc || m_doc->photoId() != result.photoId)
                         return;
                     if (!result.error.isEmpty()) {
                         m_status->setText(
                             QStringLiteral("%1: %2").arg(QFileInfo(result.path).fileName(), result.error));
                         emit detectionDone(0);
                         return;
                     }
                     const int added = m_doc->addDetectedFaces(result.faces);
                     m_status->setText(tr("%n new face(s) found", nullptr, added));
                     emit detectionDone(added);
                 });
}

bool EditorPage::save(QString *error)
{
    if (!m_doc || !m_doc->isModified())
        return true;
    QList<FaceBox> faces = m_doc->faces();
    PhotoRepository repo(m_db);
    QString why;
    if (!repo.replaceFaces(m_doc->photoId(), faces, &why)) {
        if (error)
            *error = tr("Photo %1: the faces could not be saved: %2").arg(m_doc->photoId()).arg(why);
        return false;
    }
    if (m_doc->uncertainCount() > 0)
        repo.setReviewStatus(m_doc->photoId(), ReviewStatus::NeedsReview);
    m_doc->markSaved();
    emit photoChanged(m_doc->photoId());
    return true;
}

void EditorPage::closePhoto()
{
    QString error;
    if (!save(&error))
        emit message(error);
    m_pendingId = 0;
    m_faceModel->setDocument(nullptr);
    m_view->clear();
    if (m_doc)
        m_group->removeStack(m_doc->undoStack());
    m_doc.reset();
}

bool EditorPage::goNext()
{
    const int index = int(m_sequence.indexOf(photoId()));
    if (index < 0 || index + 1 >= m_sequence.size())
        return false;
    openPhoto(m_sequence.at(index + 1), m_sequence);
    return true;
}

bool EditorPage::goPrevious()
{
    const int index = int(m_sequence.indexOf(photoId()));
    if (index <= 0)
        return false;
    openPhoto(m_sequence.at(index - 1), m_sequence);
    return true;
}

void EditorPage::markReviewed()
{
    if (!m_doc)
        return;
    QString error;
    if (!save(&error)) {
        emit message(error);
        return;
    }
    if (m_doc->uncertainCount() > 0) {
        emit message(tr("%n uncertain face(s) still to accept (Y) or reject (N)", nullptr, m_doc->uncertainCount()));
        return;
    }
    PhotoRepository(m_db).setReviewStatus(m_doc->photoId(), ReviewStatus::Reviewed);
    emit photoChanged(m_doc->photoId());
}

void EditorPage::acceptAndNext()
{
    if (!m_doc)
        return;
    // Accepting means: every remaining candidate is a face to hide.
    if (m_doc->uncertainCount() > 0) {
        m_doc->undoStack()->beginMacro(tr("Accept all faces"));
        for (int i = 0; i < m_doc->count(); ++i)
            if (m_doc->face(i).uncertain)
                m_doc->acceptCandidate(i);
        m_doc->undoStack()->endMacro();
    }
    markReviewed();
    goNext();
}

} // namespace veil::ui
