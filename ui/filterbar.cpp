#include "filterbar.h"

#include "ui_filterbar.h"

#include <QStyle>

namespace QuoteReader {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FilterBar>())
{
    m_ui->setupUi(this);
    m_ui->searchEdit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    setCount(0, 0);
}

FilterBar::~FilterBar() = default;

void FilterBar::setCount(int shown, int total)
{
    m_ui->countLabel->setText(total == 0 ? tr("No quotes") : tr("%1 of %n quote(s)", nullptr, total).arg(shown));
}

} // namespace QuoteReader
