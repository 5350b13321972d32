#include "translations.h"

#include "englishplurals.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace veil::i18n {

QStringList availableLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

QLocale uiLocale(const QString &languageOverride)
{
    const QString code = languageOverride.trimmed();
    if (code.isEmpty() || code == QLatin1String("system"))
        return QLocale::system();
    return QLocale(code);
}

QStringList translationsSearchPath()
{
    QStringList dirs;
    const QString fromEnv = qEnvironmentVariable("VEIL_TRANSLATIONS");
    if (!fromEnv.isEmpty())
        dirs << fromEnv;
    const QString exeDir = QCoreApplication::applicationDirPath();
    // <prefix>/bin/veil -> <prefix>/share/veil/translations; the build tree mirrors
    // that layout (build/bin and build/share), so one rule serves both.
    dirs << QDir::cleanPath(exeDir + QStringLiteral("/../") + QStringLiteral(VEIL_INSTALL_DATADIR)
                            + QStringLiteral("/veil/translations"));
    dirs << QDir::cleanPath(exeDir + QStringLiteral("/translations"));
    dirs << QStringLiteral(VEIL_BUILD_TRANSLATIONS_DIR);
    return dirs;
}

QString installTranslators(QCoreApplication &app, const QString &languageOverride)
{
    // A second call (the language changed in the settings) replaces the translators.
    const auto previous = app.findChildren<QTranslator *>(QStringLiteral("veil-translator"),
                                                          Qt::FindDirectChildrenOnly);
    for (QTranslator *t : previous) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }

    const QLocale locale = uiLocale(languageOverride);
    QLocale::setDefault(locale);

    // Qt's own strings (standard buttons, file dialogs) come from its translations folder.
    auto *qtTranslator = new QTranslator(&app);
    qtTranslator->setObjectName(QStringLiteral("veil-translator"));
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    // English is the source language: no file to load. Checking first also keeps a
    // secondary language in $LANGUAGE (say "en_GB:de") from winning over English.
    const QString first = locale.uiLanguages().value(0);
    const auto english = [&app] {
        auto *plurals = new EnglishPlurals(&app);
        plurals->setObjectName(QStringLiteral("veil-translator"));
        QCoreApplication::installTranslator(plurals);
        return QString();
    };
    if (locale.language() == QLocale::C || first.startsWith(QLatin1String("en")))
        return english();

    auto *veilTranslator = new QTranslator(&app);
    veilTranslator->setObjectName(QStringLiteral("veil-translator"));
    for (const QString &dir : translationsSearchPath()) {
        if (veilTranslator->load(locale, QStringLiteral("veil"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(veilTranslator);
            return veilTranslator->filePath();
        }
    }
    delete veilTranslator;
    return english(); // a language Veil has no translation for: English, with its plurals
}

QString languageSetting()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

} // namespace veil::i18n
