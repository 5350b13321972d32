// The grid's per-photo sync badges (issue 8): photos pushed from the real main window
// through its sync panel and the real sync engine to the loopback test server. The
// states are checked in the model's role data, in the text for tooltips and screen
// readers, and in the pixels of the rendered grid.
#include "dialoghooks.h"
#include "faceblurtestserver.h"
#include "library/database.h"
#include "library/importer.h"
#include "librarypage.h"
#include "mainwindow.h"
#include "models/photofiltermodel.h"
#include "models/photolistmodel.h"
#include "photodelegate.h"
#include "settings/settings.h"
#include "sync/syncstates.h"
#include "sync/tokenstore.h"
#include "syncpanel.h"
#include "synctestutil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;

class TestSyncBadges : public QObject
{
    Q_OBJECT

    // The state of the photo in the model, as the delegate reads it.
    static QString stateOf(ui::MainWindow &w, qint64 id)
    {
        return w.photoModel()->index(w.photoModel()->rowOf(id)).data(PhotoListModel::SyncStateRole).toString();
    }

    // The colour the grid shows inside the badge of photo `id` (left of its symbol).
    static QColor badgePixel(ui::MainWindow &w, qint64 id)
    {
        QListView *grid = w.libraryPage()->grid();
        const QModelIndex source = w.photoModel()->index(w.photoModel()->rowOf(id));
        const QRect item = grid->visualRect(w.filterModel()->mapFromSource(source));
        const QRect badge = w.libraryPage()->delegate()->syncBadgeRect(item);
        const QImage shot = grid->viewport()->grab().toImage();
        const qreal u = badge.width() / 20.0;
        const QPointF at = QRectF(badge).center() - QPointF(7.8 * u, 0);
        return shot.pixelColor((at * shot.devicePixelRatio()).toPoint());
    }

    static bool near(const QColor &a, const QColor &b)
    {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 30;
    }

    static QString describe(const QColor &c) { return c.name(); }

private slots:
    void badgesFollowThePushToTheServer()
    {
        FaceBlurTestServer server;
        QVERIFY(server.listen());
        server.registerUser(QStringLiteral("alice"));
        server.setProcessingDelayMs(2500); // long enough to see "pending"
        server.setFailEvery(2);            // the second submitted photo fails processing
        // Until the test lets go, every upload-url request fails: the photos wait queued.
        server.setFaultRoutes({QStringLiteral("/v1/image/upload-url/get")});
        server.setFaults(1.0, {FaceBlurTestServer::Fault::Error500});

        QTemporaryDir dir;
        const QString libraryPath = dir.filePath(QStringLiteral("lib.sqlite"));
        QList<qint64> ids;
        {
            LibraryDatabase db(libraryPath);
            QString error;
            QVERIFY(db.open(&error));
            Importer importer(db, nullptr);
            for (int i = 0; i < 4; ++i) {
                const QString path = dir.filePath(QStringLiteral("p%1.jpg").arg(i));
                QVERIFY(test::writeSmallJpeg(path, 700 + i));
                const auto r = importer.importFile(path);
                QVERIFY2(r.photoId > 0, qPrintable(r.error));
                ids.append(r.photoId);
            }
        }
        QSettings settings(dir.filePath(QStringLiteral("veil.ini")), QSettings::IniFormat);
        Settings(&settings).setValue(SettingKeys::DetectOnImport, false);
        ui::MainWindow window(libraryPath, &settings);
        QSignalSpy refreshed(&window, &ui::MainWindow::syncStatesRefreshed);
        QAbstractItemModelTester tester(window.photoModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        sync::MemoryTokenStore tokens(server.makeToken(QStringLiteral("alice")));
        ui::SyncPanel *panel = window.installSyncPanel(tokens);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.photoModel()->rowCount(), 4);
        QTRY_VERIFY(refreshed.count() >= 1);

        // Nothing pushed: no state and no badge.
        const QList<QColor> badgeColours{ui::PhotoDelegate::syncBadgeColor(sync::SyncBadge::Sending),
                                         ui::PhotoDelegate::syncBadgeColor(sync::SyncBadge::Processing),
                                         ui::PhotoDelegate::syncBadgeColor(sync::SyncBadge::Done),
                                         ui::PhotoDelegate::syncBadgeColor(sync::SyncBadge::Failed)};
        for (qint64 id : ids) {
            QVERIFY(stateOf(window, id).isEmpty());
            const QColor c = badgePixel(window, id);
            for (const QColor &b : badgeColours)
                QVERIFY2(!near(c, b), qPrintable(describe(c)));
        }

        // Push three of the four (originals, confirmed) from the grid's selection.
        QListView *grid = window.libraryPage()->grid();
        for (int i = 0; i < 3; ++i) {
            const QModelIndex index =
                window.filterModel()->mapFromSource(window.photoModel()->index(window.photoModel()->rowOf(ids[i])));
            grid->selectionModel()->select(index, QItemSelectionModel::Select);
        }
        panel->serverEdit()->setText(server.url().toString());
        QTest::mouseClick(panel->connectButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->pushButton()->isEnabled(), 10000);
        panel->originalsBox()->setChecked(true);
        ui::Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(panel->pushButton(), Qt::LeftButton);

        // Queued (the server refuses the upload URL): the blue "on its way" badge.
        for (int i = 0; i < 3; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, ids[i]), QStringLiteral("queued"), 5000);
        QVERIFY(stateOf(window, ids[3]).isEmpty());
        const QColor sending = ui::PhotoDelegate::syncBadgeColor(sync::SyncBadge::Sending);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(near(badgePixel(window, ids[i]), sending), qPrintable(describe(badgePixel(window, ids[i]))));
        const QModelIndex first = window.photoModel()->index(window.photoModel()->rowOf(ids[0]));
        QCOMPARE(first.data(Qt::AccessibleDescriptionRole).toString(), sync::syncStateText(QStringLiteral("queued")));
        QVERIFY(first.data(Qt::ToolTipRole).toString().endsWith(sync::syncStateText(QStringLiteral("queued"))));
        QVERIFY(window.photoModel()
                    ->index(window.photoModel()->rowOf(ids[3]))
                    .data(Qt::AccessibleDescriptionRole)
                    .isNull());
        QVERIFY(!near(badgePixel(window, ids[3]), sending));

        // The server lets them through: each is processed on the server ("pending")...
        server.setFaults(0, {});
        const QColor processing = ui::PhotoDelegate::syncBadgeColor(sync::SyncBadge::Processing);
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(stateOf(window, ids[i]) == QLatin1String("pending") ||
                                         stateOf(window, ids[i]) == QLatin1String("downloaded") ||
                                         stateOf(window, ids[i]) == QLatin1String("failed"),
                                     20000);
        }
        bool sawPending = false;
        for (int i = 0; i < 3; ++i)
            if (stateOf(window, ids[i]) == QLatin1String("pending")) {
                sawPending = true;
                QVERIFY2(near(badgePixel(window, ids[i]), processing),
                         qPrintable(describe(badgePixel(window, ids[i]))));
            }
        QVERIFY(sawPending);

        // ...then done and downloaded (green), or failed by the server (red).
        for (int i = 0; i < 3; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(stateOf(window, ids[i]) == QLatin1String("downloaded") ||
                                         stateOf(window, ids[i]) == QLatin1String("failed"),
                                     30000);
        int done = 0, failed = 0;
        for (int i = 0; i < 3; ++i) {
            const QString state = stateOf(window, ids[i]);
            const QColor expected = ui::PhotoDelegate::syncBadgeColor(
                state == QLatin1String("failed") ? sync::SyncBadge::Failed : sync::SyncBadge::Done);
            QVERIFY2(near(badgePixel(window, ids[i]), expected),
                     qPrintable(state + QLatin1Char(' ') + describe(badgePixel(window, ids[i]))));
            done += state == QLatin1String("downloaded");
            failed += state == QLatin1String("failed");
        }
        QCOMPARE(done, 2);
        QCOMPARE(failed, 1);
        QCOMPARE(int(server.images().size()), 3);
        QVERIFY(stateOf(window, ids[3]).isEmpty());
        // What the model caches is what the library says.
        LibraryDatabase check(libraryPath);
        QString error;
        QVERIFY(check.open(&error));
        const QHash<qint64, QString> stored = sync::photoSyncStates(check);
        for (qint64 id : ids)
            QCOMPARE(stateOf(window, id), stored.value(id));
    }
};

QTEST_MAIN(TestSyncBadges)
#include "tst_syncbadges.moc"
