#include "englishplurals.h"

#include <cstring>

namespace veil::i18n {

QString EnglishPlurals::resolve(QString source, int n)
{
    const bool one = n == 1;
    source.replace(QLatin1String("(es)"), one ? QString() : QStringLiteral("es"));
    source.replace(QLatin1String("(s)"), one ? QString() : QStringLiteral("s"));
    return source;
}

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText || !std::strchr(sourceText, '('))
        return {};
    return resolve(QString::fromUtf8(sourceText), n);
}

} // namespace veil::i18n
