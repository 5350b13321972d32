#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace veil {

// A settings key and its default, written once (see SettingKeys below).
template<typename T>
struct SettingKey
{
    const char *name;
    T defaultValue;
};

// Typed access to a QSettings store. The store is passed in so that tests use a
// temporary file and never the user's settings.
class Settings
{
public:
    explicit Settings(QSettings *store)
        : m_store(store)
    {
    }

    template<typename T>
    T value(const SettingKey<T> &key) const
    {
        const QVariant v = m_store->value(QLatin1String(key.name));
        if (!v.isValid() || !v.canConvert<T>())
            return key.defaultValue;
        return v.value<T>();
    }

    template<typename T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        m_store->setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }

    template<typename T>
    void reset(const SettingKey<T> &key)
    {
        m_store->remove(QLatin1String(key.name));
    }

    QSettings *store() const { return m_store; }

private:
    QSettings *m_store;
};

// Every key Veil stores, with its default.
namespace SettingKeys {
inline const SettingKey<QString> DetectionPreset{"detection/preset", QStringLiteral("balanced")};
inline const SettingKey<bool> DetectOnImport{"detection/onImport", true};
inline const SettingKey<QString> AnonymizeMethod{"anonymize/method", QStringLiteral("blur")};
inline const SettingKey<QString> AnonymizeShape{"anonymize/shape", QStringLiteral("ellipse")};
inline const SettingKey<double> MaskScale{"anonymize/maskScale", 1.3};
inline const SettingKey<QString> ExportDirectory{"export/directory", QString()};
inline const SettingKey<QString> ExportFormat{"export/format", QStringLiteral("auto")};
inline const SettingKey<int> ExportQuality{"export/quality", 92};
inline const SettingKey<QString> ExportMetadata{"export/metadata", QStringLiteral("none")};
// The same default as veil-cli anonymize (kDefaultNameTemplate in core/export/outputnaming.h).
inline const SettingKey<QString> ExportNaming{"export/naming", QStringLiteral("{name}_anon.{ext}")};
inline const SettingKey<QString> LibraryPath{"library/path", QString()};
inline const SettingKey<QString> SyncServer{"sync/server", QString()};
inline const SettingKey<QString> Language{"ui/language", QString()}; // empty: the system's
inline const SettingKey<int> ThumbnailSize{"ui/thumbnailSize", 160};
inline const SettingKey<QByteArray> WindowGeometry{"ui/windowGeometry", QByteArray()};
inline const SettingKey<QByteArray> WindowState{"ui/windowState", QByteArray()};
} // namespace SettingKeys

// The values the settings offer for the choice keys: the stored names, which are those
// of core/anonymize and core/export (methodFromName, outputFormatFromName, ...).
QStringList anonymizeMethodNames();
QStringList anonymizeShapeNames();
QStringList exportFormatNames();
QStringList metadataPolicyNames();

} // namespace veil
