// Originals are only ever read (issue 10). Hashes every input file of the shared sample
// sets (exif-samples and wider-dev, every file, images or not) and the listings of their
// folders, then runs on those real files, in place:
//   - `veil-cli import` of both folders (processes),
//   - `veil-cli detect` and `veil-cli anonymize` of a mix of formats (processes),
//   - exportPhoto() with the real detector (objects, the GUI export dialog's unit),
//   - `veil-cli sync push --originals` and `veil-cli sync push ID` (the exports) against
//     FaceBlurTestServer over loopback (processes; the server answers in this process),
// and checks that every file is byte-identical, keeps its size and modification time,
// and that no file appeared in or vanished from the input folders. The server must also
// have received exactly the original bytes.
#include "faceblurtestserver.h"
#include "../testutil.h"

#include "detect/facedetector.h"
#include "export/exportphoto.h"
#include "library/database.h"
#include "library/photorepository.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestOriginals : public QObject
{
    Q_OBJECT

    struct Fingerprint
    {
        QByteArray sha256;
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const Fingerprint &o) const
        {
            return sha256 == o.sha256 && size == o.size && modified == o.modified;
        }
    };

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    QStringList m_folders;
    QMap<QString, Fingerprint> m_before; // every file under m_folders
    FaceBlurTestServer m_server;

    static QMap<QString, Fingerprint> fingerprints(const QStringList &folders)
    {
        QMap<QString, Fingerprint> map;
        for (const QString &folder : folders) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QFileInfo info(path);
                map.insert(path, {veil::test::fileSha256(path), info.size(), info.lastModified()});
            }
        }
        return map;
    }

    static QString wider(const QString &name) { return veil::test::sharedPath(QStringLiteral("data/wider-dev/images/") + name); }

    // Runs veil-cli with the event loop turning, so the test server can answer it.
    Run cli(const QStringList &args, int timeoutMs = 600000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VEIL_LIBRARY"), m_dir.filePath(QStringLiteral("library.sqlite")));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("VEIL_SYNC_TOKEN"), m_server.makeToken(QStringLiteral("alice")));
        env.insert(QStringLiteral("VEIL_SYNC_RETRY_BASE_MS"), QStringLiteral("10"));
        env.insert(QStringLiteral("VEIL_SYNC_RETRY_CAP_MS"), QStringLiteral("200"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VEIL_TEST_BIN_DIR "/veil-cli"), args);
        Run r;
        if (!p.waitForStarted())
            return r;
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < timeoutMs)
            QTest::qWait(20);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QString show(const Run &r) { return QString::fromUtf8(r.out.right(3000) + r.err.right(3000)); }

    void expectUntouched(const char *stage)
    {
        const QMap<QString, Fingerprint> now = fingerprints(m_folders);
        QCOMPARE(now.keys(), m_before.keys()); // nothing appeared, nothing vanished
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
            QVERIFY2(now.value(it.key()) == it.value(), qPrintable(QStringLiteral("%1: %2 changed").arg(QLatin1String(stage), it.key())));
    }

    // The library's photos: canonical path -> id.
    QHash<QString, qint64> photoIds()
    {
        const Run r = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QHash<QString, qint64> ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("photos")).toArray())
            ids.insert(QFileInfo(v.toObject().value(QStringLiteral("path")).toString()).canonicalFilePath(),
                       v.toObject().value(QStringLiteral("id")).toInteger());
        return ids;
    }

    QList<qint64> m_exportedIds; // library photos anonymized with --from-library

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_folders = {veil::test::samplesPath(), veil::test::sharedPath(QStringLiteral("data/wider-dev"))};
        for (const QString &f : m_folders)
            QVERIFY2(QFileInfo(f).isDir(), qPrintable(f));
        m_before = fingerprints(m_folders);
        QVERIFY2(m_before.size() > 150, qPrintable(QString::number(m_before.size())));
        QVERIFY(m_server.listen());
        m_server.registerUser(QStringLiteral("alice"));
        m_server.setProcessingDelayMs(20);
    }

    void import()
    {
        const Run r = cli({QStringLiteral("import"), m_folders[0], m_folders[1]});
        // exif-samples holds a deliberately corrupted JPEG and text files: 2 = some failed.
        QVERIFY2(r.code == 0 || r.code == 2, qPrintable(show(r)));
        QVERIFY2(photoIds().size() >= 170, qPrintable(show(r)));
        expectUntouched("import");
    }

    void detect()
    {
        const Run r = cli({QStringLiteral("detect"), wider(QStringLiteral("0_Parade_Parade_0_102.jpg")),
                           wider(QStringLiteral("0_Parade_Parade_0_137.jpg")),
                           veil::test::samplesPath(QStringLiteral("jpg/gps/DSCN0025.jpg")),
                           veil::test::samplesPath(QStringLiteral("jpg/orientation/portrait_6.jpg")),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        QVERIFY2(r.out.contains("0_Parade_Parade_0_102.jpg"), qPrintable(show(r)));
        expectUntouched("detect");
    }

    void anonymize()
    {
        // Files given on the command line: JPEGs with GPS and orientation, HEIF, TIFF with a non-ASCII name.
        const QString out = m_dir.filePath(QStringLiteral("anonymized"));
        const QStringList inputs = {wider(QStringLiteral("0_Parade_Parade_0_266.jpg")),
                                    veil::test::samplesPath(QStringLiteral("jpg/gps/DSCN0025.jpg")),
                                    veil::test::samplesPath(QStringLiteral("jpg/orientation/portrait_6.jpg")),
                                    veil::test::samplesPath(QStringLiteral("heic/samplefilehub.heif")),
                                    veil::test::samplesPath(QStringLiteral("tiff/Crémieux11.tiff"))};
        for (const QString &i : inputs)
            QVERIFY2(m_before.contains(i), qPrintable(i));
        Run r = cli(QStringList{QStringLiteral("anonymize")} + inputs
                    + QStringList{QStringLiteral("-o"), out, QStringLiteral("--method"), QStringLiteral("pixelate"),
                                  QStringLiteral("--jobs"), QStringLiteral("2")});
        // 2: verification may refuse an export (README, known limitations); nothing unsafe is written.
        QVERIFY2(r.code == 0 || r.code == 2, qPrintable(show(r)));
        QVERIFY2(!QDir(out).entryList(QDir::Files).isEmpty(), qPrintable(show(r)));
        expectUntouched("anonymize files");

        // Library photos, reviewed as in the editor (a box drawn on each, real repository
        // objects); their exports are recorded, and pushed below.
        const QHash<QString, qint64> ids = photoIds();
        QStringList args{QStringLiteral("anonymize"), QStringLiteral("--from-library")};
        {
            veil::LibraryDatabase db(m_dir.filePath(QStringLiteral("library.sqlite")));
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            veil::PhotoRepository photos(db);
            for (const QString &name : {QStringLiteral("0_Parade_Parade_0_102.jpg"), QStringLiteral("0_Parade_Parade_0_137.jpg")}) {
                const qint64 id = ids.value(QFileInfo(wider(name)).canonicalFilePath());
                QVERIFY2(id > 0, qPrintable(name));
                veil::FaceBox box;
                box.rect = QRectF(0.45, 0.3, 0.1, 0.12);
                box.origin = veil::FaceOrigin::Manual;
                QList<veil::FaceBox> faces{box};
                QVERIFY2(photos.replaceFaces(id, faces, &error), qPrintable(error));
                QVERIFY(photos.setReviewStatus(id, veil::ReviewStatus::Reviewed));
                m_exportedIds.append(id);
                args.append(QString::number(id));
            }
        }
        r = cli(args + QStringList{QStringLiteral("-o"), m_dir.filePath(QStringLiteral("from-library")), QStringLiteral("--method"),
                                   QStringLiteral("pixelate")});
        QVERIFY2(r.code == 0 || r.code == 2, qPrintable(show(r)));
        expectUntouched("anonymize library photos");
    }

    void exportPhotoObjects()
    {
        veil::DetectorOptions options;
        QStringList warnings;
        const auto detector = veil::FaceDetector::create(options, &warnings);
        QVERIFY2(detector, qPrintable(warnings.join(QLatin1Char('\n'))));
        const QString out = m_dir.filePath(QStringLiteral("exported"));
        QDir().mkpath(out);
        int written = 0;
        for (const QString &input : {wider(QStringLiteral("0_Parade_Parade_0_137.jpg")),
                                     veil::test::samplesPath(QStringLiteral("jpg/gps/DSCN0029.jpg")),
                                     veil::test::samplesPath(QStringLiteral("heic/samplefilehub.heif"))}) {
            veil::FaceBox centre;
            centre.rect = QRectF(0.4, 0.4, 0.2, 0.2);
            centre.anonymize = true;
            veil::ExportOptions exportOptions;
            exportOptions.obfuscation.method = veil::ObfuscationMethod::Pixelate;
            const veil::ExportResult r =
                exportPhoto({input, {}, QDir(out).filePath(QFileInfo(input).fileName()), {centre}}, exportOptions, detector.get());
            written += r.ok ? 1 : 0;
            QVERIFY2(r.ok || !r.error.isEmpty(), qPrintable(input));
        }
        QVERIFY(written > 0);
        expectUntouched("exportPhoto");
    }

    void syncPushOriginalsAndExports()
    {
        // Originals, into a library of their own (a photo has one outbox row per server).
        const QStringList originals = {wider(QStringLiteral("0_Parade_Parade_0_102.jpg")),
                                       veil::test::samplesPath(QStringLiteral("jpg/gps/DSCN0025.jpg")),
                                       veil::test::samplesPath(QStringLiteral("heic/samplefilehub.heif")),
                                       veil::test::samplesPath(QStringLiteral("tiff/Crémieux11.tiff"))};
        const QStringList present = originals;
        const QStringList server{QStringLiteral("--library"), m_dir.filePath(QStringLiteral("originals.sqlite")),
                                 QStringLiteral("sync"), QStringLiteral("--server"), m_server.url().toString()};
        Run r = cli(server + QStringList{QStringLiteral("push"), QStringLiteral("--originals")} + present, 300000);
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        QCOMPARE(m_server.images().size(), present.size());
        // The server holds exactly the originals' bytes.
        QSet<QByteArray> sent;
        for (const FaceBlurTestServer::Image &i : m_server.images())
            sent.insert(QCryptographicHash::hash(m_server.object(i.objectName), QCryptographicHash::Sha256).toHex());
        for (const QString &f : present)
            QVERIFY2(sent.contains(m_before.value(f).sha256), qPrintable(f));

        // The verified exports of the library photos, by id, from the main library.
        const QStringList mainServer{QStringLiteral("sync"), QStringLiteral("--server"), m_server.url().toString()};
        QVERIFY(!m_exportedIds.isEmpty());
        int pushed = 0;
        for (const qint64 id : std::as_const(m_exportedIds)) {
            const Run one = cli(mainServer + QStringList{QStringLiteral("push"), QString::number(id)}, 300000);
            // 2: this photo's export was refused by verification, so there is nothing to push.
            QVERIFY2(one.code == 0 || (one.code == 2 && one.out.contains("no verified anonymized export")), qPrintable(show(one)));
            pushed += one.code == 0 ? 1 : 0;
        }
        QVERIFY2(pushed > 0, "no verified export could be pushed");
        QCOMPARE(m_server.images().size(), present.size() + pushed);
        r = cli(mainServer + QStringList{QStringLiteral("pull"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("pulled"))},
                300000);
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        expectUntouched("sync push");
    }

    void cleanupTestCase()
    {
        // Whatever happened above, the originals are checked once more at the very end.
        expectUntouched("end");
    }
};

QTEST_GUILESS_MAIN(TestOriginals)
#include "tst_originals.moc"
