#include "importjob.h"

#include "imaging/thumbnailcache.h"
#include "library/database.h"
#include "models/perceptualhash.h"

#include <QPromise>
#include <QtConcurrent>

namespace veil::ui {

namespace {

void runImport(QPromise<ImportResult> &promise, const QString &databasePath, const QStringList &inputs)
{
    LibraryDatabase db(databasePath);
    QString error;
    if (!db.open(&error)) {
        ImportResult r;
        r.path = databasePath;
        r.error = error;
        promise.addResult(r);
        return;
    }
    QList<ImportResult> problems;
    const QStringList files = Importer::expandPaths(inputs, &problems);
    promise.setProgressRange(0, int(files.size() + problems.size()));
    int done = 0;
    for (const ImportResult &p : std::as_const(problems)) {
        promise.addResult(p);
        promise.setProgressValue(++done);
    }
    const ThumbnailCache thumbnails(db.cacheDirectory() + QStringLiteral("/thumbnails"));
    Importer importer(db, &thumbnails);
    for (const QString &file : files) {
        if (promise.isCanceled())
            return;
        const ImportResult r = importer.importFile(file);
        promise.addResult(r);
        promise.setProgressValue(++done);
    }
    // Perceptual hashes from the thumbnails just made (cheap: 256 px images).
    backfillPerceptualHashes(db);
}

} // namespace

ImportJob::ImportJob(QString databasePath, QStringList inputs, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_inputs(std::move(inputs))
{
    connect(&m_watcher, &QFutureWatcher<ImportResult>::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<ImportResult>::resultReadyAt, this, [this](int index) {
        const ImportResult r = m_watcher.resultAt(index);
        m_results.append(r);
        if (r.outcome == ImportResult::Outcome::Failed)
            emit failed(r.path, r.error);
        else if (r.outcome == ImportResult::Outcome::Imported)
            emit photoImported(r.photoId);
    });
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this,
            [this] { emit finished(m_watcher.isCanceled()); });
}

ImportJob::~ImportJob()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ImportJob::start()
{
    m_watcher.setFuture(QtConcurrent::run(runImport, m_databasePath, m_inputs));
}

void ImportJob::cancel()
{
    m_watcher.cancel();
}

} // namespace veil::ui
