// Typed settings keys over a temporary QSettings file.
#include "anonymize/obfuscation.h"
#include "export/exportoptions.h"
#include "settings/settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace veil;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsThenStoredValues()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("veil.ini")), QSettings::IniFormat);
        Settings settings(&store);
        QCOMPARE(settings.value(SettingKeys::AnonymizeMethod), QStringLiteral("blur"));
        QCOMPARE(settings.value(SettingKeys::ExportQuality), 92);
        QCOMPARE(settings.value(SettingKeys::MaskScale), 1.3);
        settings.setValue(SettingKeys::ExportQuality, 75);
        settings.setValue(SettingKeys::AnonymizeMethod, QStringLiteral("pixelate"));
        settings.setValue(SettingKeys::WindowGeometry, QByteArray("\x01\x02", 2));
        store.sync();

        QSettings reread(dir.filePath(QStringLiteral("veil.ini")), QSettings::IniFormat);
        Settings again(&reread);
        QCOMPARE(again.value(SettingKeys::ExportQuality), 75);
        QCOMPARE(again.value(SettingKeys::AnonymizeMethod), QStringLiteral("pixelate"));
        QCOMPARE(again.value(SettingKeys::WindowGeometry), QByteArray("\x01\x02", 2));
        QCOMPARE(reread.value(QStringLiteral("export/quality")).toInt(), 75); // the key names are stable
        again.reset(SettingKeys::ExportQuality);
        QCOMPARE(again.value(SettingKeys::ExportQuality), 92);
    }

    void choicesAreTheNamesTheExportUnderstands()
    {
        for (const QString &name : anonymizeMethodNames()) {
            ObfuscationMethod m;
            QVERIFY2(methodFromName(name, &m), qPrintable(name));
        }
        for (const QString &name : anonymizeShapeNames()) {
            MaskShape s;
            QVERIFY2(shapeFromName(name, &s), qPrintable(name));
        }
        for (const QString &name : exportFormatNames()) {
            OutputFormat f;
            QVERIFY2(outputFormatFromName(name, &f), qPrintable(name));
        }
        for (const QString &name : metadataPolicyNames()) {
            MetadataPolicy p;
            QVERIFY2(policyFromName(name, &p), qPrintable(name));
        }
        ObfuscationMethod m;
        QVERIFY(methodFromName(SettingKeys::AnonymizeMethod.defaultValue, &m));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
