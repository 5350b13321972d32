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
class AnonymizeBatchJob;
class DbWriter;
class LibraryDatabase;
class Settings;
}

namespace veil::ui {

struct ExportRequest;

// Chooses destination, method, shape, mask scale, format, quality, metadata policy and
// naming; runs the export with progress and ends with a summary of what failed and why.
// The export is a batch kept in the library and run on the pipeline (the same as
// `veil-cli anonymize`), so an export interrupted by a crash is offered for resuming at
// the next start. The choices become the next export's defaults.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(LibraryDatabase &db, DbWriter &writer, Settings &settings, QList<qint64> photoIds,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setOutputDirectory(const QString &dir);
    void setVerifyFaces(bool verify);
    // Starts the export (the Export button). False when the choices are invalid.
    bool startExport();
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    QString summary() const;
    // "name.jpg: reason" for every photo that failed, once finished.
    QStringList failures() const { return m_failures; }
    // The running (or last) export's batch; null before the first one is recorded.
    AnonymizeBatchJob *job() const;

    // Escape or closing the window while the export runs cancels it instead.
    void reject() override;

signals:
    void photoExported(qint64 photoId);
    void exportFinished();

private:
    ExportRequest request() const;
    void saveDefaults();
    void run(qint64 batchId, const ExportRequest &request);
    void showSummary(bool cancelled);

    LibraryDatabase &m_db;
    DbWriter &m_writer;
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
    QPointer<AnonymizeBatchJob> m_job;
    QStringList m_failures;
    bool m_starting = false;        // the batch is being recorded
    bool m_cancelRequested = false; // Cancel while it was
    bool m_finished = false;
};

} // namespace veil::ui
