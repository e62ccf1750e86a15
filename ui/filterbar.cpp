#include "filterbar.h"

#include "ui_filterbar.h"

#include <QAbstractItemView>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionFrame>

namespace QuoteReader {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FilterBar>())
{
    m_ui->setupUi(this);
    m_ui->searchEdit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_ui->findLabel->hide();
    setCount(0, 0);
    fitSelectors();
}

FilterBar::~FilterBar() = default;

void FilterBar::setCount(int shown, int total)
{
    m_shown = shown;
    m_total = total;
    m_ui->countLabel->setText(total == 0 ? tr("No quotes") : tr("%1 of %n quote(s)", nullptr, total).arg(shown));
    // As wide as the longest count it can show, so the bar does not jump while typing.
    const QFontMetrics metrics(m_ui->countLabel->font());
    m_ui->countLabel->setMinimumWidth(metrics.horizontalAdvance(tr("%1 of %n quote(s)", nullptr, total).arg(total))
                                      + 8);
}

void FilterBar::setFindStatus(qsizetype current, qsizetype count)
{
    QLabel *label = m_ui->findLabel;
    if (m_ui->searchEdit->text().trimmed().isEmpty()) {
        label->hide();
        return;
    }
    label->setText(count == 0     ? tr("not in the text")
                   : current == 0 ? tr("%n in the text", nullptr, int(count))
                                  : tr("%1 of %2 in the text").arg(current).arg(count));
    label->show();
}

void FilterBar::fitSelectors()
{
    // The placeholder whole (the Chinese ones are as wide as the English), with the icons around it.
    QLineEdit *search = m_ui->searchEdit;
    const QFontMetrics metrics(search->font());
    const int icons = 2 * (style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, search) + 8);
    QStyleOptionFrame frame;
    frame.initFrom(search);
    const int text = metrics.horizontalAdvance(search->placeholderText()) + icons;
    search->setMinimumWidth(
        style()->sizeFromContents(QStyle::CT_LineEdit, &frame, QSize(text, metrics.height()), search).width());
    for (QComboBox *combo : {m_ui->speakerCombo, m_ui->themeCombo, m_ui->kindCombo}) {
        QAbstractItemView *popup = combo->view();
        int widest = 0;
        for (int i = 0; i < combo->count(); ++i) {
            widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
        }
        const int icon = combo->iconSize().width() + 8;
        popup->setMinimumWidth(widest + icon + popup->verticalScrollBar()->sizeHint().width() + 16);
        combo->adjustSize();
    }
}

void FilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitSelectors();
        setCount(m_shown, m_total);
    }
}

} // namespace QuoteReader
