#include "photo.h"

namespace veil {

QString reviewStatusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::New: return QStringLiteral("new");
    case ReviewStatus::NeedsReview: return QStringLiteral("needs_review");
    case ReviewStatus::Reviewed: return QStringLiteral("reviewed");
    case ReviewStatus::Exported: return QStringLiteral("exported");
    case ReviewStatus::Failed: return QStringLiteral("failed");
    case ReviewStatus::ChangedSinceExport: return QStringLiteral("changed_since_export");
    }
    return QStringLiteral("new");
}

ReviewStatus reviewStatusFromName(const QString &name)
{
    for (ReviewStatus s : {ReviewStatus::New, ReviewStatus::NeedsReview, ReviewStatus::Reviewed,
                           ReviewStatus::Exported, ReviewStatus::Failed, ReviewStatus::ChangedSinceExport})
        if (reviewStatusName(s) == name)
            return s;
    return ReviewStatus::New;
}

} // namespace veil
