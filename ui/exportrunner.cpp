#include "exportrunner.h"

#include "detect/facedetector.h"
#include "export/outputnaming.h"
#include "library/database.h"
#include "library/photorepository.h"

#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

namespace veil::ui {

ExportRunner::ExportRunner(LibraryDatabase &db, ExportRequest request, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_request(std::move(request))
{
    connect(&m_watcher, &QFutureWatcher<ExportResult>::resultReadyAt, this, [this](int index) {
        const ExportResult r = m_watcher.resultAt(index);
        const qint64 id = m_jobIds.value(index);
        m_results.append(r);
        PhotoRepository repo(m_db);
        if (r.ok) {
            repo.setReviewStatus(id, ReviewStatus::Exported);
            m_db.logActivity(QStringLiteral("export"),
                             tr("%1 exported to %2 (%n face(s) anonymized)", nullptr, int(r.anonymized.size()))
                                 .arg(QFileInfo(r.input).fileName(), r.output),
                             id);
        } else {
            repo.setReviewStatus(id, ReviewStatus::Failed);
            m_failures.append(QStringLiteral("%1: %2").arg(QFileInfo(r.input).fileName(), r.error));
            m_db.logActivity(QStringLiteral("export-failed"),
                             QStringLiteral("%1: %2").arg(QFileInfo(r.input).fileName(), r.error), id);
        }
        emit photoFinished(id, r.ok);
        emit progress(int(m_results.size()) + (m_total - int(m_jobIds.size())), m_total);
    });
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this,
            [this] { emit finished(m_watcher.isCanceled()); });
}

ExportRunner::~ExportRunner()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

int ExportRunner::exportedCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const ExportResult &r) { return r.ok; }));
}

void ExportRunner::start()
{
    // Jobs are planned on the GUI thread (a few small queries per photo); the pixels
    // are only touched on the pool.
    PhotoRepository repo(m_db);
    QList<ExportJob> jobs;
    m_total = int(m_request.photoIds.size());
    for (qint64 id : std::as_const(m_request.photoIds)) {
        const std::optional<Photo> photo = repo.photo(id);
        if (!photo) {
            m_failures.append(tr("Photo %1: no longer in the library").arg(id));
            continue;
        }
        const QString extension =
            extensionFor(resolvedOutputFormat(m_request.options.format, formatFromName(photo->format)));
        QString error;
        const QString output = outputPathFor(photo->path, QString(), m_request.outputDirectory,
                                             m_request.nameTemplate, extension, &error);
        if (output.isEmpty()) {
            m_failures.append(QStringLiteral("%1: %2").arg(QFileInfo(photo->path).fileName(), error));
            continue;
        }
        ExportJob job;
        job.inputPath = photo->path;
        job.outputPath = output;
        job.faces = repo.faces(id);
        jobs.append(job);
        m_jobIds.append(id);
    }
    const ExportOptions options = m_request.options;
    const bool verifyFaces = m_request.verifyFaces && options.verify;
    m_watcher.setFuture(QtConcurrent::run([jobs, options, verifyFaces](QPromise<ExportResult> &promise) {
        std::unique_ptr<FaceDetector> detector;
        if (verifyFaces)
            detector = FaceDetector::create(DetectorOptions());
        for (const ExportJob &job : jobs) {
            if (promise.isCanceled())
                return;
            promise.addResult(exportPhoto(job, options, detector.get()));
        }
    }));
    emit progress(m_total - int(m_jobIds.size()), m_total);
}

void ExportRunner::cancel()
{
    m_watcher.cancel();
}

} // namespace veil::ui
