#include "outputnaming.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

namespace veil {

QString outputFormatName(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Auto:
        return QStringLiteral("auto");
    case OutputFormat::Jpeg:
        return QStringLiteral("jpeg");
    case OutputFormat::Png:
        return QStringLiteral("png");
    case OutputFormat::WebP:
        return QStringLiteral("webp");
    }
    return {};
}

bool outputFormatFromName(const QString &name, OutputFormat *format)
{
    const QString n = name.toLower();
    for (auto f : {OutputFormat::Auto, OutputFormat::Jpeg, OutputFormat::Png, OutputFormat::WebP}) {
        if (n == outputFormatName(f) || (f == OutputFormat::Jpeg && n == QLatin1String("jpg"))) {
            *format = f;
            return true;
        }
    }
    return false;
}

ImageFormat resolvedOutputFormat(OutputFormat format, ImageFormat input)
{
    switch (format) {
    case OutputFormat::Jpeg:
        return ImageFormat::Jpeg;
    case OutputFormat::Png:
        return ImageFormat::Png;
    case OutputFormat::WebP:
        return ImageFormat::WebP;
    case OutputFormat::Auto:
        break;
    }
    return (input == ImageFormat::Png || input == ImageFormat::WebP) ? input : ImageFormat::Jpeg;
}

QString extensionFor(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::WebP:
        return QStringLiteral("webp");
    default:
        return QStringLiteral("jpg");
    }
}

QString withExtensionPlaceholder(const QString &nameTemplate)
{
    if (nameTemplate.isEmpty() || nameTemplate.contains(QLatin1String("{ext}")))
        return nameTemplate;
    return nameTemplate + QLatin1String(".{ext}");
}

QString expandNameTemplate(const QString &givenTemplate, const QString &inputPath, const QString &extension,
                           QString *error)
{
    const QString nameTemplate = withExtensionPlaceholder(givenTemplate);
    const QString base = QFileInfo(inputPath).completeBaseName();
    QString result;
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z]*)\\}"));
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(nameTemplate); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += nameTemplate.mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        if (key == QLatin1String("name") || key == QLatin1String("stem")) {
            result += base;
        } else if (key == QLatin1String("ext")) {
            result += extension;
        } else {
            if (error)
                *error = QCoreApplication::translate("export", "unknown placeholder {%1} in the name template")
                             .arg(key);
            return {};
        }
        last = m.capturedEnd();
    }
    result += nameTemplate.mid(last);
    if (result.isEmpty() || result.contains(QLatin1Char('/')) || result == QLatin1String(".")
        || result == QLatin1String("..")) {
        if (error)
            *error = QCoreApplication::translate("export", "the name template \"%1\" does not give a file name")
                         .arg(nameTemplate);
        return {};
    }
    return result;
}

QString outputPathFor(const QString &inputPath, const QString &inputRoot, const QString &outputDir,
                      const QString &nameTemplate, const QString &extension, QString *error)
{
    const QString name = expandNameTemplate(nameTemplate, inputPath, extension, error);
    if (name.isEmpty())
        return {};
    QString subdir;
    if (!inputRoot.isEmpty()) {
        const QString relative =
            QDir(QFileInfo(inputRoot).absoluteFilePath()).relativeFilePath(QFileInfo(inputPath).absolutePath());
        if (!relative.startsWith(QLatin1String("..")) && relative != QLatin1String("."))
            subdir = relative;
    }
    const QDir out(outputDir);
    return QDir::cleanPath(out.absoluteFilePath(subdir.isEmpty() ? name : subdir + QLatin1Char('/') + name));
}

bool isSameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a), fb(b);
    if (QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath()))
        return true;
    const QString ca = fa.canonicalFilePath(), cb = fb.canonicalFilePath();
    if (!ca.isEmpty() && ca == cb)
        return true;
    // Hard links: the same inode under two names.
    struct stat sa {}, sb {};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0
        && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

} // namespace veil
