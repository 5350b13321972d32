// Interrupted exports are offered for resuming when the main window opens (issues 6 and
// 7): a `veil-cli anonymize` killed with SIGKILL, an export of the window's own export
// dialog cut short by closing the app, and the discarding of such a batch.
#include "../testutil.h"
#include "dialoghooks.h"
#include "exportdialog.h"
#include "jobs/anonymizebatchjob.h"
#include "jobs/batchstore.h"
#include "jobs/dbwriter.h"
#include "jobstatus.h"
#include "library/database.h"
#include "librarypage.h"
#include "mainwindow.h"
#include "models/photolistmodel.h"
#include "resumebar.h"
#include "settings/settings.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QListView>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace veil;
using namespace veil::ui;

class TestResumeBatch : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

    QString libraryPath() const { return m_dir->filePath(QStringLiteral("lib.sqlite")); }

    // The first `count` photos of wider-dev, copied to a folder of their own.
    QStringList copyWiderDev(int count, const QString &folder)
    {
        QDir().mkpath(folder);
        QStringList names = QDir(test::sharedPath(QStringLiteral("data/wider-dev/images")))
                                .entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        QStringList copies;
        for (const QString &name : names.mid(0, count)) {
            const QString target = QDir(folder).filePath(name);
            if (!QFile::copy(test::sharedPath(QStringLiteral("data/wider-dev/images/") + name), target))
                return {};
            copies.append(target);
        }
        return copies;
    }

    // Every file under `folder`, hidden ones too.
    static QStringList filesIn(const QString &folder)
    {
        QStringList files;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        return files;
    }

    static QList<Batch> unfinishedBatches(const QString &library)
    {
        LibraryDatabase db(library);
        QString error;
        if (!db.open(&error))
            return {};
        return batchstore::unfinished(db);
    }

    static QList<BatchItem> itemsOf(const QString &library, qint64 batchId)
    {
        LibraryDatabase db(library);
        QString error;
        if (!db.open(&error))
            return {};
        return batchstore::items(db, batchId);
    }

    static void resumeFromTheBar(MainWindow &window, qint64 expectedBatch, int timeoutMs)
    {
        QTRY_VERIFY_WITH_TIMEOUT(window.resumeBar()->isVisible(), 10000);
        QCOMPARE(window.resumeBar()->batchId(), expectedBatch);
        QSignalSpy finished(&window, &MainWindow::batchResumeFinished);
        QTest::mouseClick(window.resumeBar()->resumeButton(), Qt::LeftButton);
        QVERIFY(!window.resumeBar()->isVisible());
        // Progress and cancel in the status bar while it runs.
        QTRY_VERIFY(window.resumeJob() || finished.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, timeoutMs);
        QCOMPARE(finished.first().at(0).toLongLong(), expectedBatch);
        QCOMPARE(finished.first().at(1).toBool(), false);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("veil.ini")), QSettings::IniFormat);
        Settings(m_settings.get()).setValue(SettingKeys::DetectOnImport, false);
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void cliBatchKilledThenResumedFromTheWindow()
    {
        const QString in = m_dir->filePath(QStringLiteral("in"));
        const QString out = m_dir->filePath(QStringLiteral("out"));
        const QStringList photos = copyWiderDev(5, in);
        QCOMPARE(photos.size(), 5);
        QHash<QString, QByteArray> originals;
        for (const QString &p : photos)
            originals.insert(p, test::fileSha256(p));

        // veil-cli anonymize, killed as soon as the first photo is being worked on.
        QProcess cli;
        cli.start(QStringLiteral(VEIL_TEST_BIN_DIR "/veil-cli"),
                  {QStringLiteral("--library"), libraryPath(), QStringLiteral("anonymize"), in, QStringLiteral("-o"),
                   out, QStringLiteral("--jobs"), QStringLiteral("1")});
        QVERIFY(cli.waitForStarted());
        bool started = false;
        for (int i = 0; i < 3000 && !started && cli.state() == QProcess::Running; ++i) {
            QTest::qWait(10);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(libraryPath());
            if (QFileInfo::exists(libraryPath()) && db.open()) {
                QSqlQuery q(db);
                started = q.exec(QStringLiteral("SELECT COUNT(*) FROM batch_items WHERE state != 'queued'")) &&
                          q.next() && q.value(0).toInt() > 0;
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        }
        QVERIFY2(started, "veil-cli never started working on a photo");
        QVERIFY(cli.state() == QProcess::Running);
        ::kill(pid_t(cli.processId()), SIGKILL);
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);

        const QList<Batch> unfinished = unfinishedBatches(libraryPath());
        QCOMPARE(unfinished.size(), 1);
        QVERIFY2(unfinished.first().done < 5, qPrintable(QString::number(unfinished.first().done)));

        // The window offers it without blocking anything; resuming runs it to the end.
        MainWindow window(libraryPath(), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.resumeBar()->isVisible(), 10000);
        QVERIFY2(window.resumeBar()->text().contains(QStringLiteral("5 photo")),
                 qPrintable(window.resumeBar()->text()));
        resumeFromTheBar(window, unfinished.first().id, 240000);
        QVERIFY2(window.jobStatus()->text().contains(QStringLiteral("5 exported, 0 failed")),
                 qPrintable(window.jobStatus()->text() + window.jobStatus()->failures().join(QLatin1Char('\n'))));

        // Every photo exported once, under its planned name, verified; nothing else on disk.
        const QList<BatchItem> items = itemsOf(libraryPath(), unfinished.first().id);
        QCOMPARE(items.size(), 5);
        QStringList expected;
        for (const BatchItem &item : items) {
            QCOMPARE(itemStateName(item.state), QStringLiteral("exported"));
            const QJsonObject v = item.result.value(QStringLiteral("verification")).toObject();
            QVERIFY2(v.value(QStringLiteral("passed")).toBool(), qPrintable(item.inputPath));
            if (!item.result.value(QStringLiteral("anonymized")).toArray().isEmpty())
                QVERIFY2(v.value(QStringLiteral("facesChecked")).toBool(), qPrintable(item.inputPath));
            expected.append(item.outputPath);
        }
        expected.sort();
        QCOMPARE(filesIn(out), expected);
        for (const QString &f : expected)
            QVERIFY2(!QImage(f).isNull(), qPrintable(f));
        for (auto i = originals.cbegin(); i != originals.cend(); ++i)
            QCOMPARE(test::fileSha256(i.key()), i.value());
        QVERIFY(unfinishedBatches(libraryPath()).isEmpty());
    }

    // A batch veil-cli is running is no interrupted export: the window does not offer it,
    // and Resume or Discard asked for it anyway (the CLI took it after the offer) leave it
    // to the CLI, say which process runs it and change nothing.
    void cliBatchRunningIsLeftToTheCli()
    {
        const QString in = m_dir->filePath(QStringLiteral("in"));
        const QString out = m_dir->filePath(QStringLiteral("out"));
        const QString hold = m_dir->filePath(QStringLiteral("hold"));
        QCOMPARE(copyWiderDev(3, in).size(), 3);
        QVERIFY(test::writeFile(hold, "hold"));

        // Held between its first and second photo (VEIL_TEST_HOLD_FILE) until `hold` goes.
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VEIL_TEST_HOLD_FILE"), hold);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(VEIL_TEST_BIN_DIR "/veil-cli"),
                  {QStringLiteral("--library"), libraryPath(), QStringLiteral("anonymize"), in, QStringLiteral("-o"),
                   out, QStringLiteral("--jobs"), QStringLiteral("1"), QStringLiteral("--preset"),
                   QStringLiteral("fast")});
        QVERIFY(cli.waitForStarted());
        QList<BatchItem> before;
        const QDir locks(m_dir->filePath(QStringLiteral("lib.cache/locks")));
        for (int i = 0; i < 3000 && cli.state() == QProcess::Running; ++i, QTest::qWait(50)) {
            // Not before the CLI has created the library and taken its batch: opening the
            // library here first would create it under the CLI's feet.
            if (locks.entryList({QStringLiteral("batch-*.lock")}, QDir::Files).isEmpty())
                continue;
            const QList<Batch> batches = unfinishedBatches(libraryPath());
            if (!batches.isEmpty() && batches.first().done == 1) {
                before = itemsOf(libraryPath(), batches.first().id);
                break;
            }
        }
        QVERIFY2(before.size() == 3, cli.readAllStandardError().constData());
        const qint64 batchId = before.first().batchId;
        const QString held = QStringLiteral("batch %1 is being run by veil-cli (pid %2) on this machine")
                                 .arg(batchId)
                                 .arg(cli.processId());

        MainWindow window(libraryPath(), m_settings.get());
        QSignalSpy offered(&window, &MainWindow::batchOffered);
        QSignalSpy refused(&window, &MainWindow::batchResumeRefused);
        QSignalSpy resumed(&window, &MainWindow::batchResumeFinished);
        QSignalSpy discarded(&window, &MainWindow::batchDiscarded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.resumeBatch(batchId);
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        QCOMPARE(refused.first().at(0).toLongLong(), batchId);
        QVERIFY2(refused.first().at(1).toString().contains(held), qPrintable(refused.first().at(1).toString()));
        QVERIFY2(window.jobStatus()->text().contains(held), qPrintable(window.jobStatus()->text()));
        QVERIFY(window.jobStatus()->failures().isEmpty());
        QVERIFY(!window.resumeJob());

        window.discardBatch(batchId);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("not discarded")),
                                 10000);
        QTest::qWait(200);
        QCOMPARE(discarded.count(), 0);
        QCOMPARE(resumed.count(), 0);
        QCOMPARE(offered.count(), 0); // asked when the window opened, before the calls above
        QVERIFY(!window.resumeBar()->isVisible());

        // Nothing of the batch changed: every item as the CLI left it, the batch its own.
        const QList<BatchItem> now = itemsOf(libraryPath(), batchId);
        QCOMPARE(now.size(), before.size());
        for (int i = 0; i < now.size(); ++i) {
            QCOMPARE(itemStateName(now[i].state), itemStateName(before[i].state));
            QCOMPARE(now[i].error, before[i].error);
            QCOMPARE(now[i].outputPath, before[i].outputPath);
        }
        QCOMPARE(unfinishedBatches(libraryPath()).size(), 1);
        QCOMPARE(cli.state(), QProcess::Running);

        // Let go, the CLI finishes every photo.
        QVERIFY(QFile::remove(hold));
        QVERIFY(cli.waitForFinished(240000));
        QCOMPARE(cli.exitCode(), 0);
        for (const BatchItem &item : itemsOf(libraryPath(), batchId))
            QCOMPARE(itemStateName(item.state), QStringLiteral("exported"));
        QVERIFY(unfinishedBatches(libraryPath()).isEmpty());
    }

    void exportDialogCutShortThenResumed()
    {
        const QString in = m_dir->filePath(QStringLiteral("in"));
        const QString out = m_dir->filePath(QStringLiteral("out"));
        // Enough photos that the app quits mid-export even when a busy machine lets the
        // batch threads run well ahead of the window's event loop.
        const int count = 24;
        const QStringList photos = copyWiderDev(count, in);
        QCOMPARE(photos.size(), count);
        qint64 batchId = 0;
        int doneBeforeQuit = 0;
        {
            auto window = std::make_unique<MainWindow>(libraryPath(), m_settings.get());
            window->show();
            QSignalSpy imported(window.get(), &MainWindow::importFinished);
            window->importPaths({in});
            QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
            QTRY_COMPARE(window->photoModel()->rowCount(), count);

            ExportDialog *dialog = window->exportSelected();
            QVERIFY(dialog);
            dialog->setOutputDirectory(out);
            QSignalSpy exported(dialog, &ExportDialog::photoExported);
            QVERIFY(dialog->startExport());
            QVERIFY(dialog->isRunning());
            QVERIFY(exported.wait(60000));
            batchId = dialog->job()->batchId();
            // The app quits mid-export: the photos in flight finish, the rest wait.
            window.reset();
            const QList<BatchItem> items = itemsOf(libraryPath(), batchId);
            QCOMPARE(items.size(), count);
            for (const BatchItem &item : items)
                doneBeforeQuit += item.state == ItemState::Exported;
            QVERIFY2(doneBeforeQuit >= 1 && doneBeforeQuit < count, qPrintable(QString::number(doneBeforeQuit)));
        }
        const QList<Batch> unfinished = unfinishedBatches(libraryPath());
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().id, batchId);

        MainWindow window(libraryPath(), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.resumeBar()->isVisible(), 10000);
        QVERIFY2(window.resumeBar()->text().contains(QStringLiteral("%1 left").arg(count - doneBeforeQuit)),
                 qPrintable(window.resumeBar()->text()));
        resumeFromTheBar(window, batchId, 240000);

        // Each photo exported exactly once: one file, one verified export record.
        const QList<BatchItem> items = itemsOf(libraryPath(), batchId);
        QStringList expected;
        for (const BatchItem &item : items) {
            QCOMPARE(itemStateName(item.state), QStringLiteral("exported"));
            expected.append(item.outputPath);
        }
        expected.sort();
        QCOMPARE(filesIn(out), expected);
        QSqlQuery q(window.database().database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT photo_id), SUM(verified) FROM exports")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), count);
        QCOMPARE(q.value(1).toInt(), count);
        QCOMPARE(q.value(2).toInt(), count);
        // The grid shows them exported.
        QTRY_VERIFY(std::all_of(window.photoModel()->rows().cbegin(), window.photoModel()->rows().cend(),
                                [](const PhotoRow &r) { return r.status == ReviewStatus::Exported; }));
        QVERIFY(unfinishedBatches(libraryPath()).isEmpty());
    }

    void discardedBatchLeavesNoTemporariesAndIsNotOfferedAgain()
    {
        const QString in = m_dir->filePath(QStringLiteral("in"));
        const QString out = m_dir->filePath(QStringLiteral("out"));
        const QStringList photos = copyWiderDev(3, in);
        QDir().mkpath(out);
        // A batch as a kill leaves it: one photo exported, one caught while exporting
        // (its temporary file beside the output), one not started.
        qint64 batchId = 0;
        const QString exportedOutput = QDir(out).filePath(QStringLiteral("a_anon.jpg"));
        const QString exportingOutput = QDir(out).filePath(QStringLiteral("b_anon.jpg"));
        const QString temporary = QDir(out).filePath(QStringLiteral(".b_anon.jpg.veil-Xy12Ab"));
        {
            LibraryDatabase db(libraryPath());
            QString error;
            QVERIFY(db.open(&error));
            QList<BatchItem> items(3);
            const ItemState states[] = {ItemState::Exported, ItemState::Exporting, ItemState::Queued};
            const QString outputs[] = {exportedOutput, exportingOutput,
                                       QDir(out).filePath(QStringLiteral("c_anon.jpg"))};
            for (int i = 0; i < 3; ++i) {
                items[i].inputPath = photos[i];
                items[i].outputPath = outputs[i];
                items[i].state = states[i];
            }
            AnonymizeBatchOptions options;
            batchId = batchstore::create(db, QStringLiteral("anonymize"), options.toJson(), items, &error);
            QVERIFY2(batchId, qPrintable(error));
        }
        QVERIFY(QFile::copy(photos[0], exportedOutput));
        QVERIFY(test::writeFile(temporary, QByteArray(1000, 'x')));

        {
            MainWindow window(libraryPath(), m_settings.get());
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(window.resumeBar()->isVisible(), 10000);
            QVERIFY2(window.resumeBar()->text().contains(QStringLiteral("2 left")),
                     qPrintable(window.resumeBar()->text()));
            QSignalSpy discarded(&window, &MainWindow::batchDiscarded);
            QTest::mouseClick(window.resumeBar()->discardButton(), Qt::LeftButton);
            QTRY_COMPARE(discarded.count(), 1);
            QCOMPARE(discarded.first().at(0).toLongLong(), batchId);
            QCOMPARE(discarded.first().at(1).toInt(), 1);
            QVERIFY(!window.resumeBar()->isVisible());
        }
        QVERIFY(!QFileInfo::exists(temporary));
        QVERIFY(QFileInfo::exists(exportedOutput)); // a finished export is the user's
        QCOMPARE(filesIn(out), QStringList{exportedOutput});
        QVERIFY(unfinishedBatches(libraryPath()).isEmpty());

        MainWindow again(libraryPath(), m_settings.get());
        QSignalSpy offered(&again, &MainWindow::batchOffered);
        again.show();
        QVERIFY(again.isLibraryOpen());
        // The window asked its writer for unfinished batches while it opened; the writer
        // works in order, so once this query is answered that one was too.
        QVERIFY(again.writer());
        auto roundTrip = again.writer()->post([](LibraryDatabase &db) { return batchstore::unfinished(db).size(); });
        QTRY_VERIFY(roundTrip.isFinished());
        QCOMPARE(roundTrip.result(), 0);
        QTest::qWait(300); // lets the window handle its own answer
        QCOMPARE(offered.count(), 0);
        QVERIFY(!again.resumeBar()->isVisible());
    }

    // Issue 17: a job started again while one of its batches was unfinished (as Veil
    // recorded a re-run before) is offered once, as its newest batch; the older batches
    // are closed as superseded, not offered one after the other.
    void oneOfferPerJobNotPerAttempt()
    {
        const QString in = m_dir->filePath(QStringLiteral("in"));
        const QStringList photos = copyWiderDev(3, in);
        QCOMPARE(photos.size(), 3);
        const QString outA = m_dir->filePath(QStringLiteral("outA"));
        const QString outB = m_dir->filePath(QStringLiteral("outB"));
        QList<qint64> jobA;
        qint64 jobB = 0;
        {
            LibraryDatabase db(libraryPath());
            QString error;
            QVERIFY(db.open(&error));
            auto record = [&](const QString &out) {
                QList<BatchItem> items(photos.size());
                for (int i = 0; i < photos.size(); ++i) {
                    items[i].inputPath = photos[i];
                    items[i].outputPath = QDir(out).filePath(QFileInfo(photos[i]).fileName());
                }
                AnonymizeBatchOptions options;
                QJsonObject json = options.toJson();
                json.insert(QStringLiteral("outputDir"), out);
                return batchstore::create(db, QStringLiteral("anonymize"), json, items, &error);
            };
            jobB = record(outB);
            for (int attempt = 0; attempt < 3; ++attempt)
                jobA.append(record(outA));
            QVERIFY(jobB && jobA.size() == 3 && jobA.last());
            // As the old Veil left them: every attempt unfinished, none marked superseded.
            QSqlQuery q(db.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE batches SET state = 'running', superseded_by = NULL, job_key = ''")));
        }
        QCOMPARE(unfinishedBatches(libraryPath()).size(), 4);

        MainWindow window(libraryPath(), m_settings.get());
        QSignalSpy offered(&window, &MainWindow::batchOffered);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.resumeBar()->isVisible(), 10000);
        QCOMPARE(window.resumeBar()->batchId(), jobB);
        QVERIFY2(window.resumeBar()->text().contains(QDir::toNativeSeparators(outB)),
                 qPrintable(window.resumeBar()->text()));
        QSignalSpy discarded(&window, &MainWindow::batchDiscarded);
        QTest::mouseClick(window.resumeBar()->discardButton(), Qt::LeftButton);
        QTRY_COMPARE(discarded.count(), 1);
        // Job A is offered once: its newest batch.
        QTRY_VERIFY_WITH_TIMEOUT(window.resumeBar()->isVisible(), 10000);
        QCOMPARE(window.resumeBar()->batchId(), jobA.last());
        QTest::mouseClick(window.resumeBar()->discardButton(), Qt::LeftButton);
        QTRY_COMPARE(discarded.count(), 2);
        QTest::qWait(300);
        QVERIFY(!window.resumeBar()->isVisible());
        QCOMPARE(offered.count(), 2);
        QCOMPARE(offered.at(0).at(0).toLongLong(), jobB);
        QCOMPARE(offered.at(1).at(0).toLongLong(), jobA.last());

        QSqlQuery q(window.database().database());
        for (int i = 0; i < 2; ++i) {
            QVERIFY(q.exec(QStringLiteral("SELECT state, superseded_by FROM batches WHERE id = %1").arg(jobA[i])) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("cancelled"));
            QCOMPARE(q.value(1).toLongLong(), jobA.last());
        }
        QVERIFY(unfinishedBatches(libraryPath()).isEmpty());
    }
};

QTEST_MAIN(TestResumeBatch)
#include "tst_resumebatch.moc"
