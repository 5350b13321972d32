#pragma once

#include "detect/facedetector.h"
#include "library/photo.h"

#include <QFutureWatcher>
#include <QObject>

namespace veil {
class LibraryDatabase;
}

namespace veil::ui {

struct DetectedPhoto
{
    qint64 photoId = 0;
    QString path;
    QList<FaceBox> faces; // normalised, automatic
    QString error;
};

// Finds faces in photos on a pool thread (one detector for the job). Results are
// written on the GUI thread's connection, keeping the user's decisions
// (mergeDetections(): drawn, accepted, kept and certain boxes stay; rejected boxes are
// not proposed again; undecided candidates are replaced), and a photo with faces is
// marked as needing review. Weak detections are kept as possible faces for review.
class DetectJob : public QObject
{
    Q_OBJECT

public:
    DetectJob(LibraryDatabase &db, QList<qint64> photoIds, DetectorOptions options, QObject *parent = nullptr);
    ~DetectJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    int facesFound() const { return m_faces; }

    // Detection on one file, normalised (runs on any thread).
    static DetectedPhoto detect(FaceDetector &detector, qint64 photoId, const QString &path);
    // The options with possible faces asked for (unless they already say otherwise):
    // detections scoring at least PossibleFaceThreshold are kept for the review.
    static DetectorOptions reviewOptions(DetectorOptions options);
    static constexpr double PossibleFaceThreshold = 0.2;
    // At most this many possible faces per photo, the likeliest: on a 12 MP crowd photo
    // (make_corpus.py --native) the balanced preset returns 340 between 0.2 and the
    // uncertain threshold, of which 5 are faces (2 among the 25 likeliest).
    static constexpr int PossibleFaceLimit = 25;

signals:
    void progress(int done, int total);
    void photoDone(qint64 photoId);
    void failed(const QString &what);
    void finished(bool cancelled);

private:
    void store(const DetectedPhoto &result);

    LibraryDatabase &m_db;
    QList<qint64> m_ids;
    DetectorOptions m_options;
    QFutureWatcher<DetectedPhoto> m_watcher;
    int m_done = 0;
    int m_faces = 0;
};

} // namespace veil::ui
