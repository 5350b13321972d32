// The main window's background batches (resuming an interrupted export) and the sync
// badges of its grid.
#include "exportsummary.h"
#include "futures.h"
#include "jobs/anonymizebatchjob.h"
#include "jobs/dbwriter.h"
#include "jobstatus.h"
#include "library/database.h"
#include "library/photorepository.h"
#include "librarypage.h"
#include "mainwindow.h"
#include "resumebar.h"
#include "settings/settings.h"
#include "syncpanel.h"

#include <QAction>
#include <QFileInfo>
#include <QLineEdit>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

namespace veil::ui {

SyncPanel *MainWindow::installSyncPanel(sync::TokenStore &tokens)
{
    auto *panel = new SyncPanel(
        *m_db, [this] { return m_library->selectedIds(); }, tokens, this);
    addPanel(panel);
    connect(panel, &SyncPanel::outboxChanged, this, &MainWindow::refreshSyncStates);
    // Sync is for users with a face-blur server: nothing of it shows until one is set.
    const QString server = m_settings->value(SettingKeys::SyncServer);
    panel->serverEdit()->setText(server);
    panel->setVisible(!server.isEmpty());
    panel->toggleViewAction()->setVisible(!server.isEmpty());
    return panel;
}

void MainWindow::refreshSyncStates()
{
    if (m_open && !m_syncTimer->isActive())
        m_syncTimer->start();
}

AnonymizeBatchJob *MainWindow::resumeJob() const
{
    return m_resumeJob;
}

void MainWindow::offerUnfinishedBatches()
{
    // One offer per job: when a job was started again while one of its batches was
    // unfinished, the older batches are closed as superseded (the newest covers them).
    // A batch another process runs now (veil-cli, another window) is not interrupted:
    // it is not offered.
    whenFinished(m_writer->post([](LibraryDatabase &db) { return interruptedBatches(db); }), this,
                 [this](const QList<Batch> &batches) {
                     for (const Batch &b : batches)
                         if (b.kind == QLatin1String("anonymize"))
                             m_offers.append(b);
                     offerNextBatch();
                 });
}

void MainWindow::offerNextBatch()
{
    if (m_offers.isEmpty() || m_resumeJob) {
        if (m_offers.isEmpty())
            m_resumeBar->hide();
        return;
    }
    const Batch next = m_offers.takeFirst();
    m_resumeBar->offer(next);
    emit batchOffered(next.id);
}

void MainWindow::resumeBatch(qint64 batchId)
{
    if (!m_writer || m_resumeJob)
        return;
    m_resumeBar->hide();
    whenFinished(
        m_writer->post([batchId](LibraryDatabase &db) { return batchstore::batch(db, batchId); }), this,
        [this, batchId](const std::optional<Batch> &batch) {
            if (!batch) {
                m_jobs->addFailure(tr("Batch %1 is no longer in the library").arg(batchId));
                offerNextBatch();
                return;
            }
            if (batch->state != BatchState::Running) {
                // Superseded meanwhile by a newer export of the same job: nothing to resume.
                offerNextBatch();
                return;
            }
            const int threads = std::clamp(QThread::idealThreadCount() - 1, 2, 4);
            auto *job = new AnonymizeBatchJob(*m_writer, batchId, AnonymizeBatchOptions::fromJson(batch->options),
                                              threads, this);
            m_resumeJob = job;
            // Taken meanwhile by another process (`veil-cli resume`, another window): left to it.
            connect(job, &AnonymizeBatchJob::refused, this, [this, job](const QString &why) {
                m_jobs->finishJob(tr("The interrupted export was not resumed: %1").arg(why));
                job->deleteLater();
                m_resumeJob = nullptr;
                emit batchResumeRefused(job->batchId(), why);
                offerNextBatch();
            });
            m_jobs->startJob(tr("Resuming the interrupted export…"));
            connect(job, &AnonymizeBatchJob::progress, m_jobs, &JobStatus::setProgress);
            connect(job, &AnonymizeBatchJob::itemFinished, this, [this](const BatchItem &item) {
                if (item.state == ItemState::Failed)
                    m_jobs->addFailure(
                        QStringLiteral("%1: %2").arg(QFileInfo(item.inputPath).fileName(), exportItemError(item)));
                if (!item.photoId)
                    return;
                if (item.state == ItemState::Failed && !exportNotReplaced(item))
                    PhotoRepository(*m_db).setReviewStatus(item.photoId, ReviewStatus::Failed);
                refreshRow(item.photoId);
            });
            connect(job, &AnonymizeBatchJob::finished, this, [this, job](bool cancelled) {
                QString summary = tr("Interrupted export finished: %1 exported, %2 failed")
                                      .arg(job->exportedCount())
                                      .arg(job->failedItems().size());
                if (cancelled)
                    summary += QStringLiteral(" ") + tr("(cancelled)");
                for (const QString &w : job->warnings())
                    m_jobs->addFailure(w);
                m_jobs->finishJob(summary);
                job->deleteLater();
                m_resumeJob = nullptr;
                emit batchResumeFinished(job->batchId(), cancelled);
                offerNextBatch();
            });
            job->start();
        });
}

void MainWindow::discardBatch(qint64 batchId)
{
    if (!m_writer)
        return;
    m_resumeBar->hide();
    whenFinished(m_writer->post([batchId](LibraryDatabase &db) { return veil::discardBatch(db, batchId); }), this,
                 [this, batchId](int removed) {
                     if (removed < 0) {
                         // Taken meanwhile by another process: it is running, not interrupted.
                         statusBar()->showMessage(
                             tr("The interrupted export was not discarded: another process is running it now."), 10000);
                         offerNextBatch();
                         return;
                     }
                     statusBar()->showMessage(tr("The interrupted export was discarded."), 5000);
                     emit batchDiscarded(batchId, removed);
                     offerNextBatch();
                 });
}

} // namespace veil::ui
