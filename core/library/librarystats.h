#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace veil {

class LibraryDatabase;

// The statistics the library view and `veil-cli stats` show.
struct LibraryStats
{
    int photoCount = 0;
    QString mostCommonFormat; // empty for an empty library
    int mostCommonFormatCount = 0;
    QList<QPair<QString, int>> topCameraModels; // at most 10, "unknown" for no model
    QList<QPair<QDate, int>> importsPerDay;     // the last 30 days, oldest first, zeros included
    int withGps = 0;
    int withSerialNumber = 0;
    int withEmbeddedThumbnail = 0;
    int faceCount = 0;
    int facesAnonymized = 0; // faces marked to be anonymized
};

// `today` is the last day of the 30-day window (UTC dates); invalid means today in UTC.
LibraryStats computeLibraryStats(LibraryDatabase &db, QDate today = {});

} // namespace veil
