#include "../testutil.h"
#include "library/database.h"
#include "library/migrations.h"
#include "library/photorepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static Photo samplePhoto(const QString &sha)
    {
        Photo p;
        p.path = QStringLiteral("/photos/") + sha + QStringLiteral(".jpg");
        p.sha256 = sha;
        p.byteSize = 1234;
        p.format = QStringLiteral("jpeg");
        p.width = 400;
        p.height = 300;
        p.orientation = 6;
        p.model = QStringLiteral("Canon EOS 40D");
        p.dateTaken = QDateTime(QDate(2020, 5, 1), QTime(12, 30));
        p.hasGps = true;
        return p;
    }

private slots:
    void createsSchemaAtCurrentVersionWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        LibraryDatabase db(dir.filePath(QStringLiteral("sub/lib.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), LibraryDatabase::currentSchemaVersion());
        QSqlQuery q(db.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void migratesAVersionOneLibraryForward()
    {
        // Build a library exactly as schema version 1 left it, by running only the
        // first migration, then let the program open it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString &statement : schemaMigrations().front())
                QVERIFY2(q.exec(statement), qPrintable(statement));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO photos (path, sha256, byte_size, format, width, height, imported_at) "
                "VALUES ('/p/a.jpg', 'abc', 10, 'jpeg', 4, 3, '2026-01-01T00:00:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        LibraryDatabase db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), LibraryDatabase::currentSchemaVersion());
        const auto photo = PhotoRepository(db).photo(1);
        QVERIFY(photo.has_value());
        QCOMPARE(photo->path, QStringLiteral("/p/a.jpg"));
        QCOMPARE(photo->reviewStatus, ReviewStatus::New);
    }

    void emptyFileIsMigratedFromScratch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(test::writeFile(path, QByteArray()));
        LibraryDatabase db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), LibraryDatabase::currentSchemaVersion());
    }

    void reopeningKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        {
            LibraryDatabase db(path);
            QString error;
            QVERIFY(db.open(&error));
            QVERIFY(PhotoRepository(db).insert(samplePhoto(QStringLiteral("bb"))) > 0);
        }
        LibraryDatabase db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), LibraryDatabase::currentSchemaVersion());
        const auto photo = PhotoRepository(db).photo(1);
        QVERIFY(photo.has_value());
        QCOMPARE(photo->sha256, QStringLiteral("bb"));
        QCOMPARE(photo->orientation, 6);
        QCOMPARE(photo->displayedSize(), QSize(300, 400));
        QCOMPARE(photo->dateTaken, QDateTime(QDate(2020, 5, 1), QTime(12, 30)));
        QVERIFY(photo->hasGps);
    }

    void refusesANewerSchemaWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(LibraryDatabase::currentSchemaVersion() + 5)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray before = test::fileSha256(path);

        LibraryDatabase db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QStringLiteral("schema version")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("update Veil")), qPrintable(error));
        QCOMPARE(test::fileSha256(path), before);
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QVERIFY(test::writeFile(path, QByteArray("this is a text file, not SQLite\n").repeated(200)));
        const QByteArray before = test::fileSha256(path);
        LibraryDatabase db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(test::fileSha256(path), before);
    }

    void duplicateShaIsRejectedByTheSchema()
    {
        QTemporaryDir dir;
        LibraryDatabase db(dir.filePath(QStringLiteral("lib.sqlite")));
        QString error;
        QVERIFY(db.open(&error));
        PhotoRepository repo(db);
        QVERIFY(repo.insert(samplePhoto(QStringLiteral("cc"))) > 0);
        QCOMPARE(repo.insert(samplePhoto(QStringLiteral("cc")), &error), 0);
        QVERIFY(!error.isEmpty());
        QCOMPARE(repo.count(), 1);
    }

    void transactionRollsBackEveryRowOnFailure()
    {
        QTemporaryDir dir;
        LibraryDatabase db(dir.filePath(QStringLiteral("lib.sqlite")));
        QString error;
        QVERIFY(db.open(&error));
        PhotoRepository repo(db);
        const bool ok = db.transaction([&] {
            repo.insert(samplePhoto(QStringLiteral("d1")));
            repo.insert(samplePhoto(QStringLiteral("d2")));
            return false; // e.g. the third row failed
        });
        QVERIFY(!ok);
        QCOMPARE(repo.count(), 0);
    }

    void facesAreReplacedAtomicallyAndCascadeOnRemove()
    {
        QTemporaryDir dir;
        LibraryDatabase db(dir.filePath(QStringLiteral("lib.sqlite")));
        QString error;
        QVERIFY(db.open(&error));
        PhotoRepository repo(db);
        const qint64 id = repo.insert(samplePhoto(QStringLiteral("ee")));
        QList<FaceBox> faces(2);
        faces[0].rect = QRectF(0.1, 0.2, 0.1, 0.15);
        faces[0].score = 0.9;
        faces[1].rect = QRectF(0.5, 0.5, 0.2, 0.2);
        faces[1].origin = FaceOrigin::Manual;
        faces[1].anonymize = false;
        QVERIFY2(repo.replaceFaces(id, faces, &error), qPrintable(error));
        QVERIFY(faces[0].id > 0 && faces[1].id > 0);
        QCOMPARE(repo.faces(id), faces);

        // A face for a photo that does not exist violates the foreign key: nothing changes.
        QList<FaceBox> orphan(1);
        QVERIFY(!repo.replaceFaces(9999, orphan, &error));

        QCOMPARE(repo.remove({id, 4242}), QList<qint64>{id});
        QSqlQuery q(db.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM faces")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void tagsRoundTrip()
    {
        QTemporaryDir dir;
        LibraryDatabase db(dir.filePath(QStringLiteral("lib.sqlite")));
        QString error;
        QVERIFY(db.open(&error));
        PhotoRepository repo(db);
        const qint64 id = repo.insert(samplePhoto(QStringLiteral("ff")));
        QVERIFY(repo.setTags(id, {QStringLiteral("school"), QStringLiteral(" trip "), QString()}));
        QCOMPARE(repo.tags(id), (QStringList{QStringLiteral("school"), QStringLiteral("trip")}));
        QVERIFY(repo.setTags(id, {QStringLiteral("trip")}));
        QCOMPARE(repo.tags(id), QStringList{QStringLiteral("trip")});
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
