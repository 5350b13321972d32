#include "detectjob.h"

#include "detect/photodetection.h"
#include "library/database.h"
#include "library/photorepository.h"

#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

namespace veil::ui {

DetectJob::DetectJob(LibraryDatabase &db, QList<qint64> photoIds, DetectorOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_ids(std::move(photoIds))
    , m_options(std::move(options))
{
    connect(&m_watcher, &QFutureWatcher<DetectedPhoto>::resultReadyAt, this,
            [this](int index) { store(m_watcher.resultAt(index)); });
    connect(&m_watcher, &QFutureWatcher<DetectedPhoto>::finished, this,
            [this] { emit finished(m_watcher.isCanceled()); });
}

DetectJob::~DetectJob()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

DetectedPhoto DetectJob::detect(FaceDetector &detector, qint64 photoId, const QString &path)
{
    DetectedPhoto out;
    out.photoId = photoId;
    out.path = path;
    const PhotoDetections found = detectPhoto(detector, path);
    if (!found.ok() || found.displayedSize.isEmpty()) {
        out.error = found.error.isEmpty() ? QStringLiteral("could not be decoded") : found.error;
        return out;
    }
    for (const Detection &d : found.faces) {
        FaceBox f;
        f.rect = FaceBox::normalise(d.box, QSizeF(found.displayedSize));
        f.score = d.score;
        f.uncertain = d.uncertain;
        f.origin = FaceOrigin::Automatic;
        out.faces.append(f);
    }
    return out;
}

void DetectJob::start()
{
    PhotoRepository repo(m_db);
    QList<QPair<qint64, QString>> work;
    for (qint64 id : std::as_const(m_ids))
        if (const auto photo = repo.photo(id))
            work.append({id, photo->path});
    emit progress(0, int(work.size()));
    const DetectorOptions options = m_options;
    m_watcher.setFuture(QtConcurrent::run([work, options](QPromise<DetectedPhoto> &promise) {
        const std::unique_ptr<FaceDetector> detector = FaceDetector::create(options);
        for (const auto &[id, path] : work) {
            if (promise.isCanceled())
                return;
            promise.addResult(detect(*detector, id, path));
        }
    }));
    m_ids.clear();
    for (const auto &w : std::as_const(work))
        m_ids.append(w.first);
}

void DetectJob::cancel()
{
    m_watcher.cancel();
}

void DetectJob::store(const DetectedPhoto &result)
{
    ++m_done;
    emit progress(m_done, int(m_ids.size()));
    const QString name = QFileInfo(result.path).fileName();
    if (!result.error.isEmpty()) {
        emit failed(QStringLiteral("%1: %2").arg(name, result.error));
        return;
    }
    PhotoRepository repo(m_db);
    QList<FaceBox> faces;
    for (const FaceBox &f : repo.faces(result.photoId))
        if (f.origin == FaceOrigin::Manual)
            faces.append(f);
    faces += result.faces;
    QString error;
    if (!repo.replaceFaces(result.photoId, faces, &error)) {
        emit failed(tr("%1: faces not saved: %2").arg(name, error));
        return;
    }
    if (!result.faces.isEmpty())
        repo.setReviewStatus(result.photoId, ReviewStatus::NeedsReview);
    m_faces += int(result.faces.size());
    const int uncertain = int(std::count_if(result.faces.cbegin(), result.faces.cend(),
                                            [](const FaceBox &f) { return f.uncertain; }));
    m_db.logActivity(QStringLiteral("detect"),
                     tr("%1: %n face(s) found, %2 of them uncertain", nullptr, int(result.faces.size()))
                         .arg(name)
                         .arg(uncertain),
                     result.photoId);
    emit photoDone(result.photoId);
}

} // namespace veil::ui
