#include "mainwindow.h"

#include "activitydialog.h"
#include "detectjob.h"
#include "dialoghooks.h"
#include "editor/editorpage.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "futures.h"
#include "importjob.h"
#include "jobs/anonymizebatchjob.h"
#include "jobs/dbwriter.h"
#include "jobstatus.h"
#include "library/database.h"
#include "library/photorepository.h"
#include "librarypage.h"
#include "models/photofiltermodel.h"
#include "models/photolistmodel.h"
#include "models/thumbnailprovider.h"
#include "paths.h"
#include "resumebar.h"
#include "reviewlog.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "statisticsview.h"
#include "sync/syncstates.h"
#include "syncpanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace veil::ui {

namespace {
QImage placeholderImage()
{
    QImage image(256, 192, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(128, 128, 128, 60));
    p.drawRoundedRect(image.rect().adjusted(8, 8, -8, -8), 10, 10);
    return image;
}
} // namespace

MainWindow::MainWindow(const QString &libraryPath, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
{
    if (!settings) {
        m_ownedSettings = std::make_unique<QSettings>();
        settings = m_ownedSettings.get();
    }
    m_settings = std::make_unique<Settings>(settings);
    const QString configured = m_settings->value(SettingKeys::LibraryPath);
    m_db = std::make_unique<LibraryDatabase>(resolveLibraryPath(libraryPath.isEmpty() ? configured : libraryPath));

    setWindowTitle(QStringLiteral("Veil"));
    setAcceptDrops(true);
    resize(1280, 820);

    m_thumbnails = new ThumbnailProvider(m_db->cacheDirectory() + QStringLiteral("/thumbnails"), this);
    m_photos = new PhotoListModel(m_thumbnails, this);
    m_photos->setPlaceholder(placeholderImage());
    m_filter = new PhotoFilterModel(this);
    m_filter->setSourceModel(m_photos);

    m_pages = new QStackedWidget(this);
    m_library = new LibraryPage(m_filter, m_pages);
    m_editor = new EditorPage(*m_db, m_pages);
    m_statistics = new StatisticsView(m_pages);
    m_pages->addWidget(m_library);
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_statistics);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_resumeBar = new ResumeBar(central);
    centralLayout->addWidget(m_resumeBar);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_resumeBar, &ResumeBar::resumeRequested, this, &MainWindow::resumeBatch);
    connect(m_resumeBar, &ResumeBar::discardRequested, this, &MainWindow::discardBatch);
    m_syncTimer = new QTimer(this);
    m_syncTimer->setSingleShot(true);
    m_syncTimer->setInterval(100); // a burst of sync steps is read once
    connect(m_syncTimer, &QTimer::timeout, this, [this] {
        const int generation = ++m_syncGeneration;
        const QString path = m_db->path();
        whenFinished(QtConcurrent::run([path] { return sync::photoSyncStates(path); }), this,
                     [this, generation](QHash<qint64, QString> states) {
                         if (generation != m_syncGeneration)
                             return;
                         m_photos->setSyncStates(std::move(states));
                         emit syncStatesRefreshed();
                     });
    });

    m_jobs = new JobStatus(this);
    m_countLabel = new QLabel(this);
    m_reviewLabel = new QLabel(this);
    m_reviewLabel->setAccessibleName(tr("Photos left to review"));
    statusBar()->addWidget(m_jobs, 1);
    statusBar()->addPermanentWidget(m_reviewLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    // The editor's "N uncertain · N possible faces · zoom", while the editor is shown.
    statusBar()->insertPermanentWidget(0, m_editor->countsLabel());
    m_editor->countsLabel()->hide();
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        const bool editing = m_pages->currentWidget() == m_editor;
        m_editor->countsLabel()->setVisible(editing);
        // The editor's counts are the state now; the last job's "N faces found" is not.
        if (editing)
            m_jobs->clearFinished();
    });

    createActions();
    m_library->setThumbnailSize(m_settings->value(SettingKeys::ThumbnailSize));
    applyObfuscationSettings();

    connect(m_library, &LibraryPage::openRequested, this, &MainWindow::openPhoto);
    connect(m_library->importButton(), &QPushButton::clicked, this, &MainWindow::importFiles);
    connect(m_library->exportButton(), &QPushButton::clicked, this, [this] { exportSelected(); });
    connect(m_editor, &EditorPage::closeRequested, this, [this] { showPage(Page::Library); });
    connect(m_editor, &EditorPage::photoChanged, this, &MainWindow::refreshRow);
    new ReviewLog(*m_db, m_editor, this); // the editor's decisions in the activity log
    connect(m_editor, &EditorPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_jobs, &JobStatus::cancelRequested, this, [this] {
        m_importQueue.clear();
        m_detectQueue.clear();
        if (m_import)
            m_import->cancel();
        if (m_detect)
            m_detect->cancel();
        if (m_resumeJob)
            m_resumeJob->cancel();
    });
    connect(m_thumbnails, &ThumbnailProvider::thumbnailFailed, this, [this](const QString &sha, const QString &error) {
        if (const PhotoRow *r = m_photos->rowBySha(sha)) // a hash look-up: libraries hold 100,000 rows
            m_jobs->addFailure(QStringLiteral("%1: %2").arg(r->fileName, error));
    });

    restoreGeometry(m_settings->value(SettingKeys::WindowGeometry));
    restoreState(m_settings->value(SettingKeys::WindowState));

    QString error;
    m_open = m_db->open(&error);
    if (!m_open) {
        m_jobs->finishJob(tr("The library could not be opened: %1").arg(error), JobStatus::Summary::Stays);
        m_library->setLibraryEmpty(true);
        return;
    }
    m_library->setLibraryEmpty(PhotoRepository(*m_db).count() == 0);
    updateCounts();
    reloadLibrary();
    // Opening the writer's connection waits for it once, here at start-up.
    m_writer = std::make_unique<DbWriter>(m_db->path());
    if (!m_writer->open(&error)) {
        m_jobs->addFailure(tr("Exports are unavailable: %1").arg(error));
        m_writer.reset();
        return;
    }
    offerUnfinishedBatches();
}

MainWindow::~MainWindow()
{
    // Jobs and dialogs use the writer and the database: they go first (an export still
    // running stops at its next stage boundary and stays resumable), then the pages.
    delete m_resumeJob;
    qDeleteAll(findChildren<ExportDialog *>(Qt::FindDirectChildrenOnly));
    delete m_pages;
    m_pages = nullptr;
}

bool MainWindow::isLibraryOpen() const
{
    return m_open;
}

MainWindow::Page MainWindow::currentPage() const
{
    if (m_pages->currentWidget() == m_editor)
        return Page::Editor;
    if (m_pages->currentWidget() == m_statistics)
        return Page::Statistics;
    return Page::Library;
}

void MainWindow::showPage(Page page)
{
    if (page != Page::Editor && currentPage() == Page::Editor)
        m_editor->closePhoto();
    switch (page) {
    case Page::Library:
        m_pages->setCurrentWidget(m_library);
        m_library->grid()->setFocus();
        break;
    case Page::Editor: m_pages->setCurrentWidget(m_editor); break;
    case Page::Statistics:
        m_statistics->refresh(m_db->path());
        m_pages->setCurrentWidget(m_statistics);
        break;
    }
}

void MainWindow::reloadLibrary()
{
    const int generation = ++m_reloadGeneration;
    const QString path = m_db->path();
    // 100,000 rows take a moment: read them with a connection of a pool thread.
    whenFinished(QtConcurrent::run([path] { return queryPhotoRows(path); }), this,
                 [this, generation](QList<PhotoRow> rows) {
                     if (generation != m_reloadGeneration)
                         return;
                     m_photos->setRows(std::move(rows));
                     m_library->setLibraryEmpty(m_photos->rowCount() == 0);
                     m_library->filterBar()->setChoices(m_photos->cameraModels(), m_photos->allTags());
                     updateCounts();
                     refreshSyncStates();
                     emit libraryReloaded();
                 });
}

void MainWindow::refreshRow(qint64 photoId)
{
    m_photos->updateRow(photoId, queryPhotoRow(*m_db, photoId));
    if (m_editor->photoId() == photoId)
        m_editor->refreshExportState(); // exported from the editor: the boxes now are the exported ones
    updateCounts();
}

int MainWindow::remainingToReview() const
{
    int remaining = 0;
    for (const PhotoRow &r : m_photos->rows())
        if (!r.archived && (r.status == ReviewStatus::New || r.status == ReviewStatus::NeedsReview))
            ++remaining;
    return remaining;
}

void MainWindow::updateCounts()
{
    const int remaining = remainingToReview();
    const QString text = tr("%n photo(s) left to review", nullptr, remaining);
    m_reviewLabel->setText(text);
    m_editor->setRemainingText(text);
    m_countLabel->setText(tr("%n photo(s) in the library", nullptr, int(m_photos->rowCount())));
}

bool MainWindow::isImporting() const
{
    return m_import && m_import->isRunning();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_open || paths.isEmpty())
        return;
    if (isImporting()) {
        m_importQueue += paths;
        return;
    }
    auto *job = new ImportJob(m_db->path(), paths, this);
    m_import = job;
    m_jobs->startJob(tr("Importing…"));
    connect(job, &ImportJob::progress, m_jobs, &JobStatus::setProgress);
    connect(job, &ImportJob::photoImported, this, [this](qint64 id) {
        refreshRow(id);
        m_library->setLibraryEmpty(false);
    });
    connect(job, &ImportJob::failed, this, [this](const QString &path, const QString &error) {
        m_jobs->addFailure(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), error));
    });
    connect(job, &ImportJob::finished, this, [this, job](bool cancelled) {
        int imported = 0, duplicates = 0, failed = 0;
        for (const ImportResult &r : job->results()) {
            imported += r.outcome == ImportResult::Outcome::Imported;
            duplicates += r.outcome == ImportResult::Outcome::Duplicate;
            failed += r.outcome == ImportResult::Outcome::Failed;
        }
        QString summary = tr("Imported %n photo(s)", nullptr, imported);
        if (duplicates)
            summary += QStringLiteral(", ") + tr("%n already in the library", nullptr, duplicates);
        if (failed)
            summary += QStringLiteral(", ") + tr("%n failed", nullptr, failed);
        if (cancelled)
            summary += QStringLiteral(" ") + tr("(cancelled)");
        m_jobs->finishJob(summary);
        job->deleteLater();
        reloadLibrary(); // picks up the perceptual hashes computed at the end
        emit importFinished();
        if (!m_importQueue.isEmpty()) {
            const QStringList next = std::exchange(m_importQueue, {});
            importPaths(next);
        } else if (!cancelled && m_settings->value(SettingKeys::DetectOnImport)) {
            QList<qint64> fresh;
            for (const ImportResult &r : job->results())
                if (r.outcome == ImportResult::Outcome::Imported)
                    fresh.append(r.photoId);
            detectFaces(fresh);
        }
    });
    job->start();
}

bool MainWindow::isDetecting() const
{
    return m_detect && m_detect->isRunning();
}

DetectorOptions MainWindow::detectorOptions() const
{
    DetectorOptions options;
    presetFromName(m_settings->value(SettingKeys::DetectionPreset), &options.preset);
    return options;
}

void MainWindow::detectFaces(const QList<qint64> &photoIds)
{
    if (!m_open || photoIds.isEmpty())
        return;
    if (isDetecting() || isImporting()) {
        m_detectQueue += photoIds;
        return;
    }
    auto *job = new DetectJob(*m_db, photoIds, detectorOptions(), this);
    m_detect = job;
    m_jobs->startJob(tr("Finding faces…"));
    connect(job, &DetectJob::progress, m_jobs, &JobStatus::setProgress);
    connect(job, &DetectJob::photoDone, this, &MainWindow::refreshRow);
    connect(job, &DetectJob::failed, m_jobs, &JobStatus::addFailure);
    connect(job, &DetectJob::finished, this, [this, job](bool cancelled) {
        QString summary = tr("%n face(s) found", nullptr, job->facesFound());
        if (cancelled)
            summary += QStringLiteral(" ") + tr("(cancelled)");
        m_jobs->finishJob(summary);
        job->deleteLater();
        emit detectionFinished();
        if (!m_detectQueue.isEmpty())
            detectFaces(std::exchange(m_detectQueue, {}));
    });
    job->start();
}

void MainWindow::openPhoto(qint64 photoId)
{
    if (photoId <= 0)
        return;
    m_pages->setCurrentWidget(m_editor);
    m_editor->openPhoto(photoId, m_filter->visibleIds());
}

void MainWindow::addPanel(QDockWidget *panel, Qt::DockWidgetArea area)
{
    addDockWidget(area, panel);
    m_viewMenu->addAction(panel->toggleViewAction());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QString error;
    if (!m_editor->save(&error))
        m_jobs->addFailure(error);
    m_settings->setValue(SettingKeys::WindowGeometry, saveGeometry());
    m_settings->setValue(SettingKeys::WindowState, saveState());
    m_settings->setValue(SettingKeys::ThumbnailSize, m_library->thumbnailSize());
    QMainWindow::closeEvent(event);
}

void MainWindow::importFiles()
{
    const QStringList files = Dialogs::getOpenFileNames(
        this, tr("Import Photos"), tr("Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.heic *.heif)"));
    importPaths(files);
}

void MainWindow::importFolder()
{
    const QString dir = Dialogs::getExistingDirectory(this, tr("Import Folder"));
    if (!dir.isEmpty())
        importPaths({dir});
}

void MainWindow::markSelected(bool reviewed)
{
    PhotoRepository repo(*m_db);
    for (qint64 id : m_library->selectedIds()) {
        repo.setReviewStatus(id, reviewed ? ReviewStatus::Reviewed : ReviewStatus::NeedsReview);
        refreshRow(id);
    }
}

void MainWindow::toggleArchived()
{
    const QList<qint64> ids = m_library->selectedIds();
    if (ids.isEmpty())
        return;
    const PhotoRow *first = m_photos->rowById(ids.first());
    const bool archive = first && !first->archived;
    PhotoRepository repo(*m_db);
    for (qint64 id : ids) {
        repo.setArchived(id, archive);
        refreshRow(id);
    }
    statusBar()->showMessage(archive ? tr("%n photo(s) archived", nullptr, int(ids.size()))
                                     : tr("%n photo(s) restored", nullptr, int(ids.size())),
                             5000);
}

void MainWindow::editTags()
{
    const QList<qint64> ids = m_library->selectedIds();
    if (ids.isEmpty())
        return;
    const PhotoRow *first = m_photos->rowById(ids.first());
    bool ok = false;
    const QString text = Dialogs::getText(this, tr("Tags"), tr("Tags, separated by commas:"),
                                          first ? first->tags.join(QStringLiteral(", ")) : QString(), &ok);
    if (!ok)
        return;
    QStringList tags;
    for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            tags.append(t.trimmed());
    PhotoRepository repo(*m_db);
    for (qint64 id : ids) {
        QString error;
        if (!repo.setTags(id, tags, &error))
            m_jobs->addFailure(tr("Photo %1: tags not saved: %2").arg(id).arg(error));
        refreshRow(id);
    }
    m_library->filterBar()->setChoices(m_photos->cameraModels(), m_photos->allTags());
}

void MainWindow::findSimilar()
{
    const PhotoRow *row = m_photos->rowById(m_library->currentId());
    if (!row)
        return;
    if (!row->perceptualHash) {
        statusBar()->showMessage(tr("%1: no perceptual hash yet (its thumbnail could not be read)").arg(row->fileName),
                                 8000);
        return;
    }
    m_library->filterBar()->setSimilarTo(*row->perceptualHash);
    statusBar()->showMessage(tr("Photos similar to %1 (Esc shows all)").arg(row->fileName));
}

void MainWindow::showActivity()
{
    if (!m_activity) {
        m_activity = new ActivityDialog(*m_db, this);
        m_activity->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_activity->reload();
    m_activity->show();
    m_activity->raise();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyObfuscationSettings();
    if (auto *sync = findChild<SyncPanel *>()) {
        const QString server = m_settings->value(SettingKeys::SyncServer);
        const bool had = sync->toggleViewAction()->isVisible();
        sync->toggleViewAction()->setVisible(!server.isEmpty());
        if (!server.isEmpty() && sync->serverEdit()->text() != server)
            sync->serverEdit()->setText(server);
        if (server.isEmpty() || !had)
            sync->setVisible(!server.isEmpty());
    }
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutActions(), m_editor->editorActions(), this);
    dialog.exec();
}

void MainWindow::applyObfuscationSettings()
{
    ObfuscationOptions options;
    methodFromName(m_settings->value(SettingKeys::AnonymizeMethod), &options.method);
    shapeFromName(m_settings->value(SettingKeys::AnonymizeShape), &options.shape);
    options.maskScale = m_settings->value(SettingKeys::MaskScale);
    m_editor->setObfuscation(options);
    m_editor->setDetectorOptions(detectorOptions());
}

QList<QAction *> MainWindow::shortcutActions() const
{
    return m_shortcutActions;
}

} // namespace veil::ui
