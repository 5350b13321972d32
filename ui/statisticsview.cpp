#include "statisticsview.h"

#include "futures.h"
#include "library/database.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QValueAxis>
#include <QtConcurrent>

namespace veil::ui {

namespace {
QChartView *chartView(QChart *chart, const QString &accessibleName)
{
    chart->setTheme(QChart::ChartThemeLight);
    // Follow the application palette so the charts sit well in dark themes too.
    chart->setBackgroundBrush(QPalette().color(QPalette::Base));
    chart->setTitleBrush(QPalette().color(QPalette::Text));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(accessibleName);
    view->setMinimumHeight(260);
    return view;
}

void styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setLabelsBrush(QPalette().color(QPalette::Text));
    axis->setTitleText(title);
    axis->setTitleBrush(QPalette().color(QPalette::Text));
}

// Photo counts are whole: ticks on integers only (5 even ticks over 0..2 would print
// 0, 0, 1, 1, 2; over 0..7, 1, 3, 5).
void wholeNumberTicks(QValueAxis *axis, int maximum)
{
    const int step = std::max(1, (std::max(1, maximum) + 4) / 5);
    axis->setRange(0, ((std::max(1, maximum) + step - 1) / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
}
} // namespace

QString StatisticsView::facesNote(const LibraryStats &stats)
{
    // What "N of M" counts: confirmed faces (undecided candidates are not), and which of
    // them an export hides; the rest were marked "keep visible" in the editor.
    const int kept = stats.faceCount - stats.facesAnonymized;
    if (stats.faceCount == 0)
        return tr("No confirmed face yet. Candidates no one has accepted or rejected yet are not counted.");
    if (kept <= 0)
        return tr("%n confirmed face(s) in the library, all blurred on export. Candidates no one has accepted or "
                  "rejected yet are not counted.",
                  nullptr, stats.faceCount);
    return tr("%1 of the %2 confirmed faces are blurred on export, %n kept visible by choice in the editor. "
              "Candidates no one has accepted or rejected yet are not counted.",
              nullptr, kept)
        .arg(stats.facesAnonymized)
        .arg(stats.faceCount);
}

StatisticsView::StatisticsView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
    , m_summary(new QLabel(this))
    , m_privacy(new QLabel(this))
{
    m_summary->setAccessibleName(tr("Library summary"));
    m_privacy->setAccessibleName(tr("Privacy counters"));
    m_summary->setTextFormat(Qt::RichText);
    m_privacy->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_privacy->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_layout->addWidget(m_summary, 0, 0);
    m_layout->addWidget(m_privacy, 0, 1);
    m_layout->setColumnStretch(0, 1);
    m_layout->setColumnStretch(1, 1);
    setStats({});
}

void StatisticsView::refresh(const QString &databasePath)
{
    const int generation = ++m_generation;
    whenFinished(QtConcurrent::run([databasePath] {
                     LibraryDatabase db(databasePath);
                     QString error;
                     return db.open(&error) ? computeLibraryStats(db) : LibraryStats();
                 }),
                 this, [this, generation](const LibraryStats &stats) {
                     if (generation != m_generation)
                         return;
                     setStats(stats);
                     emit refreshed();
                 });
}

void StatisticsView::setStats(const LibraryStats &stats)
{
    m_stats = stats;
    m_summary->setText(
        QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
            .arg(tr("Library"), tr("%n photo(s)", nullptr, stats.photoCount),
                 stats.mostCommonFormat.isEmpty()
                     ? tr("No photos yet.")
                     : tr("Most common format: <b>%1</b> (%n photo(s))", nullptr, stats.mostCommonFormatCount)
                           .arg(stats.mostCommonFormat.toUpper())));
    m_privacy->setText(QStringLiteral("<h3>%1</h3><table cellspacing=4>"
                                      "<tr><td>%2</td><td align=right><b>%3</b></td></tr>"
                                      "<tr><td>%4</td><td align=right><b>%5</b></td></tr>"
                                      "<tr><td>%6</td><td align=right><b>%7</b></td></tr>"
                                      "<tr><td>%8</td><td align=right><b>%9</b></td></tr></table>")
                           .arg(tr("Privacy"), tr("Photos with GPS position"), QString::number(stats.withGps),
                                tr("Photos with camera serial numbers"), QString::number(stats.withSerialNumber),
                                tr("Photos with embedded thumbnails"), QString::number(stats.withEmbeddedThumbnail),
                                tr("Faces to anonymize"),
                                tr("%1 of %2").arg(stats.facesAnonymized).arg(stats.faceCount)) +
                       QStringLiteral("<p>%1</p>").arg(facesNote(stats)));
    delete m_models;
    delete m_imports;
    m_models = modelsChart();
    m_imports = importsChart();
    m_layout->addWidget(m_models, 1, 0);
    m_layout->addWidget(m_imports, 1, 1);
    m_layout->setRowStretch(1, 1);
}

QWidget *StatisticsView::modelsChart() const
{
    auto *set = new QBarSet(tr("Photos"));
    QStringList names;
    // Largest at the top of a horizontal bar chart: Qt draws the first category lowest.
    for (auto it = m_stats.topCameraModels.crbegin(); it != m_stats.topCameraModels.crend(); ++it) {
        // Axis labels are rich text: a model such as "<Digimax i50 MP3, Samsung #1 MP3>" (a real
        // camera's EXIF) would vanish as an unknown tag unless escaped.
        const QString model = it->first.trimmed();
        names << (model.isEmpty() || model == QLatin1String("unknown") ? tr("unknown") : model.toHtmlEscaped());
        *set << it->second;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Top camera models"));
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    int most = 1;
    for (const auto &model : m_stats.topCameraModels)
        most = std::max(most, model.second);
    wholeNumberTicks(axisX, most);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    styleAxis(axisX, tr("Photos"));
    styleAxis(axisY, tr("Camera model"));
    return chartView(chart, tr("Top camera models chart"));
}

QWidget *StatisticsView::importsChart() const
{
    auto *set = new QBarSet(tr("Imports"));
    QStringList days;
    int maximum = 1;
    for (const auto &[day, count] : m_stats.importsPerDay) {
        days << QLocale().toString(day, QStringLiteral("d/M")); // short and unique over 30 days
        *set << count;
        maximum = std::max(maximum, count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    // The chart's title also says what the days span.
    if (m_stats.importsPerDay.isEmpty())
        chart->setTitle(tr("Imports per day (last 30 days)"));
    else
        chart->setTitle(tr("Imports per day, %1 to %2")
                            .arg(QLocale().toString(m_stats.importsPerDay.first().first, QLocale::ShortFormat),
                                 QLocale().toString(m_stats.importsPerDay.last().first, QLocale::ShortFormat)));
    // Thirty labels do not fit under thirty bars: a date every week, on its bar (a value
    // axis over the bars' positions 0..n-1).
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setRange(-0.5, std::max<qsizetype>(1, days.size()) - 0.5);
    for (qsizetype i = (days.size() - 1) % 7; i >= 0 && i < days.size(); i += 7) // ends on the last day
        axisX->append(days.at(i), double(i));
    axisX->setGridLineVisible(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    wholeNumberTicks(axisY, maximum);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    styleAxis(axisX, tr("Day imported"));
    styleAxis(axisY, tr("Photos imported"));
    return chartView(chart, tr("Imports per day chart"));
}

} // namespace veil::ui
