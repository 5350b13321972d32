// Replays every input under tests/fuzz/regressions/ (crashes and slow inputs the
// fuzzers found, plus hand-made nasty files) through the fuzz entry points. Passing
// means: no crash, no sanitizer report, no hang.
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(VEIL_SOURCE_DIR "/tests/fuzz/regressions/import"), QDir::Files);
        int n = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
            ++n;
        }
        if (n == 0)
            QTest::newRow("none") << QString();
    }

    void replay()
    {
        QFETCH(QString, path);
        if (path.isEmpty())
            QSKIP("no regression inputs");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
