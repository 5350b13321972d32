// veil-cli detect and eval, run in-process on shared sample images.
#include "../testutil.h"
#include "command.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;

namespace {
struct Run
{
    int code = -1;
    QString out, err;
};

Run runVeilCli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.code = cli::runCli(QStringList{QStringLiteral("veil-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString wider(const QString &name)
{
    return test::sharedPath(QStringLiteral("data/wider-dev/images/") + name);
}
} // namespace

class TestDetectCli : public QObject
{
    Q_OBJECT

private slots:
    void detectPrintsCsvAndGoesOnAfterErrors()
    {
        const QString face = wider(QStringLiteral("1_Handshaking_Handshaking_1_35.jpg"));
        const Run r = runVeilCli({QStringLiteral("detect"), QStringLiteral("--preset"), QStringLiteral("fast"),
                           QStringLiteral("/nonexistent/photo.jpg"), face});
        QCOMPARE(r.code, 2); // some files failed
        QVERIFY2(r.err.contains(QStringLiteral("/nonexistent/photo.jpg: error:")), qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("file,x,y,w,h,score"));
        QCOMPARE(lines.size(), 2); // the one face
        const QStringList cells = lines[1].split(QLatin1Char(','));
        QCOMPARE(cells.size(), 6);
        QCOMPARE(cells[0], face); // the file as given
        // The box covers the annotated face (178.8,42.1 78.4x77.1).
        const QRectF box(cells[1].toDouble(), cells[2].toDouble(), cells[3].toDouble(), cells[4].toDouble());
        QVERIFY(box.contains(QPointF(178.8 + 39, 42.1 + 38)));
    }

    void uncertainOnlyOnRequest()
    {
        const QString crowd = wider(QStringLiteral("0_Parade_Parade_0_102.jpg"));
        const Run plain = runVeilCli({QStringLiteral("detect"), QStringLiteral("--preset"), QStringLiteral("fast"), crowd});
        const Run all = runVeilCli({QStringLiteral("detect"), QStringLiteral("--preset"), QStringLiteral("fast"),
                             QStringLiteral("--uncertain"), crowd});
        QCOMPARE(plain.code, 0);
        QCOMPARE(all.code, 0);
        QVERIFY(all.out.startsWith(QStringLiteral("file,x,y,w,h,score,uncertain\n")));
        const int certain = int(plain.out.count(QLatin1Char('\n'))) - 1;
        QCOMPARE(int(all.out.count(QStringLiteral(",0\n"))), certain);
        QVERIFY(all.out.count(QStringLiteral(",1\n")) > 0); // this crowd has doubtful candidates
    }

    void usageErrors()
    {
        QCOMPARE(runVeilCli({QStringLiteral("detect")}).code, 1);
        QCOMPARE(runVeilCli({QStringLiteral("detect"), QStringLiteral("--preset"), QStringLiteral("slow"), QStringLiteral("a.jpg")}).code, 1);
        QCOMPARE(runVeilCli({QStringLiteral("detect"), QStringLiteral("--threshold"), QStringLiteral("2"), QStringLiteral("a.jpg")}).code, 1);
        QCOMPARE(runVeilCli({QStringLiteral("eval"), QStringLiteral("--images"), QStringLiteral("/tmp")}).code, 1);
    }

    void evalEndsWithTheSummaryLine()
    {
        QTemporaryDir dir;
        const QString faces = dir.filePath(QStringLiteral("faces.csv"));
        QVERIFY(test::writeFile(faces, "file,x,y,w,h,setting\n"
                                       "1_Handshaking_Handshaking_1_35.jpg,178.8,42.1,78.4,77.1,easy\n"));
        const Run r = runVeilCli({QStringLiteral("eval"), QStringLiteral("--preset"), QStringLiteral("fast"),
                           QStringLiteral("--images"), test::sharedPath(QStringLiteral("data/wider-dev/images")),
                           QStringLiteral("--faces"), faces});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).last(),
                 QStringLiteral("hidden_ge16=1.0000 hidden_all=1.0000 precision=1.0000"));
    }

    void evalReportsBlurredAndCertainDetections()
    {
        // --set DIR reads DIR/images and DIR/faces.csv; --count both prints the certain
        // detections' report, then the blurred ones' (certain and uncertain), last.
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("images"))));
        const QString name = QStringLiteral("1_Handshaking_Handshaking_1_35.jpg");
        QVERIFY(QFile::copy(test::sharedPath(QStringLiteral("data/wider-native/images/") + name),
                            dir.filePath(QStringLiteral("images/") + name)));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("faces.csv")),
                                "file,x,y,w,h,setting\n"
                                "1_Handshaking_Handshaking_1_35.jpg,440.0,141.0,193.0,258.0,easy\n"));
        const Run r = runVeilCli({QStringLiteral("eval"), QStringLiteral("--set"), dir.path(),
                                  QStringLiteral("--count"), QStringLiteral("both")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.filter(QStringLiteral("hidden_ge16=")).size(), 2);
        QVERIFY(lines.first().contains(QLatin1String("certain detections alone")));
        QVERIFY(lines.last().startsWith(QLatin1String("hidden_ge16=1.0000")));
        QCOMPARE(runVeilCli({QStringLiteral("eval"), QStringLiteral("--set"), dir.path(), QStringLiteral("--count"),
                             QStringLiteral("some")})
                     .code,
                 1);
        QCOMPARE(runVeilCli({QStringLiteral("eval"), QStringLiteral("--set"), dir.path(), QStringLiteral("--images"),
                             dir.path()})
                     .code,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestDetectCli)
#include "tst_detectcli.moc"
