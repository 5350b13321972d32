#pragma once

#include <QImage>
#include <QtGlobal>

namespace veil {

class LibraryDatabase;

// 64-bit difference hash (dHash) of an image: robust to scaling and re-encoding,
// so near-identical photos differ in few bits.
quint64 differenceHash(const QImage &image);
int hammingDistance(quint64 a, quint64 b);

// Computes and stores the hash of every photo that has none yet, from its cached
// thumbnail. Runs on the caller's thread with the caller's connection; returns the
// number of photos hashed. `cancel` is checked between photos.
int backfillPerceptualHashes(LibraryDatabase &db, const std::atomic_bool *cancel = nullptr);

} // namespace veil
