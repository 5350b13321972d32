// The coverage metric (same numbers as ../shared/tools/face_coverage.py) and a
// regression floor for detection on a handful of wider-dev images.
#include "detect/coverage.h"
#include "detect/facedetector.h"
#include "detect/photodetection.h"
#include "../testutil.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;

namespace {
QString widerPath(const QString &relative)
{
    return test::sharedPath(QStringLiteral("data/wider-dev/") + relative);
}

// Crowded images with faces of every size, plus a few with one large face.
const char *const regressionImages[] = {
    "0_Parade_Parade_0_102.jpg",         "0_Parade_Parade_0_611.jpg", "7_Cheering_Cheering_7_530.jpg",
    "1_Handshaking_Handshaking_1_35.jpg", "4_Dancing_Dancing_4_494.jpg",
    "2_Demonstration_Demonstrators_2_12.jpg",
};
// wider-native: every 58th image of the set in name order (13 photos, 125 faces of
// 16 px and more: crowds, groups, single large faces).
const char *const nativeRegressionImages[] = {
    "0_Parade_Parade_0_102.jpg",
    "12_Group_Group_12_Group_Group_12_732.jpg",
    "16_Award_Ceremony_Awards_Ceremony_16_752.jpg",
    "21_Festival_Festival_21_395.jpg",
    "2_Demonstration_Demonstration_Or_Protest_2_225.jpg",
    "2_Demonstration_Protesters_2_163.jpg",
    "34_Baseball_Baseball_34_867.jpg",
    "38_Tennis_Tennis_38_666.jpg",
    "42_Car_Racing_Nascar_42_661.jpg",
    "4_Dancing_Dancing_4_769.jpg",
    "55_Sports_Coach_Trainer_sportcoaching_55_179.jpg",
    "61_Street_Battle_streetfight_61_276.jpg",
    "9_Press_Conference_Press_Conference_9_89.jpg",
};
} // namespace

class TestDetectCoverage : public QObject
{
    Q_OBJECT

private slots:
    void hiddenNeedsEightyPercentInsideTheGrownUnion()
    {
        const BoxesByFile gt{{QStringLiteral("a.jpg"), {QRectF(0, 0, 10, 10), QRectF(100, 100, 20, 20)}}};
        // Covers 70% of the first face as is; grown by 1.3 about its centre, all of it.
        const BoxesByFile dets{{QStringLiteral("a.jpg"), {QRectF(1, 0, 7, 10)}}};
        const CoverageResult plain = measureCoverage(gt, dets, 1.0);
        QCOMPARE(plain.hidden[1], 0); // the 10 px face is in the 8-16 bucket
        QCOMPARE(plain.total[1], 1);
        QCOMPARE(plain.total[2], 1); // the 20 px face, never detected
        QCOMPARE(plain.hidden[2], 0);
        const CoverageResult grown = measureCoverage(gt, dets, 1.3);
        QCOMPARE(grown.hidden[1], 1);
        QCOMPARE(grown.hiddenAll(), 0.5);
        QCOMPARE(grown.hiddenGe16(), 0.0);
        QCOMPARE(grown.precision(), 1.0);
    }

    void precisionCountsOverlapOrHalfCover()
    {
        const BoxesByFile gt{{QStringLiteral("a.jpg"), {QRectF(0, 0, 20, 20)}}};
        const BoxesByFile dets{{QStringLiteral("a.jpg"),
                                {QRectF(0, 0, 20, 10),       // covers half: correct
                                 QRectF(-50, -50, 200, 200), // covers all, IoU tiny: correct
                                 QRectF(15, 15, 20, 20),     // IoU 25/775: wrong
                                 QRectF(300, 300, 10, 10)}}, // elsewhere: wrong
                               {QStringLiteral("other.jpg"), {QRectF(0, 0, 5, 5)}}}; // not in GT: ignored
        const CoverageResult r = measureCoverage(gt, dets, 1.3);
        QCOMPARE(r.detections, 4);
        QCOMPARE(r.correctDetections, 2);
        QCOMPARE(r.summaryLine(), QStringLiteral("hidden_ge16=1.0000 hidden_all=1.0000 precision=0.5000"));
    }

    void regressionOnWiderDev()
    {
        BoxesByFile all;
        QString error;
        QVERIFY2(readBoxesCsv(widerPath(QStringLiteral("faces.csv")), &all, &error), qPrintable(error));
        QStringList warnings;
        auto detector = FaceDetector::create({}, &warnings); // balanced
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        BoxesByFile gt, dets;
        for (const char *name : regressionImages) {
            const QString file = QString::fromLatin1(name);
            QVERIFY2(all.contains(file), name);
            gt.insert(file, all.value(file));
            const PhotoDetections found = detectPhoto(*detector, widerPath(QStringLiteral("images/") + file));
            QVERIFY2(found.ok(), qPrintable(found.error));
            for (const Detection &d : found.faces)
                if (!d.uncertain)
                    dets[file].append(d.box);
        }
        const CoverageResult r = measureCoverage(gt, dets, 1.3);
        qInfo().noquote() << r.summaryLine();
        // Floors well below the targets (0.85 / 0.85 over all of wider-dev).
        // (these images: 0.875 / 0.848 with squeezed passes, 2026-11-22)
        QVERIFY2(r.hiddenGe16() >= 0.7, qPrintable(r.summaryLine()));
        QVERIFY2(r.precision() >= 0.75, qPrintable(r.summaryLine()));
        m_gt = gt;
        m_dets = dets;
    }

    void regressionOnWiderNative()
    {
        // The default preset on photos at their own size, counting what anonymize blurs
        // without review (certain and uncertain detections).
        const QString root = test::sharedPath(QStringLiteral("data/wider-native/"));
        BoxesByFile all;
        QString error;
        QVERIFY2(readBoxesCsv(root + QStringLiteral("faces.csv"), &all, &error), qPrintable(error));
        QStringList warnings;
        auto detector = FaceDetector::create({}, &warnings); // balanced
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        BoxesByFile gt, dets;
        for (const char *name : nativeRegressionImages) {
            const QString file = QString::fromLatin1(name);
            QVERIFY2(all.contains(file), name);
            gt.insert(file, all.value(file));
            const PhotoDetections found = detectPhoto(*detector, root + QStringLiteral("images/") + file);
            QVERIFY2(found.ok(), qPrintable(found.error));
            dets[file];
            for (const Detection &d : found.faces)
                dets[file].append(d.box);
        }
        const CoverageResult r = measureCoverage(gt, dets, 1.3);
        qInfo().noquote() << r.summaryLine();
        NATIVE_FLOORS
    }

    void sameNumbersAsFaceCoveragePy()
    {
        if (m_dets.isEmpty())
            QSKIP("needs regressionOnWiderDev's detections");
        const QString python = QStringLiteral("/usr/bin/python3");
        const QString script = test::sharedPath(QStringLiteral("tools/face_coverage.py"));
        if (!QFileInfo::exists(python) || !QFileInfo::exists(script))
            QSKIP("no /usr/bin/python3 or face_coverage.py");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [](const QString &path, const BoxesByFile &boxes, int decimals) {
            QByteArray csv("file,x,y,w,h\n");
            for (auto it = boxes.cbegin(); it != boxes.cend(); ++it)
                for (const QRectF &b : it.value())
                    csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                               .arg(it.key())
                               .arg(b.x(), 0, 'f', decimals)
                               .arg(b.y(), 0, 'f', decimals)
                               .arg(b.width(), 0, 'f', decimals)
                               .arg(b.height(), 0, 'f', decimals)
                               .toUtf8();
            return test::writeFile(path, csv);
        };
        const QString gtPath = dir.filePath(QStringLiteral("gt.csv"));
        const QString detPath = dir.filePath(QStringLiteral("dets.csv"));
        QVERIFY(write(gtPath, m_gt, 1) && write(detPath, m_dets, 2));
        // Measure what was written, as the script will read it.
        BoxesByFile gt, dets;
        QString error;
        QVERIFY(readBoxesCsv(gtPath, &gt, &error) && readBoxesCsv(detPath, &dets, &error));
        for (double scale : {1.0, 1.3}) {
            QProcess p;
            p.start(python, {script, gtPath, detPath, QStringLiteral("--mask-scale"), QString::number(scale)});
            QVERIFY(p.waitForFinished(60000));
            if (p.exitCode() != 0 && p.readAllStandardError().contains("numpy"))
                QSKIP("python3-numpy is not installed");
            const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
            QCOMPARE(lines, measureCoverage(gt, dets, scale).reportLines());
        }
    }

private:
    BoxesByFile m_gt, m_dets;
};

QTEST_GUILESS_MAIN(TestDetectCoverage)
#include "tst_detectcoverage.moc"
