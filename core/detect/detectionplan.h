#pragma once

// What each preset runs: which networks, at which scales, and how their candidates are
// merged. The numbers were tuned on wider-dev (see docs/detection.md).

#include "backend.h"
#include "facedetector.h"

#include <QList>
#include <QSize>

namespace veil {

struct ModelUse
{
    ModelKind model = ModelKind::YuNet;
    // Face heights (network input pixels) the network finds reliably.
    double minFace = 20;
    double maxFace = 240;
    // The finest pass is capped at this upscale and at this many input pixels.
    double maxUpscale = 2;
    double maxPixels = 1e6;
    // ... but never below this scale, whatever maxPixels says (1 = at least the
    // photo's own resolution, the one it is exported at).
    double minScale = 0;
    // Candidates below this never enter fusion.
    double minScore = 0.3;
    // Multiplies the network's scores before fusion (calibrates networks against each other).
    double scoreWeight = 1.0;
    // Grows the network's boxes vertically about their centre: networks differ in how
    // much forehead and chin their boxes include, and a mask must cover all of it.
    double heightScale = 1.0;
    // Grows the boxes in both directions about their centre, on top of heightScale:
    // anonymization errs on the side of covering hair and ears.
    double boxScale = 1.0;
    // Run only the finest scale: for fixed-input networks, whose cost does not shrink
    // with the scale, when YuNet's cheap coarse passes already find the large faces.
    bool finestOnly = false;
    // Vertical squeezes each scale is also looked at with (1 = the image as it is). A
    // photo resized without keeping its aspect ratio (to a square thumbnail, as in
    // wider-dev) stretches faces; networks trained on undistorted faces miss faces
    // stretched by more than ~1.5, and find them once a pass undoes the stretch. The
    // passes of all aspects share maxPixels.
    QList<double> aspects{1.0};
    // Squeezed passes run only at scales of at least this (unsqueezed ones always). A
    // tiled network's squeezed pass costs a whole tile however little of it the squeezed
    // photo fills, and what it adds are faces at the bottom of the network's range; on a
    // large photo looked at downscaled those are too small for any pass, and the tile
    // only finds again the large faces YuNet's passes find (docs/detection.md).
    double squeezedMinScale = 0;
    // Any-size networks (YuNet-n): the largest tile side fed to the network, in input
    // pixels; 0 = the whole scaled image as one input. One inference of YuNet-n holds
    // ~230 bytes per input pixel (a 12 MP photo as one input: ~2.9 GB).
    double tileSide = 0;
    // The factor between neighbouring scales; 0 = max(1.5, maxFace / minFace / 2).
    double scaleStep = 0;
};

struct PresetConfig
{
    QList<ModelUse> models;
    double smallestFace = 10; // displayed pixels
    double threshold = 0.6;
    double uncertainThreshold = 0.35;
    double fusionIou = 0.4;
    double containedFraction = 0.8;
    // A second look at weak candidates: each fused candidate scoring below verifyBelow
    // (and at least the uncertain threshold, or verifyFrom) is looked at again, once per
    // entry of `looks`. Its score becomes the mean of its first score and of every look's
    // (0 for a look that finds nothing there). 0 = no second look.
    double verifyBelow = 0;
    // Candidates from this score (below the uncertain threshold: a weak small face may
    // score higher enlarged) also get the looks; -1 = from the uncertain threshold.
    double verifyFrom = -1;
    // The looks: each a crop of side x side in which the candidate is `face` pixels high,
    // by YuNet-n (or by YuNet 2022mar when `yunet2022`), mirrored when `flip`. The
    // candidate's score becomes the mean of its first score and of every look's.
    struct Look
    {
        double face = 48;
        int side = 160;
        bool flip = false;
        bool yunet2022 = false;
    };
    QList<Look> looks{Look{}};
};

PresetConfig presetConfig(DetectionPreset preset);

// For tuning without rebuilding: applies "key=value;..." overrides, e.g.
// "threshold=0.5;models=yunet,ultra640;yunet.maxUpscale=3;ultra640.minScore=0.5".
// Keys: threshold, uncertain, smallestFace, fusionIou, contained, models (yunet, yunetn,
// ultra640, ultra320, retina), and MODEL.{minFace,maxFace,maxUpscale,maxPixels,minScale,minScore,
// weight,heightScale,boxScale,squeezedMinScale,tileSide,step,finestOnly,aspects} (aspects: a comma-separated list, e.g.
// "yunet.aspects=1,1.5"). Unknown keys are reported in *error. FaceDetector::create()
// reads them from the VEIL_DETECT_TUNING environment variable, which only measurements
// should set.
bool applyTuning(PresetConfig *config, const QString &overrides, QString *error);

struct ModelPass
{
    int modelIndex = 0; // into PresetConfig::models
    double scale = 1;   // network input pixels per image pixel, horizontally
    double aspect = 1;  // vertically the scale is scale / aspect
    double scaleY() const { return scale / aspect; }
    // The largest face (input pixels) this pass is responsible for: a coarser pass sees
    // larger faces at minFace or more. Tiles of the pass overlap by more than this, so
    // such a face lies whole in some tile; faces cut by an inner tile edge are dropped.
    double maxFace = 0;
};

// The passes for an image of this size, finest first per network.
QList<ModelPass> planPasses(const PresetConfig &config, QSize image);

// The side of a look's crop for a candidate `face` pixels high (48: 160).
int lookSide(double face);

// The overlap (input pixels) of neighbouring tiles of a pass: its largest face grown by
// the slack a detection box may have around a face, plus the edge margin.
int tileOverlap(const ModelPass &pass);

// The tiles (input pixels of the pass's scaled image) an any-size network is fed; one
// tile, the whole image, when the network is not tiled.
QList<QRect> passTiles(const ModelUse &use, const ModelPass &pass, QSize scaledImage);

// The largest scale any pass uses (in either direction): a photo can be decoded at this fraction of its size.
double maxPassScale(const PresetConfig &config, QSize image);

} // namespace veil
