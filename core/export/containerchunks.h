#pragma once

// Reads and rewrites the metadata containers of JPEG, PNG and WebP files at the byte
// level: which segments/chunks a file holds, and splicing fresh ones in.

#include <QByteArray>
#include <QSize>
#include <QList>

namespace veil {

struct JpegSegment
{
    quint8 marker = 0;    // 0xE0..0xEF for APPn, 0xFE for COM, ...
    qsizetype offset = 0; // of the 0xFF byte
    QByteArray payload;   // after the two length bytes
};

// The segments before the first SOS (the image data); `ok` false when the file does not
// start with SOI or a segment runs past the end.
QList<JpegSegment> jpegHeaderSegments(const QByteArray &jpeg, bool *ok = nullptr);

// A full segment (FF marker, length, payload); empty when the payload is too long.
QByteArray jpegSegment(quint8 marker, const QByteArray &payload);

// The ICC profile of a JPEG, reassembled from its APP2 ICC_PROFILE chunks; empty if none.
QByteArray jpegIccProfile(const QByteArray &jpeg);
// The APP2 segments holding an ICC profile (split into 64 KiB chunks).
QList<QByteArray> jpegIccSegments(const QByteArray &icc);

// Removes every APPn segment except a JFIF APP0, and every COM segment, then inserts
// `segments` (full segments) after SOI and JFIF. The image data stays byte-identical.
QByteArray replaceJpegMetadata(const QByteArray &jpeg, const QList<QByteArray> &segments);

struct PngChunk
{
    QByteArray type; // 4 ASCII letters
    QByteArray data;
};
QList<PngChunk> pngChunks(const QByteArray &png, bool *ok = nullptr);
// Inserts an eXIf chunk (bare TIFF data) right after IHDR.
QByteArray pngWithExif(const QByteArray &png, const QByteArray &tiff);

struct RiffChunk
{
    QByteArray fourcc;
    QByteArray data;
};
QList<RiffChunk> webpChunks(const QByteArray &webp, bool *ok = nullptr);
// Adds an EXIF chunk (bare TIFF data) to a WebP file, turning a simple file (one VP8/VP8L
// chunk) into the extended format with a VP8X header for a canvas of `size`. Empty when
// the file is malformed or holds an EXIF chunk already.
QByteArray webpWithExif(const QByteArray &webp, const QByteArray &tiff, QSize size, bool hasAlpha);

} // namespace veil
