#include "exportstate.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <cmath>

namespace veil {

namespace {

// The last successful export of a photo: batch items are what every export (dialog or
// veil-cli) records, with the boxes it was given or found.
const QString lastExportItem =
    QStringLiteral("SELECT bi.result AS result FROM batch_items bi WHERE bi.photo_id = %1 AND bi.state = 'exported' "
                   "AND json_type(bi.result, '$.faces') = 'array' ORDER BY bi.updated_at DESC, bi.id DESC LIMIT 1");

// Coordinates are normalised (0..1): this is far below a pixel of any photo, and far above
// the last-digit difference of a double read back from JSON text by SQLite.
constexpr double Tolerance = 1e-9;

// Everything of a box that decides what an export does with it, as the export recorded it.
bool sameBox(const FaceBox &a, const FaceBox &b)
{
    const auto near = [](double x, double y) { return std::abs(x - y) < Tolerance; };
    return near(a.rect.x(), b.rect.x()) && near(a.rect.y(), b.rect.y()) && near(a.rect.width(), b.rect.width()) &&
           near(a.rect.height(), b.rect.height()) && near(a.score, b.score) && a.anonymize == b.anonymize &&
           a.uncertain == b.uncertain && a.possible == b.possible;
}

} // namespace

std::optional<QList<FaceBox>> lastExportedBoxes(LibraryDatabase &db, qint64 photoId)
{
    QSqlQuery q(db.database());
    q.prepare(lastExportItem.arg(QLatin1Char('?')));
    q.addBindValue(photoId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonObject result = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    if (!result.value(QStringLiteral("faces")).isArray())
        return std::nullopt;
    // The fields of anonymizeprocessor's facesToJson (core/jobs), read back.
    QList<FaceBox> boxes;
    for (const QJsonValue &v : result.value(QStringLiteral("faces")).toArray()) {
        const QJsonObject o = v.toObject();
        FaceBox f;
        f.rect = QRectF(o.value(QStringLiteral("x")).toDouble(), o.value(QStringLiteral("y")).toDouble(),
                        o.value(QStringLiteral("w")).toDouble(), o.value(QStringLiteral("h")).toDouble());
        f.score = o.value(QStringLiteral("score")).toDouble(1.0);
        f.anonymize = o.value(QStringLiteral("anonymize")).toBool(true);
        f.uncertain = o.value(QStringLiteral("uncertain")).toBool(false);
        f.possible = o.value(QStringLiteral("possible")).toBool(false);
        boxes.append(f);
    }
    return boxes;
}

bool sameBoxesAsExported(const QList<FaceBox> &now, const QList<FaceBox> &exported)
{
    if (now.size() != exported.size())
        return false;
    QList<bool> used(exported.size(), false);
    for (const FaceBox &f : now) {
        qsizetype i = 0;
        while (i < exported.size() && (used.at(i) || !sameBox(f, exported.at(i))))
            ++i;
        if (i == exported.size())
            return false;
        used[i] = true;
    }
    return true;
}

const QString &changedSinceExportSql()
{
    // The same comparison as sameBoxesAsExported(), in SQL: as many boxes as the export
    // recorded, and each one of them among the recorded ones (booleans are 0/1 in both).
    static const QString sql =
        QStringLiteral("(SELECT (SELECT COUNT(*) FROM faces f WHERE f.photo_id = p.id) != "
                       "json_array_length(e.result, '$.faces') OR EXISTS (SELECT 1 FROM faces f WHERE f.photo_id = "
                       "p.id AND NOT EXISTS (SELECT 1 FROM json_each(e.result, '$.faces') j WHERE "
                       "abs(json_extract(j.value, '$.x') - f.x) < %2 AND abs(json_extract(j.value, '$.y') - f.y) < %2 "
                       "AND abs(json_extract(j.value, '$.w') - f.w) < %2 AND abs(json_extract(j.value, '$.h') - f.h) "
                       "< %2 AND abs(coalesce(json_extract(j.value, '$.score'), 1) - f.score) < %2 AND "
                       "coalesce(json_extract(j.value, '$.anonymize'), 1) = f.anonymize AND "
                       "coalesce(json_extract(j.value, '$.uncertain'), 0) = f.uncertain AND "
                       "coalesce(json_extract(j.value, '$.possible'), 0) = f.possible)) FROM (%1) e)")
            .arg(lastExportItem.arg(QStringLiteral("p.id")), QString::number(Tolerance));
    return sql;
}

ReviewStatus shownStatus(ReviewStatus stored, std::optional<bool> changed)
{
    if (!changed || (stored != ReviewStatus::Exported && stored != ReviewStatus::Reviewed))
        return stored;
    return *changed ? ReviewStatus::ChangedSinceExport : ReviewStatus::Exported;
}

} // namespace veil
