// veil-cli anonymize end to end, run as a user would: a face detected before is not
// detected after, batches go on past errors, outputs are never clobbered, and
// --from-library uses the reviewed boxes and records the export.
#include "../testutil.h"
#include "detect/facedetector.h"
#include "detect/fingerprint.h"
#include "export/verification.h"
#include "imaging/imageloader.h"
#include "library/database.h"
#include "library/photorepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace veil;

namespace {
const QStringList kFacePhotos = {QStringLiteral("9_Press_Conference_Press_Conference_9_196.jpg"),
                                 QStringLiteral("4_Dancing_Dancing_4_922.jpg"),
                                 QStringLiteral("2_Demonstration_Political_Rally_2_187.jpg")};

double iou(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    const double inter = i.width() * i.height();
    return inter / (a.width() * a.height() + b.width() * b.height() - inter);
}

QList<QRectF> confidentFaces(FaceDetector &detector, const QString &path)
{
    QList<QRectF> faces;
    for (const Detection &d : detector.detect(loadImage(path).image))
        if (d.score >= 0.5)
            faces.append(d.box);
    return faces;
}
} // namespace

class TestAnonymizeCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args, const QMap<QString, QString> &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
            env.insert(it.key(), it.value());
        env.insert(QStringLiteral("VEIL_LIBRARY"), m_dir.filePath(QStringLiteral("library.sqlite")));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VEIL_TEST_BIN_DIR "/veil-cli"), QStringList{QStringLiteral("anonymize")} + args);
        if (!p.waitForFinished(240000))
            qFatal("veil-cli timed out");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    Run veilCli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VEIL_LIBRARY"), m_dir.filePath(QStringLiteral("library.sqlite")));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VEIL_TEST_BIN_DIR "/veil-cli"), args);
        if (!p.waitForFinished(60000))
            qFatal("veil-cli timed out");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // `veil-cli list --json`: each photo's reviewStatus by id.
    QHash<qint64, QString> listedStatuses()
    {
        const Run r = veilCli({QStringLiteral("list"), QStringLiteral("--json")});
        QHash<qint64, QString> statuses;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("photos")).toArray())
            statuses.insert(v.toObject().value(QStringLiteral("id")).toInteger(),
                            v.toObject().value(QStringLiteral("reviewStatus")).toString());
        return statuses;
    }

    QString in(const QString &name) const { return m_dir.filePath(QStringLiteral("in/") + name); }

private slots:
    void initTestCase()
    {
        // in/a.jpg, in/sub/b.jpg, in/sub/c.jpg and a broken file in/sub/broken.jpg
        const QStringList targets = {QStringLiteral("a.jpg"), QStringLiteral("sub/b.jpg"), QStringLiteral("sub/c.jpg")};
        for (int i = 0; i < 3; ++i) {
            QDir().mkpath(QFileInfo(in(targets[i])).absolutePath());
            QVERIFY(QFile::copy(test::sharedPath(QStringLiteral("data/wider-dev/images/") + kFacePhotos[i]), in(targets[i])));
        }
        QVERIFY(test::writeFile(in(QStringLiteral("sub/broken.jpg")), QByteArray("\xFF\xD8\xFF\xE0 not really", 16)));
    }

    void usageErrors()
    {
        QCOMPARE(cli({in(QStringLiteral("a.jpg"))}).code, 1); // no -o
        QCOMPARE(cli({in(QStringLiteral("a.jpg")), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x")),
                      QStringLiteral("--method"), QStringLiteral("swirl")})
                     .code,
                 1);
        QCOMPARE(cli({in(QStringLiteral("a.jpg")), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x")),
                      QStringLiteral("--mask-scale"), QStringLiteral("0.5")})
                     .code,
                 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x"))));
    }

    void folderBatchHidesEveryDetectedFace()
    {
        const QString out = m_dir.filePath(QStringLiteral("out"));
        const QString report = m_dir.filePath(QStringLiteral("report.json"));
        QHash<QString, QByteArray> before;
        for (const QString &f : {QStringLiteral("a.jpg"), QStringLiteral("sub/b.jpg"), QStringLiteral("sub/c.jpg")})
            before.insert(f, test::fileSha256(in(f)));

        // The default method (blur), verified.
        const Run r = cli({m_dir.filePath(QStringLiteral("in")), QStringLiteral("-o"), out, QStringLiteral("--jobs"),
                           QStringLiteral("2"), QStringLiteral("--report"), report});
        QCOMPARE(r.code, 2); // broken.jpg failed, the rest went on
        QVERIFY2(r.out.contains(QStringLiteral("broken.jpg: error:")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty() || !r.err.contains(QLatin1Char('\r'))); // no progress bar off a terminal

        // The output tree mirrors the input tree.
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/a_anon.jpg")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/sub/b_anon.jpg")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/sub/c_anon.jpg")));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/sub/broken_anon.jpg")));
        QCOMPARE(QDir(out + QStringLiteral("/sub")).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temp files

        // The report: deterministic order, boxes, verification.
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonArray results = doc.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 4);
        QCOMPARE(doc.value(QStringLiteral("exported")).toInt(), 3);
        QStringList order;
        for (const QJsonValue &v : results)
            order << QFileInfo(v.toObject().value(QStringLiteral("input")).toString()).fileName();
        QCOMPARE(order, (QStringList{QStringLiteral("a.jpg"), QStringLiteral("b.jpg"), QStringLiteral("broken.jpg"),
                                     QStringLiteral("c.jpg")}));
        for (const QJsonValue &v : results) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("status")).toString() != QLatin1String("exported"))
                continue;
            QVERIFY(!o.value(QStringLiteral("anonymized")).toArray().isEmpty());
            QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("blur"));
            QCOMPARE(o.value(QStringLiteral("encodePath")).toString(), QStringLiteral("lossless"));
            const QJsonObject ver = o.value(QStringLiteral("verification")).toObject();
            QVERIFY(ver.value(QStringLiteral("passed")).toBool());
            QVERIFY(ver.value(QStringLiteral("facesChecked")).toBool());
        }

        // A face detected before is not detected after: the export's own check (each mask's
        // content shown to the real detector) finds faces in the originals and none in the
        // exports.
        auto detector = FaceDetector::create({});
        const QStringList outs = {out + QStringLiteral("/a_anon.jpg"), out + QStringLiteral("/sub/b_anon.jpg"),
                                  out + QStringLiteral("/sub/c_anon.jpg")};
        const QStringList ins = {in(QStringLiteral("a.jpg")), in(QStringLiteral("sub/b.jpg")), in(QStringLiteral("sub/c.jpg"))};
        int facesBefore = 0, seenBefore = 0, stillInPhoto = 0;
        for (int i = 0; i < 3; ++i) {
            const QList<QRectF> was = confidentFaces(*detector, ins[i]);
            const QSize size = loadImage(ins[i]).image.size();
            facesBefore += int(was.size());
            const VerificationResult original = verifyExport(test::readFile(ins[i]), size, was, {}, detector.get(), 0.5);
            const VerificationResult exported = verifyExport(test::readFile(outs[i]), size, was, {}, detector.get(), 0.5);
            seenBefore += int(original.facesFound.size());
            QVERIFY2(exported.facesChecked && exported.facesFound.isEmpty(), qPrintable(outs[i]));
            // In the whole photo the detector still reads a few blurred heads as faces, from
            // the hair and shoulders around them (docs/export.md has the rate): few, not none.
            const QList<QRectF> now = confidentFaces(*detector, outs[i]);
            for (const QRectF &a : was)
                stillInPhoto += std::any_of(now.begin(), now.end(), [&](const QRectF &b) { return iou(a, b) >= 0.3; });
        }
        QVERIFY(facesBefore >= 3);
        // (It sees about half of all faces: the cut-out loses the face's outline; 0 would mean
        // the check cannot fail.)
        QVERIFY2(seenBefore * 3 >= facesBefore, qPrintable(QStringLiteral("%1 of %2").arg(seenBefore).arg(facesBefore)));
        QVERIFY2(stillInPhoto * 4 <= facesBefore, qPrintable(QStringLiteral("%1 of %2").arg(stillInPhoto).arg(facesBefore)));
        // Originals untouched.
        for (auto it = before.begin(); it != before.end(); ++it)
            QCOMPARE(test::fileSha256(in(it.key())), it.value());
    }

    void existingOutputsAreKeptUnlessOverwrite()
    {
        const QString out = m_dir.filePath(QStringLiteral("out2"));
        const QString a = in(QStringLiteral("a.jpg"));
        QCOMPARE(cli({a, QStringLiteral("-o"), out, QStringLiteral("--method"), QStringLiteral("pixelate")}).code, 0);
        const QByteArray first = test::fileSha256(out + QStringLiteral("/a_anon.jpg"));
        const Run again = cli({a, QStringLiteral("-o"), out, QStringLiteral("--method"), QStringLiteral("solid")});
        QCOMPARE(again.code, 2);
        QVERIFY(again.out.contains(QStringLiteral("exists")));
        QCOMPARE(test::fileSha256(out + QStringLiteral("/a_anon.jpg")), first);
        QCOMPARE(cli({a, QStringLiteral("-o"), out, QStringLiteral("--method"), QStringLiteral("pixelate"),
                      QStringLiteral("--overwrite"), QStringLiteral("--format"), QStringLiteral("png")})
                     .code,
                 0);
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/a_anon.png")));
        // Writing into the input folder with a template equal to the input name is refused.
        const Run self = cli({a, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("in")), QStringLiteral("--name"),
                              QStringLiteral("{name}.{ext}"), QStringLiteral("--overwrite")});
        QCOMPARE(self.code, 2);
        QVERIFY(self.out.contains(QStringLiteral("originals are never written")));
    }

    // Issue 17: a file in the way that Veil did not write stops that photo with a clear
    // error, is left untouched, and stays an error when the job is run again; the
    // job's own outputs never count as conflicts.
    void foreignFileInTheWayIsAnErrorAndLeftAlone()
    {
        const QStringList photos = {in(QStringLiteral("a.jpg")), in(QStringLiteral("sub/b.jpg")),
                                    in(QStringLiteral("sub/c.jpg"))};
        // Where each photo's output goes, as the report of a first job says.
        const QString report = m_dir.filePath(QStringLiteral("names.json"));
        const QStringList fast = {QStringLiteral("--preset"), QStringLiteral("fast"), QStringLiteral("--jobs"),
                                  QStringLiteral("1")};
        QCOMPARE(cli(photos + fast + QStringList{QStringLiteral("-o"), m_dir.filePath(QStringLiteral("names")),
                                                  QStringLiteral("--report"), report})
                     .code,
                 0);
        QFile reportFile(report);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonArray results = QJsonDocument::fromJson(reportFile.readAll()).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        const QString bName = QFileInfo(results.at(1).toObject().value(QStringLiteral("output")).toString()).fileName();
        QVERIFY(!bName.isEmpty());

        const QString out = m_dir.filePath(QStringLiteral("foreign"));
        QDir().mkpath(out);
        const QString foreign = out + QLatin1Char('/') + bName;
        const QByteArray mine("not written by Veil, and not to be replaced");
        QVERIFY(test::writeFile(foreign, mine));
        const QStringList args = photos + fast + QStringList{QStringLiteral("-o"), out};
        for (int attempt = 0; attempt < 2; ++attempt) {
            const Run r = cli(args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.out.contains(photos[1] + QStringLiteral(": error: ")) && r.out.contains(foreign)
                         && r.out.contains(QStringLiteral("--overwrite")),
                     qPrintable(r.out));
            QVERIFY2(r.out.contains(QStringLiteral("2 exported, 1 failed")), qPrintable(r.out));
            QCOMPARE(test::readFile(foreign), mine);
            QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), 3); // no temporary left
            if (attempt == 1) // the same job again: continued, its own outputs are no conflict
                QVERIFY2(r.out.contains(QStringLiteral("exported earlier")) || r.out.contains(QStringLiteral("Continuing")),
                         qPrintable(r.out));
        }
        // The user moves the file away: the same command finishes the job.
        QVERIFY(QFile::rename(foreign, m_dir.filePath(QStringLiteral("moved.jpg"))));
        const Run done = cli(args);
        QVERIFY2(done.code == 0, qPrintable(done.out + done.err));
        QVERIFY(QFileInfo::exists(foreign));
        QVERIFY(test::readFile(foreign) != mine);
    }

    // The detector's fingerprint follows the model files' bytes, not their names.
    void detectorFingerprintFollowsTheModels()
    {
        QTemporaryDir a, b;
        for (const QString &name : {QStringLiteral("yunet-n.onnx"), QStringLiteral("yunet-2022mar.onnx")}) {
            QVERIFY(QFile::copy(test::sharedPath(QStringLiteral("models/") + name), a.filePath(name)));
            QVERIFY(QFile::copy(test::sharedPath(QStringLiteral("models/") + name), b.filePath(name)));
        }
        DetectorOptions inA, inB;
        inA.modelsDir = a.path();
        inB.modelsDir = b.path();
        QCOMPARE(detectorFingerprint(inA), detectorFingerprint(inB));
        DetectorOptions otherPreset = inA;
        otherPreset.preset = DetectionPreset::Fast;
        QVERIFY(detectorFingerprint(otherPreset) != detectorFingerprint(inA));
        // Another yunet-n.onnx (one byte more; a model upgrade as far as jobs care).
        QFile model(b.filePath(QStringLiteral("yunet-n.onnx")));
        QVERIFY(model.open(QIODevice::Append));
        model.write("\0", 1);
        model.close();
        QVERIFY(detectorFingerprint(inA) != detectorFingerprint(inB));
        QVERIFY(QFile::remove(b.filePath(QStringLiteral("yunet-n.onnx"))));
        QVERIFY(detectorFingerprint(inA) != detectorFingerprint(inB));
        // Export verification's network counts too.
        QVERIFY(QFile::copy(a.filePath(QStringLiteral("yunet-n.onnx")), b.filePath(QStringLiteral("yunet-n.onnx"))));
        QCOMPARE(detectorFingerprint(inA), detectorFingerprint(inB));
        QVERIFY(QFile::remove(b.filePath(QStringLiteral("yunet-2022mar.onnx"))));
        QVERIFY(detectorFingerprint(inA) != detectorFingerprint(inB));
    }

    // An export written by another detector (an older Veil, other models) is not the same
    // job done: the job run again with this detector does not adopt it, it stops at the
    // file in the way like any other, and --overwrite redoes it.
    void exportByAnotherDetectorIsNotAdopted()
    {
        const QString a = in(QStringLiteral("a.jpg"));
        const QString out = m_dir.filePath(QStringLiteral("upgrade"));
        const QString output = out + QStringLiteral("/a_anon.jpg");
        const QStringList args = {a, QStringLiteral("-o"), out, QStringLiteral("--preset"), QStringLiteral("fast")};
        QCOMPARE(cli(args).code, 0);
        const QByteArray first = test::fileSha256(output);
        const Run same = cli(args);
        QCOMPARE(same.code, 0);
        QVERIFY2(same.out.contains(QStringLiteral("exported earlier")), qPrintable(same.out));

        // Same Veil, same files, another detector (a tuning that changes nothing found).
        const QMap<QString, QString> other{{QStringLiteral("VEIL_DETECT_TUNING"), QStringLiteral("uncertain=0.35")}};
        const Run upgraded = cli(args, other);
        QCOMPARE(upgraded.code, 2);
        QVERIFY2(!upgraded.out.contains(QStringLiteral("exported earlier")), qPrintable(upgraded.out));
        QVERIFY2(upgraded.out.contains(QStringLiteral("--overwrite")), qPrintable(upgraded.out));
        QCOMPARE(test::fileSha256(output), first);

        const Run redone = cli(args + QStringList{QStringLiteral("--overwrite")}, other);
        QVERIFY2(redone.code == 0, qPrintable(redone.out + redone.err));
        QVERIFY2(!redone.out.contains(QStringLiteral("exported earlier")), qPrintable(redone.out));
        // And from then on that detector's job is done.
        const Run again = cli(args, other);
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("exported earlier")), qPrintable(again.out));
    }

    void fromLibraryUsesReviewedBoxes()
    {
        const QString library = m_dir.filePath(QStringLiteral("library.sqlite"));
        qint64 reviewed = 0, unreviewed = 0;
        {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("VEIL_LIBRARY"), library);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(VEIL_TEST_BIN_DIR "/veil-cli"),
                    {QStringLiteral("import"), in(QStringLiteral("a.jpg")), in(QStringLiteral("sub/b.jpg"))});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            LibraryDatabase db(library);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            PhotoRepository repo(db);
            for (const Photo &ph : repo.all()) {
                if (ph.path.endsWith(QLatin1String("a.jpg")))
                    reviewed = ph.id;
                else
                    unreviewed = ph.id;
            }
            // A manual box over the face, and one the user chose to keep.
            FaceBox manual;
            manual.rect = FaceBox::normalise(QRectF(116.6, 58.5, 149.1, 164.9), QSizeF(416, 416));
            manual.origin = FaceOrigin::Manual;
            FaceBox kept;
            kept.rect = QRectF(0.0, 0.0, 0.1, 0.1);
            kept.anonymize = false;
            QList<FaceBox> faces{manual, kept};
            QVERIFY(repo.replaceFaces(reviewed, faces));
            QVERIFY(repo.setReviewStatus(reviewed, ReviewStatus::Reviewed));
        }
        const QString out = m_dir.filePath(QStringLiteral("out3"));
        const QString report = m_dir.filePath(QStringLiteral("library-report.json"));
        const Run r = cli({QStringLiteral("--from-library"), QStringLiteral("-o"), out, QStringLiteral("--report"), report});
        QCOMPARE(r.code, 2); // the unreviewed photo is refused
        QVERIFY2(r.out.contains(QStringLiteral("has not been reviewed")), qPrintable(r.out));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray results = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("results")).toArray();
        QJsonObject mine;
        for (const QJsonValue &v : results)
            if (v.toObject().value(QStringLiteral("photoId")).toInteger() == reviewed)
                mine = v.toObject();
        QVERIFY2(mine.value(QStringLiteral("status")).toString() == QLatin1String("exported"),
                 qPrintable(mine.value(QStringLiteral("error")).toString()));
        const QJsonArray boxes = mine.value(QStringLiteral("anonymized")).toArray();
        QCOMPARE(boxes.size(), 1);
        QCOMPARE(boxes.first().toObject().value(QStringLiteral("x")).toDouble(), 116.6);
        QCOMPARE(mine.value(QStringLiteral("kept")).toArray().size(), 1);

        LibraryDatabase db(library);
        QString error;
        QVERIFY(db.open(&error));
        PhotoRepository repo(db);
        QCOMPARE(repo.photo(reviewed)->reviewStatus, ReviewStatus::Exported);
        QCOMPARE(repo.photo(unreviewed)->reviewStatus, ReviewStatus::New);
        QSqlQuery q(db.database());
        QVERIFY(q.exec(QStringLiteral("SELECT photo_id, verified, output_path FROM exports")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), reviewed);
        QCOMPARE(q.value(1).toInt(), 1);
        const QString output = q.value(2).toString();
        QVERIFY(QFileInfo::exists(output));
        QVERIFY(!q.next());

        // Issue 17: the same export again is done already; after a change in the review
        // the earlier output is not that export any more: a conflict, left untouched.
        const QStringList again{QStringLiteral("--from-library"), QString::number(reviewed), QStringLiteral("-o"), out};
        const Run same = cli(again);
        QVERIFY2(same.code == 0, qPrintable(same.out + same.err));
        QVERIFY2(same.out.contains(QStringLiteral("exported earlier")), qPrintable(same.out));
        const QByteArray before = test::fileSha256(output);
        FaceBox added;
        added.rect = QRectF(0.6, 0.6, 0.2, 0.2);
        added.origin = FaceOrigin::Manual;
        QList<FaceBox> faces = repo.faces(reviewed);
        faces.append(added);
        QVERIFY(repo.replaceFaces(reviewed, faces));
        const Run changed = cli(again);
        QCOMPARE(changed.code, 2);
        QVERIFY2(changed.out.contains(QStringLiteral("exists already")), qPrintable(changed.out));
        QCOMPARE(test::fileSha256(output), before);

        // veil-cli list shows what the app shows (library/exportstate.h): the photo is
        // changed since its export, stored "exported" or not; undoing the change makes it
        // exported again, and the photo never exported stays new.
        QCOMPARE(listedStatuses().value(reviewed), QStringLiteral("changed_since_export"));
        QCOMPARE(listedStatuses().value(unreviewed), QStringLiteral("new"));
        QCOMPARE(repo.photo(reviewed)->reviewStatus, ReviewStatus::Exported);
        const Run plain = veilCli({QStringLiteral("list")});
        QCOMPARE(plain.code, 0);
        const QStringList lines = plain.out.split(QLatin1Char('\n')).filter(QStringLiteral("changed_since_export"));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("%1\t").arg(reviewed)), qPrintable(plain.out));
        faces.removeLast();
        QVERIFY(repo.replaceFaces(reviewed, faces));
        QCOMPARE(listedStatuses().value(reviewed), QStringLiteral("exported"));
        QVERIFY(!veilCli({QStringLiteral("list")}).out.contains(QStringLiteral("changed_since_export")));
    }
};

QTEST_GUILESS_MAIN(TestAnonymizeCli)
#include "tst_anonymizecli.moc"
