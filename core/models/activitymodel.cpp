#include "activitymodel.h"

#include "library/database.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace veil {

namespace {
QByteArray csvField(const QString &value)
{
    QString v = value;
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}
} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool ActivityModel::reload(LibraryDatabase &db, QString *error)
{
    QList<ActivityEntry> entries;
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("SELECT a.at, a.kind, a.photo_id, a.message, p.path FROM activity a "
                               "LEFT JOIN photos p ON p.id = a.photo_id ORDER BY a.id DESC"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        entries.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(),
                        q.value(2).toLongLong(), q.value(3).toString(), QFileInfo(q.value(4).toString()).fileName()});
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    return true;
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ActivityEntry &e = m_entries.at(index.row());
    switch (index.column()) {
    case TimeColumn: return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case KindColumn: return kindLabel(e.kind);
    case PhotoColumn:
        if (!e.fileName.isEmpty())
            return e.fileName;
        return e.photoId ? QVariant(tr("photo %1 (no longer in the library)").arg(e.photoId)) : QVariant();
    case MessageColumn: return e.message;
    default: return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Activity");
    case PhotoColumn: return tr("Photo");
    case MessageColumn: return tr("Details");
    default: return {};
    }
}

QString ActivityModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("import"))
        return tr("Import");
    if (kind == QLatin1String("detect"))
        return tr("Face detection");
    if (kind == QLatin1String("review"))
        return tr("Review");
    if (kind == QLatin1String("export"))
        return tr("Export");
    if (kind == QLatin1String("anonymize"))
        return tr("Anonymization");
    if (kind == QLatin1String("sync"))
        return tr("Sync");
    if (kind == QLatin1String("remove"))
        return tr("Removal");
    return kind;
}

QByteArray ActivityModel::toCsv() const
{
    QByteArray csv("time,kind,photo_id,message,file\r\n");
    for (const ActivityEntry &e : m_entries) {
        csv += csvField(e.at.toUTC().toString(Qt::ISODateWithMs)) + ',' + csvField(e.kind) + ','
            + (e.photoId ? QByteArray::number(e.photoId) : QByteArray()) + ',' + csvField(e.message) + ','
            + csvField(e.fileName) + "\r\n";
    }
    return csv;
}

} // namespace veil
