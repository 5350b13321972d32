#pragma once

#include "serverimage.h"

#include <QSet>

namespace veil::sync {

// What the server's list says about a submit whose answer never arrived.
struct Reconciliation
{
    enum class Outcome {
        Found,        // the submit went through: this is our image, keep its id
        NotOnServer,  // it did not: submitting again cannot make a duplicate
        Unclear,      // several images could be ours: never guess, never resubmit
    };
    Outcome outcome = Outcome::Unclear;
    ServerImage image;
    QString reason;
};

// Decides, from the list, whether the submit of `objectName` created an image
// (docs/sync.md explains why this is sound).
//   1. An image whose url names the object is ours: a pending image's url points at the
//      uploaded original, which carries the objectName we got from upload-url/get.
//   2. Otherwise a processed image may be ours (its url now names the blurred copy).
//      Submits are serialised, so ours was created after every image we already
//      claimed: candidates are images not claimed by us, not naming another object of
//      ours, processed, and created at or after `createdFloor` (the newest createdAt
//      among our claimed images, on the server's clock).
// `claimedIds` are server ids already recorded in the outbox; `otherObjectNames` are
// the objectNames of our other rows.
Reconciliation reconcileSubmit(const QString &objectName, const QList<ServerImage> &images,
                               const QSet<QString> &claimedIds, const QSet<QString> &otherObjectNames,
                               const QDateTime &createdFloor);

} // namespace veil::sync
