#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace veil {
class LibraryDatabase;
class Settings;
}

namespace veil::ui {

class ExportRunner;
struct ExportRequest;

// Chooses destination, method, shape, mask scale, format, quality, metadata policy and
// naming; runs the export with progress and ends with a summary of what failed and why.
// The choices become the next export's defaults.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(LibraryDatabase &db, Settings &settings, QList<qint64> photoIds, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setOutputDirectory(const QString &dir);
    void setVerifyFaces(bool verify);
    // Starts the export (the Export button). False when the choices are invalid.
    bool startExport();
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    QString summary() const;
    ExportRunner *runner() const;

signals:
    void photoExported(qint64 photoId);
    void exportFinished();

private:
    ExportRequest request() const;
    void saveDefaults();
    void showSummary(bool cancelled);

    LibraryDatabase &m_db;
    Settings &m_settings;
    QList<qint64> m_ids;
    QLineEdit *m_dir;
    QComboBox *m_method;
    QComboBox *m_shape;
    QDoubleSpinBox *m_maskScale;
    QComboBox *m_format;
    QSpinBox *m_quality;
    QComboBox *m_metadata;
    QLineEdit *m_naming;
    QCheckBox *m_overwrite;
    QCheckBox *m_verifyFaces;
    QProgressBar *m_progress;
    QPlainTextEdit *m_summary;
    QPushButton *m_start;
    QPushButton *m_close;
    QPointer<ExportRunner> m_runner;
    bool m_finished = false;
};

} // namespace veil::ui
