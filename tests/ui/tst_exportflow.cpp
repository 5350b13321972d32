// The export as a user meets it, on the real main window (offscreen): the default names
// carry the extension of the data written (GUI and veil-cli alike, HEIF included), an
// export of photos with undecided candidates asks first, and the summary says what the
// check of each written file found, with its report and "Open Folder".
#include "../testutil.h"
#include "detect/coverage.h"
#include "dialoghooks.h"
#include "editor/editorpage.h"
#include "editor/photoview.h"
#include "edits/photodocument.h"
#include "export/outputnaming.h"
#include "exportdialog.h"
#include "exportplan.h"
#include "exportsummary.h"
#include "filterbar.h"
#include "i18n/translations.h"
#include "imaging/imageformat.h"
#include "library/database.h"
#include "library/photorepository.h"
#include "librarypage.h"
#include "mainwindow.h"
#include "models/photofiltermodel.h"
#include "models/photolistmodel.h"
#include "photodelegate.h"
#include "settings/settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHelpEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolTip>

using namespace veil;
using namespace veil::ui;

class TestExportFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

    QString path(const QString &relative) const { return m_dir->filePath(relative); }

    static void importAndWait(MainWindow &window, const QStringList &paths, int expected)
    {
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importPaths(paths);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QTRY_COMPARE(window.photoModel()->rowCount(), expected);
    }

    static qint64 idOf(MainWindow &window, const QString &fileName)
    {
        for (const PhotoRow &r : window.photoModel()->rows())
            if (r.fileName == fileName)
                return r.id;
        return 0;
    }

    // Exports every photo shown with the dialog's defaults (plus `prepare`) into `out`.
    static ExportDialog *exportAll(MainWindow &window, const QString &out,
                                   const std::function<void(ExportDialog *)> &prepare = {})
    {
        window.showPage(MainWindow::Page::Library);
        window.libraryPage()->grid()->clearSelection();
        ExportDialog *dialog = window.exportSelected();
        if (!dialog)
            return nullptr;
        dialog->setOutputDirectory(out);
        if (prepare)
            prepare(dialog);
        return dialog;
    }

    // The grid's index of a photo, as the library view shows it (badge, filters).
    static QModelIndex gridIndex(MainWindow &window, qint64 id)
    {
        for (int i = 0; i < window.filterModel()->rowCount(); ++i)
            if (window.filterModel()->index(i, 0).data(PhotoListModel::IdRole).toLongLong() == id)
                return window.filterModel()->index(i, 0);
        return {};
    }

    static QString badge(MainWindow &window, qint64 id)
    {
        return PhotoDelegate::statusBadgeText(gridIndex(window, id));
    }

    // The library's status filter set to `status`: the photos it shows.
    static QList<qint64> filteredBy(MainWindow &window, ReviewStatus status)
    {
        QComboBox *box = nullptr;
        for (QComboBox *b : window.libraryPage()->filterBar()->findChildren<QComboBox *>())
            if (b->findData(int(ReviewStatus::Failed)) >= 0)
                box = b;
        if (!box)
            return {};
        box->setCurrentIndex(box->findData(int(status)));
        QList<qint64> ids;
        for (int i = 0; i < window.filterModel()->rowCount(); ++i)
            ids.append(window.filterModel()->index(i, 0).data(PhotoListModel::IdRole).toLongLong());
        box->setCurrentIndex(0);
        return ids;
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

    // Runs the export and waits for its summary.
    static bool finish(ExportDialog *dialog)
    {
        return dialog && dialog->startExport() && QTest::qWaitFor([dialog] { return dialog->isFinished(); }, 120000);
    }

    static QStringList files(const QString &dir)
    {
        QStringList names = QDir(dir).entryList(QDir::Files);
        names.sort();
        return names;
    }

    QStringList cliAnonymize(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VEIL_LIBRARY"), path(QStringLiteral("cli-library.sqlite")));
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VEIL_TEST_BIN_DIR "/veil-cli"), QStringList{QStringLiteral("anonymize")} + args);
        if (!p.waitForFinished(240000))
            qFatal("veil-cli timed out");
        return {QString::number(p.exitCode()), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        // The strings as the app shows them in English (with its plurals).
        veil::i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(path(QStringLiteral("veil.ini")), QSettings::IniFormat);
        Settings(m_settings.get()).setValue(SettingKeys::DetectOnImport, false);
        Dialogs::setRecordOpenedUrls(true);
    }

    void cleanup()
    {
        Dialogs::setRecordOpenedUrls(false);
        m_settings.reset();
        m_dir.reset();
    }

    void defaultNamesCarryTheExtension()
    {
        // One default, with {ext}, for the app and the CLI.
        QCOMPARE(Settings(m_settings.get()).value(SettingKeys::ExportNaming),
                 QString::fromLatin1(kDefaultNameTemplate));
        QVERIFY(QString::fromLatin1(kDefaultNameTemplate).contains(QLatin1String("{ext}")));

        // A JPEG, a PNG and a HEIF ("same as the original" writes JPEG for it).
        QDir().mkpath(path(QStringLiteral("in")));
        QVERIFY(QFile::copy(test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg")),
                            path(QStringLiteral("in/Canon_40D.jpg"))));
        QVERIFY(QImage(test::samplesPath(QStringLiteral("jpg/Nikon_D70.jpg")))
                    .scaledToWidth(320)
                    .save(path(QStringLiteral("in/flat.png"))));
        QVERIFY(QFile::copy(test::samplesPath(QStringLiteral("heic/samplefilehub.heif")),
                            path(QStringLiteral("in/sample.heif"))));
        const QStringList expected = {QStringLiteral("Canon_40D_anon.jpg"), QStringLiteral("flat_anon.png"),
                                      QStringLiteral("sample_anon.jpg")};

        MainWindow window(path(QStringLiteral("lib.sqlite")), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        importAndWait(window, {path(QStringLiteral("in"))}, 3);

        const QString guiOut = path(QStringLiteral("gui"));
        ExportDialog *dialog = exportAll(window, guiOut, [](ExportDialog *d) { d->setVerifyFaces(false); });
        QVERIFY(dialog);
        QVERIFY2(dialog->exampleName().endsWith(QLatin1String("_anon.jpg")) ||
                     dialog->exampleName().endsWith(QLatin1String("_anon.png")),
                 qPrintable(dialog->exampleName()));
        QVERIFY(dialog->startExport());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60000);
        QCOMPARE(files(guiOut), expected);
        // The HEIF's export holds JPEG data, as its name says; the PNG stayed PNG.
        QCOMPARE(sniffImageFormat(QDir(guiOut).filePath(QStringLiteral("sample_anon.jpg"))), ImageFormat::Jpeg);
        QCOMPARE(sniffImageFormat(QDir(guiOut).filePath(QStringLiteral("flat_anon.png"))), ImageFormat::Png);
        dialog->close();

        // A pattern without {ext} (the old default) gets the extension at its end.
        const QString oldOut = path(QStringLiteral("gui-old"));
        dialog = exportAll(window, oldOut, [](ExportDialog *d) {
            d->setVerifyFaces(false);
            d->setNameTemplate(QStringLiteral("{name}-veil"));
        });
        QVERIFY(dialog->exampleName().endsWith(QLatin1String("-veil.jpg")) ||
                dialog->exampleName().endsWith(QLatin1String("-veil.png")));
        QVERIFY(dialog->startExport());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60000);
        const QStringList old = {QStringLiteral("Canon_40D-veil.jpg"), QStringLiteral("flat-veil.png"),
                                 QStringLiteral("sample-veil.jpg")};
        QCOMPARE(files(oldOut), old);
        dialog->close();

        // veil-cli names the same photos the same way, with its default and with the old pattern.
        const QString cliOut = path(QStringLiteral("cli"));
        QStringList run =
            cliAnonymize({QStringLiteral("--no-verify"), QStringLiteral("--preset"), QStringLiteral("fast"),
                          QStringLiteral("-o"), cliOut, path(QStringLiteral("in"))});
        QVERIFY2(run.first() == QLatin1String("0"), qPrintable(run.join('\n')));
        QCOMPARE(files(cliOut), expected);
        const QString cliOld = path(QStringLiteral("cli-old"));
        run = cliAnonymize({QStringLiteral("--no-verify"), QStringLiteral("--preset"), QStringLiteral("fast"),
                            QStringLiteral("--name"), QStringLiteral("{name}-veil"), QStringLiteral("-o"), cliOld,
                            path(QStringLiteral("in"))});
        QVERIFY2(run.first() == QLatin1String("0"), qPrintable(run.join('\n')));
        QCOMPARE(files(cliOld), old);
    }

    void undecidedCandidatesAskFirst()
    {
        MainWindow window(path(QStringLiteral("lib.sqlite")), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString parade = test::sharedPath(QStringLiteral("data/wider-dev/images/0_Parade_Parade_0_102.jpg"));
        importAndWait(window, {parade, test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg"))}, 2);
        const qint64 paradeId = idOf(window, QStringLiteral("0_Parade_Parade_0_102.jpg"));
        const qint64 canonId = idOf(window, QStringLiteral("Canon_40D.jpg"));
        QVERIFY(paradeId && canonId);
        // A confirmed face and a candidate nobody has decided on.
        FaceBox face;
        face.rect = QRectF(0.1, 0.1, 0.15, 0.2);
        FaceBox candidate;
        candidate.rect = QRectF(0.6, 0.3, 0.1, 0.12);
        candidate.score = 0.4;
        candidate.uncertain = true;
        // A face kept visible on purpose (K) and a possible face no one accepted: both stay
        // visible, but only the first was the user's choice.
        FaceBox keptFace;
        keptFace.rect = QRectF(0.3, 0.6, 0.1, 0.12);
        keptFace.anonymize = false;
        FaceBox possible;
        possible.rect = QRectF(0.8, 0.7, 0.05, 0.06);
        possible.score = 0.25;
        possible.possible = true;
        possible.anonymize = false;
        QList<FaceBox> faces{face, candidate, keptFace, possible};
        QVERIFY(PhotoRepository(window.database()).replaceFaces(paradeId, faces));
        window.reloadLibrary();
        QTRY_COMPARE(window.photoModel()->rowById(paradeId)->uncertainCount, 1);

        // The dialog says it before anything is asked.
        const QString out = path(QStringLiteral("out"));
        ExportDialog *dialog = exportAll(window, out);
        QCOMPARE(dialog->undecidedPhotos(), QList<qint64>{paradeId});
        dialog->setVerifyFaces(false);

        // Closing the question exports nothing.
        Dialogs::setNextChoice(-1);
        QVERIFY(!dialog->startExport());
        QVERIFY2(Dialogs::lastChoiceText().startsWith(QLatin1String("Candidates in 1 photo have")),
                 qPrintable(Dialogs::lastChoiceText()));
        QVERIFY(files(out).isEmpty());

        // "Skip these photos": only the other one is exported, and the summary says why.
        Dialogs::setNextChoice(2);
        QVERIFY(dialog->startExport());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60000);
        QCOMPARE(files(out), QStringList{QStringLiteral("Canon_40D_anon.jpg")});
        QVERIFY2(dialog->photoLines().filter(QStringLiteral("0_Parade_Parade_0_102.jpg: skipped")).size() == 1,
                 qPrintable(dialog->photoLines().join('\n')));
        dialog->close();

        // "Review them first": the editor opens on the photo with the candidate.
        dialog = exportAll(window, out);
        QSignalSpy loaded(window.editor(), &EditorPage::photoLoaded);
        Dialogs::setNextChoice(0);
        QVERIFY(!dialog->startExport());
        QCOMPARE(window.currentPage(), MainWindow::Page::Editor);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QCOMPARE(window.editor()->photoId(), paradeId);
        // The library shows only the photos to review, so the editor steps through them.
        QCOMPARE(window.filterModel()->visibleIds(), QList<qint64>{paradeId});
        window.libraryPage()->filterBar()->setFacesFilter(PhotoFilter::Faces::Any);

        // "Blur them and export": both photos, the candidate hidden with the face.
        const QString all = path(QStringLiteral("all"));
        dialog = exportAll(window, all, [](ExportDialog *d) { d->setVerifyFaces(false); });
        Dialogs::setNextChoice(1);
        QVERIFY(dialog->startExport());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60000);
        QCOMPARE(files(all).size(), 2);
        QVERIFY2(dialog->photoLines()
                         .filter(QStringLiteral("0_Parade_Parade_0_102.jpg: exported as "
                                                "0_Parade_Parade_0_102_anon.jpg; 2 faces hidden; 1 of them "
                                                "undecided candidate, hidden without review"))
                         .size() == 1,
                 qPrintable(dialog->photoLines().join('\n')));
        QVERIFY2(dialog->photoLines()
                         .filter(QStringLiteral("; 1 face left visible by your choice; 1 possible face not accepted, "
                                                "left visible"))
                         .size() == 1,
                 qPrintable(dialog->photoLines().join('\n')));
        dialog->close();
    }

    void summaryReportsWhatTheCheckFound()
    {
        MainWindow window(path(QStringLiteral("lib.sqlite")), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A couple's photo: ten faces of 68 px and more, boxed from the ground truth.
        const QString name = QStringLiteral("19_Couple_Couple_19_836.jpg");
        importAndWait(window, {test::sharedPath(QStringLiteral("data/wider-native/images/") + name)}, 1);
        const qint64 id = idOf(window, name);
        BoxesByFile truth;
        QString error;
        QVERIFY2(readBoxesCsv(test::sharedPath(QStringLiteral("data/wider-native/faces.csv")), &truth, &error),
                 qPrintable(error));
        const QSize size = QImage(test::sharedPath(QStringLiteral("data/wider-native/images/") + name)).size();
        QList<FaceBox> faces;
        for (const QRectF &r : truth.value(name)) {
            FaceBox f;
            f.rect = FaceBox::normalise(r, QSizeF(size));
            faces.append(f);
        }
        QCOMPARE(faces.size(), 10);
        QVERIFY(PhotoRepository(window.database()).replaceFaces(id, faces));
        window.reloadLibrary();
        QTRY_COMPARE(window.photoModel()->rowById(id)->faceCount, 10);

        // Hidden as the app hides faces: the check runs and finds none.
        const QString good = path(QStringLiteral("good"));
        ExportDialog *dialog = exportAll(window, good);
        QVERIFY(dialog->startExport());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 120000);
        QCOMPARE(files(good).size(), 1);
        // The line says what verification checked, from its report: every region changed
        // (the region-change check) and no face found in them.
        {
            QFile report(dialog->reportPath());
            QVERIFY(report.open(QIODevice::ReadOnly));
            const QJsonObject verification = QJsonDocument::fromJson(report.readAll())
                                                 .object()
                                                 .value(QStringLiteral("results"))
                                                 .toArray()
                                                 .first()
                                                 .toObject()
                                                 .value(QStringLiteral("verification"))
                                                 .toObject();
            QVERIFY(verification.value(QStringLiteral("changeChecked")).toBool());
            QCOMPARE(verification.value(QStringLiteral("regionsCompared")).toInt(), 10);
            QCOMPARE(verification.value(QStringLiteral("regionsFlat")).toInt(), 0);
            // The same item as a report with two regions not judged (too plain or small)
            // says how many changed, not "every"; one from a record without the region-change
            // check (an older Veil's batch, resumed) claims only the face check.
            report.seek(0);
            BatchItem item;
            item.state = ItemState::Exported;
            item.inputPath = name;
            item.outputPath = path(QStringLiteral("good/x.jpg"));
            item.result = QJsonDocument::fromJson(report.readAll())
                              .object()
                              .value(QStringLiteral("results"))
                              .toArray()
                              .first()
                              .toObject();
            QJsonObject v = verification;
            v.insert(QStringLiteral("regionsCompared"), 8);
            v.insert(QStringLiteral("regionsFlat"), 2);
            item.result.insert(QStringLiteral("verification"), v);
            ExportOutcome outcome;
            outcome.items = {item};
            QVERIFY2(exportOutcomeLines(outcome).first().contains(QLatin1String(
                         "checked: 8 of the 10 hidden regions changed (the others too plain or small to judge), "
                         "no face found in them")),
                     qPrintable(exportOutcomeLines(outcome).first()));
            v.remove(QStringLiteral("changeChecked"));
            item.result.insert(QStringLiteral("verification"), v);
            outcome.items = {item};
            QVERIFY2(exportOutcomeLines(outcome).first().contains(
                         QLatin1String("checked: no face found in the 10 hidden regions")) &&
                         !exportOutcomeLines(outcome).first().contains(QLatin1String("changed")),
                     qPrintable(exportOutcomeLines(outcome).first()));
        }
        QVERIFY2(dialog->photoLines().first().contains(
                     QLatin1String("checked: every hidden region changed, no face found in them")),
                 qPrintable(dialog->photoLines().join('\n')));
        dialog->close();
        // The same export again: the file is the one this job wrote, so nothing is written,
        // and the summary says so instead of "exported".
        const QString first = QDir(good).filePath(files(good).first());
        const QDateTime firstAt = QFileInfo(first).lastModified();
        const QByteArray firstHash = test::fileSha256(first);
        dialog = exportAll(window, good);
        QVERIFY(dialog->startExport());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 120000);
        const QString again = dialog->photoLines().first();
        QVERIFY2(again.startsWith(name + QStringLiteral(": already exported as")) &&
                     again.contains(QLatin1String("nothing written")) && !again.contains(QLatin1String(": exported as")),
                 qPrintable(again));
        auto *againSummary = dialog->findChild<QTextBrowser *>();
        QVERIFY(againSummary && againSummary->toPlainText().contains(QLatin1String("0 photos exported to")) &&
                againSummary->toPlainText().contains(QLatin1String("1 photo already exported there earlier")));
        QCOMPARE(QFileInfo(first).lastModified(), firstAt);
        QCOMPARE(test::fileSha256(first), firstHash);
        dialog->close();

        // No setting of the app leaves a face the check sees (it looks only at what each mask
        // holds). So: pixelated with 8 blocks across each face (the app keeps 2) and checked
        // from score 0.2 instead of 0.5, a region still reads as a face (0.28 when measured):
        // the export is refused and the summary says what the check found.
        const QString weak = path(QStringLiteral("weak"));
        dialog = exportAll(window, weak, [](ExportDialog *d) {
            d->setRequestAdjustment([](ExportRequest &r) {
                r.options.obfuscation.method = ObfuscationMethod::Pixelate;
                r.options.obfuscation.samplesAcross = 8;
                r.options.verifyThreshold = 0.2;
            });
        });
        QVERIFY(dialog->startExport());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 120000);
        QVERIFY(files(weak).isEmpty());
        const QString line = dialog->photoLines().first();
        QVERIFY2(line.startsWith(name + QStringLiteral(": NOT exported")) &&
                     line.contains(QLatin1String("the check still found")),
                 qPrintable(line));
        QVERIFY(dialog->failures().size() == 1);
        QTRY_COMPARE(badge(window, id), QStringLiteral("Failed")); // a real failure of the photo

        // The report holds what the check found; its link and "Open Folder" open them.
        QVERIFY(QFileInfo::exists(dialog->reportPath()));
        const QJsonObject report = QJsonDocument::fromJson(test::readFile(dialog->reportPath())).object();
        const QJsonObject result = report.value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(!result.value(QStringLiteral("verification"))
                     .toObject()
                     .value(QStringLiteral("facesFound"))
                     .toArray()
                     .isEmpty());
        auto *summary = dialog->findChild<QTextBrowser *>();
        QVERIFY(summary && summary->isVisible());
        QVERIFY(summary->toHtml().contains(QUrl::fromLocalFile(dialog->reportPath()).toString(QUrl::FullyEncoded)));
        emit summary->anchorClicked(QUrl::fromLocalFile(dialog->reportPath()));
        QCOMPARE(Dialogs::openedUrls().last(), QUrl::fromLocalFile(dialog->reportPath()));
        dialog->close();

        // After a successful export "Open Folder" shows the folder.
        dialog = exportAll(window, good, [](ExportDialog *d) { d->setVerifyFaces(false); });
        m_settings->sync();
        QVERIFY(!dialog->openFolderButton()->isVisible());
        QVERIFY(dialog->startExport());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 120000);
        // The first export is there already: nothing new is written, and the summary says why
        // and what to do in the app (the export code's own message names veil-cli's --overwrite).
        const QString written = QDir(good).filePath(files(good).first());
        const QDateTime writtenAt = QFileInfo(written).lastModified();
        QString refused = dialog->photoLines().first();
        QVERIFY2(refused.contains(QLatin1String("NOT exported")) && refused.contains(QLatin1String("exists already")) &&
                     refused.contains(QStringLiteral("tick “Replace existing exports”")) &&
                     !refused.contains(QLatin1String("--overwrite")),
                 qPrintable(refused));
        QCOMPARE(dialog->failures().size(), 1);
        QVERIFY2(!dialog->failures().first().contains(QLatin1String("--overwrite")),
                 qPrintable(dialog->failures().first()));
        // Doing what it says replaces the file.
        QCheckBox *replace = nullptr;
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>())
            if (box->text() == QLatin1String("Replace existing exports"))
                replace = box;
        QVERIFY(replace && replace->isVisible() && !replace->isChecked());
        QTest::mouseClick(replace, Qt::LeftButton, {}, QPoint(8, replace->height() / 2));
        QVERIFY(replace->isChecked());
        QVERIFY(dialog->startExport());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 120000);
        QVERIFY2(dialog->photoLines().first().startsWith(name + QStringLiteral(": exported as")),
                 qPrintable(dialog->photoLines().join('\n')));
        QCOMPARE(files(good).size(), 1);
        QVERIFY(QFileInfo(written).lastModified() > writtenAt);
        dialog->close();
        const QString fresh = path(QStringLiteral("fresh"));
        dialog = exportAll(window, fresh, [](ExportDialog *d) { d->setVerifyFaces(false); });
        QVERIFY(dialog->startExport());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 120000);
        QVERIFY(dialog->openFolderButton()->isVisible());
        QTest::mouseClick(dialog->openFolderButton(), Qt::LeftButton);
        QCOMPARE(Dialogs::openedUrls().last(), QUrl::fromLocalFile(fresh));
        dialog->close();
    }

    // A file in the way that was not replaced ("Replace existing exports" not ticked) is no
    // failure of the photo: its badge and the library's "Failed" filter keep saying what is
    // true (the earlier export stands). A photo that cannot be read still fails.
    void aFileInTheWayIsNotAFailure()
    {
        MainWindow window(path(QStringLiteral("lib.sqlite")), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString fragile = path(QStringLiteral("fragile.jpg")); // broken further down
        QVERIFY(QFile::copy(test::samplesPath(QStringLiteral("jpg/Nikon_D70.jpg")), fragile));
        importAndWait(window, {test::samplesPath(QStringLiteral("jpg/gps/DSCN0010.jpg")), fragile}, 2);
        const qint64 gps = idOf(window, QStringLiteral("DSCN0010.jpg"));
        const qint64 broken = idOf(window, QStringLiteral("fragile.jpg"));

        const QString out = path(QStringLiteral("out"));
        ExportDialog *dialog = exportAll(window, out);
        QVERIFY(finish(dialog));
        QCOMPARE(files(out).size(), 2);
        QTRY_COMPARE(badge(window, gps), QStringLiteral("Exported"));
        QTRY_COMPARE(badge(window, broken), QStringLiteral("Exported"));
        dialog->close();
        const QString first = QDir(out).filePath(QStringLiteral("DSCN0010_anon.jpg"));
        const QByteArray firstHash = test::fileSha256(first);

        // The same photos again at quality 90 (another job, so not "already exported"):
        // refused, the files left as they were.
        dialog = exportAll(window, out);
        auto *quality = dialog->findChild<QSpinBox *>();
        QVERIFY(quality);
        quality->setValue(90);
        QVERIFY(finish(dialog));
        QCOMPARE(test::fileSha256(first), firstHash);
        QCOMPARE(badge(window, gps), QStringLiteral("Exported"));
        QCOMPARE(badge(window, broken), QStringLiteral("Exported"));
        for (const QString &l : dialog->photoLines())
            QVERIFY2(l.contains(QLatin1String("NOT exported")) && l.contains(QLatin1String("exists already")),
                     qPrintable(l));
        const QString summary = dialog->findChild<QTextBrowser *>()->toPlainText();
        QVERIFY2(summary.contains(QLatin1String("2 photos not exported: a file of the same name is there already")),
                 qPrintable(summary));
        dialog->close();
        window.reloadLibrary(); // as stored, not only as the grid shows it
        QTRY_COMPARE(badge(window, gps), QStringLiteral("Exported"));
        QCOMPARE(badge(window, broken), QStringLiteral("Exported"));
        // The library's "Failed" filter shows neither.
        QComboBox *status = nullptr;
        for (QComboBox *box : window.libraryPage()->filterBar()->findChildren<QComboBox *>())
            if (box->findData(int(ReviewStatus::Failed)) >= 0)
                status = box;
        QVERIFY(status);
        status->setCurrentIndex(status->findData(int(ReviewStatus::Failed)));
        QTRY_COMPARE(window.filterModel()->rowCount(), 0);
        status->setCurrentIndex(0);
        QTRY_COMPARE(window.filterModel()->rowCount(), 2);

        // A real failure still says Failed: the copy is no longer a photo.
        {
            QFile f(fragile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("not a photo any more");
        }
        const QString other = path(QStringLiteral("other"));
        dialog = exportAll(window, other);
        QVERIFY(finish(dialog));
        QTRY_COMPARE(badge(window, broken), QStringLiteral("Failed"));
        QCOMPARE(badge(window, gps), QStringLiteral("Exported"));
        QVERIFY2(dialog->findChild<QTextBrowser *>()->toPlainText().contains(QLatin1String("1 photo not exported.")),
                 qPrintable(dialog->summary()));
        dialog->close();
    }

    // A box drawn after an export makes the photo "Changed since export" (badge, status
    // filter, editor), across a restart, until it is exported again; undoing back to the
    // exported boxes is "Exported" again.
    void changedSinceExportUntilExportedAgain()
    {
        const QString library = path(QStringLiteral("lib.sqlite"));
        const QString out = path(QStringLiteral("out"));
        qint64 changed = 0, other = 0;
        {
            MainWindow window(library, m_settings.get());
            window.resize(1300, 850);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            importAndWait(window,
                          {test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg")),
                           test::samplesPath(QStringLiteral("jpg/gps/DSCN0010.jpg"))},
                          2);
            changed = idOf(window, QStringLiteral("Canon_40D.jpg"));
            other = idOf(window, QStringLiteral("DSCN0010.jpg"));
            ExportDialog *dialog = exportAll(window, out);
            QVERIFY(finish(dialog));
            dialog->close();
            QTRY_COMPARE(badge(window, changed), QStringLiteral("Exported"));

            // The editor says so, and a box drawn (the face the detector missed) changes it.
            QSignalSpy loaded(window.editor(), &EditorPage::photoLoaded);
            window.openPhoto(changed);
            QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 && !window.editor()->isLoading(), 60000);
            QLabel *state = window.editor()->exportStateLabel();
            QVERIFY(state->isVisible());
            QCOMPARE(state->text(), QStringLiteral("Exported with these boxes."));
            const int before = window.editor()->document()->count();
            dragIn(window.editor()->view(), QPointF(0.3, 0.3), QPointF(0.5, 0.55));
            QCOMPARE(window.editor()->document()->count(), before + 1);
            QVERIFY2(state->text().contains(QLatin1String("Changed since export")), qPrintable(state->text()));
            // Undo: the exported boxes again; redo: changed again.
            window.editor()->undoAction()->trigger();
            QCOMPARE(state->text(), QStringLiteral("Exported with these boxes."));
            window.editor()->redoAction()->trigger();
            QVERIFY(state->text().contains(QLatin1String("Changed since export")));
            window.showPage(MainWindow::Page::Library); // leaving the photo saves it
            QTRY_COMPARE(badge(window, changed), QStringLiteral("Changed since export"));
            QCOMPARE(badge(window, other), QStringLiteral("Exported"));
            QCOMPARE(filteredBy(window, ReviewStatus::ChangedSinceExport), QList<qint64>{changed});
            QCOMPARE(filteredBy(window, ReviewStatus::Exported), QList<qint64>{other});
        }
        {
            // A restart: the same, from what the library recorded.
            MainWindow window(library, m_settings.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE(window.photoModel()->rowCount(), 2);
            QTRY_COMPARE(badge(window, changed), QStringLiteral("Changed since export"));
            QCOMPARE(badge(window, other), QStringLiteral("Exported"));

            // Exported again without "Replace existing exports": the stale file is left, and
            // the summary says it does not have the current boxes and how to write them; the
            // other photo's file is the same job's and says nothing of the kind.
            ExportDialog *dialog = exportAll(window, out);
            QVERIFY(finish(dialog));
            const QString lines = dialog->photoLines().join(QLatin1Char('\n'));
            QCOMPARE(dialog->photoLines().filter(QLatin1String("does not have its current boxes")).size(), 1);
            QVERIFY2(lines.contains(QLatin1String("Canon_40D.jpg: NOT exported: ")) &&
                         lines.contains(QStringLiteral("Canon_40D_anon.jpg is this photo's earlier export and does not "
                                                       "have its current boxes. Tick “Replace existing exports”")) &&
                         lines.contains(QLatin1String("the photo stays Changed since export")),
                     qPrintable(lines));
            QVERIFY2(dialog->findChild<QTextBrowser *>()->toPlainText().contains(
                         QLatin1String("Not replaced: the file there was left as it was")),
                     qPrintable(dialog->summary()));
            dialog->close();
            QTRY_COMPARE(badge(window, changed), QStringLiteral("Changed since export"));

            // Exported again (replacing the stale file): Exported.
            dialog = exportAll(window, out, [](ExportDialog *d) {
                for (QCheckBox *box : d->findChildren<QCheckBox *>())
                    if (box->text() == QLatin1String("Replace existing exports"))
                        box->setChecked(true);
            });
            QVERIFY(finish(dialog));
            QVERIFY2(dialog->photoLines().join(QLatin1Char('\n')).contains(QLatin1String("Canon_40D.jpg: exported as")),
                     qPrintable(dialog->photoLines().join(QLatin1Char('\n'))));
            dialog->close();
            QTRY_COMPARE(badge(window, changed), QStringLiteral("Exported"));
            QCOMPARE(filteredBy(window, ReviewStatus::ChangedSinceExport), QList<qint64>{});
            QCOMPARE(filteredBy(window, ReviewStatus::Exported).size(), 2);
        }
        {
            MainWindow window(library, m_settings.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE(window.photoModel()->rowCount(), 2);
            QTRY_COMPARE(badge(window, changed), QStringLiteral("Exported"));
            QCOMPARE(badge(window, other), QStringLiteral("Exported"));
        }
    }

    // Problems first: a photo not exported, then one not replaced, then the photo
    // exported; each group under its own heading with an icon, whatever the batch order.
    void summaryShowsProblemsFirst()
    {
        MainWindow window(path(QStringLiteral("lib.sqlite")), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString fragile = path(QStringLiteral("fragile.jpg"));
        QVERIFY(QFile::copy(test::samplesPath(QStringLiteral("jpg/Nikon_D70.jpg")), fragile));
        importAndWait(window,
                      {test::samplesPath(QStringLiteral("jpg/gps/DSCN0010.jpg")), fragile,
                       test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg"))},
                      3);
        const QString out = path(QStringLiteral("out"));
        ExportDialog *dialog = exportAll(window, out);
        QVERIFY(finish(dialog));
        dialog->close();
        QCOMPARE(files(out).size(), 3);
        // Canon's output gone (exported anew), fragile.jpg's too and no photo any more (fails), and
        // DSCN0010's output in the way of an export with other settings (not replaced).
        QVERIFY(QFile::remove(QDir(out).filePath(QStringLiteral("Canon_40D_anon.jpg"))));
        QVERIFY(QFile::remove(QDir(out).filePath(QStringLiteral("fragile_anon.jpg"))));
        {
            QFile f(fragile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("not a photo any more");
        }
        dialog = exportAll(window, out, [](ExportDialog *d) { d->findChild<QSpinBox *>()->setValue(90); });
        QVERIFY(finish(dialog));
        const QStringList lines = dialog->photoLines();
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("fragile.jpg: NOT exported")) &&
                     !lines.at(0).contains(QLatin1String("exists already")),
                 qPrintable(lines.join('\n')));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("DSCN0010.jpg: NOT exported")) &&
                     lines.at(1).contains(QLatin1String("exists already")),
                 qPrintable(lines.join('\n')));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("Canon_40D.jpg: exported as")), qPrintable(lines.join('\n')));

        // As shown: the headline first, then each group under its heading, in that order.
        auto *browser = dialog->findChild<QTextBrowser *>();
        const QString shown = browser->toPlainText();
        QVERIFY2(shown.startsWith(QLatin1String("1 photo exported to")), qPrintable(shown));
        QList<qsizetype> at;
        for (const char *text : {"Not exported\n", "fragile.jpg:", "Not replaced: the file there was left as it was\n",
                                 "DSCN0010.jpg:", "Exported\n", "Canon_40D.jpg:"})
            at.append(shown.indexOf(QLatin1String(text)));
        QVERIFY2(!at.contains(-1) && std::is_sorted(at.cbegin(), at.cend()), qPrintable(shown));
        // Each heading has its icon, which the dialog provides.
        const QString html = browser->toHtml();
        for (const char *icon : {"error", "warning", "ok"}) {
            const QUrl url = summaryIconUrl(QLatin1String(icon));
            QVERIFY2(html.contains(url.toString()), icon);
            QVERIFY(!browser->document()->resource(QTextDocument::ImageResource, url).value<QImage>().isNull());
        }
        dialog->close();
    }

    // The summary says which metadata left each file, in plain words, from what the export
    // found in that photo; with "safe" metadata, also what stayed.
    void summaryNamesTheMetadataRemoved()
    {
        MainWindow window(path(QStringLiteral("lib.sqlite")), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        importAndWait(window, {test::samplesPath(QStringLiteral("jpg/gps/DSCN0010.jpg"))}, 1);

        const auto run = [&](const QString &out, const QString &policy) {
            ExportDialog *dialog = exportAll(window, out, [&policy](ExportDialog *d) {
                d->setVerifyFaces(false);
                for (QComboBox *box : d->findChildren<QComboBox *>())
                    if (box->findData(policy) >= 0)
                        box->setCurrentIndex(box->findData(policy));
            });
            return finish(dialog) ? dialog : nullptr;
        };
        ExportDialog *dialog = run(path(QStringLiteral("none")), QStringLiteral("none"));
        QVERIFY(dialog);
        const QString line = dialog->photoLines().first();
        const QJsonObject result = QJsonDocument::fromJson(test::readFile(dialog->reportPath()))
                                       .object()
                                       .value(QStringLiteral("results"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QStringList removed;
        for (const QJsonValue &v : result.value(QStringLiteral("metadataRemoved")).toArray())
            removed.append(v.toString());
        // What the export found in this Nikon photo, each in the user's words.
        QCOMPARE(removed, (QStringList{QStringLiteral("exif"), QStringLiteral("exif-comment"),
                                       QStringLiteral("exif-thumbnail"), QStringLiteral("gps"),
                                       QStringLiteral("maker-notes"), QStringLiteral("xmp")}));
        QVERIFY2(line.contains(QLatin1String("metadata removed: GPS position, embedded thumbnail, descriptions and "
                                             "comments, maker notes, XMP, EXIF data")),
                 qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("metadata kept:")), qPrintable(line));
        // And shown: the summary the user reads holds it.
        QVERIFY(dialog->findChild<QTextBrowser *>()->toPlainText().contains(
            QLatin1String("metadata removed: GPS position")));
        dialog->close();

        dialog = run(path(QStringLiteral("safe")), QStringLiteral("safe"));
        QVERIFY(dialog);
        const QString safe = dialog->photoLines().first();
        QVERIFY2(safe.contains(QLatin1String("metadata removed: GPS position, embedded thumbnail, descriptions and "
                                             "comments, maker notes, XMP, other EXIF data")) &&
                     safe.contains(
                         QLatin1String("metadata kept: date taken, camera make and model, exposure settings")),
                 qPrintable(safe));
        dialog->close();
    }

    // The dialog keeps its width when the summary comes: long photo names and folders wrap
    // or are elided (whole in the tooltip), so the buttons stay under the pointer.
    void dialogKeepsItsWidth()
    {
        MainWindow window(path(QStringLiteral("lib.sqlite")), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString longName =
            QStringLiteral("Kundgebung_vor_dem_Rathaus_am_Samstagnachmittag_mit_den_Ordnern_und_der_Presse_"
                           "Aufnahme_von_der_Treppe_des_Museums_DSCN0010.jpg");
        QVERIFY(QDir().mkpath(path(QStringLiteral("in"))));
        const QString photo = path(QStringLiteral("in/") + longName);
        QVERIFY(QFile::copy(test::samplesPath(QStringLiteral("jpg/gps/DSCN0010.jpg")), photo));
        importAndWait(window, {photo}, 1);
        const QString out = path(QStringLiteral("exports/Redaktion_Lokales_Fotos_fuer_den_Artikel_ueber_die_"
                                                "Kundgebung_vor_dem_Rathaus_freigegeben"));
        ExportDialog *dialog = exportAll(window, out, [](ExportDialog *d) { d->setVerifyFaces(false); });
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const int width = dialog->width();
        QVERIFY2(width <= 700, qPrintable(QString::number(width))); // not the example name's width
        const QString example = QStringLiteral("For example: ") + longName.chopped(4) + QStringLiteral("_anon.jpg");
        QLabel *exampleLabel = nullptr;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->toolTip() == example)
                exampleLabel = label;
        QVERIFY2(exampleLabel && exampleLabel->text().contains(QChar(0x2026)),
                 "the example is elided, whole in its tooltip");
        // The label is greyed out (disabled); its tooltip still shows.
        QHelpEvent help(QEvent::ToolTip, QPoint(5, 5), exampleLabel->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(exampleLabel, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), example);
        QToolTip::hideText();
        QPushButton *exportButton = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("&Export"))
                exportButton = b;
        QVERIFY(exportButton);
        const QPoint buttonAt = exportButton->mapTo(dialog, QPoint(0, 0));
        QVERIFY(finish(dialog));
        QVERIFY2(dialog->photoLines().first().contains(QLatin1String("exported as")),
                 qPrintable(dialog->photoLines().first()));
        QApplication::processEvents();
        QCOMPARE(dialog->width(), width);
        QCOMPARE(exportButton->mapTo(dialog, QPoint(0, 0)).x(), buttonAt.x());
        auto *summary = dialog->findChild<QTextBrowser *>();
        QVERIFY(summary->isVisible());
        QVERIFY(!summary->horizontalScrollBar()->isVisible()); // the lines wrap
        dialog->close();
    }
};

QTEST_MAIN(TestExportFlow)
#include "tst_exportflow.moc"
