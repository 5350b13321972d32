#include "command.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Veil"));
    QCoreApplication::setApplicationName(QStringLiteral("veil"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return veil::cli::runCli(QCoreApplication::arguments(), out, err);
}
