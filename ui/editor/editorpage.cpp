#include "editorpage.h"

#include "detectjob.h"
#include "edits/photodocument.h"
#include "faceboxitem.h"
#include "futures.h"
#include "imaging/imageloader.h"
#include "library/database.h"
#include "library/exportstate.h"
#include "library/photorepository.h"
#include "models/facelistmodel.h"
#include "photoview.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace veil::ui {

namespace {
// The editor shows photos at full resolution, so that "100%" is one photo pixel per
// device pixel (a 12 MP photo is 48 MB decoded). Beyond this the decode is reduced;
// boxes are normalised, so they do not depend on it, and 100% still means 1:1.
constexpr int EditorMaxDimension = 8192;
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
    , m_counts(new QLabel(this))
    , m_exportState(new QLabel(this))
    , m_faceModel(new FaceListModel(this))
    , m_faceOrder(new QSortFilterProxyModel(this))
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
    m_acceptNext = addAction(tr("Reviewed, next photo"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                             [this] { acceptAndNext(); }, QStringLiteral("go-last"));
    addAction(tr("Detect faces"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { detectFaces(); },
              QStringLiteral("edit-find"));
    m_exportSlot = m_toolBar->addSeparator();
    // Its text follows the count ("Blur 104 remaining and next", then "Reviewed, next photo"):
    // room for the longest keeps the buttons after it from moving under the mouse.
    if (QWidget *button = m_toolBar->widgetForAction(m_acceptNext)) {
        int widest = button->sizeHint().width();
        m_acceptNext->setText(tr("Blur %n remaining and next", nullptr, 999));
        widest = std::max(widest, button->sizeHint().width());
        m_acceptNext->setText(tr("Reviewed, next photo"));
        button->setMinimumWidth(widest);
    }
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
    m_maskAction = addAction(tr("Mask view"), QKeySequence(Qt::Key_M), [this] { setMaskView(m_maskAction->isChecked()); },
                             QStringLiteral("view-visible"));
    m_maskAction->setCheckable(true);
    m_maskAction->setToolTip(tr("Show the photo unblurred with exactly what the export will blur: each mask "
                                "(hatched) and how far its blur reaches (dashed). Faces without a mask stay visible."));
    addAction(tr("Next uncertain face"), QKeySequence(Qt::Key_U), [this] { m_view->stepTo(false); }, {}, false);
    addAction(tr("Next possible face"), QKeySequence(Qt::Key_O), [this] { m_view->stepTo(true); }, {}, false);

    m_faceOrder->setSourceModel(m_faceModel);
    m_faceOrder->setSortRole(FaceListModel::ReviewOrderRole);
    m_faceOrder->setDynamicSortFilter(true);
    m_faceOrder->sort(0);
    m_faceList->setModel(m_faceOrder);
    m_faceList->setAccessibleName(tr("Faces in this photo"));
    m_faceList->setToolTip(tr("Every box in this photo, undecided ones first. Click one to zoom to it; "
                              "Y blurs, N rejects, K keeps visible, Del deletes."));
    m_faceList->setIconSize(QSize(64, 64));
    m_faceList->setSpacing(2);
    m_faceList->setUniformItemSizes(true);
    m_faceList->setMinimumWidth(220);
    m_faceList->setMaximumWidth(300);
    m_faceList->installEventFilter(this);
    connect(m_faceList, &QListView::clicked, this, [this](const QModelIndex &i) {
        m_view->zoomToFace(faceAtRow(i.row()));
    });
    connect(m_faceList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const int face = faceAtRow(current.row());
                if (face >= 0 && face != m_view->selectedFace())
                    m_view->selectFace(face);
            });
    connect(m_view, &PhotoView::selectedFaceChanged, this, [this](int face) {
        const int row = rowOfFace(face);
        if (row >= 0 && row != m_faceList->currentIndex().row())
            m_faceList->setCurrentIndex(m_faceOrder->index(row, 0));
    });
    connect(m_view, &PhotoView::zoomChanged, this, &EditorPage::updateCounts);
    m_counts->setAccessibleName(tr("Faces to decide and zoom"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_remaining->setAccessibleName(tr("Photos left to review"));
    m_exportState->setAccessibleName(tr("Export state"));
    m_exportState->setWordWrap(true);
    m_exportState->hide();
    auto *help = new QLabel(tr("Drag on the photo to add a box. Y/N accept/reject a candidate, U goes to the next "
                               "uncertain one, O to the next possible face; Del deletes, K keeps/blurs, M shows the "
                               "masks, hold Space for the original."),
                            this);
    help->setWordWrap(true);
    help->setEnabled(false);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_title);
    sideLayout->addWidget(m_remaining);
    sideLayout->addWidget(m_exportState);
    sideLayout->addWidget(m_faceList, 1);
    sideLayout->addWidget(help);
    sideLayout->addWidget(m_status);
    updateCounts();

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
    for (const auto &[id, doc] : m_docs)
        doc->undoStack()->disconnect(this);
}

QAction *EditorPage::addAction(const QString &text, const QKeySequence &key, const std::function<void()> &slot,
                               const QString &icon, bool inToolBar)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    if (inToolBar)
        m_toolBar->addAction(action);
    QWidget::addAction(action);
    m_actions << action;
    return action;
}

void EditorPage::addExportAction(QAction *action)
{
    m_toolBar->insertAction(m_exportSlot, action);
}

int EditorPage::faceAtRow(int row) const
{
    const QModelIndex i = m_faceOrder->mapToSource(m_faceOrder->index(row, 0));
    return i.isValid() ? i.row() : -1;
}

int EditorPage::rowOfFace(int index) const
{
    const QModelIndex i = m_faceOrder->mapFromSource(m_faceModel->index(index, 0));
    return i.isValid() ? i.row() : -1;
}

bool EditorPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_faceList && event->type() == QEvent::KeyPress
        && faceListKey(static_cast<QKeyEvent *>(event)->key()))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool EditorPage::faceListKey(int key)
{
    // The strip's current face is the view's selected one: the view's keys act on it.
    const int face = faceAtRow(m_faceList->currentIndex().row());
    if (!m_doc || face < 0)
        return false;
    m_view->selectFace(face);
    // Y and N here are about this face only, never about another candidate.
    const bool undecided = m_doc->face(face).uncertain || m_doc->face(face).possible;
    switch (key) {
    case Qt::Key_Y:
        if (undecided)
            m_view->acceptCandidate();
        return true; // not the list's keyboard search
    case Qt::Key_N:
        if (undecided)
            m_view->rejectCandidate();
        return true;
    case Qt::Key_K: m_view->toggleSelected(); return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: return m_view->deleteSelected();
    case Qt::Key_Return:
    case Qt::Key_Enter: m_view->zoomToFace(face); return true;
    default: return false;
    }
}

void EditorPage::updateCounts()
{
    const int uncertain = m_doc ? m_doc->uncertainCount() : 0;
    const int possible = m_doc ? m_doc->possibleCount() : 0;
    QStringList parts;
    if (m_doc) {
        parts << tr("%n uncertain", nullptr, uncertain) << tr("%n possible face(s)", nullptr, possible);
        parts << tr("Zoom %1%").arg(qRound(m_view->zoomPercent()));
    }
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    m_counts->setToolTip(tr("Uncertain faces are blurred unless you reject them (N); possible faces stay visible "
                            "unless you accept them (Y). U and O step through them."));
    // Accept and next says what it is about to do.
    if (uncertain > 0) {
        m_acceptNext->setText(tr("Blur %n remaining and next", nullptr, uncertain));
        m_acceptNext->setToolTip(tr("Blur the %n remaining uncertain candidate(s), mark this photo reviewed and go "
                                    "to the next photo (Ctrl+Return)",
                                    nullptr, uncertain));
    } else {
        m_acceptNext->setText(tr("Reviewed, next photo"));
        m_acceptNext->setToolTip(tr("Mark this photo reviewed and go to the next photo (Ctrl+Return)"));
    }
    if (possible > 0)
        m_acceptNext->setToolTip(m_acceptNext->toolTip() + QLatin1Char('\n')
                                 + tr("%n possible face(s) stay visible unless you accept them (O, then Y).", nullptr,
                                      possible));
    m_acceptNext->setStatusTip(m_acceptNext->toolTip());
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
    const QSize full = photo->displayedSize();
    whenFinished(QtConcurrent::run([path, full] {
                     LoadOptions options;
                     if (full.isEmpty() || std::max(full.width(), full.height()) > EditorMaxDimension)
                         options.maxDimension = EditorMaxDimension;
                     return loadImage(path, options);
                 }),
                 this, [this, photoId, path](const LoadedImage &loaded) {
                     if (photoId == m_pendingId)
                         m_photoSize = loaded.header.displayedSize();
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
    m_faceModel->setImage({});
    m_view->clear();
    if (m_doc) {
        m_doc->undoStack()->disconnect(this);
        m_group->removeStack(m_doc->undoStack());
    }
    m_doc = nullptr;
    m_exportedBoxes.reset();
    m_exportState->hide();
    m_image = image;
    m_preview = {};
    if (!error.isEmpty()) {
        m_status->setText(error);
        updateCounts();
        emit message(error);
        emit photoLoaded(id);
        return;
    }
    // The photo's document from an earlier visit keeps its undo history, unless the
    // library changed behind it (a detection job ran meanwhile): then it starts afresh.
    PhotoRepository repo(m_db);
    const QList<FaceBox> faces = repo.faces(id);
    const QList<QRectF> rejected = repo.rejectedFaces(id);
    std::unique_ptr<PhotoDocument> &doc = m_docs[id];
    if (!doc || (!doc->isModified() && !doc->isSavedState(faces, rejected)))
        doc = std::make_unique<PhotoDocument>(id, faces, rejected);
    m_doc = doc.get();
    m_group->addStack(m_doc->undoStack());
    m_group->setActiveStack(m_doc->undoStack());
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, &EditorPage::updatePreview);
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, &EditorPage::updateCounts);
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, &EditorPage::updateExportState);
    m_exportedBoxes = lastExportedBoxes(m_db, id);
    updateExportState();
    m_faceModel->setDocument(m_doc);
    m_faceModel->setImage(image);
    m_view->setPhoto(image, m_doc, m_photoSize);
    m_view->setMask(m_maskView ? std::optional(m_obfuscation) : std::nullopt);
    m_view->setFocus();
    updateTitle();
    updateCounts();
    updatePreview();
    emit photoLoaded(id);
}

void EditorPage::refreshExportState()
{
    m_exportedBoxes = m_doc ? lastExportedBoxes(m_db, m_doc->photoId()) : std::nullopt;
    updateExportState();
}

void EditorPage::updateExportState()
{
    if (!m_doc || !m_exportedBoxes) {
        m_exportState->hide();
        return;
    }
    // The boxes in the editor, saved or not: what an export now would hide.
    if (sameBoxesAsExported(m_doc->faces(), *m_exportedBoxes)) {
        m_exportState->setText(tr("Exported with these boxes."));
        m_exportState->setToolTip(tr("The last export of this photo hid exactly the boxes shown here."));
        m_exportState->setStyleSheet(QString());
    } else {
        // The text says it all (it reads without the colour): the published file does not
        // hide what the editor shows now.
        m_exportState->setText(tr("⚠ Changed since export: the exported file does not have these boxes. Export "
                                  "this photo again to publish them."));
        m_exportState->setToolTip(tr("Boxes were added, removed, accepted or kept visible after the last export of "
                                     "this photo. Undo back to the exported boxes, or export again."));
        m_exportState->setStyleSheet(QStringLiteral("QLabel { color: #b33c00; font-weight: bold; }"));
    }
    m_exportState->show();
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
    if (m_maskView)
        m_view->setMask(m_obfuscation);
    updatePreview();
}

void EditorPage::setPreviewEnabled(bool enabled)
{
    m_previewEnabled = enabled;
    m_previewAction->setChecked(enabled);
    if (enabled && m_maskView)
        setMaskView(false);
    updatePreview();
}

void EditorPage::setMaskView(bool enabled)
{
    // The mask view shows the photo unblurred: a face without a mask must be seen.
    m_maskView = enabled;
    m_maskAction->setChecked(enabled);
    m_view->setMask(enabled ? std::optional(m_obfuscation) : std::nullopt);
    if (enabled && m_previewEnabled) {
        m_previewEnabled = false;
        m_previewAction->setChecked(false);
    }
    updatePreview();
}

void EditorPage::showDocumentationState(const QString &state)
{
    if (state == QLatin1String("mask"))
        setMaskView(true);
    else if (state == QLatin1String("possible"))
        m_view->stepTo(true);
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
    // Uncertain candidates are shown unblurred so that they can be judged (the export
    // blurs them unless rejected: the mask view shows that).
    QList<QRectF> boxes;
    for (const FaceBox &f : m_doc->faces())
        if (f.blurred() && !f.uncertain)
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
    const DetectorOptions options = DetectJob::reviewOptions(m_detectorOptions);
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
                     const int possibleBefore = m_doc->possibleCount();
                     const int added = m_doc->addDetectedFaces(result.faces);
                     const int possible = m_doc->possibleCount() - possibleBefore;
                     m_status->setText(tr("%n new face(s) found", nullptr, added - possible) + QStringLiteral(", ")
                                       + tr("%n new possible face(s)", nullptr, possible));
                     emit detectionDone(added);
                 });
}

bool EditorPage::save(QString *error)
{
    if (!m_doc || !m_doc->isModified())
        return true;
    QList<FaceBox> faces = m_doc->faces();
    const QList<QRectF> rejected = m_doc->rejected();
    PhotoRepository repo(m_db);
    QString why;
    if (!repo.replaceFaces(m_doc->photoId(), faces, &why, &rejected)) {
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
    m_faceModel->setImage({});
    m_view->clear();
    if (m_doc) {
        m_doc->undoStack()->disconnect(this);
        m_group->removeStack(m_doc->undoStack());
    }
    m_doc = nullptr;
    m_image = {};
    m_preview = {};
    m_exportedBoxes.reset();
    updateCounts();
    updateExportState();
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
    // Accepting means: every remaining candidate is a face to hide (the action's text
    // says so). Possible faces are left as they are.
    if (m_doc->uncertainCount() > 0) {
        m_doc->undoStack()->beginMacro(tr("Blur %n remaining candidate(s)", nullptr, m_doc->uncertainCount()));
        for (int i = 0; i < m_doc->count(); ++i)
            if (m_doc->face(i).uncertain)
                m_doc->acceptCandidate(i);
        m_doc->undoStack()->endMacro();
    }
    markReviewed();
    goNext();
}

} // namespace veil::ui
