// Drives the real main window (offscreen): import by a simulated drop, the grid and its
// filters, the editor's box edits with undo, export, statistics, activity log, settings.
#include "../testutil.h"
#include "activitydialog.h"
#include "dialoghooks.h"
#include "edits/photodocument.h"
#include "editor/editorpage.h"
#include "editor/faceboxitem.h"
#include "editor/photoview.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "jobstatus.h"
#include "library/database.h"
#include "library/photorepository.h"
#include "librarypage.h"
#include "mainwindow.h"
#include "models/photofiltermodel.h"
#include "models/photolistmodel.h"
#include "settings/settings.h"
#include "statisticsview.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QSqlQuery>
#include <QDir>
#include <QLineEdit>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace veil;
using namespace veil::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

    QString libraryPath() const { return m_dir->filePath(QStringLiteral("lib.sqlite")); }

    static void drop(QWidget *target, const QStringList &files)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &f : files)
            urls.append(QUrl::fromLocalFile(f));
        mime.setUrls(urls);
        const QPointF at(target->width() / 2.0, target->height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        QVERIFY(dropEvent.isAccepted());
    }

    // A drag in the photo view from `from` to `to` (normalised photo coordinates).
    static void dragIn(PhotoView *view, QPointF from, QPointF to)
    {
        QWidget *vp = view->viewport();
        const QPoint a = view->viewportPoint(from);
        const QPoint b = view->viewportPoint(to);
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, a);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(vp, a + (b - a) * i / 5);
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, b);
    }

    static void importSamples(MainWindow &window)
    {
        QSignalSpy finished(&window, &MainWindow::importFinished);
        drop(&window, {test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg")),
                       test::samplesPath(QStringLiteral("jpg/Nikon_D70.jpg")),
                       test::sharedPath(QStringLiteral("data/wider-dev/images/0_Parade_Parade_0_102.jpg")),
                       test::samplesPath(QStringLiteral("jpg/corrupted.jpg"))});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QTRY_COMPARE(window.photoModel()->rowCount(), 3);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("veil.ini")), QSettings::IniFormat);
        // Detection has its own test below; the others stay fast without it.
        Settings(m_settings.get()).setValue(SettingKeys::DetectOnImport, false);
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void emptyStateThenImportByDrop()
    {
        MainWindow window(libraryPath(), m_settings.get());
        QAbstractItemModelTester photosTester(window.photoModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(window.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Veil"));
        QVERIFY(window.isLibraryOpen());
        QVERIFY(window.libraryPage()->showsEmptyState());

        importSamples(window);
        QVERIFY(!window.libraryPage()->showsEmptyState());
        QCOMPARE(window.remainingToReview(), 3);
        // The broken file is listed with its reason, and did not stop the others.
        QCOMPARE(window.jobStatus()->failures().size(), 1);
        QVERIFY2(window.jobStatus()->failures().first().startsWith(QStringLiteral("corrupted.jpg: ")),
                 qPrintable(window.jobStatus()->failures().first()));
        QVERIFY2(window.jobStatus()->text().contains(QStringLiteral("Imported 3 photo")),
                 qPrintable(window.jobStatus()->text()));
        // Originals are only read.
        QCOMPARE(test::fileSha256(test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg"))),
                 test::fileSha256(window.photoModel()->rowById(window.photoModel()->rows().first().id)->path));

        // Dropping the same files again imports nothing new.
        QSignalSpy finished(&window, &MainWindow::importFinished);
        drop(window.libraryPage()->grid()->viewport(), {test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg"))});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(window.photoModel()->rowCount(), 3);
        QVERIFY(window.jobStatus()->text().contains(QStringLiteral("1 already in the library")));

        // Thumbnails arrive lazily and every photo gets a perceptual hash.
        QTRY_VERIFY(std::all_of(window.photoModel()->rows().cbegin(), window.photoModel()->rows().cend(),
                                [](const PhotoRow &r) { return r.perceptualHash.has_value(); }));
    }

    void searchArchiveAndTags()
    {
        MainWindow window(libraryPath(), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        importSamples(window);
        auto *search = window.libraryPage()->filterBar()->findChild<QLineEdit *>();
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("nikon"));
        QTRY_COMPARE(window.filterModel()->rowCount(), 1);
        search->clear();
        QTRY_COMPARE(window.filterModel()->rowCount(), 3);

        // Select the first photo in the grid, tag it and archive it (Ctrl+K).
        QListView *grid = window.libraryPage()->grid();
        grid->setFocus();
        grid->setCurrentIndex(window.filterModel()->index(0, 0));
        const qint64 id = window.libraryPage()->currentId();
        Dialogs::setNextText(QStringLiteral("family, 2024"));
        QTest::keyClick(grid, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(PhotoRepository(window.database()).tags(id),
                 (QStringList{QStringLiteral("2024"), QStringLiteral("family")}));
        QTest::keyClick(grid, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(PhotoRepository(window.database()).photo(id)->archived);
        QCOMPARE(window.filterModel()->rowCount(), 2); // archived photos leave the default view
        QCOMPARE(window.remainingToReview(), 2);
    }

    void editBoxesWithUndoThenExport()
    {
        MainWindow window(libraryPath(), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        importSamples(window);

        // Open the wider-dev photo from the grid with Return.
        QListView *grid = window.libraryPage()->grid();
        int row = -1;
        for (int i = 0; i < window.filterModel()->rowCount(); ++i)
            if (window.filterModel()->index(i, 0).data().toString().startsWith(QStringLiteral("0_Parade")))
                row = i;
        QVERIFY(row >= 0);
        grid->setFocus();
        grid->setCurrentIndex(window.filterModel()->index(row, 0));
        EditorPage *editor = window.editor();
        QSignalSpy loaded(editor, &EditorPage::photoLoaded);
        QTest::keyClick(grid, Qt::Key_Return);
        QCOMPARE(window.currentPage(), MainWindow::Page::Editor);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        PhotoDocument *doc = editor->document();
        QVERIFY2(doc, qPrintable(editor->loadError()));
        PhotoView *view = editor->view();
        view->resize(900, 700);
        view->fitToWindow();
        QCOMPARE(doc->count(), 0);

        // Draw a box by dragging on the photo; undo and redo it.
        dragIn(view, {0.2, 0.2}, {0.4, 0.45});
        QCOMPARE(doc->count(), 1);
        QCOMPARE(doc->undoStack()->count(), 1);
        const QRectF drawn = doc->face(0).rect;
        QVERIFY2(std::abs(drawn.left() - 0.2) < 0.01 && std::abs(drawn.width() - 0.2) < 0.01,
                 qPrintable(QStringLiteral("%1 %2").arg(drawn.left()).arg(drawn.width())));
        editor->undoAction()->trigger();
        QCOMPARE(doc->count(), 0);
        editor->redoAction()->trigger();
        QCOMPARE(doc->count(), 1);

        // Move it by dragging its body: one undo step for the whole drag.
        dragIn(view, {0.3, 0.3}, {0.4, 0.35});
        QCOMPARE(doc->undoStack()->count(), 2);
        QVERIFY(std::abs(doc->face(0).rect.left() - 0.3) < 0.01);
        QVERIFY(std::abs(doc->face(0).rect.width() - drawn.width()) < 1e-9);
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(doc->face(0).rect, drawn);
        QTest::keySequence(&window, QKeySequence::Redo);
        const QRectF moved = doc->face(0).rect;

        // Resize it by its bottom-right handle.
        dragIn(view, moved.bottomRight(), moved.bottomRight() + QPointF(0.1, 0.1));
        QCOMPARE(doc->undoStack()->count(), 3);
        QVERIFY(doc->face(0).rect.width() > moved.width() + 0.08);
        QCOMPARE(doc->face(0).rect.topLeft(), moved.topLeft());
        editor->undoAction()->trigger();
        QCOMPARE(doc->face(0).rect, moved);
        editor->redoAction()->trigger();

        // Toggle keep/anonymize with K, delete with Del; undo each.
        QVERIFY(view->selectedFace() == 0);
        QTest::keyClick(view, Qt::Key_K);
        QVERIFY(!doc->face(0).anonymize);
        editor->undoAction()->trigger();
        QVERIFY(doc->face(0).anonymize);
        view->selectFace(0);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(doc->count(), 0);
        editor->undoAction()->trigger();
        QCOMPARE(doc->count(), 1);

        // The live preview hides the face; holding Space shows the original.
        QTRY_VERIFY(!editor->previewImage().isNull());
        const QRect facePx = doc->face(0).toPixels(QSizeF(view->imageSize())).toRect();
        QVERIFY(editor->previewImage().copy(facePx) != view->grab().toImage().copy(0, 0, 1, 1)); // smoke
        QSignalSpy held(view, &PhotoView::originalHeld);
        QTest::keyPress(view, Qt::Key_Space);
        QTest::keyRelease(view, Qt::Key_Space);
        QCOMPARE(held.count(), 2);

        // Export this photo through the dialog and check the output file.
        const QString outDir = m_dir->filePath(QStringLiteral("out"));
        const QString original = doc->faces().isEmpty() ? QString() : PhotoRepository(window.database()).photo(doc->photoId())->path;
        const QByteArray originalSha = test::fileSha256(original);
        ExportDialog *dialog = window.exportSelected();
        QVERIFY(dialog);
        // Saved before exporting: the library has the box.
        QCOMPARE(PhotoRepository(window.database()).faces(doc->photoId()).size(), 1);
        dialog->setOutputDirectory(outDir);
        dialog->setVerifyFaces(false);
        QVERIFY(dialog->startExport());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60000);
        QVERIFY2(dialog->summary().startsWith(QStringLiteral("1 photo")), qPrintable(dialog->summary()));
        const QStringList outputs = QDir(outDir).entryList(QDir::Files);
        QCOMPARE(outputs.size(), 1);
        QImage exported(QDir(outDir).filePath(outputs.first()));
        QImage source(original);
        QVERIFY(!exported.isNull());
        QCOMPARE(exported.size(), source.size());
        // Pixels inside the box changed, far outside it they did not (beyond JPEG noise).
        const QRectF box = PhotoRepository(window.database()).faces(doc->photoId()).first().toPixels(QSizeF(source.size()));
        const QPoint centre = box.center().toPoint();
        const auto diff = [&](QPoint p) {
            const QColor a = exported.pixelColor(p), b = source.pixelColor(p);
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
        };
        int changedInside = 0;
        for (int dx = -10; dx <= 10; dx += 5)
            for (int dy = -10; dy <= 10; dy += 5)
                changedInside += diff(centre + QPoint(dx, dy)) > 30;
        QVERIFY2(changedInside >= 10, qPrintable(QString::number(changedInside)));
        QVERIFY(diff(QPoint(source.width() - 5, source.height() - 5)) < 40);
        QCOMPARE(test::fileSha256(original), originalSha);
        QTRY_COMPARE(window.photoModel()->rowById(doc->photoId())->status, ReviewStatus::Exported);
        dialog->close();
    }

    void reviewFlowStatisticsAndActivity()
    {
        MainWindow window(libraryPath(), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        importSamples(window);
        QCOMPARE(window.remainingToReview(), 3);

        QSignalSpy loaded(window.editor(), &EditorPage::photoLoaded);
        window.openPhoto(window.filterModel()->index(0, 0).data(PhotoListModel::IdRole).toLongLong());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        const qint64 first = window.editor()->photoId();
        // Accept and go to the next photo (Ctrl+Return): the first is reviewed.
        QTest::keyClick(window.editor()->view(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 30000);
        QVERIFY(window.editor()->photoId() != first);
        QCOMPARE(PhotoRepository(window.database()).photo(first)->reviewStatus, ReviewStatus::Reviewed);
        QCOMPARE(window.remainingToReview(), 2);
        QTest::keyClick(window.editor()->view(), Qt::Key_PageUp);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, 30000);
        QCOMPARE(window.editor()->photoId(), first);
        QTest::keyClick(window.editor()->view(), Qt::Key_Escape);
        QCOMPARE(window.currentPage(), MainWindow::Page::Library);

        // A real camera writes this model name; chart labels are rich text.
        QSqlQuery q(window.database().database());
        QVERIFY(q.exec(QStringLiteral("UPDATE photos SET model = '<Digimax i50 MP3, Samsung #1 MP3>' WHERE id = %1")
                           .arg(first)));
        QSignalSpy refreshed(window.statistics(), &StatisticsView::refreshed);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Statistics);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 30000);
        QCOMPARE(window.statistics()->stats().photoCount, 3);
        QCOMPARE(window.statistics()->stats().mostCommonFormat, QStringLiteral("jpeg"));
        QStringList categories, titles;
        for (const QChartView *view : window.statistics()->findChildren<QChartView *>()) {
            titles << view->chart()->title();
            for (QAbstractAxis *axis : view->chart()->axes())
                if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                    categories += c->categories();
        }
        QVERIFY2(categories.contains(QStringLiteral("&lt;Digimax i50 MP3, Samsung #1 MP3&gt;")),
                 qPrintable(categories.join('|')));
        // The imports chart says which days it spans (its 30 date labels are hidden).
        const QString today = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
        QVERIFY2(std::any_of(titles.begin(), titles.end(), [&](const QString &t) { return t.endsWith(today); }),
                 qPrintable(titles.join('|')));

        ActivityDialog activity(window.database());
        const QString csv = m_dir->filePath(QStringLiteral("activity.csv"));
        Dialogs::setNextSaveFileName(csv);
        QVERIFY(activity.exportCsv());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.startsWith("time,kind,photo_id,message"));
        QCOMPARE(content.count(",import,"), 3);
    }

    void detectionAfterImportAndInTheEditor()
    {
        Settings(m_settings.get()).setValue(SettingKeys::DetectOnImport, true);
        Settings(m_settings.get()).setValue(SettingKeys::DetectionPreset, QStringLiteral("fast"));
        MainWindow window(libraryPath(), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy detected(&window, &MainWindow::detectionFinished);
        QSignalSpy finished(&window, &MainWindow::importFinished);
        const QString parade = test::sharedPath(QStringLiteral("data/wider-dev/images/0_Parade_Parade_0_102.jpg"));
        drop(&window, {parade});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(detected.count(), 1, 120000);
        const qint64 id = window.photoModel()->rows().first().id;
        const QList<FaceBox> faces = PhotoRepository(window.database()).faces(id);
        QVERIFY2(faces.size() >= 3, qPrintable(QString::number(faces.size()))); // a crowd at a parade
        // Possible faces are stored for the review, but not counted as faces.
        QCOMPARE(window.photoModel()->rowById(id)->faceCount,
                 int(std::count_if(faces.cbegin(), faces.cend(), [](const FaceBox &f) { return !f.possible; })));
        QCOMPARE(window.photoModel()->rowById(id)->status, ReviewStatus::NeedsReview);

        // In the editor, detecting again adds nothing new; a box drawn by hand is kept.
        QSignalSpy loaded(window.editor(), &EditorPage::photoLoaded);
        window.openPhoto(id);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        PhotoDocument *doc = window.editor()->document();
        QCOMPARE(doc->count(), int(faces.size()));
        QSignalSpy done(window.editor(), &EditorPage::detectionDone);
        window.editor()->detectFaces();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(done.first().first().toInt(), 0);
        QCOMPARE(doc->count(), int(faces.size()));
    }

    // The last job's "N faces found" is news, not the state of what the user does next: it
    // gives way to the editor's own counts when a photo is opened, and in the library it
    // goes after a while. The status bar never shows it beside the editor's counts.
    void finishedJobSummaryDoesNotStay()
    {
        Settings(m_settings.get()).setValue(SettingKeys::DetectionPreset, QStringLiteral("fast"));
        MainWindow window(libraryPath(), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.importPaths({test::sharedPath(QStringLiteral("data/wider-dev/images/0_Parade_Parade_0_102.jpg"))});
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        const qint64 id = window.photoModel()->rows().first().id;
        const auto statusBarTexts = [&window] {
            QStringList texts;
            for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
                if (label->isVisible() && !label->text().isEmpty())
                    texts.append(label->text());
            return texts.join(QLatin1String(" | "));
        };

        QSignalSpy detected(&window, &MainWindow::detectionFinished);
        window.detectFaces({id});
        QTRY_COMPARE_WITH_TIMEOUT(detected.count(), 1, 120000);
        QVERIFY2(statusBarTexts().contains(QLatin1String(" found")), qPrintable(statusBarTexts()));
        QSignalSpy loaded(window.editor(), &EditorPage::photoLoaded);
        window.openPhoto(id);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        // What the status bar says now is the editor's: what is left to decide, the zoom.
        const QString editing = statusBarTexts();
        QVERIFY2(!editing.contains(QLatin1String("found")) && editing.contains(QLatin1String("uncertain")),
                 qPrintable(editing));
        QVERIFY(window.jobStatus()->text().isEmpty());

        // In the library, the summary stays a while (here 300 ms), then goes; the failures
        // button is what lasts.
        window.showPage(MainWindow::Page::Library);
        window.jobStatus()->setSummaryTimeout(300);
        window.detectFaces({id});
        QTRY_COMPARE_WITH_TIMEOUT(detected.count(), 2, 120000);
        QVERIFY2(window.jobStatus()->text().contains(QLatin1String("found")), qPrintable(window.jobStatus()->text()));
        QTRY_VERIFY(window.jobStatus()->text().isEmpty());
        QVERIFY2(!statusBarTexts().contains(QLatin1String("found")), qPrintable(statusBarTexts()));
    }

    void geometryIsRemembered()
    {
        {
            MainWindow window(libraryPath(), m_settings.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.close();
        }
        QVERIFY(!Settings(m_settings.get()).value(SettingKeys::WindowGeometry).isEmpty());
        MainWindow again(libraryPath(), m_settings.get());
        QCOMPARE(again.size().height(), 640);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
