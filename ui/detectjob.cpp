#include "detectjob.h"

#include "detect/photodetection.h"
#include "edits/facemerge.h"
#include "library/database.h"
#include "library/photorepository.h"

#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

#include <algorithm>
#include <functional>

namespace veil::ui {

DetectJob::DetectJob(LibraryDatabase &db, QList<qint64> photoIds, DetectorOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_ids(std::move(photoIds))
    , m_options(reviewOptions(std::move(options)))
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
    // The likeliest possible faces only: beyond a few dozen, stepping through them is no
    // review anyone finishes.
    QList<double> possibleScores;
    for (const Detection &d : found.faces)
        if (d.possible)
            possibleScores.append(d.score);
    std::sort(possibleScores.begin(), possibleScores.end(), std::greater<>());
    const double possibleFloor = possibleScores.size() > PossibleFaceLimit ? possibleScores.at(PossibleFaceLimit - 1) : 0.0;
    int possibleKept = 0;
    for (const Detection &d : found.faces) {
        if (d.possible && (d.score < possibleFloor || ++possibleKept > PossibleFaceLimit))
            continue;
        FaceBox f;
        f.rect = FaceBox::normalise(d.box, QSizeF(found.displayedSize));
        f.score = d.score;
        // A possible face is not blurred and awaits no decision: it is only shown.
        f.possible = d.possible;
        f.uncertain = d.uncertain && !d.possible;
        f.anonymize = !d.possible;
        f.origin = FaceOrigin::Automatic;
        out.faces.append(f);
    }
    return out;
}

DetectorOptions DetectJob::reviewOptions(DetectorOptions options)
{
    if (options.possibleThreshold < 0)
        options.possibleThreshold = PossibleFaceThreshold;
    return options;
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
    const QList<FaceBox> before = repo.faces(result.photoId);
    QList<FaceBox> faces = mergeDetections(before, repo.rejectedFaces(result.photoId), result.faces);
    // New boxes are those not carried over from before (decided boxes keep their ids).
    const int added = int(std::count_if(faces.cbegin(), faces.cend(),
                                        [](const FaceBox &f) { return f.id == 0 && !f.possible; }));
    QString error;
    if (!repo.replaceFaces(result.photoId, faces, &error)) {
        emit failed(tr("%1: faces not saved: %2").arg(name, error));
        return;
    }
    const auto countOf = [&](auto pred) { return int(std::count_if(faces.cbegin(), faces.cend(), pred)); };
    const int found = countOf([](const FaceBox &f) { return !f.possible; });
    const int uncertain = countOf([](const FaceBox &f) { return f.uncertain; });
    const int possible = countOf([](const FaceBox &f) { return f.possible; });
    if (added > 0)
        repo.setReviewStatus(result.photoId, ReviewStatus::NeedsReview);
    m_faces += added;
    m_db.logActivity(QStringLiteral("detect"),
                     tr("%1: %n face(s) found", nullptr, found).arg(name) + QStringLiteral(", ")
                         + tr("%n uncertain", nullptr, uncertain) + QStringLiteral(", ")
                         + tr("%n possible face(s)", nullptr, possible),
                     result.photoId);
    emit photoDone(result.photoId);
}

} // namespace veil::ui
