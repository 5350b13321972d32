#include "resumebar.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace veil::ui {

ResumeBar::ResumeBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
{
    setObjectName(QStringLiteral("resumeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAccessibleName(tr("Interrupted export"));
    m_label->setWordWrap(true);
    m_resume->setAccessibleName(tr("Resume the interrupted export"));
    m_discard->setAccessibleName(tr("Discard the interrupted export"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(22, 22));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_resume);
    layout->addWidget(m_discard);
    connect(m_resume, &QPushButton::clicked, this, [this] { emit resumeRequested(m_batchId); });
    connect(m_discard, &QPushButton::clicked, this, [this] { emit discardRequested(m_batchId); });
    hide();
}

void ResumeBar::offer(const Batch &batch)
{
    m_batchId = batch.id;
    const QString started = QLocale().toString(batch.createdAt.toLocalTime(), QLocale::ShortFormat);
    const QString folder = batch.options.value(QStringLiteral("outputDir")).toString();
    if (folder.isEmpty())
        m_label->setText(tr("An export of %n photo(s), started %1, was interrupted: %2 left to do. "
                            "Finished photos are not written again.",
                            nullptr, batch.total)
                             .arg(started)
                             .arg(batch.total - batch.done));
    else
        m_label->setText(tr("An export of %n photo(s) to %3, started %1, was interrupted: %2 left to do. "
                            "Finished photos are not written again.",
                            nullptr, batch.total)
                             .arg(started)
                             .arg(batch.total - batch.done)
                             .arg(QDir::toNativeSeparators(folder)));
    show();
}

QString ResumeBar::text() const
{
    return m_label->text();
}

} // namespace veil::ui
