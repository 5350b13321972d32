// The main window's surfaces around the review (offscreen, real widgets): the library's
// context menu and Export button, the Tools menu, the search box's room, "No faces found"
// apart from "New", the activity log with file names and review edits, the statistics'
// axis titles and explained face count, the Sync panel hidden until a server is set and
// its keychain error explained.
#include "../testutil.h"
#include "activitydialog.h"
#include "editor/editorpage.h"
#include "edits/photodocument.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "i18n/translations.h"
#include "library/database.h"
#include "library/photorepository.h"
#include "librarypage.h"
#include "mainwindow.h"
#include "models/activitymodel.h"
#include "models/photofiltermodel.h"
#include "models/photolistmodel.h"
#include "photodelegate.h"
#include "settings/settings.h"
#include "statisticsview.h"
#include "sync/tokenstore.h"
#include "syncpanel.h"

#include <QAbstractAxis>
#include <QAction>
#include <QChartView>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QValueAxis>
#include <cmath>

using namespace veil;
using namespace veil::ui;

namespace {
// A keychain that cannot be read, as on a desktop without a Secret Service running.
class BrokenKeychain : public sync::TokenStore
{
public:
    void read(const QString &, QObject *, ReadCallback done) override
    {
        done({}, QStringLiteral("cannot read the token from the system keychain: Unknown error"));
    }
    void write(const QString &, const QString &, QObject *, WriteCallback done) override { done(QStringLiteral("no")); }
};
} // namespace

class TestSurfaces : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

    QString libraryPath() const { return m_dir->filePath(QStringLiteral("lib.sqlite")); }

    static void importAndWait(MainWindow &window, const QStringList &paths, int expected)
    {
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importPaths(paths);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QTRY_COMPARE(window.photoModel()->rowCount(), expected);
    }

    static QModelIndex indexOf(MainWindow &window, const QString &fileName)
    {
        for (int i = 0; i < window.filterModel()->rowCount(); ++i)
            if (window.filterModel()->index(i, 0).data().toString() == fileName)
                return window.filterModel()->index(i, 0);
        return {};
    }

private slots:
    void initTestCase() { veil::i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("veil.ini")), QSettings::IniFormat);
        Settings(m_settings.get()).setValue(SettingKeys::DetectOnImport, false);
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void libraryMenusAndButtons()
    {
        MainWindow window(libraryPath(), m_settings.get());
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        importAndWait(window, {test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg"))}, 1);

        // The search box has room for a file name beside the filters.
        auto *search = window.libraryPage()->filterBar()->findChild<QLineEdit *>();
        QVERIFY(search);
        QVERIFY2(search->width() >= 150, qPrintable(QString::number(search->width())));

        // The grid's context menu holds the photo actions and Export.
        QMenu *context = window.libraryPage()->contextMenu();
        QVERIFY(context->actions().contains(window.exportAction()));
        QVERIFY(context->actions().size() >= 9);
        QListView *grid = window.libraryPage()->grid();
        QSignalSpy shown(context, &QMenu::aboutToShow);
        const QRect first = grid->visualRect(window.filterModel()->index(0, 0));
        emit grid->customContextMenuRequested(first.center());
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(grid->currentIndex().row(), 0); // the photo under the click is the one acted on
        context->close();

        // The Tools menu is not empty; the Export button opens the export dialog.
        QMenu *tools = nullptr;
        for (QAction *a : window.menuBar()->actions())
            if (a->menu() && a->menu() == window.toolsMenu())
                tools = a->menu();
        QVERIFY(tools);
        QVERIFY(tools->actions().size() >= 3);
        QVERIFY(window.libraryPage()->exportButton()->isVisible());
        QTest::mouseClick(window.libraryPage()->exportButton(), Qt::LeftButton);
        auto *dialog = window.findChild<ExportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->close();
    }

    void editorToolbarExports()
    {
        MainWindow window(libraryPath(), m_settings.get());
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        importAndWait(window,
                      {test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg")),
                       test::samplesPath(QStringLiteral("jpg/Nikon_D70.jpg"))},
                      2);
        const qint64 id = indexOf(window, QStringLiteral("Nikon_D70.jpg")).data(PhotoListModel::IdRole).toLongLong();
        FaceBox candidate;
        candidate.rect = QRectF(0.6, 0.3, 0.1, 0.12);
        candidate.score = 0.4;
        candidate.uncertain = true;
        QList<FaceBox> faces(12, candidate);
        for (int i = 0; i < faces.size(); ++i)
            faces[i].rect.moveLeft(0.07 * i);
        QVERIFY(PhotoRepository(window.database()).replaceFaces(id, faces));
        QSignalSpy loaded(window.editor(), &EditorPage::photoLoaded);
        window.openPhoto(id);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);

        // The job ends in the editor: its toolbar has Export, visible at the window's default size.
        auto *button = qobject_cast<QToolButton *>(window.editor()->toolBar()->widgetForAction(window.exportAction()));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY2(window.editor()->toolBar()->rect().contains(button->geometry()),
                 "the Export button is cut off (in the toolbar's overflow menu)");
        QVERIFY(!button->text().contains(QLatin1Char('&')));
        // Deciding the candidates changes "Blur 12 remaining and next" to "Reviewed, next photo":
        // the buttons after it (Export among them) stay where they are.
        QCOMPARE(window.editor()->acceptAndNextAction()->text(), QStringLiteral("Blur 12 remaining and next"));
        const QRect before = button->geometry();
        for (int i = 0; i < faces.size(); ++i)
            QVERIFY(window.editor()->document()->acceptCandidate(i));
        QTRY_COMPARE(window.editor()->acceptAndNextAction()->text(), QStringLiteral("Reviewed, next photo"));
        QCoreApplication::processEvents();
        QCOMPARE(button->geometry(), before);
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = window.findChild<ExportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // It exports the photo in the editor, not the library's selection.
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Export 1 Photo"));
        dialog->close();
    }

    void noFacesFoundIsNotNew()
    {
        MainWindow window(libraryPath(), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString nikon = test::samplesPath(QStringLiteral("jpg/Nikon_D70.jpg"));
        const QString canon = test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg"));
        importAndWait(window, {canon, nikon}, 2);
        // Only Nikon_D70 is scanned (no face in it, not even an uncertain candidate).
        QSignalSpy detected(&window, &MainWindow::detectionFinished);
        window.detectFaces(
            {indexOf(window, QStringLiteral("Nikon_D70.jpg")).data(PhotoListModel::IdRole).toLongLong()});
        QTRY_COMPARE_WITH_TIMEOUT(detected.count(), 1, 120000);
        QTRY_VERIFY(
            indexOf(window, QStringLiteral("Nikon_D70.jpg")).data(PhotoListModel::CheckedForFacesRole).toBool());
        QCOMPARE(indexOf(window, QStringLiteral("Nikon_D70.jpg")).data(PhotoListModel::FaceCountRole).toInt(), 0);
        QCOMPARE(PhotoDelegate::statusBadgeText(indexOf(window, QStringLiteral("Nikon_D70.jpg"))),
                 QStringLiteral("No faces found"));
        QCOMPARE(PhotoDelegate::statusBadgeText(indexOf(window, QStringLiteral("Canon_40D.jpg"))),
                 QStringLiteral("New"));
        // Survives a reload (read from the library, not kept in memory).
        QSignalSpy reloaded(&window, &MainWindow::libraryReloaded);
        window.reloadLibrary();
        QTRY_COMPARE(reloaded.count(), 1);
        QCOMPARE(PhotoDelegate::statusBadgeText(indexOf(window, QStringLiteral("Nikon_D70.jpg"))),
                 QStringLiteral("No faces found"));
    }

    void activityNamesFilesAndLogsReview()
    {
        MainWindow window(libraryPath(), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString parade = test::sharedPath(QStringLiteral("data/wider-dev/images/0_Parade_Parade_0_102.jpg"));
        importAndWait(window, {parade}, 1);
        const qint64 id = window.photoModel()->rows().first().id;
        FaceBox candidate;
        candidate.rect = QRectF(0.6, 0.3, 0.1, 0.12);
        candidate.score = 0.4;
        candidate.uncertain = true;
        FaceBox other = candidate;
        other.rect = QRectF(0.1, 0.5, 0.1, 0.12);
        // Two possible faces (weak detections, visible unless accepted): one accepted, one rejected.
        FaceBox possible;
        possible.rect = QRectF(0.4, 0.7, 0.05, 0.06);
        possible.score = 0.25;
        possible.possible = true;
        possible.anonymize = false;
        FaceBox possibleToo = possible;
        possibleToo.rect = QRectF(0.8, 0.7, 0.05, 0.06);
        QList<FaceBox> faces{candidate, other, possible, possibleToo};
        QVERIFY(PhotoRepository(window.database()).replaceFaces(id, faces));

        QSignalSpy loaded(window.editor(), &EditorPage::photoLoaded);
        window.openPhoto(id);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        PhotoDocument *doc = window.editor()->document();
        QVERIFY(doc->acceptCandidate(0));
        QVERIFY(doc->rejectCandidate(1));
        int possibleIndex = -1, possibleTooIndex = -1;
        for (int i = 0; i < doc->count(); ++i) {
            if (doc->face(i).possible && doc->face(i).rect.left() < 0.5)
                possibleIndex = i;
            else if (doc->face(i).possible)
                possibleTooIndex = i;
        }
        QVERIFY(possibleIndex >= 0 && possibleTooIndex >= 0);
        QVERIFY(doc->acceptCandidate(possibleIndex));
        QVERIFY(doc->rejectCandidate(possibleTooIndex));
        QVERIFY(doc->addFace(QRectF(0.3, 0.3, 0.1, 0.1)));
        QString error;
        QVERIFY2(window.editor()->save(&error), qPrintable(error));

        ActivityModel model;
        QVERIFY(model.reload(window.database()));
        QCOMPARE(model.entries().first().kind, QStringLiteral("review"));
        QCOMPARE(model.index(0, ActivityModel::MessageColumn).data().toString(),
                 QStringLiteral("0_Parade_Parade_0_102.jpg: 1 face added, 1 candidate accepted, 1 candidate rejected, "
                                "1 possible face accepted, 1 possible face rejected"));
        QCOMPARE(model.index(0, ActivityModel::KindColumn).data().toString(), QStringLiteral("Review"));
        // Every row names the photo by its file, the import as well.
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, ActivityModel::PhotoColumn).data().toString(),
                     QStringLiteral("0_Parade_Parade_0_102.jpg"));
        // Saving again without a change adds nothing.
        QVERIFY(window.editor()->save(&error));
        QVERIFY(model.reload(window.database()));
        QCOMPARE(model.rowCount(), 2);
    }

    void statisticsExplained()
    {
        MainWindow window(libraryPath(), m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        importAndWait(window, {test::sharedPath(QStringLiteral("data/wider-dev/images/0_Parade_Parade_0_102.jpg"))}, 1);
        FaceBox hidden, kept;
        hidden.rect = QRectF(0.1, 0.1, 0.1, 0.1);
        kept.rect = QRectF(0.5, 0.5, 0.1, 0.1);
        kept.anonymize = false;
        QList<FaceBox> faces{hidden, kept};
        QVERIFY(PhotoRepository(window.database()).replaceFaces(window.photoModel()->rows().first().id, faces));
        QSignalSpy refreshed(window.statistics(), &StatisticsView::refreshed);
        window.showPage(MainWindow::Page::Statistics);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 30000);
        int axes = 0, countAxes = 0;
        for (const QChartView *view : window.statistics()->findChildren<QChartView *>())
            for (QAbstractAxis *axis : view->chart()->axes()) {
                ++axes;
                QVERIFY2(!axis->titleText().isEmpty(), qPrintable(view->chart()->title()));
                // Counts of photos: every tick on a whole number, so no label repeats ("0 0 1 1").
                auto *values = qobject_cast<QValueAxis *>(axis);
                if (values && axis->type() == QAbstractAxis::AxisTypeValue) { // not the days' QCategoryAxis
                    ++countAxes;
                    QCOMPARE(values->tickType(), QValueAxis::TicksDynamic);
                    QCOMPARE(values->min(), 0.0);
                    QVERIFY2(values->tickInterval() >= 1 &&
                                 values->tickInterval() == std::floor(values->tickInterval()),
                             qPrintable(view->chart()->title()));
                }
            }
        QCOMPARE(axes, 4);
        QCOMPARE(countAxes, 2); // photos per camera model, photos imported per day
        // "1 of 2" comes with what it counts.
        QStringList texts;
        for (const QLabel *l : window.statistics()->findChildren<QLabel *>())
            texts << l->text();
        const QString all = texts.join('\n');
        QVERIFY2(all.contains(QLatin1String("1 of 2")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("1 of the 2 confirmed faces are blurred on export, 1 kept visible")),
                 qPrintable(all));
    }

    void syncPanelHiddenUntilAServerIsSet()
    {
        BrokenKeychain keychain;
        {
            MainWindow window(libraryPath(), m_settings.get());
            SyncPanel *panel = window.installSyncPanel(keychain);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(!panel->isVisible());
            QVERIFY(!panel->toggleViewAction()->isVisible());
        }
        Settings(m_settings.get()).setValue(SettingKeys::SyncServer, QStringLiteral("https://blur.example.org"));
        MainWindow window(libraryPath(), m_settings.get());
        SyncPanel *panel = window.installSyncPanel(keychain);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->serverEdit()->text(), QStringLiteral("https://blur.example.org"));
        // Sending originals is behind "Advanced".
        QVERIFY(!panel->originalsBox()->isVisible());
        panel->advancedButton()->click();
        QVERIFY(panel->originalsBox()->isVisible());
        panel->advancedButton()->click();
        QVERIFY(!panel->originalsBox()->isVisible());
        QVERIFY(!panel->originalsBox()->isChecked());

        // A keychain that cannot be read: what it means and what to do, and a way on.
        QVERIFY(!panel->tokenButton()->isVisible());
        panel->connectToServer();
        QVERIFY2(panel->messageText().contains(QLatin1String("Unknown error")) &&
                     panel->messageText().contains(QLatin1String("keychain service")) &&
                     panel->messageText().contains(QLatin1String("Enter Token")),
                 qPrintable(panel->messageText()));
        QVERIFY(panel->tokenButton()->isVisible());
    }
};

QTEST_MAIN(TestSurfaces)
#include "tst_surfaces.moc"
