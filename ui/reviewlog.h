#pragma once

#include "library/photo.h"

#include <QHash>
#include <QObject>

namespace veil {
class LibraryDatabase;
}

namespace veil::ui {

class EditorPage;

// Writes the editor's review decisions to the activity log: when the editor has saved a
// photo, what changed since it was opened (faces added, removed, candidates accepted or
// rejected, faces kept visible), as "photo.jpg: 1 face added, 2 candidates accepted".
class ReviewLog : public QObject
{
    Q_OBJECT

public:
    ReviewLog(LibraryDatabase &db, EditorPage *editor, QObject *parent = nullptr);

    // The log line for going from `before` to `after`; empty when nothing changed.
    static QString describe(const QList<FaceBox> &before, const QList<FaceBox> &after);

private:
    void photoLoaded(qint64 photoId);
    void photoSaved(qint64 photoId);

    LibraryDatabase &m_db;
    QHash<qint64, QList<FaceBox>> m_baseline; // faces as last logged, per photo
};

} // namespace veil::ui
