// veil-cli sync push/status/pull, run in-process (runCli) against the loopback test
// server, so that the server answers while the command waits.
#include "faceblurtestserver.h"
#include "synctestutil.h"

#include "command.h"
#include "library/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Fault = FaceBlurTestServer::Fault;

class TestSyncCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FaceBlurTestServer m_server;
    QString m_library;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.code = veil::cli::runCli(QStringList{QStringLiteral("veil-cli"), QStringLiteral("--library"), m_library,
                                               QStringLiteral("sync"), QStringLiteral("--server"),
                                               m_server.url().toString()}
                                       + args,
                                   out, err);
        out.flush();
        err.flush();
        return r;
    }

    QStringList photos(const QString &name, int count)
    {
        QStringList paths;
        for (int i = 0; i < count; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("%1/%2.jpg").arg(name).arg(i));
            QDir().mkpath(QFileInfo(path).absolutePath());
            veil::test::writeSmallJpeg(path, 1000 + i + 100 * int(name.size()));
            paths.append(path);
        }
        return paths;
    }

    static QString usage(const Run &r) { return r.out + r.err; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.registerUser(QStringLiteral("alice"));
        m_server.setProcessingDelayMs(30);
        m_library = m_dir.filePath(QStringLiteral("library.sqlite"));
        qputenv("VEIL_SYNC_TOKEN", m_server.makeToken(QStringLiteral("alice")).toUtf8());
        qputenv("VEIL_SYNC_RETRY_BASE_MS", "10");
        qputenv("VEIL_SYNC_RETRY_CAP_MS", "100");
        qputenv("VEIL_SYNC_TIMEOUT_MS", "2000");
        qputenv("VEIL_SYNC_MAX_ATTEMPTS", "4");
    }

    void usageErrors()
    {
        QTextStream out(stdout), err(stderr);
        QString o, e;
        QTextStream so(&o), se(&e);
        QCOMPARE(veil::cli::runCli({QStringLiteral("veil-cli"), QStringLiteral("sync"), QStringLiteral("status")}, so, se),
                 1);
        QCOMPARE(veil::cli::runCli({QStringLiteral("veil-cli"), QStringLiteral("sync"), QStringLiteral("--server"),
                                    QStringLiteral("http://faceblur.example.com"), QStringLiteral("status")},
                                   so, se),
                 1);
        se.flush();
        QVERIFY2(e.contains(QStringLiteral("refusing unencrypted")), qPrintable(e));
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 1);
        QCOMPARE(cli({QStringLiteral("push")}).code, 1);
        QCOMPARE(cli({QStringLiteral("pull")}).code, 1);
    }

    void badTokenIsRefusedWithAReason()
    {
        const QByteArray good = qgetenv("VEIL_SYNC_TOKEN");
        const QString library = m_library;
        m_library = m_dir.filePath(QStringLiteral("badtoken.sqlite")); // its unsent row stays there
        qputenv("VEIL_SYNC_TOKEN", "garbage");
        const Run r = cli(QStringList{QStringLiteral("push"), QStringLiteral("--originals")} + photos(QStringLiteral("bad"), 1));
        qputenv("VEIL_SYNC_TOKEN", good);
        m_library = library;
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("refused the token")), qPrintable(usage(r)));
        QCOMPARE(m_server.images().size(), 0);
    }

    void pushWithoutAnExportIsRefusedClearly()
    {
        const Run r = cli(QStringList{QStringLiteral("push")} + photos(QStringLiteral("noexport"), 1));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QStringLiteral("no verified anonymized export")), qPrintable(usage(r)));
    }

    void pushTheLatestVerifiedExportById()
    {
        const QStringList files = photos(QStringLiteral("exported"), 1);
        // Import through push --originals would send the original; record an export instead.
        QString exportPath = m_dir.filePath(QStringLiteral("exports/anonymized.jpg"));
        QDir().mkpath(QFileInfo(exportPath).absolutePath());
        QVERIFY(veil::test::writeSmallJpeg(exportPath, 4242));
        QString o, e;
        QTextStream so(&o), se(&e);
        QCOMPARE(veil::cli::runCli({QStringLiteral("veil-cli"), QStringLiteral("--library"), m_library,
                                    QStringLiteral("import"), files.first()},
                                   so, se),
                 0);
        veil::LibraryDatabase db(m_library);
        QString error;
        QVERIFY(db.open(&error));
        QSqlQuery q(db.database());
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM photos")) && q.next());
        const qint64 id = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO exports (photo_id, input_path, output_path, created_at, verified) "
                                      "VALUES (%1, '%2', '%3', '2026-01-01T00:00:00Z', 1)")
                           .arg(id)
                           .arg(files.first(), exportPath)));
        const int before = int(m_server.images().size());
        const Run r = cli({QStringLiteral("push"), QString::number(id)});
        QVERIFY2(r.code == 0, qPrintable(usage(r)));
        QCOMPARE(int(m_server.images().size()), before + 1);
        QFile exported(exportPath);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(m_server.object(m_server.images().last().objectName), exported.readAll());
    }

    void pushAgainAfterAFailureFinishesWithoutDuplicates()
    {
        const QStringList files = photos(QStringLiteral("retry"), 6);
        const int before = int(m_server.images().size());
        // Rows left unsent by earlier runs (the bad-token test) are finished too.
        int leftover = 0;
        {
            veil::LibraryDatabase db(m_library);
            QString error;
            QVERIFY(db.open(&error));
            QSqlQuery q(db.database());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE server_id = ''")) && q.next());
            leftover = q.value(0).toInt();
        }
        // First run: every submit answer is lost after the work, and listing fails too.
        m_server.setFaults(1.0, {Fault::DropAfter}, 3);
        m_server.setFaultRoutes({QStringLiteral("/v1/image/submit"), QStringLiteral("/v1/image/list")});
        const Run first = cli(QStringList{QStringLiteral("push"), QStringLiteral("--originals")} + files);
        QCOMPARE(first.code, 2);
        QVERIFY2(first.err.contains(QStringLiteral("run the same command again")), qPrintable(usage(first)));
        // Second run, 20% faults everywhere: finishes, nothing twice.
        m_server.setFaultRoutes({});
        m_server.setFaults(0.2, {Fault::Error500, Fault::Error503, Fault::DropBefore, Fault::DropAfter, Fault::Slow,
                                 Fault::ExpiredUploadUrl},
                           5);
        m_server.setSlowMs(50);
        Run again;
        for (int run = 0; run < 5; ++run) { // each run is bounded by VEIL_SYNC_MAX_ATTEMPTS
            again = cli(QStringList{QStringLiteral("push"), QStringLiteral("--originals")} + files);
            if (again.code == 0)
                break;
        }
        m_server.setFaults(0, {});
        QVERIFY2(again.code == 0, qPrintable(usage(again)));
        QCOMPARE(int(m_server.images().size()), before + 6 + leftover);
        for (const auto &image : m_server.images())
            QCOMPARE(m_server.imagesCreatedFor(image.objectName), 1);
        QCOMPARE(again.out.count(QStringLiteral(": on the server as ")), 6);
    }

    void statusConvergesAndPullDownloads()
    {
        m_server.setFailEvery(0);
        QJsonObject status;
        const bool converged = QTest::qWaitFor(
            [&] {
                const Run r = cli({QStringLiteral("status"), QStringLiteral("--json")});
                if (r.code != 0)
                    return false;
                status = QJsonDocument::fromJson(r.out.toUtf8()).object();
                for (const QJsonValue &v : status.value(QStringLiteral("photos")).toArray()) {
                    const QString state = v.toObject().value(QStringLiteral("state")).toString();
                    if (state != QLatin1String("done") && state != QLatin1String("failed")
                        && state != QLatin1String("downloaded"))
                        return false;
                }
                return true;
            },
            20000);
        QVERIFY2(converged, QJsonDocument(status).toJson().constData());
        const int onServer = int(m_server.images().size());
        QCOMPARE(status.value(QStringLiteral("photos")).toArray().size(), onServer);
        QCOMPARE(status.value(QStringLiteral("outbox")).toInt(), 0);

        const QString out = m_dir.filePath(QStringLiteral("pulled"));
        const Run pull = cli({QStringLiteral("pull"), QStringLiteral("-o"), out});
        QVERIFY2(pull.code == 0, qPrintable(usage(pull)));
        int done = 0;
        for (const auto &image : m_server.images()) {
            if (!image.isProcessed || image.isFailed)
                continue;
            ++done;
            const QString file = QDir(out).filePath(QStringLiteral("*-%1.jpg").arg(image.id));
            const QStringList found = QDir(out).entryList({QFileInfo(file).fileName()});
            QCOMPARE(found.size(), 1);
            QFile f(QDir(out).filePath(found.first()));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), m_server.object(QUrl(image.url).path().mid(7)));
        }
        QVERIFY(done > 0);
        QCOMPARE(int(QDir(out).entryList(QDir::Files).size()), done);
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
