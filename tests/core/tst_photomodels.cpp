// The library grid's models (core/models) over a real library of the shared samples,
// each checked by QAbstractItemModelTester.
#include "../testutil.h"
#include "edits/photodocument.h"
#include "imaging/thumbnailcache.h"
#include "jobs/anonymizeprocessor.h"
#include "jobs/batchstore.h"
#include "library/database.h"
#include "library/exportstate.h"
#include "library/importer.h"
#include "library/photorepository.h"
#include "models/activitymodel.h"
#include "models/facelistmodel.h"
#include "models/perceptualhash.h"
#include "models/photofiltermodel.h"
#include "models/photolistmodel.h"
#include "models/thumbnailprovider.h"

#include <QFileInfo>
#include <QAbstractItemModelTester>
#include <QPainter>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;

class TestPhotoModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LibraryDatabase> m_db;
    QHash<QString, qint64> m_ids; // by file name

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<LibraryDatabase>(m_dir.filePath(QStringLiteral("lib.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        const ThumbnailCache thumbs(m_db->cacheDirectory() + QStringLiteral("/thumbnails"));
        Importer importer(*m_db, &thumbs);
        for (const char *name : {"Canon_40D.jpg", "Nikon_D70.jpg", "Canon_PowerShot_S40.jpg", "Pentax_K10D.jpg",
                                 "Sony_HDR-HC3.jpg"}) {
            const ImportResult r = importer.importFile(test::samplesPath(QStringLiteral("jpg/") + QLatin1String(name)));
            QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
            m_ids.insert(QLatin1String(name), r.photoId);
        }
        QCOMPARE(backfillPerceptualHashes(*m_db), 5);
        QCOMPARE(backfillPerceptualHashes(*m_db), 0); // nothing left to hash
        PhotoRepository repo(*m_db);
        QList<FaceBox> faces(2);
        faces[0].rect = QRectF(0.1, 0.1, 0.2, 0.2);
        faces[1].rect = QRectF(0.5, 0.5, 0.2, 0.2);
        faces[1].uncertain = true;
        QVERIFY(repo.replaceFaces(m_ids.value(QStringLiteral("Nikon_D70.jpg")), faces));
        QList<FaceBox> one(1);
        one[0].rect = QRectF(0.3, 0.3, 0.1, 0.1);
        QVERIFY(repo.replaceFaces(m_ids.value(QStringLiteral("Canon_40D.jpg")), one));
        QVERIFY(repo.setTags(m_ids.value(QStringLiteral("Canon_40D.jpg")), {QStringLiteral("Holiday"), QStringLiteral("beach")}));
        QVERIFY(repo.setArchived(m_ids.value(QStringLiteral("Pentax_K10D.jpg")), true));
        QVERIFY(repo.setReviewStatus(m_ids.value(QStringLiteral("Sony_HDR-HC3.jpg")), ReviewStatus::Reviewed));
    }

    void rowsCarryWhatTheGridNeeds()
    {
        const QList<PhotoRow> rows = queryPhotoRows(*m_db);
        QCOMPARE(rows.size(), 5);
        const auto nikon = queryPhotoRow(*m_db, m_ids.value(QStringLiteral("Nikon_D70.jpg")));
        QVERIFY(nikon);
        QCOMPARE(nikon->fileName, QStringLiteral("Nikon_D70.jpg"));
        QCOMPARE(nikon->faceCount, 2);
        QCOMPARE(nikon->uncertainCount, 1);
        QCOMPARE(nikon->model, QStringLiteral("NIKON D70"));
        QVERIFY(nikon->dateTaken.isValid());
        QVERIFY(nikon->perceptualHash.has_value());
        const auto canon = queryPhotoRow(*m_db, m_ids.value(QStringLiteral("Canon_40D.jpg")));
        QCOMPARE(canon->tags, (QStringList{QStringLiteral("beach"), QStringLiteral("Holiday")}));
        QVERIFY(queryPhotoRows(m_db->path()).size() == 5); // own connection, as on a worker
        QVERIFY(!queryPhotoRow(*m_db, 999999));
    }

    void listModelUpdatesRowByRow()
    {
        PhotoListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(queryPhotoRows(*m_db));
        QCOMPARE(model.rowCount(), 5);
        const qint64 sony = m_ids.value(QStringLiteral("Sony_HDR-HC3.jpg"));
        const int at = model.rowOf(sony);
        QCOMPARE(model.index(at).data(PhotoListModel::StatusRole).toInt(), int(ReviewStatus::Reviewed));
        QCOMPARE(model.index(at).data().toString(), QStringLiteral("Sony_HDR-HC3.jpg"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        PhotoRepository(*m_db).setReviewStatus(sony, ReviewStatus::Exported);
        model.updateRow(sony, queryPhotoRow(*m_db, sony));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(at).data(PhotoListModel::StatusRole).toInt(), int(ReviewStatus::Exported));
        PhotoRepository(*m_db).setReviewStatus(sony, ReviewStatus::Reviewed);

        PhotoRow extra = *queryPhotoRow(*m_db, sony);
        extra.id = 424242;
        extra.sha256 = QStringLiteral("x");
        model.updateRow(extra.id, extra);
        QCOMPARE(model.rowCount(), 6);
        model.updateRow(extra.id, std::nullopt);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOf(sony), at);
        QVERIFY(model.cameraModels().contains(QStringLiteral("NIKON D70")));
        QCOMPARE(model.allTags(), (QStringList{QStringLiteral("beach"), QStringLiteral("Holiday")}));
    }

    void thumbnailsArriveLazily()
    {
        ThumbnailProvider provider(m_db->cacheDirectory() + QStringLiteral("/thumbnails"));
        PhotoListModel model(&provider);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QImage placeholder(8, 8, QImage::Format_RGB32);
        placeholder.fill(Qt::gray);
        model.setPlaceholder(placeholder);
        model.setRows(queryPhotoRows(*m_db));
        QSignalSpy ready(&provider, &ThumbnailProvider::thumbnailReady);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(Qt::DecorationRole).value<QImage>(), placeholder); // not loaded yet
        QTRY_COMPARE(ready.count(), 1);
        const QImage thumb = first.data(Qt::DecorationRole).value<QImage>();
        QVERIFY(thumb != placeholder);
        QVERIFY(std::max(thumb.width(), thumb.height()) <= ThumbnailCache::DefaultSize);
        QCOMPARE(provider.pendingCount(), 0);
    }

    void filtersAndSorting()
    {
        PhotoListModel source;
        source.setRows(queryPhotoRows(*m_db));
        PhotoFilterModel proxy;
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 4); // the archived Pentax is hidden by default

        const auto names = [&proxy] {
            QStringList list;
            for (int i = 0; i < proxy.rowCount(); ++i)
                list << proxy.index(i, 0).data().toString();
            return list;
        };
        PhotoFilter f;
        f.showArchived = true;
        f.sort = PhotoFilter::Sort::Name;
        proxy.setFilter(f);
        QCOMPARE(names(), (QStringList{QStringLiteral("Canon_40D.jpg"), QStringLiteral("Canon_PowerShot_S40.jpg"),
                                       QStringLiteral("Nikon_D70.jpg"), QStringLiteral("Pentax_K10D.jpg"),
                                       QStringLiteral("Sony_HDR-HC3.jpg")}));
        f.text = QStringLiteral("canon");
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2);
        f.text.clear();
        f.faces = PhotoFilter::Faces::WithFaces;
        proxy.setFilter(f);
        QCOMPARE(names(), (QStringList{QStringLiteral("Canon_40D.jpg"), QStringLiteral("Nikon_D70.jpg")}));
        f.faces = PhotoFilter::Faces::WithUncertain;
        proxy.setFilter(f);
        QCOMPARE(names(), QStringList{QStringLiteral("Nikon_D70.jpg")});
        f.faces = PhotoFilter::Faces::WithoutFaces;
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 3);
        f.faces = PhotoFilter::Faces::Any;
        f.statuses = {ReviewStatus::Reviewed};
        proxy.setFilter(f);
        QCOMPARE(names(), QStringList{QStringLiteral("Sony_HDR-HC3.jpg")});
        f.statuses.clear();
        f.tag = QStringLiteral("holiday");
        proxy.setFilter(f);
        QCOMPARE(names(), QStringList{QStringLiteral("Canon_40D.jpg")});
        f.tag.clear();
        f.cameraModel = QStringLiteral("NIKON D70");
        proxy.setFilter(f);
        QCOMPARE(names(), QStringList{QStringLiteral("Nikon_D70.jpg")});
        f.cameraModel.clear();

        // Dates taken: the Canon 40D is from 2008, the Nikon D70 from 2008 too, the
        // PowerShot S40 from 2003.
        f.takenFrom = QDate(2003, 1, 1);
        f.takenTo = QDate(2003, 12, 31);
        proxy.setFilter(f);
        QCOMPARE(names(), QStringList{QStringLiteral("Canon_PowerShot_S40.jpg")});
        f.takenFrom = {};
        f.takenTo = {};

        f.sort = PhotoFilter::Sort::DateTaken;
        proxy.setFilter(f);
        QCOMPARE(names().first(), QStringLiteral("Canon_PowerShot_S40.jpg"));
        f.sort = PhotoFilter::Sort::DateImported;
        proxy.setFilter(f);
        QCOMPARE(names().first(), QStringLiteral("Canon_40D.jpg")); // imported first
        QCOMPARE(proxy.visibleIds().first(), m_ids.value(QStringLiteral("Canon_40D.jpg")));
    }

    void similarPhotosByPerceptualHash()
    {
        // A re-encoded, resized copy of a photo is "similar"; the other samples are not.
        QImage canon(test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg")));
        QVERIFY(!canon.isNull());
        const QImage smaller = canon.scaledToWidth(canon.width() / 3, Qt::SmoothTransformation);
        const quint64 a = differenceHash(canon);
        const quint64 b = differenceHash(smaller);
        QVERIFY2(hammingDistance(a, b) <= 6, qPrintable(QString::number(hammingDistance(a, b))));
        QCOMPARE(hammingDistance(0xFFull, 0x0Full), 4);

        PhotoListModel source;
        source.setRows(queryPhotoRows(*m_db));
        PhotoFilterModel proxy;
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PhotoFilter f;
        f.showArchived = true;
        f.similarTo = b;
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Canon_40D.jpg"));
    }

    void faceListFollowsTheDocument()
    {
        FaceBox f;
        f.rect = QRectF(0.1, 0.1, 0.2, 0.2);
        f.score = 0.91;
        PhotoDocument doc(1, {f});
        FaceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(&doc);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Blurred\ndetector 91%"));
        QVERIFY(model.index(0).data(Qt::DecorationRole).isNull()); // no image yet
        QImage image(200, 100, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter(&image).fillRect(QRect(20, 10, 40, 20), Qt::red); // the face's box in pixels
        model.setImage(image);
        const QImage thumb = model.index(0).data(Qt::DecorationRole).value<QImage>();
        QCOMPARE(thumb.size(), QSize(64, 64));
        QCOMPARE(thumb.pixelColor(32, 32), QColor(Qt::red));
        QCOMPARE(thumb.pixelColor(2, 32), QColor(Qt::white)); // a little of the surroundings
        QVERIFY(doc.addFace(QRectF(0.5, 0.5, 0.1, 0.1)));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(1).data(FaceListModel::ManualRole).toBool());
        QVERIFY(doc.toggleAnonymize(0));
        QVERIFY(!model.index(0).data(FaceListModel::AnonymizeRole).toBool());
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Kept visible\ndetector 91%"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Blurred\ndrawn by you"));
        // Review order: blurred before kept.
        QVERIFY(model.index(1).data(FaceListModel::ReviewOrderRole).toInt()
                < model.index(0).data(FaceListModel::ReviewOrderRole).toInt());
        QVERIFY(doc.removeFace(0));
        QCOMPARE(model.rowCount(), 1);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data(FaceListModel::AnonymizeRole).toBool());
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void activityLogAsCsv()
    {
        m_db->logActivity(QStringLiteral("export"), QStringLiteral("a, \"quoted\"\nmessage"), 7);
        ActivityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(*m_db));
        QCOMPARE(model.rowCount(), 6); // five imports and the export
        QCOMPARE(model.index(0, ActivityModel::KindColumn).data().toString(), QStringLiteral("Export"));
        // The photo is named by its file, not its id (7 is not in the library).
        QVERIFY2(model.index(0, ActivityModel::PhotoColumn).data().toString().contains(QLatin1String("7")),
                 qPrintable(model.index(0, ActivityModel::PhotoColumn).data().toString()));
        const ActivityEntry &imported = model.entries().last();
        QVERIFY(imported.photoId > 0);
        QCOMPARE(model.index(model.rowCount() - 1, ActivityModel::PhotoColumn).data().toString(),
                 QFileInfo(imported.message).fileName());
        const QList<QByteArray> lines = model.toCsv().split('\n');
        QCOMPARE(lines.first(), QByteArray("time,kind,photo_id,message,file\r"));
        QVERIFY(lines.at(1).contains(",export,7,\"a, \"\"quoted\"\"")); // RFC 4180 quoting
        QCOMPARE(model.toCsv().count("import,"), 5);
    }

    // An exported photo is shown Changed since export when its boxes are no longer those
    // its last export recorded (whatever their order), and Exported again when they are.
    void exportStateFromTheExportRecord()
    {
        const qint64 id = m_ids.value(QStringLiteral("Canon_PowerShot_S40.jpg"));
        PhotoRepository repo(*m_db);
        QList<FaceBox> exported(2);
        exported[0].rect = QRectF(0.12345678901234567, 0.2, 0.1, 0.15);
        exported[0].score = 0.8765432109876543;
        exported[1].rect = QRectF(0.6, 0.3, 0.05, 0.07);
        exported[1].uncertain = true;
        QVERIFY(repo.replaceFaces(id, exported));
        const auto record = [&](const QList<FaceBox> &faces) {
            QList<BatchItem> items(1);
            items[0].photoId = id;
            items[0].inputPath = QStringLiteral("/in.jpg");
            items[0].result.insert(QStringLiteral("faces"), facesToJson(faces));
            QVERIFY(batchstore::create(*m_db, QStringLiteral("anonymize"), {}, items) > 0);
            items[0].state = ItemState::Exported;
            QVERIFY(batchstore::updateItem(*m_db, items[0]));
            QVERIFY(repo.setReviewStatus(id, ReviewStatus::Exported));
        };
        const auto shown = [&] {
            const auto one = queryPhotoRow(*m_db, id);
            for (const PhotoRow &r : queryPhotoRows(*m_db))
                if (r.id == id && (!one || r.status != one->status))
                    return -1; // the grid's load and a row's refresh disagree
            return one ? int(one->status) : -1;
        };
        const int changed = int(ReviewStatus::ChangedSinceExport), same = int(ReviewStatus::Exported);
        QCOMPARE(shown(), int(ReviewStatus::New)); // never exported
        record(exported);
        QCOMPARE(shown(), same);
        QCOMPARE(lastExportedBoxes(*m_db, id)->size(), 2);

        QList<FaceBox> now = repo.faces(id);
        now.append(FaceBox{.rect = QRectF(0.3, 0.3, 0.1, 0.1), .origin = FaceOrigin::Manual}); // a missed face
        QVERIFY(repo.replaceFaces(id, now));
        QCOMPARE(shown(), changed);
        QList<FaceBox> back = {exported[1], exported[0]}; // undone, in another order
        QVERIFY(repo.replaceFaces(id, back));
        QCOMPARE(shown(), same);
        back[1].anonymize = false; // kept visible
        QVERIFY(repo.replaceFaces(id, back));
        QCOMPARE(shown(), changed);
        back[1].anonymize = true;
        back[0].uncertain = false; // the candidate accepted
        QVERIFY(repo.replaceFaces(id, back));
        QCOMPARE(shown(), changed);
        QVERIFY(repo.setReviewStatus(id, ReviewStatus::Reviewed)); // reviewed since: still changed
        QCOMPARE(shown(), changed);
        QVERIFY(repo.setReviewStatus(id, ReviewStatus::NeedsReview)); // new candidates: that comes first
        QCOMPARE(shown(), int(ReviewStatus::NeedsReview));
        record(repo.faces(id)); // exported again: the latest export counts
        QCOMPARE(shown(), same);
        QVERIFY(repo.setReviewStatus(id, ReviewStatus::Reviewed)); // reviewed, unchanged: still as exported
        QCOMPARE(shown(), same);
        QVERIFY(repo.replaceFaces(id, exported)); // the first export's boxes: not the last one's
        QCOMPARE(shown(), changed);
    }
};

QTEST_GUILESS_MAIN(TestPhotoModels)
#include "tst_photomodels.moc"
