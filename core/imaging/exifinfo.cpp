#include "exifinfo.h"

#include "heifsupport.h"
#include "imageformat.h"

#include <libexif/exif-data.h>
#include <libexif/exif-loader.h>
#include <libexif/exif-log.h>

#include <memory>

namespace veil {

namespace {

struct ExifDataDeleter
{
    void operator()(ExifData *d) const { exif_data_unref(d); }
};
using ExifDataPtr = std::unique_ptr<ExifData, ExifDataDeleter>;

struct ExifLogDeleter
{
    void operator()(ExifLog *l) const { exif_log_unref(l); }
};

// libexif reports corrupt data through its log; collect the first message so that the
// import records why the EXIF block was only partly read.
void collectLog(ExifLog *, ExifLogCode code, const char *domain, const char *format, va_list args,
                void *userData)
{
    if (code != EXIF_LOG_CODE_CORRUPT_DATA)
        return;
    auto *messages = static_cast<QString *>(userData);
    char buffer[512];
    vsnprintf(buffer, sizeof buffer, format, args);
    if (messages->isEmpty())
        *messages = QStringLiteral("%1: %2").arg(QString::fromUtf8(domain), QString::fromUtf8(buffer));
}

QString entryString(ExifData *data, ExifIfd ifd, ExifTag tag)
{
    ExifEntry *entry = exif_content_get_entry(data->ifd[ifd], tag);
    if (!entry)
        return {};
    char buffer[1024];
    exif_entry_get_value(entry, buffer, sizeof buffer);
    return QString::fromUtf8(buffer).trimmed();
}

// Serial numbers: EXIF 2.3 BodySerialNumber (0xa431) and LensSerialNumber (0xa435),
// the older CameraSerialNumber (0xc62f, DNG) and ImageUniqueID is not a serial. Maker
// notes often hold one too: we flag the maker note's presence as "may hold a serial"
// only when a known serial tag is inside (libexif decodes Canon/Nikon/Olympus/Pentax/
// Fuji notes).
bool detectSerial(ExifData *data)
{
    for (int ifd = EXIF_IFD_0; ifd < EXIF_IFD_COUNT; ++ifd) {
        for (ExifTag tag : {ExifTag(0xa431), ExifTag(0xa435), ExifTag(0xc62f)})
            if (exif_content_get_entry(data->ifd[ifd], tag))
                return true;
    }
    ExifMnoteData *note = exif_data_get_mnote_data(data);
    if (!note)
        return false;
    const unsigned count = exif_mnote_data_count(note);
    for (unsigned i = 0; i < count; ++i) {
        const char *name = exif_mnote_data_get_name(note, i);
        const char *title = exif_mnote_data_get_title(note, i);
        const QString label = QString::fromUtf8(name ? name : "") + QLatin1Char(' ')
                              + QString::fromUtf8(title ? title : "");
        if (label.contains(QLatin1String("serial"), Qt::CaseInsensitive)) {
            char value[256];
            if (exif_mnote_data_get_value(note, i, value, sizeof value) && value[0] != '\0')
                return true;
        }
    }
    return false;
}

QDateTime parseExifDate(const QString &text)
{
    // "YYYY:MM:DD HH:MM:SS"; some cameras write blanks or zeros when unknown.
    QDateTime dt = QDateTime::fromString(text.left(19), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (!dt.isValid())
        dt = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return dt;
}

} // namespace

ExifInfo parseExifBlock(const QByteArray &block)
{
    ExifInfo info;
    if (block.isEmpty())
        return info;

    QByteArray data = block;
    if (!data.startsWith(QByteArray("Exif\0\0", 6)))
        data.prepend(QByteArray("Exif\0\0", 6));

    ExifDataPtr exif(exif_data_new());
    if (!exif) {
        info.error = QStringLiteral("out of memory while reading EXIF");
        return info;
    }
    QString logMessage;
    std::unique_ptr<ExifLog, ExifLogDeleter> log(exif_log_new());
    exif_log_set_func(log.get(), collectLog, &logMessage);
    exif_data_log(exif.get(), log.get());
    exif_data_unset_option(exif.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_load_data(exif.get(), reinterpret_cast<const unsigned char *>(data.constData()),
                        static_cast<unsigned int>(data.size()));

    bool anyEntry = false;
    for (int ifd = 0; ifd < EXIF_IFD_COUNT; ++ifd)
        anyEntry = anyEntry || exif->ifd[ifd]->count > 0;
    info.present = anyEntry || exif->data;
    if (!anyEntry && !exif->data) {
        info.error = logMessage.isEmpty() ? QStringLiteral("EXIF block could not be parsed") : logMessage;
        return info;
    }

    if (ExifEntry *e = exif_content_get_entry(exif->ifd[EXIF_IFD_0], EXIF_TAG_ORIENTATION)) {
        if (e->format == EXIF_FORMAT_SHORT && e->size >= 2) {
            const int o = exif_get_short(e->data, exif_data_get_byte_order(exif.get()));
            if (o >= 1 && o <= 8)
                info.orientation = o;
            else
                info.error = QStringLiteral("invalid EXIF orientation %1").arg(o);
        }
    }
    info.make = entryString(exif.get(), EXIF_IFD_0, EXIF_TAG_MAKE);
    info.model = entryString(exif.get(), EXIF_IFD_0, EXIF_TAG_MODEL);
    QString date = entryString(exif.get(), EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL);
    if (date.isEmpty())
        date = entryString(exif.get(), EXIF_IFD_0, EXIF_TAG_DATE_TIME);
    info.dateTaken = parseExifDate(date);
    // A GPS IFD holding only GPSVersionID (some Canon bodies write one) carries no position.
    ExifContent *gps = exif->ifd[EXIF_IFD_GPS];
    for (unsigned i = 0; i < gps->count; ++i)
        if (gps->entries[i]->tag != EXIF_TAG_GPS_VERSION_ID)
            info.hasGps = true;
    info.hasThumbnail = exif->data && exif->size > 0;
    info.hasSerialNumber = detectSerial(exif.get());
    if (info.error.isEmpty())
        info.error = logMessage;
    return info;
}

QByteArray jpegExifSegment(const QByteArray &jpeg)
{
    // Walk the marker segments up to the start of scan.
    int pos = 2;
    const int n = jpeg.size();
    while (pos + 4 <= n) {
        if (static_cast<unsigned char>(jpeg[pos]) != 0xFF)
            return {};
        const unsigned char marker = static_cast<unsigned char>(jpeg[pos + 1]);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9)
            return {};
        const int len = (static_cast<unsigned char>(jpeg[pos + 2]) << 8) | static_cast<unsigned char>(jpeg[pos + 3]);
        if (len < 2)
            return {};
        if (marker == 0xE1 && len >= 8 && jpeg.mid(pos + 4, 6) == QByteArray("Exif\0\0", 6))
            return jpeg.mid(pos + 4, std::min(len - 2, n - pos - 4));
        pos += 2 + len;
    }
    return {};
}

ExifInfo readExifFromFile(const QByteArray &fileData)
{
    switch (sniffImageFormat(fileData.left(32))) {
    case ImageFormat::Jpeg:
        return parseExifBlock(jpegExifSegment(fileData));
    case ImageFormat::Tiff:
        return parseExifBlock(fileData);
    case ImageFormat::Heif:
        return parseExifBlock(heifExifBlock(fileData));
    default:
        return {};
    }
}

} // namespace veil
