// The translator loading of core/i18n against the .qm files built from translations/.
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTest>
#include <QTranslator>

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv("VEIL_TRANSLATIONS"); }
    void cleanupTestCase() { veil::i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }

    void overrideLoadsThatLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("models");
        QTest::newRow("de") << "de" << "Modelle: %1";
        QTest::newRow("fr") << "fr" << "Modèles : %1";
        QTest::newRow("es") << "es" << "Modelos: %1";
    }

    void overrideLoadsThatLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, models);
        const QString file = veil::i18n::installTranslators(*QCoreApplication::instance(), language);
        QCOMPARE(QFileInfo(file).fileName(), QStringLiteral("veil_%1.qm").arg(language));
        QCOMPARE(QCoreApplication::translate("cli", "Models: %1"), models);
        QCOMPARE(QLocale().language(), QLocale(language).language());
    }

    void switchingBackToEnglishRemovesTheTranslation()
    {
        QVERIFY(!veil::i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("de")).isEmpty());
        QVERIFY(veil::i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")).isEmpty());
        QCOMPARE(QCoreApplication::translate("cli", "Models: %1"), QStringLiteral("Models: %1"));
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (const QTranslator *t : translators)
            QVERIFY(!t->filePath().contains(QLatin1String("veil_")));
    }

    void englishHasPlurals()
    {
        // English has no .qm file; its plurals must still not read "1 photo(s)".
        QVERIFY(veil::i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")).isEmpty());
        QCOMPARE(QCoreApplication::translate("veil::ui::MainWindow", "%n photo(s) left to review", nullptr, 1),
                 QStringLiteral("1 photo left to review"));
        QCOMPARE(QCoreApplication::translate("veil::ui::MainWindow", "%n photo(s) left to review", nullptr, 0),
                 QStringLiteral("0 photos left to review"));
        QCOMPARE(QCoreApplication::translate("x", "%n box(es) moved", nullptr, 3), QStringLiteral("3 boxes moved"));
        QVERIFY(veil::i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("ja")).isEmpty());
        QCOMPARE(QCoreApplication::translate("x", "%n face(s)", nullptr, 2), QStringLiteral("2 faces"));
        // Messages without a count are left alone.
        QCOMPARE(QCoreApplication::translate("x", "Photo(s) (keep)"), QStringLiteral("Photo(s) (keep)"));
    }

    void unsupportedLanguageStaysEnglish()
    {
        QVERIFY(veil::i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("ja")).isEmpty());
        QCOMPARE(QCoreApplication::translate("cli", "Models: %1"), QStringLiteral("Models: %1"));
    }

    void systemMeansNoOverride()
    {
        QCOMPARE(veil::i18n::uiLocale(QStringLiteral("system")), QLocale::system());
        QCOMPARE(veil::i18n::uiLocale(QString()), QLocale::system());
        QCOMPARE(veil::i18n::uiLocale(QStringLiteral("fr")).language(), QLocale::French);
    }

    void environmentFolderComesFirst()
    {
        qputenv("VEIL_TRANSLATIONS", QByteArrayLiteral("/nonexistent/veil-translations"));
        QCOMPARE(veil::i18n::translationsSearchPath().value(0), QStringLiteral("/nonexistent/veil-translations"));
        // A folder without the files falls through to the others.
        QVERIFY(!veil::i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("es")).isEmpty());
    }

    void everyShippedLanguageHasAFile()
    {
        for (const QString &language : veil::i18n::availableLanguages()) {
            const QString file = veil::i18n::installTranslators(*QCoreApplication::instance(), language);
            QVERIFY2(QFileInfo::exists(file), qPrintable(language));
        }
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
