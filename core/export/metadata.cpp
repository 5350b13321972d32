#include "metadata.h"

#include "containerchunks.h"
#include "imaging/exifinfo.h"
#include "imaging/heifsupport.h"
#include "imaging/imageformat.h"

#include <libexif/exif-data.h>

#include <QSet>

#include <cstdlib>
#include <memory>

namespace veil {

namespace {

const QByteArray kExifHeader("Exif\0\0", 6);
const QByteArray kXmpTag("http://ns.adobe.com/xap/1.0/\0", 29);

struct ExifDataDeleter
{
    void operator()(ExifData *d) const { exif_data_unref(d); }
};
using ExifDataPtr = std::unique_ptr<ExifData, ExifDataDeleter>;

// Loads a block exactly as stored: no "fixing", no dropping of unknown tags.
ExifDataPtr loadExif(const QByteArray &block)
{
    QByteArray data = block;
    if (!data.startsWith(kExifHeader))
        data.prepend(kExifHeader);
    ExifDataPtr exif(exif_data_new());
    exif_data_unset_option(exif.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_unset_option(exif.get(), EXIF_DATA_OPTION_IGNORE_UNKNOWN_TAGS);
    exif_data_load_data(exif.get(), reinterpret_cast<const unsigned char *>(data.constData()),
                        static_cast<unsigned int>(data.size()));
    return exif;
}

struct SafeTag
{
    ExifIfd ifd;
    quint16 tag;
    const char *group; // the report name of what it belongs to
};

// The allowlist of --keep-metadata safe. Orientation is handled separately.
const SafeTag kSafeTags[] = {
    {EXIF_IFD_0, 0x010f, "camera-make-model"},    // Make
    {EXIF_IFD_0, 0x0110, "camera-make-model"},    // Model
    {EXIF_IFD_EXIF, 0x9003, "date-taken"},        // DateTimeOriginal
    {EXIF_IFD_EXIF, 0x9004, "date-taken"},        // DateTimeDigitized
    {EXIF_IFD_EXIF, 0x9011, "date-taken"},        // OffsetTimeOriginal
    {EXIF_IFD_EXIF, 0x829a, "exposure"},          // ExposureTime
    {EXIF_IFD_EXIF, 0x829d, "exposure"},          // FNumber
    {EXIF_IFD_EXIF, 0x8822, "exposure"},          // ExposureProgram
    {EXIF_IFD_EXIF, 0x8827, "exposure"},          // ISOSpeedRatings
    {EXIF_IFD_EXIF, 0x9201, "exposure"},          // ShutterSpeedValue
    {EXIF_IFD_EXIF, 0x9202, "exposure"},          // ApertureValue
    {EXIF_IFD_EXIF, 0x9204, "exposure"},          // ExposureBiasValue
    {EXIF_IFD_EXIF, 0x9205, "exposure"},          // MaxApertureValue
    {EXIF_IFD_EXIF, 0x9207, "exposure"},          // MeteringMode
    {EXIF_IFD_EXIF, 0x9209, "exposure"},          // Flash
    {EXIF_IFD_EXIF, 0x920a, "exposure"},          // FocalLength
    {EXIF_IFD_EXIF, 0xa402, "exposure"},          // ExposureMode
    {EXIF_IFD_EXIF, 0xa403, "exposure"},          // WhiteBalance
    {EXIF_IFD_EXIF, 0xa405, "exposure"},          // FocalLengthIn35mmFilm
};

bool isAllowedInExport(ExifIfd ifd, quint16 tag)
{
    if (ifd == EXIF_IFD_0 && tag == 0x0112)
        return true;
    for (const SafeTag &s : kSafeTags)
        if (s.ifd == ifd && s.tag == tag)
            return true;
    return false;
}

void inventoryExif(const QByteArray &block, QSet<QString> &found)
{
    ExifDataPtr exif = loadExif(block);
    bool any = exif->data && exif->size > 0;
    for (int ifd = 0; ifd < EXIF_IFD_COUNT; ++ifd) {
        ExifContent *content = exif->ifd[ifd];
        for (unsigned i = 0; i < content->count; ++i) {
            any = true;
            const quint16 tag = content->entries[i]->tag;
            if (ifd == EXIF_IFD_GPS)
                found.insert(QStringLiteral("gps"));
            else if (ifd == EXIF_IFD_1)
                found.insert(QStringLiteral("exif-thumbnail"));
            else if (tag == 0xa431 || tag == 0xa435 || tag == 0xc62f)
                found.insert(QStringLiteral("serial-number"));
            else if (tag == 0x927c)
                found.insert(QStringLiteral("maker-notes"));
            else if (tag == 0x013b || tag == 0xa430 || tag == 0x8298 || tag == 0x9c9d)
                found.insert(QStringLiteral("owner"));
            else if (tag == 0xa420)
                found.insert(QStringLiteral("unique-id"));
            else if (tag == 0x9286 || tag == 0x010e || tag == 0x9c9c || tag == 0x9c9b || tag == 0x9c9f)
                found.insert(QStringLiteral("exif-comment"));
        }
    }
    if (exif->data && exif->size > 0)
        found.insert(QStringLiteral("exif-thumbnail"));
    if (!any && !block.isEmpty())
        found.insert(QStringLiteral("exif-unreadable"));
    if (any || !block.isEmpty())
        found.insert(QStringLiteral("exif"));
    if (parseExifBlock(block).hasSerialNumber)
        found.insert(QStringLiteral("serial-number"));
}

void inventoryJpeg(const QByteArray &data, QSet<QString> &found)
{
    for (const JpegSegment &s : jpegHeaderSegments(data)) {
        if (s.marker == 0xE1 && s.payload.startsWith(kExifHeader))
            inventoryExif(s.payload, found);
        else if (s.marker == 0xE1 && (s.payload.startsWith(kXmpTag) || s.payload.startsWith("http://ns.adobe.com/xmp")))
            found.insert(QStringLiteral("xmp"));
        else if (s.marker == 0xED) {
            found.insert(QStringLiteral("photoshop-app13"));
            if (s.payload.contains(QByteArray("8BIM\x04\x04", 6)))
                found.insert(QStringLiteral("iptc"));
        } else if (s.marker == 0xFE)
            found.insert(QStringLiteral("comment"));
        else if (s.marker == 0xE2 && s.payload.startsWith("ICC_PROFILE"))
            found.insert(QStringLiteral("icc-profile"));
        else if (s.marker >= 0xE1 && s.marker <= 0xEF && s.marker != 0xEE)
            found.insert(QStringLiteral("app%1").arg(s.marker - 0xE0));
    }
}

void inventoryPng(const QByteArray &data, QSet<QString> &found)
{
    for (const PngChunk &c : pngChunks(data)) {
        if (c.type == "eXIf")
            inventoryExif(c.data, found);
        else if (c.type == "iCCP")
            found.insert(QStringLiteral("icc-profile"));
        else if ((c.type == "iTXt" || c.type == "zTXt" || c.type == "tEXt") && c.data.startsWith("XML:com.adobe.xmp"))
            found.insert(QStringLiteral("xmp"));
        else if (c.type == "iTXt" || c.type == "zTXt" || c.type == "tEXt")
            found.insert(QStringLiteral("png-text"));
        else if (c.type == "tIME")
            found.insert(QStringLiteral("png-time"));
    }
}

void inventoryWebp(const QByteArray &data, QSet<QString> &found)
{
    for (const RiffChunk &c : webpChunks(data)) {
        if (c.fourcc == "EXIF")
            inventoryExif(c.data, found);
        else if (c.fourcc == "XMP ")
            found.insert(QStringLiteral("xmp"));
        else if (c.fourcc == "ICCP")
            found.insert(QStringLiteral("icc-profile"));
    }
}

// Copies one entry's raw bytes into a new entry of `target`. The byte order of both
// blocks is the same, so multi-byte values need no conversion.
void copyEntry(ExifData *target, ExifIfd ifd, const ExifEntry *source)
{
    ExifMem *mem = exif_mem_new_default();
    ExifEntry *entry = exif_entry_new_mem(mem);
    entry->data = static_cast<unsigned char *>(exif_mem_alloc(mem, source->size));
    if (entry->data) {
        memcpy(entry->data, source->data, source->size);
        entry->size = source->size;
        entry->tag = source->tag;
        entry->format = source->format;
        entry->components = source->components;
        exif_content_add_entry(target->ifd[ifd], entry);
    }
    exif_entry_unref(entry);
    exif_mem_unref(mem);
}

void addOrientation(ExifData *target, int orientation)
{
    ExifMem *mem = exif_mem_new_default();
    ExifEntry *entry = exif_entry_new_mem(mem);
    entry->data = static_cast<unsigned char *>(exif_mem_alloc(mem, 2));
    if (entry->data) {
        exif_set_short(entry->data, exif_data_get_byte_order(target), ExifShort(orientation));
        entry->size = 2;
        entry->tag = EXIF_TAG_ORIENTATION;
        entry->format = EXIF_FORMAT_SHORT;
        entry->components = 1;
        exif_content_add_entry(target->ifd[EXIF_IFD_0], entry);
    }
    exif_entry_unref(entry);
    exif_mem_unref(mem);
}

} // namespace

QString policyName(MetadataPolicy policy)
{
    return policy == MetadataPolicy::Safe ? QStringLiteral("safe") : QStringLiteral("none");
}

bool policyFromName(const QString &name, MetadataPolicy *policy)
{
    if (name == QLatin1String("none") || name == QLatin1String("safe")) {
        *policy = name == QLatin1String("safe") ? MetadataPolicy::Safe : MetadataPolicy::None;
        return true;
    }
    return false;
}

QStringList metadataInventory(const QByteArray &fileData)
{
    QSet<QString> found;
    switch (sniffImageFormat(fileData.left(32))) {
    case ImageFormat::Jpeg:
        inventoryJpeg(fileData, found);
        break;
    case ImageFormat::Png:
        inventoryPng(fileData, found);
        break;
    case ImageFormat::WebP:
        inventoryWebp(fileData, found);
        break;
    case ImageFormat::Tiff:
    case ImageFormat::Heif: {
        const QByteArray block = originalExifBlock(fileData);
        if (!block.isEmpty())
            inventoryExif(block, found);
        break;
    }
    default:
        break;
    }
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

QByteArray originalExifBlock(const QByteArray &fileData)
{
    QByteArray block;
    switch (sniffImageFormat(fileData.left(32))) {
    case ImageFormat::Jpeg:
        block = jpegExifSegment(fileData);
        break;
    case ImageFormat::Tiff:
        block = fileData;
        break;
    case ImageFormat::Heif:
        block = heifExifBlock(fileData);
        break;
    case ImageFormat::Png:
        for (const PngChunk &c : pngChunks(fileData))
            if (c.type == "eXIf")
                block = c.data;
        break;
    case ImageFormat::WebP:
        for (const RiffChunk &c : webpChunks(fileData))
            if (c.fourcc == "EXIF")
                block = c.data;
        break;
    default:
        break;
    }
    if (!block.isEmpty() && !block.startsWith(kExifHeader))
        block.prepend(kExifHeader);
    return block;
}

QByteArray originalIccProfile(const QByteArray &fileData)
{
    switch (sniffImageFormat(fileData.left(32))) {
    case ImageFormat::Jpeg:
        return jpegIccProfile(fileData);
    case ImageFormat::WebP:
        for (const RiffChunk &c : webpChunks(fileData))
            if (c.fourcc == "ICCP")
                return c.data;
        return {};
    default:
        return {}; // PNG, TIFF, HEIF: taken from the decoded image's colour space
    }
}

QByteArray buildExifBlock(const QByteArray &originalExif, MetadataPolicy policy, int orientation,
                          QStringList *kept)
{
    ExifDataPtr fresh(exif_data_new());
    exif_data_unset_option(fresh.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_set_data_type(fresh.get(), EXIF_DATA_TYPE_COMPRESSED);
    QSet<QString> keptGroups;
    if (policy == MetadataPolicy::Safe && !originalExif.isEmpty()) {
        ExifDataPtr source = loadExif(originalExif);
        exif_data_set_byte_order(fresh.get(), exif_data_get_byte_order(source.get()));
        for (const SafeTag &s : kSafeTags) {
            const ExifEntry *e = exif_content_get_entry(source->ifd[s.ifd], ExifTag(s.tag));
            if (e && e->data && e->size > 0) {
                copyEntry(fresh.get(), s.ifd, e);
                keptGroups.insert(QLatin1String(s.group));
            }
        }
    }
    if (orientation >= 1 && orientation <= 8) {
        addOrientation(fresh.get(), orientation);
        keptGroups.insert(QStringLiteral("orientation"));
    }
    if (kept) {
        *kept = QStringList(keptGroups.begin(), keptGroups.end());
        kept->sort();
    }
    if (keptGroups.isEmpty())
        return {};
    unsigned char *buffer = nullptr;
    unsigned int size = 0;
    exif_data_save_data(fresh.get(), &buffer, &size);
    QByteArray block(reinterpret_cast<const char *>(buffer), int(size));
    free(buffer);
    return block;
}

QStringList forbiddenMetadata(const QByteArray &exportData)
{
    QStringList bad;
    auto checkExif = [&](const QByteArray &block) {
        ExifDataPtr exif = loadExif(block);
        if (exif->data && exif->size > 0)
            bad << QStringLiteral("exif-thumbnail");
        for (int ifd = 0; ifd < EXIF_IFD_COUNT; ++ifd) {
            ExifContent *content = exif->ifd[ifd];
            for (unsigned i = 0; i < content->count; ++i) {
                const quint16 tag = content->entries[i]->tag;
                if (!isAllowedInExport(ExifIfd(ifd), tag))
                    bad << QStringLiteral("exif tag 0x%1 in %2")
                               .arg(tag, 4, 16, QLatin1Char('0'))
                               .arg(QString::fromLatin1(exif_ifd_get_name(ExifIfd(ifd))));
            }
        }
    };
    bool ok = false;
    switch (sniffImageFormat(exportData.left(32))) {
    case ImageFormat::Jpeg: {
        const QList<JpegSegment> segments = jpegHeaderSegments(exportData, &ok);
        for (const JpegSegment &s : segments) {
            if (s.marker == 0xE1 && s.payload.startsWith(kExifHeader))
                checkExif(s.payload);
            else if (s.marker == 0xE0 && s.payload.startsWith(QByteArray("JFIF\0", 5)))
                continue;
            else if (s.marker == 0xE2 && s.payload.startsWith("ICC_PROFILE"))
                continue;
            else if (s.marker == 0xEE && s.payload.startsWith("Adobe"))
                continue; // colour transform flag only
            else if ((s.marker >= 0xE0 && s.marker <= 0xEF) || s.marker == 0xFE)
                bad << (s.marker == 0xFE ? QStringLiteral("comment")
                                         : QStringLiteral("APP%1 segment").arg(s.marker - 0xE0));
        }
        break;
    }
    case ImageFormat::Png: {
        static const QSet<QByteArray> allowed = {"IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA",
                                                 "iCCP", "sBIT", "sRGB", "bKGD", "pHYs", "eXIf"};
        for (const PngChunk &c : pngChunks(exportData, &ok)) {
            if (c.type == "eXIf")
                checkExif(c.data);
            else if (!allowed.contains(c.type))
                bad << QStringLiteral("PNG %1 chunk").arg(QString::fromLatin1(c.type));
        }
        break;
    }
    case ImageFormat::WebP: {
        static const QSet<QByteArray> allowed = {"VP8 ", "VP8L", "VP8X", "ALPH", "ICCP"};
        for (const RiffChunk &c : webpChunks(exportData, &ok)) {
            if (c.fourcc == "EXIF")
                checkExif(c.data);
            else if (!allowed.contains(c.fourcc))
                bad << QStringLiteral("WebP %1 chunk").arg(QString::fromLatin1(c.fourcc).trimmed());
        }
        break;
    }
    default:
        bad << QStringLiteral("unexpected file format");
        return bad;
    }
    if (!ok)
        bad << QStringLiteral("container structure unreadable");
    bad.removeDuplicates();
    return bad;
}

} // namespace veil
