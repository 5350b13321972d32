#pragma once

// Whether a photo still looks the way its last export published it. Derived, never stored:
// the last successful export of a photo recorded the boxes it hid (the batch item's
// "faces"), and the photo's boxes now either are those boxes or are not. A box drawn,
// accepted, kept visible or removed after the export makes the photo "changed since
// export" until it is exported again; undoing back to the exported boxes makes it
// "exported" again. Settings are chosen anew at each export, so they are no part of it.

#include "photo.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace veil {

class LibraryDatabase;

// The boxes of `photoId`'s last successful export, as that export recorded them; nullopt
// when the photo was never exported (or only by a version that did not record them).
std::optional<QList<FaceBox>> lastExportedBoxes(LibraryDatabase &db, qint64 photoId);

// Where `photoId`'s last successful export wrote its file; empty when never exported.
QString lastExportPath(LibraryDatabase &db, qint64 photoId);

// Whether `now` are the boxes an export recorded as `exported`: the same boxes with the
// same decisions, in any order (ids and origin do not reach the file).
bool sameBoxesAsExported(const QList<FaceBox> &now, const QList<FaceBox> &exported);

// An SQL expression over `photos p`: the boxes (JSON text) p's last successful export
// recorded, NULL when p was never exported. Indexed by migration 7.
const QString &lastExportedBoxesSql();

// For the library's rows (100,000 of them, so in one pass over the faces table): which of
// the photos given with their lastExportedBoxesSql() text have boxes other than those.
QSet<qint64> changedSinceExport(LibraryDatabase &db, const QHash<qint64, QString> &exportedBoxes);

// What the library shows for a photo whose stored status is `stored`, given
// whether its boxes changed since its last export (nullopt: never exported). An exported
// photo whose boxes changed is ChangedSinceExport; a reviewed photo whose boxes are the
// exported ones is Exported (reviewing it again did not change the published file).
ReviewStatus shownStatus(ReviewStatus stored, std::optional<bool> changed);

} // namespace veil
