#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Veil"));
    QApplication::setApplicationName(QStringLiteral("veil"));
    QApplication::setApplicationDisplayName(QStringLiteral("Veil"));

    veil::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
