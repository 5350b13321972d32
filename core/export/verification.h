#pragma once

// The check an export must pass before it appears under its final name.

#include "anonymize/obfuscation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QStringList>

namespace veil {

class FaceDetector;

struct VerificationResult
{
    bool performed = false;
    bool decoded = false;
    QString decodeError;
    QStringList forbiddenMetadata;  // empty when clean
    bool facesChecked = false;      // a detector looked at every anonymized region
    int regionsChecked = 0;
    double maxFaceScore = 0;        // best detector score inside an anonymized region
    QList<QRectF> facesFound;       // displayed pixels; scores at or above the threshold
    QString detectorError;          // the detector failed: nothing is known, so it fails
    int decodeReduction = 1;        // the export was decoded at 1/this (JPEG scaled IDCT)
    // This thread's CPU time (ms) decoding the export and checking its regions.
    double decodeCpuMs = 0;
    double checkCpuMs = 0;

    bool passed() const
    {
        return decoded && forbiddenMetadata.isEmpty() && facesFound.isEmpty() && detectorError.isEmpty();
    }
    // A one-line reason for a failure; empty when passed.
    QString failureReason() const;
    QJsonObject toJson() const;
};

// Decodes `exportData`, checks it shows `displayedSize`, holds no forbidden metadata, and
// (with a detector) that no face scoring >= `threshold` is found in any anonymized region:
// each region is cut out along its mask, scaled to a common face size and checked by the
// detector's primary network (FaceDetector::detectSinglePass), 64 regions per pass. JPEGs
// are decoded at 1/2, 1/4 or 1/8 when the smallest region stays large enough for that.
VerificationResult verifyExport(const QByteArray &exportData, QSize displayedSize,
                                const QList<QRectF> &anonymized, const ObfuscationOptions &obfuscation,
                                FaceDetector *detector, double threshold);

} // namespace veil
