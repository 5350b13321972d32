#include "dialoghooks.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>
#include <optional>

namespace veil::ui::Dialogs {

namespace {
std::optional<QStringList> nextFiles;
std::optional<QString> nextDirectory;
std::optional<QString> nextSaveFile;
std::optional<QMessageBox::StandardButton> nextAnswer;
std::optional<QString> nextText;
std::optional<int> nextChoice;
QString lastChoice;
bool recordUrls = false;
QList<QUrl> recordedUrls;

template<typename T>
std::optional<T> take(std::optional<T> &slot)
{
    std::optional<T> value;
    value.swap(slot);
    return value;
}
} // namespace

QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &filter)
{
    if (auto v = take(nextFiles))
        return *v;
    return QFileDialog::getOpenFileNames(parent, caption, {}, filter);
}

QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &start)
{
    if (auto v = take(nextDirectory))
        return *v;
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

QString getSaveFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    if (auto v = take(nextSaveFile))
        return *v;
    return QFileDialog::getSaveFileName(parent, caption, start, filter);
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text)
{
    if (auto v = take(nextAnswer))
        return *v;
    return QMessageBox::question(parent, title, text);
}

QString getText(QWidget *parent, const QString &title, const QString &label, const QString &text, bool *ok,
                QLineEdit::EchoMode echo)
{
    if (auto v = take(nextText)) {
        *ok = true;
        return *v;
    }
    return QInputDialog::getText(parent, title, label, echo, text, ok);
}

int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices)
{
    lastChoice = text;
    if (auto v = take(nextChoice))
        return *v;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QList<QPushButton *> buttons;
    for (const QString &c : choices)
        buttons.append(box.addButton(c, QMessageBox::AcceptRole));
    if (!buttons.isEmpty())
        box.setDefaultButton(buttons.first());
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

bool openUrl(const QUrl &url)
{
    if (recordUrls) {
        recordedUrls.append(url);
        return true;
    }
    return QDesktopServices::openUrl(url);
}

void setNextFileNames(const QStringList &files) { nextFiles = files; }
void setNextDirectory(const QString &directory) { nextDirectory = directory; }
void setNextSaveFileName(const QString &file) { nextSaveFile = file; }
void setNextAnswer(QMessageBox::StandardButton answer) { nextAnswer = answer; }
void setNextText(const QString &text) { nextText = text; }
void setNextChoice(int index)
{
    nextChoice = index;
}
QString lastChoiceText()
{
    return lastChoice;
}
void setRecordOpenedUrls(bool record)
{
    recordUrls = record;
    recordedUrls.clear();
}
QList<QUrl> openedUrls()
{
    return recordedUrls;
}

} // namespace veil::ui::Dialogs
