#include "../testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real veil-cli executable, as a user would.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args, const QString &library = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VEIL_LIBRARY"), library.isEmpty() ? m_dir.filePath(QStringLiteral("env.sqlite")) : library);
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VEIL_TEST_BIN_DIR "/veil-cli"), args);
        if (!p.waitForFinished(240000))
            qFatal("veil-cli timed out");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void versionAndHelp()
    {
        const Run v = cli({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("veil-cli 0.")));
        QVERIFY2(v.out.contains(QStringLiteral("yunet-2022mar.onnx  sha256:")), qPrintable(v.out));
        const Run h = cli({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        for (const char *command : {"import", "list", "remove", "stats"})
            QVERIFY2(h.out.contains(QLatin1String(command)), command);
        const Run ih = cli({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(ih.code, 0);
        QVERIFY(ih.out.contains(QStringLiteral("--json")));
    }

    void usageErrorsExitOne()
    {
        QCOMPARE(cli({}).code, 1);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 1);
        QCOMPARE(cli({QStringLiteral("import")}).code, 1);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--bogus")}).code, 1);
        QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("abc")}).code, 1);
    }

    void importTheSamplesThenAgainThenStats()
    {
        const QString lib = m_dir.filePath(QStringLiteral("samples.sqlite"));
        const Run first = cli({QStringLiteral("--library"), lib, QStringLiteral("import"), veil::test::samplesPath()});
        QVERIFY(QFile::exists(lib)); // --library wins over VEIL_LIBRARY
        const QStringList lines = first.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const int imported = int(lines.filter(QStringLiteral(": imported as ")).size());
        const int failed = int(lines.filter(QStringLiteral(": error: ")).size());
        QVERIFY2(imported >= 50, qPrintable(first.out));
        // Every line is a result, and failures say why.
        for (const QString &line : lines.filter(QStringLiteral(": error: ")))
            QVERIFY(line.section(QStringLiteral(": error: "), 1).size() > 5);
        QCOMPARE(first.code, failed > 0 ? 2 : 0);
        QVERIFY(lines.last().contains(QStringLiteral("%1 imported").arg(imported)));

        const Run again = cli({QStringLiteral("import"), veil::test::samplesPath(), QStringLiteral("--json"),
                               QStringLiteral("--library"), lib});
        const QJsonObject summary = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("duplicates")).toInt(), imported);

        const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--json")}, lib);
        QCOMPARE(stats.code, 0);
        const QJsonObject s = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("photos")).toInt(), imported);
        QCOMPARE(s.value(QStringLiteral("mostCommonFormat")).toObject().value(QStringLiteral("format")).toString(),
                 QStringLiteral("jpeg"));
        QStringList models;
        for (const QJsonValue &m : s.value(QStringLiteral("topCameraModels")).toArray())
            models.append(m.toObject().value(QStringLiteral("model")).toString());
        QVERIFY2(models.contains(QStringLiteral("COOLPIX P6000")), qPrintable(models.join(QLatin1Char(','))));
        QVERIFY(s.value(QStringLiteral("withGps")).toInt() >= 9);
        QVERIFY(s.value(QStringLiteral("withEmbeddedThumbnail")).toInt() >= 9);
        const QJsonArray days = s.value(QStringLiteral("importsPerDay")).toArray();
        QCOMPARE(days.size(), 30);
        QCOMPARE(days.last().toObject().value(QStringLiteral("count")).toInt(), imported);
    }

    void listAndRemove()
    {
        const QString lib = m_dir.filePath(QStringLiteral("small.sqlite"));
        const QString file = m_dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(QFile::copy(veil::test::samplesPath(QStringLiteral("jpg/orientation/portrait_6.jpg")), file));
        QCOMPARE(cli({QStringLiteral("import"), file}, lib).code, 0);
        const Run list = cli({QStringLiteral("list"), QStringLiteral("--json")}, lib);
        QCOMPARE(list.code, 0);
        const QJsonArray photos = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("photos")).toArray();
        QCOMPARE(photos.size(), 1);
        const QJsonObject p = photos.first().toObject();
        QCOMPARE(p.value(QStringLiteral("orientation")).toInt(), 6);
        QCOMPARE(p.value(QStringLiteral("path")).toString(), QFileInfo(file).absoluteFilePath());
        const QString id = QString::number(p.value(QStringLiteral("id")).toInt());

        const Run removed = cli({QStringLiteral("remove"), id, QStringLiteral("999")}, lib);
        QCOMPARE(removed.code, 2);
        QVERIFY(removed.out.contains(id + QStringLiteral(": removed")));
        QVERIFY(removed.out.contains(QStringLiteral("999: error: no such photo")));
        QVERIFY(QFile::exists(file));
        const Run empty = cli({QStringLiteral("list"), QStringLiteral("--json")}, lib);
        QCOMPARE(QJsonDocument::fromJson(empty.out.toUtf8()).object().value(QStringLiteral("photos")).toArray().size(), 0);
    }

    void newerLibraryIsRefusedClearly()
    {
        const QString lib = m_dir.filePath(QStringLiteral("future.sqlite"));
        QVERIFY(QProcess::execute(QStringLiteral("sqlite3"), {lib, QStringLiteral("PRAGMA user_version=999;")}) == 0
                || !QFile::exists(lib));
        if (!QFile::exists(lib))
            QSKIP("sqlite3 command not available");
        const Run r = cli({QStringLiteral("list")}, lib);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("schema version 999")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
