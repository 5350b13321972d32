#pragma once

// A file that appears under its final name only once it is complete and checked: it is
// written to a hidden temporary file in the destination folder, then published by an
// atomic link (never replacing anything) or rename (replacing, when asked).

#include <QByteArray>
#include <QString>

namespace veil {

class PendingFile
{
public:
    PendingFile() = default;
    ~PendingFile(); // discards the temporary file unless published
    PendingFile(const PendingFile &) = delete;
    PendingFile &operator=(const PendingFile &) = delete;

    // Creates the destination folder if needed and writes `data` (flushed to disk) to a
    // temporary file beside `finalPath`.
    bool write(const QString &finalPath, const QByteArray &data, QString *error);
    QString temporaryPath() const { return m_temp; }

    // Gives the temporary file its final name. Without `overwrite` an existing file is
    // never replaced, even one that appeared after write().
    bool publish(bool overwrite, QString *error);
    void discard();

private:
    QString m_final;
    QString m_temp;
};

} // namespace veil
