#include "allocator.h"
#include "command.h"

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    veil::tuneAllocatorForLargeImages();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Veil"));
    QCoreApplication::setApplicationName(QStringLiteral("veil"));
    veil::i18n::installTranslators(app, veil::i18n::languageSetting());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return veil::cli::runCli(QCoreApplication::arguments(), out, err);
}
