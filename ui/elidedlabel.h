#pragma once

#include <QLabel>

namespace veil::ui {

// A one-line label whose text never widens its window: a text longer than the room the
// layout gives it is elided in the middle (a file name keeps its start and its
// extension), and the whole text is in the tooltip.
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_full;
};

} // namespace veil::ui
