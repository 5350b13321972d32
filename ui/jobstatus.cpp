#include "jobstatus.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace veil::ui {

JobStatus::JobStatus(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_failuresButton(new QToolButton(this))
    , m_expiry(new QTimer(this))
{
    m_expiry->setSingleShot(true);
    m_expiry->setInterval(10000); // long enough to read, not taken for what comes next
    connect(m_expiry, &QTimer::timeout, this, &JobStatus::clearFinished);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    m_bar->setAccessibleName(tr("Job progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running job"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_failuresButton->setAccessibleName(tr("Show failures"));
    m_failuresButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_failuresButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_failuresButton->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    layout->addWidget(m_failuresButton);
    m_bar->hide();
    m_cancel->hide();
    m_failuresButton->hide();
    connect(m_cancel, &QToolButton::clicked, this, &JobStatus::cancelRequested);
    connect(m_failuresButton, &QToolButton::clicked, this, &JobStatus::showFailures);
}

void JobStatus::startJob(const QString &description)
{
    m_expiry->stop();
    m_label->setText(description);
    m_bar->setRange(0, 0);
    m_bar->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
}

void JobStatus::setProgress(int done, int total)
{
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(done);
    m_bar->setFormat(tr("%1 of %2").arg(done).arg(total));
}

void JobStatus::finishJob(const QString &summary, Summary kind)
{
    m_label->setText(summary);
    m_bar->hide();
    m_cancel->hide();
    if (kind == Summary::Fades)
        m_expiry->start();
    else
        m_expiry->stop();
}

void JobStatus::setSummaryTimeout(int ms)
{
    m_expiry->setInterval(ms);
}

void JobStatus::clearFinished()
{
    if (isBusy())
        return;
    m_expiry->stop();
    m_label->clear();
}

void JobStatus::addFailure(const QString &what)
{
    m_failures.append(what);
    m_failuresButton->setText(tr("%n failure(s)", nullptr, int(m_failures.size())));
    m_failuresButton->setToolTip(m_failures.constLast());
    m_failuresButton->show();
}

bool JobStatus::isBusy() const
{
    return m_cancel->isVisible() || !m_cancel->isHidden();
}

QString JobStatus::text() const
{
    return m_label->text();
}

void JobStatus::showFailures()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Failures"));
    auto *list = new QListWidget(&dialog);
    list->addItems(m_failures);
    list->setAccessibleName(tr("Failures"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *clear = buttons->addButton(tr("Clear"), QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(clear, &QPushButton::clicked, &dialog, [this, &dialog] {
        m_failures.clear();
        m_failuresButton->hide();
        dialog.accept();
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(640, 360);
    dialog.exec();
}

} // namespace veil::ui
