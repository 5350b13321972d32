#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsTitleAndEmptyState()
    {
        QTemporaryDir dir;
        veil::ui::MainWindow window(dir.filePath(QStringLiteral("lib.sqlite")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Veil"));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("0 photo")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
