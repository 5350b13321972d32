// The photo document's undoable face edits (core/edits), without a screen.
#include "edits/photodocument.h"

#include <QSignalSpy>
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
};

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
