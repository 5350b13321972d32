// The sync panel against the loopback test server: connect, live state, push of a
// selection, the per-batch confirmation for originals.
#include "faceblurtestserver.h"
#include "synctestutil.h"

#include "dialoghooks.h"
#include "library/database.h"
#include "library/importer.h"
#include "sync/syncengine.h"
#include "sync/tokenstore.h"
#include "syncpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestSyncPanel : public QObject
{
    Q_OBJECT

private slots:
    void pushTheSelectionOnlyAfterConfirmingOriginals()
    {
        FaceBlurTestServer server;
        QVERIFY(server.listen());
        server.registerUser(QStringLiteral("alice"));
        QTemporaryDir dir;
        veil::LibraryDatabase db(dir.filePath(QStringLiteral("lib.sqlite")));
        QString error;
        QVERIFY(db.open(&error));
        veil::Importer importer(db, nullptr);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            const QString path = dir.filePath(QStringLiteral("p%1.jpg").arg(i));
            QVERIFY(veil::test::writeSmallJpeg(path, 300 + i));
            const auto r = importer.importFile(path);
            QVERIFY2(r.photoId > 0, qPrintable(r.error));
            ids.append(r.photoId);
        }
        veil::sync::MemoryTokenStore tokens(server.makeToken(QStringLiteral("alice")));
        veil::ui::SyncPanel panel(db, [&] { return ids; }, tokens);
        panel.show();

        panel.serverEdit()->setText(QStringLiteral("http://faceblur.example.com"));
        QTest::mouseClick(panel.connectButton(), Qt::LeftButton);
        QVERIFY(panel.messageText().contains(QStringLiteral("refusing unencrypted")));

        panel.serverEdit()->setText(server.url().toString());
        QTest::mouseClick(panel.connectButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel.stateText(), QStringLiteral("Connected (live)"), 10000);

        // Without a verified export nothing is sent.
        QTest::mouseClick(panel.pushButton(), Qt::LeftButton);
        QVERIFY2(panel.messageText().contains(QStringLiteral("without a verified export")), qPrintable(panel.messageText()));

        // Originals: declining the confirmation sends nothing, accepting sends the batch.
        panel.originalsBox()->setChecked(true);
        veil::ui::Dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(panel.pushButton(), Qt::LeftButton);
        QCOMPARE(panel.engine()->outbox().entries().size(), 0);
        veil::ui::Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(panel.pushButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(int(server.images().size()), 3, 20000);
        // Pushing again is a no-op: never twice.
        veil::ui::Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(panel.pushButton(), Qt::LeftButton);
        QVERIFY(panel.messageText().contains(QStringLiteral("3 already pushed")));
        QTest::qWait(200);
        QCOMPARE(int(server.images().size()), 3);
    }
};

QTEST_MAIN(TestSyncPanel)
#include "tst_syncpanel.moc"
