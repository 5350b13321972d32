// One batch, one process: real `veil-cli` processes on real photos. A first process is
// held inside its batch (VEIL_TEST_HOLD_FILE: each photo after its first waits while the
// file exists); a second one that wants the same batch (the same `anonymize` command,
// `resume`, `resume BATCH`) says which process runs it, exits 4 and changes nothing; once
// the first ends, every photo is exported. A lock left by a process killed with SIGKILL
// (or emptied, as a kill between creating it and writing the pid leaves it) does not
// block `resume`, which runs the free batches and reports the held ones. The app's side
// (core/jobs) leaves a held batch alone.
#include "../testutil.h"
#include "jobs/anonymizebatchjob.h"
#include "jobs/batchlock.h"
#include "jobs/dbwriter.h"
#include "library/database.h"

#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/stat.h>

class TestBatchLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString cli() { return QStringLiteral(VEIL_TEST_BIN_DIR "/veil-cli"); }

    // `count` photos of wider-native (crowds: real detection work) copied to `folder`.
    static QStringList copyPhotos(const QString &folder, int first, int count)
    {
        QDir().mkpath(folder);
        const QString source = veil::test::sharedPath(QStringLiteral("data/wider-native/images"));
        const QStringList names = QDir(source).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        QStringList copies;
        for (const QString &name : names.mid(first, count)) {
            const QString target = QDir(folder).filePath(name);
            if (QFile::copy(QDir(source).filePath(name), target))
                copies.append(target);
        }
        return copies;
    }

    static QStringList anonymizeArgs(const QString &lib, const QString &in, const QString &out)
    {
        return {QStringLiteral("--library"), lib,
                QStringLiteral("anonymize"), in,
                QStringLiteral("-o"),        out,
                QStringLiteral("--jobs"),    QStringLiteral("1"),
                QStringLiteral("--preset"),  QStringLiteral("fast")};
    }

    // Starts a veil-cli held inside its batch while `holdFile` exists.
    static void startHeld(QProcess &p, const QStringList &args, const QString &holdFile)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VEIL_TEST_HOLD_FILE"), holdFile);
        p.setProcessEnvironment(env);
        p.start(cli(), args);
    }

    static int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
    {
        QProcess p;
        p.start(cli(), args);
        if (!p.waitForFinished(240000))
            qFatal("veil-cli hung: %s", qPrintable(args.join(QLatin1Char(' '))));
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Every item of the library's batches: "batch id seq state error updated_at".
    static QStringList itemRows(const QString &lib)
    {
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(lib);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT b.id, b.state, i.id, i.seq, i.state, i.error, i.updated_at "
                                      "FROM batch_items i JOIN batches b ON b.id = i.batch_id ORDER BY i.id"));
                while (q.next()) {
                    QStringList row;
                    for (int c = 0; c < 7; ++c)
                        row.append(q.value(c).toString());
                    rows.append(row.join(QLatin1Char(' ')));
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return rows;
    }

    static int countState(const QStringList &rows, qint64 batch, const QString &state)
    {
        int n = 0;
        for (const QString &r : rows) {
            const QStringList f = r.split(QLatin1Char(' '));
            n += f.value(0).toLongLong() == batch && f.value(4) == state;
        }
        return n;
    }

    // Waits until batch `batch` has `exported` photos exported (the held process is then
    // waiting before its next photo).
    static bool waitForExported(const QString &lib, qint64 batch, int exported, const QProcess &p)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 180000 && p.state() == QProcess::Running) {
            if (countState(itemRows(lib), batch, QStringLiteral("exported")) >= exported)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    // The files of `dir` with their inodes (a file written again gets a new one).
    static QMap<QString, quint64> files(const QString &dir)
    {
        QMap<QString, quint64> result;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            struct stat st
            {
            };
            if (::stat(QFile::encodeName(f).constData(), &st) == 0)
                result.insert(f, quint64(st.st_ino));
        }
        return result;
    }

    static QString lockFile(const QString &lib, qint64 batch)
    {
        return QFileInfo(lib).absolutePath() +
               QStringLiteral("/%1.cache/locks/batch-%2.lock").arg(QFileInfo(lib).completeBaseName()).arg(batch);
    }

private slots:
    // The same job in a second process while the first runs it: `anonymize` again,
    // `resume` and `resume 1` all leave the batch to the first, say who runs it and exit
    // 4; nothing of the batch changes; the first then finishes every photo.
    void secondProcessLeavesTheBatchAlone()
    {
        const QString lib = m_dir.filePath(QStringLiteral("a.sqlite"));
        const QString in = m_dir.filePath(QStringLiteral("inA"));
        const QString out = m_dir.filePath(QStringLiteral("outA"));
        const QString hold = m_dir.filePath(QStringLiteral("holdA"));
        QCOMPARE(copyPhotos(in, 0, 4).size(), 4);
        QVERIFY(veil::test::writeFile(hold, "hold"));

        QProcess first;
        startHeld(first, anonymizeArgs(lib, in, out), hold);
        QVERIFY(first.waitForStarted());
        QVERIFY2(waitForExported(lib, 1, 1, first), first.readAllStandardError().constData());
        const QString pid = QString::number(first.processId());
        const QStringList before = itemRows(lib);
        const QMap<QString, quint64> outputsBefore = files(out);
        QCOMPARE(before.size(), 4);
        QCOMPARE(countState(before, 1, QStringLiteral("exported")), 1);
        QVERIFY(QFileInfo::exists(lockFile(lib, 1)));
        // A batch runs for hours: a lock is stale because its process is gone, never
        // because it is old. (QLockFile's default stale time is 30 s; on Linux the holder's
        // flock() keeps an old lock anyway, so this guards filesystems without flock.)
        {
            QFile lock(lockFile(lib, 1));
            QVERIFY(lock.open(QIODevice::ReadWrite));
            QVERIFY(
                lock.setFileTime(QDateTime::currentDateTime().addSecs(-3 * 3600), QFileDevice::FileModificationTime));
        }

        const QString held = QStringLiteral("batch 1 is being run by veil-cli (pid %1) on this machine; wait for it "
                                            "to finish or stop it")
                                 .arg(pid);
        QString stdOut, stdErr;
        QCOMPARE(run(anonymizeArgs(lib, in, out), &stdOut, &stdErr), 4);
        QVERIFY2(stdErr.contains(QStringLiteral("veil-cli anonymize: ") + held), qPrintable(stdErr));
        QVERIFY2(!stdOut.contains(QStringLiteral("exported")), qPrintable(stdOut));

        QCOMPARE(run({QStringLiteral("--library"), lib, QStringLiteral("resume")}, &stdOut, &stdErr), 4);
        QVERIFY2(stdErr.contains(QStringLiteral("veil-cli resume: ") + held), qPrintable(stdErr));
        QCOMPARE(
            run({QStringLiteral("--library"), lib, QStringLiteral("resume"), QStringLiteral("1")}, &stdOut, &stdErr),
            4);
        QVERIFY2(stdErr.contains(held), qPrintable(stdErr));

        QCOMPARE(run({QStringLiteral("--library"), lib, QStringLiteral("resume"), QStringLiteral("--list")}, &stdOut),
                 0);
        QVERIFY2(stdOut.contains(QStringLiteral("1 of 4 photos done (0 failed), running (pid %1)").arg(pid)),
                 qPrintable(stdOut));
        QVERIFY2(!stdOut.contains(QStringLiteral("unfinished")), qPrintable(stdOut));

        // Nothing of the batch changed: same items, states, errors and times, no other
        // batch, the same files in the output folder (none written again).
        QCOMPARE(itemRows(lib), before);
        QCOMPARE(files(out), outputsBefore);
        QCOMPARE(first.state(), QProcess::Running);

        QVERIFY(QFile::remove(hold));
        QVERIFY(first.waitForFinished(240000));
        const QString firstOut = QString::fromUtf8(first.readAllStandardOutput());
        QCOMPARE(first.exitCode(), 0);
        QVERIFY2(firstOut.contains(QStringLiteral("4 exported, 0 failed")), qPrintable(firstOut));
        const QStringList after = itemRows(lib);
        QCOMPARE(after.size(), 4);
        QCOMPARE(countState(after, 1, QStringLiteral("exported")), 4);
        QCOMPARE(files(out).size(), 4);
        QVERIFY(!QFileInfo::exists(lockFile(lib, 1)));

        // Free again: the same command now finds the job done.
        QCOMPARE(run(anonymizeArgs(lib, in, out), &stdOut, &stdErr), 0);
        QVERIFY2(stdOut.contains(QStringLiteral("exported earlier")), qPrintable(stdOut + stdErr));
    }

    // A process killed with SIGKILL leaves its lock file; `resume` takes that batch over
    // and finishes it, while a batch another live process runs is reported, not touched.
    void staleLockDoesNotBlockResume()
    {
        const QString lib = m_dir.filePath(QStringLiteral("b.sqlite"));
        const QString inX = m_dir.filePath(QStringLiteral("inX"));
        const QString inY = m_dir.filePath(QStringLiteral("inY"));
        const QString outX = m_dir.filePath(QStringLiteral("outX"));
        const QString outY = m_dir.filePath(QStringLiteral("outY"));
        const QString inZ = m_dir.filePath(QStringLiteral("inZ"));
        const QString outZ = m_dir.filePath(QStringLiteral("outZ"));
        const QString hold = m_dir.filePath(QStringLiteral("holdB"));
        QCOMPARE(copyPhotos(inZ, 10, 2).size(), 2);
        QCOMPARE(copyPhotos(inX, 4, 3).size(), 3);
        QCOMPARE(copyPhotos(inY, 7, 3).size(), 3);
        QVERIFY(veil::test::writeFile(hold, "hold"));

        // Batch 1: killed inside its batch, after its first photo.
        QProcess killed;
        startHeld(killed, anonymizeArgs(lib, inX, outX), hold);
        QVERIFY(killed.waitForStarted());
        QVERIFY(waitForExported(lib, 1, 1, killed));
        ::kill(pid_t(killed.processId()), SIGKILL);
        QVERIFY(killed.waitForFinished(60000));       // reaped: its pid is gone
        QVERIFY(QFileInfo::exists(lockFile(lib, 1))); // the lock it left

        // Batch 2: killed too, and its lock file emptied, as a kill between creating the
        // file and writing the pid into it leaves it: a minute later it blocks nothing.
        QProcess killedEarly;
        startHeld(killedEarly, anonymizeArgs(lib, inZ, outZ), hold);
        QVERIFY(killedEarly.waitForStarted());
        QVERIFY(waitForExported(lib, 2, 1, killedEarly));
        ::kill(pid_t(killedEarly.processId()), SIGKILL);
        QVERIFY(killedEarly.waitForFinished(60000));
        {
            QFile lock(lockFile(lib, 2));
            QVERIFY(lock.open(QIODevice::ReadWrite | QIODevice::Truncate));
            QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        }
        QCOMPARE(QFileInfo(lockFile(lib, 2)).size(), 0);

        // Batch 3: another job, held in a live process.
        QProcess running;
        startHeld(running, anonymizeArgs(lib, inY, outY), hold);
        QVERIFY(running.waitForStarted());
        QVERIFY(waitForExported(lib, 3, 1, running));
        const QString pid = QString::number(running.processId());
        const QStringList rowsOf3 = itemRows(lib).filter(QRegularExpression(QStringLiteral("^3 ")));
        QCOMPARE(rowsOf3.size(), 3);

        QString stdOut, stdErr;
        QCOMPARE(run({QStringLiteral("--library"), lib, QStringLiteral("resume"), QStringLiteral("--list")}, &stdOut),
                 0);
        QVERIFY2(stdOut.contains(QStringLiteral("batch 1: anonymize, 1 of 3 photos done (0 failed), unfinished")),
                 qPrintable(stdOut));
        QVERIFY2(stdOut.contains(QStringLiteral("batch 2: anonymize, 1 of 2 photos done (0 failed), unfinished")),
                 qPrintable(stdOut));
        QVERIFY2(stdOut.contains(
                     QStringLiteral("batch 3: anonymize, 1 of 3 photos done (0 failed), running (pid %1)").arg(pid)),
                 qPrintable(stdOut));

        // resume: batches 1 and 2 finished, batch 3 reported as held; exit 4 (not all done here).
        QCOMPARE(run({QStringLiteral("--library"), lib, QStringLiteral("resume"), QStringLiteral("--jobs"),
                      QStringLiteral("1")},
                     &stdOut, &stdErr),
                 4);
        QVERIFY2(stdOut.contains(QStringLiteral("batch 1: 3 exported, 0 failed")), qPrintable(stdOut + stdErr));
        QVERIFY2(stdOut.contains(QStringLiteral("batch 2: 2 exported, 0 failed")), qPrintable(stdOut + stdErr));
        QVERIFY2(stdErr.contains(QStringLiteral("veil-cli resume: batch 3 is being run by veil-cli (pid %1) on this "
                                                "machine; wait for it to finish or stop it")
                                     .arg(pid)),
                 qPrintable(stdErr));
        const QStringList rows = itemRows(lib);
        QCOMPARE(countState(rows, 1, QStringLiteral("exported")), 3);
        QCOMPARE(countState(rows, 2, QStringLiteral("exported")), 2);
        QCOMPARE(rows.filter(QRegularExpression(QStringLiteral("^3 "))), rowsOf3);
        QCOMPARE(files(outX).size(), 3);
        QCOMPARE(files(outZ).size(), 2);
        QVERIFY(!QFileInfo::exists(lockFile(lib, 1)));
        QVERIFY(!QFileInfo::exists(lockFile(lib, 2)));

        QVERIFY(QFile::remove(hold));
        QVERIFY(running.waitForFinished(240000));
        QCOMPARE(running.exitCode(), 0);
        QCOMPARE(countState(itemRows(lib), 3, QStringLiteral("exported")), 3);
        QCOMPARE(run({QStringLiteral("--library"), lib, QStringLiteral("resume"), QStringLiteral("--list")}, &stdOut),
                 0);
        QVERIFY2(stdOut.contains(QStringLiteral("No unfinished batches.")), qPrintable(stdOut));
    }

    // What the app calls (core/jobs), with the batch held by this very process as another
    // window would hold it: a new export of the same job is not recorded, the job refuses
    // to start, discarding and closing as superseded leave it alone, and no restart offers
    // it; once released, it is an interrupted batch again.
    void theAppLeavesAHeldBatchAlone()
    {
        const QString lib = m_dir.filePath(QStringLiteral("c.sqlite"));
        const QString in = m_dir.filePath(QStringLiteral("inC"));
        const QStringList photos = copyPhotos(in, 12, 2);
        QCOMPARE(photos.size(), 2);
        veil::DbWriter writer(lib);
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        QList<veil::BatchItem> items;
        for (const QString &photo : photos) {
            veil::BatchItem item;
            item.inputPath = photo;
            item.outputPath = m_dir.filePath(QStringLiteral("outC/") + QFileInfo(photo).fileName());
            items.append(item);
        }
        const veil::AnonymizeBatchOptions options;
        const QJsonObject extra{{QStringLiteral("outputDir"), m_dir.filePath(QStringLiteral("outC"))},
                                {QStringLiteral("origin"), QStringLiteral("export-dialog")}};
        const veil::CreatedBatch first = veil::createAnonymizeBatch(writer, options, extra, items).result();
        QVERIFY2(first.id > 0, qPrintable(first.error));

        veil::BatchLock lock(lib, first.id);
        QCOMPARE(lock.tryLock(), veil::BatchLock::Result::Acquired);
        veil::BatchLock second(lib, first.id);
        QCOMPARE(second.tryLock(), veil::BatchLock::Result::Held);
        QCOMPARE(second.holder().pid, QCoreApplication::applicationPid());
        QCOMPARE(second.holder().program, QStringLiteral("tst_batchlock"));
        const QString held = QStringLiteral("batch %1 is being run by tst_batchlock (pid %2) on this machine; wait "
                                            "for it to finish or stop it")
                                 .arg(first.id)
                                 .arg(QCoreApplication::applicationPid());
        QCOMPARE(second.message(), held);

        const veil::CreatedBatch again = veil::createAnonymizeBatch(writer, options, extra, items).result();
        QCOMPARE(again.id, 0);
        QVERIFY(again.held);
        QCOMPARE(again.error, held);

        const QStringList before = itemRows(lib);
        QCOMPARE(before.size(), 2);
        veil::AnonymizeBatchJob job(writer, first.id, options, 1);
        QSignalSpy refused(&job, &veil::AnonymizeBatchJob::refused);
        QSignalSpy started(&job, &veil::AnonymizeBatchJob::started);
        job.start();
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(refused.first().at(0).toString(), held);
        QVERIFY(!job.isRunning());
        QCOMPARE(started.count(), 0);
        QCOMPARE(
            writer.post([id = first.id](veil::LibraryDatabase &db) { return veil::discardBatch(db, id); }).result(),
            -1);
        const QList<veil::Batch> offered =
            writer.post([](veil::LibraryDatabase &db) { return veil::interruptedBatches(db); }).result();
        QVERIFY(offered.isEmpty());
        QCOMPARE(itemRows(lib), before); // nothing changed, the batch still running
        QVERIFY(itemRows(lib).first().startsWith(QStringLiteral("1 running ")));

        lock.unlock();
        const QList<veil::Batch> free =
            writer.post([](veil::LibraryDatabase &db) { return veil::interruptedBatches(db); }).result();
        QCOMPARE(free.size(), 1);
        QCOMPARE(free.first().id, first.id);
    }
};

QTEST_GUILESS_MAIN(TestBatchLock)
#include "tst_batchlock.moc"
