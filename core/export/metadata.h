#pragma once

// What leaves Veil with an export: a fresh EXIF block built from an allowlist (never the
// original block with parts deleted), the ICC profile, and nothing else.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace veil {

enum class MetadataPolicy { None, Safe };
QString policyName(MetadataPolicy policy);
bool policyFromName(const QString &name, MetadataPolicy *policy);

// The kinds of metadata a photo file holds, by stable names used in reports:
// "exif", "gps", "serial-number", "maker-notes", "owner", "exif-thumbnail",
// "unique-id", "exif-comment", "xmp", "iptc", "photoshop-app13", "comment",
// "png-text", "icc-profile", "appN" (other JPEG application segments), ...
QStringList metadataInventory(const QByteArray &fileData);

// The original EXIF block of a file ("Exif\0\0" + TIFF), whatever its format; empty if none.
QByteArray originalExifBlock(const QByteArray &fileData);

// The original ICC profile of a file; empty if none.
QByteArray originalIccProfile(const QByteArray &fileData);

// A new EXIF block ("Exif\0\0" + TIFF) holding only what the policy allows, copied tag
// by tag from `originalExif`: with Safe, date taken, camera make/model and exposure;
// never GPS, thumbnails or maker notes. `orientation` 0 writes no Orientation tag.
// Empty when there is nothing to write. `kept` receives the names of what was kept.
QByteArray buildExifBlock(const QByteArray &originalExif, MetadataPolicy policy, int orientation,
                          QStringList *kept = nullptr);

// Metadata in an exported file that must not be there; empty when the file is clean.
// An allowlist: any EXIF tag outside the safe set, any container segment/chunk that is
// not image data, ICC or the EXIF block is reported.
QStringList forbiddenMetadata(const QByteArray &exportData);

} // namespace veil
