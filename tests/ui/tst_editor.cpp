// The editor's review flow on real widgets (offscreen): the face strip, 100% on a 12 MP
// photo, the mask view, possible faces, decisions that survive detecting again, and undo
// history kept per photo.
#include "../testutil.h"
#include "detectjob.h"
#include "edits/facemerge.h"
#include "edits/photodocument.h"
#include "editor/editorpage.h"
#include "editor/faceboxitem.h"
#include "editor/photoview.h"
#include "library/database.h"
#include "library/importer.h"
#include "library/photorepository.h"
#include "models/facelistmodel.h"
#include "shortcutsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QSet>

#include <functional>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace veil;
using namespace veil::ui;

class TestEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template; // a library with the photos imported and the parade detected
    qint64 m_parade = 0, m_canon = 0, m_nikon = 0, m_large = 0;
    QList<qint64> m_all;

    std::unique_ptr<LibraryDatabase> openCopy()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++n));
        if (!QFile::copy(m_template, path))
            return {};
        auto db = std::make_unique<LibraryDatabase>(path);
        QString error;
        if (!db->open(&error))
            return {};
        return db;
    }

    static bool detect(LibraryDatabase &db, qint64 id)
    {
        DetectorOptions options;
        options.preset = DetectionPreset::Fast;
        DetectJob job(db, {id}, options);
        QSignalSpy finished(&job, &DetectJob::finished);
        job.start();
        return finished.wait(120000);
    }

    static bool open(EditorPage &editor, qint64 id, const QList<qint64> &sequence)
    {
        QSignalSpy loaded(&editor, &EditorPage::photoLoaded);
        editor.openPhoto(id, sequence);
        return (loaded.count() > 0 || loaded.wait(60000)) && editor.document();
    }

    // A copy of the template library with an editor on it, shown at `size`, `photo` open.
    struct Session
    {
        std::unique_ptr<LibraryDatabase> db;
        std::unique_ptr<EditorPage> editor; // destroyed before the database it uses
    };

    bool startEditor(Session &s, qint64 photo, const QList<qint64> &sequence, QSize size = QSize(1300, 850))
    {
        s.db = openCopy();
        if (!s.db)
            return false;
        s.editor = std::make_unique<EditorPage>(*s.db);
        s.editor->resize(size);
        s.editor->show();
        return QTest::qWaitForWindowExposed(s.editor.get()) && open(*s.editor, photo, sequence);
    }

    static bool waitLoaded(EditorPage &editor, const std::function<void()> &action)
    {
        QSignalSpy loaded(&editor, &EditorPage::photoLoaded);
        action();
        return loaded.count() > 0 || loaded.wait(60000);
    }

    // The face's box in viewport pixels.
    static QRect onScreen(PhotoView *view, const FaceBox &f)
    {
        return QRect(view->viewportPoint(f.rect.topLeft()), view->viewportPoint(f.rect.bottomRight()));
    }

private slots:
    void initTestCase()
    {
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        // A 12 MP photo: 4096x3072, with one-pixel stripes that only a 1:1 view shows as they are.
        const QString large = m_dir.filePath(QStringLiteral("large.png"));
        {
            QImage image(4096, 3072, QImage::Format_RGB32);
            for (int y = 0; y < image.height(); ++y) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
                for (int x = 0; x < image.width(); ++x)
                    line[x] = ((x + y / 64) % 2) ? qRgb(250, 250, 250) : qRgb(20, 40, 60 + (y % 128));
            }
            QVERIFY(image.save(large));
        }
        LibraryDatabase db(m_template);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        Importer importer(db, nullptr);
        const auto import = [&](const QString &path) {
            const ImportResult r = importer.importFile(path);
            return r.photoId;
        };
        m_parade = import(test::sharedPath(QStringLiteral("data/wider-dev/images/0_Parade_Parade_0_102.jpg")));
        m_canon = import(test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg")));
        m_nikon = import(test::samplesPath(QStringLiteral("jpg/Nikon_D70.jpg")));
        m_large = import(large);
        m_all = {m_parade, m_canon, m_nikon, m_large};
        QVERIFY(!m_all.contains(0));
        QVERIFY(detect(db, m_parade));
    }

    void faceStripListsEveryBoxAndZoomsToIt()
    {
        Session s;
        QVERIFY(startEditor(s, m_parade, m_all));
        EditorPage &editor = *s.editor;
        PhotoDocument *doc = editor.document();
        PhotoView *view = editor.view();
        QListView *strip = editor.faceList();
        QAbstractItemModelTester tester(strip->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(doc->count() >= 3, qPrintable(QString::number(doc->count())));

        // One row per box, each with a thumbnail cut from the photo, undecided first.
        QCOMPARE(strip->model()->rowCount(), doc->count());
        QSet<int> faces;
        int lastOrder = -1;
        for (int row = 0; row < doc->count(); ++row) {
            const QModelIndex i = strip->model()->index(row, 0);
            const QImage thumb = i.data(Qt::DecorationRole).value<QImage>();
            QCOMPARE(thumb.size(), QSize(64, 64));
            QVERIFY(!i.data().toString().isEmpty());
            QVERIFY(i.data(FaceListModel::ReviewOrderRole).toInt() >= lastOrder);
            lastOrder = i.data(FaceListModel::ReviewOrderRole).toInt();
            faces.insert(editor.faceAtRow(row));
        }
        QCOMPARE(faces.size(), doc->count());
        if (doc->uncertainCount() > 0)
            QVERIFY(strip->model()->index(0, 0).data(FaceListModel::UncertainRole).toBool());
        // A thumbnail shows that face: its centre pixel is the photo's pixel at the box centre.
        {
            const int face = editor.faceAtRow(0);
            const QImage thumb = strip->model()->index(0, 0).data(Qt::DecorationRole).value<QImage>();
            const QImage photo(test::sharedPath(QStringLiteral("data/wider-dev/images/0_Parade_Parade_0_102.jpg")));
            const QPoint c = doc->face(face).toPixels(QSizeF(photo.size())).center().toPoint();
            const QColor a = thumb.pixelColor(32, 32), b = photo.pixelColor(c);
            QVERIFY2(std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 90,
                     qPrintable(QStringLiteral("%1 %2").arg(a.name(), b.name())));
        }

        // Clicking a row zooms to that face: selected, wholly in view, much larger than when fitting.
        QVERIFY(view->isFitting());
        const int row = doc->count() - 1;
        const int face = editor.faceAtRow(row);
        const QRect before = onScreen(view, doc->face(face));
        const QRect rowRect = strip->visualRect(strip->model()->index(row, 0));
        strip->scrollTo(strip->model()->index(row, 0));
        QTest::mouseClick(strip->viewport(), Qt::LeftButton, {}, strip->visualRect(strip->model()->index(row, 0)).center());
        Q_UNUSED(rowRect);
        QCOMPARE(view->selectedFace(), face);
        QVERIFY(!view->isFitting());
        const QRect after = onScreen(view, doc->face(face));
        QVERIFY2(view->viewport()->rect().contains(after), qPrintable(QStringLiteral("%1,%2 %3x%4").arg(after.x()).arg(after.y()).arg(after.width()).arg(after.height())));
        QVERIFY2(after.width() >= 2.5 * before.width(), qPrintable(QStringLiteral("%1 -> %2, zoom %3, viewport %4x%5, face %6 px").arg(before.width()).arg(after.width()).arg(view->zoom()).arg(view->viewport()->width()).arg(view->viewport()->height()).arg(doc->face(face).toPixels(QSizeF(view->imageSize())).width())));

        // The strip's keys act on its current face: K keeps it visible, Del deletes it.
        strip->setFocus();
        strip->setCurrentIndex(strip->model()->index(row, 0));
        const FaceBox target = doc->face(face);
        QTest::keyClick(strip, Qt::Key_K);
        QCOMPARE(doc->face(face).anonymize, !target.blurred());
        const int count = doc->count();
        strip->setCurrentIndex(strip->model()->index(editor.rowOfFace(face), 0));
        QTest::keyClick(strip, Qt::Key_Delete);
        QCOMPARE(doc->count(), count - 1);
        QCOMPARE(strip->model()->rowCount(), count - 1);
        if (doc->uncertainCount() > 0) {
            const int uncertain = doc->uncertainCount();
            // Y on a face that is no candidate does nothing (not accept another one).
            strip->setCurrentIndex(strip->model()->index(strip->model()->rowCount() - 1, 0));
            QVERIFY(!strip->currentIndex().data(FaceListModel::UncertainRole).toBool());
            QTest::keyClick(strip, Qt::Key_Y);
            QCOMPARE(doc->uncertainCount(), uncertain);
            strip->setCurrentIndex(strip->model()->index(0, 0)); // uncertain ones come first
            QTest::keyClick(strip, Qt::Key_Y);
            QCOMPARE(doc->uncertainCount(), uncertain - 1);
        }
    }

    void actualSizeIsOnePhotoPixelPerDevicePixel()
    {
        Session s;
        QVERIFY(startEditor(s, m_large, m_all));
        EditorPage &editor = *s.editor;
        PhotoView *view = editor.view();
        QCOMPARE(view->photoSize(), QSize(4096, 3072));
        QVERIFY(view->zoomPercent() < 50); // fitting
        QTest::keyClick(view, Qt::Key_1);
        QCOMPARE(qRound(view->zoomPercent()), 100);
        QVERIFY2(editor.countsLabel()->text().contains(QStringLiteral("100%")), qPrintable(editor.countsLabel()->text()));
        const double dpr = view->devicePixelRatioF();
        // 1000 photo pixels span 1000 device pixels.
        const QPointF a = view->mapFromScene(QPointF(1000, 1000) * view->imageSize().width() / 4096.0);
        const QPointF b = view->mapFromScene(QPointF(2000, 1000) * view->imageSize().width() / 4096.0);
        QCOMPARE(qRound((b.x() - a.x()) * dpr), 1000);
        // What the screen shows is the photo's pixels as they are: the one-pixel stripes
        // survive (a reduced decode or any scaling would blend them to grey).
        const QImage shown = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QPoint centre = shown.rect().center();
        int stripes = 0;
        for (int x = centre.x() - 50; x < centre.x() + 50; ++x) {
            const QColor c0 = shown.pixelColor(x, centre.y()), c1 = shown.pixelColor(x + 1, centre.y());
            stripes += std::abs(c0.red() - c1.red()) > 180;
        }
        QVERIFY2(stripes >= 95, qPrintable(QString::number(stripes)));
    }

    void maskViewShowsWhatWillBeBlurredAndLabelsDoNotOverlap()
    {
        Session s;
        QVERIFY(startEditor(s, m_parade, m_all));
        EditorPage &editor = *s.editor;
        PhotoView *view = editor.view();
        QTRY_VERIFY(!editor.previewImage().isNull());
        QTest::keyClick(view, Qt::Key_M);
        QVERIFY(editor.maskView());
        QVERIFY(view->isMaskShown());
        QVERIFY(!editor.previewEnabled());
        QTRY_VERIFY(editor.previewImage().isNull()); // the photo unblurred
        // Each blurred face draws its mask: the item covers the mask's reach.
        for (FaceBoxItem *item : view->faceItems()) {
            const FaceBox &f = editor.document()->face(item->index());
            if (f.blurred())
                QVERIFY(item->boundingRect().contains(maskRect(item->boxRect(), 1.3).toAlignedRect()));
        }
        // No two labels shown overlap, at any zoom.
        for (double zoom : {1.0, 2.0, 0.5}) {
            view->fitToWindow();
            view->zoomBy(zoom);
            QList<QRectF> shown;
            for (FaceBoxItem *item : view->faceItems())
                if (item->isLabelVisible() && !item->labelRect().isEmpty())
                    shown.append(item->labelRect());
            for (int i = 0; i < shown.size(); ++i)
                for (int j = i + 1; j < shown.size(); ++j)
                    QVERIFY(!shown.at(i).intersects(shown.at(j)));
        }
        QTest::keyClick(view, Qt::Key_P); // preview back on, mask view off
        QVERIFY(!editor.maskView());
        QVERIFY(!view->isMaskShown());
    }

    void possibleFacesAreSteppedThroughAndAccepted()
    {
        Session s;
        QVERIFY(startEditor(s, m_parade, m_all));
        EditorPage &editor = *s.editor;
        PhotoDocument *doc = editor.document();
        PhotoView *view = editor.view();
        const int possible = doc->possibleCount();
        QVERIFY2(possible >= 1, "the detection job keeps no possible face in a crowd photo");
        QVERIFY2(possible <= DetectJob::PossibleFaceLimit, qPrintable(QString::number(possible)));
        QVERIFY2(editor.countsLabel()->text().contains(QStringLiteral("%1 possible").arg(possible)),
                 qPrintable(editor.countsLabel()->text()));
        // None is blurred before it is accepted.
        for (const FaceBox &f : doc->faces())
            if (f.possible)
                QVERIFY(!f.blurred());

        // O steps to a possible face and zooms to it; O again to the next one.
        QTest::keyClick(view, Qt::Key_O);
        const int first = view->selectedFace();
        QVERIFY(first >= 0);
        QVERIFY(doc->face(first).possible);
        QVERIFY(!view->isFitting());
        // The face list follows: its current row is that face, the first possible face's row.
        QListView *strip = editor.faceList();
        QCOMPARE(editor.faceAtRow(strip->currentIndex().row()), first);
        QVERIFY(strip->currentIndex().data(FaceListModel::PossibleRole).toBool());
        QVERIFY(strip->currentIndex().row() == 0
                || !strip->model()->index(strip->currentIndex().row() - 1, 0).data(FaceListModel::PossibleRole).toBool());
        if (possible > 1) {
            QTest::keyClick(view, Qt::Key_O);
            QVERIFY(view->selectedFace() != first);
            QVERIFY(doc->face(view->selectedFace()).possible);
            // O walks down the list.
            QCOMPARE(strip->currentIndex().row(), editor.rowOfFace(first) + 1);
            view->selectFace(first);
        }
        // Y accepts it: a face to blur now.
        QTest::keyClick(view, Qt::Key_Y);
        QVERIFY(doc->face(first).blurred());
        QVERIFY(!doc->face(first).possible);
        QCOMPARE(doc->possibleCount(), possible - 1);
        QVERIFY(editor.countsLabel()->text().contains(QStringLiteral("%1 possible").arg(possible - 1)));
        const QRectF accepted = doc->face(first).rect;
        // Stored on leaving: blurred by the export, the other possible faces not.
        editor.closePhoto();
        const QList<FaceBox> stored = PhotoRepository(*s.db).faces(m_parade);
        QCOMPARE(std::count_if(stored.cbegin(), stored.cend(), [](const FaceBox &f) { return f.possible; }), possible - 1);
        const auto it = std::find_if(stored.cbegin(), stored.cend(), [&](const FaceBox &f) { return f.rect == accepted; });
        QVERIFY(it != stored.cend());
        QVERIFY(it->blurred());
    }

    void rejectingACandidateSurvivesDetectingAgain()
    {
        Session s;
        QVERIFY(startEditor(s, m_parade, m_all));
        EditorPage &editor = *s.editor;
        PhotoDocument *doc = editor.document();
        PhotoView *view = editor.view();
        // Reject one candidate (N), or when there are none a possible face; keep one face
        // visible (K) and delete a detected one (Del).
        int reject = doc->nextIndex(-1, PhotoDocument::Kind::Uncertain);
        if (reject < 0)
            reject = doc->nextIndex(-1, PhotoDocument::Kind::Possible);
        QVERIFY(reject >= 0);
        const QRectF rejected = doc->face(reject).rect;
        view->selectFace(reject);
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(doc->rejected().size(), 1);
        int keep = -1, remove = -1;
        for (int i = 0; i < doc->count(); ++i)
            if (!doc->face(i).uncertain && !doc->face(i).possible) {
                if (keep < 0)
                    keep = i;
                else if (remove < 0)
                    remove = i;
            }
        QVERIFY(keep >= 0 && remove >= 0);
        const QRectF deleted = doc->face(remove).rect;
        view->selectFace(remove);
        QTest::keyClick(view, Qt::Key_Delete);
        if (remove < keep)
            --keep;
        view->selectFace(keep);
        QTest::keyClick(view, Qt::Key_K);
        const FaceBox kept = doc->face(keep);
        QVERIFY(!kept.anonymize);
        editor.closePhoto();

        // Detect again (the library's detection job, as after "Detect faces" in the grid).
        QVERIFY(detect(*s.db, m_parade));
        const QList<FaceBox> after = PhotoRepository(*s.db).faces(m_parade);
        for (const FaceBox &f : after) {
            QVERIFY2(boxOverlap(f.rect, rejected) <= SameFaceOverlap, "a rejected candidate came back");
            QVERIFY2(boxOverlap(f.rect, deleted) <= SameFaceOverlap, "a deleted box came back");
        }
        const auto it = std::find_if(after.cbegin(), after.cend(), [&](const FaceBox &f) { return f.rect == kept.rect; });
        QVERIFY(it != after.cend());
        QVERIFY(!it->anonymize); // still kept visible
        // And in the editor, detecting again adds none of them either.
        QVERIFY(open(editor, m_parade, m_all));
        QSignalSpy done(&editor, &EditorPage::detectionDone);
        DetectorOptions options;
        options.preset = DetectionPreset::Fast;
        editor.setDetectorOptions(options);
        editor.detectFaces();
        QVERIFY(done.wait(120000));
        for (const FaceBox &f : editor.document()->faces())
            QVERIFY(boxOverlap(f.rect, rejected) <= SameFaceOverlap);
    }

    void undoWorksAfterMovingToAnotherPhotoAndBack()
    {
        const QList<qint64> sequence = {m_canon, m_nikon};
        Session s;
        QVERIFY(startEditor(s, m_canon, sequence, QSize(1100, 750)));
        EditorPage &editor = *s.editor;
        PhotoView *view = editor.view();
        QVERIFY(editor.document()->addFace(QRectF(0.2, 0.2, 0.2, 0.2)));
        QVERIFY(editor.document()->toggleAnonymize(0));
        QCOMPARE(editor.document()->undoStack()->count(), 2);

        QVERIFY(waitLoaded(editor, [&] { QTest::keyClick(view, Qt::Key_PageDown); }));
        QCOMPARE(editor.photoId(), m_nikon);
        QCOMPARE(PhotoRepository(*s.db).faces(m_canon).size(), 1); // saved on leaving
        QVERIFY(waitLoaded(editor, [&] { QTest::keyClick(view, Qt::Key_PageUp); }));
        QCOMPARE(editor.photoId(), m_canon);
        PhotoDocument *doc = editor.document();
        QCOMPARE(doc->undoStack()->count(), 2);
        QVERIFY(!doc->face(0).anonymize);
        editor.undoAction()->trigger();
        QVERIFY(doc->face(0).anonymize);
        QTest::keySequence(view, QKeySequence::Undo);
        QCOMPARE(doc->count(), 0);
        QTest::keySequence(view, QKeySequence::Redo);
        QCOMPARE(doc->count(), 1);
        editor.undoAction()->trigger();
        QVERIFY(waitLoaded(editor, [&] { QTest::keyClick(view, Qt::Key_PageDown); }));
        QCOMPARE(PhotoRepository(*s.db).faces(m_canon).size(), 0); // the undo was saved too
    }

    void keyboardReviewFlowIsCompleteAndListed()
    {
        Session s;
        QVERIFY(startEditor(s, m_parade, m_all));
        EditorPage &editor = *s.editor;
        PhotoDocument *doc = editor.document();
        PhotoView *view = editor.view();
        QVERIFY(doc->uncertainCount() >= 2);
        // U goes from one uncertain candidate to the next, zooming to each.
        QTest::keyClick(view, Qt::Key_U);
        const int first = view->selectedFace();
        QVERIFY(first >= 0 && doc->face(first).uncertain);
        QVERIFY(!view->isFitting());
        QTest::keyClick(view, Qt::Key_U);
        QVERIFY(view->selectedFace() != first);
        QVERIFY(doc->face(view->selectedFace()).uncertain);
        // N rejects it and moves on to the next uncertain one.
        const int uncertain = doc->uncertainCount();
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(doc->uncertainCount(), uncertain - 1);
        QVERIFY(view->selectedFace() >= 0 && doc->face(view->selectedFace()).uncertain);
        QTest::keyClick(view, Qt::Key_F);
        QVERIFY(view->isFitting());

        // Every key of the flow is in the shortcuts dialog.
        ShortcutsDialog dialog({}, editor.editorActions());
        auto *tree = dialog.findChild<QTreeWidget *>();
        QVERIFY(tree);
        QStringList keys;
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
                keys << tree->topLevelItem(g)->child(i)->text(1);
        const auto text = [](QKeySequence k) { return k.toString(QKeySequence::NativeText); };
        for (const QString &key : {QStringLiteral("Y"), QStringLiteral("N"), QStringLiteral("K"), QStringLiteral("U"),
                                   QStringLiteral("O"), QStringLiteral("M"), text(Qt::Key_Delete), text(Qt::Key_PageUp),
                                   text(Qt::Key_PageDown), text(Qt::CTRL | Qt::Key_Return), text(QKeySequence::Undo)})
            QVERIFY2(keys.contains(key), qPrintable(key + QStringLiteral(" not in ") + keys.join(QLatin1Char('|'))));
    }

    void acceptAndNextSaysWhatItDoes()
    {
        Session s;
        QVERIFY(startEditor(s, m_canon, m_all));
        EditorPage &editor = *s.editor;
        PhotoDocument *doc = editor.document();
        FaceBox candidate;
        candidate.rect = QRectF(0.1, 0.1, 0.1, 0.1);
        candidate.score = 0.4;
        candidate.uncertain = true;
        QVERIFY(doc->addDetectedFaces({candidate, FaceBox{.rect = QRectF(0.5, 0.5, 0.1, 0.1), .score = 0.45, .uncertain = true}}) == 2);
        QAction *action = editor.acceptAndNextAction();
        QCOMPARE(action->text(), QStringLiteral("Blur 2 remaining and next"));
        QVERIFY2(action->toolTip().contains(QStringLiteral("2 remaining")), qPrintable(action->toolTip()));
        QVERIFY(doc->rejectCandidate(0));
        QCOMPARE(action->text(), QStringLiteral("Blur 1 remaining and next"));
        QVERIFY(doc->rejectCandidate(0));
        QCOMPARE(action->text(), QStringLiteral("Reviewed, next photo"));
        QVERIFY(waitLoaded(editor, [&] { action->trigger(); }));
        QCOMPARE(PhotoRepository(*s.db).photo(m_canon)->reviewStatus, ReviewStatus::Reviewed);
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
