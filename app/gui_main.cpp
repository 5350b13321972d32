#include "mainwindow.h"

#include "i18n/translations.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Veil"));
    QApplication::setApplicationName(QStringLiteral("veil"));
    veil::i18n::installTranslators(app, veil::i18n::languageSetting());
    QApplication::setApplicationDisplayName(QStringLiteral("Veil"));
    // Matches the installed .desktop file and icon (packaging/linux, resources/).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.veil.Veil"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.veil.Veil"),
                                                 QIcon(QStringLiteral(":/icons/veil.svg"))));

    veil::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
