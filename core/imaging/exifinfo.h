#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace veil {

// What the library needs to know about a photo's EXIF block. Reading never fails as a
// whole: whatever could be read is filled in and the problem is put into `error`.
struct ExifInfo
{
    bool present = false;       // an EXIF block was found
    int orientation = 1;        // 1..8
    QString make;
    QString model;
    QDateTime dateTaken;        // DateTimeOriginal (local time, no zone)
    bool hasGps = false;        // any GPS tag
    bool hasSerialNumber = false; // BodySerialNumber, LensSerialNumber, or a maker's serial tag
    bool hasThumbnail = false;  // IFD1 thumbnail data
    QString error;              // empty when the block parsed cleanly
};

// Parses a raw EXIF block: either "Exif\0\0" followed by a TIFF header, or a bare TIFF
// header (as in a TIFF file or a HEIF Exif item after its offset).
ExifInfo parseExifBlock(const QByteArray &block);

// Finds the EXIF block in a JPEG (APP1), TIFF (the file itself) or HEIF/HEIC (Exif
// item) and parses it. `fileData` is the whole file.
ExifInfo readExifFromFile(const QByteArray &fileData);

// Extracts the raw EXIF block ("Exif\0\0" + TIFF) of a JPEG; empty if none.
QByteArray jpegExifSegment(const QByteArray &jpegData);

} // namespace veil
