#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace veil {
class Settings;
}

namespace veil::ui {

// Edits the typed settings: detection preset, default method and shape, export
// defaults, library location, sync server and language.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    // Writes the dialog's values to the settings (also done on OK).
    void apply();

private:
    Settings &m_settings;
    QComboBox *m_preset;
    QComboBox *m_method;
    QComboBox *m_shape;
    QDoubleSpinBox *m_maskScale;
    QLineEdit *m_exportDir;
    QComboBox *m_format;
    QSpinBox *m_quality;
    QComboBox *m_metadata;
    QLineEdit *m_naming;
    QLineEdit *m_library;
    QLineEdit *m_syncServer;
    QComboBox *m_language;
};

// Fills `box` with stored names and their translated labels, selecting `current`.
void fillChoice(QComboBox *box, const QStringList &names, const QString &current);
QString choiceLabel(const QString &name);

} // namespace veil::ui
