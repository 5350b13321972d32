#pragma once

#include <QDialog>
#include <QPointer>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace veil {
class AnonymizeBatchJob;
class DbWriter;
class LibraryDatabase;
class Settings;
}

namespace veil::ui {

class ElidedLabel;
struct ExportRequest;
struct ExportOutcome;

// Chooses destination, method, shape, mask scale, format, quality, metadata policy and
// naming; says up front how many photos still have undecided candidates (and asks, on
// Export, whether to review them, blur them or skip them); runs the export with progress
// and ends with a summary of what every photo became and what the check of its file found,
// a JSON report and "Open Folder".
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
    void setNameTemplate(const QString &nameTemplate);
    // Tests: changes the request after the dialog built it, e.g. a weaker obfuscation than
    // the settings allow (ObfuscationOptions::samplesAcross), to make a face the check finds.
    void setRequestAdjustment(std::function<void(ExportRequest &)> adjust) { m_adjust = std::move(adjust); }
    // The file name the first photo would get ("photo_anon.jpg"), or the template's error.
    QString exampleName() const;
    // Photos of the export with candidates no one has accepted or rejected yet.
    QList<qint64> undecidedPhotos() const { return m_undecided; }
    // Starts the export (the Export button). False when the choices are invalid.
    bool startExport();
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    QString summary() const;
    // "name.jpg: reason" for every photo that failed, once finished.
    QStringList failures() const { return m_failures; }
    // One line per photo of the finished export (ExportOutcome), and where its JSON report is.
    QStringList photoLines() const { return m_lines; }
    QString reportPath() const { return m_reportPath; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    // The running (or last) export's batch; null before the first one is recorded.
    AnonymizeBatchJob *job() const;

    // Escape or closing the window while the export runs cancels it instead.
    void reject() override;

signals:
    void photoExported(qint64 photoId);
    void exportFinished();
    // "Review them first": the user wants to review these photos before exporting.
    void reviewRequested(const QList<qint64> &photoIds);

private:
    ExportRequest request() const;
    void saveDefaults();
    void run(qint64 batchId, const ExportRequest &request);
    void showSummary(bool cancelled);
    void updateExample();
    QString writeReport(const ExportOutcome &outcome);

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
    ElidedLabel *m_example;
    QLabel *m_undecidedNote;
    QTextBrowser *m_summary;
    QPushButton *m_openFolder;
    QPushButton *m_start;
    QPushButton *m_close;
    QPointer<AnonymizeBatchJob> m_job;
    QStringList m_failures;
    QStringList m_lines;
    QString m_reportPath;
    QList<qint64> m_undecided;
    QStringList m_skipped;
    std::function<void(ExportRequest &)> m_adjust;
    bool m_starting = false;        // the batch is being recorded
    bool m_cancelRequested = false; // Cancel while it was
    bool m_finished = false;
};

} // namespace veil::ui
