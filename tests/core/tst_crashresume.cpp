// Crash safety of the pipeline (issue 10): `veil-cli anonymize` is killed with SIGKILL
// at random moments, 20 times, resuming in between; then the library must be intact,
// no temporary or partial file may sit under a final name, the originals must be
// byte-identical, and resuming must finish every batch with each output written once.
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

class TestCrashResume : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString cli() const { return QStringLiteral(VEIL_TEST_BIN_DIR "/veil-cli"); }

    int run(const QStringList &args, int timeoutMs = 240000, QString *out = nullptr)
    {
        QProcess p;
        p.start(cli(), args);
        if (!p.waitForFinished(timeoutMs))
            qFatal("veil-cli hung: %s", qPrintable(args.join(QLatin1Char(' '))));
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    }

private slots:
    void killedTwentyTimesThenResumed()
    {
        const QString in = m_dir.filePath(QStringLiteral("in"));
        QDir().mkpath(in);
        // Real camera photos (640x480, GPS, thumbnails, a few faces) and a non-ASCII name.
        QDirIterator it(veil::test::samplesPath(QStringLiteral("jpg/gps")), {QStringLiteral("*.jpg")});
        QStringList sources;
        while (it.hasNext())
            sources.append(it.next());
        sources.sort();
        sources.append(veil::test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg")));
        QCOMPARE(sources.size(), 10);
        // Each photo twice (under two names), so that a batch runs long enough to be hit.
        QHash<QString, QByteArray> originals;
        for (int copy = 0; copy < 2; ++copy) {
            for (int i = 0; i < sources.size(); ++i) {
                const QString name = i == 9 ? QStringLiteral("Éxposé %1-%2.jpg").arg(i).arg(copy)
                                            : QStringLiteral("%1-%2").arg(copy).arg(QFileInfo(sources[i]).fileName());
                const QString target = in + QLatin1Char('/') + name;
                QVERIFY(QFile::copy(sources[i], target));
                originals.insert(target, veil::test::fileSha256(target));
            }
        }
        const int perBatch = int(originals.size());
        const QString lib = m_dir.filePath(QStringLiteral("lib.sqlite"));
        // How long one whole batch takes here: kills are spread over that span, so they
        // land during start-up, detection, encoding and publishing on slow and fast
        // machines alike.
        QElapsedTimer baseline;
        baseline.start();
        QCOMPARE(run({QStringLiteral("--library"), m_dir.filePath(QStringLiteral("baseline.sqlite")),
                      QStringLiteral("anonymize"), in, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("baseline")),
                      QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("--preset"), QStringLiteral("fast"),
                      QStringLiteral("--no-verify")}),
                 0);
        const int span = std::max(400, int(baseline.elapsed() * 9 / 10));
        QRandomGenerator rng(20261122);
        int batchesStarted = 0, kills = 0;
        // Until 20 kills have landed (a run that finished before its kill time does not count).
        for (int round = 0; kills < 20 && round < 80; ++round) {
            QString listing;
            run({QStringLiteral("--library"), lib, QStringLiteral("resume"), QStringLiteral("--list")}, 60000, &listing);
            QStringList args{QStringLiteral("--library"), lib};
            if (listing.contains(QStringLiteral("batch ")))
                args << QStringLiteral("resume") << QStringLiteral("--jobs") << QStringLiteral("2");
            else
                args << QStringLiteral("anonymize") << in << QStringLiteral("-o")
                     << m_dir.filePath(QStringLiteral("out%1").arg(batchesStarted++)) << QStringLiteral("--jobs")
                     << QStringLiteral("2") << QStringLiteral("--preset") << QStringLiteral("fast")
                     // This test is about crash safety; verification has its own tests, and
                     // resuming still re-checks (decode, metadata) an output found published.
                     << QStringLiteral("--no-verify");
            QProcess p;
            p.start(cli(), args);
            QVERIFY(p.waitForStarted());
            // Start-up (models) takes a while: kill anywhere from start-up to the last photo.
            QTest::qWait(int(rng.bounded(50, span)));
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++kills;
            }
            p.waitForFinished(60000);
        }
        QVERIFY2(kills == 20, qPrintable(QStringLiteral("only %1 kills landed").arg(kills)));

        // Finish everything.
        QString finalOutput;
        const int code = run({QStringLiteral("--library"), lib, QStringLiteral("resume"), QStringLiteral("--jobs"),
                              QStringLiteral("2"), QStringLiteral("--report"), m_dir.filePath(QStringLiteral("r.json"))},
                             600000, &finalOutput);
        QVERIFY2(code == 0, qPrintable(finalOutput));

        // The library is intact and every batch finished with every photo exported once.
        int outputs = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(lib);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM batches WHERE state != 'finished'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT state, COUNT(*), MIN(error) FROM batch_items GROUP BY state")));
            while (q.next())
                QVERIFY2(q.value(0).toString() == QLatin1String("exported"),
                         qPrintable(QStringLiteral("%1 items %2: %3").arg(q.value(1).toInt()).arg(q.value(0).toString(), q.value(2).toString())));
            QVERIFY(q.exec(QStringLiteral("SELECT output_path FROM batch_items")));
            while (q.next()) {
                const QString out = q.value(0).toString();
                QImageReader reader(out);
                QVERIFY2(reader.canRead(), qPrintable(out));
                QVERIFY2(!reader.read().isNull(), qPrintable(out));
                ++outputs;
            }
            QVERIFY(outputs >= perBatch);
            QCOMPARE(outputs % perBatch, 0); // whole batches
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        // Nothing partial anywhere: every file in the output folders is a finished export.
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int published = 0;
        while (files.hasNext()) {
            const QString f = files.next();
            if (!QFileInfo(f).absolutePath().contains(QStringLiteral("/out"))) // not baseline/
                continue;
            QVERIFY2(!QFileInfo(f).fileName().startsWith(QLatin1Char('.')), qPrintable(f));
            QVERIFY2(f.endsWith(QStringLiteral("_anon.jpg")), qPrintable(f));
            ++published;
        }
        QCOMPARE(published, outputs); // one file per item: nothing written twice under another name
        for (auto i = originals.cbegin(); i != originals.cend(); ++i)
            QCOMPARE(veil::test::fileSha256(i.key()), i.value());
        qInfo("SIGKILLs landed: %d; batches started: %d; outputs, each written once: %d", kills, batchesStarted,
              outputs);
    }
};

QTEST_GUILESS_MAIN(TestCrashResume)
#include "tst_crashresume.moc"
