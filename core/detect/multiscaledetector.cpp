#include "multiscaledetector.h"

#include "fusion.h"
#include "tiling.h"

#include "paths.h"

#include <QDebug>
#include <QDir>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace veil {

cv::Mat toBgrMat(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()),
                       size_t(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

MultiScaleDetector::MultiScaleDetector(const DetectorOptions &options, PresetConfig config,
                                       std::vector<std::unique_ptr<DetectorBackend>> backends)
    : m_options(options)
    , m_config(std::move(config))
    , m_backends(std::move(backends))
{
    if (m_options.threshold >= 0)
        m_config.threshold = m_options.threshold;
    if (m_options.uncertainThreshold >= 0)
        m_config.uncertainThreshold = m_options.uncertainThreshold;
    m_config.uncertainThreshold = std::min(m_config.uncertainThreshold, m_config.threshold);
    m_options.threshold = m_config.threshold;
    m_options.uncertainThreshold = m_config.uncertainThreshold;
    if (m_options.possibleThreshold >= m_config.uncertainThreshold)
        m_options.possibleThreshold = -1;
}

QSize MultiScaleDetector::preferredDecodeSize(QSize displayed) const
{
    const double s = maxPassScale(m_config, displayed);
    if (s <= 0 || s > 0.5)
        return displayed;
    // The smallest power-of-two fraction at or above the finest pass: JPEGs then decode
    // straight at that size with libjpeg's scaled IDCT, with no resampling.
    double f = 0.5;
    while (f / 2 >= s && f > 1.0 / 8)
        f /= 2;
    return QSize(int(std::ceil(displayed.width() * f)), int(std::ceil(displayed.height() * f)));
}

QList<Detection> MultiScaleDetector::detect(const QImage &displayed)
{
    if (displayed.isNull())
        return {};
    return detectBgr(toBgrMat(displayed));
}

QList<Detection> MultiScaleDetector::detectSinglePass(const QImage &image, double minScore)
{
    if (image.isNull())
        return {};
    // Verification's network is YuNet 2022mar whatever the preset detects with: its
    // behaviour on mosaics is the one measured (docs/export.md). Loaded on first use when
    // the preset does not run it.
    DetectorBackend *yunet = yunet2022();
    if (!yunet)
        return FaceDetector::detectSinglePass(image, minScore);
    QList<Detection> found;
    for (const RawBox &b : yunet->detect(toBgrMat(image), minScore))
        found.append({b.box, b.score, false});
    return found;
}

QList<RawBox> MultiScaleDetector::runPass(const ModelPass &pass, const cv::Mat &scaled, QSize imageSize)
{
    const ModelUse &use = m_config.models[pass.modelIndex];
    DetectorBackend &backend = *m_backends[size_t(pass.modelIndex)];
    double minScore = candidateFloor(use);
    if (m_options.possibleThreshold >= 0)
        minScore = std::min(minScore, m_options.possibleThreshold / use.scoreWeight);
    QList<RawBox> found;
    const cv::Size input = backend.inputSize();
    if (input.empty()) {
        // Any-size networks see the scaled image in tiles of bounded size when the preset
        // asks for it (memory), overlapping by more than the largest face the pass is
        // responsible for; faces cut by an inner tile edge are dropped (a neighbour, or a
        // coarser pass, sees them whole).
        const QSize scaledSize(scaled.cols, scaled.rows);
        for (const QRect &tile : passTiles(use, pass, scaledSize)) {
            const cv::Mat patch = tile.size() == scaledSize
                                      ? scaled
                                      : scaled(cv::Rect(tile.x(), tile.y(), tile.width(), tile.height()));
            for (RawBox b : backend.detect(patch, minScore)) {
                b.box.translate(tile.topLeft());
                if (!touchesInnerEdge(b.box, tile, scaledSize, 2))
                    found.append(b);
            }
        }
    } else {
        // Tiles overlap by the largest face the network finds, so every face lies whole in
        // at least one tile; cut faces at inner tile edges are dropped.
        const QSize scaledSize(scaled.cols, scaled.rows);
        const int overlap = int(std::min({use.maxFace, input.width / 2.0, input.height / 2.0}));
        for (const QRect &tile : tileGrid(scaledSize, QSize(input.width, input.height), overlap)) {
            cv::Mat canvas(input, CV_8UC3, cv::Scalar(0, 0, 0));
            scaled(cv::Rect(tile.x(), tile.y(), tile.width(), tile.height()))
                .copyTo(canvas(cv::Rect(0, 0, tile.width(), tile.height())));
            for (RawBox b : backend.detect(canvas, minScore)) {
                b.box.translate(tile.topLeft());
                if (!touchesInnerEdge(b.box, tile, scaledSize, 2))
                    found.append(b);
            }
        }
    }
    QList<RawBox> result;
    for (RawBox b : found) {
        const double w = b.box.width() / pass.scale * use.boxScale;
        const double h = b.box.height() / pass.scaleY() * use.heightScale * use.boxScale;
        const QPointF centre(b.box.center().x() / pass.scale, b.box.center().y() / pass.scaleY());
        b.box = QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h).intersected(QRectF(QPointF(0, 0), imageSize));
        b.score = std::min(1.0, b.score * use.scoreWeight);
        if (!b.box.isEmpty())
            result.append(b);
    }
    return result;
}

QList<Detection> MultiScaleDetector::possibleFaces(const QList<SourcedBox> &weak,
                                                  const QList<Detection> &detections) const
{
    QList<Detection> possible;
    for (const FusedBox &f : suppressContained(fuseBoxes(weak, m_config.fusionIou), m_config.containedFraction)) {
        if (f.score < m_options.possibleThreshold)
            continue;
        // A weak echo of a face already found is no new face.
        const bool known = std::any_of(detections.cbegin(), detections.cend(), [&](const Detection &d) {
            return intersectionOverUnion(d.box, f.box) >= m_config.fusionIou
                || coveredFraction(f.box, d.box) >= m_config.containedFraction;
        });
        if (!known && f.score < m_config.uncertainThreshold)
            possible.append({f.box, f.score, true, true});
    }
    return possible;
}

// The best score `backend` gives a face overlapping `box` (IoU >= 0.3) in a side x side
// crop centred on it, scaled so that the box is `face` pixels high (small candidates are
// enlarged, large ones reduced, with context around), black outside the photo.
double MultiScaleDetector::lookAt(DetectorBackend &backend, const cv::Mat &bgr, const QRectF &box, double face,
                                  int side, bool flip)
{
    const double s = face / std::max(1.0, box.height());
    const QPointF c = box.center();
    const double half = side / 2.0 / s;
    const QRectF crop(c.x() - half, c.y() - half, 2 * half, 2 * half);
    cv::Mat m = (cv::Mat_<double>(2, 3) << s, 0, -crop.x() * s, 0, s, -crop.y() * s);
    cv::Mat canvas;
    cv::warpAffine(bgr, canvas, m, cv::Size(side, side), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0, 0, 0));
    QRectF expected((box.x() - crop.x()) * s, (box.y() - crop.y()) * s, box.width() * s, box.height() * s);
    if (flip) {
        cv::flip(canvas, canvas, 1);
        expected.moveLeft(side - expected.right());
    }
    double best = 0;
    for (const RawBox &b : backend.detect(canvas, 0.1))
        if (intersectionOverUnion(b.box, expected) >= 0.3)
            best = std::max(best, b.score);
    return best;
}

DetectorBackend *MultiScaleDetector::yunet2022()
{
    for (size_t i = 0; i < m_backends.size(); ++i)
        if (m_config.models.at(qsizetype(i)).model == ModelKind::YuNet)
            return m_backends[i].get();
    if (!m_verifierTried && !m_backends.empty() && m_config.models.first().model != ModelKind::Haar) {
        m_verifierTried = true;
        const QDir dir(m_options.modelsDir.isEmpty() ? modelsDirectory() : m_options.modelsDir);
        QString error;
        m_verifier = createBackend(ModelKind::YuNet, dir.filePath(modelFileName(ModelKind::YuNet)), &error);
        if (!m_verifier)
            qWarning("%s", qPrintable(error));
    }
    return m_verifier.get();
}

double MultiScaleDetector::verifyFrom() const
{
    return m_config.verifyFrom >= 0 ? std::min(m_config.verifyFrom, m_config.uncertainThreshold)
                                    : m_config.uncertainThreshold;
}

double MultiScaleDetector::candidateFloor(const ModelUse &use) const
{
    double floor = std::min(use.minScore, m_config.uncertainThreshold / use.scoreWeight);
    if (m_config.verifyBelow > 0)
        floor = std::min(floor, verifyFrom() / use.scoreWeight);
    return floor;
}

void MultiScaleDetector::secondLook(const cv::Mat &bgr, QList<FusedBox> *fused)
{
    const double from = verifyFrom();
    std::vector<qsizetype> weak;
    for (qsizetype i = 0; i < fused->size(); ++i)
        if (fused->at(i).score >= from && fused->at(i).score < m_config.verifyBelow)
            weak.push_back(i);
    if (weak.empty() || m_config.looks.isEmpty())
        return;
    // Sum of the scores so far (the first look's included) and how many looks were taken.
    std::vector<double> sum(weak.size(), 0.0);
    std::vector<int> taken(weak.size(), 1);
    for (size_t k = 0; k < weak.size(); ++k)
        sum[k] = fused->at(weak[k]).score;
    const double looks = 1 + double(m_config.looks.size());
    // One look at a time over every candidate: each look has one input size, so the
    // network never reallocates between candidates.
    for (qsizetype l = 0; l < m_config.looks.size(); ++l) {
        const PresetConfig::Look &look = m_config.looks[l];
        DetectorBackend *backend = look.yunet2022 ? yunet2022() : m_backends.front().get();
        if (!backend)
            backend = m_backends.front().get();
        for (size_t k = 0; k < weak.size(); ++k) {
            // A candidate the looks so far keep above the uncertain threshold whatever the
            // remaining looks say (even 0) is blurred anyway: it is spared them (cost on
            // crowds) and scored by the mean of the looks it had.
            if (l > 0 && sum[k] >= m_config.uncertainThreshold * looks)
                continue;
            try {
                sum[k] += lookAt(*backend, bgr, fused->at(weak[k]).box, look.face, look.side, look.flip);
            } catch (const cv::Exception &e) {
                // A failed look counts as a look that finds the face: it must not hide one.
                qWarning("second look at a face candidate failed: %s", e.what());
                sum[k] += fused->at(weak[k]).score;
            }
            ++taken[k];
        }
    }
    for (size_t k = 0; k < weak.size(); ++k) {
        FusedBox &f = (*fused)[weak[k]];
        f.score = sum[k] / taken[k];
    }
}

QList<Detection> MultiScaleDetector::detectBgr(const cv::Mat &bgr)
{
    const QSize imageSize(bgr.cols, bgr.rows);
    std::map<std::pair<double, double>, cv::Mat> scaledImages;
    QList<SourcedBox> candidates;
    QList<SourcedBox> weak;
    for (const ModelPass &pass : planPasses(m_config, imageSize)) {
        cv::Mat &scaled = scaledImages[{pass.scale, pass.scaleY()}];
        if (scaled.empty()) {
            if (std::abs(pass.scale - 1) < 1e-6 && std::abs(pass.scaleY() - 1) < 1e-6) {
                scaled = bgr;
            } else {
                const cv::Size size(std::max(1, int(std::lround(bgr.cols * pass.scale))),
                                    std::max(1, int(std::lround(bgr.rows * pass.scaleY()))));
                const bool down = pass.scale < 1 && pass.scaleY() < 1;
                cv::resize(bgr, scaled, size, 0, 0, down ? cv::INTER_AREA : cv::INTER_LINEAR);
            }
        }
        try {
            // Candidates below the network's own floor are fused apart (possibleFaces()),
            // so that asking for possible faces leaves the other detections as they are.
            const double floor = candidateFloor(m_config.models[pass.modelIndex]);
            for (const RawBox &b : runPass(pass, scaled, imageSize))
                (b.score >= floor ? candidates : weak).append({b.box, b.score, pass.modelIndex});
        } catch (const cv::Exception &e) {
            // One failing pass must not lose the faces the others found.
            qWarning("face detection pass at scale %.3f (aspect %.2f) failed: %s", pass.scale, pass.aspect, e.what());
        }
    }
    QList<FusedBox> fused = suppressContained(fuseBoxes(candidates, m_config.fusionIou), m_config.containedFraction);
    const QList<FusedBox> firstLook = fused;
    if (m_config.verifyBelow > 0 && !m_backends.empty() && m_backends.front()->inputSize().empty())
        secondLook(bgr, &fused);
    QList<Detection> detections;
    for (qsizetype i = 0; i < fused.size(); ++i) {
        const FusedBox &f = fused[i];
        if (f.score < m_config.uncertainThreshold) {
            // Candidates below the uncertain threshold looked at (verifyFrom) and not
            // confirmed stay possible faces for review, as they would be without the looks.
            if (m_options.possibleThreshold >= 0 && firstLook[i].score < m_config.uncertainThreshold
                && firstLook[i].score >= m_options.possibleThreshold)
                weak.append({f.box, firstLook[i].score, 0});
            continue;
        }
        detections.append({f.box, f.score, f.score < m_config.threshold});
    }
    if (m_options.possibleThreshold >= 0)
        detections.append(possibleFaces(weak, detections));
    return detections;
}

} // namespace veil
