#pragma once

#include "library/importer.h"

#include <QFutureWatcher>
#include <QObject>

namespace veil::ui {

// Imports files and folders on a pool thread with its own connection to the library,
// so the GUI never waits on hashing or decoding. Each photo's result (and the
// perceptual hash for "find similar") is reported as soon as it is known.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(QString databasePath, QStringList inputs, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const QList<ImportResult> &results() const { return m_results; }

signals:
    void progress(int done, int total);
    void photoImported(qint64 photoId);
    void failed(const QString &path, const QString &error);
    void finished(bool cancelled);

private:
    QString m_databasePath;
    QStringList m_inputs;
    QFutureWatcher<ImportResult> m_watcher;
    QList<ImportResult> m_results;
};

} // namespace veil::ui
