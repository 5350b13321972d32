#pragma once

#include "export/exportphoto.h"

#include <QFutureWatcher>
#include <QObject>

namespace veil {
class LibraryDatabase;
}

namespace veil::ui {

struct ExportRequest
{
    QList<qint64> photoIds;
    QString outputDirectory;
    QString nameTemplate;
    ExportOptions options;
    bool verifyFaces = true; // run the face detector over the output (slower)
};

// Exports photos on a pool thread (core/export's exportPhoto: anonymize, strip, write
// atomically, verify). The GUI-thread connection only reads the jobs beforehand and
// records each outcome (status, activity log) as it arrives.
class ExportRunner : public QObject
{
    Q_OBJECT

public:
    ExportRunner(LibraryDatabase &db, ExportRequest request, QObject *parent = nullptr);
    ~ExportRunner() override;

    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const QList<ExportResult> &results() const { return m_results; }
    // "name.jpg: reason" for every photo that failed (also those failing before export).
    QStringList failures() const { return m_failures; }
    int exportedCount() const;

signals:
    void progress(int done, int total);
    void photoFinished(qint64 photoId, bool ok);
    void finished(bool cancelled);

private:
    LibraryDatabase &m_db;
    ExportRequest m_request;
    QList<qint64> m_jobIds;
    QFutureWatcher<ExportResult> m_watcher;
    QList<ExportResult> m_results;
    QStringList m_failures;
    int m_total = 0;
};

} // namespace veil::ui
