// The photo document's undoable face edits (core/edits), without a screen; possible
// faces and rejections as the library stores them and as the export treats them.
#include "../testutil.h"
#include "edits/facemerge.h"
#include "edits/photodocument.h"
#include "export/exportphoto.h"
#include "library/database.h"
#include "library/photorepository.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;

class TestEdits : public QObject
{
    Q_OBJECT

    static FaceBox box(QRectF r, bool uncertain = false)
    {
        FaceBox f;
        f.rect = r;
        f.score = uncertain ? 0.4 : 0.95;
        f.uncertain = uncertain;
        return f;
    }

    // A weak detection as the GUI's detection job stores it.
    static FaceBox possibleBox(QRectF r)
    {
        FaceBox f;
        f.rect = r;
        f.score = 0.25;
        f.possible = true;
        f.anonymize = false;
        return f;
    }

private slots:
    void addUndoRedo()
    {
        PhotoDocument doc(1);
        QSignalSpy inserted(&doc, &PhotoDocument::faceInserted);
        QVERIFY(doc.addFace(QRectF(0.1, 0.1, 0.2, 0.2)));
        QCOMPARE(doc.count(), 1);
        QCOMPARE(doc.face(0).origin, FaceOrigin::Manual);
        QCOMPARE(doc.face(0).rect, QRectF(0.1, 0.1, 0.2, 0.2));
        QCOMPARE(inserted.count(), 1);
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QCOMPARE(doc.count(), 0);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.count(), 1);
        QVERIFY(!doc.addFace(QRectF(0.5, 0.5, 0, 0.1))); // empty boxes are refused
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void aWholeDragIsOneUndoStep()
    {
        PhotoDocument doc(1, {box({0.1, 0.1, 0.2, 0.2})});
        const int drag = doc.beginDrag();
        for (int i = 1; i <= 10; ++i)
            QVERIFY(doc.setFaceRect(0, QRectF(0.1 + i * 0.01, 0.1, 0.2, 0.2), drag));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->text(0), QStringLiteral("Move face"));
        QCOMPARE(doc.face(0).rect, QRectF(0.2, 0.1, 0.2, 0.2));
        // A second drag is a second step.
        const int resize = doc.beginDrag();
        QVERIFY(doc.setFaceRect(0, QRectF(0.2, 0.1, 0.3, 0.25), resize));
        QVERIFY(doc.setFaceRect(0, QRectF(0.2, 0.1, 0.35, 0.3), resize));
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.undoStack()->text(1), QStringLiteral("Resize face"));
        doc.undoStack()->undo();
        QCOMPARE(doc.face(0).rect, QRectF(0.2, 0.1, 0.2, 0.2));
        doc.undoStack()->undo();
        QCOMPARE(doc.face(0).rect, QRectF(0.1, 0.1, 0.2, 0.2));
        // Without a drag id every change is its own step.
        QVERIFY(doc.setFaceRect(0, QRectF(0.3, 0.3, 0.2, 0.2)));
        QVERIFY(doc.setFaceRect(0, QRectF(0.4, 0.3, 0.2, 0.2)));
        QCOMPARE(doc.undoStack()->index(), 2);
    }

    void rectsStayInsideThePhoto()
    {
        PhotoDocument doc(1, {box({0.1, 0.1, 0.2, 0.2})});
        QVERIFY(doc.setFaceRect(0, QRectF(0.9, -0.2, 0.3, 0.3)));
        QCOMPARE(doc.face(0).rect, QRectF(0.7, 0.0, 0.3, 0.3));
        QCOMPARE(PhotoDocument::clampRect(QRectF(0.5, 0.5, -0.2, -0.2)), QRectF(0.3, 0.3, 0.2, 0.2));
        QVERIFY(!doc.setFaceRect(0, doc.face(0).rect)); // no change, no step
        QVERIFY(!doc.setFaceRect(3, QRectF(0, 0, 0.1, 0.1)));
    }

    void deleteAndUndoRestoresTheSameFaceInPlace()
    {
        PhotoDocument doc(1, {box({0.1, 0.1, 0.1, 0.1}), box({0.5, 0.5, 0.1, 0.1}), box({0.7, 0.1, 0.1, 0.1})});
        const FaceBox middle = doc.face(1);
        QVERIFY(doc.removeFace(1));
        QCOMPARE(doc.count(), 2);
        QCOMPARE(doc.face(1).rect, QRectF(0.7, 0.1, 0.1, 0.1));
        doc.undoStack()->undo();
        QCOMPARE(doc.count(), 3);
        QCOMPARE(doc.face(1), middle);
    }

    void toggleKeepsOrAnonymizes()
    {
        PhotoDocument doc(1, {box({0.1, 0.1, 0.1, 0.1})});
        QVERIFY(doc.face(0).anonymize);
        QVERIFY(doc.toggleAnonymize(0));
        QVERIFY(!doc.face(0).anonymize);
        QCOMPARE(doc.undoStack()->text(0), QStringLiteral("Keep face visible"));
        doc.undoStack()->undo();
        QVERIFY(doc.face(0).anonymize);
    }

    void candidatesAreAcceptedOrRejected()
    {
        PhotoDocument doc(1, {box({0.1, 0.1, 0.1, 0.1}, true), box({0.5, 0.5, 0.1, 0.1}, true), box({0.7, 0.7, 0.1, 0.1})});
        QCOMPARE(doc.uncertainCount(), 2);
        QVERIFY(!doc.acceptCandidate(2)); // not a candidate
        QVERIFY(!doc.rejectCandidate(2));
        QVERIFY(doc.acceptCandidate(0));
        QVERIFY(!doc.face(0).uncertain);
        QVERIFY(doc.face(0).anonymize);
        QVERIFY(doc.rejectCandidate(1));
        QCOMPARE(doc.count(), 2);
        QCOMPARE(doc.uncertainCount(), 0);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.uncertainCount(), 2);
        QCOMPARE(doc.count(), 3);
    }

    void detectionsAreOneStepAndSkipKnownFaces()
    {
        PhotoDocument doc(1, {box({0.1, 0.1, 0.2, 0.2})});
        const QList<FaceBox> detected = {box({0.11, 0.1, 0.2, 0.2}), box({0.6, 0.6, 0.1, 0.1}, true),
                                         box({0.3, 0.7, 0.1, 0.1})};
        QCOMPARE(doc.addDetectedFaces(detected), 2); // the first overlaps the existing box
        QCOMPARE(doc.count(), 3);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.face(1).origin, FaceOrigin::Automatic);
        QVERIFY(doc.face(1).uncertain);
        QCOMPARE(doc.addDetectedFaces(detected), 0); // all known now
        doc.undoStack()->undo();
        QCOMPARE(doc.count(), 1);
    }

    void possibleFacesAreSteppedAcceptedOrRejected()
    {
        PhotoDocument doc(1, {box({0.1, 0.1, 0.1, 0.1}), possibleBox({0.3, 0.3, 0.05, 0.05}), box({0.5, 0.5, 0.1, 0.1}, true),
                              possibleBox({0.7, 0.7, 0.05, 0.05})});
        QCOMPARE(doc.possibleCount(), 2);
        QCOMPARE(doc.uncertainCount(), 1); // possible faces await no decision
        QVERIFY(!doc.face(1).blurred());
        // Stepping wraps around and skips the other kinds.
        QCOMPARE(doc.nextIndex(-1, PhotoDocument::Kind::Possible), 1);
        QCOMPARE(doc.nextIndex(1, PhotoDocument::Kind::Possible), 3);
        QCOMPARE(doc.nextIndex(3, PhotoDocument::Kind::Possible), 1);
        QCOMPARE(doc.nextIndex(2, PhotoDocument::Kind::Uncertain), 2);
        QVERIFY(doc.acceptCandidate(1));
        QVERIFY(doc.face(1).blurred());
        QVERIFY(!doc.face(1).possible);
        QVERIFY(!doc.face(1).uncertain);
        QCOMPARE(doc.nextIndex(1, PhotoDocument::Kind::Possible), 3);
        // Rejecting remembers the box, undoing forgets it again.
        QVERIFY(doc.rejectCandidate(3));
        QCOMPARE(doc.rejected(), QList<QRectF>{QRectF(0.7, 0.7, 0.05, 0.05)});
        QCOMPARE(doc.nextIndex(-1, PhotoDocument::Kind::Possible), -1);
        doc.undoStack()->undo();
        QVERIFY(doc.rejected().isEmpty());
        QVERIFY(doc.face(3).possible);
        // K on a possible face is a decision too: blur it.
        QVERIFY(doc.toggleAnonymize(3));
        QVERIFY(doc.face(3).blurred());
    }

    void stepsFollowReadingOrder()
    {
        // Detectors list faces in their own order; the review goes top to bottom, left to right.
        PhotoDocument doc(1, {possibleBox({0.7, 0.7, 0.05, 0.05}), possibleBox({0.6, 0.1, 0.05, 0.05}),
                              possibleBox({0.1, 0.11, 0.05, 0.05}), possibleBox({0.2, 0.5, 0.05, 0.05})});
        QCOMPARE(doc.nextIndex(-1, PhotoDocument::Kind::Possible), 2);
        QCOMPARE(doc.nextIndex(2, PhotoDocument::Kind::Possible), 1);
        QCOMPARE(doc.nextIndex(1, PhotoDocument::Kind::Possible), 3);
        QCOMPARE(doc.nextIndex(3, PhotoDocument::Kind::Possible), 0);
        QCOMPARE(doc.nextIndex(0, PhotoDocument::Kind::Possible), 2);
        QCOMPARE(doc.nextIndex(-1, PhotoDocument::Kind::Uncertain), -1);
    }

    void deletingADetectedBoxRemembersIt()
    {
        FaceBox drawn = box({0.5, 0.5, 0.1, 0.1});
        drawn.origin = FaceOrigin::Manual;
        PhotoDocument doc(1, {box({0.1, 0.1, 0.1, 0.1}), drawn});
        QVERIFY(doc.removeFace(1)); // drawn by hand: nothing to remember
        QVERIFY(doc.rejected().isEmpty());
        QVERIFY(doc.removeFace(0));
        QCOMPARE(doc.rejected(), QList<QRectF>{QRectF(0.1, 0.1, 0.1, 0.1)});
        // A later detection does not propose it again, nor a near copy of it.
        QCOMPARE(doc.addDetectedFaces({box({0.105, 0.1, 0.1, 0.1}), box({0.8, 0.8, 0.1, 0.1})}), 1);
        QCOMPARE(doc.face(0).rect, QRectF(0.8, 0.8, 0.1, 0.1));
    }

    void detectingAgainKeepsDecisions()
    {
        FaceBox kept = box({0.1, 0.1, 0.1, 0.1});
        kept.anonymize = false;
        FaceBox drawn = box({0.3, 0.1, 0.1, 0.1});
        drawn.origin = FaceOrigin::Manual;
        const FaceBox accepted = box({0.5, 0.1, 0.1, 0.1}); // was uncertain, accepted: certain now
        const FaceBox undecided = box({0.7, 0.1, 0.1, 0.1}, true);
        const QList<QRectF> rejected = {QRectF(0.1, 0.5, 0.1, 0.1)};
        // The detector finds all of them again (slightly moved), plus one new face, the
        // rejected box, and the undecided one with a new score.
        QList<FaceBox> detected = {box({0.101, 0.1, 0.1, 0.1}), box({0.5, 0.101, 0.1, 0.1}, true),
                                   box({0.7, 0.1, 0.1, 0.1}, true), box({0.1, 0.502, 0.1, 0.1}),
                                   box({0.8, 0.8, 0.1, 0.1}), possibleBox({0.3, 0.11, 0.1, 0.1})};
        detected[2].score = 0.45;
        const QList<FaceBox> merged = mergeDetections({kept, drawn, accepted, undecided}, rejected, detected);
        QCOMPARE(merged.size(), 5);
        QCOMPARE(merged.at(0), kept); // still kept visible, where the user left it
        QCOMPARE(merged.at(1), drawn);
        QCOMPARE(merged.at(2), accepted); // still certain
        QCOMPARE(merged.at(3).score, 0.45); // the undecided candidate, as detected now
        QVERIFY(merged.at(3).uncertain);
        QCOMPARE(merged.at(4).rect, QRectF(0.8, 0.8, 0.1, 0.1));
        QVERIFY(std::none_of(merged.cbegin(), merged.cend(),
                             [&](const FaceBox &f) { return boxOverlap(f.rect, rejected.first()) > SameFaceOverlap; }));
    }

    void libraryKeepsPossibleFacesAndRejections()
    {
        QTemporaryDir dir;
        LibraryDatabase db(dir.filePath(QStringLiteral("lib.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        PhotoRepository repo(db);
        Photo photo;
        photo.path = test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg"));
        photo.sha256 = QStringLiteral("x");
        photo.format = QStringLiteral("jpeg");
        photo.width = 100;
        photo.height = 68;
        const qint64 id = repo.insert(photo, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QList<FaceBox> faces = {box({0.1, 0.1, 0.2, 0.2}), possibleBox({0.5, 0.5, 0.1, 0.1})};
        const QList<QRectF> rejected = {QRectF(0.7, 0.1, 0.1, 0.1), QRectF(0.2, 0.7, 0.05, 0.05)};
        QVERIFY2(repo.replaceFaces(id, faces, &error, &rejected), qPrintable(error));
        const QList<FaceBox> read = repo.faces(id);
        QCOMPARE(read.size(), 2);
        QVERIFY(!read.at(0).possible);
        QVERIFY(read.at(1).possible);
        QVERIFY(!read.at(1).anonymize);
        QCOMPARE(repo.rejectedFaces(id), rejected);
        // Without rejections given, they stay as they are.
        QVERIFY(repo.replaceFaces(id, faces));
        QCOMPARE(repo.rejectedFaces(id), rejected);
        // A document over what was read is in its saved state.
        PhotoDocument doc(id, read, repo.rejectedFaces(id));
        QVERIFY(doc.isSavedState(repo.faces(id), repo.rejectedFaces(id)));
        QVERIFY(!doc.isSavedState(repo.faces(id), {}));
    }

    void exportBlursAcceptedFacesNotPossibleOnes()
    {
        QTemporaryDir dir;
        const QString input = test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg"));
        const QImage source(input);
        QVERIFY(!source.isNull());
        FaceBox accepted = possibleBox({0.55, 0.55, 0.3, 0.3});
        PhotoDocument doc(1, {possibleBox({0.1, 0.1, 0.3, 0.3}), accepted});
        QVERIFY(doc.acceptCandidate(1));
        ExportJob job;
        job.inputPath = input;
        job.outputPath = dir.filePath(QStringLiteral("out.jpg"));
        job.faces = doc.faces();
        ExportOptions options;
        options.verify = false;
        const ExportResult result = exportPhoto(job, options, nullptr);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.anonymized.size(), 1);
        const QImage out(job.outputPath);
        QCOMPARE(out.size(), source.size());
        // Mean absolute difference over a region, per channel.
        const auto change = [&](const QRectF &normalised) {
            const QRect r = FaceBox{.rect = normalised}.toPixels(QSizeF(source.size())).toRect();
            double sum = 0;
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x) {
                    const QColor a = source.pixelColor(x, y), b = out.pixelColor(x, y);
                    sum += std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
                }
            return sum / (3.0 * r.width() * r.height());
        };
        const double possibleChange = change(doc.face(0).rect);
        const double acceptedChange = change(doc.face(1).rect);
        QVERIFY2(possibleChange < 1.0, qPrintable(QString::number(possibleChange))); // only JPEG noise
        QVERIFY2(acceptedChange > 5.0, qPrintable(QString::number(acceptedChange)));
    }
};

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
