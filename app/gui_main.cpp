#include "allocator.h"
#include "mainwindow.h"
#include "sync/tokenstore.h"

#include "i18n/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    veil::tuneAllocatorForLargeImages();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Veil"));
    QApplication::setApplicationName(QStringLiteral("veil"));
    veil::i18n::installTranslators(app, veil::i18n::languageSetting());
    QApplication::setApplicationDisplayName(QStringLiteral("Veil"));
    // Matches the installed .desktop file and icon (packaging/linux, resources/).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.veil.Veil"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.veil.Veil"),
                                                 QIcon(QStringLiteral(":/icons/veil.svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Anonymize faces and metadata in photos"));
    parser.addHelpOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
                                           QApplication::translate("main", "The library file to open."),
                                           QStringLiteral("PATH"));
    // For the documentation's screenshots: show a page, save the window as PNG, quit.
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                       QApplication::translate("main", "library, library-menu, editor, statistics, export or export-done."),
                                       QStringLiteral("PAGE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main", "Save the window as PNG and quit."),
                                              QStringLiteral("FILE"));
    parser.addOptions({libraryOption, pageOption, screenshotOption});
    // "Open with Veil" from the desktop passes photos (the .desktop file's Exec=veil %F).
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Photos or folders to import."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    veil::sync::KeychainTokenStore syncTokens; // outlives the window and its sync panel
    veil::ui::MainWindow window(parser.value(libraryOption));
    if (window.isLibraryOpen())
        window.installSyncPanel(syncTokens);
    window.show();
    if (window.isLibraryOpen() && !parser.positionalArguments().isEmpty())
        window.importPaths(parser.positionalArguments());
    if (parser.isSet(pageOption) || parser.isSet(screenshotOption))
        window.showDocumentationPage(parser.value(pageOption), parser.value(screenshotOption));
    return QApplication::exec();
}
