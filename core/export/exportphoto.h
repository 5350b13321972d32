#pragma once

// Exports one photo: anonymize, strip metadata, write atomically, verify. This is the
// unit the CLI's batch and the resumable pipeline both run; it is thread-safe as long as
// each thread passes its own detector.

#include "exportoptions.h"
#include "imaging/imageformat.h"
#include "library/photo.h"
#include "verification.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>

#include <memory>

namespace veil {

class DecodedJpeg;
class FaceDetector;

struct ExportJob
{
    QString inputPath;
    QByteArray inputData;   // the file's bytes; read from inputPath when empty
    QString outputPath;     // final path (see outputPathFor)
    // Boxes normalised to the displayed image, as the library stores them; those with
    // anonymize == false are kept visible.
    QList<FaceBox> faces;
    // Optional: inputData already decoded (DecodedJpeg::decode, e.g. for detection). The
    // lossless JPEG path then reuses its coefficients and pixels instead of decoding the
    // file again, and releases them once the export is encoded.
    std::shared_ptr<DecodedJpeg> decoded;
    // Tests only (fault injection): the anonymized region with this index is left as it
    // was, while verification still checks it. Never set outside tests.
    int leaveVisibleForTest = -1;
};

struct ExportResult
{
    QString input;
    QString output;
    bool ok = false;
    QString error;                 // why it failed, without the file name
    // Failed only because the output exists and options.overwrite was off: nothing was
    // read or written, and whatever file is there (often an earlier export) stands.
    bool notReplaced = false;
    QSize displayedSize;
    QList<QRectF> anonymized;      // displayed-image pixels
    QList<QRectF> kept;            // displayed-image pixels, left visible on purpose
    ImageFormat outputFormat = ImageFormat::Unknown;
    QString encodePath;            // "pixel" or "lossless"
    QString encodeNote;            // why the pixel path was used for a JPEG->JPEG export
    QStringList metadataFound;     // in the original (metadataInventory names)
    QStringList metadataRemoved;
    QStringList metadataKept;
    VerificationResult verification;
    // This thread's CPU time in each step, in ms: reading and parsing the input,
    // anonymizing and encoding, writing the file, verifying what was written.
    struct CpuTimes
    {
        double prepare = 0, encode = 0, write = 0, verify = 0;
    } cpuMs;
};

// Never writes the input; refuses an output path equal to it and an existing output
// without options.overwrite. `detector` is used for verification only (may be null:
// the verification then reports facesChecked = false).
ExportResult exportPhoto(const ExportJob &job, const ExportOptions &options, FaceDetector *detector);

QJsonObject exportResultJson(const ExportResult &result, const ExportOptions &options);
QJsonObject exportOptionsJson(const ExportOptions &options);

} // namespace veil
