#pragma once

#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

namespace veil {

// ChangedSinceExport is never stored: an exported photo whose boxes are no longer the ones
// its last export hid is shown so (library/exportstate.h).
enum class ReviewStatus { New, NeedsReview, Reviewed, Exported, Failed, ChangedSinceExport };
QString reviewStatusName(ReviewStatus status);
ReviewStatus reviewStatusFromName(const QString &name);

enum class FaceOrigin { Automatic, Manual };

// A face box in the displayed (orientation-applied) image, normalised to 0..1 so that it
// does not depend on the resolution the photo was decoded at.
struct FaceBox
{
    qint64 id = 0;         // 0 until stored
    QRectF rect;           // normalised displayed-image coordinates
    double score = 1.0;    // detector confidence; 1 for manual boxes
    FaceOrigin origin = FaceOrigin::Automatic;
    bool anonymize = true; // false: the user chose to keep this face visible
    bool uncertain = false; // below the detection threshold, awaiting the user's decision
    // Below the uncertain threshold: shown for review only, never blurred unless the user
    // accepts it (then it becomes an ordinary face). Stored with anonymize = false, so a
    // path that ignores this flag still leaves it alone.
    bool possible = false;

    // Whether an export hides this face.
    bool blurred() const { return anonymize && !possible; }

    QRectF toPixels(QSizeF displayed) const
    {
        return {rect.x() * displayed.width(), rect.y() * displayed.height(), rect.width() * displayed.width(),
                rect.height() * displayed.height()};
    }
    static QRectF normalise(const QRectF &pixels, QSizeF displayed)
    {
        return {pixels.x() / displayed.width(), pixels.y() / displayed.height(), pixels.width() / displayed.width(),
                pixels.height() / displayed.height()};
    }
    bool operator==(const FaceBox &) const = default;
};

struct Photo
{
    qint64 id = 0;
    QString path;
    QString sha256;
    qint64 byteSize = 0;
    QString format;        // "jpeg", "png", "tiff", "webp", "bmp", "heif"
    int width = 0;         // stored pixels
    int height = 0;
    int orientation = 1;   // EXIF orientation still to apply when displaying
    QString make;
    QString model;
    QDateTime dateTaken;
    bool hasGps = false;
    bool hasSerialNumber = false;
    bool hasThumbnail = false;
    QString metadataError; // what went wrong reading EXIF, if anything
    QDateTime importedAt;
    ReviewStatus reviewStatus = ReviewStatus::New;
    bool archived = false;

    QSize storedSize() const { return {width, height}; }
    QSize displayedSize() const { return orientation >= 5 ? QSize(height, width) : QSize(width, height); }
};

} // namespace veil
