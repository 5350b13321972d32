#pragma once

// The stage function of an "anonymize" batch: detect (unless the boxes came from the
// library), then export with verification. Resumable: an item found in the Exporting
// state whose output is already published is verified in place, never written twice.

#include "batchrunner.h"
#include "detect/facedetector.h"
#include "export/exportoptions.h"
#include "library/photo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

#include <memory>
#include <vector>

namespace veil {

struct AnonymizeBatchOptions
{
    ExportOptions exportOptions;
    DetectorOptions detector;
    bool fromLibrary = false; // boxes are in each item's result["faces"], from the review
    // False: verification checks the output's decoding and metadata but runs no face
    // detector over it (the export dialog's "check for faces" box); with fromLibrary no
    // detector is built at all.
    bool verifyFaces = true;
    // detectorFingerprint(detector) when the batch was created (fromJson keeps the stored
    // one, so a resumed batch stays the same job); empty = computed by toJson().
    QString detectorFingerprint;

    QJsonObject toJson() const;
    static AnonymizeBatchOptions fromJson(const QJsonObject &json);
};

// Detectors are costly to build and not thread-safe: each worker borrows one.
class DetectorPool
{
public:
    explicit DetectorPool(DetectorOptions options);
    std::unique_ptr<FaceDetector> acquire();
    void release(std::unique_ptr<FaceDetector> detector);
    QStringList warnings() const;

private:
    DetectorOptions m_options;
    mutable QMutex m_mutex;
    std::vector<std::unique_ptr<FaceDetector>> m_free;
    QStringList m_warnings;
};

// Removes temporary files a killed export left beside `outputPath` (".NAME.veil-XXXXXX").
int removeStaleTemporaries(const QString &outputPath);

class DbWriter;

// Builds the processor. `pool` and `writer` must outlive the runner; exports of library
// photos (item.photoId) are recorded in the library through `writer`.
ItemProcessor makeAnonymizeProcessor(const AnonymizeBatchOptions &options, DetectorPool &pool, DbWriter &writer);

// Face boxes as stored in a batch item's result["faces"].
QJsonArray facesToJson(const QList<FaceBox> &faces);
QList<FaceBox> facesFromJson(const QJsonArray &array);

} // namespace veil
