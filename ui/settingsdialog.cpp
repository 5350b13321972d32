#include "settingsdialog.h"

#include "dialoghooks.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace veil::ui {

QString choiceLabel(const QString &name)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("fast"), QT_TRANSLATE_NOOP("Choice", "Fast")},
        {QStringLiteral("balanced"), QT_TRANSLATE_NOOP("Choice", "Balanced")},
        {QStringLiteral("thorough"), QT_TRANSLATE_NOOP("Choice", "Thorough")},
        {QStringLiteral("blur"), QT_TRANSLATE_NOOP("Choice", "Blur")},
        {QStringLiteral("pixelate"), QT_TRANSLATE_NOOP("Choice", "Pixelate")},
        {QStringLiteral("solid"), QT_TRANSLATE_NOOP("Choice", "Solid fill")},
        {QStringLiteral("ellipse"), QT_TRANSLATE_NOOP("Choice", "Ellipse")},
        {QStringLiteral("rect"), QT_TRANSLATE_NOOP("Choice", "Rectangle")},
        {QStringLiteral("auto"), QT_TRANSLATE_NOOP("Choice", "Same as the original")},
        {QStringLiteral("jpeg"), QT_TRANSLATE_NOOP("Choice", "JPEG")},
        {QStringLiteral("png"), QT_TRANSLATE_NOOP("Choice", "PNG")},
        {QStringLiteral("webp"), QT_TRANSLATE_NOOP("Choice", "WebP")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("Choice", "Remove all metadata")},
        {QStringLiteral("safe"), QT_TRANSLATE_NOOP("Choice", "Keep safe metadata (date, orientation, colour)")},
    };
    const char *label = labels.value(name);
    return label ? QCoreApplication::translate("Choice", label) : name;
}

void fillChoice(QComboBox *box, const QStringList &names, const QString &current)
{
    box->clear();
    for (const QString &n : names)
        box->addItem(choiceLabel(n), n);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_preset(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_shape(new QComboBox(this))
    , m_maskScale(new QDoubleSpinBox(this))
    , m_exportDir(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_quality(new QSpinBox(this))
    , m_metadata(new QComboBox(this))
    , m_naming(new QLineEdit(this))
    , m_library(new QLineEdit(this))
    , m_syncServer(new QLineEdit(this))
    , m_language(new QComboBox(this))
{
    using namespace SettingKeys;
    setWindowTitle(tr("Settings"));
    fillChoice(m_preset, {QStringLiteral("fast"), QStringLiteral("balanced"), QStringLiteral("thorough")},
               settings.value(DetectionPreset));
    fillChoice(m_method, anonymizeMethodNames(), settings.value(AnonymizeMethod));
    fillChoice(m_shape, anonymizeShapeNames(), settings.value(AnonymizeShape));
    m_maskScale->setRange(1.0, 4.0);
    m_maskScale->setSingleStep(0.1);
    m_maskScale->setValue(settings.value(MaskScale));
    m_exportDir->setText(settings.value(ExportDirectory));
    fillChoice(m_format, exportFormatNames(), settings.value(ExportFormat));
    m_quality->setRange(1, 100);
    m_quality->setValue(settings.value(ExportQuality));
    fillChoice(m_metadata, metadataPolicyNames(), settings.value(ExportMetadata));
    m_naming->setText(settings.value(ExportNaming));
    m_naming->setToolTip(tr("{name} is the original's name, {ext} the output extension"));
    m_library->setText(settings.value(LibraryPath));
    m_library->setPlaceholderText(tr("Default location"));
    m_syncServer->setText(settings.value(SyncServer));
    m_syncServer->setPlaceholderText(QStringLiteral("https://"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.value(Language))));

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = Dialogs::getExistingDirectory(this, tr("Export Folder"), m_exportDir->text());
        if (!dir.isEmpty())
            m_exportDir->setText(dir);
    });
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportDir, 1);
    exportRow->addWidget(browse);

    // What each preset finds and what it costs (docs/detection.md has the figures).
    auto *presetNote = new QLabel(this);
    presetNote->setWordWrap(true);
    presetNote->setEnabled(false);
    auto explainPreset = [this, presetNote] {
        const QString name = m_preset->currentData().toString();
        if (name == QLatin1String("fast"))
            presetNote->setText(tr("Fast: looks at large photos at reduced size. Several times quicker, but misses "
                                   "small faces (below about 40 pixels in a 12-megapixel photo). Check every photo."));
        else if (name == QLatin1String("thorough"))
            presetNote->setText(tr("Thorough: as Balanced, plus a second network over the whole photo. Finds a few "
                                   "more faces (turned away, blurred, partly hidden), with more false boxes, at "
                                   "about twice the time."));
        else
            presetNote->setText(tr("Balanced (recommended): looks at every photo at its full resolution and finds "
                                   "faces from 16 pixels high, whatever the photo's size. About 3 seconds per "
                                   "12-megapixel photo on one core."));
    };
    explainPreset();
    connect(m_preset, &QComboBox::currentIndexChanged, this, explainPreset);

    auto *form = new QFormLayout;
    form->addRow(tr("Detection &preset:"), m_preset);
    form->addRow(QString(), presetNote);
    form->addRow(tr("Anonymization &method:"), m_method);
    form->addRow(tr("Mask &shape:"), m_shape);
    form->addRow(tr("Mask s&cale:"), m_maskScale);
    form->addRow(tr("Export &folder:"), exportRow);
    form->addRow(tr("Export f&ormat:"), m_format);
    form->addRow(tr("&Quality:"), m_quality);
    form->addRow(tr("Me&tadata:"), m_metadata);
    form->addRow(tr("File &names:"), m_naming);
    form->addRow(tr("&Library file:"), m_library);
    form->addRow(tr("S&ync server:"), m_syncServer);
    form->addRow(tr("Lan&guage:"), m_language);
    auto *note = new QLabel(tr("The library location and language take effect at the next start."), this);
    note->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::apply()
{
    using namespace SettingKeys;
    m_settings.setValue(DetectionPreset, m_preset->currentData().toString());
    m_settings.setValue(AnonymizeMethod, m_method->currentData().toString());
    m_settings.setValue(AnonymizeShape, m_shape->currentData().toString());
    m_settings.setValue(MaskScale, m_maskScale->value());
    m_settings.setValue(ExportDirectory, m_exportDir->text().trimmed());
    m_settings.setValue(ExportFormat, m_format->currentData().toString());
    m_settings.setValue(ExportQuality, m_quality->value());
    m_settings.setValue(ExportMetadata, m_metadata->currentData().toString());
    m_settings.setValue(ExportNaming, m_naming->text().trimmed());
    m_settings.setValue(LibraryPath, m_library->text().trimmed());
    m_settings.setValue(SyncServer, m_syncServer->text().trimmed());
    m_settings.setValue(Language, m_language->currentData().toString());
}

} // namespace veil::ui
