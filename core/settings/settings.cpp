#include "settings.h"

namespace veil {

QStringList anonymizeMethodNames()
{
    return {QStringLiteral("blur"), QStringLiteral("pixelate"), QStringLiteral("solid")};
}

QStringList anonymizeShapeNames()
{
    return {QStringLiteral("ellipse"), QStringLiteral("rect")};
}

QStringList exportFormatNames()
{
    return {QStringLiteral("auto"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("webp")};
}

QStringList metadataPolicyNames()
{
    return {QStringLiteral("none"), QStringLiteral("safe")};
}

} // namespace veil
