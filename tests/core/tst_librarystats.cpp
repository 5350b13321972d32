#include "library/database.h"
#include "library/librarystats.h"
#include "library/photorepository.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace veil;

class TestLibraryStats : public QObject
{
    Q_OBJECT

private slots:
    void countsFormatsModelsAndDays()
    {
        QTemporaryDir dir;
        LibraryDatabase db(dir.filePath(QStringLiteral("lib.sqlite")));
        QString error;
        QVERIFY(db.open(&error));
        PhotoRepository repo(db);
        const QDate today(2026, 11, 22);
        int n = 0;
        auto add = [&](const QString &format, const QString &model, int daysAgo, bool gps, bool serial, bool thumb) {
            Photo p;
            p.path = QStringLiteral("/p/%1").arg(n);
            p.sha256 = QString::number(n++);
            p.format = format;
            p.model = model;
            p.width = p.height = 10;
            p.hasGps = gps;
            p.hasSerialNumber = serial;
            p.hasThumbnail = thumb;
            p.importedAt = QDateTime(today.addDays(-daysAgo), QTime(10, 0), Qt::UTC);
            QVERIFY(repo.insert(p) > 0);
        };
        for (int i = 0; i < 12; ++i)
            add(QStringLiteral("jpeg"), QStringLiteral("Model %1").arg(i % 11), i, i % 2, i % 3 == 0, true);
        add(QStringLiteral("png"), QString(), 0, false, false, false);
        add(QStringLiteral("png"), QStringLiteral("   "), 40, false, false, false); // outside the window

        const LibraryStats s = computeLibraryStats(db, today);
        QCOMPARE(s.photoCount, 14);
        QCOMPARE(s.mostCommonFormat, QStringLiteral("jpeg"));
        QCOMPARE(s.mostCommonFormatCount, 12);
        QCOMPARE(s.topCameraModels.size(), 10);
        QCOMPARE(s.topCameraModels.first(), qMakePair(QStringLiteral("Model 0"), 2));
        QCOMPARE(s.topCameraModels.at(1), qMakePair(QStringLiteral("unknown"), 2));
        QCOMPARE(s.importsPerDay.size(), 30);
        QCOMPARE(s.importsPerDay.last(), qMakePair(today, 2));
        QCOMPARE(s.importsPerDay.first().first, today.addDays(-29));
        int total = 0;
        for (const auto &d : s.importsPerDay)
            total += d.second;
        QCOMPARE(total, 13);
        QCOMPARE(s.withGps, 6);
        QCOMPARE(s.withSerialNumber, 4);
        QCOMPARE(s.withEmbeddedThumbnail, 12);
    }
};

QTEST_GUILESS_MAIN(TestLibraryStats)
#include "tst_librarystats.moc"
