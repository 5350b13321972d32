// Replays every input under tests/fuzz/regressions/<target>/ (crashes and slow inputs
// the fuzzers found, plus hand-made nasty files) through the fuzz entry points.
// Passing means: no crash, no sanitizer report, no broken contract, no hang.
#include "fuzz_entries.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <cstdint>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

    static void addInputs(const QString &target)
    {
        QDirIterator it(QStringLiteral(VEIL_SOURCE_DIR "/tests/fuzz/regressions/") + target, QDir::Files);
        QStringList paths;
        while (it.hasNext())
            paths.append(it.next());
        paths.sort();
        // An empty folder would make the replay pass without replaying anything.
        QVERIFY2(!paths.isEmpty(), qPrintable(target));
        for (const QString &path : paths)
            QTest::newRow(qPrintable(target + QLatin1Char('/') + QFileInfo(path).fileName())) << path;
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return f.readAll();
    }

private slots:
    void import_data()
    {
        QTest::addColumn<QString>("path");
        addInputs(QStringLiteral("import"));
    }

    void import()
    {
        QFETCH(QString, path);
        const QByteArray data = read(path);
        QCOMPARE(veil::fuzz::importFile(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())), 0);
    }

    void sync_data()
    {
        QTest::addColumn<QString>("path");
        addInputs(QStringLiteral("sync"));
    }

    void sync()
    {
        QFETCH(QString, path);
        const QByteArray data = read(path);
        QCOMPARE(veil::fuzz::syncAnswers(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
