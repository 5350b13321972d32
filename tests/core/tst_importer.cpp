#include "../testutil.h"
#include "imaging/thumbnailcache.h"
#include "library/database.h"
#include "library/importer.h"
#include "library/photorepository.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;

class TestImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LibraryDatabase> m_db;
    std::unique_ptr<ThumbnailCache> m_thumbs;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<LibraryDatabase>(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_thumbs = std::make_unique<ThumbnailCache>(m_dir.filePath(QStringLiteral("thumbs")));
    }
    void cleanup()
    {
        m_db.reset();
    }

    void importsAFileWithItsMetadataAndAThumbnail()
    {
        Importer importer(*m_db, m_thumbs.get());
        const ImportResult r = importer.importFile(test::samplesPath(QStringLiteral("jpg/gps/DSCN0010.jpg")));
        QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
        const auto p = PhotoRepository(*m_db).photo(r.photoId);
        QVERIFY(p.has_value());
        QCOMPARE(p->format, QStringLiteral("jpeg"));
        QCOMPARE(p->model, QStringLiteral("COOLPIX P6000"));
        QVERIFY(p->hasGps);
        QVERIFY(p->hasThumbnail);
        QCOMPARE(QString::fromLatin1(test::fileSha256(p->path)), p->sha256);
        QVERIFY(m_thumbs->contains(p->sha256));
        const QImage thumb(m_thumbs->pathFor(p->sha256));
        QCOMPARE(std::max(thumb.width(), thumb.height()), ThumbnailCache::DefaultSize);
    }

    void sameBytesFromAnotherPathAreADuplicate()
    {
        const QString original = test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg"));
        const QString copy = m_dir.filePath(QStringLiteral("elsewhere/renamed.jpeg"));
        QDir().mkpath(QFileInfo(copy).absolutePath());
        QVERIFY(QFile::copy(original, copy));
        Importer importer(*m_db, m_thumbs.get());
        const ImportResult first = importer.importFile(original);
        const ImportResult second = importer.importFile(copy);
        const ImportResult third = importer.importFile(original);
        QCOMPARE(first.outcome, ImportResult::Outcome::Imported);
        QCOMPARE(second.outcome, ImportResult::Outcome::Duplicate);
        QCOMPARE(second.photoId, first.photoId);
        QCOMPARE(third.outcome, ImportResult::Outcome::Duplicate);
        QCOMPARE(PhotoRepository(*m_db).count(), 1);
    }

    void badFilesGetReasonsAndTheBatchGoesOn()
    {
        const QString folder = m_dir.filePath(QStringLiteral("batch"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/empty.jpg"), QByteArray()));
        QVERIFY(test::writeFile(folder + QStringLiteral("/notes.jpg"), "just some text\n"));
        QFile f(test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray jpeg = f.readAll();
        QVERIFY(test::writeFile(folder + QStringLiteral("/truncated.jpg"), jpeg.left(300)));
        QVERIFY(test::writeFile(folder + QStringLiteral("/sub/good.jpg"), jpeg));
        QVERIFY(test::writeFile(folder + QStringLiteral("/sub/ignored.txt"), "not an image extension"));

        Importer importer(*m_db, m_thumbs.get());
        const QList<ImportResult> results =
            importer.importPaths({folder, m_dir.filePath(QStringLiteral("does-not-exist.jpg"))});
        QHash<QString, ImportResult> byName;
        for (const ImportResult &r : results)
            byName.insert(QFileInfo(r.path).fileName(), r);
        QCOMPARE(results.size(), 5); // the .txt is not considered
        QCOMPARE(byName[QStringLiteral("good.jpg")].outcome, ImportResult::Outcome::Imported);
        QCOMPARE(byName[QStringLiteral("empty.jpg")].error, QStringLiteral("file is empty (0 bytes)"));
        QVERIFY(byName[QStringLiteral("notes.jpg")].error.contains(QStringLiteral("not a supported image")));
        QCOMPARE(byName[QStringLiteral("truncated.jpg")].outcome, ImportResult::Outcome::Failed);
        QVERIFY(!byName[QStringLiteral("truncated.jpg")].error.isEmpty());
        QCOMPARE(byName[QStringLiteral("does-not-exist.jpg")].error, QStringLiteral("no such file or folder"));
        QCOMPARE(PhotoRepository(*m_db).count(), 1);
    }

    void importingTheSamplesLeavesThemByteIdentical()
    {
        QHash<QString, QByteArray> before;
        QDirIterator it(test::samplesPath(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            before.insert(path, test::fileSha256(path));
        }
        Importer importer(*m_db, m_thumbs.get());
        const QList<ImportResult> results = importer.importPaths({test::samplesPath()});
        int imported = 0;
        QStringList formats;
        for (const ImportResult &r : results) {
            if (r.outcome == ImportResult::Outcome::Imported) {
                ++imported;
                formats.append(PhotoRepository(*m_db).photo(r.photoId)->format);
            }
        }
        QVERIFY(imported >= 50);
        QVERIFY(formats.contains(QStringLiteral("heif")));
        QVERIFY(formats.contains(QStringLiteral("tiff")));
        for (auto i = before.cbegin(); i != before.cend(); ++i)
            QCOMPARE(test::fileSha256(i.key()), i.value());
        // Again: nothing new.
        const int count = PhotoRepository(*m_db).count();
        const QList<ImportResult> again = importer.importPaths({test::samplesPath()});
        for (const ImportResult &r : again)
            QVERIFY(r.outcome != ImportResult::Outcome::Imported);
        QCOMPARE(PhotoRepository(*m_db).count(), count);
    }

    void removingAPhotoLeavesTheFile()
    {
        const QString copy = m_dir.filePath(QStringLiteral("mine.jpg"));
        QVERIFY(QFile::copy(test::samplesPath(QStringLiteral("jpg/Nikon_D70.jpg")), copy));
        const QByteArray hash = test::fileSha256(copy);
        Importer importer(*m_db, m_thumbs.get());
        const ImportResult r = importer.importFile(copy);
        QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
        QCOMPARE(PhotoRepository(*m_db).remove({r.photoId}), QList<qint64>{r.photoId});
        QVERIFY(QFile::exists(copy));
        QCOMPARE(test::fileSha256(copy), hash);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
