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
const QString lastExportItem = QStringLiteral(
    "SELECT json_extract(bi.result, '$.faces') FROM batch_items bi WHERE bi.photo_id = %1 AND bi.state = 'exported' "
    "ORDER BY bi.updated_at DESC, bi.id DESC LIMIT 1");

// The fields of anonymizeprocessor's facesToJson (core/jobs), read back; nullopt for no array.
std::optional<QList<FaceBox>> boxesFromJson(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray())
        return std::nullopt;
    QList<FaceBox> boxes;
    for (const QJsonValue &v : doc.array()) {
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

// Coordinates are normalised (0..1): this is far below a pixel of any photo, and far above
// the last-digit difference of a double written to JSON and read back.
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
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return boxesFromJson(q.value(0).toString());
}

QString lastExportPath(LibraryDatabase &db, qint64 photoId)
{
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("SELECT bi.output_path FROM batch_items bi WHERE bi.photo_id = ? AND bi.state = "
                             "'exported' ORDER BY bi.updated_at DESC, bi.id DESC LIMIT 1"));
    q.addBindValue(photoId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
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

const QString &lastExportedBoxesSql()
{
    static const QString sql = QLatin1Char('(') + lastExportItem.arg(QStringLiteral("p.id")) + QLatin1Char(')');
    return sql;
}

QSet<qint64> changedSinceExport(LibraryDatabase &db, const QHash<qint64, QString> &exportedBoxes)
{
    QSet<qint64> changed;
    if (exportedBoxes.isEmpty())
        return changed;
    // Comparing in SQL (json_each and json_extract for every box of every photo) took ten
    // times the rows' own query on 100,000 exported photos; one pass over the faces does not.
    QHash<qint64, QList<FaceBox>> now;
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    const QString columns =
        QStringLiteral("SELECT photo_id, x, y, w, h, score, anonymize, uncertain, possible FROM faces");
    if (exportedBoxes.size() == 1) {
        q.prepare(columns + QStringLiteral(" WHERE photo_id = ?"));
        q.addBindValue(exportedBoxes.cbegin().key());
    } else {
        q.prepare(columns + QStringLiteral(" WHERE photo_id IN (SELECT id FROM photos WHERE review_status IN "
                                           "('exported', 'reviewed'))"));
    }
    if (!q.exec())
        return changed;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!exportedBoxes.contains(id))
            continue;
        FaceBox f;
        f.rect = QRectF(q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toDouble(), q.value(4).toDouble());
        f.score = q.value(5).toDouble();
        f.anonymize = q.value(6).toBool();
        f.uncertain = q.value(7).toBool();
        f.possible = q.value(8).toBool();
        now[id].append(f);
    }
    for (auto it = exportedBoxes.cbegin(); it != exportedBoxes.cend(); ++it) {
        const std::optional<QList<FaceBox>> exported = boxesFromJson(it.value());
        if (exported && !sameBoxesAsExported(now.value(it.key()), *exported))
            changed.insert(it.key());
    }
    return changed;
}

ReviewStatus shownStatus(ReviewStatus stored, std::optional<bool> changed)
{
    if (!changed || (stored != ReviewStatus::Exported && stored != ReviewStatus::Reviewed))
        return stored;
    return *changed ? ReviewStatus::ChangedSinceExport : ReviewStatus::Exported;
}

} // namespace veil
