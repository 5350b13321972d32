#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace veil::i18n {

// The languages Veil ships translations for, besides English (the source language).
QStringList availableLanguages();

// The locale the user interface uses: the override (a language code such as "de";
// empty or "system" means no override), else the system locale.
QLocale uiLocale(const QString &languageOverride);

// Folders searched for veil_<lang>.qm, in order: $VEIL_TRANSLATIONS, the installed
// share/veil/translations beside the executable, <exe dir>/translations (Windows
// deployments), the build tree's share/veil/translations.
QStringList translationsSearchPath();

// Loads veil_<lang>.qm and Qt's own qtbase_<lang>.qm for the locale and installs them
// on the application (the translators are children of the application), replacing
// those of an earlier call; also makes the locale QLocale's default. Returns the
// file of Veil's translation that was loaded, or an empty string when none was (English,
// or an unsupported language: the UI then stays in English).
QString installTranslators(QCoreApplication &app, const QString &languageOverride);

// The language override stored in the settings ("ui/language"), empty when none.
QString languageSetting();

} // namespace veil::i18n
