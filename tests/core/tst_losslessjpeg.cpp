#include "../testutil.h"
#include "anonymize/obfuscation.h"
#include "detect/facedetector.h"
#include "export/verification.h"
#include "imaging/exifinfo.h"
#include "imaging/imageloader.h"
#include "imaging/orientation.h"
#include "jpeg/decodedjpeg.h"
#include "jpeg/jpegdecode.h"
#include "jpeg/losslessjpeg.h"

#include <QBuffer>
#include <QTest>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <csetjmp>
#include <cstdio>
#include <jpeglib.h>

using namespace veil;

// What is compared, and why it is exact:
// - The coefficients of every 8x8 block outside the MCUs touching a region are compared
//   with the original's, bit for bit.
// - Pixels outside those MCUs are compared after decoding both files with libjpeg and
//   do_fancy_upsampling=FALSE: chroma is then replicated within its own block, so no pixel
//   depends on another MCU and equal coefficients give equal pixels. With fancy (triangle)
//   upsampling, which viewers use, a pixel also reads the chroma samples of the next MCU,
//   so only the 1-pixel ring around touched MCUs may differ; that is checked separately.

namespace {

struct JpegFacts
{
    bool ok = false;
    int width = 0, height = 0, components = 0;
    bool progressive = false;
    QList<QPoint> sampling;
    QList<QList<quint16>> quant;       // per component
    QList<QList<QList<short>>> blocks; // per component, per block: 64 coefficients
    QList<int> blocksWide, blocksHigh;
    QList<int> markers;                // APPn/COM codes present, in order
    QByteArray app1;
};

struct Err
{
    jpeg_error_mgr mgr;
    std::jmp_buf jump;
};

[[noreturn]] void testErrorExit(j_common_ptr c)
{
    std::longjmp(reinterpret_cast<Err *>(c->err)->jump, 1);
}

bool readFactsInto(const QByteArray &data, JpegFacts &f, jpeg_decompress_struct &d, Err &err)
{
    if (setjmp(err.jump))
        return false;
    jpeg_mem_src(&d, reinterpret_cast<const unsigned char *>(data.constData()), static_cast<unsigned long>(data.size()));
    for (int m = 0; m < 16; ++m)
        jpeg_save_markers(&d, JPEG_APP0 + m, 0xFFFF);
    jpeg_save_markers(&d, JPEG_COM, 0xFFFF);
    jpeg_read_header(&d, TRUE);
    jvirt_barray_ptr *coefs = jpeg_read_coefficients(&d);
    f.width = int(d.image_width);
    f.height = int(d.image_height);
    f.components = d.num_components;
    f.progressive = d.progressive_mode;
    for (jpeg_saved_marker_ptr m = d.marker_list; m; m = m->next) {
        f.markers.append(m->marker);
        if (m->marker == JPEG_APP0 + 1)
            f.app1 = QByteArray(reinterpret_cast<const char *>(m->data), int(m->data_length));
    }
    for (int c = 0; c < d.num_components; ++c) {
        const jpeg_component_info &comp = d.comp_info[c];
        f.sampling.append(QPoint(comp.h_samp_factor, comp.v_samp_factor));
        f.quant.append(QList<quint16>(comp.quant_table->quantval, comp.quant_table->quantval + 64));
        f.blocksWide.append(int(comp.width_in_blocks));
        f.blocksHigh.append(int(comp.height_in_blocks));
        QList<QList<short>> all;
        for (JDIMENSION y = 0; y < comp.height_in_blocks; ++y) {
            JBLOCKARRAY row = (*d.mem->access_virt_barray)(reinterpret_cast<j_common_ptr>(&d), coefs[c], y, 1, FALSE);
            for (JDIMENSION x = 0; x < comp.width_in_blocks; ++x)
                all.append(QList<short>(row[0][x], row[0][x] + 64));
        }
        f.blocks.append(all);
    }
    jpeg_finish_decompress(&d);
    f.ok = true;
    return true;
}

JpegFacts readFacts(const QByteArray &data)
{
    JpegFacts f;
    Err err;
    jpeg_decompress_struct d{};
    d.err = jpeg_std_error(&err.mgr);
    err.mgr.error_exit = testErrorExit;
    jpeg_create_decompress(&d);
    readFactsInto(data, f, d, err);
    jpeg_destroy_decompress(&d);
    return f;
}

struct EncodeSpec
{
    int hSamp = 2, vSamp = 2; // luma sampling; chroma is 1x1
    bool progressive = false;
    bool arithmetic = false;
    bool cmyk = false;
    bool gray = false;
    int quality = 90;
};

bool encodeInto(const QImage &rgb, const EncodeSpec &s, jpeg_compress_struct &c, Err &err, unsigned char **buf,
                unsigned long *size, QByteArray &row)
{
    if (setjmp(err.jump))
        return false;
    jpeg_mem_dest(&c, buf, size);
    c.image_width = JDIMENSION(rgb.width());
    c.image_height = JDIMENSION(rgb.height());
    c.input_components = s.cmyk ? 4 : s.gray ? 1 : 3;
    c.in_color_space = s.cmyk ? JCS_CMYK : s.gray ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(&c);
    jpeg_set_quality(&c, s.quality, TRUE);
    if (!s.cmyk && !s.gray) {
        c.comp_info[0].h_samp_factor = s.hSamp;
        c.comp_info[0].v_samp_factor = s.vSamp;
    }
    c.arith_code = s.arithmetic ? TRUE : FALSE;
    if (s.progressive)
        jpeg_simple_progression(&c);
    jpeg_start_compress(&c, TRUE);
    row.resize(rgb.width() * 4);
    while (c.next_scanline < c.image_height) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(int(c.next_scanline)));
        auto *out = reinterpret_cast<JSAMPLE *>(row.data());
        for (int x = 0; x < rgb.width(); ++x) {
            if (s.cmyk) {
                // Adobe's inverted CMYK (libjpeg writes the Adobe marker): 255 - C = R, K = 0.
                out[4 * x] = JSAMPLE(qRed(line[x]));
                out[4 * x + 1] = JSAMPLE(qGreen(line[x]));
                out[4 * x + 2] = JSAMPLE(qBlue(line[x]));
                out[4 * x + 3] = 255;
            } else if (s.gray) {
                out[x] = JSAMPLE(qGray(line[x]));
            } else {
                out[3 * x] = JSAMPLE(qRed(line[x]));
                out[3 * x + 1] = JSAMPLE(qGreen(line[x]));
                out[3 * x + 2] = JSAMPLE(qBlue(line[x]));
            }
        }
        JSAMPROW r = out;
        jpeg_write_scanlines(&c, &r, 1);
    }
    jpeg_finish_compress(&c);
    return true;
}

QByteArray encode(const QImage &image, const EncodeSpec &spec)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    Err err;
    jpeg_compress_struct c{};
    c.err = jpeg_std_error(&err.mgr);
    err.mgr.error_exit = testErrorExit;
    jpeg_create_compress(&c);
    unsigned char *buf = nullptr;
    unsigned long size = 0;
    QByteArray row;
    const bool ok = encodeInto(rgb, spec, c, err, &buf, &size, row);
    jpeg_destroy_compress(&c);
    QByteArray out = ok ? QByteArray(reinterpret_cast<const char *>(buf), qsizetype(size)) : QByteArray();
    free(buf);
    return out;
}

QImage decodeExact(const QByteArray &data, bool fancy = false)
{
    JpegDecodeOptions options;
    options.fancyUpsampling = fancy;
    return decodeJpeg(data, options).image;
}

// The test's own obfuscation: a solid fill of each region (clipped to the tile).
struct Fill
{
    QList<QRect> regions;
    QRgb color = qRgb(255, 0, 255);
    void operator()(QImage &tile, QPoint origin) const
    {
        for (const QRect &r : regions) {
            const QRect local = r.translated(-origin) & tile.rect();
            for (int y = local.top(); y <= local.bottom(); ++y)
                for (int x = local.left(); x <= local.right(); ++x)
                    tile.setPixel(x, y, color);
        }
    }
};

// MCU cells touched by any region, as a per-pixel predicate.
struct TouchedCells
{
    int cellW, cellH;
    QList<QRect> cells; // pixel rects of the touched MCU ranges
    TouchedCells(const QList<QRect> &regions, int cw, int ch, QSize image) : cellW(cw), cellH(ch)
    {
        for (const QRect &region : regions) {
            const QRect r = region & QRect(QPoint(0, 0), image);
            if (r.isEmpty())
                continue;
            const int x0 = r.left() / cw * cw, y0 = r.top() / ch * ch;
            const int x1 = (r.right() / cw + 1) * cw, y1 = (r.bottom() / ch + 1) * ch;
            cells.append(QRect(x0, y0, x1 - x0, y1 - y0));
        }
    }
    bool contains(int x, int y, int margin = 0) const
    {
        for (const QRect &c : cells)
            if (c.adjusted(-margin, -margin, margin, margin).contains(x, y))
                return true;
        return false;
    }
};

// Number of pixels outside the touched cells (grown by `margin`) that differ.
int differencesOutside(const QImage &a, const QImage &b, const TouchedCells &cells, int margin)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (!cells.contains(x, y, margin) && a.pixel(x, y) != b.pixel(x, y))
                ++count;
    return count;
}

double meanDistance(const QImage &image, const QRect &rect, QRgb color)
{
    double sum = 0;
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x, ++n) {
            const QRgb p = image.pixel(x, y);
            sum += (qAbs(qRed(p) - qRed(color)) + qAbs(qGreen(p) - qGreen(color)) + qAbs(qBlue(p) - qBlue(color))) / 3.0;
        }
    return n ? sum / n : 0;
}

double meanDifference(const QImage &a, const QImage &b, const QRect &rect)
{
    double sum = 0;
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x, ++n)
            sum += meanDistance(b, QRect(x, y, 1, 1), a.pixel(x, y));
    return n ? sum / n : 0;
}

// Blocks outside touched cells with coefficients different from the original's.
int changedBlocksOutside(const JpegFacts &a, const JpegFacts &b, const TouchedCells &cells, int maxH, int maxV)
{
    int changed = 0;
    for (int c = 0; c < a.components; ++c) {
        const int fw = 8 * maxH / a.sampling[c].x(), fh = 8 * maxV / a.sampling[c].y();
        for (int by = 0; by < a.blocksHigh[c]; ++by)
            for (int bx = 0; bx < a.blocksWide[c]; ++bx) {
                const int i = by * a.blocksWide[c] + bx;
                if (!cells.contains(bx * fw, by * fh) && a.blocks[c][i] != b.blocks[c][i])
                    ++changed;
            }
    }
    return changed;
}

// A minimal EXIF block holding only the Orientation tag (little-endian TIFF).
QByteArray orientationExif(int orientation)
{
    QByteArray b("Exif\0\0", 6);
    b += QByteArray("II*\0\x08\0\0\0", 8);
    b += QByteArray("\x01\0", 2);                               // one entry
    b += QByteArray("\x12\x01\x03\0\x01\0\0\0", 8);             // 0x0112 SHORT x1
    b += char(orientation);
    b += QByteArray("\0\0\0", 3);
    b += QByteArray("\0\0\0\0", 4);                             // no next IFD
    return b;
}

// YuNet straight from OpenCV, so that this test does not depend on the detection presets.
class YunetDetector : public FaceDetector
{
public:
    explicit YunetDetector(double threshold) : m_threshold(threshold)
    {
        m_net = cv::FaceDetectorYN::create(test::sharedPath(QStringLiteral("models/yunet-2022mar.onnx")).toStdString(), "",
                                           cv::Size(320, 320), float(threshold));
    }
    bool ok() const { return !m_net.empty(); }
    QList<Detection> detect(const QImage &displayed) override
    {
        const QImage rgb = displayed.convertToFormat(QImage::Format_RGB888);
        cv::Mat wrapped(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()), size_t(rgb.bytesPerLine()));
        cv::Mat bgr;
        cv::cvtColor(wrapped, bgr, cv::COLOR_RGB2BGR);
        m_net->setInputSize(bgr.size());
        cv::Mat faces;
        m_net->detect(bgr, faces);
        QList<Detection> out;
        for (int i = 0; i < faces.rows; ++i) {
            Detection d;
            d.box = QRectF(faces.at<float>(i, 0), faces.at<float>(i, 1), faces.at<float>(i, 2), faces.at<float>(i, 3));
            d.score = faces.at<float>(i, 14);
            out.append(d);
        }
        return out;
    }
    DetectorOptions options() const override { return {}; }

private:
    double m_threshold;
    cv::Ptr<cv::FaceDetectorYN> m_net;
};

const QString kPhoto = QStringLiteral("data/wider-dev/images/9_Press_Conference_Press_Conference_9_129.jpg");
// Its faces from faces.csv (136.5,131.3,61.8,109.6 and 289.2,150.8,51.2,82.4), rounded out.
const QList<QRect> kFaces = {QRect(136, 131, 63, 111), QRect(289, 150, 52, 84)};

} // namespace

class TestLosslessJpeg : public QObject
{
    Q_OBJECT

private slots:
    void onlyTouchedMcusChange_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("predecoded"); // DecodedJpeg: coefficients and pixels from one decode
        for (const bool predecoded : {false, true}) {
            const char *how = predecoded ? ", decoded once" : "";
            QTest::newRow(qPrintable(QStringLiteral("original file (4:2:0 baseline)%1").arg(how)))
                << QStringLiteral("original") << predecoded;
            QTest::newRow(qPrintable(QStringLiteral("4:2:0 progressive%1").arg(how))) << QStringLiteral("420p") << predecoded;
            QTest::newRow(qPrintable(QStringLiteral("4:2:2 baseline%1").arg(how))) << QStringLiteral("422") << predecoded;
            QTest::newRow(qPrintable(QStringLiteral("4:4:4 progressive%1").arg(how))) << QStringLiteral("444p") << predecoded;
            QTest::newRow(qPrintable(QStringLiteral("grayscale%1").arg(how))) << QStringLiteral("gray") << predecoded;
        }
    }

    void onlyTouchedMcusChange()
    {
        QFETCH(QString, variant);
        QFETCH(bool, predecoded);
        QByteArray original = test::readFile(test::sharedPath(kPhoto));
        QVERIFY(!original.isEmpty());
        if (variant != QLatin1String("original")) {
            const QImage pixels = decodeExact(original, true);
            EncodeSpec spec;
            spec.progressive = variant.endsWith(QLatin1Char('p'));
            spec.hSamp = variant.startsWith(QLatin1String("444")) ? 1 : 2;
            spec.vSamp = variant.startsWith(QLatin1String("420")) ? 2 : 1;
            spec.gray = variant == QLatin1String("gray");
            original = encode(pixels, spec);
            QVERIFY(!original.isEmpty());
        }
        const JpegFacts before = readFacts(original);
        QVERIFY(before.ok);

        LosslessJpegRequest request;
        request.jpeg = original;
        request.storedRegions = kFaces;
        request.obfuscate = Fill{kFaces};
        request.markers = {{JPEG_APP0 + 1, orientationExif(1)}, {JPEG_COM, QByteArray("veil test")}};
        if (predecoded) {
            QString error;
            request.decoded = DecodedJpeg::decode(original, 250'000'000, &error);
            QVERIFY2(request.decoded, qPrintable(error));
        }
        const LosslessJpegResult result = anonymizeJpegLossless(request);
        QVERIFY2(result.ok(), qPrintable(result.error + result.fallbackReason));
        QCOMPARE(result.progressive, before.progressive);
        if (predecoded) // used up, and its memory given back
            QVERIFY(request.decoded->consumed() && request.decoded->pixels().isNull());

        const JpegFacts after = readFacts(result.jpeg);
        QVERIFY(after.ok);
        QCOMPARE(after.width, before.width);
        QCOMPARE(after.height, before.height);
        QCOMPARE(after.components, before.components);
        QCOMPARE(after.sampling, before.sampling);
        QCOMPARE(after.quant, before.quant);
        QCOMPARE(after.progressive, before.progressive);
        // Only the given markers: the original's APP0/APP1/COM are gone.
        QCOMPARE(after.markers, (QList<int>{JPEG_APP0 + 1, JPEG_COM}));
        QCOMPARE(after.app1, orientationExif(1));

        int maxH = 1, maxV = 1;
        for (const QPoint &s : before.sampling) {
            maxH = std::max(maxH, s.x());
            maxV = std::max(maxV, s.y());
        }
        const TouchedCells cells(kFaces, 8 * maxH, 8 * maxV, QSize(before.width, before.height));
        QCOMPARE(changedBlocksOutside(before, after, cells, maxH, maxV), 0);
        QVERIFY(result.mcusReencoded > 0);
        QVERIFY2(result.mcusReencoded * 10 < result.mcusTotal,
                 qPrintable(QStringLiteral("%1 of %2").arg(result.mcusReencoded).arg(result.mcusTotal)));

        const QImage a = decodeExact(original), b = decodeExact(result.jpeg);
        QCOMPARE(differencesOutside(a, b, cells, 0), 0);
        const QImage fa = decodeExact(original, true), fb = decodeExact(result.jpeg, true);
        QCOMPARE(differencesOutside(fa, fb, cells, 1), 0);

        // Inside the masks the faces are replaced by the fill (away from the chroma edge).
        // Grayscale keeps the JFIF luma of the fill: 0.299 * 255 + 0.114 * 255 = 105.
        const QRgb fill = variant == QLatin1String("gray") ? qRgb(105, 105, 105) : qRgb(255, 0, 255);
        for (const QRect &face : kFaces) {
            const QRect inner = face.adjusted(8, 8, -8, -8);
            QVERIFY2(meanDistance(b, inner, fill) < 6, qPrintable(QString::number(meanDistance(b, inner, fill))));
            QVERIFY2(meanDifference(a, b, inner) > 25, qPrintable(QString::number(meanDifference(a, b, inner))));
        }
    }

    void exportVerificationPassesWithTheRealObfuscation_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("blur") << int(ObfuscationMethod::Blur);
        QTest::newRow("pixelate") << int(ObfuscationMethod::Pixelate);
        QTest::newRow("solid") << int(ObfuscationMethod::Solid);
    }

    void exportVerificationPassesWithTheRealObfuscation()
    {
        QFETCH(int, method);
        // The export's own obfuscation (blur, soft edge) through the lossless path, as
        // core/export calls it; then the export verification with a real detector.
        const QByteArray original = test::readFile(test::sharedPath(kPhoto));
        YunetDetector detector(0.5);
        QVERIFY(detector.ok());
        const QList<QRectF> faces = {QRectF(136.5, 131.3, 61.8, 109.6), QRectF(289.2, 150.8, 51.2, 82.4)};
        ObfuscationOptions obfuscation;
        obfuscation.method = ObfuscationMethod(method);
        obfuscation.noiseSeed = 7;
        const QSize size(416, 416);
        // The detector does see both faces in the original: the check below can fail.
        const VerificationResult before = verifyExport(original, size, faces, obfuscation, &detector, 0.5);
        QCOMPARE(before.facesFound.size(), 2);

        LosslessJpegRequest request;
        request.jpeg = original;
        for (const QRectF &f : faces)
            request.storedRegions.append(affectedRect(f, obfuscation).toAlignedRect());
        request.obfuscate = [&](QImage &tile, QPoint origin) {
            QList<QRectF> local;
            for (const QRectF &f : faces)
                local.append(f.translated(-origin));
            obfuscateFaces(tile, local, obfuscation);
        };
        request.markers = {{JPEG_APP0 + 1, orientationExif(1)}};
        const LosslessJpegResult result = anonymizeJpegLossless(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const VerificationResult after = verifyExport(result.jpeg, size, faces, obfuscation, &detector, 0.5);
        QVERIFY2(after.passed(), qPrintable(after.failureReason()));
        QCOMPARE(after.regionsChecked, 2);
        QVERIFY(after.facesChecked);

        // And still nothing outside the touched MCUs changed.
        const TouchedCells cells(request.storedRegions, 16, 16, size);
        QCOMPARE(differencesOutside(decodeExact(original), decodeExact(result.jpeg), cells, 0), 0);
    }

    void unchangedBlocksInsideTouchedMcusAreKept()
    {
        // An obfuscation that changes nothing re-encodes nothing: even the blocks of touched
        // MCUs keep their coefficients.
        const QByteArray original = test::readFile(test::sharedPath(kPhoto));
        LosslessJpegRequest request;
        request.jpeg = original;
        request.storedRegions = kFaces;
        request.obfuscate = [](QImage &, QPoint) {};
        const LosslessJpegResult result = anonymizeJpegLossless(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.blocksReencoded, 0);
        QCOMPARE(result.mcusReencoded, 0);
        const JpegFacts a = readFacts(original), b = readFacts(result.jpeg);
        QCOMPARE(b.blocks, a.blocks);
        QCOMPARE(decodeExact(result.jpeg, true), decodeExact(original, true));
    }

    void decodedOnceIsTheUsualDecode_data()
    {
        QTest::addColumn<bool>("progressive");
        QTest::newRow("baseline") << false;
        QTest::newRow("progressive") << true;
    }

    void decodedOnceIsTheUsualDecode()
    {
        // DecodedJpeg's pixels are decodeJpeg's, bit for bit (same IDCT, same upsampling),
        // so detection sees the same image whichever decoded it.
        QFETCH(bool, progressive);
        QByteArray original = test::readFile(test::sharedPath(kPhoto));
        if (progressive) {
            EncodeSpec spec;
            spec.progressive = true;
            original = encode(decodeExact(original, true), spec);
        }
        QString error;
        const auto decoded = DecodedJpeg::decode(original, 250'000'000, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->pixels().format(), QImage::Format_RGB32);
        QCOMPARE(decoded->pixels(), decodeExact(original, true));

        // Used once: a second export of the same request reads the file again, and comes out
        // the same outside the touched MCUs and alike inside them (there the tiles came
        // from libjpeg's pixels once and from the path's own IDCT once).
        LosslessJpegRequest request;
        request.jpeg = original;
        request.storedRegions = kFaces;
        request.obfuscate = Fill{kFaces};
        request.decoded = std::shared_ptr<DecodedJpeg>(DecodedJpeg::decode(original, 250'000'000, &error));
        const LosslessJpegResult first = anonymizeJpegLossless(request);
        const LosslessJpegResult second = anonymizeJpegLossless(request);
        QVERIFY2(first.ok() && second.ok(), qPrintable(first.error + second.error));
        QVERIFY(request.decoded->consumed());
        const QImage a = decodeExact(first.jpeg), b = decodeExact(second.jpeg);
        QCOMPARE(differencesOutside(a, b, TouchedCells(kFaces, 16, 16, a.size()), 0), 0);
        for (const QRect &face : kFaces)
            QVERIFY2(meanDifference(a, b, face) < 2, qPrintable(QString::number(meanDifference(a, b, face))));
    }

    void decodedOnceRefusesWhatItCannotTake()
    {
        // Not decoded this way: the caller falls back to the usual decode, which reports a
        // corrupt file as such and reads CMYK.
        const QByteArray original = test::readFile(test::sharedPath(kPhoto));
        QString error;
        QVERIFY(!DecodedJpeg::decode(original.left(original.size() / 2), 250'000'000, &error));
        QVERIFY2(error.contains(QLatin1String("truncated or corrupt")), qPrintable(error));
        error.clear();
        EncodeSpec cmyk;
        cmyk.cmyk = true;
        QVERIFY(!DecodedJpeg::decode(encode(decodeExact(original), cmyk), 250'000'000, &error));
        QVERIFY2(error.contains(QLatin1String("CMYK")), qPrintable(error));
        error.clear();
        QVERIFY(!DecodedJpeg::decode(original, 416 * 416 - 1, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!DecodedJpeg::decode(QByteArray("not a jpeg"), 250'000'000, &error));
        QVERIFY(!error.isEmpty());
    }

    void tileIsTheDecodedImage()
    {
        // The pixels handed to the obfuscation are the photo's (up to IDCT/upsampling
        // differences) at the right place.
        const QByteArray original = test::readFile(test::sharedPath(kPhoto));
        const QImage reference = decodeExact(original);
        double worst = 0;
        int calls = 0;
        LosslessJpegRequest request;
        request.jpeg = original;
        request.storedRegions = {QRect(100, 100, 40, 40), QRect(300, 300, 20, 20)};
        request.obfuscate = [&](QImage &tile, QPoint origin) {
            ++calls;
            QCOMPARE(tile.format(), QImage::Format_RGB32);
            QCOMPARE(origin.x() % 16, 0);
            QCOMPARE(origin.y() % 16, 0);
            worst = std::max(worst, meanDistance(tile, tile.rect(), qRgb(0, 0, 0))
                                        - meanDistance(reference.copy(QRect(origin, tile.size())), tile.rect(), qRgb(0, 0, 0)));
            for (int y = 0; y < tile.height(); y += 5)
                for (int x = 0; x < tile.width(); x += 5) {
                    const QRgb p = tile.pixel(x, y), q = reference.pixel(origin.x() + x, origin.y() + y);
                    QVERIFY2(qAbs(qGreen(p) - qGreen(q)) <= 3, qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
                }
        };
        const LosslessJpegResult result = anonymizeJpegLossless(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(calls, 2);
        QVERIFY(qAbs(worst) < 1.0);
    }

    void allEightOrientationsDisplayAlike_data()
    {
        QTest::addColumn<int>("orientation");
        for (int o = 1; o <= 8; ++o)
            QTest::newRow(qPrintable(QStringLiteral("landscape_%1").arg(o))) << o;
    }

    void allEightOrientationsDisplayAlike()
    {
        QFETCH(int, orientation);
        const QByteArray original = test::readFile(test::samplesPath(QStringLiteral("jpg/orientation/landscape_%1.jpg").arg(orientation)));
        const ImageHeader header = readImageHeader(original);
        QCOMPARE(header.orientation, orientation);
        // A region in displayed pixels (600x450 for every sample), mapped to stored pixels.
        // The second one runs into the corner, where MCUs are partial (450 = 28 * 16 + 2).
        const QRect displayedRegion(380, 60, 90, 120);
        const QRect displayedCorner(560, 420, 40, 30);
        const QRect stored = displayedToStored(QRectF(displayedRegion), header.storedSize, orientation).toAlignedRect();
        const QRect storedCorner = displayedToStored(QRectF(displayedCorner), header.storedSize, orientation).toAlignedRect();
        QCOMPARE(storedToDisplayed(QRectF(stored), header.storedSize, orientation).toAlignedRect(), displayedRegion);

        LosslessJpegRequest request;
        request.jpeg = original;
        request.storedRegions = {stored, storedCorner};
        request.obfuscate = Fill{{stored, storedCorner}, qRgb(0, 255, 0)};
        request.markers = {{JPEG_APP0 + 1, orientationExif(orientation)}};
        const LosslessJpegResult result = anonymizeJpegLossless(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(readExifFromFile(result.jpeg).orientation, orientation);

        // Displayed like the original: same displayed size, identical outside the touched
        // MCUs (mapped to displayed pixels), green inside the region.
        const LoadedImage shownBefore = loadImageFromData(original);
        const LoadedImage shownAfter = loadImageFromData(result.jpeg);
        QVERIFY2(shownAfter.ok(), qPrintable(shownAfter.error));
        QCOMPARE(shownAfter.image.size(), QSize(600, 450));
        QCOMPARE(shownAfter.image.size(), shownBefore.image.size());

        const JpegFacts facts = readFacts(original);
        const int cw = 8 * facts.sampling[0].x(), ch = 8 * facts.sampling[0].y();
        const TouchedCells storedCells({stored, storedCorner}, cw, ch, header.storedSize);
        QList<QRect> displayedCells;
        for (const QRect &c : storedCells.cells)
            displayedCells.append(storedToDisplayed(QRectF(c), header.storedSize, orientation).toAlignedRect());
        const TouchedCells shownCells(displayedCells, 1, 1, QSize(600, 450));
        const QImage exactBefore = applyOrientation(decodeExact(original), orientation);
        const QImage exactAfter = applyOrientation(decodeExact(result.jpeg), orientation);
        QCOMPARE(differencesOutside(exactBefore, exactAfter, shownCells, 0), 0);
        QVERIFY(meanDistance(shownAfter.image, displayedRegion.adjusted(8, 8, -8, -8), qRgb(0, 255, 0)) < 6);
        QVERIFY(meanDistance(shownBefore.image, displayedRegion.adjusted(8, 8, -8, -8), qRgb(0, 255, 0)) > 60);
        QVERIFY(meanDistance(shownAfter.image, displayedCorner.adjusted(8, 8, 0, 0), qRgb(0, 255, 0)) < 6);
    }

    void fallsBackForUnsupportedInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        const QImage pixels = decodeExact(test::readFile(test::sharedPath(kPhoto)), true);
        QVERIFY(!pixels.isNull());
        EncodeSpec arith;
        arith.arithmetic = true;
        EncodeSpec cmyk;
        cmyk.cmyk = true;
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            pixels.save(&buffer, "PNG");
        }
        QTest::newRow("arithmetic coding") << encode(pixels, arith) << QStringLiteral("arithmetic coding");
        QTest::newRow("CMYK") << encode(pixels, cmyk) << QStringLiteral("CMYK");
        QTest::newRow("PNG") << png << QStringLiteral("not a JPEG");
        // The same photo with its frame header claiming 12-bit samples (SOF0 precision byte).
        QByteArray twelveBit = test::readFile(test::sharedPath(kPhoto));
        const qsizetype sof = twelveBit.indexOf(QByteArray("\xFF\xC0", 2));
        QVERIFY(sof > 0);
        twelveBit[sof + 4] = 12;
        QTest::newRow("12-bit") << twelveBit << QStringLiteral("precision 12");
    }

    void fallsBackForUnsupportedInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, reason);
        QVERIFY(data.size() > 100);
        LosslessJpegRequest request;
        request.jpeg = data;
        request.storedRegions = kFaces;
        request.obfuscate = Fill{kFaces};
        const LosslessJpegResult result = anonymizeJpegLossless(request);
        QVERIFY(!result.usedLosslessPath);
        QVERIFY(result.jpeg.isEmpty());
        QVERIFY(result.error.isEmpty());
        QVERIFY2(result.fallbackReason.contains(reason), qPrintable(result.fallbackReason));
    }

    void strictDecoderReadsCmyk()
    {
        // Lives here because this test can write CMYK JPEGs; the lossless path refuses them
        // (fallsBackForUnsupportedInput) and the pixel path decodes them.
        const QImage pixels = decodeExact(test::readFile(test::sharedPath(kPhoto)), true);
        EncodeSpec cmyk;
        cmyk.cmyk = true;
        cmyk.quality = 95;
        const JpegDecodeResult r = decodeJpeg(encode(pixels, cmyk));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.image.size(), pixels.size());
        QVERIFY2(meanDifference(pixels, r.image, pixels.rect()) < 4,
                 qPrintable(QString::number(meanDifference(pixels, r.image, pixels.rect()))));
    }

    void truncatedInputIsAnError()
    {
        LosslessJpegRequest request;
        request.jpeg = test::readFile(test::samplesPath(QStringLiteral("jpg/corrupted.jpg")));
        request.storedRegions = {QRect(10, 10, 50, 50)};
        request.obfuscate = Fill{request.storedRegions};
        LosslessJpegResult result = anonymizeJpegLossless(request);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(QStringLiteral("truncated or corrupt JPEG data: ")), qPrintable(result.error));

        const QByteArray photo = test::readFile(test::sharedPath(kPhoto));
        request.jpeg = photo.left(photo.size() / 2);
        result = anonymizeJpegLossless(request);
        QCOMPARE(result.error, QStringLiteral("truncated or corrupt JPEG data: Premature end of JPEG file"));
        QVERIFY(result.jpeg.isEmpty());
    }

    void corruptedDataNeverCrashes()
    {
        // Deterministic byte flips over headers and entropy-coded data: each input either
        // goes through, giving a valid JPEG, or fails with a message; none may crash.
        const QByteArray photo = test::readFile(test::sharedPath(kPhoto));
        quint32 state = 12345;
        int handled = 0;
        for (int i = 0; i < 120; ++i) {
            QByteArray mutated = photo;
            for (int k = 0; k < 1 + i % 4; ++k) {
                state = state * 1664525u + 1013904223u;
                // The first 40 mutate the headers (first 700 bytes), the rest anywhere.
                const qsizetype limit = i < 40 ? std::min<qsizetype>(700, mutated.size()) : mutated.size();
                const qsizetype at = 2 + qsizetype(state >> 8) % (limit - 2);
                mutated[at] = char(mutated[at] ^ char(1 + (state & 0x7F)));
            }
            LosslessJpegRequest request;
            request.jpeg = mutated;
            request.storedRegions = kFaces;
            request.obfuscate = Fill{kFaces};
            const LosslessJpegResult result = anonymizeJpegLossless(request);
            if (result.ok()) // what was written from the coefficients is a valid JPEG
                QVERIFY2(decodeJpeg(result.jpeg).ok(), qPrintable(decodeJpeg(result.jpeg).error));
            else
                QVERIFY(!result.error.isEmpty() || !result.fallbackReason.isEmpty());
            ++handled;
        }
        QCOMPARE(handled, 120);
    }

    void badRequestsAreErrors()
    {
        LosslessJpegRequest request;
        request.jpeg = test::readFile(test::sharedPath(kPhoto));
        request.storedRegions = kFaces;
        request.obfuscate = [](QImage &tile, QPoint) { tile = tile.copy(0, 0, 8, 8); };
        QVERIFY(anonymizeJpegLossless(request).error.contains(QStringLiteral("changed the tile size")));
        request.obfuscate = Fill{kFaces};
        request.markers = {{0xC4, QByteArray("x")}};
        QVERIFY(anonymizeJpegLossless(request).error.contains(QStringLiteral("not an APPn or COM")));
        request.markers = {{JPEG_APP0 + 1, QByteArray(70000, 'x')}};
        QVERIFY(anonymizeJpegLossless(request).error.contains(QStringLiteral("65533")));
    }

    void regionsOutsideTheImageAreIgnored()
    {
        LosslessJpegRequest request;
        request.jpeg = test::readFile(test::sharedPath(kPhoto));
        request.storedRegions = {QRect(-100, -100, 50, 50), QRect(5000, 10, 10, 10)};
        request.obfuscate = Fill{request.storedRegions};
        const LosslessJpegResult result = anonymizeJpegLossless(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.mcusReencoded, 0);
        QCOMPARE(readFacts(result.jpeg).blocks, readFacts(request.jpeg).blocks);
    }
};

QTEST_GUILESS_MAIN(TestLosslessJpeg)
#include "tst_losslessjpeg.moc"
