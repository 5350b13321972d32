#include "containerchunks.h"

#include <QMap>
#include <QtEndian>

#include <array>

namespace veil {

namespace {
bool isStandalone(quint8 m)
{
    return m == 0x01 || m == 0xD8 || (m >= 0xD0 && m <= 0xD7);
}

const QByteArray kIccTag("ICC_PROFILE\0", 12);

quint32 crc32(const QByteArray &a, const QByteArray &b)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const QByteArray *part : {&a, &b})
        for (char ch : *part)
            c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}
} // namespace

QList<JpegSegment> jpegHeaderSegments(const QByteArray &jpeg, bool *ok)
{
    QList<JpegSegment> segments;
    if (ok)
        *ok = false;
    if (jpeg.size() < 4 || quint8(jpeg[0]) != 0xFF || quint8(jpeg[1]) != 0xD8)
        return segments;
    qsizetype pos = 2;
    while (pos + 1 < jpeg.size()) {
        if (quint8(jpeg[pos]) != 0xFF)
            return segments;
        const qsizetype start = pos;
        while (pos < jpeg.size() && quint8(jpeg[pos]) == 0xFF)
            ++pos; // fill bytes
        if (pos >= jpeg.size())
            return segments;
        const quint8 marker = quint8(jpeg[pos++]);
        if (isStandalone(marker))
            continue;
        if (pos + 2 > jpeg.size())
            return segments;
        const int length = (quint8(jpeg[pos]) << 8) | quint8(jpeg[pos + 1]);
        if (length < 2 || pos + length > jpeg.size())
            return segments;
        segments.append({marker, start, jpeg.mid(pos + 2, length - 2)});
        pos += length;
        if (marker == 0xDA) { // SOS: entropy-coded data follows
            if (ok)
                *ok = true;
            return segments;
        }
    }
    return segments;
}

QByteArray jpegSegment(quint8 marker, const QByteArray &payload)
{
    if (payload.size() > 65533)
        return {};
    QByteArray s;
    s.reserve(payload.size() + 4);
    s.append(char(0xFF)).append(char(marker));
    s.append(char((payload.size() + 2) >> 8)).append(char((payload.size() + 2) & 0xFF));
    s.append(payload);
    return s;
}

QByteArray jpegIccProfile(const QByteArray &jpeg)
{
    QMap<int, QByteArray> chunks;
    for (const JpegSegment &s : jpegHeaderSegments(jpeg))
        if (s.marker == 0xE2 && s.payload.startsWith(kIccTag) && s.payload.size() > 14)
            chunks.insert(quint8(s.payload[12]), s.payload.mid(14));
    QByteArray icc;
    for (const QByteArray &c : std::as_const(chunks))
        icc += c;
    return icc;
}

QList<QByteArray> jpegIccSegments(const QByteArray &icc)
{
    constexpr qsizetype chunk = 65519; // 65533 minus the 14-byte ICC_PROFILE header
    QList<QByteArray> segments;
    const int count = int((icc.size() + chunk - 1) / chunk);
    if (count > 255)
        return segments;
    for (int i = 0; i < count; ++i) {
        QByteArray payload = kIccTag;
        payload.append(char(i + 1)).append(char(count)).append(icc.mid(i * chunk, chunk));
        segments.append(jpegSegment(0xE2, payload));
    }
    return segments;
}

QByteArray replaceJpegMetadata(const QByteArray &jpeg, const QList<QByteArray> &segments)
{
    bool ok = false;
    const QList<JpegSegment> header = jpegHeaderSegments(jpeg, &ok);
    if (!ok)
        return {};
    QByteArray out("\xFF\xD8", 2);
    QByteArray rest;
    for (const JpegSegment &s : header) {
        const bool isApp = s.marker >= 0xE0 && s.marker <= 0xEF;
        if (s.marker == 0xE0 && s.payload.startsWith(QByteArray("JFIF\0", 5)) && out.size() == 2)
            out += jpegSegment(s.marker, s.payload);
        else if (!isApp && s.marker != 0xFE && s.marker != 0xDA)
            rest += jpegSegment(s.marker, s.payload);
    }
    for (const QByteArray &s : segments)
        out += s;
    out += rest;
    out += jpeg.mid(header.last().offset); // SOS onwards, untouched
    return out;
}

QList<PngChunk> pngChunks(const QByteArray &png, bool *ok)
{
    QList<PngChunk> chunks;
    if (ok)
        *ok = false;
    if (!png.startsWith("\x89PNG\r\n\x1a\n"))
        return chunks;
    qsizetype pos = 8;
    while (pos + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + pos);
        if (length > quint32(png.size() - pos - 12))
            return chunks;
        chunks.append({png.mid(pos + 4, 4), png.mid(pos + 8, length)});
        pos += 12 + length;
        if (chunks.last().type == "IEND") {
            if (ok)
                *ok = true;
            return chunks;
        }
    }
    return chunks;
}

QByteArray pngWithExif(const QByteArray &png, const QByteArray &tiff)
{
    bool ok = false;
    const QList<PngChunk> chunks = pngChunks(png, &ok);
    if (!ok || chunks.isEmpty() || chunks.first().type != "IHDR")
        return {};
    const qsizetype afterIhdr = 8 + 12 + chunks.first().data.size();
    QByteArray chunk(4, '\0');
    qToBigEndian<quint32>(quint32(tiff.size()), chunk.data());
    chunk += "eXIf" + tiff;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(QByteArrayLiteral("eXIf"), tiff), crc.data());
    chunk += crc;
    return png.left(afterIhdr) + chunk + png.mid(afterIhdr);
}

QList<RiffChunk> webpChunks(const QByteArray &webp, bool *ok)
{
    QList<RiffChunk> chunks;
    if (ok)
        *ok = false;
    if (webp.size() < 12 || !webp.startsWith("RIFF") || webp.mid(8, 4) != "WEBP")
        return chunks;
    qsizetype pos = 12;
    while (pos + 8 <= webp.size()) {
        const quint32 length = qFromLittleEndian<quint32>(webp.constData() + pos + 4);
        if (length > quint32(webp.size() - pos - 8))
            return chunks;
        chunks.append({webp.mid(pos, 4), webp.mid(pos + 8, length)});
        pos += 8 + length + (length & 1);
    }
    if (ok)
        *ok = pos >= webp.size();
    return chunks;
}

namespace {
QByteArray riffChunk(const QByteArray &fourcc, const QByteArray &data)
{
    QByteArray chunk = fourcc;
    QByteArray length(4, '\0');
    qToLittleEndian<quint32>(quint32(data.size()), length.data());
    chunk += length + data;
    if (data.size() & 1)
        chunk += '\0';
    return chunk;
}
} // namespace

QByteArray webpWithExif(const QByteArray &webp, const QByteArray &tiff, QSize size, bool hasAlpha)
{
    bool ok = false;
    QList<RiffChunk> chunks = webpChunks(webp, &ok);
    if (!ok || chunks.isEmpty() || size.isEmpty() || size.width() > (1 << 24) || size.height() > (1 << 24))
        return {};
    constexpr char kExifFlag = 0x08, kAlphaFlag = 0x10;
    for (const RiffChunk &c : std::as_const(chunks))
        if (c.fourcc == "EXIF")
            return {};
    if (chunks.first().fourcc == "VP8X") {
        if (chunks.first().data.size() < 10)
            return {};
        chunks.first().data[0] = char(chunks.first().data[0] | kExifFlag);
    } else {
        // Simple format: one image chunk. The extended header carries the canvas size - 1.
        QByteArray header(10, '\0');
        header[0] = char(kExifFlag | (hasAlpha ? kAlphaFlag : 0));
        const quint32 w = quint32(size.width() - 1), h = quint32(size.height() - 1);
        for (int i = 0; i < 3; ++i) {
            header[4 + i] = char((w >> (8 * i)) & 0xff);
            header[7 + i] = char((h >> (8 * i)) & 0xff);
        }
        chunks.prepend({QByteArrayLiteral("VP8X"), header});
    }
    chunks.append({QByteArrayLiteral("EXIF"), tiff}); // after the image data, as the spec orders
    QByteArray body = QByteArrayLiteral("WEBP");
    for (const RiffChunk &c : std::as_const(chunks))
        body += riffChunk(c.fourcc, c.data);
    QByteArray length(4, '\0');
    qToLittleEndian<quint32>(quint32(body.size()), length.data());
    return QByteArrayLiteral("RIFF") + length + body;
}

} // namespace veil
