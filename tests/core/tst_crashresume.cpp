// Crash safety of the pipeline (issues 10 and 17): `veil-cli anonymize` is killed with
// SIGKILL at random moments of one job, re-running the same command in between, as a
// user would. Then finishing the job, either (a) by running the same command again or
// (b) with `veil-cli resume`, must succeed (exit 0): each input has exactly one output,
// no temporary file is left, the library is intact, the originals are byte-identical and
// no output was ever written twice. A library holding several batches of one job (as
// Veil made them before issue 17) is finished by `resume` without conflicts.
#include "../testutil.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/stat.h>

class TestCrashResume : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_in;
    QHash<QString, QByteArray> m_originals;
    int m_startupMs = 0; // a run with nothing to do: start-up (models) and checks
    int m_workMs = 0;    // what the whole job adds to that

    QString cli() const { return QStringLiteral(VEIL_TEST_BIN_DIR "/veil-cli"); }

    int run(const QStringList &args, QString *out = nullptr, int timeoutMs = 240000)
    {
        QProcess p;
        p.start(cli(), args);
        if (!p.waitForFinished(timeoutMs))
            qFatal("veil-cli hung: %s", qPrintable(args.join(QLatin1Char(' '))));
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    }

    QStringList anonymizeArgs(const QString &lib, const QString &out) const
    {
        // This test is about crash safety; verification has its own tests, and resuming
        // still re-checks (decode, metadata) an output found published.
        return {QStringLiteral("--library"),  lib,
                QStringLiteral("anonymize"),  m_in,
                QStringLiteral("-o"),         out,
                QStringLiteral("--jobs"),     QStringLiteral("2"),
                QStringLiteral("--preset"),   QStringLiteral("fast"),
                QStringLiteral("--no-verify")};
    }

    // Every file in `dir` (recursively) with its inode: a file published again gets a
    // new inode (exports are written beside and renamed into place).
    static QHash<QString, quint64> inodes(const QString &dir)
    {
        QHash<QString, quint64> result;
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

    // Compares the outputs now with those seen before: none may have been replaced.
    static bool noneRewritten(const QHash<QString, quint64> &seen, const QHash<QString, quint64> &now, QString *which)
    {
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            if (!QFileInfo(it.key()).fileName().startsWith(QLatin1Char('.')) && seen.contains(it.key()) &&
                seen.value(it.key()) != it.value()) {
                *which = it.key();
                return false;
            }
        return true;
    }

    // Published outputs in `dir` (temporaries are hidden files).
    static int published(const QString &dir) { return int(QDir(dir).entryList(QDir::Files).size()); }

    // Kills the same `anonymize` command up to `kills` times at random moments, re-running
    // it each time, until the job is done; checks after each round that no output was
    // written twice.
    void killRepeatedly(const QString &lib, const QString &out, int kills, quint32 seed, QHash<QString, quint64> &seen)
    {
        QRandomGenerator rng(seed);
        int landed = 0;
        const int total = int(m_originals.size());
        for (int round = 0; landed < kills && round < 4 * kills; ++round) {
            const int left = total - published(out);
            if (left == 0)
                break;
            // Where to kill: during start-up (models loading), or once a random number of
            // photos, at most half of those left, were published, plus a few milliseconds
            // to land inside the next photo's stages. Progress, not time, picks the moment,
            // so the kills land on a busy machine as on an idle one.
            const int before = total - left;
            const int target = before + int(rng.bounded(0, std::max(1, left / 2)));
            QProcess p;
            p.start(cli(), anonymizeArgs(lib, out));
            QVERIFY(p.waitForStarted());
            if (target == before) {
                QTest::qWait(int(rng.bounded(m_startupMs / 4, m_startupMs)));
            } else {
                QElapsedTimer waited;
                waited.start();
                while (p.state() == QProcess::Running && published(out) < target && waited.elapsed() < 120000)
                    QTest::qWait(5);
                QTest::qWait(int(rng.bounded(0, 40)));
            }
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++landed;
            }
            p.waitForFinished(60000);
            const QHash<QString, quint64> now = inodes(out);
            QString rewritten;
            QVERIFY2(noneRewritten(seen, now, &rewritten), qPrintable(rewritten + QStringLiteral(" written twice")));
            for (auto it = now.cbegin(); it != now.cend(); ++it)
                if (!QFileInfo(it.key()).fileName().startsWith(QLatin1Char('.')))
                    seen.insert(it.key(), it.value());
        }
        QVERIFY2(landed >= 3, qPrintable(QStringLiteral("only %1 kills landed").arg(landed)));
        qInfo("%d SIGKILLs landed; %d of %d outputs published before finishing", landed, published(out), total);
    }

    // The end state of a finished job: checked from the report (each input, one output),
    // the output folder (nothing else, no temporary), the library and the originals.
    void checkFinishedJob(const QString &lib, const QString &out, const QString &reportPath,
                          const QHash<QString, quint64> &seen)
    {
        QFile reportFile(reportPath);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(reportFile.readAll()).object();
        const QJsonArray results = report.value(QStringLiteral("results")).isArray()
                                       ? report.value(QStringLiteral("results")).toArray()
                                       : report.value(QStringLiteral("photos")).toArray();
        QSet<QString> inputs, outputs;
        for (const QJsonValue &v : results) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("exported"));
            inputs.insert(o.value(QStringLiteral("input")).toString());
            outputs.insert(o.value(QStringLiteral("output")).toString());
        }
        QCOMPARE(inputs.size(), m_originals.size());
        QCOMPARE(outputs.size(), m_originals.size()); // each input its own output
        for (const QString &input : std::as_const(inputs))
            QVERIFY2(m_originals.contains(input), qPrintable(input));

        const QHash<QString, quint64> files = inodes(out);
        QCOMPARE(files.size(), outputs.size()); // nothing else: no temporary, no copy under another name
        for (const QString &o : std::as_const(outputs)) {
            QVERIFY2(files.contains(o), qPrintable(o));
            QImageReader reader(o);
            QVERIFY2(!reader.read().isNull(), qPrintable(o));
        }
        QString rewritten;
        QVERIFY2(noneRewritten(seen, files, &rewritten), qPrintable(rewritten + QStringLiteral(" written twice")));

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(lib);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM batches WHERE state = 'running'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        for (auto i = m_originals.cbegin(); i != m_originals.cend(); ++i)
            QCOMPARE(veil::test::fileSha256(i.key()), i.value());
    }

private slots:
    void initTestCase()
    {
        m_in = m_dir.filePath(QStringLiteral("in"));
        QDir().mkpath(m_in);
        // Real camera photos (640x480, GPS, thumbnails, a few faces) and a non-ASCII name.
        QDirIterator it(veil::test::samplesPath(QStringLiteral("jpg/gps")), {QStringLiteral("*.jpg")});
        QStringList sources;
        while (it.hasNext())
            sources.append(it.next());
        sources.sort();
        sources.append(veil::test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg")));
        QCOMPARE(sources.size(), 10);
        // Each photo twice (under two names), so that a job runs long enough to be hit.
        for (int copy = 0; copy < 2; ++copy) {
            for (int i = 0; i < sources.size(); ++i) {
                const QString name = i == 9 ? QStringLiteral("Éxposé %1-%2.jpg").arg(i).arg(copy)
                                            : QStringLiteral("%1-%2").arg(copy).arg(QFileInfo(sources[i]).fileName());
                const QString target = m_in + QLatin1Char('/') + name;
                QVERIFY(QFile::copy(sources[i], target));
                m_originals.insert(target, veil::test::fileSha256(target));
            }
        }
        // How long start-up and one whole job take here: kills are spread over that span,
        // so they land during start-up, detection, encoding and publishing on slow and
        // fast machines alike.
        QElapsedTimer clock;
        clock.start();
        const QStringList baseline = anonymizeArgs(m_dir.filePath(QStringLiteral("baseline.sqlite")),
                                                   m_dir.filePath(QStringLiteral("baseline")));
        QCOMPARE(run(baseline), 0);
        const qint64 whole = clock.restart();
        QCOMPARE(run(baseline), 0); // the same job again: nothing left to do
        m_startupMs = std::max(100, int(clock.elapsed()));
        m_workMs = std::max(300, int(whole) - m_startupMs);
        qInfo("start-up %d ms, the job's work %d ms", m_startupMs, m_workMs);
    }

    // (a) The same command, run again after the kills, finishes the job.
    void killedThenSameCommandAgain()
    {
        const QString lib = m_dir.filePath(QStringLiteral("a.sqlite"));
        const QString out = m_dir.filePath(QStringLiteral("outA"));
        QHash<QString, quint64> seen;
        killRepeatedly(lib, out, 6, 20261203, seen);
        if (QTest::currentTestFailed())
            return;
        QString output;
        const QString report = m_dir.filePath(QStringLiteral("a.json"));
        const int code = run(anonymizeArgs(lib, out) << QStringLiteral("--report") << report, &output);
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("exists already")), qPrintable(output));
        checkFinishedJob(lib, out, report, seen);

        // Once more on the finished job: nothing to do, nothing rewritten, still success.
        const int again = run(anonymizeArgs(lib, out) << QStringLiteral("--report") << report, &output);
        QVERIFY2(again == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("exported earlier")), qPrintable(output));
        checkFinishedJob(lib, out, report, seen);
    }

    // (b) In another library, `resume` after the kills finishes the job.
    void killedThenResume()
    {
        const QString lib = m_dir.filePath(QStringLiteral("b.sqlite"));
        const QString out = m_dir.filePath(QStringLiteral("outB"));
        QHash<QString, quint64> seen;
        killRepeatedly(lib, out, 6, 17, seen);
        if (QTest::currentTestFailed())
            return;
        QString listing;
        QCOMPARE(run({QStringLiteral("--library"), lib, QStringLiteral("resume"), QStringLiteral("--list")}, &listing),
                 0);
        QString output;
        const QString report = m_dir.filePath(QStringLiteral("b.json"));
        const int code = run({QStringLiteral("--library"), lib, QStringLiteral("resume"), QStringLiteral("--jobs"),
                              QStringLiteral("2"), QStringLiteral("--report"), report},
                             &output);
        QVERIFY2(code == 0, qPrintable(listing + output));
        QVERIFY2(!output.contains(QStringLiteral("exists already")), qPrintable(output));
        if (!output.contains(QStringLiteral("No unfinished batches")))
            checkFinishedJob(lib, out, report, seen);
        // The last kill may have landed after the batch finished: the job's own run
        // then reports everything as exported (earlier) all the same.
        const QString report2 = m_dir.filePath(QStringLiteral("b2.json"));
        QCOMPARE(run(anonymizeArgs(lib, out) << QStringLiteral("--report") << report2, &output), 0);
        checkFinishedJob(lib, out, report2, seen);
    }

    // A library where one job has several unfinished batches, as Veil before issue 17
    // recorded a job re-run after each kill: `resume` closes the older ones as superseded
    // instead of replaying them, and the outputs they wrote count as done.
    void resumeClosesSupersededBatches()
    {
        const QString lib = m_dir.filePath(QStringLiteral("c.sqlite"));
        const QString out = m_dir.filePath(QStringLiteral("outC"));
        // A first batch that finished part of the job.
        QProcess p;
        p.start(cli(), anonymizeArgs(lib, out));
        QVERIFY(p.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (p.state() == QProcess::Running && inodes(out).size() < 3 && waited.elapsed() < 120000)
            QTest::qWait(20);
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(60000);
        const QHash<QString, quint64> seen = inodes(out);
        QVERIFY(!seen.isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
            db.setDatabaseName(lib);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM batches WHERE state = 'running'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            // Three later batches of the same job, all photos queued, as the old Veil made
            // them (no job key recorded).
            for (int copy = 0; copy < 3; ++copy) {
                QVERIFY(
                    q.exec(QStringLiteral("INSERT INTO batches (kind, options, state, created_at) "
                                          "SELECT kind, options, 'running', created_at FROM batches WHERE id = 1")));
                const qint64 id = q.lastInsertId().toLongLong();
                QVERIFY(q.exec(QStringLiteral("INSERT INTO batch_items (batch_id, seq, input_path, output_path, "
                                              "state, result, updated_at) SELECT %1, seq, input_path, output_path, "
                                              "'queued', '{}', updated_at FROM batch_items WHERE batch_id = 1")
                                   .arg(id)));
            }
            QVERIFY(q.exec(QStringLiteral("UPDATE batches SET job_key = ''")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("legacy"));

        QString listing;
        QCOMPARE(run({QStringLiteral("--library"), lib, QStringLiteral("resume"), QStringLiteral("--list")}, &listing),
                 0);
        QCOMPARE(listing.count(QStringLiteral("superseded by batch 4")), 3);
        QVERIFY2(listing.contains(out), qPrintable(listing));  // the output folder
        QVERIFY2(listing.contains(m_in), qPrintable(listing)); // the inputs

        QString output;
        const QString report = m_dir.filePath(QStringLiteral("c.json"));
        const int code = run(
            {QStringLiteral("--library"), lib, QStringLiteral("resume"), QStringLiteral("--report"), report}, &output);
        QVERIFY2(code == 0, qPrintable(output));
        QCOMPARE(output.count(QStringLiteral("superseded by batch 4")), 3);
        QVERIFY2(!output.contains(QStringLiteral("exists already")), qPrintable(output));
        checkFinishedJob(lib, out, report, seen);
        QString after;
        run({QStringLiteral("--library"), lib, QStringLiteral("resume"), QStringLiteral("--list")}, &after);
        QVERIFY2(after.contains(QStringLiteral("No unfinished batches")), qPrintable(after));
    }
};

QTEST_GUILESS_MAIN(TestCrashResume)
#include "tst_crashresume.moc"
